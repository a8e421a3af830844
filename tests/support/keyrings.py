"""In-process keyring backends for tests that are not about the OS keyring itself (the real
Secret Service is the subject of ``tests/client/test_credentials.py``)."""

from __future__ import annotations

from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Entries in a dict; ``locked = True`` makes every call raise ``KeyringLocked``, like a
    Secret Service collection whose unlock prompt was dismissed."""

    # Negative: keyring registers every subclass, and detection must still find only the real
    # OS backend; tests hand this one over explicitly.
    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False
        self.writes = 0

    def _check(self) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("the collection is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.writes += 1
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Any:
    """A :class:`MemoryKeyring` as the process's keyring for one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
