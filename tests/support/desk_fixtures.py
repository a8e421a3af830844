"""Fixtures shared by the desk-core tests (client, store, core): an isolated AGENTDESK_HOME, the real
Secret Service keyring (gnome-keyring on a private D-Bus session) and keyring swaps that undo
themselves."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from app.core.paths import AppPaths, app_paths


@pytest.fixture
def agentdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """``AGENTDESK_HOME`` pointing into the test's tmp dir: every file the app writes lands there."""
    home = tmp_path / "agentdesk-home"
    monkeypatch.setenv("AGENTDESK_HOME", str(home))
    return app_paths().ensure()


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """Put back whatever keyring backend was active (tests may force the fail backend)."""
    before = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def secret_service(restore_keyring: None) -> keyring.backend.KeyringBackend:
    """The real Secret Service backend (gnome-keyring under a private D-Bus session).

    ``.ci/run`` and ``tasks.py test`` run the suite inside ``dbus-run-session`` with gnome-keyring
    unlocked. Without a session bus the test is skipped on a developer machine — and fails in CI,
    where a skipped keyring test would hide a broken set-up.
    """
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        reason = ("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset): run inside dbus-run-session "
                  "with gnome-keyring unlocked, see docs/DEVELOPING.md")
        if os.environ.get("CI"):
            pytest.fail(f"the Secret Service keyring is required in CI: {reason}")
        pytest.skip(reason)
    import keyring.core

    keyring.core.init_backend()  # detect afresh, as the app does on start
    return keyring.get_keyring()
