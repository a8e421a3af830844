"""The real window against the real backend on loopback: the checks of issue 4.

Each test signs in through the app's own shell, drives widgets the way an agent does (clicks,
keys) and verifies on the other side of the wire (a customer's WebSocket, the server's audit
log). Test bodies run on the qasync loop (``aio``), as everything does in the app.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.server import audit
from app.store.rows import queue_rank
from tests.support.server import CustomerClient, grant_override
from tests.ui.helpers import first_row, open_conversation, rows, thread_bodies, until


async def customer_of(server: Any, uid: str) -> CustomerClient:
    """A customer's chat connection, synced so it receives the agents' replies live."""
    customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    await customer.sync(customer.welcome["head"])
    return customer


def with_preview(window: Any, text: str) -> Any:
    return next((r for r in rows(window) if text in (r.last_message_preview or "")), None)


def test_customer_message_appears_in_inbox_and_thread(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, channel="chat")
        customer = await customer_of(server, row.customer_uid)
        text = "Hello from the UI test <b>not bold</b> 4711"
        await customer.send(text)
        target = await until(lambda: with_preview(window, text), what="preview in the inbox")
        assert target.customer_uid == row.customer_uid and target.unread_count >= 1
        await open_conversation(window, target.conversation_id)
        await until(lambda: text in thread_bodies(window), what="message in the thread")
        await customer.close()

    aio(body)


def test_reply_typed_in_composer_reaches_customer(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, channel="chat")
        customer = await customer_of(server, row.customer_uid)
        await customer.send("Is anyone there?")
        target = await until(lambda: with_preview(window, "Is anyone there?"))
        await open_conversation(window, target.conversation_id)
        edit = window.conversation.composer.edit
        edit.setFocus()
        QTest.keyClicks(edit, "Yes, I am here")
        QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClicks(edit, "and happy to help.")
        assert edit.toPlainText() == "Yes, I am here\nand happy to help."
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert edit.toPlainText() == ""
        frame = await customer.wait_for(
            lambda f: f["type"] == "message" and f["message"]["author_kind"] == "agent", timeout=10
        )
        assert frame["message"]["body"] == "Yes, I am here\nand happy to help."
        await until(
            lambda: any(
                i.body.startswith("Yes, I am here") and i.delivery == "sent"
                for i in window.conversation.thread_model.items()
            ),
            what="reply shown as sent",
        )
        await customer.close()

    aio(body)


def test_canned_reply_inserted_with_variables(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, language="en")
        await open_conversation(window, row.conversation_id)
        controller = window.conversation_controller
        await until(lambda: window.desk.canned, what="canned replies")
        edit = window.conversation.composer.edit
        edit.setFocus()
        QTest.keyClicks(edit, "Dear customer: ")
        QTest.keyClick(edit, Qt.Key.Key_Slash)  # opens the picker instead of typing "/"
        await until(
            lambda: getattr(controller, "picker", None) is not None and controller.picker.isVisible(),
            what="canned picker",
        )
        picker = controller.picker
        assert picker.en_button.isChecked()  # the customer's language is preselected
        QTest.keyClicks(picker.filter, "hacked")
        assert picker.current_reply() is not None and picker.current_reply().shortcut == "hacked"
        QTest.keyClick(picker.filter, Qt.Key.Key_Return)
        text = edit.toPlainText()
        assert text.startswith("Dear customer: I understand this is urgent")
        assert f"(UID {row.customer_uid})" in text and "{" not in text
        # a second reply is inserted at the cursor, with the agent's name filled in
        QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClick(edit, Qt.Key.Key_Slash)
        await until(
            lambda: controller.picker is not picker and controller.picker.isVisible(), what="second picker"
        )
        QTest.keyClicks(controller.picker.filter, "hi")
        QTest.keyClick(controller.picker.filter, Qt.Key.Key_Return)
        text = edit.toPlainText()
        assert "My name is Alice Chen" in text and "{" not in text
        assert text.index("urgent") < text.index("My name is")

    aio(body)


def test_reveal_asks_for_a_reason_and_is_audited(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = rows(window)[0]
        await open_conversation(window, row.conversation_id)
        customer = window.customer_controller
        await until(lambda: customer.context is not None and customer.context.uid == row.customer_uid)
        assert "*" in window.customer.email.text()
        await grant_override(server, row.customer_uid)  # revealing needs a verification or an override
        QTest.mouseClick(window.customer.reveal, Qt.MouseButton.LeftButton)
        dialog = customer.dialog
        assert dialog is not None and dialog.isVisible()
        assert not dialog.reveal_button.isEnabled()  # no reason, no reveal
        QTest.keyClicks(dialog.reason_edit, "Customer asked to verify the email on file")
        assert dialog.reveal_button.isEnabled()
        QTest.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
        await until(lambda: customer.context.revealed, what="revealed customer")
        assert "*" not in window.customer.email.text()
        assert window.customer.reveal.isHidden()

        def reveals(session: Any) -> list[Any]:
            return [
                e
                for e in audit.entries(session, limit=50, action="customer.view")
                if e.target == row.customer_uid and e.details.get("revealed")
            ]

        entries = await server.context.db.run(reveals)
        assert entries and entries[0].actor == "alice"
        assert "Customer asked to verify the email on file" in str(entries[0].details)

    aio(body)


def test_vip_view_and_my_clients_for_vera(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("vera")
        model = window.inbox_model
        assert "my_clients" in window.inbox.view_buttons
        window.inbox.set_view("vip")
        await until(lambda: model.query.view == "vip" and model.loaded)
        vip_rows = rows(window)
        assert vip_rows and all(r.vip_tier > 0 for r in vip_rows)
        window.inbox.set_view("my_clients")
        await until(lambda: model.query.view == "my_clients" and model.loaded)
        mine = rows(window)
        assert mine and all(r.vip_tier > 0 and r.account_manager == "vera" for r in mine)
        assert {r.conversation_id for r in mine} <= {r.conversation_id for r in vip_rows}
        window.inbox.set_view("all")
        await until(lambda: model.query.view == "all" and model.loaded)
        # "what next" first within a view: open and waiting on us, then open, then pending/snoozed
        ranks = [queue_rank(r.status, r.waiting_since, r.first_response_at) for r in rows(window)]
        assert ranks == sorted(ranks)

    aio(body)


def test_agents_get_no_my_clients_view(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        assert "my_clients" not in window.inbox.view_buttons
        assert "view_my_clients" not in window.actions_by_key

    aio(body)
