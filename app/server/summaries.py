"""Coalesced inbox summaries for the desks that asked for them (``inbox: "summaries"``).

Every change to a conversation (an event that carries the conversation as it now is) goes into one
window shared by all desks: per conversation, its latest state, the ids of the customer's
messages among the changes, and who was told in particular (``notify``: a previous assignee).
``interval`` (~250 ms) after the first change the window is flushed: for each agent, the
conversations it may see (by their latest facts, or because it was notified) make one ``summary``
frame — encoded once per distinct set of conversations, each entry encoded once — written to
every live summary connection of that agent. A desk therefore gets at most one summary frame per
interval however many conversations are busy, and the frame carries the latest state of each.

``head`` in the frame is the last seq published when it was flushed: every change up to it that
the desk may see has reached it (in full for its open conversations, in this or an earlier summary
for the rest), so it is where the desk's next ``sync`` may start.

The interval stretches on a busy floor (session 6): a round costs one socket write per desk it
reaches (~40 µs each on a 2-core machine), the loop's biggest cost at 1,500 desks. After each round
the next interval is ``written / writes_per_second`` (so summary writes stay near that budget),
never shorter than ``interval`` and never longer than ``max_interval`` (kept so that a change
still reaches every desk within the 500 ms inbox target). Fewer rounds, not fewer conversations:
each round still carries the latest state of everything that changed.

For a desk that asks for it (``subscription.set`` with ``compact: true``; the AgentDesk desk does),
the entries leave out the fields that hold their declared default (session 7). At
2,500 desks a round with 20 busy chats was a 23 KB frame per desk — 150 MB/s of socket writes at
200 msg/s, the loop's biggest cost — and about a third of each entry was ``null``, ``[]`` and
``false``. A msgspec decoder (the desk's ``frames.Summary``) fills every left-out field back with
its default, so what the desk decodes is equal to the full entry. It is asked for, not imposed: a
client written against the full entries keeps getting them. Entries are encoded once per change and
form (full, compact), not per desk, so the extra walk costs nothing per desk.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import msgspec
import msgspec.structs

from app.protocol import codec
from app.protocol.events import ConversationEvent, MessageCreated, MessageUpdated
from app.protocol.frames import ConversationSummary
from app.protocol.types import Conversation
from app.server.repos.repo_events import StoredEvent
from app.server.visibility import ConvScope, can_see

if TYPE_CHECKING:
    from app.server.hub import Hub


@dataclass(frozen=True, slots=True)
class Change:
    """What one event says about its conversation, for a summary."""

    conversation: Conversation
    customer_message: int | None  # the id of a customer's new message, if it is one


def summarised(ev: StoredEvent) -> Change | None:
    """The event as a summary change, or ``None`` if it goes out in full to every desk that may
    see it (it is about no conversation, or it is an alert)."""
    if ev.scope is None:
        return None
    payload = ev.payload
    if isinstance(payload, MessageCreated):
        msg = payload.message
        from_customer = msg.author_kind == "customer" and not msg.internal
        return Change(payload.conversation, msg.id if from_customer else None)
    if isinstance(payload, _CARRY_THE_CONVERSATION):
        return Change(payload.conversation, None)
    return None


#: the routine changes a summary stands for; alerts (``sla.breached``, ``callback.due`` /
#: ``callback.missed``, ``vip.alert``) and events about no conversation always go out in full
_CARRY_THE_CONVERSATION = (MessageUpdated, ConversationEvent)


@dataclass(slots=True)
class _Pending:
    scope: ConvScope
    conversation: Conversation
    customer_messages: list[int] = field(default_factory=list)
    notify: set[str] = field(default_factory=set)
    created: bool = False
    encoded: msgspec.Raw | None = None  # the full entry
    encoded_compact: msgspec.Raw | None = None  # without default fields (``compact`` subscribers)

    def entry(self, short: bool) -> msgspec.Raw:
        if short:
            if self.encoded_compact is None:
                self.encoded_compact = compact(self._summary())
            return self.encoded_compact
        if self.encoded is None:
            self.encoded = codec.to_raw(self._summary())
        return self.encoded

    def _summary(self) -> ConversationSummary:
        return ConversationSummary(
            conversation=self.conversation, customer_messages=self.customer_messages, created=self.created
        )


_compact_encoder = msgspec.json.Encoder()
_FieldPlan = tuple[tuple[str, str, Any, Any], ...]  # (name, encode_name, default, default_factory)
_plans: dict[type, _FieldPlan | None] = {}


def compact(value: msgspec.Struct) -> msgspec.Raw:
    """``value`` encoded without the fields that hold their declared default, at any depth: decoded
    as its type it is equal to ``value`` (a field left out takes its default back)."""
    return msgspec.Raw(_compact_encoder.encode(_without_defaults(value)))


def _plan(cls: type) -> _FieldPlan | None:
    """How to walk a struct type; ``None``: encode it as it is (array-like or tagged: rare, and
    their layout is not a plain object of fields)."""
    if cls not in _plans:
        config = cls.__struct_config__  # type: ignore[attr-defined]
        if config.array_like or config.tag_field is not None:
            _plans[cls] = None
        else:
            _plans[cls] = tuple(
                (f.name, f.encode_name, f.default, f.default_factory) for f in msgspec.structs.fields(cls)
            )
    return _plans[cls]


def _without_defaults(value: Any) -> Any:
    if isinstance(value, msgspec.Struct):
        plan = _plan(type(value))
        if plan is None:
            return value
        out: dict[str, Any] = {}
        for name, encode_name, default, factory in plan:
            v = getattr(value, name)
            if default is not msgspec.NODEFAULT:
                if v == default and type(v) is type(default):
                    continue
            elif factory is not msgspec.NODEFAULT and not v and v == factory():
                continue
            out[encode_name] = _without_defaults(v)
        return out
    if isinstance(value, list | tuple):
        return [_without_defaults(v) for v in value]
    return value


def next_interval(written: int, shortest: float, longest: float, writes_per_second: float) -> float:
    """The wait before the next round after one that wrote ``written`` frames: long enough to keep
    summary writes near ``writes_per_second``, within ``[shortest, longest]``."""
    if writes_per_second <= 0 or longest <= shortest:
        return shortest
    return min(longest, max(shortest, written / writes_per_second))


class SummaryWindow:
    def __init__(
        self,
        hub: Hub,
        loop: asyncio.AbstractEventLoop,
        interval: float,
        max_interval: float | None = None,
        writes_per_second: float = 0.0,
    ) -> None:
        self._hub = hub
        self._loop = loop
        self.interval = interval  # the shortest wait, on a quiet floor
        self.max_interval = interval if max_interval is None else max(interval, max_interval)
        self.writes_per_second = writes_per_second  # 0: never stretch
        self.current_interval = interval  # the wait the next round's timer takes
        self._pending: dict[int, _Pending] = {}
        self._timer: asyncio.TimerHandle | None = None
        self.frames_sent = 0  # summary frames queued to desks (figures and tests)
        self.rounds = 0  # rounds that wrote at least one frame

    def add(self, ev: StoredEvent, change: Change) -> None:
        assert ev.scope is not None
        cid = ev.scope.conversation_id
        pending = self._pending.get(cid)
        if pending is None:
            pending = self._pending[cid] = _Pending(ev.scope, change.conversation)
        else:
            pending.scope, pending.conversation = ev.scope, change.conversation
            pending.encoded = pending.encoded_compact = None
        if change.customer_message is not None:
            pending.customer_messages.append(change.customer_message)
        if ev.notify is not None:
            pending.notify.add(ev.notify)
        if ev.name == "conversation.created":
            pending.created = True
        if self._timer is None:
            self._timer = self._loop.call_later(self.current_interval, self.flush)

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        pending, self._pending = self._pending, {}
        if not pending:
            return
        head = self._hub.head
        frames: dict[tuple[bool, tuple[int, ...]], bytes] = {}
        written = 0
        for group in self._hub.groups():
            live = [c for c in group.summaries if c.cursor.live]
            if not live:
                continue
            agent = group.principal
            everything = agent.role == "supervisor"
            visible = tuple(
                cid
                for cid, p in pending.items()
                if everything or agent.username in p.notify or can_see(agent, p.scope)
            )
            if not visible:
                continue
            for short in (True, False):  # compact entries, whole entries
                conns = [c for c in live if c.subscription.compact == short]
                if not conns:
                    continue
                frame = frames.get((short, visible))
                if frame is None:
                    entries = [pending[cid].entry(short) for cid in visible]
                    frame = frames[short, visible] = codec.summary_frame(head, entries)
                outboxes = [c.outbox for c in conns]
                outboxes[0].flusher.put_many(outboxes, frame)
                for conn in conns:
                    cursor = conn.cursor
                    if cursor.last_seq < head:
                        cursor.last_seq = head
            written += len(live)
        self.frames_sent += written
        self.rounds += written > 0
        self.current_interval = next_interval(
            written, self.interval, self.max_interval, self.writes_per_second
        )

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._pending.clear()
