"""The view tabs' counts: how many conversations each view holds under the current channel, status
and search filters, and on the Mentions tab how many mentions are unread — the store's SQL
(``Store.view_counts``), re-read shortly after the inbox changes. Kept apart from the pane: it only
sets the tab buttons' text."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.store import View
from app.ui import labels
from app.ui.desk import Desk
from app.ui.inbox_controller import to_query
from app.ui.panes.inbox_pane import InboxPane

REFRESH_MS = 300


class TabCounts(QObject):
    def __init__(self, desk: Desk, pane: InboxPane, parent: QObject | None = None) -> None:
        super().__init__(parent or pane)
        self.desk = desk
        self.pane = pane
        self.counts: dict[str, int] = {}
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        desk.rows_changed.connect(lambda _change: self._timer.start())
        pane.filters_changed.connect(lambda _filters: self._timer.start())

    def refresh(self) -> None:
        views = tuple(View(code) for code in self.pane.view_buttons)
        query = to_query(self.pane.filters(), self.desk.username)  # the view itself is replaced per tab
        self.desk.bridge.run(
            self.desk.store.view_counts(query, views), done=self._show, guard=self.pane, name="inbox.counts"
        )

    def _show(self, counts: dict[View, int]) -> None:
        self.counts = {view.value: n for view, n in counts.items()}
        for code, button in self.pane.view_buttons.items():
            n = self.counts.get(code, 0)
            name = labels.view(code)
            button.setText(self.tr("%1 %2").replace("%1", name).replace("%2", str(n)) if n else name)

    def stop(self) -> None:
        self._timer.stop()
