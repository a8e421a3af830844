"""The client book (``vip.book``) as a Qt table model.

Rows are the server's :class:`BookRow` values in the server's order: sorting is the server's
(``sort=``), so a header click does not reorder here — :meth:`sort` asks for it through
:attr:`sort_requested` and the controller fetches the book again. A refresh with the same clients
in the same order only emits ``dataChanged`` for rows that differ (the selection stays).

A book is read a page at a time (``next_cursor``): the view's scrolling calls
:meth:`fetchMore`, which asks the controller for the next page through :attr:`more_wanted`;
:meth:`append_rows` adds it. A book of any size is reachable this way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.policies.vip_alerts import ackable_ids
from app.protocol.vip import BookRow, BookSort
from app.ui import fonts, formats, labels

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 201
UID_ROLE = ROW_ROLE + 1
ACK_IDS_ROLE = ROW_ROLE + 2  # the alert ids "Acknowledge alerts" would send (empty: none)

# column key → the server's sort code (None: the server cannot sort by it)
COLUMNS: tuple[tuple[str, BookSort | None], ...] = (
    ("client", "tier"),
    ("uid", None),
    ("volume", "volume"),
    ("fee_tier", None),
    ("open", None),
    ("tickets", None),
    ("callbacks", None),
    ("last_contact", "last_contact"),
    ("alerts", "alerts"),
)


def _header(key: str) -> str:
    """Short column titles (the columns size to their contents; the long names are tooltips)."""
    return {
        "client": QCoreApplication.translate("BookModel", "Client"),
        "uid": QCoreApplication.translate("BookModel", "UID"),
        "volume": QCoreApplication.translate("BookModel", "30-day volume"),
        "fee_tier": QCoreApplication.translate("BookModel", "Fee tier"),
        "open": QCoreApplication.translate("BookModel", "Open"),
        "tickets": QCoreApplication.translate("BookModel", "Tickets"),
        "callbacks": QCoreApplication.translate("BookModel", "Callbacks"),
        "last_contact": QCoreApplication.translate("BookModel", "Last contact"),
        "alerts": QCoreApplication.translate("BookModel", "Alerts"),
    }[key]


def _header_tip(key: str) -> str | None:
    return {
        "volume": QCoreApplication.translate("BookModel", "30-day trading volume in USD"),
        "open": QCoreApplication.translate("BookModel", "Open conversations"),
        "tickets": QCoreApplication.translate("BookModel", "Open tickets"),
        "callbacks": QCoreApplication.translate("BookModel", "Pending callbacks"),
    }.get(key)


def alerts_text(row: BookRow) -> str:
    if not row.alerts:
        return ""
    first = row.alerts[0]
    text = labels.alert(first.kind, first.detail)
    return f"{len(row.alerts)} · {text}"


class BookModel(QAbstractTableModel):
    sort_requested = Signal(str)  # the server's sort code
    more_wanted = Signal(str)  # the cursor of the next page

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BookRow] = []
        self.total = 0
        self.sort_code: BookSort = "tier"
        self.next_cursor: str | None = None
        self._fetching = False  # a next page was asked for and has not come yet

    # --- contents -------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[BookRow], total: int, next_cursor: str | None = None) -> None:
        self.total = total
        self.next_cursor = next_cursor
        self._fetching = False
        new = list(rows)
        if [r.uid for r in new] != [r.uid for r in self._rows]:
            self.beginResetModel()  # another list (search, sort or clients came and went)
            self._rows = new
            self.endResetModel()
            return
        last = len(COLUMNS) - 1
        for i, row in enumerate(new):
            if row != self._rows[i]:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def append_rows(self, rows: Sequence[BookRow], next_cursor: str | None) -> None:
        """The next page; a client already shown (the book moved meanwhile) is not repeated."""
        self._fetching = False
        self.next_cursor = next_cursor
        shown = {r.uid for r in self._rows}
        new = [r for r in rows if r.uid not in shown]
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def page_failed(self) -> None:
        self._fetching = False  # the view may ask again

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self.next_cursor is not None and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.next_cursor is not None:
            self._fetching = True
            self.more_wanted.emit(self.next_cursor)

    def replace_row(self, row: BookRow) -> bool:
        """Show ``row`` in place of the client's current row (False: the client is not shown)."""
        for i, old in enumerate(self._rows):
            if old.uid == row.uid:
                if old != row:
                    self._rows[i] = row
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return True
        return False

    def row_of(self, uid: str) -> BookRow | None:
        return next((r for r in self._rows if r.uid == uid), None)

    def rows(self) -> list[BookRow]:
        return list(self._rows)

    def row_at(self, row: int) -> BookRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(COLUMNS[section][0])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return _header_tip(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "alerts":
            return "\n".join(labels.alert(a.kind, a.detail) for a in row.alerts) or None
        if role == Qt.ItemDataRole.ToolTipRole and key == "last_contact":
            return formats.utc_hover(row.last_contact_at) or None
        if role == Qt.ItemDataRole.FontRole and key == "uid":
            font = QFont()
            font.setFamilies(fonts.mono_families("monospace"))
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("volume", "open", "tickets", "callbacks"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == UID_ROLE:
            return row.uid
        if role == ACK_IDS_ROLE:
            return ackable_ids(row)
        return None

    @staticmethod
    def _display(row: BookRow, key: str) -> str:
        if key == "client":
            tier = labels.vip_tier(row.vip_tier)
            return f"{row.name}  [{tier}]" if tier else row.name
        values: dict[str, str] = {
            "uid": row.uid,
            "volume": formats.amount(row.volume_30d_usd),
            "fee_tier": row.fee_tier or "",
            "open": str(row.open_conversations),
            "tickets": str(row.open_tickets),
            "callbacks": str(row.pending_callbacks),
            "last_contact": formats.short_time(row.last_contact_at),
        }
        return values[key] if key != "alerts" else alerts_text(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The server sorts (descending, by its codes); columns it cannot sort by are ignored."""
        code = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if code is not None and code != self.sort_code:
            self.sort_code = code
            self.sort_requested.emit(code)
