"""The UI's handle on one signed-in session: the core objects plus their changes as Qt signals.

The core's observables (``Session.state``, ``Session.events``, ``Session.signals``,
``Store.rows_changed`` / ``messages_changed``) are plain callbacks; the desk re-emits them as Qt
signals so widgets and controllers connect the Qt way (and are disconnected automatically when
they are destroyed). It also keeps the reference data every pane needs — who I am, the canned
replies, the other agents — loaded through the core when the session comes online.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from app.client import ConnectionStatus, EventNotice, Session, SessionState
from app.policies.sla_clock import ServerClock
from app.protocol import methods
from app.protocol.events import AgentPresenceChanged
from app.protocol.signals import PeerSignal
from app.protocol.types import AgentInfo, AgentPresence, CannedReply
from app.store import Store
from app.ui.async_bridge import AsyncBridge

log = logging.getLogger(__name__)


class Desk(QObject):
    state_changed = Signal(object)  # SessionState
    came_online = Signal()  # every time the session (re)reaches ONLINE
    rows_changed = Signal(object)  # Change
    messages_changed = Signal(object)  # MessagesChange
    event_received = Signal(object)  # EventNotice (after the store applied it)
    peer_signal = Signal(object)  # typing/viewing of colleagues: a PeerTyping or PeerViewing
    desk_signal = Signal(object)  # the server's own: a FloorSummary or MacroProgress (issue 20)
    canned_changed = Signal()
    agents_changed = Signal()

    def __init__(
        self, session: Session, store: Store, bridge: AsyncBridge, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.bridge = bridge
        #: the one clock every timer reads: server time (local time + the session's measured offset)
        self.clock = ServerClock(lambda: session.server_clock_offset)
        self.state: SessionState = session.current_state
        self.canned: list[CannedReply] = []
        self.agents: list[AgentPresence] = []
        self._disconnects = [
            session.state.connect(self._on_state),
            session.events.connect(self._on_event),
            session.signals.connect(self._on_signal),
            session.desk_signals.connect(self.desk_signal.emit),
            store.rows_changed.connect(self.rows_changed.emit),
            store.messages_changed.connect(self.messages_changed.emit),
        ]

    def close(self) -> None:
        """Stop listening to the core (before the core objects are stopped)."""
        for disconnect in self._disconnects:
            disconnect()
        self._disconnects.clear()

    # --- identity -------------------------------------------------------------------------------
    @property
    def me(self) -> AgentInfo | None:
        return self.session.agent or self.state.agent

    @property
    def username(self) -> str:
        me = self.me
        return me.username if me else (self.session.username or "")

    @property
    def role(self) -> str:
        me = self.me
        return me.role if me else "agent"

    def display_name_of(self, username: str | None) -> str:
        for agent in self.agents:
            if agent.username == username:
                return agent.display_name
        return username or ""

    # --- core → Qt ------------------------------------------------------------------------------
    def _on_state(self, state: SessionState) -> None:
        was_online = self.state.status is ConnectionStatus.ONLINE
        self.state = state
        self.state_changed.emit(state)
        if state.status is ConnectionStatus.ONLINE and not was_online:
            self.came_online.emit()
            self.load_reference_data()

    def _on_signal(self, signal: PeerSignal) -> None:
        self.peer_signal.emit(signal)

    def _on_event(self, notice: EventNotice) -> None:
        if isinstance(notice.payload, AgentPresenceChanged):
            p = notice.payload
            known = next((a for a in self.agents if a.username == p.username), None)
            fresh = AgentPresence(
                username=p.username, display_name=p.display_name, role=p.role, presence=p.presence,
                backup=known.backup if known else None, teams=list(known.teams) if known else [],
            )
            self.agents = [a for a in self.agents if a.username != p.username] + [fresh]
            self.agents_changed.emit()
        self.event_received.emit(notice)

    # --- reference data -------------------------------------------------------------------------
    def load_reference_data(self) -> None:
        self.bridge.run(self._load_canned(), name="canned.list")
        self.load_agents()

    def load_agents(self) -> None:
        self.bridge.run(
            self.session.call(methods.AGENTS_LIST, methods.Empty()),
            done=self._agents_loaded,
            guard=self,
            error=lambda exc: log.info("agents.list failed: %s", type(exc).__name__),
            name="agents.list",
        )

    def _agents_loaded(self, result: methods.AgentsResult) -> None:
        self.agents = list(result.agents)
        self.agents_changed.emit()

    async def _load_canned(self) -> None:
        cached = await self.store.canned_replies()
        if cached and not self.canned:
            self.canned = cached
            self.canned_changed.emit()
        result = await self.session.call(methods.CANNED_LIST, methods.CannedParams())
        await self.store.put_canned_replies(result.replies)
        self.canned = list(result.replies)
        self.canned_changed.emit()

    async def ensure_canned(self) -> list[CannedReply]:
        """The canned replies (from the cache when offline)."""
        if not self.canned:
            self.canned = await self.store.canned_replies()
        return self.canned
