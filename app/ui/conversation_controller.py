"""Drives one :class:`ConversationPane` through the core (main window or popped-out window).

Every gesture of the pane becomes one core call through the async bridge (no async methods on
widgets); the pane then shows what the store reports. Opening a conversation: its detail, the
cached thread at once, the server's newest page behind it, the draft, ``mark_read`` and a
``viewing`` signal to colleagues. Their ``viewing``/``typing`` signals feed the core's
:class:`~app.core.collision.Collision` model, which the collision banner renders.
Scrolling to the top (or "Load earlier messages") pages in older history through the core's
:class:`~app.core.thread_paging.ThreadPager`; the view keeps the agent's place. A ticket's
category, due date and subject are edited in a :class:`TicketDialog` and saved with
``conversation.update``; the header shows them once the server's event reaches the cache.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.client import RequestFailed
from app.core.collision import Collision, CollisionState
from app.core.thread_paging import ThreadPager, ThreadWindow
from app.policies.canned_render import CannedValues
from app.policies.exposure import Exposure, exposure
from app.policies.ticket_edit import TicketEdit, ticket_fields
from app.protocol import methods
from app.protocol import telegram as pt_telegram
from app.protocol.signals import PeerSignal, Typing, Viewing
from app.protocol.types import CannedReply
from app.store import Change, ConversationDetail, MessagesChange
from app.ui import labels
from app.ui.attachments_controller import AttachmentsController
from app.ui.canned_files_controller import CannedFilesController
from app.ui.desk import Desk
from app.ui.dialogs.assign_confirm import AssignConfirm
from app.ui.dialogs.canned_picker import CannedPicker
from app.ui.dialogs.ticket_dialog import TicketDialog
from app.ui.item_models.thread_model import thread_item
from app.ui.panes.conversation_pane import ConversationPane

VIEWING_REFRESH_MS = 8000  # "viewing" again while shown: a colleague who opens it later sees us


class ConversationController(QObject):
    opened = Signal(int)
    customer_wanted = Signal(str)  # uid of the open conversation's customer
    pop_out_requested = Signal(int)
    exposure_changed = Signal(object)  # Exposure | None: the customer exposed a secret here

    def __init__(self, desk: Desk, pane: ConversationPane, parent: QObject | None = None) -> None:
        super().__init__(parent or pane)
        self.desk = desk
        self.pane = pane
        self.conversation_id: int | None = None
        self.detail: ConversationDetail | None = None
        self.customer_name: str | None = None  # revealed or masked, for canned replies
        self.ticket_dialog: TicketDialog | None = None
        self.collision = Collision(lambda: desk.username)
        self._collision_off = self.collision.changed.connect(self._render_peers)
        self._peer_timer = QTimer(self, interval=2000)
        self._peer_timer.timeout.connect(self.collision.expire)
        self._peer_timer.start()
        self.pager = ThreadPager(desk.store, desk.session.fetch_messages, lambda: desk.session.online)
        self.exposure: Exposure | None = None
        self.confirm: AssignConfirm | None = None
        self._viewing_sent: int | None = None  # the conversation colleagues were last told about
        self._viewing_timer = QTimer(self, interval=VIEWING_REFRESH_MS)
        self._viewing_timer.timeout.connect(self.refresh_viewing)
        self._viewing_timer.start()
        self.attachments = AttachmentsController(desk, pane)  # previews, viewer, uploads

        header, composer = pane.header, pane.composer
        header.assign_to_me.connect(self.assign_to_me)
        header.transfer_to.connect(lambda user: self.update(assignee=user or None))
        header.status_chosen.connect(self.set_status)
        header.priority_chosen.connect(lambda p: self.update(priority=p))
        header.tags_chosen.connect(lambda tags: self.update(tags=tags))
        header.edit_ticket_requested.connect(self.edit_ticket)
        header.pop_out.connect(self._pop_out)
        header.transfer_menu_opening.connect(self._fill_agents)
        composer.official_domains = lambda: desk.session.official_domains
        composer.explorer_domains = lambda: desk.session.explorer_domains
        composer.official_handles = lambda: desk.session.official_handles
        composer.send_requested.connect(self.send)
        composer.send_anyway_requested.connect(self.send_held)
        composer.draft_changed.connect(self._save_draft)
        composer.typing_changed.connect(self._typing)
        composer.canned_requested.connect(self.open_canned)
        pane.thread_view.retry_requested.connect(self.retry)
        pane.thread_view.resend_requested.connect(self.resend_telegram)
        pane.thread_view.edit_requested.connect(composer.insert_text)
        pane.thread_view.top_reached.connect(self.load_earlier)
        pane.history.load_requested.connect(self.load_earlier)
        desk.messages_changed.connect(self._messages_changed)
        desk.rows_changed.connect(self._rows_changed)
        desk.peer_signal.connect(self._peer_signal)
        desk.agents_changed.connect(self._fill_agents)
        desk.state_changed.connect(self._show_history)  # online or not: what "earlier" can do
        desk.came_online.connect(self.refresh_viewing)  # the server forgot us when we were gone

    # --- opening --------------------------------------------------------------------------------
    def open(self, conversation_id: int | None) -> None:
        if conversation_id == self.conversation_id:
            return
        previous = self.conversation_id
        self.conversation_id = conversation_id
        self.pager.open(conversation_id)
        self.detail = None
        self.collision.open(conversation_id)
        self.pane.show_error("")
        run = self.desk.bridge.run
        self._set_exposure(None)
        if previous is not None:
            self._send_viewing(None)
        if conversation_id is None:
            self.pane.composer.set_conversation(None)
            self.pane.thread_model.reset(None, [])
            self.pane.history.show_state(None)
            self.pane.header.show_detail(None, self.desk.username)
            self.pane.show_placeholder()
            return
        self.pane.show_body()
        self.pane.composer.set_conversation(conversation_id, "")
        self.pane.thread_model.reset(conversation_id, [])
        cid = conversation_id
        run(
            self.desk.store.get_conversation(cid),
            done=lambda d: self._show_detail(cid, d),
            guard=self.pane,
            name="conversation.get",
        )
        self._reload_messages()
        run(
            self.desk.store.get_draft(cid),
            done=lambda text: self._show_draft(cid, text),
            guard=self.pane,
            name="draft.get",
        )
        run(self.desk.store.mark_read(cid), name="mark_read")
        self._send_viewing(cid)
        latest = self.pager.load_latest()
        if latest is not None:
            run(latest, done=self._show_window, guard=self.pane, name="conversation.messages")
        self._show_history()
        self.opened.emit(cid)

    def close(self) -> None:
        """Leaving (window closed, signed out): tell colleagues, keep the draft."""
        self.pane.composer.set_conversation(None)
        self._viewing_timer.stop()
        if self.conversation_id is not None:
            self._send_viewing(None)
        self.conversation_id = None
        self.pager.open(None)

    def _show_detail(self, cid: int, detail: ConversationDetail | None) -> None:
        if cid != self.conversation_id:
            return
        self.detail = detail
        self.pane.header.show_detail(detail, self.desk.username, self.desk.display_name_of)
        if detail is not None:
            if self.customer_name is None or not self._same_customer(detail):
                self.customer_name = detail.row.customer_name
            self.customer_wanted.emit(detail.row.customer_uid)

    def _same_customer(self, detail: ConversationDetail) -> bool:
        shown = self.detail
        return shown is not None and shown.row.customer_uid == detail.row.customer_uid

    def _show_draft(self, cid: int, text: str) -> None:
        if cid == self.conversation_id and text and not self.pane.composer.text():
            self.pane.composer.set_conversation(cid, text)

    def _reload_messages(self) -> None:
        if self.conversation_id is None:
            return
        self.desk.bridge.run(self.pager.refresh(), done=self._show_window, guard=self.pane, name="messages")

    def load_earlier(self) -> None:
        """The agent scrolled to the top or asked for earlier messages."""
        work = self.pager.load_earlier()  # None: loading already, or nothing earlier to get now
        if work is None:
            return
        self.desk.bridge.run(work, done=self._show_window, guard=self.pane, name="conversation.earlier")
        self._show_history()

    def _show_window(self, window: ThreadWindow | None) -> None:
        """A window of the open thread; one for a conversation left meanwhile, or superseded by a
        newer one, shows nothing (its messages are in the cache for when it is opened)."""
        if window is not None and self.pager.is_current(window) and self.conversation_id is not None:
            me = self.desk.username
            thread = self.pane.thread_view
            thread.hold_anchor()
            self.pane.thread_model.sync([thread_item(m, me) for m in window.messages])
            thread.restore_anchor()
            self._set_exposure(exposure(window.messages))
        self._show_history()

    def _show_history(self, *_args: object) -> None:
        if self.conversation_id is not None:
            self.pane.history.show_state(self.pager.history)

    # --- store changes --------------------------------------------------------------------------
    def _messages_changed(self, change: MessagesChange) -> None:
        if change.conversation_id == self.conversation_id:
            self._reload_messages()
            if self.pane.isVisible() and self.pane.window().isActiveWindow():
                self.desk.bridge.run(self.desk.store.mark_read(change.conversation_id), name="mark_read")

    def _rows_changed(self, change: Change) -> None:
        cid = self.conversation_id
        if cid is not None and (change.reset or cid in change.ids):
            self.desk.bridge.run(
                self.desk.store.get_conversation(cid),
                done=lambda d: self._show_detail(cid, d),
                guard=self.pane,
                name="conversation.get",
            )

    # --- gestures -------------------------------------------------------------------------------
    def send(self, body: str, internal: bool) -> None:
        cid = self.conversation_id
        if cid is None:
            return
        attached = self.pane.composer.files.take()  # the uploads that are ready go with it
        self.desk.bridge.run(
            self.desk.session.send_message(cid, body, internal=internal, files=attached),
            error=self._failed,
            guard=self.pane,
            name="message.send",
        )

    def send_held(self, body: str) -> None:
        """The agent confirmed a reply the guard holds for review: sent now with ``confirm_held``
        (the composer keeps the text until the server took it; a failure says why)."""
        cid = self.conversation_id
        composer = self.pane.composer
        if cid is None:
            return
        self.pane.show_error("")

        def sent(_message: object) -> None:
            if cid == self.conversation_id:
                composer.files.take()  # they went with it (another conversation's stay)
            composer.held_sent(cid, body)

        def failed(exc: BaseException) -> None:
            composer.held_failed(cid)
            self._failed(exc)

        self.desk.bridge.run(
            self.desk.session.send_held(cid, body, files=composer.files.ready()),
            done=sent,
            error=failed,
            guard=self.pane,
            name="message.send_held",
        )

    def retry(self, local_id: Any) -> None:
        if local_id is not None:
            self.desk.bridge.run(
                self.desk.session.retry_failed(int(local_id)),
                error=self._failed,
                guard=self.pane,
                name="retry",
            )

    def assign_to_me(self) -> None:
        """Take the conversation; one a colleague has is taken over only once the agent says so."""
        row = self.detail.row if self.detail is not None else None
        me = self.desk.username
        if row is None or row.assignee == me:
            return
        if row.assignee:
            colleague = self.desk.display_name_of(row.assignee)
            confirm = AssignConfirm(row.customer_name, colleague, self.pane.window())
            cid = self.conversation_id
            def confirmed() -> None:
                if cid == self.conversation_id:
                    self.update(assignee=me)

            confirm.accepted.connect(confirmed)
            confirm.finished.connect(confirm.deleteLater)
            self.confirm = confirm
            confirm.open()
            return
        self.update(assignee=me)

    # --- viewing ----------------------------------------------------------------------------------
    def shown(self) -> bool:
        """The conversation is on screen (the window need not be the active one)."""
        window = self.pane.window()
        return (
            self.conversation_id is not None
            and self.pane.isVisible()
            and not window.isMinimized()
        )

    def refresh_viewing(self) -> None:
        """Tell colleagues again that this conversation is shown here (or that it no longer is)."""
        self._send_viewing(self.conversation_id if self.shown() else None, again=True)

    def _send_viewing(self, cid: int | None, *, again: bool = False) -> None:
        if cid is None and self._viewing_sent is None and again:
            return  # nothing was announced: nothing to take back
        if not self.desk.session.online:
            self._viewing_sent = None  # said again once the connection is back
            return
        self._viewing_sent = cid
        self.desk.bridge.run(self.desk.session.send_signal(Viewing(conversation_id=cid)), name="viewing")

    # --- the customer's exposed secrets -----------------------------------------------------------
    def _set_exposure(self, found: Exposure | None) -> None:
        if found != self.exposure:
            self.exposure = found
            self.pane.header.alert.show_exposure(found, self.desk.clock.now())
            self.exposure_changed.emit(found)

    def resolve(self) -> None:
        self.update(status="resolved")

    def set_status(self, status: str, snoozed_until: datetime | timedelta | None) -> None:
        if isinstance(snoozed_until, timedelta):  # "in 1 hour": on the server's clock
            snoozed_until = self.desk.clock.now() + snoozed_until
        if status == "snoozed" and snoozed_until is not None:
            self.update(status=status, snoozed_until=snoozed_until)
        else:
            self.update(status=status)

    def update(self, **changes: Any) -> None:
        """``conversation.update``; the server's event updates the cache and then the views."""
        cid = self.conversation_id
        if cid is None:
            return
        self.pane.show_error("")
        self.desk.bridge.run(
            self._update(cid, changes), error=self._failed, guard=self.pane, name="conversation.update"
        )

    async def _update(self, cid: int, changes: dict[str, Any]) -> None:
        # The cache changes when the server's ``conversation.updated`` event arrives (in seq order).
        await self.desk.session.call(methods.UPDATE, methods.UpdateParams(conversation_id=cid, **changes))

    def edit_ticket(self) -> None:
        """Open the ticket dialog for the open conversation (nothing for other channels)."""
        current = ticket_fields(self.detail)
        cid = self.conversation_id
        if current is None or cid is None:
            return
        if self.ticket_dialog is not None:  # open already
            self.ticket_dialog.raise_()
            self.ticket_dialog.activateWindow()
            return
        dialog = TicketDialog(current, lambda: self.desk.clock.now(), self.pane.window())
        dialog.submitted.connect(lambda edit: self._save_ticket(dialog, cid, edit))
        dialog.finished.connect(lambda _result: self._ticket_closed(dialog))
        self.ticket_dialog = dialog
        dialog.open()

    def _ticket_closed(self, dialog: TicketDialog) -> None:
        if self.ticket_dialog is dialog:
            self.ticket_dialog = None
        dialog.deleteLater()

    def _save_ticket(self, dialog: TicketDialog, cid: int, edit: TicketEdit) -> None:
        """Send the changed fields; the dialog closes when the server took them and shows its
        refusal otherwise. The header follows the ``conversation.updated`` event."""
        if not edit.changes:
            dialog.accept()
            return
        self.desk.bridge.run(
            self.desk.session.call(methods.UPDATE, methods.UpdateParams(conversation_id=cid, **edit.changes)),
            done=lambda _result: dialog.accept(),
            error=lambda exc: self._ticket_failed(dialog, exc),
            guard=dialog,
            name="ticket.edit",
        )

    def resend_telegram(self, message_id: int) -> None:
        """Send again a Telegram reply the server could not confirm; the thread's new note
        (``telegram.resent``) arrives as an event."""
        self.pane.show_error("")
        self.desk.bridge.run(
            self.desk.session.call(pt_telegram.RESEND, pt_telegram.ResendParams(message_id=message_id)),
            error=self._failed, guard=self.pane, name="telegram.resend",
        )

    def _ticket_failed(self, dialog: TicketDialog, exc: BaseException) -> None:
        dialog.show_error(self._error_text(exc))
        if not isinstance(exc, RequestFailed):
            self.desk.bridge.report("ticket", exc)

    @staticmethod
    def _error_text(exc: BaseException) -> str:
        if isinstance(exc, RequestFailed):
            text = labels.error(exc.code)
            if exc.code in ("blocked", "held_for_review") and exc.message:
                text = f"{text} {exc.message}"
            return text
        return labels.error("internal")

    def _failed(self, exc: BaseException) -> None:
        self.pane.show_error(self._error_text(exc))
        if not isinstance(exc, RequestFailed):
            self.desk.bridge.report("conversation", exc)

    def _save_draft(self, cid: Any, text: str) -> None:
        if cid is not None:
            self.desk.bridge.run(self.desk.store.put_draft(int(cid), text), name="draft.put")

    def _typing(self, cid: Any, active: bool, internal: bool) -> None:
        """Typing signals reach the customer too, so a note being written sends none."""
        if cid is None or (active and internal):
            return
        self.desk.bridge.run(
            self.desk.session.send_signal(Typing(conversation_id=int(cid), active=active)), name="typing"
        )

    # --- canned replies -------------------------------------------------------------------------
    def open_canned(self) -> None:
        if self.conversation_id is None:
            return
        self.desk.bridge.run(
            self.desk.ensure_canned(), done=self._show_canned, guard=self.pane, name="canned"
        )

    def canned_values(self) -> CannedValues:
        me = self.desk.me
        row = self.detail.row if self.detail else None
        return CannedValues(
            customer_name=self.customer_name,
            uid=row.customer_uid if row else None,
            agent_name=me.display_name if me else None,
            ticket_id=str(self.conversation_id) if self.conversation_id else None,
            customer_language=row.language if row else None,
            vip_tier=row.vip_tier if row else 0,
        )

    def _show_canned(self, replies: list[CannedReply]) -> None:
        manage = self.desk.role == "supervisor"  # the server checks the role too
        picker = CannedPicker(replies, self.canned_values(), parent=self.pane.window(), manage_files=manage)
        picker.setObjectName("CannedPicker")
        if manage:
            CannedFilesController(self.desk, picker)  # lives with the picker
        picker.picked.connect(self.pane.composer.insert_text)
        picker.picked_reply.connect(self.attachments.attach_canned)  # its files, if it carries any
        picker.finished.connect(picker.deleteLater)
        picker.finished.connect(self._back_to_reply)
        picker.open()
        self.picker = picker

    def _back_to_reply(self, *_result: object) -> None:
        """The picker closed: the keyboard goes back to the reply box (whatever the window
        manager does about the focus)."""
        window = self.pane.window()
        window.activateWindow()
        self.pane.composer.edit.setFocus()

    # --- colleagues here ------------------------------------------------------------------------
    def _peer_signal(self, signal: PeerSignal) -> None:
        self.collision.receive(signal)

    def _render_peers(self, state: CollisionState) -> None:
        self.pane.set_collision(list(state.viewing), list(state.typing))

    def _pop_out(self) -> None:
        if self.conversation_id:
            self.pop_out_requested.emit(self.conversation_id)

    def _fill_agents(self) -> None:
        agents = [(a.username, a.display_name, a.presence) for a in self.desk.agents]
        self.pane.header.set_agents(agents, self.desk.username)
