"""A reply whose ``sendMessage`` went out but was never confirmed is not sent twice (issue 23).

Against the fake Bot API on loopback holding its answers back (Telegram accepted the message; the
server never hears so), a real server and a real SQLite file: the server stops mid-call and a new
one on the same database does not make the call again — the reply is ``unknown`` and the thread
gets an internal note — while replies that never left are sent once; an agent's
``telegram.resend`` sends it again (audited, noted, once); a call that times out waiting for its
answer is ``unknown`` too. The outbox's states step by step, on the database itself: a claim whose
lease ran out before the call is sent again, and a sender whose claim was taken over does not call.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import notes
from app.server.db import schema as db
from app.server.telegram import repo as tg_repo
from app.server.telegram.schema import TelegramOutbound
from app.server.timeutil import utcnow
from tests.server.email.mail_support import free_port
from tests.server.routing.support import agents
from tests.server.telegram.test_telegram import TOKEN, _reply, _rounds, telegram_floor, token_env  # noqa: F401
from tests.support.fake_botapi import FakeBotApi, text_update
from tests.support.server import RequestError

# a call that gets no answer times out after 3 s; a started call belongs to its sender for 3.5 s
TIMING = {"telegram_call_timeout": 3.0, "telegram_send_lease": 3.5}


def _thread(session: Session, conversation_id: int) -> list[tuple[str, bool, str, str | None]]:
    rows = session.scalars(
        sa.select(db.Message).where(db.Message.conversation_id == conversation_id).order_by(db.Message.id)
    )
    return [(m.author_kind, m.internal, m.body, m.note.code if m.note else None) for m in rows]


def _conversation(session: Session) -> int:
    return int(session.scalar(sa.select(db.Conversation.id).where(db.Conversation.channel == "telegram")))


def _unknown_notes(thread: list[tuple[str, bool, str, str | None]]) -> list[str]:
    unknown = notes.TELEGRAM_DELIVERY_UNKNOWN
    return [body for _, internal, body, code in thread if code == unknown and internal]


async def test_a_reply_in_doubt_is_not_sent_twice_and_an_agent_can_send_it_again(
    tmp_path: Path, token_env: None  # noqa: F811
) -> None:
    fake = await FakeBotApi(TOKEN).start()
    port = free_port()
    try:
        async with telegram_floor(tmp_path, fake, port, **TIMING) as server:
            ann = (await agents(server, ["ann"]))["ann"]
            assert await fake.deliver(text_update(7001, "My withdrawal is stuck", update_id=71)) == 200
            cid = await server.context.db.run(_conversation)
            fake.hold()  # Telegram takes the next reply and its answer never reaches this server
            await _reply(ann, cid, "We are looking into your withdrawal.", "u1")
            for _ in range(400):
                if fake.held == 1:
                    break
                await asyncio.sleep(0.05)
            assert fake.held == 1, "the reply never reached Telegram"
            await ann.close()
        # stopped mid-call: the customer has the message, the database does not know
        fake.release()
        assert [p["text"] for p in fake.sent()] == ["We are looking into your withdrawal."]

        async with telegram_floor(tmp_path, fake, port, **TIMING) as server:
            async def noted() -> list[str]:
                return _unknown_notes(await server.context.db.run(_thread, cid))

            for _ in range(400):
                if await noted():
                    break
                await _rounds(server, 1)
            [note] = await noted()
            assert "may or may not have reached the customer" in note and "Not resent" in note
            rows = await server.context.db.run(tg_repo.outbound_rows)
            assert [(r[2], r[3]) for r in rows] == [("We are looking into your withdrawal.", "unknown")]
            await _rounds(server, 3)
            assert len(fake.sent()) == 1  # not repeated by the new server

            ann = (await agents(server, ["ann"]))["ann"]
            await _reply(ann, cid, "It is confirmed now.", "u2")  # a new reply goes out as usual
            await fake.wait_sent(2)
            message_id = rows[0][0]
            with pytest.raises(RequestError) as refused:  # only a reply in doubt is sent again
                sent_row = (await server.context.db.run(tg_repo.outbound_rows))[1][0]
                await ann.request("telegram.resend", message_id=sent_row)
            assert refused.value.code == "conflict"
            with pytest.raises(RequestError) as missing:
                await ann.request("telegram.resend", message_id=999_999)
            assert missing.value.code == "not_found"
            result = await ann.request("telegram.resend", message_id=message_id)
            assert result == {"message_id": message_id, "state": "queued"}
            texts = [p["text"] for p in await fake.wait_sent(3)]
            assert texts.count("We are looking into your withdrawal.") == 2  # the agent's decision
            with pytest.raises(RequestError):  # and only once
                await ann.request("telegram.resend", message_id=message_id)
            await _rounds(server, 2)
            assert len(fake.sent()) == 3
            thread = await server.context.db.run(_thread, cid)
            assert [c for *_, c in thread if c == notes.TELEGRAM_RESENT] == [notes.TELEGRAM_RESENT]
            assert any("sent again on Telegram by" in b for *_, b, c in thread if c == notes.TELEGRAM_RESENT)

            def audited(session: Session) -> list[tuple[str | None, str | None]]:
                return [(a.actor, a.target) for a in session.scalars(
                    sa.select(db.AuditEntry).where(db.AuditEntry.action == "telegram.resend"))]

            assert await server.context.db.run(audited) == [("ann", str(message_id))]

            # no answer within the call's timeout: the same doubt, the same note, no second call
            fake.hold()
            await _reply(ann, cid, "Anything else?", "u3")
            for _ in range(400):
                if len(_unknown_notes(await server.context.db.run(_thread, cid))) == 2:
                    break
                await _rounds(server, 1)
            assert len(_unknown_notes(await server.context.db.run(_thread, cid))) == 2
            fake.release()
            await _rounds(server, 3)
            assert [p["text"] for p in fake.sent()].count("Anything else?") == 1
            states = [r[3] for r in await server.context.db.run(tg_repo.outbound_rows)]
            assert states == ["sent", "sent", "unknown"]
            await ann.close()
    finally:
        await fake.stop()


async def test_the_outbox_states_step_by_step(tmp_path: Path, token_env: None) -> None:  # noqa: F811
    fake = await FakeBotApi(TOKEN).start()
    port = free_port()
    try:
        async with telegram_floor(tmp_path, fake, port) as server:
            telegram = server.channels.telegram
            assert telegram is not None
            await telegram.sender.stop()  # this test moves the outbox by hand, with its own clock
            assert await fake.deliver(text_update(7002, "Hello", update_id=72)) == 200

            def two_replies(session: Session) -> None:
                conv = session.get(db.Conversation, _conversation(session))
                assert conv is not None
                customer = session.get(db.Customer, conv.customer_uid)
                assert customer is not None
                for body in ("first", "second"):
                    m, _ = tg_repo._add_message(
                        session, conv, customer, author_kind="agent", author="ann", author_name="Ann",
                        body=body, now=utcnow(),
                    )
                    tg_repo.queue(session, conv, customer, m)

            await server.context.db.run(two_replies)
            lease = timedelta(seconds=120)
            t0 = utcnow() + timedelta(seconds=1)

            def step(session: Session) -> dict[str, Any]:
                first, second = tg_repo.claim_due(session, t0, 20, lease)
                assert tg_repo.mark_calling(session, first, t0, lease)  # the first call goes out
                # ... and this sender stops: a lease later, another takes over
                later = t0 + lease + timedelta(seconds=1)
                retaken = tg_repo.claim_due(session, later, 20, lease)
                states = {r.text: (r.state, r.attempts) for r in session.scalars(sa.select(TelegramOutbound))}
                stale = tg_repo.mark_calling(session, second, later, lease)  # the old claim is fenced
                fresh = tg_repo.mark_calling(session, retaken[0], later, lease)
                return {
                    "retaken": [j.text for j in retaken], "states": states, "stale": stale, "fresh": fresh,
                    "thread": _thread(session, _conversation(session)),
                }

            out = await server.context.db.run(step)
            assert out["retaken"] == ["second"]  # claimed, never called: sent by the next sender
            assert out["states"] == {"first": ("unknown", 1), "second": ("sending", 2)}
            assert out["stale"] is False and out["fresh"] is True
            assert len(_unknown_notes(out["thread"])) == 1
    finally:
        await fake.stop()
