"""The write path over the wire (docs/server.md "The write path"): reads that never wait behind
writes, read-your-writes on one connection, the cached open chat and customer kept right (resolve,
reopen, reassignment, a tier change), the Core path's events equal to the ORM's views, in-flight
bounds and keepalive while requests wait, and the rate-limit flags."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.server.app import ChatServer
from app.server.cli import _parser
from tests.support.server import AgentClient, CustomerClient, running_server


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def chat_db(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """The Core chat path on each database: SQLite (running_server's default) and a fresh
    PostgreSQL database (the INSERT and the UPDATE in one statement there: ``repo_chat``)."""
    if request.param == "sqlite":
        yield {}
        return
    yield {"db_url": request.getfixturevalue("pg_url")}


@asynccontextmanager
async def writer_held(server: ChatServer) -> AsyncIterator[None]:
    """The database writer is busy (a request waiting on a gate) until the block ends."""
    gate, started = threading.Event(), threading.Event()

    def wait(_session: Session) -> None:
        started.set()
        gate.wait(30)

    held = server.context.db.submit(wait)
    assert await asyncio.to_thread(started.wait, 10)
    try:
        yield
    finally:
        gate.set()
        await held


async def queued(server: ChatServer, count: int) -> None:
    """Until ``count`` writes wait behind the held writer (polled: no fixed sleep to guess)."""
    for _ in range(1000):
        if server.context.db.queued() >= count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{count} writes were never queued ({server.context.db.queued()} are)")


async def regular_chat_customer(sam: AgentClient, skip: int = 0) -> str:
    convs = (await sam.request("inbox.snapshot", limit=500))["conversations"]
    uids = list(dict.fromkeys(
        c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] == 0 and c["customer"]["verified"]
    ))
    return uids[skip]


async def chatting(server: ChatServer, sam: AgentClient, skip: int = 0) -> CustomerClient:
    token = server.mint_customer_token(await regular_chat_customer(sam, skip))
    return await CustomerClient.connect(server.ws_url, token)


async def send_now(customer: CustomerClient, body: str, cmid: str) -> None:
    """A ``send`` frame, without waiting for its ack."""
    await customer.send_raw(json.dumps({"type": "send", "body": body, "client_msg_id": cmid}))


def is_created(f: dict[str, Any], body: str) -> bool:
    return f["type"] == "event" and f["name"] == "message.created" and f["data"]["message"]["body"] == body


async def created(agent: AgentClient, body: str, timeout: float = 5.0) -> dict[str, Any]:
    """The ``message.created`` event of ``body`` (its data)."""
    frame = await agent.wait_for(lambda f: is_created(f, body), timeout)
    return frame["data"]  # type: ignore[no-any-return]


async def test_agent_reads_are_answered_while_the_writer_is_busy(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        async with writer_held(server):
            snap = await alice.request("inbox.snapshot", limit=50, timeout=10)
            canned = await alice.request("canned.list", timeout=10)
            assert snap["conversations"] and canned["replies"]
        await alice.close()


async def test_a_read_right_after_a_write_on_the_same_connection_sees_it(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        convs = (await alice.request("inbox.snapshot", limit=50))["conversations"]
        cid = next(c["id"] for c in convs if c["channel"] == "chat")
        async with writer_held(server):  # both requests are in before the send can commit
            for rid, method, params in (
                (1001, "message.send", {"conversation_id": cid, "body": "ryw", "client_msg_id": "ryw-1"}),
                (1002, "conversation.messages", {"conversation_id": cid, "limit": 5}),
            ):
                req = {"type": "req", "id": rid, "method": method, "params": params}
                await alice.send_raw(json.dumps(req))
            await asyncio.sleep(0.2)
        sent = await alice.wait_for(lambda f: f.get("type") == "res" and f.get("id") == 1001)
        read = await alice.wait_for(lambda f: f.get("type") == "res" and f.get("id") == 1002)
        assert sent["ok"] and read["ok"]
        assert read["result"]["messages"][-1]["id"] == sent["result"]["message"]["id"]
        await alice.close()


async def test_a_customers_history_right_after_a_send_shows_it(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer = await chatting(server, sam)
        async with writer_held(server):
            await send_now(customer, "just now", "h-1")
            await queued(server, 1)  # the send waits behind the held writer
            await customer.send_raw(json.dumps({"type": "history", "limit": 5}))
            await asyncio.sleep(0.2)
        # Every frame until the history answer (a fixed quiet spell missed both on a loaded machine).
        frames = await customer.until(lambda f: f["type"] == "history_result")
        order = [f["type"] for f in frames if f["type"] in ("sent", "history_result")]
        assert order == ["sent", "history_result"]  # the ack first: history waited for the commit
        history = await customer.history(5)
        assert history["messages"][-1]["body"] == "just now"
        await customer.close()
        await sam.close()


async def test_the_core_path_event_equals_the_orm_views(tmp_path, chat_db, monkeypatch):
    """A customer with no chat yet: the first message opens one (the ORM path), the next takes the
    Core path, and its event shows what the ORM view shows."""
    core = spy_core_path(monkeypatch)
    async with running_server(tmp_path, **chat_db) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        customer = await chatting(server, sam)
        for body, path in (("first (the ORM path opens the chat)", False), ("second (the Core path)", True)):
            core.clear()
            ack = await customer.send(body)
            assert core == [path], core
            await same_as_the_orm_view(sam, body, ack)
        await customer.close()
        await sam.close()


async def test_a_first_message_to_an_open_chat_takes_the_core_path(tmp_path, chat_db, monkeypatch):
    """The writer has no hint for a customer it has not seen since it started: it looks their open
    chat up (one SELECT) and the very first message takes the Core path."""
    core = spy_core_path(monkeypatch)
    async with running_server(tmp_path, **chat_db) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        convs = (await sam.request("inbox.snapshot", limit=500))["conversations"]
        conv = next(c for c in convs if c["channel"] == "chat" and c["status"] == "open"
                    and c["customer"]["vip_tier"] == 0)
        token = server.mint_customer_token(conv["customer"]["uid"])
        customer = await CustomerClient.connect(server.ws_url, token)
        ack = await customer.send("my first message since the server started")
        assert core == [True], core
        event = await same_as_the_orm_view(sam, "my first message since the server started", ack)
        assert event["conversation"]["id"] == conv["id"]
        assert event["conversation"]["message_count"] == conv["message_count"] + 1
        await customer.close()
        await sam.close()


async def same_as_the_orm_view(sam: AgentClient, body: str, ack: dict[str, Any]) -> dict[str, Any]:
    event = await created(sam, body)
    assert event["message"]["id"] == ack["message_id"]
    conv_id = event["conversation"]["id"]
    now = (await sam.request("conversation.get", conversation_id=conv_id))["conversation"]
    assert event["conversation"] == now
    thread = await sam.request("conversation.messages", conversation_id=conv_id, limit=1)
    assert thread["messages"] == [event["message"]]
    return event


def spy_core_path(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each chat message took the Core path (``repo_chat.append`` stored it)."""
    from app.server.repos import repo_chat

    taken: list[bool] = []
    real_append = repo_chat.append

    def spy(*args: Any, **kwargs: Any) -> Any:
        result = real_append(*args, **kwargs)
        taken.append(isinstance(result, repo_chat.Appended))
        return result

    monkeypatch.setattr(repo_chat, "append", spy)
    return taken


async def test_a_resolved_chat_is_not_written_to_and_a_reopened_one_does_not_take_over(tmp_path, chat_db):
    async with running_server(tmp_path, **chat_db) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        token = server.mint_customer_token(await regular_chat_customer(sam))
        first = await CustomerClient.connect(server.ws_url, token)
        second = await CustomerClient.connect(server.ws_url, token)
        await first.send("one")
        await first.send("two")
        old = (await created(sam, "two"))["conversation"]["id"]
        await sam.request("conversation.update", conversation_id=old, status="resolved")
        await second.send("three (another connection of the same customer)")
        new_event = await created(sam, "three (another connection of the same customer)")
        new = new_event["conversation"]["id"]
        assert new != old and new_event["conversation"]["status"] == "open"
        await first.send("four")  # the first connection follows the new chat
        assert (await created(sam, "four"))["conversation"]["id"] == new
        await sam.request("conversation.update", conversation_id=old, status="open")
        await first.send("five")  # the newest open chat, as before the cache
        assert (await created(sam, "five"))["conversation"]["id"] == new
        bodies = [m["body"] for m in (await first.history(20))["messages"]]
        assert bodies.count("three (another connection of the same customer)") == 1  # the stale try undone
        for c in (first, second):
            await c.close()
        await sam.close()


async def test_a_reassignment_and_a_tier_change_reach_the_next_message(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        for agent in (sam, alice, vera):
            await agent.sync(agent.welcome["head"])
        uid = await regular_chat_customer(sam, skip=1)
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.send("before")
        conv = (await created(alice, "before"))["conversation"]["id"]
        await customer.send("before, the Core path")
        await created(alice, "before, the Core path")
        await sam.request("conversation.update", conversation_id=conv, assignee="vera")
        await customer.send("after the reassignment")
        seen_by_vera = await created(vera, "after the reassignment")  # a VIP manager sees it: assigned
        assert seen_by_vera["conversation"]["assignee"] == "vera"
        await sam.request("conversation.update", conversation_id=conv, assignee=None)
        await sam.request("customer.set", uid=uid, vip_tier=3)
        await customer.send("after the tier change")
        event = await created(sam, "after the tier change")
        assert event["conversation"]["customer"]["vip_tier"] == 3
        late = [e for e in await alice.events(0.5) if e["name"] == "message.created"]
        assert all(e["data"]["message"]["body"] != "after the tier change" for e in late)  # not hers now
        for c in (customer, sam, alice, vera):
            await c.close()


async def test_too_many_frames_in_flight_are_refused_and_pongs_are_still_read(tmp_path):
    async with running_server(tmp_path, max_in_flight=20) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer = await chatting(server, sam)
        async with writer_held(server):
            for k in range(24):  # more than websockets' own read queue (16) and than max_in_flight
                await send_now(customer, f"burst {k}", f"b-{k}")
            pong = await customer.ws.ping()
            await asyncio.wait_for(pong, 5)  # answered while every send still waits for the writer
            refused = await customer.wait_for(lambda f: f["type"] == "error", 5)
            assert refused["code"] == "rate_limited" and "in flight" in refused["message"]
        frames = await customer.drain(0.5)
        acked = [f["client_msg_id"] for f in frames if f["type"] == "sent"]
        assert acked == [f"b-{k}" for k in range(20)]  # in order, each once; the rest was refused
        await customer.close()
        await sam.close()


def test_the_rate_limit_flags_raise_the_limit() -> None:
    args = _parser().parse_args(["--rate-limit-per-second", "5000", "--rate-limit-burst", "8000"])
    assert (args.rate_limit_per_second, args.rate_limit_burst) == (5000.0, 8000)
    defaults = _parser().parse_args([])
    assert (defaults.rate_limit_per_second, defaults.rate_limit_burst) == (20.0, 60)


def test_the_rate_limit_flags_refuse_nonsense(capsys) -> None:  # type: ignore[no-untyped-def]
    import pytest

    for bad in (["--rate-limit-per-second", "0"], ["--rate-limit-burst", "-3"], ["--rate-limit-burst", "x"]):
        with pytest.raises(SystemExit) as exc:
            _parser().parse_args(bad)
        assert exc.value.code == 2
    assert "must be greater than 0" in capsys.readouterr().err


async def test_a_raised_limit_lets_a_load_test_burst(tmp_path):
    limits = {"rate_limit_per_second": 10_000, "rate_limit_burst": 10_000, "max_in_flight": 1_000}
    async with running_server(tmp_path, **limits) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer = await chatting(server, sam)
        for k in range(150):  # over the default burst of 60, sent without waiting
            await send_now(customer, f"fast {k}", f"f-{k}")
        frames: list[dict[str, Any]] = []
        while sum(f["type"] == "sent" for f in frames) < 150:
            frames.append(await customer.next_frame(10))
            assert frames[-1]["type"] != "error", frames[-1]
        await customer.close()
        await sam.close()


async def test_a_secret_split_over_two_pipelined_messages_is_redacted_in_both(tmp_path):
    """The second half arrives before the first is committed (the writer is busy): the guard sees
    the first from the connection's unanswered sends, and the writer redacts it by its
    client_msg_id once it is stored — in the same order the customer sent them."""
    from tests.server.test_guard_integration import SPLIT_SEED

    words = SPLIT_SEED.split()
    first, second = " ".join(words[:6]), " ".join(words[6:])
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer = await chatting(server, sam)
        await customer.sync(customer.welcome["head"])
        async with writer_held(server):
            await send_now(customer, f"my words: {first}", "pipe-1")
            await send_now(customer, second, "pipe-2")
            await queued(server, 2)  # both scanned and queued while the first is not committed
        acks = [await customer.wait_for(lambda f: f["type"] in ("sent", "error"), 10) for _ in range(2)]
        assert [f.get("client_msg_id") for f in acks] == ["pipe-1", "pipe-2"], acks
        history = await customer.history(10)
        mine = [m for m in history["messages"] if m["client_msg_id"] in ("pipe-1", "pipe-2")]
        bodies = {m["client_msg_id"]: m["body"] for m in mine}
        assert set(bodies) == {"pipe-1", "pipe-2"}
        assert bodies["pipe-1"] == "my words: [redacted:seed_phrase]"
        assert all(w not in m["body"] for m in mine for w in words if len(w) > 5)
        await customer.close()
        await sam.close()


async def test_a_retried_send_on_the_core_path_is_stored_once(tmp_path, chat_db):
    """The Core path checks idempotency in its INSERT (``repo_chat``): a retry of a message to the
    cached open chat — the same ``client_msg_id``, after the ack or queued in the same batch — is
    answered with the stored message, and stored once."""
    async with running_server(tmp_path, **chat_db) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer = await chatting(server, sam)
        await customer.send("the writer learns the chat", "retry-0")
        first = await customer.send("once", "retry-1")
        again = await customer.send("once", "retry-1")
        assert (again["message_id"], again["seq"]) == (first["message_id"], first["seq"])
        async with writer_held(server):  # both in one batch: the second sees the first's row
            await send_now(customer, "twice queued", "retry-2")
            await send_now(customer, "twice queued", "retry-2")
            await queued(server, 2)
        acks = [await customer.wait_for(lambda f: f["type"] in ("sent", "error"), 10) for _ in range(2)]
        assert [a["type"] for a in acks] == ["sent", "sent"], acks
        assert acks[0]["message_id"] == acks[1]["message_id"]
        history = await customer.history(20)
        ids = [m["client_msg_id"] for m in history["messages"]]
        assert ids.count("retry-1") == 1 and ids.count("retry-2") == 1
        await customer.close()
        await sam.close()


async def test_the_core_path_reads_routing_and_breaches_as_the_orm_view(tmp_path, chat_db, monkeypatch):
    """The Core path reads the chat's routing row and its SLA breaches in the ``UPDATE``'s
    ``RETURNING`` (``repo_chat._TOUCH``): a breach of each *current* due time counts, in the order
    they were recorded, and one of an earlier due time does not — as ``conversation.get`` says."""
    from datetime import timedelta

    from app.server.db.schema import Conversation
    from app.server.db.schema_sla import SlaBreach
    core = spy_core_path(monkeypatch)
    async with running_server(tmp_path, **chat_db) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        customer = await chatting(server, sam)
        await customer.send("learns the chat")
        conv_id = (await created(sam, "learns the chat"))["conversation"]["id"]

        def breach(session: Session) -> None:
            conv = session.get(Conversation, conv_id)
            assert conv is not None and conv.first_response_due and conv.resolution_due
            at = conv.created_at
            session.add(SlaBreach(conversation_id=conv_id, kind="first_response",
                                  due_at=conv.first_response_due - timedelta(hours=1), breached_at=at))
            session.add(SlaBreach(conversation_id=conv_id, kind="resolution", due_at=conv.resolution_due,
                                  breached_at=at))
            session.flush()
            session.add(SlaBreach(conversation_id=conv_id, kind="first_response",
                                  due_at=conv.first_response_due, breached_at=at))

        await server.context.db.run(breach)
        core.clear()
        await customer.send("after the breaches (Core path)")
        event = await created(sam, "after the breaches (Core path)")
        assert core == [True]  # it was the Core path
        assert event["conversation"]["sla_breached"] == ["resolution", "first_response"]
        now = (await sam.request("conversation.get", conversation_id=conv_id))["conversation"]
        assert event["conversation"] == now
        assert now["team"] is not None  # the demo routes chats: routing's row was read too
        await customer.close()
        await sam.close()
