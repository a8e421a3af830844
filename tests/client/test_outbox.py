"""The outbox with a scripted server: order, exactly once, failure codes, restarts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.client.errors import ConnectionLost, RequestFailed, RequestTimeout
from app.client.outbox import RETRY_LIMITS, Outbox
from app.protocol.types import Message
from app.store import OutboxItem, Store
from tests.support.factories import conversation, message
from tests.support.helpers import opened_store, with_store


class ScriptedServer:
    """Answers ``message.send`` like the real server (idempotent on client_msg_id) unless a
    scripted failure is due for that body."""

    def __init__(self) -> None:
        self.calls: list[str] = []  # client_msg_ids, one per attempt
        self.stored: dict[str, Message] = {}
        self.failures: dict[str, list[Exception]] = {}
        self.online = True
        self._ids = iter(range(1000, 10_000))

    def fail(self, body: str, *errors: Exception) -> None:
        self.failures.setdefault(body, []).extend(errors)

    async def send(self, item: OutboxItem) -> Message:
        self.calls.append(item.client_msg_id)
        pending = self.failures.get(item.body)
        if pending:
            error = pending.pop(0)
            if isinstance(error, RequestTimeout):  # the server got it; only the answer was lost
                self._store(item)
            raise error
        return self._store(item)

    def _store(self, item: OutboxItem) -> Message:
        if item.client_msg_id not in self.stored:
            self.stored[item.client_msg_id] = message(next(self._ids), item.conversation_id, item.body,
                                                      kind="agent", author="alice",
                                                      client_msg_id=item.client_msg_id,
                                                      internal=item.internal)
        return self.stored[item.client_msg_id]


async def no_sleep(_: float) -> None:
    return None


def outbox(store: Store, server: ScriptedServer, online: Callable[[], bool] | None = None) -> Outbox:
    return Outbox(store, server.send, is_online=online or (lambda: server.online), sleep=no_sleep)


async def enqueue(store: Store, body: str, cid: int = 1, internal: bool = False) -> int:
    item = await store.enqueue_message(cid, body, internal=internal, client_msg_id=f"cm-{body}",
                                       author="alice", author_name="Alice")
    return item.message_local_id


@with_store
async def test_replies_are_delivered_in_order_exactly_once(store: Store) -> None:
    await store.apply_snapshot([conversation(1)], head=1)
    server = ScriptedServer()
    server.fail("two", RequestTimeout("message.send", 1.0))  # stored, but the answer was lost
    queued: list[int] = []
    store.outbox_changed.connect(queued.append)
    for body in ("one", "two", "three"):
        await enqueue(store, body)
    assert queued[-1] == 3
    shown = await store.messages(1)
    assert [(m.body, m.delivery_state) for m in shown][-3:] == [("one", "sending"), ("two", "sending"),
                                                               ("three", "sending")]
    await outbox(store, server).deliver_pending()
    assert server.calls == ["cm-one", "cm-two", "cm-two", "cm-three"]  # same id on the retry
    assert [m.body for m in server.stored.values()] == ["one", "two", "three"]
    shown = await store.messages(1)
    assert [(m.body, m.delivery_state) for m in shown][-3:] == [("one", "sent"), ("two", "sent"),
                                                               ("three", "sent")]
    assert queued[-1] == 0 and await store.outbox_pending() == 0


@with_store
async def test_refused_replies_fail_with_the_servers_reason_and_are_not_retried(store: Store) -> None:
    server = ScriptedServer()
    server.fail("send me your seed phrase", RequestFailed("blocked", "asks_seed_phrase"))
    server.fail("to a closed chat", RequestFailed("forbidden", "not your conversation"))
    server.fail("x" * 3, RequestFailed("bad_request", "invalid params"))
    server.fail("gone", RequestFailed("not_found", "no such conversation"))
    server.fail("from the future", RequestFailed("brand_new_code", "?"))
    bodies = ["send me your seed phrase", "to a closed chat", "xxx", "gone", "from the future", "fine"]
    local = [await enqueue(store, body) for body in bodies]
    await outbox(store, server).deliver_pending()
    assert len(server.calls) == len(bodies)  # one attempt each: nothing retried
    views = {m.local_id: m for m in await store.messages(1)}
    assert [(views[i].delivery_state, views[i].failure_code) for i in local] == [
        ("failed", "blocked"), ("failed", "forbidden"), ("failed", "bad_request"), ("failed", "not_found"),
        ("failed", "brand_new_code"), ("sent", None)]
    assert views[local[0]].failure_reason == "asks_seed_phrase"
    failed = await store.outbox_items("failed")
    assert [i.last_error for i in failed] == ["blocked", "forbidden", "bad_request", "not_found",
                                              "brand_new_code"]
    # the agent edits nothing and retries by hand: the item goes back to the queue, same id
    assert await store.outbox_retry_failed(local[1])
    again = {m.local_id: m for m in await store.messages(1)}[local[1]]
    assert (again.delivery_state, again.failure_code) == ("sending", None)
    await outbox(store, server).deliver_pending()
    assert server.calls[-1] == "cm-to a closed chat"
    assert not await store.outbox_retry_failed(local[-1])  # sent replies cannot be "retried"


@with_store
async def test_transient_errors_are_retried_but_not_forever(store: Store) -> None:
    server = ScriptedServer()
    limit = RETRY_LIMITS["internal"]
    server.fail("flaky", RequestFailed("internal", "db hiccup"), RequestFailed("rate_limited", "slow down"))
    server.fail("broken", *[RequestFailed("internal", "db down")] * (limit + 5))
    flaky, broken, after = [await enqueue(store, body) for body in ("flaky", "broken", "after")]
    await outbox(store, server).deliver_pending()
    assert server.calls.count("cm-flaky") == 3
    assert server.calls.count("cm-broken") == limit
    views = {m.local_id: m for m in await store.messages(1)}
    assert views[flaky].delivery_state == "sent"
    assert (views[broken].delivery_state, views[broken].failure_code) == ("failed", "internal")
    assert views[after].delivery_state == "sent"  # one broken reply does not block the others


@with_store
async def test_offline_replies_wait_and_keep_their_order(store: Store) -> None:
    server = ScriptedServer()
    server.online = False
    for body in ("a", "b"):
        await enqueue(store, body)
    box = outbox(store, server)
    await box.deliver_pending()
    assert server.calls == []
    server.online = True
    server.fail("a", ConnectionLost())  # the link drops mid-request: not counted as an attempt
    await box.deliver_pending()
    assert [(i.client_msg_id, i.attempts, i.state) for i in await store.outbox_items()] == [
        ("cm-a", 0, "queued"), ("cm-b", 0, "queued")]
    await box.deliver_pending()
    assert server.calls == ["cm-a", "cm-a", "cm-b"]
    assert await store.outbox_pending() == 0


async def test_a_reply_in_flight_when_the_app_died_is_sent_again_once(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    server = ScriptedServer()
    async with opened_store(path) as store:
        await enqueue(store, "first")
        await enqueue(store, "second")
        item = await store.outbox_next()
        assert item is not None and await store.outbox_mark_inflight(item.id)
        await server.send(item)  # reached the server; the app is killed before the answer
    async with opened_store(path) as store:  # the app starts again
        assert [(i.client_msg_id, i.state) for i in await store.outbox_items()] == [
            ("cm-first", "queued"), ("cm-second", "queued")]
        await outbox(store, server).deliver_pending()
        assert [m.body for m in server.stored.values()] == ["first", "second"]  # once each
        assert [m.delivery_state for m in await store.messages(1)] == ["sent", "sent"]


@with_store
async def test_the_echo_can_confirm_a_reply_before_the_answer(store: Store) -> None:
    from tests.support.factories import posted

    local = await enqueue(store, "hello")
    item = await store.outbox_next()
    assert item is not None
    echo = message(77, 1, "hello", kind="agent", author="alice", client_msg_id="cm-hello")
    await store.apply_event(3, posted(echo, conversation(1)))
    views = await store.messages(1)
    assert [(m.local_id, m.server_id, m.delivery_state) for m in views] == [(local, 77, "sent")]
    assert await store.outbox_next() is None  # delivered: nothing left to send
    server = ScriptedServer()
    await outbox(store, server).deliver_pending()
    assert server.calls == []
