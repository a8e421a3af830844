"""The client book: a search box over a table of the manager's VIP clients.

Renders :class:`BookModel` and forwards gestures: the search text (debounced), opening a client
(double-click or Enter), "Start conversation…" and "Acknowledge alerts" for the selected client
(buttons, reachable with Tab, and the table's context menu, opened with the menu key or
Shift+F10 too). Sorting is a header click, which the model hands to the server. Whether the
selected client has alerts to acknowledge is the model's (``ACK_IDS_ROLE``), i.e. the core's rule.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
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

from app.ui.item_models.book_model import ACK_IDS_ROLE, COLUMNS, UID_ROLE, BookModel
from app.ui.widgets import clearable, plain_label

SEARCH_DELAY_MS = 300


class BookPane(QFrame):
    search_changed = Signal(str)
    client_opened = Signal(str)  # uid
    outreach_requested = Signal(str)  # uid
    ack_requested = Signal(str)  # uid: acknowledge that client's alerts

    def __init__(self, model: BookModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BookPane")
        self.model = model
        self.search = QLineEdit(placeholderText=self.tr("Search by UID, name or email"))
        clearable(self.search)
        self.total = plain_label("", "Muted")
        self.outreach = QPushButton(self.tr("Start conversation…"))
        self.outreach.setEnabled(False)
        self.acknowledge = QPushButton(self.tr("Acknowledge alerts"))
        self.acknowledge.setToolTip(self.tr("Mark the selected client's alerts as seen, for everyone"))
        self.acknowledge.setEnabled(False)
        self.error = plain_label("", "Muted", wrap=True)
        self.error.hide()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Clients"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fit_columns()
        self.table.setSortingEnabled(True)  # header clicks call model.sort → the server sorts
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._open)  # double-click and Enter
        self.outreach_action = QAction(self.outreach.text(), self.table)
        self.ack_action = QAction(self.acknowledge.text(), self.table)
        self.table.addActions([self.outreach_action, self.ack_action])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self._update_actions())
        model.modelReset.connect(self._update_actions)
        model.dataChanged.connect(lambda *_args: self._update_actions())
        self.outreach.clicked.connect(self._outreach)
        self.outreach_action.triggered.connect(self._outreach)
        self.acknowledge.clicked.connect(self._acknowledge)
        self.ack_action.triggered.connect(self._acknowledge)
        self._update_actions()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.search.text().strip()))
        self.search.textChanged.connect(lambda _t: self._timer.start())

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.total)
        top.addWidget(self.outreach)
        top.addWidget(self.acknowledge)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def _fit_columns(self) -> None:
        """Money, counts, dates and headers whole (ResizeToContents); the client's name takes the
        spare width; alerts get a bounded width and elide (all of them in the tooltip)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keys = [key for key, _sort in COLUMNS]
        header.setSectionResizeMode(keys.index("client"), QHeaderView.ResizeMode.Stretch)
        alerts = keys.index("alerts")
        header.setSectionResizeMode(alerts, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(alerts, self.fontMetrics().horizontalAdvance("M") * 18)
        rows = self.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(rows)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    def preferred_height(self) -> int:
        """Room for about twelve clients (the dock opens this tall)."""
        return self.table.verticalHeader().defaultSectionSize() * 12 + self.search.sizeHint().height() * 3

    def show_total(self, shown: int, total: int) -> None:
        self.total.setText(self.tr("%1 of %2 clients").replace("%1", str(shown)).replace("%2", str(total)))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._update_actions()  # an acknowledgement that failed may be tried again

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def current_uid(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(UID_ROLE) if index.isValid() else None

    def _update_actions(self) -> None:
        index = self.table.currentIndex()
        selected = index.isValid()
        ackable = selected and bool(index.data(ACK_IDS_ROLE))
        self.outreach.setEnabled(selected)
        self.outreach_action.setEnabled(selected)
        self.acknowledge.setEnabled(ackable)
        self.ack_action.setEnabled(ackable)

    def _open(self, index: QModelIndex) -> None:
        uid = index.data(UID_ROLE)
        if uid:
            self.client_opened.emit(uid)

    def _outreach(self) -> None:
        uid = self.current_uid()
        if uid:
            self.outreach_requested.emit(uid)

    def _acknowledge(self) -> None:
        uid = self.current_uid()
        if uid and self.acknowledge.isEnabled():
            self.acknowledge.setEnabled(False)  # until the server answered (no double sends)
            self.ack_action.setEnabled(False)
            self.ack_requested.emit(uid)
