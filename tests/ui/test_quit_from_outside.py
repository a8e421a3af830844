"""Issue 24, item 3: quitting from outside the app finishes the run.

Dock → Quit and logging out on macOS end in ``QCoreApplication.quit()`` (the windows are asked to
close, then ``aboutToQuit``); Windows logoff and the installer's ``CloseApplications`` send
``commitDataRequest`` and end Qt's loop without asking (``exit``). Before the fix Qt's loop stopped
while ``Shell.main()`` still awaited its shutdown: qasync raised "Event loop stopped before Future
completed" (an unhandled-exception dialog on Windows) and drain, session stop and store close were
cancelled. Here the real shell runs on the offscreen app, signed in to a real server, and is quit
those ways.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from app.core.settings import Settings
from app.ui import i18n, theme
from app.ui.app_shell import Shell, make_application, report_foreground, run_shell


def shell_for(server: Any, home: Path) -> Shell:
    args = argparse.Namespace(
        demo=False, demo_user="alice", demo_server=server.ws_url, server=None, lang="en", theme="light",
        smoke=False, screenshot=None, timeout=30.0,
    )
    return Shell(args, Settings(), home / "settings.json")


class Spy:
    """Records what the shutdown closed, through the real objects."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.store_closed = False
        self.session_stopped = False
        self.demo_folder: Path | None = None

    def watch(self) -> None:
        shell = self.shell
        assert shell.store is not None and shell.session is not None and shell.core.demo is not None
        store, session = shell.store, shell.session
        self.demo_folder = shell.core.demo.folder
        close, stop = store.close, session.stop

        async def closing() -> None:
            await close()
            self.store_closed = True

        async def stopping() -> None:
            await stop()
            self.session_stopped = True

        store.close = closing  # type: ignore[method-assign]
        session.stop = stopping  # type: ignore[method-assign]


def quit_once_the_window_shows(shell: Shell, spy: Spy, how: str) -> None:
    def check() -> None:
        if shell.window is None or not shell.window.isVisible():
            QTimer.singleShot(50, check)
            return
        spy.watch()
        if how == "quit":
            QCoreApplication.quit()  # Dock → Quit, logout (macOS): windows close, then aboutToQuit
        elif how == "exit":
            QCoreApplication.exit(0)  # not interruptible: aboutToQuit, then the loop ends
        else:
            shell.finish_before_quit(None)  # commitDataRequest(manager): Windows logoff, the installer
            QCoreApplication.exit(0)  # what Windows does next

    QTimer.singleShot(0, check)


@pytest.mark.parametrize("how", ["quit", "exit", "commit_data"])
def test_a_quit_from_outside_runs_the_shutdown_to_the_end(
    loop: asyncio.AbstractEventLoop, server: Any, agentdesk_home: Path, how: str
) -> None:
    app = make_application()
    i18n.install("en")
    theme.apply(app, "light")
    shell = shell_for(server, agentdesk_home)
    spy = Spy(shell)
    quit_once_the_window_shows(shell, spy, how)

    code = run_shell(shell, app, loop.run_until_complete)  # raised RuntimeError before the fix

    assert code == 0
    assert shell.finished
    assert spy.session_stopped and spy.store_closed  # drain, session stop and store close ran
    assert shell.session is None and shell.store is None and shell.window is None
    assert spy.demo_folder is not None and not spy.demo_folder.exists()  # the demo's files are gone


# --- a second launch: say truthfully whether the window came to the front ----------------------
def test_a_window_kept_in_the_background_asks_for_attention_and_says_so(
    qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    caplog.set_level(logging.INFO, logger="app.ui.app_shell")
    window = QWidget()
    alerts: list[tuple[QWidget, int]] = []
    try:
        # Windows refused the foreground (the second launch did not pass its right on)
        assert not report_foreground(window, lambda _w: False, lambda w, ms: alerts.append((w, ms)))
        assert alerts == [(window, 0)]
        assert "came to the front" not in caplog.text and "kept its window in the background" in caplog.text
        caplog.clear()
        assert report_foreground(window, lambda _w: True, lambda w, ms: alerts.append((w, ms)))
        assert len(alerts) == 1 and "came to the front" in caplog.text
    finally:
        window.deleteLater()
