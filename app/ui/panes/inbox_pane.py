"""The unified inbox: view tabs, search, channel and status filters, and the conversation list.

Filters are *inputs to the core's query* (:class:`app.store.InboxQuery`) — the pane never sorts
or filters rows itself. It shows the count the store reports and forwards the agent's choice of
conversation.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store import STATUS_ANY
from app.ui import commands, labels, resources, theme
from app.ui.delegates.inbox_delegate import InboxDelegate, row_height
from app.ui.item_models.inbox_model import InboxModel
from app.ui.item_models.roles import InboxRole
from app.ui.widgets import clearable, named, plain_label, tool_button

SEARCH_DELAY_MS = 250
CLOCK_MS = 15_000


@dataclass(frozen=True, slots=True)
class InboxFilters:
    view: str = "all"  # mine, unassigned, vip, all, my_clients
    channel: str | None = None
    status: str | None = None  # None: all but resolved; STATUS_ANY: every status
    search: str = ""


class InboxPane(QFrame):
    filters_changed = Signal(object)  # InboxFilters
    conversation_selected = Signal(int)

    def __init__(self, model: InboxModel, views: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InboxPane")
        self.setMinimumWidth(330)
        self.model = model

        self.title = plain_label(self.tr("Inbox"), "PaneTitle")
        self.count = plain_label("", "Muted")
        self.search = QLineEdit(
            placeholderText=self.tr("Search name, UID, email or text (%1)").replace(
                "%1", commands.native(QKeySequence.StandardKey.Find)
            )
        )
        self.search.setAccessibleName(self.tr("Search conversations"))
        clearable(self.search)
        self._search_icon = self.search.addAction(
            resources.tinted_icon("search", theme.color("muted")), QLineEdit.ActionPosition.LeadingPosition
        )
        self._search_icon.setText(self.tr("Search conversations"))
        self.tabs = named(QWidget(), "ViewTabs")
        tab_layout = QHBoxLayout(self.tabs)
        tab_layout.setContentsMargins(0, 0, 0, 0)
        tab_layout.setSpacing(2)
        self.view_group = QButtonGroup(self)
        self.view_buttons: dict[str, QToolButton] = {}
        for number, code in enumerate(views, start=1):
            button = tool_button(labels.view(code), checkable=True)
            button.setToolTip(commands.native(f"Ctrl+{number}") if number <= 9 else "")
            button.setProperty("view", code)
            self.view_group.addButton(button)
            self.view_buttons[code] = button
            tab_layout.addWidget(button)
        tab_layout.addStretch(1)
        self.tabs.setAccessibleName(self.tr("Views"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        self.channel.addItem(self.tr("All channels"), None)
        for code in labels.CHANNELS:
            self.channel.addItem(labels.channel(code), code)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Not resolved"), None)
        for code in labels.STATUSES:
            self.status.addItem(labels.status(code), code)
        self.status.addItem(self.tr("Any status"), STATUS_ANY)

        self.list = named(QListView(), "Inbox")
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setModel(model)
        self.delegate = InboxDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        # Ctrl/Shift-click select several conversations for a macro (issue 20); the current row
        # is still the one that opens
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.verticalScrollBar().setSingleStep(max(8, row_height(self.list.font()) // 2))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.empty = plain_label(self.tr("No conversations here."), "Muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count)
        filters = QHBoxLayout()
        filters.addWidget(self.channel, 1)
        filters.addWidget(self.status, 1)
        top = QVBoxLayout()
        top.setContentsMargins(10, 8, 10, 8)
        top.setSpacing(6)
        top.addLayout(head)
        top.addWidget(self.search)
        top.addWidget(self.tabs)
        top.addLayout(filters)
        header = named(QFrame(), "PaneHeader")
        header.setLayout(top)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)

        # SLA and waiting timers are painted from "now": repaint the visible rows now and then.
        self._clock = QTimer(self, interval=CLOCK_MS)
        self._clock.timeout.connect(self.list.viewport().update)
        self._clock.start()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._emit_filters)
        self.view_group.buttonClicked.connect(lambda _b: self._emit_filters())
        self.channel.currentIndexChanged.connect(lambda _i: self._emit_filters())
        self.status.currentIndexChanged.connect(lambda _i: self._emit_filters())
        self._chosen: int | None = None  # the conversation the agent opened from this list
        self._displaced = False  # an update made another row current (see _current_changed)
        self._restoring = False
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        model.refreshed.connect(self._after_update)
        model.total_changed.connect(self._show_count)
        model.rowsInserted.connect(lambda *_a: self._update_empty())
        model.rowsRemoved.connect(lambda *_a: self._update_empty())
        model.modelReset.connect(self._update_empty)

    # --- filters --------------------------------------------------------------------------------
    def filters(self) -> InboxFilters:
        checked = self.view_group.checkedButton()
        return InboxFilters(
            view=str(checked.property("view")) if checked else "all",
            channel=self.channel.currentData(),
            status=self.status.currentData(),
            search=self.search.text().strip(),
        )

    def set_view(self, code: str, *, emit: bool = True) -> None:
        button = self.view_buttons.get(code)
        if button is not None:
            button.setChecked(True)
            if emit:
                self._emit_filters()

    def _emit_filters(self) -> None:
        self._search_timer.stop()
        filters = self.filters()
        self.delegate.search = filters.search  # the rows highlight what matched
        self.list.viewport().update()
        self.filters_changed.emit(filters)

    def set_online(self, online: bool) -> None:
        """Offline, the rows' timers say "needs connection" instead of counting on old data."""
        if self.delegate.online != online:
            self.delegate.online = online
            self.list.viewport().update()

    def retint(self) -> None:
        """The theme changed: icons and rows in its colours."""
        self._search_icon.setIcon(resources.tinted_icon("search", theme.color("muted")))
        self.delegate.clear_cache()
        self.list.viewport().update()

    def _show_count(self, total: int) -> None:
        self.count.setText(
            self.tr("1 conversation")
            if total == 1
            else self.tr("%1 conversations").replace("%1", QLocale().toString(total))
        )
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.loaded and self.model.rowCount() == 0)

    # --- selection ------------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._restoring:
            return
        conversation_id = int(current.data(InboxRole.ID))
        if self.model.updating:
            # The open conversation's row left the view (resolved, reassigned) or moved, and Qt
            # made a neighbour current: opening it would mark it read and tell colleagues the
            # agent is viewing it. Put the selection back after the update instead.
            self._displaced = conversation_id != self._chosen
            return
        self._chosen = conversation_id
        self.conversation_selected.emit(conversation_id)

    def _after_update(self) -> None:
        """Rows changed: the chosen conversation stays selected if it is still listed, else
        nothing is (the agent's next pick opens the next conversation)."""
        if not self._displaced:
            return
        self._displaced = False
        row = self.model.row_of(self._chosen) if self._chosen is not None else None
        selection = self.list.selectionModel()
        self._restoring = True
        try:
            if row is None:
                selection.clear()
            else:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
                selection.setCurrentIndex(self.model.index(row), flags)
        finally:
            self._restoring = False

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(index)

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) conversation, loading more rows at the end if needed."""
        row = self.list.currentIndex().row()
        target = 0 if row < 0 else row + delta
        if target >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.select_row(max(0, min(target, self.model.rowCount() - 1)))

    def selected_ids(self) -> list[int]:
        """The selected conversations in the list's order (the current one when none is)."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        ids = [int(self.model.index(r).data(InboxRole.ID)) for r in rows]
        current = self.current_id()
        return ids or ([current] if current is not None else [])

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return int(index.data(InboxRole.ID)) if index.isValid() else None

    def add_below(self, widget: QWidget) -> None:
        """A section under the list (the server's search hits, issue 15), sharing its height."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(widget, 1)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
