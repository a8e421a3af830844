"""The customer's recent orders, deposits, withdrawals and earlier conversations (tabs).

Short lists (the server sends the latest few), so plain ``QTableWidget``s. Transaction hashes are
shown shortened and copied in full (double-click or the context menu).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from app.protocol.types import ConversationBrief, Order, Transfer
from app.ui import labels
from app.ui.widgets import plain_tooltip

_FULL = Qt.ItemDataRole.UserRole + 1


def filled(done: str, amount: str) -> str:
    """``955600 · 20%``: the order size and how much of it filled (the numbers come as text)."""
    try:
        share = Decimal(done) / Decimal(amount) * 100 if Decimal(amount) else Decimal(0)
    except (InvalidOperation, ArithmeticError):
        return f"{done}/{amount}"
    return f"{compact(amount)} · {share:.0f}%"


def compact(number: str) -> str:
    """``955600.749`` → ``955.6K``, ``1234567`` → ``1.23M``: sizes at a glance (exact in the tooltip)."""
    try:
        value = Decimal(number)
    except InvalidOperation:
        return number
    for limit, suffix in ((Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "K")):
        if abs(value) >= limit:
            return f"{(value / limit):.3g}{suffix}"
    return f"{value.normalize():f}"


def short_hash(tx_hash: str) -> str:
    return tx_hash if len(tx_hash) <= 14 else f"{tx_hash[:8]}…{tx_hash[-6:]}"


def _table(headers: Sequence[str], stretch: int) -> QTableWidget:
    """A compact read-only table; column ``stretch`` takes (and elides in) the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(36)
    return table


def _item(text: str, full: str | None = None, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if full is not None:
        item.setData(_FULL, full)
    if tooltip:
        item.setToolTip(plain_tooltip(tooltip))
    return item


class CustomerActivity(QTabWidget):
    conversation_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.orders = _table(
            [self.tr("Time"), self.tr("Pair"), self.tr("Side"), self.tr("Size · filled"), self.tr("Status")],
            stretch=4,
        )
        transfer_headers = [
            self.tr("Time"),
            self.tr("Amount"),
            self.tr("Status"),
            self.tr("Conf."),
            self.tr("Tx hash"),
        ]
        self.deposits = _table(transfer_headers, stretch=4)
        self.withdrawals = _table(transfer_headers, stretch=4)
        self.history = _table(
            [self.tr("Date"), self.tr("Channel"), self.tr("Status"), self.tr("Subject")], stretch=3
        )
        self.addTab(self.orders, self.tr("Orders"))
        self.addTab(self.deposits, self.tr("Deposits"))
        self.addTab(self.withdrawals, self.tr("Withdrawals"))
        self.addTab(self.history, self.tr("History"))
        for table in (self.deposits, self.withdrawals):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(lambda pos, t=table: self._menu(t, pos))
            table.cellDoubleClicked.connect(lambda r, c, t=table: self._copy_cell(t, r, c))
        self.history.cellDoubleClicked.connect(self._open_history)

    def show_orders(self, orders: Sequence[Order]) -> None:
        self.orders.setRowCount(len(orders))
        for r, o in enumerate(orders):
            side = self.tr("Buy") if o.side == "buy" else self.tr("Sell")
            tip = f"{o.order_id} · {o.market} · {o.order_type} {o.filled}/{o.amount} @ {o.price}"
            values = [
                labels.short_time(o.created_at),
                o.symbol,
                side,
                filled(o.filled, o.amount),
                labels.activity_status(o.status),
            ]
            for c, text in enumerate(values):
                self.orders.setItem(r, c, _item(text, tooltip=tip))
        self.setTabText(0, self.tr("Orders %1").replace("%1", str(len(orders))))

    def _show_transfers(self, table: QTableWidget, transfers: Sequence[Transfer]) -> None:
        table.setRowCount(len(transfers))
        for r, t in enumerate(transfers):
            conf = f"{t.confirmations}/{t.required_confirmations}"
            values = [
                _item(labels.short_time(t.created_at)),
                _item(f"{t.amount} {t.asset}", tooltip=f"{t.chain} · {t.address}"),
                _item(labels.activity_status(t.status)),
                _item(conf),
                _item(
                    short_hash(t.tx_hash),
                    full=t.tx_hash,
                    tooltip=self.tr("Double-click to copy %1").replace("%1", t.tx_hash),
                ),
            ]
            for c, item in enumerate(values):
                table.setItem(r, c, item)

    def show_transfers(self, deposits: Sequence[Transfer], withdrawals: Sequence[Transfer]) -> None:
        self._show_transfers(self.deposits, deposits)
        self._show_transfers(self.withdrawals, withdrawals)
        self.setTabText(1, self.tr("Deposits %1").replace("%1", str(len(deposits))))
        self.setTabText(2, self.tr("Withdrawals %1").replace("%1", str(len(withdrawals))))

    def show_history(self, briefs: Sequence[ConversationBrief]) -> None:
        self.history.setRowCount(len(briefs))
        for r, b in enumerate(briefs):
            values = [
                labels.date(b.created_at),
                labels.channel(b.channel),
                labels.status(b.status),
                b.subject or "",
            ]
            for c, text in enumerate(values):
                item = _item(text)
                item.setData(_FULL, b.id)
                self.history.setItem(r, c, item)
        self.setTabText(3, self.tr("History %1").replace("%1", str(len(briefs))))

    def clear_all(self) -> None:
        for table in (self.orders, self.deposits, self.withdrawals, self.history):
            table.setRowCount(0)

    def _copy_cell(self, table: QTableWidget, row: int, _column: int) -> None:
        item = table.item(row, 4)
        if item is not None and item.data(_FULL):
            QGuiApplication.clipboard().setText(item.data(_FULL))

    def _menu(self, table: QTableWidget, pos: object) -> None:
        item = table.itemAt(pos)  # type: ignore[arg-type]
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Copy transaction hash"), lambda: self._copy_cell(table, item.row(), 4))
        menu.popup(table.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    def _open_history(self, row: int, _column: int) -> None:
        item = self.history.item(row, 0)
        if item is not None:
            self.conversation_requested.emit(int(item.data(_FULL)))
