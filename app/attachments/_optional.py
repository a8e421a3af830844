"""Load the heavy optional libraries (Pillow, RapidOCR, OpenCV, ONNX Runtime) only where they run.

They come with the ``attachments`` extra, which the server installs and the desktop app does not.
They are imported by name at run time, not with ``import`` statements, for two reasons:
``app.attachments`` must import (and its pure content checks must work) without them, and the
desktop bundle, which collects every ``app`` module, must not pull ~400 MB of OCR into the app a
support agent installs (PyInstaller follows ``import`` statements, not ``importlib`` calls).
"""

from __future__ import annotations

import importlib
from types import ModuleType


def optional_module(name: str) -> ModuleType | None:
    """The module, or None when it (or a library it needs) is not installed."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None
