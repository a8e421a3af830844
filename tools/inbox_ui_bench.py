#!/usr/bin/env python3
"""How the inbox *window* behaves over a 100,000-conversation cache (prints figures, no asserts).

Builds the cache through the store's own snapshot path (the conversations of
``bench/inbox_queries.py``), then drives the real ``InboxPane`` + ``InboxModel`` offscreen on the
qasync loop: time to the first painted page, each ``fetchMore`` page while scrolling down, a live
change applied to the loaded window (no reset), and one full repaint of the visible rows. The UI
thread only ever handles one page of rows; SQL runs on the store's worker thread.

Run: ``QT_QPA_PLATFORM=offscreen python tools/inbox_ui_bench.py [--conversations N] [--pages P]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtCore import QModelIndex  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.store import Change, InboxQuery, Store, View  # noqa: E402
from app.ui import theme  # noqa: E402
from app.ui.async_bridge import AsyncBridge  # noqa: E402
from app.ui.item_models.inbox_model import InboxModel  # noqa: E402
from app.ui.panes.inbox_pane import InboxPane  # noqa: E402
from bench.inbox_queries import make_conversations  # noqa: E402


async def until(predicate: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.001)


async def run(n: int, pages: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="agentdesk-ui-bench-"))
    t0 = time.perf_counter()
    store = await Store.open(folder / "cache.sqlite3")
    await store.bind_identity("ws://bench", "alice")
    await store.apply_snapshot(make_conversations(n, random.Random(4)), head=1)
    print(f"cache of {n:,} conversations built in {time.perf_counter() - t0:.1f} s")

    bridge = AsyncBridge()
    model = InboxModel(store, bridge)
    pane = InboxPane(model, ["all", "mine", "unassigned", "vip"])
    pane.resize(400, 900)
    pane.show()
    for label, query in (
        ("all (active)", InboxQuery(view=View.ALL, me="alice")),
        ("all (any status)", InboxQuery(view=View.ALL, me="alice", status="*")),
        ("vip", InboxQuery(view=View.VIP, me="alice")),
    ):
        start = time.perf_counter()
        model.set_query(query)
        await until(lambda: model.loaded)
        pane.list.viewport().repaint()
        ms = (time.perf_counter() - start) * 1000
        print(f"first page painted, {label:<17} {model.total:>7,} rows: {ms:6.1f} ms")

    model.set_query(InboxQuery(view=View.ALL, me="alice", status="*"))
    await until(lambda: model.loaded)
    fetches = []
    for _ in range(pages):
        before = model.rowCount()
        start = time.perf_counter()
        model.fetchMore(QModelIndex())
        await until(lambda before=before: model.rowCount() > before)
        fetches.append((time.perf_counter() - start) * 1000)
        pane.list.scrollToBottom()
    print(
        f"fetchMore while scrolling: {len(fetches)} pages, median {statistics.median(fetches):.1f} ms, "
        f"max {max(fetches):.1f} ms, {model.rowCount():,} rows loaded"
    )

    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    original = model.apply_window
    ui_ms: list[float] = []

    def timed_apply(rows: list) -> None:  # type: ignore[type-arg]
        started = time.perf_counter()
        original(rows)
        ui_ms.append((time.perf_counter() - started) * 1000)

    model.apply_window = timed_apply  # type: ignore[method-assign]
    ids = [model.row_at(i).conversation_id for i in range(0, model.rowCount(), 97)][:10]
    start = time.perf_counter()
    refreshed = []
    model.refreshed.connect(lambda: refreshed.append(1))
    model.on_change(Change(updated=frozenset(ids)))
    model.refresh_now()
    await until(lambda: refreshed)
    ms = (time.perf_counter() - start) * 1000
    print(
        f"live change re-read over {model.rowCount():,} loaded rows: {ms:.1f} ms "
        f"(of which on the UI thread: {ui_ms[0]:.1f} ms), resets: {len(resets)}"
    )

    paints = []
    for _ in range(20):
        start = time.perf_counter()
        pane.list.viewport().repaint()
        paints.append((time.perf_counter() - start) * 1000)
    print(f"repaint of the visible rows: median {statistics.median(paints):.2f} ms")
    pane.close()
    pane.deleteLater()
    await store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
    theme.apply(app, "light")  # type: ignore[arg-type]
    qasync.run(run(args.conversations, args.pages))


if __name__ == "__main__":
    main()
