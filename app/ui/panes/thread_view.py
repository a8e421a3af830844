"""The thread of the open conversation (a list view over :class:`ThreadModel`).

Follows the newest message while the agent is at the bottom, stays put while they read older
ones. Reaching the top (scrolling, or the wheel at the top) asks for earlier messages; when they
come in above, the message that was at the top stays where it was (:meth:`ThreadView.hold_anchor`,
:meth:`ThreadView.restore_anchor`). A click on a failed reply asks to retry it; the context menu
copies a message's text (and sends again a Telegram reply whose delivery is in doubt).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QMouseEvent, QResizeEvent, QShortcut, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QStyleOptionViewItem, QWidget

from app.ui.delegates.thread_delegate import ThreadDelegate
from app.ui.item_models.roles import ThreadRole
from app.ui.item_models.thread_model import ThreadModel


class ThreadView(QListView):
    retry_requested = Signal(object)  # the local id of a failed reply
    edit_requested = Signal(str)  # put a failed reply's text back into the composer
    top_reached = Signal()  # the agent scrolled to the top: earlier messages are wanted
    file_opened = Signal(object)  # an AttachmentView the agent clicked (an image: the viewer)
    file_save_requested = Signal(object)  # an AttachmentView to save to a file
    resend_requested = Signal(int)  # a Telegram reply's message id (telegram.resend)

    def __init__(self, model: ThreadModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Thread")
        self.setAccessibleName(self.tr("Messages"))
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
        self._anchor: tuple[QPersistentModelIndex, int, int, QPersistentModelIndex, bool] | None = None
        self._restoring = False
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        # One owned timer instead of QTimer.singleShot: it dies with the view, so a scroll
        # requested just before the view is destroyed can never fire on a deleted object.
        self._scroll_timer = QTimer(self, singleShot=True, interval=0)
        self._scroll_timer.timeout.connect(self.scrollToBottom)
        model.rowsInserted.connect(self._rows_inserted)
        model.modelReset.connect(self._reset)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self, context=Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_current)

    def _reset(self) -> None:
        """Another conversation: it opens at its newest message, whatever the last one did."""
        self._stick = True
        self._anchor = None
        self._scroll_timer.start()

    def _scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick = value >= bar.maximum() - 8
        if value == bar.minimum() and bar.maximum() > bar.minimum() and not self._restoring:
            self.top_reached.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        bar = self.verticalScrollBar()
        at_top = bar.value() == bar.minimum()
        super().wheelEvent(event)
        if at_top and event.angleDelta().y() > 0:  # wheel up at the top (or with nothing to scroll)
            self.top_reached.emit()

    # --- keeping the agent's place when rows come in above ---------------------------------------
    def hold_anchor(self) -> None:
        """Remember the top visible message and where it is, before the model changes."""
        self._anchor = None
        model = self.model()
        if model.rowCount() == 0 or self._scroll_timer.isActive():
            return  # empty, or about to follow the newest message anyway
        index = self.indexAt(QPoint(self.viewport().width() // 2, 0))
        if not index.isValid():
            index = model.index(0, 0)
        last = QPersistentModelIndex(model.index(model.rowCount() - 1, 0))
        top = self.visualRect(index).top()
        self._anchor = (QPersistentModelIndex(index), index.row(), top, last, self._stick)

    def restore_anchor(self) -> None:
        """After the model changed: if rows came in above the remembered message, scroll so that it
        is where it was (a reader is not moved); new rows at the end are still followed."""
        anchor, self._anchor = self._anchor, None
        if anchor is None:
            return
        persistent, row, top, last, stuck = anchor
        model = self.model()
        if not persistent.isValid() or persistent.row() <= row:
            return
        appended = not last.isValid() or last.row() != model.rowCount() - 1
        self.doItemsLayout()  # lay the new rows out now, so the anchor's new place is known
        delta = self.visualRect(model.index(persistent.row(), 0)).top() - top
        bar = self.verticalScrollBar()
        self._restoring = True
        try:
            bar.setValue(bar.value() + delta)
        finally:
            self._restoring = False
        if stuck and appended:
            self._scroll_timer.start()
        else:
            self._scroll_timer.stop()

    def _rows_inserted(self, *_args: object) -> None:
        if self._stick:
            self._scroll_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # heights depend on the width
        if self._stick:
            self._scroll_timer.start()

    def file_at(self, pos: QPoint) -> object | None:
        """The readable attachment under ``pos`` (viewport coordinates), if any."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        delegate = self.itemDelegate()
        assert isinstance(delegate, ThreadDelegate)
        return delegate.file_at(option, index, pos.x(), pos.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        left = event.button() == Qt.MouseButton.LeftButton
        found = self.file_at(event.position().toPoint()) if left else None
        super().mouseReleaseEvent(event)
        if found is not None:
            self.file_opened.emit(found)

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
        found = self.file_at(pos)
        if found is not None:
            menu.addAction(self.tr("Open attachment"), lambda: self.file_opened.emit(found))
            menu.addAction(self.tr("Save attachment as…"), lambda: self.file_save_requested.emit(found))
        if index.data(ThreadRole.MINE) and index.data(ThreadRole.DELIVERY) == "failed":
            local_id = index.data(ThreadRole.LOCAL_ID)
            body = str(index.data(ThreadRole.BODY) or "")
            menu.addAction(self.tr("Retry sending"), lambda: self.retry_requested.emit(local_id))
            menu.addAction(self.tr("Rewrite in the reply box"), lambda: self.edit_requested.emit(body))
        resend = index.data(ThreadRole.RESEND)
        if resend is not None:  # "Telegram did not confirm reply #…": the agent decides
            again = self.tr("Send this reply again on Telegram")
            menu.addAction(again, lambda: self.resend_requested.emit(resend))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.viewport().mapToGlobal(pos))
