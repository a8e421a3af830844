"""Connects the inbox pane's filters to the store's query and the store's changes to the model."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.store import InboxQuery, View
from app.ui.desk import Desk
from app.ui.item_models.inbox_model import InboxModel
from app.ui.panes.inbox_pane import InboxFilters, InboxPane


def views_for(role: str) -> list[str]:
    """The view tabs a role gets; "My clients" only for VIP managers; Mentions for everyone."""
    views = ["all", "mine", "unassigned", "vip"]
    if role == "vip_manager":
        views.append("my_clients")
    views.append("mentions")
    return views


def default_view(role: str) -> str:
    """The view a desk opens on: an agent's own conversations ("what next" is theirs to answer);
    VIP managers and supervisors start from everything they see."""
    return "mine" if role == "agent" else "all"


def to_query(filters: InboxFilters, me: str) -> InboxQuery:
    return InboxQuery(
        view=View(filters.view), me=me, channel=filters.channel, status=filters.status, search=filters.search
    )


class InboxController(QObject):
    def __init__(self, desk: Desk, pane: InboxPane, model: InboxModel, parent: QObject | None = None) -> None:
        super().__init__(parent or pane)
        self.desk = desk
        self.pane = pane
        self.model = model
        pane.delegate.clock = desk.clock  # SLA timers count against server time
        pane.filters_changed.connect(self.apply_filters)
        desk.rows_changed.connect(model.on_change)

    def start(self, view: str | None = None) -> None:
        self.pane.set_view(view or default_view(self.desk.role), emit=False)
        self.apply_filters(self.pane.filters())

    def apply_filters(self, filters: InboxFilters) -> None:
        self.model.set_query(to_query(filters, self.desk.username))
