"""Plain ``agentdesk``: the sign-in dialog, wrong passwords, and "remember me" → the keyring."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.settings import Settings
from app.store import InboxQuery
from app.ui.app_shell import Shell, make_application
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.dialogs.sign_out_dialog import SignOutDialog
from tests.support.keyrings import MemoryKeyring
from tests.ui.helpers import until


def login_dialog() -> LoginDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
    return found[0] if found else None


def test_sign_in_dialog_errors_then_remembers_in_keyring(
    server: Any, aio: Any, agentdesk_home: Path, memory_keyring: MemoryKeyring
) -> None:
    settings_path = agentdesk_home / "config" / "settings.json"
    args = argparse.Namespace(
        demo=False,
        demo_user="alice",
        server=None,
        lang="en",
        theme="light",
        smoke=False,
        screenshot=None,
        timeout=30.0,
    )
    make_application()  # the app's own settings: closing the dialog must not quit the loop
    shell = Shell(args, Settings(), settings_path)

    async def body() -> None:
        import asyncio

        signing_in = asyncio.ensure_future(shell._sign_in())
        dialog = await until(login_dialog, what="sign-in dialog")
        dialog.server.setText(server.ws_url)
        QTest.keyClicks(dialog.username, "alice")
        QTest.keyClicks(dialog.password, "wrong-password")
        QTest.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
        await until(lambda: dialog.error.isVisible(), timeout=15, what="error shown")
        assert dialog.error.text() == "Wrong username or password."
        assert dialog.sign_in.isEnabled()
        dialog.password.clear()
        QTest.keyClicks(dialog.password, "demo")
        assert dialog.remember.isChecked()
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        assert await asyncio.wait_for(signing_in, 20) is True
        assert shell.session is not None and shell.session.agent.username == "alice"

    try:
        aio(body)
        stored = [key for key in memory_keyring.entries if key[0] == "AgentDesk"]
        assert stored and stored[0][1].endswith("|alice")  # the token, under (server, user)
        saved = json.loads(settings_path.read_text())
        assert saved["server_url"] == server.ws_url and saved["username"] == "alice"
        assert "demo" not in settings_path.read_text()  # never a password in a file
    finally:
        aio(shell.shutdown)


def test_sign_out_closes_the_window_and_asks_to_sign_in_again(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        shell = window.test_shell
        window.actions_by_key["sign_out"].trigger()
        dialog = window.findChild(SignOutDialog, "SignOutDialog")
        assert dialog is not None and not dialog.wipe.isChecked()  # keeping the data is the default
        dialog.accept()
        await until(lambda: shell._signed_out.is_set(), what="signed out")
        assert shell.window is None
        assert shell.session.current_state.status == "relogin_needed"
        assert shell.store is not None and (await shell.store.count(InboxQuery())) > 0  # cache kept

    aio(body)


def test_sign_out_can_remove_the_desks_data(open_desk: Any, aio: Any, tmp_path: Path) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        shell = window.test_shell
        cache = tmp_path / "cache-alice.sqlite3"
        assert cache.exists()
        window.actions_by_key["sign_out"].trigger()
        dialog = window.findChild(SignOutDialog, "SignOutDialog")
        dialog.wipe.setChecked(True)
        dialog.accept()
        await until(lambda: shell._signed_out.is_set(), what="signed out")
        assert not cache.exists() and not Path(f"{cache}-wal").exists()

    aio(body)
