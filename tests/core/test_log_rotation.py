"""Issue 24: another process holding the log (Windows) must not block or break rotation.

Windows refuses to rename a file another process has open (WinError 32); here the rename is fed
that answer. The records themselves go to a real file.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.core.logging_setup import ROTATION_RETRY_S, SharedRotatingFileHandler


def held(times: int) -> tuple[list[tuple[str, str]], object]:
    """A rename that fails with WinError 32 ``times`` times, then renames."""
    import os

    calls: list[tuple[str, str]] = []
    left = {"n": times}

    def rename(source: str, dest: str) -> None:
        calls.append((source, dest))
        if left["n"]:
            left["n"] -= 1
            exc = PermissionError(13, "The process cannot access the file")
            exc.winerror = 32  # type: ignore[attr-defined]
            raise exc
        os.replace(source, dest)

    return calls, rename


def record(text: str) -> logging.LogRecord:
    return logging.LogRecord("app.test", logging.INFO, __file__, 1, text, None, None)


def test_a_held_file_is_renamed_once_the_other_process_lets_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default rename waits out a short hold (a scanner, a second desk closing its log)."""
    import os

    real_replace = os.replace
    refusals = {"n": 2}

    def replace(source: str, dest: str) -> None:
        if str(source).endswith("agentdesk.log") and refusals["n"]:
            refusals["n"] -= 1
            exc = PermissionError(13, "The process cannot access the file")
            exc.winerror = 32  # type: ignore[attr-defined]
            raise exc
        real_replace(source, dest)

    monkeypatch.setattr("os.replace", replace)
    path = tmp_path / "agentdesk.log"
    handler = SharedRotatingFileHandler(path, max_bytes=200)
    try:
        for i in range(6):
            handler.emit(record(f"line {i} " + "x" * 60))
    finally:
        handler.close()
    assert refusals["n"] == 0 and handler.postponed == 0
    assert (tmp_path / "agentdesk.log.1").exists()


def test_rotation_is_postponed_not_repeated_on_every_record(tmp_path: Path) -> None:
    path = tmp_path / "agentdesk.log"
    now = {"t": 1000.0}
    calls, rename = held(10**6)  # held for good
    handler = SharedRotatingFileHandler(path, max_bytes=100, rename=rename, clock=lambda: now["t"])  # type: ignore[arg-type]
    try:
        for i in range(20):
            handler.emit(record(f"line {i:02d} " + "y" * 40))
        assert handler.postponed == 1 and len(calls) == 1  # one attempt, then a minute's peace
        text = path.read_text()
        assert "line 00" in text and "line 19" in text  # nothing lost meanwhile
        now["t"] += ROTATION_RETRY_S + 1
        handler.emit(record("after a minute " + "z" * 40))
        assert handler.postponed == 2 and len(calls) == 2  # tried again
    finally:
        handler.close()


def test_rotation_works_when_nothing_holds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "agentdesk.log"
    handler = SharedRotatingFileHandler(path, max_bytes=100)
    try:
        for i in range(10):
            handler.emit(record(f"line {i} " + "w" * 40))
    finally:
        handler.close()
    assert (tmp_path / "agentdesk.log.1").exists() and handler.postponed == 0
