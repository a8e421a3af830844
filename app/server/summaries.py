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

A desk that reads slowly skips rounds (session 9). Summaries are state, not a stream: a desk
needs the latest state of what changed, not every round's copy of it. Before, every round queued
one more frame to every desk, so a desk that fell behind reading (a busy machine, a slow link) had
round after round held for it by the server, up to the outbox's 16 MiB, until it was closed 1008
"too slow" — the 5-minute soak at 2,500 desks held 640 MB and closed 270 desks that way. Now a
desk with more than ``skip_bytes`` not taken yet (in its transport or still queued: its last
frame has not left) gets nothing this round; what it would have got is kept for it (``_owed``:
per conversation, the latest entry and the customer's message ids of every round it missed) and
goes out in its next round that finds it drained, merged with that round's changes, under that
round's ``head``. Its cursor does not move while it skips, so ``head`` stays true: everything up
to it that the desk may see has reached it. What the server holds for such a desk is about
``skip_bytes`` plus one frame (and its open conversations' events, bounded by the outbox as
before) however long it lags; it is closed only if it stops draining altogether (the outbox's
stall rule, ``coalesced``). A desk that keeps up is never owed anything: its rounds are exactly
as before.
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
    from app.server.connection import AgentConn
    from app.server.hub import Hub

#: a desk whose transport holds more than this unsent skips the round (about two rounds' frames at
#: 2,500 desks, where a compact frame is ~15–18 KB)
SKIP_BYTES = 32 * 1024


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

    def then(self, newer: _Pending) -> _Pending:
        """This entry (a round a desk skipped) followed by ``newer``: the latest state, every
        customer message of both, created in either."""
        return _Pending(
            newer.scope,
            newer.conversation,
            self.customer_messages + newer.customer_messages,
            self.notify | newer.notify,
            self.created or newer.created,
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
        skip_bytes: int = SKIP_BYTES,
    ) -> None:
        self._hub = hub
        self._loop = loop
        self.interval = interval  # the shortest wait, on a quiet floor
        self.max_interval = interval if max_interval is None else max(interval, max_interval)
        self.writes_per_second = writes_per_second  # 0: never stretch
        self.current_interval = interval  # the wait the next round's timer takes
        self.skip_bytes = skip_bytes  # a desk holding more unsent than this skips the round
        self._pending: dict[int, _Pending] = {}
        self._owed: dict[AgentConn, dict[int, _Pending]] = {}  # what desks that skipped still need
        self._timer: asyncio.TimerHandle | None = None
        self.frames_sent = 0  # summary frames queued to desks (figures and tests)
        self.rounds = 0  # rounds that wrote at least one frame
        self.skipped = 0  # (desk, round)s skipped because the desk had not taken its last frame

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

    def owed(self, conn: AgentConn) -> int:
        """How many conversations ``conn`` is owed by the rounds it skipped (tests, figures)."""
        return len(self._owed.get(conn, ()))

    def forget(self, conn: AgentConn) -> None:
        """``conn`` is gone, or replays from the log (which carries what it was owed, in full)."""
        self._owed.pop(conn, None)

    def flush(self, deliver: AgentConn | None = None) -> None:
        """One round; ``deliver``: that connection gets what it is owed even if it has not drained
        (it is leaving summaries: nothing it skipped may be lost)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        pending, self._pending = self._pending, {}
        owed = self._owed
        if not pending and not owed:
            return
        head = self._hub.head
        frames: dict[tuple[bool, tuple[int, ...]], bytes] = {}
        # by the entries' identities; each value holds its entries (and ``merged`` the owed entry),
        # so no id is reused by another object during the round
        late_frames: dict[tuple[bool, tuple[int, ...]], tuple[list[_Pending], bytes]] = {}
        merged: dict[tuple[int, int], tuple[_Pending, _Pending]] = {}  # (owed, this round's) → both
        skip_bytes = self.skip_bytes
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
            if not visible and not (owed and any(c in owed for c in live)):
                continue
            on_time: list[AgentConn] = []
            for conn in live:
                carry = owed.get(conn)
                if conn is not deliver and conn.outbox.unsent() > skip_bytes:
                    if visible:  # it has not taken its last frame: this round waits for it
                        if carry is None:
                            carry = owed[conn] = {}
                        _merge(carry, visible, pending, merged)
                        self.skipped += 1
                    continue
                if carry is None:
                    if visible:
                        on_time.append(conn)
                    continue
                del owed[conn]  # drained at last: one frame with everything it missed, as it now is
                _merge(carry, visible, pending, merged)
                short = conn.subscription.compact
                entries = list(carry.values())
                key = (short, tuple(id(p) for p in entries))
                built = late_frames.get(key)
                if built is None:
                    frame = codec.summary_frame(head, [p.entry(short) for p in entries])
                    late_frames[key] = (entries, frame)
                else:
                    frame = built[1]
                conn.outbox.put(frame)
                _reached(conn, head)
                written += 1
            for short in (True, False):  # compact entries, whole entries
                conns = [c for c in on_time if c.subscription.compact == short]
                if not conns:
                    continue
                shared = frames.get((short, visible))
                if shared is None:
                    entries_raw = [pending[cid].entry(short) for cid in visible]
                    shared = frames[short, visible] = codec.summary_frame(head, entries_raw)
                outboxes = [c.outbox for c in conns]
                outboxes[0].flusher.put_many(outboxes, shared)
                for conn in conns:
                    _reached(conn, head)
                written += len(conns)
        self.frames_sent += written
        self.rounds += written > 0
        self.current_interval = next_interval(
            written, self.interval, self.max_interval, self.writes_per_second
        )
        for conn in [c for c in owed if c.outbox.closed or not c.cursor.live]:
            del owed[conn]  # closed (too slow, or going) or replaying: nothing more to owe it
        if owed and self._timer is None:  # desks still owed: another round even if nothing changes
            self._timer = self._loop.call_later(self.current_interval, self.flush)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._pending.clear()
        self._owed.clear()


def _merge(
    carry: dict[int, _Pending],
    visible: tuple[int, ...],
    pending: dict[int, _Pending],
    merged: dict[tuple[int, int], tuple[_Pending, _Pending]],
) -> None:
    """Fold this round's ``visible`` changes into what a desk is owed. Desks that skipped the same
    rounds share the merged entries (so their frame is built and encoded once)."""
    for cid in visible:
        newer = pending[cid]
        older = carry.get(cid)
        if older is None:
            carry[cid] = newer
            continue
        key = (id(older), id(newer))
        found = merged.get(key)
        if found is None:
            found = merged[key] = (older, older.then(newer))
        carry[cid] = found[1]


def _reached(conn: AgentConn, head: int) -> None:
    cursor = conn.cursor
    if cursor.last_seq < head:
        cursor.last_seq = head
