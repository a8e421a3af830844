"""Session states → what the connection indicator shows (the only place that maps them)."""

from __future__ import annotations

from app.client import ConnectionStatus, SessionState
from app.ui.panes.connection_indicator import ConnectionView

_STATUS = {
    ConnectionStatus.CONNECTING: "connecting",
    ConnectionStatus.ONLINE: "online",
    ConnectionStatus.OFFLINE: "offline",
    ConnectionStatus.RELOGIN_NEEDED: "relogin",
}


def connection_view(state: SessionState) -> ConnectionView:
    return ConnectionView(
        status=_STATUS.get(state.status, "offline"),
        retry_at=state.retry_at,
        queued=state.queued,
        error=state.error,
    )
