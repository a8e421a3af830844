"""Fixtures of the UI suite: offscreen Qt, a qasync loop per test, no leaked windows.

``QT_QPA_PLATFORM`` must be set before the QApplication exists, hence at import time here.
Each test gets a ``qasync.QEventLoop`` as its asyncio loop (docs: environment.md), so
``loop.run_until_complete(...)`` drives the core and the widgets together. Like napari's
``make_napari_viewer``, a test that leaves a top-level widget behind fails.
"""

from __future__ import annotations

import asyncio
import gc
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from tests.support.keyrings import memory_keyring  # noqa: F401 - a fixture for the sign-in tests


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["agentdesk-tests"]


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test's QApplication, made the current asyncio loop."""
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    try:
        yield event_loop
    finally:
        pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            event_loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        event_loop.run_until_complete(event_loop.shutdown_asyncgens())
        event_loop.close()
        asyncio.set_event_loop(None)
        _kill_loop_timers(event_loop)
        del event_loop
        gc.collect()  # on this (the GUI) thread, never later on some worker thread


def _kill_loop_timers(event_loop: Any) -> None:
    """qasync's close() only marks its timer object stopped; its pending Qt timers stay registered
    until they fire. If the loop were then garbage-collected on another thread (a worker dropping
    the last reference), Qt could not unregister them and a later timer event would hit a deleted
    object. Kill them here, on the GUI thread."""
    timer = getattr(event_loop, "_timer", None)
    callbacks = getattr(timer, "_SimpleTimer__callbacks", None)
    if timer is None or callbacks is None:
        return
    for timer_id in list(callbacks):
        timer.killTimer(timer_id)
    callbacks.clear()


Waiter = Callable[..., Any]


@pytest.fixture
def wait_until(loop: asyncio.AbstractEventLoop) -> Waiter:
    """``wait_until(predicate, timeout=10, what="...")``: run the loop until it holds."""

    def waiter(predicate: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
        async def poll() -> Any:
            deadline = time.monotonic() + timeout
            while True:
                value = predicate()
                if value:
                    return value
                if time.monotonic() > deadline:
                    raise AssertionError(f"timed out after {timeout}s waiting for {what}")
                await asyncio.sleep(0.02)

        return loop.run_until_complete(poll())

    return waiter


@pytest.fixture
def run(loop: asyncio.AbstractEventLoop) -> Callable[[Any], Any]:
    """``run(coro)``: run a coroutine to completion on the test's loop."""
    return lambda coro: loop.run_until_complete(coro)


@pytest.fixture
def agentdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("AGENTDESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_leaked_windows(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a top-level widget alive (napari's make_napari_viewer check)."""
    app = QApplication.instance()
    if app is None or ("qapp" not in request.fixturenames and "loop" not in request.fixturenames):
        yield
        return
    before = {id(w) for w in QApplication.topLevelWidgets()}
    yield
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.parent() is None]
    names = ", ".join(f"{type(w).__name__}({w.objectName()!r})" for w in leaked)
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if leaked:
        pytest.fail(f"the test leaked top-level widgets: {names}")


# --- a real backend and the real window ------------------------------------------------------
@pytest.fixture
def server_overrides() -> dict[str, Any]:
    """``ServerConfig`` fields a test module changes for its ``server`` (override this fixture)."""
    return {}


@pytest.fixture
def server(
    loop: asyncio.AbstractEventLoop, tmp_path: Path, server_overrides: dict[str, Any]
) -> Iterator[Any]:
    """The real chat backend on loopback (demo data, no simulated traffic: tests stay exact)."""
    from tests.support.server import running_server

    context = running_server(tmp_path, **{"simulate_rate": 0.0, **server_overrides})
    chat_server = loop.run_until_complete(context.__aenter__())
    try:
        yield chat_server
    finally:
        loop.run_until_complete(context.__aexit__(None, None, None))


@pytest.fixture
def open_desk(
    loop: asyncio.AbstractEventLoop, server: Any, tmp_path: Path, agentdesk_home: Path
) -> Iterator[Callable[..., Any]]:
    """``await open_desk("vera")``: sign in as a demo agent and show the real main window.

    Uses the app's own shell (``Shell.open_session`` / ``show_window``), a cache file in the test's
    temp dir and an in-memory credential store (the keyring is the core's own test subject).
    Returns once the session is online and the inbox shows rows.
    """
    import argparse

    import keyring.backends.null

    from app.client import CredentialStore
    from app.core.settings import Settings
    from app.ui import i18n, theme
    from app.ui.app_shell import Shell, make_application
    from tests.ui.helpers import until

    app = make_application()
    i18n.install("en")
    theme.apply(app, "light")
    shells: list[Any] = []
    # One in-memory credential store for the whole test: like the OS keyring, it outlives a
    # restart of the desk, so the cache key (kept beside the token) opens the same cache again.
    credentials = CredentialStore(keyring.backends.null.Keyring())

    async def open_(user: str = "alice", view: str | None = "all") -> Any:
        """``view``: the inbox view to open on (``None``: the role's default, Mine for agents);
        the suite's tests read the whole inbox, so "all"."""
        args = argparse.Namespace(
            demo=False,
            demo_user=user,
            server=server.ws_url,
            lang="en",
            theme="light",
            smoke=False,
            screenshot=None,
            timeout=30.0,
        )
        shell = Shell(args, Settings(idle_away_minutes=5), agentdesk_home / "settings.json")
        shells.append(shell)
        await shell.open_session(server.ws_url, user, tmp_path / f"cache-{user}.sqlite3", credentials)
        await shell.session.login(user, "demo", remember=False)
        shell.show_window(view=view)
        window = shell.window
        window.test_shell = shell  # lets a test shut this desk down and open it again (restart)
        await until(lambda: window.desk.session.online, what="online")
        await until(
            lambda: window.inbox_model.loaded and (window.inbox_model.rowCount() > 0 or view != "all"),
            what="inbox rows",
        )
        return window

    yield open_
    for shell in shells:
        loop.run_until_complete(shell.shutdown())


@pytest.fixture
def aio(loop: asyncio.AbstractEventLoop) -> Callable[..., Any]:
    """``aio(body)``: run ``async def body()`` on the qasync loop, so that everything the test does
    to widgets (and every Qt event it causes) happens while the loop runs — as in the app."""

    def runner(body: Callable[[], Any], timeout: float = 60.0) -> Any:
        return loop.run_until_complete(asyncio.wait_for(body(), timeout))

    return runner
