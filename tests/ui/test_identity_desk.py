"""The desk's identity strip and audit log, in the real window against the real backend.

The agent presses Verify identity → the code goes to the registered email (the demo writes the
mail to its folder, where the customer reads it) → the customer types it into the web chat's own
prompt → the strip shows "Verified via registered email, HH:MM, valid 30 min"; the customer's
anti-phishing code is shown; "sender not proven" shows for a flagged conversation; supervisors'
audit log escapes bidi characters and checks the chain."""

from __future__ import annotations

import json
import re
from email import policy
from email.parser import BytesParser
from typing import Any

import msgspec
import sqlalchemy as sa

from app.client import EventNotice
from app.protocol.events import ConversationUpdated
from app.server import audit
from app.server.identity.schema import CustomerSecurityCode
from app.server.repos import repo_inbox
from tests.support.server import CustomerClient
from tests.ui.helpers import first_row, open_conversation, rows, until

CODE = re.compile(r"(?:code[:：]?\s*|验证码：)(\d{6})")


def _code_from_mail_folder(server: Any) -> str:
    folder = server.channels.mail_folder
    mails = sorted(folder.glob("*.eml"))
    assert mails, "no verification mail was written"
    text = BytesParser(policy=policy.default).parsebytes(mails[-1].read_bytes()).get_content()
    found = CODE.search(text)
    assert found, text
    return found.group(1)


def test_verify_identity_from_the_strip(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, channel="chat")
        await open_conversation(window, row.conversation_id)
        strip = window.identity.panel
        await until(lambda: window.identity.controller.uid == row.customer_uid, what="the customer's status")
        assert strip.status.text() == "Not verified"
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(row.customer_uid))
        strip.by_email.trigger()  # Verify identity ▸ Send a code to the registered email
        await until(lambda: strip.status.text() == "Waiting for the customer's code", what="pending")
        assert "tries left" in strip.detail.text() and "***" in strip.detail.text()
        prompt = await customer.wait_for(lambda f: f["type"] == "verify_prompt")
        code = await until(
            lambda: (
                server.channels.mail_folder
                and list(server.channels.mail_folder.glob("*.eml"))
                and _code_from_mail_folder(server)
            ),
            what="the mail",
        )
        await customer.send_raw(
            json.dumps({"type": "verify", "challenge_id": prompt["challenge_id"], "code": code})
        )
        await until(lambda: strip.status.text() == "Verified", what="verified")
        assert (
            strip.detail.text().startswith("via registered email, ") and "valid 30 min" in strip.detail.text()
        )
        assert code not in strip.status_text()
        await customer.close()

    aio(body)


def test_the_anti_phishing_code_and_sender_not_proven(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        strip = window.identity.panel

        def with_codes(session: Any) -> set[str]:
            return {uid for (uid,) in session.execute(sa.select(CustomerSecurityCode.uid))}

        known = await server.context.db.run(with_codes)
        target = next((r for r in rows(window) if r.customer_uid in known), None)
        assert target is not None, "no conversation of a customer with an anti-phishing code"
        await open_conversation(window, target.conversation_id)
        await until(lambda: strip.phishing.isVisibleTo(strip), what="the anti-phishing code")
        assert re.fullmatch(r"Anti-phishing code: [A-Z][a-z]+-\d{4}", strip.phishing.text())
        assert not strip.sender_badge.isVisibleTo(strip)

        def as_now(session: Any) -> Any:
            found = repo_inbox.load(session, target.conversation_id)
            assert found is not None
            return repo_inbox.view(session, *found)

        shown = await server.context.db.run(as_now)
        flagged = ConversationUpdated(conversation=msgspec.structs.replace(shown, sender_not_proven=True))
        window.desk.event_received.emit(EventNotice(seq=10**9, name="conversation.updated", payload=flagged))
        assert strip.sender_badge.isVisibleTo(strip) and "SPF" in strip.sender_badge.toolTip()

    aio(body)


def test_supervisors_audit_log_escapes_and_checks_the_chain(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        def write(session: Any) -> None:
            audit.record(session, "alice", "customer.view", "\u202e0177158803\u202c", {"note": "x"})

        await server.context.db.run(write)
        window = await open_desk("sam")
        assert "audit_log" in window.actions_by_key
        window.actions_by_key["audit_log"].trigger()
        dialog = window.identity.audit
        await until(lambda: dialog is not None and dialog.table.rowCount() > 0, what="audit rows")
        texts = [" ".join(dialog.cell_texts(r)) for r in range(dialog.table.rowCount())]
        assert any("\\u202e0177158803\\u202c" in t for t in texts)
        assert not any("\u202e" in t for t in texts)
        dialog.actor.setText("alice")
        dialog.search.click()
        await until(
            lambda: (
                all(dialog.cell_texts(r)[1] == "alice" for r in range(dialog.table.rowCount()))
                and dialog.table.rowCount() > 0
            ),
            what="filtered rows",
        )
        dialog.verify.click()
        await until(lambda: dialog.verify_status.text().startswith("Chain intact"), what="chain checked")
        dialog.close()

    aio(body)


def test_agents_get_no_audit_log_command(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        assert "audit_log" not in window.actions_by_key

    aio(body)


def test_a_refused_reveal_says_why(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, channel="chat")
        await open_conversation(window, row.conversation_id)
        controller = window.customer_controller
        await until(lambda: controller.context is not None and controller.context.uid == row.customer_uid)
        controller.reveal(row.customer_uid, "caller asks about a deposit")
        await until(
            lambda: "identity verification" in window.message.text(), what="the refusal in the status bar"
        )
        assert not controller.context.revealed

    aio(body)
