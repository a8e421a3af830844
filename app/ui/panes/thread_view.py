"""The thread of the open conversation (a list view over :class:`ThreadModel`).

Follows the newest message while the agent is at the bottom, stays put while they read older
ones. A click on a failed reply asks to retry it; the context menu copies a message's text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QWidget

from app.ui.delegates.thread_delegate import ThreadDelegate
from app.ui.item_models.roles import ThreadRole
from app.ui.item_models.thread_model import ThreadModel


class ThreadView(QListView):
    retry_requested = Signal(object)  # the local id of a failed reply
    edit_requested = Signal(str)  # put a failed reply's text back into the composer

    def __init__(self, model: ThreadModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Thread")
        self.setModel(model)
        self.setItemDelegate(ThreadDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setSpacing(0)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.clicked.connect(self._clicked)
        self._stick = True
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        # One owned timer instead of QTimer.singleShot: it dies with the view, so a scroll
        # requested just before the view is destroyed can never fire on a deleted object.
        self._scroll_timer = QTimer(self, singleShot=True, interval=0)
        self._scroll_timer.timeout.connect(self.scrollToBottom)
        model.rowsInserted.connect(self._rows_inserted)
        model.modelReset.connect(self._scroll_timer.start)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self, context=Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_current)

    def _scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick = value >= bar.maximum() - 8

    def _rows_inserted(self, *_args: object) -> None:
        if self._stick:
            self._scroll_timer.start()

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.scheduleDelayedItemsLayout()  # heights depend on the width
        if self._stick:
            self._scroll_timer.start()

    def _clicked(self, index: QModelIndex) -> None:
        if index.data(ThreadRole.MINE) and index.data(ThreadRole.DELIVERY) == "failed":
            self.retry_requested.emit(index.data(ThreadRole.LOCAL_ID))

    def copy_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            QGuiApplication.clipboard().setText(str(index.data(ThreadRole.BODY) or ""))

    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Copy text"), self.copy_current)
        if index.data(ThreadRole.MINE) and index.data(ThreadRole.DELIVERY) == "failed":
            local_id = index.data(ThreadRole.LOCAL_ID)
            body = str(index.data(ThreadRole.BODY) or "")
            menu.addAction(self.tr("Retry sending"), lambda: self.retry_requested.emit(local_id))
            menu.addAction(self.tr("Rewrite in the reply box"), lambda: self.edit_requested.emit(body))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.viewport().mapToGlobal(pos))
