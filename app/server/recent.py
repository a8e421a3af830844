"""Each chatting customer's recent messages, kept on the loop from the committed events: what the
guard reads before every chat message (a secret split over messages), without a database read.

Per customer who has sent on a connection that is still open: the id of their open chat (the
newest one not resolved) and its last ``window`` customer messages — ``(id, stored body,
client_msg_id)`` — as committed. The first send reads them once (``load``: the chat, its messages
and the log's head in one snapshot); from then on the writer's events keep them, observed right
after each commit and before the batch is answered (``DbExecutor.on_committed``), so a message is
in here before its sender hears it was stored:

- ``message.created`` of a customer's message in a chat: appended (a newer chat starts a new list);
- ``message.updated``: the stored body replaced (a split secret redacted after the fact);
- ``conversation.created`` of a chat: a new, empty list;
- anything this cannot place exactly — the chat resolved (an older one may still be open), an
  older chat reopened, a message in another chat — forgets the customer: the next send reads again.

Events published while the first read is under way are kept and those above its head applied
after it, as a ``sync`` does. A customer is forgotten when their last connection leaves.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from app.protocol.events import ConversationEvent, MessageCreated, MessageUpdated
from app.server.repos.repo_events import StoredEvent

Message = tuple[int, str, str | None]  # (id, stored body, client_msg_id)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One read: the customer's open chat (or ``None``), its latest customer messages oldest
    first, and the log's head in the same snapshot."""

    conversation_id: int | None
    messages: list[Message]
    head: int


@dataclass(slots=True)
class _Customer:
    ready: asyncio.Future[None]
    conversation_id: int | None = None
    messages: deque[Message] = field(default_factory=deque)
    head: int = 0
    waiting: list[StoredEvent] | None = field(default_factory=list)  # events seen during the load


class RecentMessages:
    def __init__(self, loop: asyncio.AbstractEventLoop, window: int) -> None:
        self._loop = loop
        self.window = window
        self._customers: dict[str, _Customer] = {}
        self.loads = 0  # reads made (figures and tests)

    async def get(self, uid: str, load: Callable[[], Awaitable[Snapshot]]) -> list[Message]:
        """The customer's recent messages, oldest first (``load`` reads them when not known)."""
        found = self._customers.get(uid)
        if found is not None:
            await asyncio.shield(found.ready)
            if self._customers.get(uid) is found:
                return list(found.messages)
            return await self.get(uid, load)  # forgotten meanwhile: read again
        entry = _Customer(ready=self._loop.create_future())
        self._customers[uid] = entry
        try:
            snapshot = await load()
        except BaseException:
            if self._customers.get(uid) is entry:
                del self._customers[uid]
            entry.ready.set_result(None)
            raise
        self.loads += 1
        entry.conversation_id = snapshot.conversation_id
        entry.messages = deque(snapshot.messages[-self.window :], maxlen=self.window)
        entry.head = snapshot.head
        waiting, entry.waiting = entry.waiting or [], None
        for ev in waiting:
            if self._customers.get(uid) is entry:
                self._apply(uid, entry, ev)
        entry.ready.set_result(None)
        if self._customers.get(uid) is not entry:
            return await self.get(uid, load)
        return list(entry.messages)

    def forget(self, uid: str) -> None:
        self._customers.pop(uid, None)

    def observe(self, events: list[StoredEvent]) -> None:
        """The events of a batch just committed (on the loop, before its answers)."""
        if not self._customers:
            return
        for ev in events:
            uid = ev.customer_uid
            entry = self._customers.get(uid) if uid is not None else None
            if entry is None:
                continue
            assert uid is not None
            if entry.waiting is not None:
                entry.waiting.append(ev)
            else:
                self._apply(uid, entry, ev)

    def _apply(self, uid: str, entry: _Customer, ev: StoredEvent) -> None:
        if ev.seq <= entry.head:
            return  # already in the read
        entry.head = ev.seq
        payload = ev.payload
        if isinstance(payload, MessageCreated):
            msg, conv = payload.message, payload.conversation
            if conv.channel != "chat" or msg.author_kind != "customer" or msg.internal:
                return
            if entry.conversation_id is None or conv.id > entry.conversation_id:
                entry.conversation_id, entry.messages = conv.id, deque(maxlen=self.window)
            elif conv.id != entry.conversation_id:
                self.forget(uid)  # a message in an older chat: which one is open is not ours to guess
                return
            entry.messages.append((msg.id, msg.body, msg.client_msg_id))
        elif isinstance(payload, MessageUpdated):
            msg = payload.message
            entry.messages = deque(
                ((i, msg.body if i == msg.id else b, c) for i, b, c in entry.messages), maxlen=self.window
            )
        elif isinstance(payload, ConversationEvent):
            conv = payload.conversation
            if conv.channel != "chat":
                return
            newer = entry.conversation_id is None or conv.id > entry.conversation_id
            if ev.name == "conversation.created" and newer:
                entry.conversation_id, entry.messages = conv.id, deque(maxlen=self.window)
            elif conv.id == entry.conversation_id and conv.status != "resolved":
                return  # the open chat changed otherwise: its messages did not
            else:
                self.forget(uid)
