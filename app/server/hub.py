"""Live fan-out: committed events and ephemeral signals to the connections allowed to see them.

``publish`` runs on the event loop after each batch's answers, in commit order. Agent connections
are grouped by agent, because who may see an event depends on the agent, not on the connection:
each event's visibility is decided once per agent, its frame was encoded once
(``StoredEvent.agent_frame``), and each connection's outbox writes what it queued once per turn of
the loop (``outbox.py``). Each event is handed to the connection's ``LiveCursor``, which buffers it
during a replay and drops duplicates.

Subscriptions (``subscription.set``; docs/protocol.md "Subscriptions"). A connection that asked for
``inbox: "summaries"`` gets in full only the events of the conversations it has open (and the
events about no conversation: presence, customers, alerts); every other conversation's change goes
into the :class:`~app.server.summaries.SummaryWindow`, which sends it one ``summary`` frame every
~250 ms. So the frames a message costs grow with the desks that have its conversation open, not
with every desk that may see it. The events of an open conversation take the outbox's urgent
lane (``outbox.py``): the agent is reading that chat, and a summary round to 1,500 desks must not
hold them back (a connection's own frames keep their order). While such a connection replays
(``sync``) it gets every event it may see in full, buffered by its cursor, exactly as a connection
that never subscribed.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterator

from app.server.connection import AgentConn, CustomerConn, Subscription
from app.server.principal import AgentPrincipal
from app.server.recent import RecentMessages
from app.server.repos.repo_events import StoredEvent
from app.server.summaries import SKIP_BYTES, SummaryWindow, summarised
from app.server.visibility import ConvScope, can_see, can_see_customer_by_tier

_SCOPE_CACHE_SIZE = 10_000
log = logging.getLogger(__name__)


def event_visible_to(agent: AgentPrincipal, ev: StoredEvent) -> bool:
    if agent.role == "supervisor" or ev.notify == agent.username:
        return True
    if ev.scope is not None:
        return can_see(agent, ev.scope)
    if ev.customer_uid is None:
        return True  # agent.presence and other desk-wide events
    if ev.customer_tier is not None:
        return can_see_customer_by_tier(agent, *ev.customer_tier)
    return False


class AgentGroup:
    """One agent's connections, by what they get: every event (``events``: never subscribed to
    summaries), summaries (``summaries``, live), or every event while they replay (``replaying``)."""

    __slots__ = ("events", "principal", "replaying", "summaries")

    def __init__(self, principal: AgentPrincipal) -> None:
        self.principal = principal
        self.events: set[AgentConn] = set()
        self.summaries: set[AgentConn] = set()
        self.replaying: set[AgentConn] = set()

    def __len__(self) -> int:
        return len(self.events) + len(self.summaries) + len(self.replaying)


class Hub:
    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        summary_interval: float = 0.25,
        recent_window: int = 6,
        *,
        summary_max_interval: float | None = None,
        summary_writes_per_second: float = 0.0,
        summary_skip_bytes: int = SKIP_BYTES,
    ) -> None:
        self.agents: set[AgentConn] = set()
        self.customers: dict[str, set[CustomerConn]] = {}
        self._scopes: OrderedDict[int, ConvScope] = OrderedDict()
        self._groups: dict[str, AgentGroup] = {}
        self._open: dict[int, set[AgentConn]] = {}  # conversation → summary connections that have it open
        self.head = 0  # the last seq published
        self._summary_conns = 0  # connections in summaries mode: without any, nothing is summarised
        self.window = SummaryWindow(
            self, loop, summary_interval, summary_max_interval, summary_writes_per_second, summary_skip_bytes
        )
        self.recent = RecentMessages(loop, recent_window)
        # features that follow every published event, this node's commits and other nodes' alike
        # (the live floor, CSAT prompts): called after the fan-out, in seq order
        self.observers: list[Callable[[list[StoredEvent]], None]] = []

    # --- connections -------------------------------------------------------------------------
    def add_agent(self, conn: AgentConn) -> None:
        self.agents.add(conn)
        group = self._groups.get(conn.agent.username)
        if group is None:
            group = self._groups[conn.agent.username] = AgentGroup(conn.agent)
        self._place(group, conn)

    def remove_agent(self, conn: AgentConn) -> None:
        self.agents.discard(conn)
        self.window.forget(conn)
        group = self._groups.get(conn.agent.username)
        if group is not None:
            self._unplace(group, conn)
            if not group:
                del self._groups[conn.agent.username]

    def subscribe(self, conn: AgentConn, subscription: Subscription) -> None:
        """``subscription.set``: from now on ``conn`` gets what ``subscription`` says."""
        group = self._groups.get(conn.agent.username)
        if group is None or conn not in self.agents:
            conn.subscription = subscription
            return
        if conn.subscription.summaries and not subscription.summaries:
            # what was waiting for its next summary goes out now, and what it is owed by rounds it
            # skipped (even if it has not drained: nothing it skipped may be lost)
            self.window.flush(deliver=conn)
            self.window.forget(conn)
        self._unplace(group, conn)
        conn.subscription = subscription
        self._place(group, conn)

    def replaying(self, conn: AgentConn, replaying: bool) -> None:
        """``conn`` starts (or ends) a replay: meanwhile it gets every event it may see in full."""
        group = self._groups.get(conn.agent.username)
        if group is None or conn not in self.agents:
            return
        self._unplace(group, conn)
        if replaying:
            self.window.forget(conn)  # the replay brings every change it was owed, in full
            group.replaying.add(conn)
        else:
            self._place(group, conn)

    def _place(self, group: AgentGroup, conn: AgentConn) -> None:
        if not conn.subscription.summaries:
            conn.outbox.set_coalesced(False)
            group.events.add(conn)
            return
        conn.outbox.set_coalesced(True)  # a slow reader skips summary rounds: slow is not stalled
        group.summaries.add(conn)
        self._summary_conns += 1
        for cid in conn.subscription.open:
            self._open.setdefault(cid, set()).add(conn)

    def _unplace(self, group: AgentGroup, conn: AgentConn) -> None:
        group.events.discard(conn)
        group.replaying.discard(conn)
        if conn in group.summaries:
            group.summaries.discard(conn)
            self._summary_conns -= 1
            for cid in conn.subscription.open:
                holders = self._open.get(cid)
                if holders is not None:
                    holders.discard(conn)
                    if not holders:
                        del self._open[cid]

    def groups(self) -> Iterator[AgentGroup]:
        return iter(list(self._groups.values()))

    def connections_of(self, username: str) -> int:
        group = self._groups.get(username)
        return len(group) if group is not None else 0

    def add_customer(self, conn: CustomerConn) -> None:
        self.customers.setdefault(conn.uid, set()).add(conn)

    def remove_customer(self, conn: CustomerConn) -> None:
        conns = self.customers.get(conn.uid)
        if conns is not None:
            conns.discard(conn)
            if not conns:
                del self.customers[conn.uid]
                self.recent.forget(conn.uid)

    # --- events ------------------------------------------------------------------------------
    def publish(self, events: list[StoredEvent]) -> None:
        for ev in events:
            self.head = max(self.head, ev.seq)
            if ev.scope is not None:
                self.remember(ev.scope)
            summary = summarised(ev) if self._summary_conns else None
            for group in list(self._groups.values()):
                in_full = group.summaries if summary is None else ()
                if not (group.events or group.replaying or in_full):
                    continue
                if not event_visible_to(group.principal, ev):
                    continue
                for conn in (*group.events, *group.replaying, *in_full):
                    conn.cursor.offer(ev.seq, ev.agent_frame, conn.outbox)
            if summary is not None:
                assert ev.scope is not None
                for conn in list(self._open.get(ev.scope.conversation_id, ())):
                    if event_visible_to(conn.agent, ev):  # on screen: ahead of summary rounds
                        conn.cursor.offer(ev.seq, ev.agent_frame, conn.outbox, urgent=True)
                self.window.add(ev, summary)
            if ev.customer_frame is not None and ev.customer_uid is not None:
                for cconn in list(self.customers.get(ev.customer_uid, ())):
                    cconn.cursor.offer(ev.seq, ev.customer_frame, cconn.outbox)
        for observer in self.observers:
            try:
                observer(events)
            except Exception:  # a feature's bug must never stop the fan-out of later batches
                log.exception("an observer of published events failed")

    # --- signals -----------------------------------------------------------------------------
    def remember(self, scope: ConvScope) -> None:
        self._scopes[scope.conversation_id] = scope
        self._scopes.move_to_end(scope.conversation_id)
        while len(self._scopes) > _SCOPE_CACHE_SIZE:
            self._scopes.popitem(last=False)

    def cached_scope(self, conversation_id: int) -> ConvScope | None:
        return self._scopes.get(conversation_id)

    def agents_seeing(self, scope: ConvScope, *, exclude: AgentConn | None = None) -> Iterator[AgentConn]:
        for group in list(self._groups.values()):
            if not can_see(group.principal, scope):
                continue
            for conn in (*group.events, *group.summaries, *group.replaying):
                if conn is not exclude:
                    yield conn

    def customer_conns(self, uid: str) -> list[CustomerConn]:
        return list(self.customers.get(uid, ()))

    def agent_conns_with_token(self, token_hash: str) -> list[AgentConn]:
        return [c for c in self.agents if c.token_hash == token_hash]
