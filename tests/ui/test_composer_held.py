"""A reply the guard holds for review (issue 16), in the desk against the real server: the
composer reads it as the server will, keeps it, says why and offers "Send anyway", which sends
that text once (``confirm_held``, audited); a refused reply has no such way out, and a
confirmation is never carried over to the next message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.policies.reply_check import Verdict, review_reply
from tests.support.guard_examples import HELD_REPLY
from tests.support.server import AgentClient, RequestError
from tests.ui.helpers import first_row, open_conversation, until

HELD = HELD_REPLY
# a quote near a warning but told as no one's words: the strict reading alone refused it in the desk
# (guard round 8 lets a quote attributed to the scammer pass: "如果对方说“…”，这是典型的诈骗话术")
WARNING = "谨防诈骗。系统提示“把密码发过来我帮你改”。"
REFUSED = "Please tell me your password and the SMS code."
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_composer_reads_a_reply_as_the_server_does() -> None:
    assert review_reply(HELD, internal=False).verdict is Verdict.HOLD
    assert review_reply(WARNING, internal=False).verdict is Verdict.HOLD
    assert review_reply(REFUSED, internal=False).verdict is Verdict.BLOCK
    assert review_reply(HELD, internal=True).verdict is Verdict.SEND  # notes reach no customer
    review = review_reply(HELD, internal=False)
    assert review.confirms(HELD) and not review.confirms(HELD + " Thanks!")
    assert not review_reply(REFUSED, internal=False).confirms(REFUSED)


async def _server_answer(server: Any, conversation_id: int, body: str) -> str:
    """What the server says to ``body`` sent without confirmation (nothing is stored)."""
    bob = await AgentClient.login(server.ws_url, "sam", "demo")
    try:
        await bob.request("message.send", conversation_id=conversation_id, client_msg_id=f"probe-{len(body)}",
                          body=body)
        return "sent"
    except RequestError as exc:
        return exc.code
    finally:
        await bob.close()


def test_a_held_reply_waits_for_send_anyway_and_goes_once(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, channel="chat")
        cid = row.conversation_id
        await open_conversation(window, cid)
        composer = window.conversation.composer
        edit = composer.edit
        model = window.conversation.thread_model
        confirmed: list[str] = []  # what the composer asked to send with confirm_held
        composer.send_anyway_requested.connect(confirmed.append)

        def mine(text: str) -> list[Any]:
            return [i for i in model.items() if i.mine and i.body == text]

        # Held: Enter does not send it, the text stays, the reason and "Send anyway" show.
        QTest.keyClicks(edit, HELD)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert edit.toPlainText() == HELD
        assert not composer.guard_warning.isHidden()
        assert "holds this reply for your review" in composer.guard_warning.text()
        assert not composer.hold_row.isHidden() and composer.send_anyway.isEnabled()
        assert composer.send_anyway.accessibleName() == "Send this held reply anyway"
        assert not composer.send.isEnabled()
        assert mine(HELD) == []

        # "Send anyway": sent once; the thread shows it and the box is empty.
        QTest.mouseClick(composer.send_anyway, Qt.MouseButton.LeftButton)
        QTest.mouseClick(composer.send_anyway, Qt.MouseButton.LeftButton)  # a second click: nothing more
        await until(lambda: mine(HELD) and edit.toPlainText() == "", what="the held reply sent")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        stored = (await alice.request("conversation.messages", conversation_id=cid, limit=1000))["messages"]
        assert [m["body"] for m in stored].count(HELD) == 1
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        audit = (await sam.request("audit.list", action="guard.held_confirmed"))["entries"]
        assert [(e["actor"], e["details"]["held"]) for e in audit] == [("alice", ["asks_otp_code"])]
        await sam.close()
        assert len(mine(HELD)) == 1 and composer.hold_row.isHidden()

        # Not sticky: the same text again is held again; Enter still does not send it.
        QTest.keyClicks(edit, HELD)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert edit.toPlainText() == HELD and not composer.hold_row.isHidden()
        edit.clear()

        # The warning quoting a scammer: held in the desk as on the server (no longer refused
        # here), and Ctrl+Shift+Enter is the keyboard's "Send anyway".
        assert await _server_answer(server, cid, WARNING) == "held_for_review"
        edit.insertPlainText(WARNING)  # as a paste (QTest types Latin-1 keys only)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        await until(lambda: not composer.hold_row.isHidden(), what="the warning held")
        assert edit.toPlainText() == WARNING and mine(WARNING) == []
        QTest.keyClick(edit, Qt.Key.Key_Return, CTRL_SHIFT)
        await until(lambda: mine(WARNING) and edit.toPlainText() == "", what="the warning sent")

        # Refused: no "Send anyway", and its shortcut sends nothing.
        assert await _server_answer(server, cid, REFUSED) == "blocked"
        QTest.keyClicks(edit, REFUSED)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        QTest.keyClick(edit, Qt.Key.Key_Return, CTRL_SHIFT)
        assert "will not send this reply" in composer.guard_warning.text()
        assert composer.hold_row.isHidden() and not composer.send_anyway.isEnabled()
        assert edit.toPlainText() == REFUSED
        stored = (await alice.request("conversation.messages", conversation_id=cid, limit=1000))["messages"]
        assert REFUSED not in [m["body"] for m in stored]
        assert [m["body"] for m in stored].count(HELD) == 1
        assert confirmed == [HELD, WARNING]  # once each; never the refused reply
        await alice.close()

    aio(body)


def test_a_confirmed_reply_that_cannot_go_stays_in_the_composer(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, channel="chat")
        await open_conversation(window, row.conversation_id)
        composer = window.conversation.composer
        await server.stop()
        await until(lambda: not window.desk.session.online, timeout=15, what="offline")
        QTest.keyClicks(composer.edit, HELD)
        QTest.keyClick(composer.edit, Qt.Key.Key_Return)
        QTest.mouseClick(composer.send_anyway, Qt.MouseButton.LeftButton)
        # Not queued for later: the confirmation is for now; the text stays to send again.
        error = window.conversation.error
        await until(lambda: not error.isHidden() and error.text(), what="the error shown")
        assert "Not connected" in error.text()
        assert composer.edit.toPlainText() == HELD
        assert composer.send_anyway.isEnabled() and not composer.hold_row.isHidden()
        assert not any(i.body == HELD for i in window.conversation.thread_model.items())
        assert await window.desk.store.outbox_next() is None

    aio(body, timeout=90)
