"""Issue 22: an agent's everyday flow by keyboard only, against the real backend: find the
customer who just wrote, open the next conversation, insert the right canned reply by filtering,
send it (the customer receives it), resolve. No mouse, no direct calls into the widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.server import CustomerClient
from tests.ui.helpers import first_row, rows, until

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the agent presses it: to whatever has the focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifiers)


def type_text(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)


def test_next_conversation_canned_reply_send_and_resolve_by_keyboard(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, channel="chat", language="en", assignee=None)
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(row.customer_uid))
        await customer.sync(customer.welcome["head"])
        await customer.send("My withdrawal has been stuck for hours, can you check?")
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        window.inbox.list.setFocus()

        # Ctrl+F, the customer's UID, Enter: the inbox shows their conversation.
        press(Qt.Key.Key_F, CTRL)
        assert QApplication.focusWidget() is window.inbox.search
        type_text(row.customer_uid)
        press(Qt.Key.Key_Return)
        await until(lambda: [r.customer_uid for r in rows(window)] == [row.customer_uid],
                    what="search result")

        # Ctrl+↓ opens the next conversation (the first of the list).
        press(Qt.Key.Key_Down, CTRL)
        controller = window.conversation_controller
        await until(lambda: controller.detail is not None and controller.detail.row.conversation_id
                    == row.conversation_id, what="conversation opened")
        await until(lambda: window.desk.canned, what="canned replies")

        # Ctrl+R to the reply box, "/" opens the picker, "withdraw" + Enter inserts the right answer.
        press(Qt.Key.Key_R, CTRL)
        edit = window.conversation.composer.edit
        assert QApplication.focusWidget() is edit
        press(Qt.Key.Key_Slash)
        await until(lambda: getattr(controller, "picker", None) is not None and controller.picker.isVisible(),
                    what="canned picker")
        # the dialog takes the focus when the window system activates it: a loop turn later on a busy
        # machine (the agent's first key waits for it too)
        await until(lambda: QApplication.focusWidget() is controller.picker.filter, what="filter focus")
        type_text("withdraw")
        assert controller.picker.current_reply().key == "deposits_withdrawals.withdrawal_review"
        press(Qt.Key.Key_Return)
        await until(lambda: not controller.picker.isVisible(), what="picker closed")
        await until(lambda: QApplication.focusWidget() is edit, what="back in the reply box")
        text = edit.toPlainText()
        assert text.startswith("Your withdrawal is currently under a routine security review")
        assert "{" not in text

        # Enter sends: the customer receives exactly that.
        press(Qt.Key.Key_Return)
        frame = await customer.wait_for(
            lambda f: f["type"] == "message" and f["message"]["author_kind"] == "agent", timeout=10
        )
        assert frame["message"]["body"] == text

        # Ctrl+Shift+R resolves.
        press(Qt.Key.Key_R, CTRL | SHIFT)
        await until(lambda: controller.detail is not None and controller.detail.row.status == "resolved",
                    what="resolved")
        await customer.close()

    aio(body)
