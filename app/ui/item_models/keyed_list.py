"""Apply "the list is now this" to a Qt list model with the fewest row signals.

Shared by the inbox and the thread: rows are identified by a key, so a change becomes removes,
moves, inserts and ``dataChanged`` of rows whose value differs — never a reset, which would lose
the selection, the scroll position and the agent's place.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QAbstractListModel, QModelIndex

T = TypeVar("T")


class KeyedListMixin(Generic[T]):
    """For a ``QAbstractListModel`` subclass keeping ``self._items`` and ``self._pos`` (key → row)."""

    _items: list[T]
    _pos: dict[Hashable, int]
    _key: Callable[[T], Hashable]

    def _reindex(self, start: int = 0) -> None:
        if start == 0:
            self._pos = {self._key(item): i for i, item in enumerate(self._items)}
            return
        for i in range(start, len(self._items)):
            self._pos[self._key(self._items[i])] = i

    def _apply(self, new_items: Sequence[T]) -> None:
        model = cast(QAbstractListModel, self)  # a mixin: only ever mixed into a QAbstractListModel
        key = self._key
        wanted = {key(item) for item in new_items}
        root = QModelIndex()
        for row in range(len(self._items) - 1, -1, -1):
            if key(self._items[row]) not in wanted:
                model.beginRemoveRows(root, row, row)
                del self._items[row]
                model.endRemoveRows()
        self._reindex()
        for target, new in enumerate(new_items):
            k = key(new)
            if target < len(self._items) and key(self._items[target]) == k:
                if self._items[target] != new:
                    self._items[target] = new
                    model.dataChanged.emit(model.index(target), model.index(target))
                continue
            source = self._pos.get(k)
            if source is not None and source > target:
                model.beginMoveRows(root, source, source, root, target)
                self._items.insert(target, self._items.pop(source))
                model.endMoveRows()
                changed = self._items[target] != new
                self._items[target] = new
                self._reindex(target)
                if changed:
                    model.dataChanged.emit(model.index(target), model.index(target))
            else:
                model.beginInsertRows(root, target, target)
                self._items.insert(target, new)
                self._reindex(target)
                model.endInsertRows()
        if len(self._items) > len(new_items):
            model.beginRemoveRows(root, len(new_items), len(self._items) - 1)
            del self._items[len(new_items) :]
            model.endRemoveRows()
            self._reindex()
