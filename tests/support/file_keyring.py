"""A keyring backend that keeps its entries in a JSON file — for tests only.

A desk process killed and started again (``tests/client/agent_process.py``) needs a keyring that
outlives it, on any machine, D-Bus or not. The app itself never writes a key to a file: it uses
the OS keyring, or memory only.
"""

from __future__ import annotations

import json
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    # Negative: keyring registers every subclass, and detection must still find only the real
    # OS backend; tests hand this one over explicitly.
    priority = -1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)

    def _entries(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def _save(self, entries: dict[str, str]) -> None:
        self.path.write_text(json.dumps(entries))

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}\n{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(entries)
