"""The desk's session with inbox summaries, against the real server: the conversation on screen in
full, the rest of the inbox from ``summary`` frames (latest state, unread counted once, the desk's
notifications still told), a reconnect that resumes from the last summary, and a server without
subscriptions that simply keeps sending every event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.client import EventNotice, Session
from app.protocol.events import MessageCreated
from app.protocol.signals import Viewing
from app.server.registry import ROUTES
from app.store import STATUS_ANY, InboxQuery, Store, View
from tests.support.helpers import eventually, fast_config, memory_credentials, opened_store, until_online
from tests.support.server import CustomerClient, running_server

QUICK = {"summary_interval": 0.05}
HOUR = {"summary_interval": 3600.0}  # the test flushes the summary window itself


async def two_chats(store: Store) -> list[tuple[int, str]]:
    page = await store.query_inbox(InboxQuery(View.ALL, "alice", status=STATUS_ANY), 0, 500)
    found: dict[str, int] = {}
    for row in page.rows:
        if row.vip_tier == 0 and row.channel == "chat" and row.status != "resolved":
            found.setdefault(row.customer_uid, row.conversation_id)
    return [(cid, uid) for uid, cid in list(found.items())[:2]]


async def unread(store: Store, cid: int) -> int:
    detail = await store.get_conversation(cid)
    assert detail is not None
    return detail.row.unread_count


def subscribed(server: Any, cid: int) -> bool:
    return any(cid in c.subscription.open and c.subscription.summaries for c in server.context.hub.agents)


async def test_the_open_conversation_in_full_the_inbox_from_summaries(tmp_path: Path) -> None:
    async with running_server(tmp_path, **HOUR) as server, opened_store(tmp_path / "cache.sqlite3") as store:
        credentials = memory_credentials()
        session = Session(server.ws_url, store, credentials, config=fast_config())
        notices: list[EventNotice] = []
        session.events.connect(notices.append)
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        (open_cid, open_uid), (other_cid, other_uid) = await two_chats(store)
        await session.send_signal(Viewing(conversation_id=open_cid))
        await eventually(lambda: subscribed(server, open_cid), what="the subscription")
        before = await unread(store, other_cid)
        other = await CustomerClient.connect(server.ws_url, server.mint_customer_token(other_uid))
        acks = [await other.send(f"summarised {k}") for k in range(3)]
        viewer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(open_uid))
        in_full = await viewer.send("to the open conversation")

        server.context.hub.window.flush()  # the three in one summary

        async def inbox_caught_up() -> bool:
            detail = await store.get_conversation(other_cid)
            return detail is not None and detail.row.last_message_preview == "summarised 2"

        await eventually(inbox_caught_up, what="the inbox row from a summary")
        assert await unread(store, other_cid) == before + 3
        cached = {m.server_id for m in await store.messages(other_cid)}
        assert acks[-1]["message_id"] in cached and acks[0]["message_id"] not in cached  # bodies on open

        async def open_one_in_full() -> bool:
            return any(m.server_id == in_full["message_id"] for m in await store.messages(open_cid))

        await eventually(open_one_in_full, what="the open conversation's message")
        created = [n for n in notices if isinstance(n.payload, MessageCreated)]
        assert {n.payload.message.body for n in created if n.payload is not None} >= {
            "summarised 2", "to the open conversation"
        }
        resume = (await store.sync_state()).last_applied_seq
        assert resume >= acks[-1]["seq"]

        await session.stop()  # closed and opened again: it resumes from the last summary
        again = Session(server.ws_url, store, credentials, username="alice", config=fast_config())
        await again.start()  # the token from memory; the cache resumes where it stood
        await until_online(again)
        await other.send("while it was closed")

        async def caught_up_again() -> bool:
            server.context.hub.window.flush()
            detail = await store.get_conversation(other_cid)
            return detail is not None and detail.row.last_message_preview == "while it was closed"

        await eventually(caught_up_again, what="the inbox after a reconnect")
        assert await unread(store, other_cid) == before + 4  # nothing counted twice
        for c in (other, viewer):
            await c.close()
        await again.stop()


async def test_messages_written_before_subscribing_reach_the_open_thread(tmp_path: Path) -> None:
    """The customer writes twice while the desk's ``subscription.set`` for that conversation is
    still on its way: both messages go into the summary window, and the one summary that follows
    carries only the last. The desk has the conversation open, so it fetches the one it lacks —
    in the window, an exposed secret in the first message would otherwise never raise the alert."""
    async with running_server(tmp_path, **HOUR) as server, opened_store(tmp_path / "cache.sqlite3") as store:
        session = Session(server.ws_url, store, memory_credentials(), config=fast_config())
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        [(cid, uid), _] = await two_chats(store)
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        first = await customer.send("written before the desk subscribed")
        last = await customer.send("and a second one")
        await session.send_signal(Viewing(conversation_id=cid))
        await eventually(lambda: subscribed(server, cid), what="the subscription")

        server.context.hub.window.flush()  # the summary names both; it carries the last

        async def both_cached() -> bool:
            held = {m.server_id for m in await store.messages(cid)}
            return {first["message_id"], last["message_id"]} <= held

        await eventually(both_cached, what="the message the summary did not carry")
        await customer.close()
        await session.stop()


async def test_a_server_without_subscriptions_keeps_sending_every_event(tmp_path: Path) -> None:
    route = ROUTES.pop("subscription.set")  # the server of the build before subscriptions
    try:
        async with running_server(tmp_path, **QUICK) as server, \
                opened_store(tmp_path / "cache.sqlite3") as store:
            session = Session(server.ws_url, store, memory_credentials(), config=fast_config())
            await session.start()
            await session.login("alice", "demo")
            await until_online(session)
            [(cid, uid), _] = await two_chats(store)
            await eventually(lambda: not session._machine.summarising, what="the refusal")
            customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
            ack = await customer.send("an event, as before")

            async def in_full() -> bool:
                return any(m.server_id == ack["message_id"] for m in await store.messages(cid))

            await eventually(in_full, what="the message event")
            assert (await store.sync_state()).last_applied_seq >= ack["seq"]
            await customer.close()
            await session.stop()
    finally:
        ROUTES["subscription.set"] = route
