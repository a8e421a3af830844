"""Live fan-out: committed events and ephemeral signals to the connections allowed to see them.

``publish`` is called on the event loop, in commit order (the database thread schedules it with
``call_soon_threadsafe`` right after each commit, and the loop runs callbacks in FIFO order). Each
event is filtered per connection with the visibility rule as of its commit, then handed to the
connection's ``LiveCursor`` (which buffers during a replay and drops duplicates).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator

from app.server.connection import AgentConn, CustomerConn
from app.server.principal import AgentPrincipal
from app.server.repos.repo_events import StoredEvent
from app.server.visibility import ConvScope, can_see, can_see_customer_by_tier

_SCOPE_CACHE_SIZE = 10_000


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


class Hub:
    def __init__(self) -> None:
        self.agents: set[AgentConn] = set()
        self.customers: dict[str, set[CustomerConn]] = {}
        self._scopes: OrderedDict[int, ConvScope] = OrderedDict()

    # --- connections -------------------------------------------------------------------------
    def add_agent(self, conn: AgentConn) -> None:
        self.agents.add(conn)

    def remove_agent(self, conn: AgentConn) -> None:
        self.agents.discard(conn)

    def connections_of(self, username: str) -> int:
        return sum(1 for c in self.agents if c.agent.username == username)

    def add_customer(self, conn: CustomerConn) -> None:
        self.customers.setdefault(conn.uid, set()).add(conn)

    def remove_customer(self, conn: CustomerConn) -> None:
        conns = self.customers.get(conn.uid)
        if conns is not None:
            conns.discard(conn)
            if not conns:
                del self.customers[conn.uid]

    # --- events ------------------------------------------------------------------------------
    def publish(self, events: list[StoredEvent]) -> None:
        for ev in events:
            if ev.scope is not None:
                self.remember(ev.scope)
            for conn in list(self.agents):
                if conn.cursor.subscribed and event_visible_to(conn.agent, ev):
                    conn.cursor.offer(ev.seq, ev.agent_frame, conn.outbox)
            if ev.customer_frame is not None and ev.customer_uid is not None:
                for cconn in list(self.customers.get(ev.customer_uid, ())):
                    cconn.cursor.offer(ev.seq, ev.customer_frame, cconn.outbox)

    # --- signals -----------------------------------------------------------------------------
    def remember(self, scope: ConvScope) -> None:
        self._scopes[scope.conversation_id] = scope
        self._scopes.move_to_end(scope.conversation_id)
        while len(self._scopes) > _SCOPE_CACHE_SIZE:
            self._scopes.popitem(last=False)

    def cached_scope(self, conversation_id: int) -> ConvScope | None:
        return self._scopes.get(conversation_id)

    def agents_seeing(self, scope: ConvScope, *, exclude: AgentConn | None = None) -> Iterator[AgentConn]:
        for conn in list(self.agents):
            if conn is not exclude and can_see(conn.agent, scope):
                yield conn

    def customer_conns(self, uid: str) -> list[CustomerConn]:
        return list(self.customers.get(uid, ()))

    def agent_conns_with_token(self, token_hash: str) -> list[AgentConn]:
        return [c for c in self.agents if c.token_hash == token_hash]
