"""Signs an agent in through the company's identity provider from the login dialog.

Asks the server (for the address in the dialog) whether it offers an identity provider and shows
"Sign in with <company>" if so; a click opens the system browser (``webbrowser``) and waits for the
loopback redirect, all in the core (``DeskApp.sign_in_oidc``, ``app/core/oidc_signin.py``).
"""

from __future__ import annotations

import asyncio
import webbrowser
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject

from app.client import LoginFailed
from app.core.app import DeskApp
from app.core.oidc_signin import OidcError
from app.ui import labels
from app.ui.async_bridge import AsyncBridge
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.dialogs.sso_button import SsoButton

BrowserOpener = Callable[[str], Awaitable[None] | None]


def system_browser(url: str) -> Awaitable[None]:
    async def open_() -> None:
        await asyncio.to_thread(webbrowser.open, url)

    return open_()


class SsoController(QObject):
    def __init__(
        self, core: DeskApp, bridge: AsyncBridge, dialog: LoginDialog, button: SsoButton,
        done: Callable[[object], None], browser: BrowserOpener = system_browser,
    ) -> None:
        super().__init__(dialog)
        self.core, self.bridge, self.dialog, self.button = core, bridge, dialog, button
        self._done = done
        self.browser = browser
        self.offered_for: str | None = None
        button.clicked.connect(self.start)
        dialog.server.editingFinished.connect(self.check)
        self.check()

    def check(self) -> None:
        url = self.dialog.server.text().strip()
        if not url or url == self.offered_for:
            return
        self.offered_for = url

        def shown(offer: object) -> None:
            if url == self.dialog.server.text().strip():
                self.button.offer(getattr(offer, "display_name", None))

        self.bridge.run(self.core.oidc_offer(url), done=shown, error=lambda _e: self.button.offer(None),
                        guard=self.button, name="oidc.offer")

    def start(self) -> None:
        url = self.dialog.server.text().strip()
        self.button.set_busy(True)
        page = self.tr("Signed in. You can close this window and return to AgentDesk.")
        html = f"<!doctype html><meta charset=utf-8><title>AgentDesk</title><p>{page}</p>"
        self.bridge.run(
            self.core.sign_in_oidc(url, self.browser, page=html, remember=self.dialog.remember.isChecked()),
            done=self._done, error=self._failed, guard=self.button, name="oidc.sign_in",
        )

    def _failed(self, exc: BaseException) -> None:
        self.button.set_busy(False)
        if isinstance(exc, LoginFailed):
            self.dialog.show_error(labels.error(exc.code))
            return
        code = exc.code if isinstance(exc, OidcError) else "unreachable"
        messages = {
            "denied": self.tr("The identity provider did not sign you in."),
            "timeout": self.tr("The sign-in in the browser was not finished in time."),
            "state": self.tr("The browser returned from another sign-in. Try again."),
            "token": self.tr("The identity provider's answer could not be used. Try again."),
            "not_offered": self.tr("This server does not offer sign-in with an identity provider."),
        }
        self.dialog.show_error(messages.get(code, self.tr("The identity provider cannot be reached.")))
