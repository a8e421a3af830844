"""A conversation in its own window (for a second screen, or to keep an eye on one customer)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from app.ui import resources
from app.ui.conversation_controller import ConversationController
from app.ui.desk import Desk
from app.ui.panes.conversation_pane import ConversationPane


class PopOutWindow(QMainWindow):
    closed = Signal(int)

    def __init__(self, desk: Desk, conversation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("PopOutWindow")
        self.setWindowIcon(resources.app_icon())
        self.resize(640, 720)
        self.conversation_id = conversation_id
        self.pane = ConversationPane()
        self.pane.header.popout.hide()
        self.setCentralWidget(self.pane)
        self.controller = ConversationController(desk, self.pane, self)
        self.controller.customer_wanted.connect(lambda _uid: self._title())
        desk.rows_changed.connect(self._rows_changed)
        self.controller.open(conversation_id)
        self._title()

    def _rows_changed(self, _change: object) -> None:
        self._title()

    def _title(self) -> None:
        detail = self.controller.detail
        name = detail.row.customer_name if detail else f"#{self.conversation_id}"
        self.setWindowTitle(self.tr("%1 — AgentDesk").replace("%1", name))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.close()
        self.closed.emit(self.conversation_id)
        super().closeEvent(event)
