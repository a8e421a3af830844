"""The server's search hits as a list model (issue 15), filled a page at a time.

Rows are the core's :class:`app.policies.server_search.ServerSearch` hits, in its order. Scrolling
to the end calls :meth:`fetchMore`, which asks the controller for the next page (``more_wanted``)
when the core says there is one. ``in_list`` marks hits whose conversation the inbox list above
already shows (the desk's own cache found it too), so the agent sees which result came from where.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from app.policies.server_search import ServerSearch
from app.protocol.search import SearchHit

Index = QModelIndex | QPersistentModelIndex


class SearchHitsModel(QAbstractListModel):
    more_wanted = Signal()
    HIT = Qt.ItemDataRole.UserRole + 1  # the SearchHit
    IN_LIST = Qt.ItemDataRole.UserRole + 2  # bool: the inbox list shows its conversation too

    def __init__(self, state: ServerSearch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.in_list: Callable[[int], bool] = lambda _cid: False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.state.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.state.hits):
            return None
        hit = self.state.hits[index.row()]
        if role == self.HIT:
            return hit
        if role == self.IN_LIST:
            return hit.conversation_id is not None and self.in_list(hit.conversation_id)
        if role == Qt.ItemDataRole.DisplayRole:  # what a screen reader says
            return " · ".join(p for p in (hit.customer.name, hit.customer.uid, hit.snippet or "") if p)
        return None

    def hit(self, row: int) -> SearchHit | None:
        return self.state.hits[row] if 0 <= row < len(self.state.hits) else None

    def reset(self) -> None:
        """The search began again: every row goes."""
        self.beginResetModel()
        self.endResetModel()

    def appended(self, count: int) -> None:
        """The core added ``count`` hits at the end."""
        if count:
            end = len(self.state.hits)
            self.beginInsertRows(QModelIndex(), end - count, end - 1)
            self.endInsertRows()

    def refresh_marks(self) -> None:
        """The inbox list changed: the "also in your list" marks may have."""
        if self.state.hits:
            self.dataChanged.emit(self.index(0), self.index(len(self.state.hits) - 1), [self.IN_LIST])

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.state.can_load_more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.more_wanted.emit()
