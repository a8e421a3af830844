"""The main window: it assembles the panes and their controllers, nothing more (FeelUOwn's ui.py).

Inbox | conversation | customer, a status bar with the connection and the agent's presence,
menus built from :mod:`app.ui.commands`. Behaviour lives in the controllers; rules in the core.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QToolButton, QVBoxLayout, QWidget

from app import APP_NAME, __version__
from app.client import SessionState
from app.policies.attention_policy import AttentionSettings, title_with_unread
from app.policies.exposure import Exposure
from app.protocol.types import CustomerContext
from app.ui import commands, formats, labels, resources
from app.ui.app_state import connection_view
from app.ui.attention_controller import AttentionController
from app.ui.conversation_controller import ConversationController
from app.ui.csat_controller import CsatController
from app.ui.customer_controller import CustomerController
from app.ui.desk import Desk
from app.ui.dialogs.about_dialog import show_about
from app.ui.dialogs.command_palette import CommandPalette
from app.ui.dialogs.help_dialog import HelpDialog
from app.ui.dialogs.quit_confirm_dialog import QuitConfirmDialog
from app.ui.identity_desk import IdentityDesk
from app.ui.inbox_controller import InboxController, views_for
from app.ui.inbox_counts import TabCounts
from app.ui.incidents_controller import IncidentsController
from app.ui.item_models.inbox_model import InboxModel
from app.ui.macro_controller import MacroController
from app.ui.mentions_controller import MentionsController
from app.ui.panes.connection_banner import ConnectionBanner
from app.ui.panes.connection_indicator import ConnectionIndicator
from app.ui.panes.conversation_pane import ConversationPane
from app.ui.panes.customer_pane import CustomerPane
from app.ui.panes.inbox_pane import InboxPane
from app.ui.popout import PopOutWindow
from app.ui.presence_controller import PresenceController
from app.ui.routing_controller import RoutingController
from app.ui.server_search_controller import ServerSearchController
from app.ui.supervisor_controller import SupervisorController
from app.ui.vip_desk import VipDesk
from app.ui.widgets import plain_label

PREFERRED = QSize(1440, 880)
FRAME = QSize(16, 48)  # room for the window's frame and title bar inside the available area


def initial_size(available: QSize) -> QSize:
    """The window's first size: 1440×880 where that fits, else the screen's available area (a
    1920×1080 laptop at 150 % offers about 1280×680) less the frame."""
    return QSize(
        max(640, min(PREFERRED.width(), available.width() - FRAME.width())),
        max(480, min(PREFERRED.height(), available.height() - FRAME.height())),
    )


class MainWindow(QMainWindow):
    settings_requested = Signal()
    sign_out_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        desk: Desk,
        *,
        idle_minutes: int,
        attention: Callable[[], AttentionSettings],
        customer_chat: Callable[[str], object] | None = None,
        keyring_notice: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowIcon(resources.app_icon())
        screen = QGuiApplication.primaryScreen()
        self.resize(initial_size(screen.availableGeometry().size()) if screen else PREFERRED)
        self.desk = desk
        self._customer_chat = customer_chat  # --demo: open the shown customer's web chat
        self.popouts: dict[int, PopOutWindow] = {}
        self._keyring_notice = keyring_notice  # a demo keeps nothing: no keyring to miss
        self._close_confirmed = False

        # panes
        self.inbox_model = InboxModel(desk.store, desk.bridge, self)
        self.views = views_for(desk.role)
        self.inbox = InboxPane(self.inbox_model, self.views)
        self.conversation = ConversationPane()
        self.customer = CustomerPane()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for pane in (self.inbox, self.conversation, self.customer):
            splitter.addWidget(pane)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 640, 420])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        # controllers
        self.inbox_controller = InboxController(desk, self.inbox, self.inbox_model, self)
        self.conversation_controller = ConversationController(desk, self.conversation, self)
        self.customer_controller = CustomerController(desk, self.customer, self)
        self.server_search = ServerSearchController(  # the inbox search on the server too (issue 15)
            desk, self.inbox_model, self.conversation_controller.open, self.customer_controller.show_uid, self
        )
        self.inbox.add_below(self.server_search.pane)
        self.presence = PresenceController(desk, idle_minutes, self)
        self.attention = AttentionController(
            desk,
            self,
            self.open_conversation_ids,
            lambda: replace(attention(), away=self.presence.effective == "away"),
            self,
        )
        self.vip = VipDesk(
            self,
            desk,
            self.customer,
            self.customer_controller,
            self.attention,
            attention,
            self.conversation_controller.open,
        )
        central_layout.insertWidget(0, self.vip.banner)
        # routing (issue 19): the tabs' counts, transfer/escalate and load, mentions
        self.tab_counts = TabCounts(desk, self.inbox, self)
        self.routing = RoutingController(desk, self, self.conversation_controller, self)
        self.mentions = MentionsController(
            desk, self.attention.service, lambda: self.attention.is_active(), self.open_conversation_ids,
            attention, self,
        )
        self.supervisor = SupervisorController(  # the live floor and reports (issue 20)
            desk, self, self.conversation_controller.open, self.routing.team_names, self
        )
        self.macros = MacroController(desk, self, self.inbox.selected_ids, self)  # issue 20
        self.csat = CsatController(  # low CSAT scores (issue 20)
            desk, self.attention.service, lambda: self.attention.is_active(), self.open_conversation_ids,
            attention, self,
        )
        self.connection_banner = ConnectionBanner(desk.session.server_url or "")
        self.connection_banner.reconnect_requested.connect(
            lambda: self.desk.bridge.run(self.desk.session.reconnect_now(), name="reconnect")
        )
        self.connection_banner.sign_in_requested.connect(self.sign_out_requested.emit)
        central_layout.insertWidget(0, self.connection_banner)
        self.identity = IdentityDesk(self, desk, self.conversation, self.conversation_controller,
                                     self.customer_controller, lambda text: self.message.setText(text))
        # incidents (issue 23): the bar with counts, declare/update for supervisors, account freeze
        self.incidents = IncidentsController(desk, self, self.conversation_controller, self)
        central_layout.insertWidget(0, self.incidents.bar)
        self.incidents.notice.connect(lambda text: self.message.setText(text))

        # status bar
        self.connection = ConnectionIndicator()
        self.connection.clicked.connect(self._connection_clicked)
        self.me_button = QToolButton()
        self.me_button.setAutoRaise(True)
        self.me_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.unread_label = plain_label("", "Muted")
        self.message: QLabel = plain_label("", "Muted")
        self.keyring_label = plain_label("", "GuardWarning")
        self.keyring_label.hide()
        self.clock = plain_label("", "Clock")  # the agent's zone and UTC: customers quote "16:00 UTC"
        self._clock_timer = QTimer(self, interval=20_000)
        self._clock_timer.timeout.connect(self._show_clock)
        self._clock_timer.start()
        self._show_clock()
        bar = self.statusBar()
        bar.addWidget(self.connection)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.keyring_label)
        bar.addPermanentWidget(self.unread_label)
        bar.addPermanentWidget(self.clock)
        bar.addPermanentWidget(self.me_button)

        # wiring
        self.inbox.conversation_selected.connect(self.conversation_controller.open)
        self.inbox.conversation_selected.connect(self.mentions.opened)
        header = self.conversation.header
        header.transfer_menu_opening.connect(lambda: self.routing.extend_transfer_menu(header.transfer_menu))
        header.transfer_menu_opening.connect(
            lambda: self.incidents.extend_transfer_menu(header.transfer_menu)
        )
        self.inbox.filters_changed.connect(lambda f: self.conversation.set_search(f.search))
        self.inbox.filters_changed.connect(self.server_search.filters_changed)
        self.conversation_controller.customer_wanted.connect(self.customer_controller.show_uid)
        self.conversation_controller.pop_out_requested.connect(self.pop_out)
        self.customer_controller.loaded.connect(self._customer_known)
        self.customer_controller.revealed.connect(self._customer_known)
        self.customer_controller.revealed.connect(self._revealed)
        self.customer_controller.hidden.connect(lambda: self.conversation.header.show_name(None))
        self.conversation_controller.exposure_changed.connect(self._exposure)
        self.customer.conversation_requested.connect(self.pop_out)
        self.attention.unread_changed.connect(self._show_unread)
        self.presence.presence_changed.connect(lambda _p: self._update_me())
        self.presence.presence_changed.connect(self.vip.cover.presence_changed)
        self.vip.lane.changed.connect(lambda _text: self._show_unread(self.attention.unread))
        desk.state_changed.connect(self._state_changed)
        desk.agents_changed.connect(self._update_me)  # my teams, once agents.list arrives
        desk.bridge.failed.connect(self._operation_failed)

        self.actions_by_key = commands.build(
            self, self._handlers(), skip=commands.skipped_for(desk.role), views=self.views
        )
        self._update_me()
        self._state_changed(desk.state)
        self._show_unread(0)

    # --- commands -------------------------------------------------------------------------------
    def _handlers(self) -> dict[str, Callable[[], object]]:
        c = self.conversation_controller
        handlers: dict[str, Callable[[], object]] = {
            "next": lambda: self.inbox.step(1),
            "previous": lambda: self.inbox.step(-1),
            "assign_me": c.assign_to_me,
            "resolve": c.resolve,
            "pop_out": self._pop_out_current,
            "internal_note": self.conversation.composer.internal.toggle,
            "edit_ticket": c.edit_ticket,
            "focus_search": self.inbox.focus_search,
            "focus_composer": self.conversation.composer.edit.setFocus,
            "canned": c.open_canned,
            "palette": self.open_palette,
            "view_mine": lambda: self.inbox.set_view("mine"),
            "view_unassigned": lambda: self.inbox.set_view("unassigned"),
            "view_vip": lambda: self.inbox.set_view("vip"),
            "view_all": lambda: self.inbox.set_view("all"),
            "view_my_clients": lambda: self.inbox.set_view("my_clients"),
            "view_mentions": lambda: self.inbox.set_view("mentions"),
            "transfer_team": self.routing.transfer,
            "escalate": self.routing.escalate,
            "team_load": self.routing.show_load,
            "live_floor": self.supervisor.show_floor,
            "run_macro": self.macros.open,
            "edit_macros": lambda: self.macros.edit(self.routing.team_names()),
            "reports": self.supervisor.show_reports,
            "busy": lambda: self.presence.choose("busy"),
            "book": self.vip.show_book,
            "backup": self.vip.cover.choose_backup,
            "available": lambda: self.presence.choose("available"),
            "away": lambda: self.presence.choose("away"),
            "settings": self.settings_requested.emit,
            "sign_out": self.sign_out_requested.emit,
            "quit": self.close,
            "shortcuts": self.open_help,
            "about": lambda: show_about(self),
            "audit_log": self.identity.open_audit,
            "declare_incident": self.incidents.declare,
            "freeze_request": self.incidents.request_freeze,
        }
        if self._customer_chat:
            handlers["customer_chat"] = self._play_customer
        return handlers

    def _play_customer(self) -> None:
        uid = self.customer_controller.uid
        if uid is not None and self._customer_chat is not None:
            self._customer_chat(uid)

    def command_actions(self) -> list[QAction]:
        return list(self.actions_by_key.values())

    def open_palette(self) -> None:
        palette = CommandPalette(self.command_actions(), self)
        palette.setObjectName("CommandPalette")
        palette.finished.connect(palette.deleteLater)
        palette.open()
        self.command_palette = palette

    def open_help(self) -> None:
        dialog = HelpDialog(self.command_actions(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.help_dialog = dialog

    def start(self, view: str | None = None) -> None:
        """Show the inbox (``None``: the role's default view, Mine for agents)."""
        self.inbox_controller.start(view)

    # --- pop-outs -------------------------------------------------------------------------------
    def _pop_out_current(self) -> None:
        cid = self.conversation_controller.conversation_id
        if cid:
            self.pop_out(cid)

    def pop_out(self, conversation_id: int) -> None:
        existing = self.popouts.get(conversation_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return
        window = PopOutWindow(self.desk, conversation_id, self)
        window.closed.connect(lambda cid: self.popouts.pop(cid, None))
        self.popouts[conversation_id] = window
        window.show()

    def open_conversation_ids(self) -> set[int]:
        ids = set(self.popouts)
        if self.conversation_controller.conversation_id is not None:
            ids.add(self.conversation_controller.conversation_id)
        return ids

    # --- status ---------------------------------------------------------------------------------
    def _state_changed(self, state: SessionState) -> None:
        view = connection_view(state)
        self.connection.set_view(view)
        self.connection_banner.set_view(view)
        self.inbox.set_online(view.status == "online")
        self._update_me()
        self._show_keyring_notice()

    def _show_clock(self) -> None:
        now = datetime.now(UTC)
        zone = formats.zone_label(now)
        utc = f"{now.strftime('%H:%M')} UTC"
        self.clock.setText(utc if zone == "UTC" else f"{formats.clock(now)} {zone} · {utc}")
        self.clock.setToolTip(formats.utc_hover(now))

    def theme_changed(self) -> None:
        """Painted parts and tinted icons in the new theme's colours."""
        self.inbox.retint()
        self.conversation.retint()
        self.customer.retint()
        for window in self.popouts.values():
            window.pane.retint()

    def _revealed(self, customer: CustomerContext) -> None:
        detail = self.conversation_controller.detail
        if detail is not None and detail.row.customer_uid == customer.uid:
            self.conversation.header.show_name(customer.name)

    def _exposure(self, exposure: Exposure | None) -> None:  # Signal(object): the controller's Exposure
        detail = self.conversation_controller.detail
        uid = detail.row.customer_uid if detail is not None else None
        self.customer.show_exposure(exposure, uid)

    def _connection_clicked(self) -> None:
        if self.connection.state_code == "relogin":
            self.sign_out_requested.emit()
        elif self.connection.state_code in ("reconnecting", "offline"):
            self.desk.bridge.run(self.desk.session.reconnect_now(), name="reconnect")

    def _update_me(self) -> None:
        me = self.desk.me
        name = me.display_name if me else self.desk.username
        presence = self.presence.effective if hasattr(self, "presence") else "available"
        teams = next((a.teams for a in self.desk.agents if a.username == self.desk.username), [])
        role = labels.role(self.desk.role)
        parts = [name, role, *(labels.team(t) for t in teams), labels.presence(presence)]
        self.me_button.setText(" · ".join(p for p in parts if p))
        menu = QMenu(self.me_button)
        menu.addAction(labels.presence("available"), lambda: self.presence.choose("available"))
        menu.addAction(labels.presence("busy"), lambda: self.presence.choose("busy"))  # no new assignments
        menu.addAction(labels.presence("away"), lambda: self.presence.choose("away"))
        menu.addSeparator()
        menu.addAction(self.tr("Sign out"), self.sign_out_requested.emit)
        old = self.me_button.menu()
        self.me_button.setMenu(menu)
        if old is not None:
            old.deleteLater()
        self._show_unread(self.attention.unread if hasattr(self, "attention") else 0)

    def _show_unread(self, count: int) -> None:
        me = self.desk.me
        lane = self.vip.lane.text if hasattr(self, "vip") else ""
        parts = [
            f"{APP_NAME} {__version__}",
            self.tr("VIP %1").replace("%1", lane) if lane else "",  # the priority lane's timer
            me.display_name if me else "",
        ]
        self.setWindowTitle(title_with_unread(" — ".join(p for p in parts if p), count))
        self.unread_label.setText(self.tr("%1 unread").replace("%1", str(count)) if count else "")

    def _customer_known(self, customer: CustomerContext) -> None:
        detail = self.conversation_controller.detail
        if detail is not None and detail.row.customer_uid == customer.uid:
            self.conversation_controller.customer_name = customer.name

    def _operation_failed(self, name: str, exc: BaseException) -> None:
        code = getattr(exc, "code", None)
        self.message.setText(
            labels.error(code)
            if code
            else self.tr("Something went wrong: %1").replace("%1", type(exc).__name__)
        )

    def _show_keyring_notice(self) -> None:
        """Say so while this desk's secrets cannot outlive the run (no keyring, or locked)."""
        session = self.desk.session
        status = session.keyring_status
        problem = status.problem or (None if session.cache_in_keyring else "no_keyring")
        text = labels.keyring_notice(problem, status.hint) if self._keyring_notice else ""
        self.keyring_label.setText(self.tr("Not remembered") if text else "")
        self.keyring_label.setToolTip(text)
        self.keyring_label.setVisible(bool(text))

    def close_without_asking(self) -> None:
        """Close for signing out or quitting once confirmed (the session's fate is decided)."""
        self._close_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        at_risk = 0 if self._close_confirmed else self.desk.session.replies_at_risk
        if at_risk:
            event.ignore()
            QuitConfirmDialog(at_risk, self.close_without_asking, self).open()
            return
        for window in list(self.popouts.values()):
            window.close()
        self.conversation_controller.close()
        self.inbox_model.shutdown()
        self.tab_counts.stop()
        self.presence.shutdown()
        self.attention.shutdown()
        self.vip.shutdown()
        super().closeEvent(event)
        self.quit_requested.emit()
