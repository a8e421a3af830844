"""PySide6-Essentials 6.12.0 under CPython 3.11 dropped a reference to ``None`` on every void call
and aborted the app ("none_dealloc") within the hour; pyproject pins below it. This catches a
bump back to such a build: the pinned Qt must not drift ``None``'s reference count."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_leak_references_to_none(qtbot: object) -> None:
    widget = QWidget()
    try:
        before = sys.getrefcount(None)
        for _ in range(20_000):
            widget.setEnabled(True)
        drift = sys.getrefcount(None) - before
    finally:
        widget.deleteLater()
    assert abs(drift) < 100, f"None lost {drift} references over 20,000 void calls"
