"""Start core coroutines from Qt slots without losing them or their errors.

Widgets have no async methods (FeelUOwn's rule): a slot calls :meth:`AsyncBridge.run` with a
coroutine of the core and, optionally, what to do with its result. The bridge keeps a strong
reference to every task until it finishes (asyncio itself keeps only weak ones, so an unreferenced
task can be garbage-collected mid-flight — FeelUOwn's ``utils/aio.py``), reports failures through
one signal the window shows, and skips callbacks whose widget is already gone.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


class AsyncBridge(QObject):
    """Runs coroutines on the app's one asyncio loop (qasync) on behalf of widgets."""

    failed = Signal(str, object)  # operation name, exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def run(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        done: Callable[[T], object] | None = None,  # what it returns is dropped
        error: Callable[[BaseException], None] | None = None,
        guard: QObject | None = None,
        name: str = "",
    ) -> asyncio.Task[T]:
        """Schedule ``coro``; call ``done(result)`` or ``error(exc)`` on the loop when it ends.

        ``guard``: a widget the callbacks belong to; when it has been deleted they are skipped.
        Without ``error``, a failure is logged and emitted on :attr:`failed`.
        """
        task: asyncio.Task[T] = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self._tasks.add(task)

        def finished(t: asyncio.Task[T]) -> None:
            self._tasks.discard(t)
            if t.cancelled():
                return
            if guard is not None and not shiboken6.isValid(guard):
                return
            exc = t.exception()
            if exc is not None:
                if error is not None:
                    error(exc)
                else:
                    self.report(name or t.get_name(), exc)
                return
            if done is not None:
                try:
                    done(t.result())
                except Exception as cb_exc:  # a bug in a callback must not vanish silently
                    self.report(name or t.get_name(), cb_exc)

        task.add_done_callback(finished)
        return task

    def report(self, name: str, exc: BaseException) -> None:
        # The exception type and code only: messages from the network may quote user input.
        log.warning("operation %s failed: %s", name or "?", type(exc).__name__)
        if shiboken6.isValid(self):
            self.failed.emit(name, exc)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def drain(self, timeout: float = 5.0) -> None:
        """Wait for the pending tasks (tests and shutdown)."""
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=timeout)
