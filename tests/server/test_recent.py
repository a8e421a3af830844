"""The customers' recent messages kept from the events (``app/server/recent.py``): one read, then
the committed events; what it cannot place exactly makes it read again."""

from __future__ import annotations

import asyncio

import msgspec

from app.protocol.events import ConversationCreated, ConversationUpdated, MessageCreated, MessageUpdated
from app.server.recent import RecentMessages, Snapshot
from app.server.repos.repo_events import StoredEvent
from app.server.visibility import ConvScope
from tests.support.factories import conversation, message

UID = "10000042"


def event(seq: int, payload: msgspec.Struct, name: str, cid: int) -> StoredEvent:
    scope = ConvScope(cid, UID, "chat", 0, None, None)
    return StoredEvent(seq, name, b"", scope, UID, None, payload=payload)


def said(seq: int, mid: int, cid: int, body: str, *, kind: str = "customer") -> StoredEvent:
    msg = message(mid, cid, body, kind=kind, client_msg_id=f"c{mid}")
    conv = conversation(cid, last=msg)
    return event(seq, MessageCreated(message=msg, conversation=conv), "message.created", cid)


class Reads:
    def __init__(self, *snapshots: Snapshot) -> None:
        self.snapshots = list(snapshots)
        self.gate: asyncio.Event | None = None

    async def __call__(self) -> Snapshot:
        if self.gate is not None:
            await self.gate.wait()
        return self.snapshots.pop(0)


async def test_one_read_then_the_events() -> None:
    recent = RecentMessages(asyncio.get_running_loop(), window=3)
    reads = Reads(Snapshot(5, [(10, "a", "c10")], head=100))
    assert await recent.get(UID, reads) == [(10, "a", "c10")]
    recent.observe([said(100, 10, 5, "a"), said(101, 11, 5, "b"), said(102, 12, 5, "c", kind="agent")])
    recent.observe([said(103, 13, 5, "d"), said(104, 14, 5, "e")])
    assert await recent.get(UID, reads) == [(11, "b", "c11"), (13, "d", "c13"), (14, "e", "c14")]
    assert recent.loads == 1


async def test_events_during_the_read_are_applied_after_it() -> None:
    recent = RecentMessages(asyncio.get_running_loop(), window=6)
    reads = Reads(Snapshot(5, [(10, "a", "c10")], head=100))
    reads.gate = asyncio.Event()
    getting = asyncio.ensure_future(recent.get(UID, reads))
    await asyncio.sleep(0)
    recent.observe([said(100, 10, 5, "a"), said(101, 11, 5, "b")])  # 100 is in the read already
    reads.gate.set()
    assert await getting == [(10, "a", "c10"), (11, "b", "c11")]


async def test_a_redaction_replaces_the_stored_text() -> None:
    recent = RecentMessages(asyncio.get_running_loop(), window=6)
    await recent.get(UID, Reads(Snapshot(5, [(10, "half a seed", "c10")], head=1)))
    redacted = message(10, 5, "[redacted:seed_phrase]")
    updated = MessageUpdated(message=redacted, conversation=conversation(5, last=redacted))
    recent.observe([event(2, updated, "message.updated", 5)])
    assert await recent.get(UID, Reads()) == [(10, "[redacted:seed_phrase]", "c10")]


async def test_a_new_chat_starts_empty_and_what_it_cannot_place_reads_again() -> None:
    recent = RecentMessages(asyncio.get_running_loop(), window=6)
    reads = Reads(
        Snapshot(5, [(10, "a", "c10")], head=1),
        Snapshot(6, [(20, "x", "c20")], head=9),
        Snapshot(6, [(20, "x", "c20")], head=12),
    )
    await recent.get(UID, reads)
    recent.observe([event(2, ConversationCreated(conversation=conversation(6)), "conversation.created", 6)])
    assert await recent.get(UID, reads) == []
    resolved = conversation(6, status="resolved")
    recent.observe([event(3, ConversationUpdated(conversation=resolved), "conversation.updated", 6)])
    assert await recent.get(UID, reads) == [(20, "x", "c20")]  # forgotten: read again
    recent.observe([said(10, 30, 4, "in an older chat")])  # not the open one's: read again
    assert await recent.get(UID, reads) == [(20, "x", "c20")]
    assert recent.loads == 3
    recent.forget(UID)
    assert reads.snapshots == []
