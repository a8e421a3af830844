"""The client book: a search box over a table of the manager's VIP clients.

Renders :class:`BookModel` and forwards gestures: the search text (debounced), opening a client
(double-click or Enter) and "Start conversation…" for the selected client. Sorting is a header
click, which the model hands to the server.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.item_models.book_model import UID_ROLE, BookModel
from app.ui.widgets import plain_label

SEARCH_DELAY_MS = 300


class BookPane(QFrame):
    search_changed = Signal(str)
    client_opened = Signal(str)  # uid
    outreach_requested = Signal(str)  # uid

    def __init__(self, model: BookModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BookPane")
        self.model = model
        self.search = QLineEdit(placeholderText=self.tr("Search by UID, name or email"))
        self.search.setClearButtonEnabled(True)
        self.total = plain_label("", "Muted")
        self.outreach = QPushButton(self.tr("Start conversation…"))
        self.outreach.setEnabled(False)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)  # header clicks call model.sort → the server sorts
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._open)  # double-click and Enter
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.outreach.setEnabled(current.isValid())
        )
        model.modelReset.connect(lambda: self.outreach.setEnabled(False))
        self.outreach.clicked.connect(self._outreach)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.search.text().strip()))
        self.search.textChanged.connect(lambda _t: self._timer.start())

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.total)
        top.addWidget(self.outreach)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_total(self, shown: int, total: int) -> None:
        self.total.setText(self.tr("%1 of %2 clients").replace("%1", str(shown)).replace("%2", str(total)))

    def current_uid(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(UID_ROLE) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        uid = index.data(UID_ROLE)
        if uid:
            self.client_opened.emit(uid)

    def _outreach(self) -> None:
        uid = self.current_uid()
        if uid:
            self.outreach_requested.emit(uid)
