"""Editing a ticket's category, due date and subject from the conversation header, against the
real backend: the dialog checks before sending, the server's event refreshes the header (and a
colleague's desk), a refusal is shown in the dialog. Plus the core's planning of an edit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest

from app.policies import ticket_edit
from app.policies.ticket_edit import TicketFields, plan_edit
from app.ui import formats, labels
from tests.support.server import AgentClient
from tests.ui.helpers import first_row, open_conversation, until

NOW = datetime(2026, 11, 25, 13, 35, 20, tzinfo=UTC)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _qdt(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()


# --- the core: what an edit sends, and what is wrong with it ------------------------------------
def test_plan_sends_only_what_changed_and_checks_only_that() -> None:
    current = TicketFields("kyc", NOW - timedelta(hours=2), "Deposit  not credited")  # overdue
    assert plan_edit(current, current, NOW).changes == {}
    # The due date compares to the minute (the dialog shows minutes); the subject as cleaned.
    same = TicketFields("kyc", current.due.replace(second=59), " Deposit not credited ")  # type: ignore[union-attr]
    assert plan_edit(current, same, NOW) == ticket_edit.TicketEdit()
    # An overdue ticket can still get a new subject: its unchanged due date is not checked.
    retitled = plan_edit(current, TicketFields("kyc", current.due, "Deposit\tcredited\nlate"), NOW)
    assert retitled.changes == {"subject": "Deposit credited late"} and retitled.ready
    due = NOW + timedelta(days=3)
    moved = plan_edit(current, TicketFields("trading", due, current.subject), NOW)
    assert moved.changes == {"category": "trading", "ticket_due": due} and moved.ready
    wrong = [
        (TicketFields("lottery", current.due, current.subject), "category_unknown"),
        (TicketFields("kyc", NOW - timedelta(minutes=1), current.subject), "due_past"),
        (TicketFields("kyc", NOW + timedelta(days=366), current.subject), "due_too_far"),
        (TicketFields("kyc", current.due, "  \n "), "subject_empty"),
        (TicketFields("kyc", current.due, "x" * 201), "subject_too_long"),
    ]
    for edited, problem in wrong:
        plan = plan_edit(current, edited, NOW)
        assert plan.problems == (problem,) and not plan.ready, edited


def test_every_category_and_problem_has_words() -> None:
    assert set(ticket_edit.CATEGORIES) == set(labels.TICKET_CATEGORIES)
    assert set(ticket_edit.PROBLEMS) == set(labels.TICKET_PROBLEMS)
    assert labels.ticket_category("kyc") == "Identity verification (KYC)"
    assert labels.ticket_category("something_new") == "something_new"  # a newer server's topic


# --- the desk -----------------------------------------------------------------------------------
def test_agent_edits_a_ticket_from_the_header_and_every_desk_sees_it(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        header = window.conversation.header
        controller = window.conversation_controller
        action = window.actions_by_key["edit_ticket"]
        assert action.shortcut().toString() == "Ctrl+Shift+E"

        # Not a ticket: no button, and the command does nothing.
        chat = first_row(window, channel="chat", vip_tier=0)
        await open_conversation(window, chat.conversation_id)
        assert header.edit_ticket.isHidden()
        action.trigger()
        assert controller.ticket_dialog is None

        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        await bob.sync(bob.welcome["head"])
        made = await bob.request(
            "ticket.create",
            uid=chat.customer_uid,
            subject="Deposit not credited",
            body="USDT on TRON, 3 hours ago.",
            category="deposits_withdrawals",
            due_at=_iso(datetime.now(UTC) + timedelta(days=2)),
        )
        tid = made["conversation"]["id"]
        await until(lambda: window.inbox_model.row_of(tid) is not None, what="the ticket in the inbox")
        await open_conversation(window, tid)
        assert not header.edit_ticket.isHidden() and header.edit_ticket.isEnabled()
        shown = header.sub.full_text() + "\n" + header.subject.full_text()  # the subject has its own line
        assert "Deposits and withdrawals" in shown and "Due " in shown and "Deposit not credited" in shown

        # The header's button (or Ctrl+Shift+E) opens the dialog with the ticket as it is.
        header.edit_ticket.click()
        dialog = await until(lambda: controller.ticket_dialog, what="the ticket dialog")
        assert dialog.isVisible()
        assert dialog.category.currentData() == "deposits_withdrawals"
        assert dialog.subject.text() == "Deposit not credited"
        assert dialog.focusWidget() is dialog.category
        assert dialog.plan().changes == {}  # nothing changed yet: nothing would be sent

        # What the core refuses is said in the dialog before anything is sent.
        dialog.subject.clear()
        QTest.keyClicks(dialog.subject, "   ")
        assert not dialog.problems.isHidden() and "The subject cannot be empty." in dialog.problems.text()
        assert not dialog.save.isEnabled()
        dialog.due.setDateTime(_qdt(datetime.now(UTC) - timedelta(days=1)))  # clamped to now: past
        assert "The due date must be in the future." in dialog.problems.text()

        # A valid edit, typed and saved with Enter.
        due = (datetime.now(UTC) + timedelta(days=9)).replace(second=0, microsecond=0)
        dialog.category.setFocus()
        dialog.category.setCurrentIndex(dialog.category.findData("kyc"))
        dialog.due.setDateTime(_qdt(due))
        dialog.subject.clear()
        QTest.keyClicks(dialog.subject, "KYC documents needed first")
        assert dialog.problems.isHidden() and dialog.save.isEnabled()
        assert set(dialog.plan().changes) == {"category", "ticket_due", "subject"}
        QTest.keyClick(dialog.subject, Qt.Key.Key_Return)
        await until(lambda: controller.ticket_dialog is None, what="the dialog closed after saving")

        # The header follows the server's event (through the cache).
        await until(
            lambda: controller.detail.details.get("category") == "kyc"
            and controller.detail.row.subject == "KYC documents needed first",
            what="the edited ticket in the cache",
        )
        assert datetime.fromisoformat(controller.detail.details["ticket_due"]) == due
        assert controller.detail.resolution_due == due
        shown = header.sub.full_text() + "\n" + header.subject.full_text()
        assert "Identity verification (KYC)" in shown and "KYC documents needed first" in shown
        assert formats.date_time(due) in shown

        # A colleague's desk got the same event.
        seen = await bob.wait_for(
            lambda f: f.get("type") == "event"
            and f["name"] == "conversation.updated"
            and f["data"]["conversation"]["id"] == tid
        )
        assert seen["data"]["conversation"]["category"] == "kyc"
        assert seen["data"]["conversation"]["subject"] == "KYC documents needed first"
        assert datetime.fromisoformat(seen["data"]["conversation"]["ticket_due"]) == due

        # Only the changed field goes out the next time; a refusal is shown in the dialog, which
        # stays open. Here the customer became a VIP meanwhile: the ticket left alice's view.
        window.actions_by_key["edit_ticket"].trigger()
        dialog = await until(lambda: controller.ticket_dialog, what="the dialog again")
        assert dialog.category.currentData() == "kyc"
        dialog.category.setCurrentIndex(dialog.category.findData("security_2fa"))
        assert dialog.plan().changes == {"category": "security_2fa"}
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.request("customer.set", uid=chat.customer_uid, vip_tier=2)
        dialog.save.click()
        await until(lambda: not dialog.error.isHidden(), what="the refusal in the dialog")
        assert dialog.error.text() == labels.error("forbidden")
        assert dialog.isVisible() and dialog.save.isEnabled()
        got = await sam.request("conversation.get", conversation_id=tid)
        assert got["conversation"]["category"] == "kyc"
        window.actions_by_key["edit_ticket"].trigger()  # open already: the same dialog, raised
        assert controller.ticket_dialog is dialog
        dialog.reject()
        assert controller.ticket_dialog is None
        await bob.close()
        await sam.close()

    aio(body)
