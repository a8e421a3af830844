"""The GUI application shell: renders the app core (:class:`~app.core.app.DeskApp`) in Qt.

The core owns the run (settings, mode, store and session, signing in and out); this shell builds
the QApplication, shows the sign-in dialog and the window, and turns the core's answers into
widgets. ``agentdesk`` (sign-in dialog), ``--demo`` (a demo server beside the desk, signed in as
a demo agent), ``--demo-server URL`` (a demo server started elsewhere), ``--smoke`` and
``--screenshot`` (headless checks) are modes of this one shell, like FeelUOwn's app shells: the
same core, window and controllers, started differently.

Quitting from outside the app — Dock → Quit, logging out, Windows logoff, the installer closing
the desk for an upgrade — ends Qt's loop while :meth:`Shell.main` still has its shutdown to run
(drain, session stop, store close). :meth:`Shell.finish_before_quit` runs on
``QCoreApplication.aboutToQuit`` and ``QGuiApplication.commitDataRequest`` and keeps the loop
turning until that shutdown is done, so every way out ends the same way and none with an
unhandled exception.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import qasync  # type: ignore[import-untyped]  # qasync ships neither stubs nor py.typed
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME, BUNDLE_ID, ORG_DOMAIN, ORG_NAME, __version__
from app.client import CredentialStore, KeyringUnavailable, LoginFailed, Session
from app.core.app import DeskApp
from app.core.demo import ChildDemoServer, DemoBackend, DemoUnavailable, GivenDemoServer
from app.core.logging_setup import CHECK_LOG_FILE_NAME, LOG_FILE_NAME, setup_logging
from app.core.os_integration import set_app_user_model_id
from app.core.paths import app_paths
from app.core.settings import Settings, load_settings
from app.policies.attention_policy import AttentionSettings
from app.store import Store
from app.ui import i18n, labels, resources, theme
from app.ui.async_bridge import AsyncBridge
from app.ui.desk import Desk
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.sign_out_dialog import SignOutDialog
from app.ui.dialogs.sso_button import SsoButton
from app.ui.main_window import MainWindow
from app.ui.probe import run_probe
from app.ui.single_instance import SingleInstance, server_name
from app.ui.sso_controller import SsoController

log = logging.getLogger(__name__)
STARTED = time.perf_counter()
QUIT_TIMEOUT_MS = 15_000  # the longest a quit from outside waits for the shutdown (logoff waits ~5 s)
FOREGROUND_CHECK_MS = 300  # then whether the window really came to the front is looked at


def resolve_theme(name: str | None) -> str:
    return theme.resolve(name, QGuiApplication.styleHints().colorScheme())


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(resources.app_icon())
    app.setQuitOnLastWindowClosed(False)
    return app


def _no_demo_server() -> str:
    return QCoreApplication.translate(
        "Shell", "This build has no demo server: run agentdesk-server --demo and agentdesk --demo-server URL."
    )


class Shell:
    """One run of the GUI. ``await main()`` returns the process exit code."""

    def __init__(self, args: argparse.Namespace, settings: Settings, settings_path: Path) -> None:
        self.args = args
        self.core = DeskApp(settings, settings_path, demo=demo_backend(args), server=args.server)
        self.bridge = AsyncBridge()
        self.desk: Desk | None = None
        self.window: MainWindow | None = None
        self.sso: SsoController | None = None  # the login dialog's "Sign in with <company>"
        self._quit = asyncio.Event()
        self._signed_out = asyncio.Event()
        self._main_task: asyncio.Task[Any] | None = None
        self.finished = False  # main() has run its shutdown to the end
        self.system_theme: theme.SystemTheme | None = None

    # --- what the core holds (the shell renders it) ----------------------------------------------
    @property
    def settings(self) -> Settings:
        return self.core.settings

    @property
    def session(self) -> Session | None:
        return self.core.session

    @property
    def store(self) -> Store | None:
        return self.core.store

    # --- the run --------------------------------------------------------------------------------
    def follow_system_theme(self, app: QApplication) -> None:
        """While the setting is "system" (and no --theme was given), follow the OS's scheme live."""
        def setting() -> str | None:
            return self.args.theme or self.settings.theme

        self.system_theme = theme.SystemTheme(app, setting, lambda _name: self.repaint())

    def repaint(self) -> None:
        """The theme changed: painted parts (rows, bubbles, icons) draw again in its colours."""
        if self.window is not None:
            self.window.theme_changed()

    async def main(self) -> int:
        self._main_task = asyncio.current_task()
        try:
            if self.core.is_demo:
                try:
                    agent = await self._start_demo()
                except DemoUnavailable:
                    print(_no_demo_server(), file=sys.stderr)
                    return 2
            else:
                agent = await self._sign_in()
            while agent:
                self.show_window()
                if self.args.smoke or self.args.screenshot:
                    assert self.window is not None
                    return await run_probe(self.window, self.args, STARTED)
                await self._wait_quit_or_sign_out()
                if self._quit.is_set():
                    return 0
                agent = await self._sign_in(after_sign_out=True)
            return 0
        finally:
            await self.shutdown()
            self.finished = True

    def finish_before_quit(self, *_args: object) -> None:
        """Qt's loop is about to end from outside (``aboutToQuit``: Dock → Quit, logout, the
        installer closing the desk; ``commitDataRequest``: Windows logoff): ask the run to end and
        keep the loop turning until its shutdown is done (at most :data:`QUIT_TIMEOUT_MS`)."""
        task = self._main_task
        if task is None or task.done():
            return
        log.info("quitting from outside the app: finishing the run first")
        self.request_quit()
        waiting = QEventLoop()
        task.add_done_callback(lambda _task: waiting.quit())
        QTimer.singleShot(QUIT_TIMEOUT_MS, waiting.quit)
        waiting.exec()
        if not task.done():
            log.warning("the run did not finish within %d s of the quit", QUIT_TIMEOUT_MS // 1000)

    def bring_to_front(
        self, is_active: Callable[[QWidget], bool] = QWidget.isActiveWindow,
        alert: Callable[[QWidget, int], None] = QApplication.alert,
    ) -> None:
        """Another launch asked for this desk: show the window (or the sign-in dialog), then say
        truthfully whether it came to the front (Windows may refuse the foreground: then the
        taskbar button flashes and the agent clicks it)."""
        target = self.window or QApplication.activeModalWidget()
        if target is None:
            return
        target.showNormal()
        target.raise_()
        target.activateWindow()
        QTimer.singleShot(FOREGROUND_CHECK_MS, lambda: report_foreground(target, is_active, alert))

    def request_quit(self) -> None:
        self._quit.set()
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.close()  # a sign-in dialog waiting for input ends the run too

    async def _wait_quit_or_sign_out(self) -> None:
        self._signed_out.clear()
        waiters = [asyncio.ensure_future(self._quit.wait()), asyncio.ensure_future(self._signed_out.wait())]
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:  # also when the run itself is cancelled: no waiter is left behind unawaited
            for task in waiters:
                task.cancel()
            await asyncio.gather(*waiters, return_exceptions=True)

    async def _start_demo(self) -> bool:
        await self.core.start_demo(self.args.demo_user)
        if self.core.plays_customers and not (self.args.smoke or self.args.screenshot):
            await self._print_customer_to_play()  # --smoke and --screenshot print one JSON line only
        return True

    async def _print_customer_to_play(self) -> None:
        """Tell the person at the demo where to play a customer whose messages reach this desk."""
        uid, name, url = await self.core.customer_to_play(self.args.demo_user)
        text = QCoreApplication.translate("Shell", "Play the customer {name} (UID {uid}) in a browser: {url}")
        with contextlib.suppress(OSError, UnicodeError):  # no console, or one that cannot show the name
            print(text.format(name=name, uid=uid, url=url), flush=True)

    async def open_session(
        self, server_url: str, username: str, cache: Path | None = None,
        credentials: CredentialStore | None = None,
    ) -> None:
        await self.core.open_session(server_url, username, cache, credentials)

    async def _sign_in(self, *, after_sign_out: bool = False) -> bool:
        """Connect with the remembered token, else show the sign-in dialog; False if cancelled."""
        if not after_sign_out and await self.core.resume():
            return True
        return await self._login_dialog(*self.core.sign_in_address())

    async def _login_dialog(self, url: str, user: str) -> bool:
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        dialog = LoginDialog(url, user, keyring=self.core.credentials().status)
        if self.session is not None and self.session.cache_held is not None:
            self._show_held_cache(dialog, self.session.cache_held)

        async def attempt(server_url: str, username: str, password: str, remember: bool) -> None:
            await self.core.sign_in(server_url, username, password, remember=remember)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KeyringUnavailable):
                self._show_held_cache(dialog, exc)
                return
            code = exc.code if isinstance(exc, LoginFailed) else "unreachable"
            dialog.show_error(labels.sign_in_error(code, dialog.server.text().strip()))

        def discard_clicked() -> None:
            self.bridge.run(self.core.discard_local_work(), done=lambda _r: dialog.discarded(), guard=dialog,
                            name="discard")

        def accepted(_result: object) -> None:
            if not done.done():
                done.set_result(True)
            dialog.accept()

        dialog.login_requested.connect(
            lambda *a: self.bridge.run(attempt(*a), done=accepted, error=failed, guard=dialog, name="login")
        )
        dialog.discard_requested.connect(discard_clicked)
        def rejected() -> None:
            if not done.done():
                done.set_result(False)

        dialog.rejected.connect(rejected)
        if not self.core.is_demo:  # "Sign in with <company>" when the server offers it
            sso = SsoButton()
            dialog.add_option(sso)
            self.sso = SsoController(self.core, self.bridge, dialog, sso, accepted)
        dialog.show()
        try:
            return await done
        finally:
            dialog.deleteLater()

    @staticmethod
    def _show_held_cache(dialog: LoginDialog, held: KeyringUnavailable) -> None:
        """The keyring cannot open a cache with unsent work: unlock and retry, or discard it."""
        dialog.show_error(labels.held_cache(held.code, held.replies, held.drafts))
        dialog.offer_discard(held.replies + held.drafts)

    def show_window(self, *, view: str | None = None, conversation: int | None = None) -> None:
        assert self.session is not None and self.store is not None
        self.desk = Desk(self.session, self.store, self.bridge)
        window = MainWindow(
            self.desk,
            idle_minutes=self.settings.idle_away_minutes,
            attention=lambda: AttentionSettings(
                self.settings.notifications, self.settings.sound, vip_alert=self.settings.vip_alert
            ),
            customer_chat=self._open_customer_chat if self.core.plays_customers else None,
            keyring_notice=not self.core.is_demo,
        )
        window.quit_requested.connect(self._quit.set)
        window.sign_out_requested.connect(self._sign_out)
        window.settings_requested.connect(self._open_settings)
        self.window = window
        window.show()
        window.start(view)
        if conversation is not None:
            window.conversation_controller.open(conversation)
        if self.session.online:
            self.desk.load_reference_data()

    def _open_customer_chat(self, uid: str) -> None:
        if self.core.plays_customers:
            self.bridge.run(self.core.customer_chat_url(uid), name="customer_chat",
                            done=lambda url: QDesktopServices.openUrl(QUrl(url)))

    def _sign_out(self) -> None:
        """Ask first: sign out only, or also remove this desk's data (issue: local data)."""
        queued = self.session.current_state.queued if self.session is not None else 0
        dialog = SignOutDialog(queued, self.window)
        dialog.confirmed.connect(lambda wipe: self.bridge.run(self._signed_out_with(wipe), name="sign_out"))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    async def _signed_out_with(self, wipe: bool) -> None:
        await self.core.sign_out(wipe=wipe)
        self._close_window()
        self._signed_out.set()

    def _open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.window)
        dialog.applied.connect(self._apply_settings)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _apply_settings(self, settings: Settings) -> None:
        previous = self.core.change_settings(settings)
        self.bridge.run(self.core.save_settings(), name="settings.save")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.args.theme = None  # the agent's choice in Settings wins over --theme from now on
            theme.apply(app, resolve_theme(settings.theme))
            self.repaint()
        if self.window is not None:
            self.window.presence.set_idle_minutes(settings.idle_away_minutes)
        if i18n.resolve(settings.language) != i18n.resolve(previous.language):
            self.bridge.run(self._switch_language(settings.language), name="language")

    async def _switch_language(self, language: str | None) -> None:
        """Apply a new language at once by building the window again: its strings are translated
        as it is built. The session, the cache and the drafts stay; the view and the open
        conversation are shown again."""
        await asyncio.sleep(0)  # the settings dialog (the window's child) finishes first
        i18n.install(language)
        window = self.window
        if window is None:
            return  # signed out: the next window is built in the new language anyway
        view = window.inbox.filters().view
        conversation = window.conversation_controller.conversation_id
        self._close_window()
        self.show_window(view=view, conversation=conversation)

    # --- shutdown -------------------------------------------------------------------------------
    def _close_window(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            with contextlib.suppress(RuntimeError):
                window.quit_requested.disconnect(self._quit.set)
            window.close_without_asking()
            window.deleteLater()
        if self.desk is not None:
            self.desk.close()
            self.desk = None

    async def shutdown(self) -> None:
        self._close_window()
        await self.bridge.drain(2.0)
        self.bridge.cancel_all()
        await self.core.shutdown()


def report_foreground(
    target: QWidget, is_active: Callable[[QWidget], bool], alert: Callable[[QWidget, int], None]
) -> bool:
    """Log whether ``target`` is the active window now; if not, ask for attention. ``True`` if it is."""
    try:
        active = is_active(target)
    except RuntimeError:  # the window was closed meanwhile
        return False
    if active:
        log.info("another launch asked for the desk: its window came to the front")
        return True
    alert(target, 0)  # flashes the taskbar button (Windows) or bounces the Dock icon (macOS)
    log.info("another launch asked for the desk: the system kept its window in the background; "
             "it asks for attention instead")
    return False


def demo_backend(args: argparse.Namespace) -> DemoBackend | None:
    """``--demo-server URL``: that demo server; ``--demo``: one started beside the desk."""
    if getattr(args, "demo_server", None):
        return GivenDemoServer(args.demo_server)
    if args.demo:
        return ChildDemoServer()
    return None


def run_shell(
    shell: Shell, app: QApplication, run_until_complete: Callable[[Coroutine[Any, Any, int]], int]
) -> int:
    """Run ``shell.main()`` with the quit-from-outside guard; the exit code, never an exception
    because Qt's loop ended first."""
    app.aboutToQuit.connect(shell.finish_before_quit)
    app.commitDataRequest.connect(shell.finish_before_quit)
    try:
        return int(run_until_complete(shell.main()))
    except RuntimeError:
        if shell.finished:
            return 0
        log.exception("Qt's loop ended before the desk had finished")
        return 1
    finally:
        for signal_ in (app.aboutToQuit, app.commitDataRequest):
            with contextlib.suppress(RuntimeError, TypeError):
                signal_.disconnect(shell.finish_before_quit)


def run(args: argparse.Namespace) -> int:
    """Entry from :func:`app.main.main`: build the app and run the shell on the qasync loop."""
    paths = app_paths()
    headless = bool(args.smoke or args.screenshot)
    set_app_user_model_id(BUNDLE_ID)  # Windows: before any window, as the Start-menu shortcut says
    app = make_application()
    settings = load_settings(paths.settings_file)
    i18n.install(args.lang or settings.language)
    instance: SingleInstance | None = None
    if not headless:  # --smoke and --screenshot are checks, not a desk: they may run beside one
        demo = args.demo or bool(getattr(args, "demo_server", None))
        instance = SingleInstance(server_name("demo" if demo else "desk", paths.data_dir))
        if not instance.claim():
            print(
                QCoreApplication.translate(
                    "Shell", "AgentDesk is already running; it was asked to show its window."
                )
            )
            return 0
    # Only the desk that holds the claim writes agentdesk.log (a second process holding it open
    # would block its rotation on Windows); headless checks write their own file.
    with contextlib.suppress(OSError):
        setup_logging(logging.WARNING if headless else logging.INFO, console=not headless,
                      file_name=CHECK_LOG_FILE_NAME if headless else LOG_FILE_NAME)
    theme.apply(app, resolve_theme(args.theme or settings.theme))
    shell = Shell(args, settings, paths.settings_file)
    shell.follow_system_theme(app)
    if instance is not None:
        instance.activated.connect(shell.bring_to_front)
    # Ctrl+C or a service manager's SIGTERM: quit like the menu does (the demo removes its files).
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError, OSError):
            signal.signal(signum, lambda *_args: shell.request_quit())
    try:
        return run_shell(shell, app, qasync.run)
    except KeyboardInterrupt:
        return 130
