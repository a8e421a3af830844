"""Assembles the VIP desk's parts into the main window (issue 8): the client book (a dock),
client notes and outreach in the customer panel, callback reminders (a banner), cover and the
title bar's VIP timer. Only wiring: behaviour lives in the controllers it creates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from app.policies.attention_policy import AttentionSettings
from app.protocol.types import CustomerContext
from app.ui.attention_controller import AttentionController
from app.ui.book_controller import BookController
from app.ui.cover_controller import CoverController
from app.ui.customer_controller import CustomerController
from app.ui.desk import Desk
from app.ui.item_models.book_model import BookModel
from app.ui.notes_controller import NotesController
from app.ui.outreach_controller import OutreachController
from app.ui.panes.book_pane import BookPane
from app.ui.panes.customer_pane import CustomerPane
from app.ui.panes.reminder_banner import ReminderBanner
from app.ui.reminder_controller import ReminderController
from app.ui.vip_lane_controller import VipLaneController

BOOK_ROLES = ("vip_manager", "supervisor")


class VipDesk(QObject):
    def __init__(
        self,
        window: QMainWindow,
        desk: Desk,
        customer: CustomerPane,
        customer_controller: CustomerController,
        attention: AttentionController,
        settings: Callable[[], AttentionSettings],
        open_conversation: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.has_book = desk.role in BOOK_ROLES
        self.customer_controller = customer_controller

        # the client book, in a dock shown by the "Client book" command
        self.book_model = BookModel(self)
        self.book = BookPane(self.book_model)
        self.book_controller = BookController(desk, self.book, self.book_model, self)
        self.dock = QDockWidget(self.tr("Client book"), window)
        self.dock.setObjectName("BookDock")
        self.dock.setWidget(self.book)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.book.client_opened.connect(customer_controller.show_uid)

        # customer panel: notes and outreach
        self.notes = NotesController(desk, customer.notes, self)
        customer_controller.loaded.connect(self._customer_loaded)
        customer.set_outreach_allowed(self.has_book)
        self.outreach = OutreachController(desk, window, self)
        self.outreach.conversation_started.connect(open_conversation)
        customer.outreach_requested.connect(self.start_outreach)
        self.book.outreach_requested.connect(self.start_outreach)

        # reminders, cover, the VIP timer
        self.banner = ReminderBanner()
        self.banner.open_requested.connect(open_conversation)
        self.reminders = ReminderController(
            desk, self.banner, attention.service, settings, lambda: attention.is_active(), self
        )
        self.cover = CoverController(desk, window, self)
        self.lane = VipLaneController(desk, self)

    def show_book(self) -> None:
        first = self.dock.isHidden()
        self.dock.show()
        self.dock.raise_()
        if first:  # tall enough for about twelve clients (or half the window), not six
            height = min(self.book.preferred_height(), self.window.height() // 2)
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
        self.book.search.setFocus()
        self.book_controller.show()

    def _customer_loaded(self, customer: CustomerContext) -> None:
        self.notes.show_customer(customer)

    def start_outreach(self, uid: str) -> None:
        context = self.customer_controller.context
        if context is not None and context.uid == uid:
            self.outreach.open(uid, context.name, context.language)
            return
        row = next((r for r in self.book_model.rows() if r.uid == uid), None)
        self.outreach.open(uid, row.name if row else uid, row.language if row else None)

    def shutdown(self) -> None:
        self.lane.shutdown()
