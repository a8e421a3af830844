"""Conversation features against the real backend: collision warning, drafts, pop-out, actions."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.policies.sla_clock import ServerClock
from tests.support.server import AgentClient
from tests.ui.helpers import first_row, open_conversation, rows, until


def test_collision_warning_shows_who_views_and_types(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, vip_tier=0)
        await open_conversation(window, row.conversation_id)
        banner = window.conversation.collision
        assert banner.isHidden()
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        await bob.sync(bob.welcome["head"])
        signal = {"type": "signal", "name": "viewing", "data": {"conversation_id": row.conversation_id}}
        await bob.send_raw(json.dumps(signal))
        await until(lambda: not banner.isHidden() and "is viewing" in banner.text(), what="viewing banner")
        assert "Bob" in banner.text()
        typing = {
            "type": "signal",
            "name": "typing",
            "data": {"conversation_id": row.conversation_id, "active": True},
        }
        await bob.send_raw(json.dumps(typing))
        await until(lambda: "typing a reply" in banner.text(), what="typing banner")
        leave = {"type": "signal", "name": "viewing", "data": {"conversation_id": None}}
        await bob.send_raw(json.dumps(leave))
        await until(lambda: banner.isHidden(), what="banner gone")
        await bob.close()

    aio(body)


def test_draft_is_kept_per_conversation_and_across_restarts(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        first, second = rows(window)[0], rows(window)[1]
        await open_conversation(window, first.conversation_id)
        edit = window.conversation.composer.edit
        QTest.keyClicks(edit, "Half-written answer")
        await open_conversation(window, second.conversation_id)
        assert edit.toPlainText() == ""
        await open_conversation(window, first.conversation_id)
        await until(lambda: edit.toPlainText() == "Half-written answer", what="draft restored")
        assert await window.desk.store.get_draft(first.conversation_id) == "Half-written answer"
        await window.test_shell.shutdown()  # quit the app ...
        again = await open_desk("alice")  # ... and start it again on the same cache
        await open_conversation(again, first.conversation_id)
        edit = again.conversation.composer.edit
        await until(lambda: edit.toPlainText() == "Half-written answer", what="draft after restart")

    aio(body)


def test_actions_assign_status_priority_and_pop_out(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, assignee=None)
        await open_conversation(window, row.conversation_id)
        controller = window.conversation_controller
        window.actions_by_key["assign_me"].trigger()
        await until(lambda: controller.detail.row.assignee == "alice", what="assigned to alice")
        window.conversation.header.priority_chosen.emit("urgent")
        await until(lambda: controller.detail.row.priority == "urgent", what="urgent")
        until_time = datetime.now(UTC) + timedelta(hours=4)
        window.conversation.header.status_chosen.emit("snoozed", until_time)
        await until(lambda: controller.detail.row.status == "snoozed", what="snoozed")
        assert abs((controller.detail.snoozed_until - until_time).total_seconds()) < 2
        window.conversation.header.status_chosen.emit("open", None)
        await until(lambda: controller.detail.row.status == "open", what="open again")
        # "In 1 hour" counts on the server's clock: this PC's clock is 10 minutes slow
        window.desk.clock = ServerClock(lambda: 600.0)
        window.conversation.header.status_chosen.emit("snoozed", timedelta(hours=1))
        await until(lambda: controller.detail.row.status == "snoozed", what="snoozed for an hour")
        expected = datetime.now(UTC) + timedelta(hours=1, minutes=10)
        assert abs((controller.detail.snoozed_until - expected).total_seconds()) < 5
        window.conversation.header.status_chosen.emit("open", None)
        await until(lambda: controller.detail.row.status == "open", what="open once more")
        window.conversation.header.tags_chosen.emit(["refund", "vip-watch"])
        await until(lambda: window.conversation.header.tag_labels() == ["refund", "vip-watch"], what="tags")
        window.actions_by_key["pop_out"].trigger()
        popout = window.popouts[row.conversation_id]
        await until(lambda: popout.pane.thread_model.rowCount() > 0, what="thread in the pop-out")
        assert popout.isVisible() and row.customer_name in popout.windowTitle()
        popout.close()
        await until(lambda: row.conversation_id not in window.popouts)
        window.conversation.header.transfer_to.emit("bob")
        await until(lambda: controller.detail.row.assignee == "bob", what="transferred to bob")
        window.actions_by_key["resolve"].trigger()
        await until(lambda: controller.detail.row.status == "resolved", what="resolved")

    aio(body)


def test_keyboard_palette_and_help(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        window.activateWindow()
        window.actions_by_key["next"].trigger()
        await until(lambda: window.conversation_controller.conversation_id == rows(window)[0].conversation_id)
        window.actions_by_key["next"].trigger()
        await until(lambda: window.conversation_controller.conversation_id == rows(window)[1].conversation_id)
        window.actions_by_key["previous"].trigger()
        await until(lambda: window.conversation_controller.conversation_id == rows(window)[0].conversation_id)
        window.actions_by_key["focus_search"].trigger()
        assert window.inbox.search.hasFocus() or window.focusWidget() is window.inbox.search
        window.open_palette()
        palette = window.command_palette
        QTest.keyClicks(palette.filter, "vip")
        assert palette.visible_commands() == ["Show VIP conversations"]
        QTest.keyClick(palette.filter, Qt.Key.Key_Return)
        await until(lambda: window.inbox_model.query.view == "vip")
        window.open_help()
        shortcuts = dict(window.help_dialog.shortcut_rows())
        for name in (
            "Next conversation",
            "Previous conversation",
            "Assign to me",
            "Resolve conversation",
            "Search conversations",
            "Focus reply box",
            "Insert canned reply",
            "Command palette…",
        ):
            assert shortcuts.get(name), name
        assert shortcuts["Command palette…"] == "Ctrl+K"
        window.help_dialog.close()

    aio(body)


def test_blocked_reply_shows_failed_with_reason_and_can_be_rewritten(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, channel="chat")
        await open_conversation(window, row.conversation_id)
        edit = window.conversation.composer.edit
        ask = "To verify you, please send me your password and the 2FA code."
        QTest.keyClicks(edit, ask)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        composer = window.conversation.composer
        model = window.conversation.thread_model
        # The composer's own guard check holds it back and says why; nothing was queued.
        assert not composer.guard_warning.isHidden() and edit.toPlainText() == ask
        assert not any(i.mine and i.body == ask for i in model.items())
        # The server is the authority (its allowlist is the one that counts): a reply that
        # reaches it anyway comes back failed with its reason.
        edit.clear()
        composer.send_requested.emit(ask, False)
        failed = await until(
            lambda: next((i for i in model.items() if i.mine and i.delivery == "failed"), None),
            what="the guard refused the reply",
        )
        assert failed.error == "blocked" and failed.error_text
        delegate = window.conversation.thread_view.itemDelegate()
        footer = delegate._footer(model.index(model.items().index(failed)))
        assert footer.startswith("Failed:") and "click to retry" in footer
        window.conversation.thread_view.edit_requested.emit(failed.body)  # "Rewrite in the reply box"
        assert edit.toPlainText() == failed.body

    aio(body)


def test_resolving_keeps_the_conversation_open_and_opens_no_neighbour(open_desk: Any, aio: Any) -> None:
    """The resolved conversation leaves the "unresolved" view; Qt would make the next row current,
    and opening it would mark it read and show the agent as viewing it. Nothing else opens."""

    async def body() -> None:
        window = await open_desk("alice")
        all_rows = rows(window)
        row = next(r for r in all_rows[:-1] if r.status != "resolved")
        neighbour = all_rows[all_rows.index(row) + 1]
        await open_conversation(window, row.conversation_id)
        controller = window.conversation_controller
        opened: list[int] = []
        window.inbox.conversation_selected.connect(opened.append)
        window.actions_by_key["resolve"].trigger()
        await until(lambda: window.inbox_model.row_of(row.conversation_id) is None, what="row left the view")
        await until(lambda: controller.detail.row.status == "resolved", what="resolved in the open thread")
        assert opened == [] and controller.conversation_id == row.conversation_id
        assert not window.inbox.list.selectionModel().hasSelection()
        now = window.inbox_model.row_at(window.inbox_model.row_of(neighbour.conversation_id))
        assert now.unread_count == neighbour.unread_count  # the neighbour was not opened, nor marked read
        window.inbox.select_row(window.inbox_model.row_of(neighbour.conversation_id))  # the agent's pick
        await until(lambda: controller.conversation_id == neighbour.conversation_id, what="next opened")

    aio(body)
