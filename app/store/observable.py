"""A tiny Qt-free observable: the core announces changes, the UI adapts them into Qt signals.

Like napari's evented containers, the core knows nothing of Qt: ``app/ui`` connects a callback
that re-emits a Qt signal (or calls ``beginInsertRows``), nothing more. Callbacks run
synchronously on the thread that emits, which in AgentDesk is always the app's one asyncio loop
(the store emits after its worker thread returns), so a slot may touch widgets directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
Disconnect = Callable[[], None]

log = logging.getLogger(__name__)


class Signal(Generic[T]):
    """Callbacks connected to one kind of change; ``emit`` calls them in connection order.

    A callback that raises is logged and skipped: one broken view must not stop the store from
    telling the others (or leave the emitter half-way through its own work).
    """

    __slots__ = ("_callbacks", "_name")

    def __init__(self, name: str = "") -> None:
        self._name = name
        self._callbacks: list[Callable[[T], object]] = []

    def connect(self, callback: Callable[[T], object]) -> Disconnect:
        """Call ``callback(value)`` on every ``emit``; the returned function disconnects it."""
        self._callbacks.append(callback)

        def disconnect() -> None:
            # Remove by identity: the same bound method may be connected twice on purpose.
            for index, existing in enumerate(self._callbacks):
                if existing is callback:
                    del self._callbacks[index]
                    return

        return disconnect

    def emit(self, value: T) -> None:
        for callback in tuple(self._callbacks):  # a callback may disconnect itself
            try:
                callback(value)
            except Exception:
                log.exception("a %s callback failed", self._name or "signal")

    def __len__(self) -> int:
        return len(self._callbacks)

    def __repr__(self) -> str:
        return f"Signal({self._name!r}, {len(self._callbacks)} connected)"
