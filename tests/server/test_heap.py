"""The server process's garbage collector (``app/server/heap.py``): start-up's objects frozen out of
full collections, start-up's garbage freed first, the young threshold raised — and the CLI doing it
before it reports that it listens."""

from __future__ import annotations

import gc
import re
import signal
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.server import heap
from tests.support.server import REPO_ROOT


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


@pytest.fixture
def restore_gc() -> Iterator[None]:
    thresholds = gc.get_threshold()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_settle_frees_garbage_then_freezes_the_survivors(restore_gc: None) -> None:
    garbage = _Node()
    gone = weakref.ref(garbage)
    del garbage
    kept = [_Node()]  # alive at start-up: frozen, no longer walked by any collection
    settled = heap.settle()
    assert gone() is None  # collected before the freeze, not kept forever
    assert settled.frozen == gc.get_freeze_count() > 0
    assert not any(obj is kept for obj in gc.get_objects())  # the permanent generation is not listed
    later = [_Node()]
    assert any(obj is later for obj in gc.get_objects(generation=0))  # new objects are collected as before
    assert kept[0].me is kept[0]


def test_settle_raises_the_young_threshold_only(restore_gc: None) -> None:
    before = gc.get_threshold()
    settled = heap.settle()
    assert gc.get_threshold() == settled.thresholds == (heap.GEN0_THRESHOLD, before[1], before[2])
    assert heap.GEN0_THRESHOLD > 700  # above CPython's default, or there is nothing to gain


def test_the_server_process_settles_its_heap_before_it_listens(tmp_path: Path) -> None:
    errors = tmp_path / "server.err"
    with errors.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.server", "--port", "0", "--log-level", "INFO",
             "--db", f"sqlite:///{tmp_path / 'db.sqlite3'}"],
            cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL, text=True,
        )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("AgentDesk server listening on "), line
        logged = errors.read_text()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
    found = re.search(r"heap settled: (\d+) start-up objects frozen", logged)
    assert found is not None, logged[-2000:]
    assert int(found.group(1)) > 10_000  # the server's start-up heap, not an empty freeze
