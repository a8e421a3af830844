"""The customer's recent orders, deposits, withdrawals and earlier conversations (tabs).

Short lists (the server sends the latest few), shown as rows of wrapping text rather than table
columns: a narrow panel cut columns to "tatu" and "liq…", hid the order id in a tooltip and the
withdrawal's network and destination altogether. Here nothing is cut — a long id, address or
transaction hash wraps — and each id has a visible *Copy* button (the full value goes to the
clipboard; the shown one may carry invisible break points).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.protocol.types import ConversationBrief, Order, Transfer
from app.ui import formats, labels
from app.ui.widgets import plain_label, tool_button

BREAK = "\u200b"  # lets a long hash or address wrap inside a label (never copied: Copy copies)


def filled(done: str, amount: str) -> str:
    """``955600 · 20%``: the order size and how much of it filled (the numbers come as text)."""
    try:
        share = Decimal(done) / Decimal(amount) * 100 if Decimal(amount) else Decimal(0)
    except (InvalidOperation, ArithmeticError):
        return f"{done}/{amount}"
    return f"{compact(amount)} · {share:.0f}%"


def compact(number: str) -> str:
    """``955600.749`` → ``955.6K``, ``1234567`` → ``1.23M``: sizes at a glance (exact beside it)."""
    try:
        value = Decimal(number)
    except InvalidOperation:
        return number
    for limit, suffix in ((Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "K")):
        if abs(value) >= limit:
            return f"{(value / limit):.3g}{suffix}"
    return f"{value.normalize():f}"


def breakable(text: str, every: int = 8) -> str:
    """``text`` with invisible break points, so a 64-character hash wraps instead of being cut."""
    return BREAK.join(text[i : i + every] for i in range(0, len(text), every))


class ActivityRow(QFrame):
    """One order, transfer or conversation: lines of plain, wrapping text; ids with a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActivityRow")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 5, 6, 5)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(0, 1)
        self.copies: dict[str, QToolButton] = {}
        self.values: dict[str, str] = {}  # what each Copy button copies

    def line(self, text: str, object_name: str = "", *, right: str = "", right_tip: str = "") -> QLabel:
        row = self.grid.rowCount()
        label = plain_label(text, object_name, wrap=True)
        self.grid.addWidget(label, row, 0)
        if right:
            side = plain_label(right, "Muted")
            side.setToolTip(right_tip)
            side.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(side, row, 1)
        return label

    def copyable(self, name: str, caption: str, value: str, copy_text: str) -> QLabel:
        """``caption value`` (the value wrapping, monospaced) and a Copy button beside it."""
        row = self.grid.rowCount()
        label = plain_label(f"{caption} {breakable(value)}", "Mono", wrap=True)
        label.setAccessibleName(f"{caption} {value}")
        button = tool_button(copy_text)
        button.setAccessibleName(f"{copy_text}: {caption}")
        button.setToolTip(copy_text)
        button.clicked.connect(lambda: QGuiApplication.clipboard().setText(value))
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
        self.copies[name] = button
        self.values[name] = value
        return label

    def text(self) -> str:
        """Everything the row shows, as one string (tests, accessibility)."""
        parts = []
        for i in range(self.grid.count()):
            item = self.grid.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                parts.append(widget.text().replace(BREAK, ""))
        return "\n".join(parts)


class ActivityList(QWidget):
    """One tab: its rows, or a line saying there are none."""

    def __init__(self, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 4)
        self.layout_.setSpacing(4)
        self.empty = plain_label(empty, "Muted")
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(1)
        self.rows: list[ActivityRow] = []

    def set_rows(self, rows: Sequence[ActivityRow]) -> None:
        for old in self.rows:
            self.layout_.removeWidget(old)
            old.deleteLater()
        self.rows = list(rows)
        for i, row in enumerate(self.rows):
            self.layout_.insertWidget(1 + i, row)
        self.empty.setVisible(not self.rows)


class CustomerActivity(QTabWidget):
    conversation_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self.orders = ActivityList(self.tr("No recent orders."))
        self.deposits = ActivityList(self.tr("No recent deposits."))
        self.withdrawals = ActivityList(self.tr("No recent withdrawals."))
        self.history = ActivityList(self.tr("No earlier conversations."))
        self.addTab(self.orders, self.tr("Orders"))
        self.addTab(self.deposits, self.tr("Deposits"))
        self.addTab(self.withdrawals, self.tr("Withdrawals"))
        self.addTab(self.history, self.tr("History"))
        self.setAccessibleName(self.tr("Activity"))

    def _time(self, row: ActivityRow, text: str, moment: datetime | None) -> None:
        row.line(text, right=formats.short_time(moment), right_tip=formats.utc_hover(moment))

    def show_orders(self, orders: Sequence[Order]) -> None:
        rows = []
        for o in orders:
            row = ActivityRow()
            side = self.tr("Buy") if o.side == "buy" else self.tr("Sell")
            kind = f"{labels.market(o.market)} {labels.order_type(o.order_type)}"
            self._time(row, f"{side} {o.symbol} · {kind}", o.created_at)
            row.line(
                self.tr("%1 of %2 filled (%3) at %4 · %5")
                .replace("%1", o.filled)
                .replace("%2", o.amount)
                .replace("%3", filled(o.filled, o.amount).split(" · ")[-1])
                .replace("%4", o.price)
                .replace("%5", labels.activity_status(o.status))
            )
            row.copyable("order_id", self.tr("Order"), o.order_id, self.tr("Copy"))
            rows.append(row)
        self.orders.set_rows(rows)
        self.setTabText(0, self.tr("Orders %1").replace("%1", str(len(orders))))

    def _transfers(self, transfers: Sequence[Transfer], outgoing: bool) -> list[ActivityRow]:
        rows = []
        for t in transfers:
            row = ActivityRow()
            conf = self.tr("%1/%2 confirmations").replace("%1", str(t.confirmations)).replace(
                "%2", str(t.required_confirmations)
            )
            self._time(
                row,
                f"{formats.amount(t.amount)} {t.asset} · {labels.activity_status(t.status)} · {conf}",
                t.created_at,
            )
            row.line(self.tr("Network %1").replace("%1", t.chain))
            where = self.tr("To") if outgoing else self.tr("From")
            row.copyable("address", where, t.address, self.tr("Copy"))
            row.copyable("tx_hash", self.tr("Tx"), t.tx_hash, self.tr("Copy"))
            rows.append(row)
        return rows

    def show_transfers(self, deposits: Sequence[Transfer], withdrawals: Sequence[Transfer]) -> None:
        self.deposits.set_rows(self._transfers(deposits, outgoing=False))
        self.withdrawals.set_rows(self._transfers(withdrawals, outgoing=True))
        self.setTabText(1, self.tr("Deposits %1").replace("%1", str(len(deposits))))
        self.setTabText(2, self.tr("Withdrawals %1").replace("%1", str(len(withdrawals))))

    def show_history(self, briefs: Sequence[ConversationBrief]) -> None:
        rows = []
        for b in briefs:
            row = ActivityRow()
            self._time(row, f"{labels.channel(b.channel)} · {labels.status(b.status)}", b.created_at)
            if b.subject:
                row.line(b.subject)
            button = QPushButton(self.tr("Open"))
            button.setAccessibleName(self.tr("Open conversation #%1").replace("%1", str(b.id)))
            button.clicked.connect(_emitter(self.conversation_requested.emit, b.id))
            row.grid.addWidget(button, 0, 2, Qt.AlignmentFlag.AlignTop)
            rows.append(row)
        self.history.set_rows(rows)
        self.setTabText(3, self.tr("History %1").replace("%1", str(len(briefs))))

    def clear_all(self) -> None:
        for tab in (self.orders, self.deposits, self.withdrawals, self.history):
            tab.set_rows([])


def _emitter(emit: Callable[[int], None], value: int) -> Callable[[], None]:
    return lambda: emit(value)
