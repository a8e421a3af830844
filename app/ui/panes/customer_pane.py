"""The customer context beside the thread: who they are, their account's state, their money.

Renders a :class:`CustomerContext` (``customer.get``) and forwards two gestures: *Reveal* (the
shell asks for a reason, the server audits it) and opening an earlier conversation. Every value
from the customer's account is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.policies.customer_source import Source, SourceNote
from app.policies.exposure import Exposure
from app.policies.incidents import telegram_not_linked
from app.protocol.types import CustomerContext
from app.ui import formats, labels, resources, theme
from app.ui.panes.customer_activity import CustomerActivity
from app.ui.panes.customer_notes import CustomerNotes
from app.ui.panes.security_alert import SecurityAlertBanner
from app.ui.widgets import badge, clear_layout, plain_label, section_title, set_tone, tool_button


class CustomerPane(QFrame):
    reveal_requested = Signal(str)  # uid
    hide_requested = Signal()  # mask the revealed email and phone again
    conversation_requested = Signal(int)
    outreach_requested = Signal(str)  # uid: "Start conversation…" (VIP desk)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerPane")
        self.setMinimumWidth(340)
        self.customer: CustomerContext | None = None
        self._outreach_allowed = False
        self._alert_uid: str | None = None

        self.placeholder = plain_label(
            self.tr("Open a conversation to see the customer."), "Muted", wrap=True
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading = plain_label(self.tr("Loading customer…"), "Muted")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error = plain_label("", "Muted", wrap=True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.name = plain_label("", "PaneTitle", selectable=True)
        self.header_badges = QHBoxLayout()
        self.header_badges.setSpacing(4)
        self.uid = plain_label("", "Mono", selectable=True)
        self.source_note = badge("", "warning")  # "As of 12:03 · source unavailable"
        self.source_note.setWordWrap(True)
        self.source_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.source_note.hide()
        self.copy_uid = tool_button(tip=self.tr("Copy UID"))
        self.copy_uid.setAccessibleName(self.tr("Copy UID"))
        self.copy_uid.setIcon(resources.tinted_icon("copy", theme.color("muted")))
        self.copy_uid.setAutoRaise(True)
        self.copy_uid.clicked.connect(self._copy_uid)
        self.email = plain_label(selectable=True)
        self.phone = plain_label(selectable=True)
        self.reveal = QPushButton(self.tr("Reveal…"))
        self.reveal.setToolTip(self.tr("Show the full email and phone (asks for a reason; audited)"))
        self.reveal.clicked.connect(self._reveal_clicked)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setToolTip(self.tr("Mask the email and phone again (before sharing your screen)"))
        self.hide_button.clicked.connect(self.hide_requested)
        self.hide_button.hide()
        self.reveal_notice = plain_label("", "RevealNotice")
        self.reveal_notice.hide()
        self.alert = SecurityAlertBanner()
        self.language = plain_label()
        self.registered = plain_label()
        self.kyc = plain_label()
        self.kyc_badge = badge("")
        self.kyc_reason = plain_label("", "Muted", wrap=True)
        self.vip = plain_label()
        self.manager = plain_label()
        self.fees = plain_label()
        self.security = QHBoxLayout()
        self.security.setSpacing(4)
        self.activity = CustomerActivity()
        self.notes = CustomerNotes()
        self.outreach = QPushButton(self.tr("Start conversation…"))
        self.outreach.hide()  # shown for roles that may reach out (set_outreach_allowed)
        self.outreach.clicked.connect(self._outreach_clicked)
        self.activity.conversation_requested.connect(self.conversation_requested)

        details = QWidget()
        lay = QVBoxLayout(details)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(6)
        header = QHBoxLayout()
        header.addWidget(self.name)
        header.addLayout(self.header_badges)
        header.addStretch(1)
        lay.addLayout(header)
        uid_row = QHBoxLayout()
        uid_row.addWidget(plain_label(self.tr("UID"), "FieldLabel"))
        uid_row.addWidget(self.uid)
        uid_row.addWidget(self.copy_uid)
        uid_row.addStretch(1)
        lay.addLayout(uid_row)
        lay.addWidget(self.alert)
        lay.addWidget(self.source_note)

        lay.addWidget(section_title(self.tr("Contact")))
        contact = QFormLayout()
        contact.setHorizontalSpacing(12)
        contact.setVerticalSpacing(3)
        contact.addRow(self._key(self.tr("Email")), self.email)
        contact.addRow(self._key(self.tr("Phone")), self.phone)
        contact.addRow(self._key(self.tr("Language")), self.language)
        contact.addRow(self._key(self.tr("Registered")), self.registered)
        lay.addLayout(contact)
        actions = QHBoxLayout()
        actions.addWidget(self.reveal)
        actions.addWidget(self.hide_button)
        actions.addWidget(self.reveal_notice)
        actions.addWidget(self.outreach)
        actions.addStretch(1)
        lay.addLayout(actions)

        lay.addWidget(section_title(self.tr("Account")))
        account = QFormLayout()
        account.setHorizontalSpacing(12)
        account.setVerticalSpacing(3)
        kyc_row = QHBoxLayout()
        kyc_row.setSpacing(8)
        kyc_row.addWidget(self.kyc)
        kyc_row.addWidget(self.kyc_badge)
        kyc_row.addStretch(1)
        account.addRow(self._key(self.tr("KYC")), kyc_row)
        account.addRow("", self.kyc_reason)
        account.addRow(self._key(self.tr("VIP")), self.vip)
        account.addRow(self._key(self.tr("Manager")), self.manager)
        account.addRow(self._key(self.tr("Fees")), self.fees)
        lay.addLayout(account)
        lay.addWidget(section_title(self.tr("Security")))
        lay.addLayout(self.security)
        lay.addWidget(self.notes)
        lay.addWidget(section_title(self.tr("Activity")))
        lay.addWidget(self.activity, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)
        self.stack = QStackedWidget()
        for widget in (self.placeholder, self.loading, self.error, scroll):
            self.stack.addWidget(widget)
        self._details = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def set_outreach_allowed(self, allowed: bool) -> None:
        self._outreach_allowed = allowed
        self.outreach.setVisible(allowed and self.customer is not None and self.customer.vip_tier > 0)

    @staticmethod
    def _key(text: str) -> QLabel:
        return plain_label(text, "FieldLabel")

    # --- states ---------------------------------------------------------------------------------
    def show_placeholder(self) -> None:
        self.customer = None
        self.stack.setCurrentWidget(self.placeholder)

    def show_loading(self) -> None:
        if self.customer is None:
            self.stack.setCurrentWidget(self.loading)

    def show_error(self, text: str) -> None:
        self.customer = None
        self.error.setText(text)
        self.stack.setCurrentWidget(self.error)

    def show_customer(self, c: CustomerContext) -> None:
        self.customer = c
        self.name.setText(c.name)
        clear_layout(self.header_badges)
        if c.vip_tier > 0:
            self.header_badges.addWidget(badge(labels.vip_tier(c.vip_tier), "vip"))
        if telegram_not_linked(c.uid, c.verified):  # a Telegram chat: only the identity check links it
            self.header_badges.addWidget(badge(self.tr("Telegram: not linked"), "warning"))
        elif not c.verified:
            self.header_badges.addWidget(badge(self.tr("Unverified contact"), "warning"))
        self.uid.setText(c.uid)
        self.email.setText(c.email)
        self.phone.setText(c.phone)
        self.reveal.setVisible(not c.revealed)
        self.hide_button.setVisible(c.revealed)
        self.reveal_notice.setVisible(c.revealed)
        if self.alert.exposure is not None and self._alert_uid != c.uid:
            self.alert.show_exposure(None)
        self.language.setText(labels.language(c.language))
        self.registered.setText(formats.date(c.registered_at))
        self.kyc.setText(self.tr("Level %1").replace("%1", str(c.kyc_level)))
        self.kyc_badge.setText(labels.kyc_status(c.kyc_status))
        tone = {"approved": "ok", "pending": "warning", "rejected": "danger", "expired": "danger"}.get(
            c.kyc_status, "neutral"
        )
        set_tone(self.kyc_badge, tone)
        self.kyc_reason.setText(labels.kyc_reason(c.kyc_rejection_reason))
        self.kyc_reason.setVisible(bool(c.kyc_rejection_reason))
        self.vip.setText(labels.vip_tier(c.vip_tier) if c.vip_tier else self.tr("Regular"))
        self.manager.setText(c.account_manager or "—")
        fees = [
            p
            for p in (
                c.fee_tier,
                self.tr("30-day volume $%1").replace("%1", formats.amount(c.volume_30d_usd))
                if c.volume_30d_usd
                else None,
            )
            if p
        ]
        self.fees.setText(" · ".join(fees) or "—")
        self._show_security(c)
        self.activity.show_orders(c.orders)
        self.activity.show_transfers(c.deposits, c.withdrawals)
        self.activity.show_history(c.conversations)
        self.outreach.setVisible(self._outreach_allowed and c.vip_tier > 0)
        self.stack.setCurrentWidget(self._details)

    def show_source(self, note: SourceNote) -> None:
        """Say when the account data is not live: the exchange's systems did not answer in time."""
        if note.source is Source.COPY:
            text = self.tr("As of %1 · source unavailable").replace("%1", formats.clock(note.as_of))
        elif note.source is Source.LOCAL:
            text = self.tr("Source unavailable: showing the desk's own record, without orders or transfers")
        else:
            text = ""
        self.source_note.setText(text)
        self.source_note.setVisible(bool(text))

    def _show_security(self, c: CustomerContext) -> None:
        clear_layout(self.security)
        s = c.security
        self.security.addWidget(
            badge(
                self.tr("2FA on") if s.twofa_enabled else self.tr("2FA off"),
                "ok" if s.twofa_enabled else "danger",
            )
        )
        self.security.addWidget(
            badge(
                self.tr("Anti-phishing code")
                if s.anti_phishing_code_set
                else self.tr("No anti-phishing code"),
                "ok" if s.anti_phishing_code_set else "warning",
            )
        )
        if s.withdrawals_locked:
            self.security.addWidget(badge(self.tr("Withdrawals locked"), "danger"))
        if s.account_frozen:
            self.security.addWidget(badge(self.tr("Account frozen"), "danger"))
        self.security.addStretch(1)

    def security_badges(self) -> list[str]:
        out = []
        for i in range(self.security.count()):
            item = self.security.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                out.append(widget.text())
        return out

    def show_reveal_countdown(self, seconds: int) -> None:
        """How long the revealed data stays on screen (it masks itself then: screen sharing)."""
        self.reveal_notice.setText(
            self.tr("Revealed · hides in %1").replace("%1", f"{seconds // 60}:{seconds % 60:02d}")
        )

    def show_exposure(self, exposure: Exposure | None, uid: str | None) -> None:
        """The security alert of the open conversation's customer (shown when it is this one)."""
        self._alert_uid = uid
        shown = self.customer is not None and uid == self.customer.uid
        self.alert.show_exposure(exposure if shown or self.customer is None else None)

    def retint(self) -> None:
        self.copy_uid.setIcon(resources.tinted_icon("copy", theme.color("muted")))

    def _copy_uid(self) -> None:
        if self.customer is not None:
            QGuiApplication.clipboard().setText(self.customer.uid)

    def _reveal_clicked(self) -> None:
        if self.customer is not None:
            self.reveal_requested.emit(self.customer.uid)

    def _outreach_clicked(self) -> None:
        if self.customer is not None:
            self.outreach_requested.emit(self.customer.uid)
