"""Under the inbox list while the agent searches: "From the server", the server's hits on all the
history the agent may see (issue 15), apart from the list above (the desk's own cache), so the
agent sees which result came from where. A hit opens its conversation (Enter or a click); the
list fetches the next page as it is scrolled to the end. Hidden when nothing is searched."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QListView, QVBoxLayout, QWidget

from app.protocol.search import SearchHit
from app.ui.delegates.search_hit_delegate import SearchHitDelegate
from app.ui.item_models.search_hits_model import SearchHitsModel
from app.ui.widgets import named, plain_label


class ServerSearchPane(QFrame):
    hit_opened = Signal(object)  # SearchHit

    def __init__(self, model: SearchHitsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ServerSearchPane")
        self.model = model
        self.title = plain_label(self.tr("From the server"), "PaneTitle")
        self.title.setToolTip(
            self.tr("All the history you may see, also conversations this desk never opened")
        )
        self.status = plain_label("", "Muted")
        self.list = named(QListView(), "ServerSearchHits")
        self.list.setAccessibleName(self.tr("Search results from the server"))
        self.list.setModel(model)
        self.delegate = SearchHitDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        head = QHBoxLayout()
        head.setContentsMargins(10, 6, 10, 2)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        self.hide()

    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if isinstance(hit, SearchHit):
            self.hit_opened.emit(hit)

    def show_query(self, query: str) -> None:
        """A search began (shown) or ended (``""``: hidden)."""
        self.delegate.query = query
        self.setVisible(bool(query))
        self.list.viewport().update()

    def show_searching(self) -> None:
        self.status.setText(self.tr("Searching…"))

    def show_count(self, shown: int, more: bool) -> None:
        if shown == 0:
            self.status.setText(self.tr("Nothing found"))
        elif more:
            self.status.setText(self.tr("%1+ results").replace("%1", QLocale().toString(shown)))
        elif shown == 1:
            self.status.setText(self.tr("1 result"))
        else:
            self.status.setText(self.tr("%1 results").replace("%1", QLocale().toString(shown)))

    def show_error(self, text: str) -> None:
        self.status.setText(text)
