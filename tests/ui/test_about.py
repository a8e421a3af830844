"""Help → About and the window title show the one version (``app.__version__``)."""

from __future__ import annotations

import importlib.metadata
from typing import Any

from PySide6.QtWidgets import QMessageBox

from app import __version__


def test_about_box_and_title_show_the_package_version(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        assert __version__ in window.windowTitle()
        window.actions_by_key["about"].trigger()
        box = window.findChild(QMessageBox, "AboutBox")
        assert box is not None and __version__ in box.text()
        try:
            assert importlib.metadata.version("agentdesk") == __version__
        finally:
            box.close()

    aio(body)
