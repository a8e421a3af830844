"""``--smoke`` and ``--screenshot``: drive the real window headless, report, exit.

Used by packaging checks and to make the README's screenshots: the same start-up as an agent's,
then wait (with a timeout) until the inbox has loaded — and for a screenshot, until the first
conversation is open with its thread and customer panel filled.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import __version__
from app.ui.main_window import MainWindow


class ProbeTimeout(Exception):
    pass


async def wait_for(predicate: Callable[[], Any], deadline: float, what: str) -> None:
    while not predicate():
        if time.monotonic() > deadline:
            raise ProbeTimeout(what)
        await asyncio.sleep(0.05)


def _emit(payload: dict[str, Any]) -> None:
    print(json.dumps(payload, ensure_ascii=False), flush=True)


async def run_probe(window: MainWindow, args: argparse.Namespace, started: float) -> int:
    deadline = time.monotonic() + float(args.timeout)
    model = window.inbox_model
    painted: dict[str, float] = {}

    def rows_arrived(*_args: object) -> None:
        if "at" not in painted and model.rowCount() > 0:
            window.inbox.list.viewport().repaint()  # the paint the agent would see
            painted["at"] = time.perf_counter()

    model.rowsInserted.connect(rows_arrived)
    rows_arrived()
    try:
        await wait_for(lambda: window.desk.session.online, deadline, "connection")
        await wait_for(lambda: model.loaded and model.rowCount() > 0, deadline, "inbox")
        if args.screenshot:
            size = parse_size(getattr(args, "size", None))
            await _screenshot(window, Path(args.screenshot), deadline, size)
            return 0
    except ProbeTimeout as exc:
        _emit(
            {
                "error": "timeout",
                "waiting_for": str(exc),
                "connection": window.connection.state_code,
                "conversations_shown": model.rowCount(),
                "version": __version__,
            }
        )
        return 1
    first_paint = round((painted.get("at", time.perf_counter()) - started) * 1000)
    _emit(
        {
            "conversations_shown": model.total,
            "rows_loaded": model.rowCount(),
            "connection": window.connection.state_code,
            "first_inbox_paint_ms": first_paint,
            "agent": window.desk.username,
            "role": window.desk.role,
            "version": __version__,
        }
    )
    return 0


def parse_size(text: str | None) -> tuple[int, int] | None:
    """``1280x720`` → (1280, 720); ``None`` for no size (the window keeps its own)."""
    if not text:
        return None
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise SystemExit(f"--size: expected WIDTHxHEIGHT such as 1280x720, not {text!r}") from None
    if min(size) < 200:
        raise SystemExit(f"--size: {text!r} is too small")
    return size


async def _screenshot(window: MainWindow, path: Path, deadline: float, size: tuple[int, int] | None) -> None:
    if size is not None:
        window.setMinimumSize(0, 0)
        window.resize(*size)
    model = window.inbox_model  # the first conversation with a thread to show (a callback may have none)
    window.inbox.select_row(next((i for i in range(model.rowCount()) if model.row_at(i).last_message_at), 0))
    conversation = window.conversation_controller
    customer = window.customer_controller
    await wait_for(lambda: conversation.detail is not None, deadline, "conversation")
    await wait_for(lambda: window.conversation.thread_model.rowCount() > 0, deadline, "thread")
    await wait_for(lambda: customer.context is not None, deadline, "customer")
    # Let late layout settle (fonts, scroll to the newest message). Not processEvents(): run from
    # inside the qasync loop it can swallow the loop's own wake-ups and hang the run.
    await asyncio.sleep(0.6)
    path.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab()
    if size is not None and (image.width(), image.height()) != size:
        raise OSError(f"the window is {image.width()}x{image.height()}, not {size[0]}x{size[1]}: too small")
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    _emit(
        {
            "screenshot": str(path),
            "conversations_shown": window.inbox_model.total,
            "connection": window.connection.state_code,
            "agent": window.desk.username,
            "version": __version__,
        }
    )
