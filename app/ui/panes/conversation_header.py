"""The bar above the thread: who the customer is and the conversation's actions.

Actions are forwarded as signals (assign to me, transfer, status with snooze time, priority,
tags, edit a ticket, pop out); the controller performs them through the core and the header shows
the conversation as the server then reports it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.policies.ticket_edit import ticket_fields
from app.store.types import ConversationDetail
from app.ui import formats, labels, resources, theme
from app.ui.panes.security_alert import SecurityAlertBanner
from app.ui.widgets import ElidedLabel, FlowLayout, TagStrip, badge, clear_layout, tool_button

PRESENCE_ORDER = {"available": 0, "busy": 1, "away": 2, "offline": 3}


def _emitter(signal: SignalInstance, *args: object) -> Callable[[], None]:
    """A menu action's slot that emits ``args`` on ``signal`` (bound now, not at the loop's end)."""

    def emit() -> None:
        signal.emit(*args)

    return emit


class ConversationHeader(QFrame):
    assign_to_me = Signal()
    transfer_to = Signal(str)
    # status, snoozed_until: a datetime the agent picked, a timedelta from now (the controller
    # adds it to the server's clock), or None
    status_chosen = Signal(str, object)
    priority_chosen = Signal(str)
    tags_chosen = Signal(list)
    edit_ticket_requested = Signal()
    pop_out = Signal()
    transfer_menu_opening = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaneHeader")
        self.detail: ConversationDetail | None = None
        self.name = ElidedLabel("", "PaneTitle", prefer_full=True)
        self.revealed_name: str | None = None  # the unmasked name after Reveal (until Hide)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(4)
        self.sub = ElidedLabel("", "Muted")
        self.subject = ElidedLabel("", "Subject")
        self.subject.hide()
        self.tags = TagStrip()
        self.alert = SecurityAlertBanner(compact=True)

        self.assign = tool_button(self.tr("Assign to me"))
        self.transfer = tool_button(self.tr("Transfer"))
        self.transfer.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.transfer_menu = QMenu(self)
        self.transfer_menu.aboutToShow.connect(self.transfer_menu_opening)
        self.transfer.setMenu(self.transfer_menu)
        self.status = tool_button(self.tr("Status"))
        self.status.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status.setMenu(self._status_menu())
        self.priority = tool_button(self.tr("Priority"))
        self.priority.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        prio_menu = QMenu(self)
        for code in ("urgent", "high", "normal", "low"):
            prio_menu.addAction(labels.priority(code), _emitter(self.priority_chosen, code))
        self.priority.setMenu(prio_menu)
        self.tag_button = tool_button(self.tr("Tags…"))
        self.tag_button.clicked.connect(self._edit_tags)
        self.edit_ticket = tool_button(self.tr("Edit ticket…"))
        self.edit_ticket.setToolTip(self.tr("Change the ticket's category, due date and subject"))
        self.edit_ticket.clicked.connect(self.edit_ticket_requested)
        self.edit_ticket.hide()  # tickets only
        self.popout = tool_button(tip=self.tr("Open in its own window"))
        self.popout.setAccessibleName(self.tr("Open in its own window"))
        self.popout.setIcon(resources.tinted_icon("popout", theme.color("muted")))
        self.popout.clicked.connect(self.pop_out)
        self.assign.clicked.connect(self.assign_to_me)

        for button in (self.transfer, self.status, self.priority):
            button.setAccessibleName(button.text())
            button.setText(button.text() + " ▾")

        title = QHBoxLayout()
        title.setSpacing(8)
        title.addWidget(self.name)
        title.addLayout(self.badges)
        title.addWidget(self.tags, 1)  # the tags take what is left, never the name's room
        title.addWidget(self.popout)
        self.action_row = FlowLayout(spacing=6)
        buttons = (self.assign, self.transfer, self.status, self.priority, self.tag_button, self.edit_ticket)
        for button in buttons:
            self.action_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(5)
        layout.addLayout(title)
        layout.addWidget(self.sub)
        layout.addWidget(self.subject)
        layout.addLayout(self.action_row)
        layout.addWidget(self.alert)
        self.set_enabled(False)

    def _status_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(labels.status("open"), lambda: self.status_chosen.emit("open", None))
        menu.addAction(labels.status("pending"), lambda: self.status_chosen.emit("pending", None))
        snooze = menu.addMenu(self.tr("Snooze until"))
        for text, delta in (
            (self.tr("In 1 hour"), timedelta(hours=1)),
            (self.tr("In 4 hours"), timedelta(hours=4)),
            (self.tr("Tomorrow"), timedelta(days=1)),
        ):
            snooze.addAction(text, _emitter(self.status_chosen, "snoozed", delta))
        snooze.addAction(self.tr("Pick a time…"), self._pick_snooze)
        menu.addSeparator()
        menu.addAction(labels.status("resolved"), lambda: self.status_chosen.emit("resolved", None))
        return menu

    def _pick_snooze(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Snooze until"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600), calendarPopup=True)
        edit.setMinimumDateTime(QDateTime.currentDateTime())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        dialog.accepted.connect(
            lambda: self.status_chosen.emit(
                "snoozed", datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)
            )
        )
        dialog.open()

    def _edit_tags(self) -> None:
        if self.detail is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Tags"))
        dialog.setLabelText(self.tr("Tags, separated by commas:"))
        dialog.setTextValue(", ".join(self.detail.tags))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(
            lambda text: self.tags_chosen.emit([t.strip()[:40] for t in text.split(",") if t.strip()][:20])
        )
        dialog.open()

    def set_agents(self, agents: Sequence[tuple[str, str, str]], me: str) -> None:
        """Fill the transfer menu: (username, display name, presence) of the other agents, those
        who can take it now first, each with their presence as the server reports it."""
        self.transfer_menu.clear()
        others = sorted((a for a in agents if a[0] != me), key=lambda a: (PRESENCE_ORDER.get(a[2], 3), a[1]))
        if not others:
            self.transfer_menu.addAction(self.tr("No other agents")).setEnabled(False)
        for username, display, presence in others:
            dot = {"available": "●", "away": "◐"}.get(presence, "○")
            text = f"{dot}  {display.replace('&', '&&')}  ·  {labels.presence(presence)}"
            action = self.transfer_menu.addAction(text, _emitter(self.transfer_to, username))
            action.setData(presence)
        self.transfer_menu.addSeparator()
        self.transfer_menu.addAction(self.tr("Unassign"), lambda: self.transfer_to.emit(""))

    def set_enabled(self, enabled: bool) -> None:
        for button in (self.assign, self.transfer, self.status, self.priority, self.tag_button, self.popout):
            button.setEnabled(enabled)
        self.edit_ticket.setEnabled(enabled)

    def show_detail(
        self, d: ConversationDetail | None, me: str, name_of: Callable[[str], str] = str
    ) -> None:
        """Show ``d``; ``name_of`` turns an agent's username into their display name."""
        shown = self.detail
        same_customer = d is not None and shown is not None and shown.row.customer_uid == d.row.customer_uid
        self.detail = d
        clear_layout(self.badges)
        if not same_customer:
            self.revealed_name = None
        if d is None:
            self.name.set_full_text("")
            self.sub.set_full_text("")
            self.subject.set_full_text("")
            self.subject.hide()
            self.tags.set_tags([])
            self.set_enabled(False)
            self.edit_ticket.hide()
            return
        r = d.row
        self.set_enabled(True)
        self.name.set_full_text(self.revealed_name or r.customer_name)
        if r.vip_tier:
            self.badges.addWidget(badge(labels.vip_tier(r.vip_tier), "vip"))
        self.badges.addWidget(
            badge(
                labels.status(r.status),
                {"open": "accent", "resolved": "ok", "snoozed": "neutral"}.get(r.status, "warning"),
            )
        )
        if r.priority in ("high", "urgent"):
            self.badges.addWidget(
                badge(labels.priority(r.priority), "danger" if r.priority == "urgent" else "warning")
            )
        parts = [labels.channel(r.channel), f"UID {r.customer_uid}"]
        parts.append(
            self.tr("Assigned to %1").replace("%1", name_of(r.assignee))
            if r.assignee
            else self.tr("Unassigned")
        )
        if r.team:  # routing: the team it is routed to, and who had it before an escalation
            parts.append(labels.team(r.team))
        if r.escalated_from:
            parts.append(self.tr("Escalated from %1").replace("%1", r.escalated_from))
        if d.snoozed_until and r.status == "snoozed":
            parts.append(self.tr("Snoozed until %1").replace("%1", formats.date_time(d.snoozed_until)))
        ticket = ticket_fields(d)
        self.edit_ticket.setVisible(ticket is not None)
        if ticket is not None:
            if ticket.category:
                parts.append(labels.ticket_category(ticket.category))
            if ticket.due:
                parts.append(self.tr("Due %1").replace("%1", formats.date_time(ticket.due)))
        self.sub.set_full_text("  ·  ".join(parts))
        self.subject.set_full_text(r.subject or "")
        self.subject.setVisible(bool(r.subject))
        self.tags.set_tags(list(d.tags))
        self.assign.setEnabled(r.assignee != me)

    def show_name(self, revealed: str | None) -> None:
        """After Reveal the header shows the unmasked name too; ``None`` (Hide) masks it again."""
        self.revealed_name = revealed
        if self.detail is not None:
            self.name.set_full_text(revealed or self.detail.row.customer_name)

    def tag_labels(self) -> list[str]:
        return self.tags.tags()
