"""Issue 22 with two desks on one backend: "Assign to me" asks before taking a colleague's
conversation; Transfer lists who is really here; "viewing" is told while the conversation is
shown (not only when the window is active, and to a colleague who opens it later); Reveal unmasks
the header too, with Hide and a time-out for screen sharing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.dialogs.assign_confirm import AssignConfirm
from tests.support.server import grant_override
from tests.ui.helpers import first_row, open_conversation, until


def asking(controller: Any) -> AssignConfirm | None:
    confirm = controller.confirm
    return confirm if confirm is not None and confirm.isVisible() else None


def test_assign_to_me_asks_before_taking_a_colleagues_conversation(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, assignee="bob")
        # the question names the colleague: wait for the colleagues list (agents.list) the desk
        # asks for after connecting — until then it can only say "bob" (seen in a loaded run)
        await until(lambda: "Bob Wang" in window.desk.display_name_of("bob"), what="the colleagues list")
        await open_conversation(window, row.conversation_id)
        controller = window.conversation_controller
        window.conversation.header.assign.click()
        confirm = await until(lambda: asking(controller), what="the question")
        assert isinstance(confirm, AssignConfirm) and "Bob Wang" in confirm.question.text()
        confirm.reject()  # "Cancel": nothing changes
        await until(lambda: not confirm.isVisible())
        assert controller.detail.row.assignee == "bob"
        window.actions_by_key["assign_me"].trigger()  # the shortcut asks too
        confirm = await until(lambda: asking(controller), what="the question again")
        QTest.mouseClick(confirm.take, Qt.MouseButton.LeftButton)
        await until(lambda: controller.detail.row.assignee == "alice", what="taken over")
        # an unassigned conversation is taken at once
        free = first_row(window, assignee=None)
        await open_conversation(window, free.conversation_id)
        controller.confirm = None
        window.conversation.header.assign.click()
        await until(lambda: controller.detail.row.assignee == "alice", what="assigned")
        assert controller.confirm is None

    aio(body)


def test_transfer_lists_who_is_really_here(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        bob = await open_desk("bob")
        alice = await open_desk("alice")
        await open_conversation(alice, first_row(alice).conversation_id)
        header = alice.conversation.header
        await until(lambda: any(a.username == "bob" and a.presence == "available" for a in alice.desk.agents),
                    what="bob available")
        header.transfer_menu.aboutToShow.emit()
        entries = [a for a in header.transfer_menu.actions() if a.data()]
        assert entries[0].text().endswith("Bob Wang 王博  ·  Available")  # here now: first
        assert all(a.data() == "offline" for a in entries[1:] if "Bob" not in a.text())
        bob.presence.choose("away")
        await until(lambda: any(a.username == "bob" and a.presence == "away" for a in alice.desk.agents),
                    what="bob away")
        header.transfer_menu.aboutToShow.emit()
        bob_entry = next(a for a in header.transfer_menu.actions() if "Bob" in a.text())
        assert bob_entry.text().endswith("Away")

    aio(body)


def test_viewing_reaches_a_colleague_who_opens_the_conversation_later(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        alice = await open_desk("alice")
        bob = await open_desk("bob")
        shared = first_row(alice, assignee="bob")
        alice.conversation_controller._viewing_timer.setInterval(300)  # the refresh, faster for the test
        await open_conversation(alice, shared.conversation_id)
        assert not alice.isActiveWindow()  # shown, though not the active window
        await open_conversation(bob, shared.conversation_id)  # bob arrives after alice
        banner = bob.conversation.collision
        await until(lambda: banner.isVisibleTo(bob) and "Alice Chen" in banner.text(), timeout=10,
                    what="bob sees alice viewing")
        alice.showMinimized()  # not shown any more: colleagues are told
        await until(lambda: "Alice Chen" not in banner.text() or not banner.isVisibleTo(bob), timeout=10,
                    what="alice gone")

    aio(body)


def test_reveal_unmasks_the_header_too_with_hide_and_a_time_out(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, channel="chat", language="en")
        await open_conversation(window, row.conversation_id)
        customer, header, pane = window.customer_controller, window.conversation.header, window.customer
        await until(lambda: customer.context is not None, what="customer")
        masked = header.name.full_text()
        assert "*" in masked
        await grant_override(server, row.customer_uid)  # revealing needs a verification or an override
        customer.reveal(row.customer_uid, "Identity check requested by the customer")
        await until(lambda: customer.context is not None and customer.context.revealed, what="revealed")
        await until(lambda: header.name.full_text() == customer.context.name, what="header unmasked")
        assert "*" not in header.name.full_text()
        assert pane.hide_button.isVisibleTo(window) and "hides in" in pane.reveal_notice.text()
        QTest.mouseClick(pane.hide_button, Qt.MouseButton.LeftButton)
        await until(lambda: header.name.full_text() == masked, what="masked again")
        await until(lambda: customer.context is not None and not customer.context.revealed,
                    what="pane masked")
        assert "*" in pane.email.text() and pane.reveal.isVisibleTo(window)
        # revealed again, it masks itself after the time-out (screen sharing)
        customer.reveal_seconds = 2
        customer.reveal(row.customer_uid, "Callback to the customer")
        await until(lambda: customer.context is not None and customer.context.revealed, what="revealed again")
        await until(lambda: header.name.full_text() == masked and not customer.context.revealed, timeout=10,
                    what="timed out")

    aio(body)
