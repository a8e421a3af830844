"""The Qt-free observable the UI adapts into Qt signals."""

from __future__ import annotations

import logging

import pytest

from app.store import Signal


def test_connect_emit_disconnect_in_order() -> None:
    signal: Signal[int] = Signal("numbers")
    seen: list[tuple[str, int]] = []
    first = signal.connect(lambda v: seen.append(("a", v)))
    signal.connect(lambda v: seen.append(("b", v)))
    signal.emit(1)
    first()
    first()  # disconnecting twice is harmless
    signal.emit(2)
    assert seen == [("a", 1), ("b", 1), ("b", 2)]
    assert len(signal) == 1


def test_a_failing_callback_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    signal: Signal[str] = Signal("rows_changed")
    seen: list[str] = []

    def broken(_: str) -> None:
        raise ValueError("view bug")

    signal.connect(broken)
    signal.connect(seen.append)
    with caplog.at_level(logging.ERROR):
        signal.emit("x")
    assert seen == ["x"]
    assert "rows_changed" in caplog.text


def test_a_callback_may_disconnect_itself_during_emit() -> None:
    signal: Signal[int] = Signal()
    calls: list[int] = []
    holder: dict[str, object] = {}

    def once(value: int) -> None:
        calls.append(value)
        holder["off"]()  # type: ignore[operator]

    holder["off"] = signal.connect(once)
    signal.emit(1)
    signal.emit(2)
    assert calls == [1]
