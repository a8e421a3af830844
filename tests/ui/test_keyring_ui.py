"""The window's side of a keyring that cannot keep this desk's secrets (issue 6, local data):
the status bar says so, quitting with replies that would be lost asks first, and a sign-in
that the keyring cannot open offers "unlock and retry" or "discard"."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.client import CredentialStore, Session
from app.core.settings import Settings
from app.store import Store
from app.ui.app_shell import Shell, make_application
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.dialogs.quit_confirm_dialog import QuitConfirmDialog
from tests.support.keyrings import MemoryKeyring
from tests.support.server import AgentClient
from tests.ui.helpers import until

REPLY = "Your withdrawal is being processed; no action is needed on your side."


def shown(kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


async def open_conversation_id(url: str) -> int:
    agent = await AgentClient.login(url, "alice", "demo")
    try:
        snapshot = await agent.request("inbox.snapshot", limit=500)
    finally:
        await agent.close()
    return int(next(c["id"] for c in snapshot["conversations"]
                    if c["customer"]["vip_tier"] == 0 and c["status"] == "open"))


def shell_for(server: Any, agentdesk_home: Path) -> Shell:
    """The app's shell as a plain ``agentdesk`` start with alice remembered."""
    args = argparse.Namespace(demo=False, demo_user="alice", server=None, lang="en", theme="light",
                              smoke=False, screenshot=None, timeout=30.0)
    make_application()
    return Shell(args, Settings(server_url=server.ws_url, username="alice"),
                 agentdesk_home / "config" / "settings.json")


async def reply_queued_yesterday(shell: Shell, url: str) -> int:
    """Yesterday: a reply was written while signed out; it waits in the sealed outbox (the key in
    the keyring). Returns its conversation."""
    cid = await open_conversation_id(url)
    cache = shell.core.cache_for(url, "alice")
    cache.parent.mkdir(parents=True, exist_ok=True)
    store = await Store.open(cache)
    yesterday = Session(url, store, CredentialStore(), username="alice")
    await yesterday.start()
    await yesterday.send_message(cid, REPLY)
    await yesterday.stop()
    await store.close()
    return cid


def test_quitting_with_replies_kept_only_in_memory_asks_first(open_desk: Any, aio: Any, server: Any) -> None:
    """The test desk has no keyring (``null``): its cache key lives in memory for this run."""

    async def body() -> None:
        window = await open_desk("alice")
        session = window.desk.session
        assert window.keyring_label.isVisible() and "keyring" in window.keyring_label.toolTip()
        cid = await open_conversation_id(server.ws_url)
        await server.stop()
        await until(lambda: not session.online, what="offline")
        await session.send_message(cid, REPLY)
        await until(lambda: session.replies_at_risk == 1, what="a reply at risk")

        window.actions_by_key["quit"].trigger()
        dialog = await until(lambda: shown(QuitConfirmDialog), what="the quit question")
        assert "1 replies" in dialog.text()
        assert dialog.defaultButton() is dialog.stay_button  # the safe answer is the default
        QTest.mouseClick(dialog.stay_button, Qt.MouseButton.LeftButton)
        await asyncio.sleep(0.05)
        assert window.isVisible() and not window.test_shell._quit.is_set()

        window.actions_by_key["quit"].trigger()
        dialog = await until(lambda: shown(QuitConfirmDialog), what="the quit question again")
        QTest.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.test_shell._quit.is_set(), what="quit")

    aio(body)


def test_a_locked_keyring_holds_the_cache_and_sign_in_retries(
    server: Any, aio: Any, agentdesk_home: Path, memory_keyring: MemoryKeyring
) -> None:
    shell = shell_for(server, agentdesk_home)

    async def body() -> None:
        cid = await reply_queued_yesterday(shell, server.ws_url)

        memory_keyring.locked = True  # this morning the keyring is locked
        signing_in = asyncio.ensure_future(shell._sign_in())
        dialog = await until(lambda: shown(LoginDialog), what="sign-in dialog")
        assert dialog.error.isVisible() and "1 unsent replies" in dialog.error.text()
        assert dialog.discard.isVisible()
        QTest.keyClicks(dialog.password, "demo")
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        await until(lambda: dialog.sign_in.isEnabled(), timeout=15, what="refused")
        assert "locked" in dialog.error.text() and shell.session is not None
        assert await shell.session.store.outbox_pending() == 1  # kept, sealed, untouched

        memory_keyring.locked = False  # the agent unlocks the keyring and tries again
        dialog.password.clear()
        QTest.keyClicks(dialog.password, "demo")
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        assert await asyncio.wait_for(signing_in, 20) is True
        await until(lambda: shell.session.online, what="online")
        await until(lambda: shell.session.current_state.queued == 0, timeout=15, what="delivered")
        agent = await AgentClient.login(server.ws_url, "alice", "demo")
        try:
            history = await agent.request("conversation.messages", conversation_id=cid, limit=200)
        finally:
            await agent.close()
        assert [m["body"] for m in history["messages"]].count(REPLY) == 1

    try:
        aio(body)
    finally:
        aio(shell.shutdown)


def test_the_agent_can_discard_what_the_keyring_cannot_open(
    server: Any, aio: Any, agentdesk_home: Path, memory_keyring: MemoryKeyring
) -> None:
    shell = shell_for(server, agentdesk_home)

    async def body() -> None:
        await reply_queued_yesterday(shell, server.ws_url)

        memory_keyring.locked = True
        signing_in = asyncio.ensure_future(shell._sign_in())
        dialog = await until(lambda: shown(LoginDialog), what="sign-in dialog")
        QTest.mouseClick(dialog.discard, Qt.MouseButton.LeftButton)
        await until(lambda: not dialog.discard.isVisible(), what="discarded")
        assert "discarded" in dialog.error.text()
        QTest.keyClicks(dialog.password, "demo")
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        assert await asyncio.wait_for(signing_in, 20) is True
        assert shell.session is not None and not shell.session.cache_in_keyring
        assert await shell.session.store.outbox_pending() == 0

    try:
        aio(body)
    finally:
        aio(shell.shutdown)
