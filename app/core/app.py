"""The desk's application core: one run of ``agentdesk``, whatever window (or none) shows it.

FeelUOwn's model: one ``App`` (this :class:`DeskApp`) and a shell per mode that renders it — the
Qt shell (``app/ui/app_shell.py``) for the window, tests for none. The core owns what a run *is*:

- the settings (loaded by the shell, saved here, off the loop);
- the mode: real (the OS keyring, one cache file per server and agent in the user's data dir) or
  demo (a demo server beside the desk, :mod:`app.core.demo`; a keyring that keeps nothing; the
  cache in the demo's temporary folder);
- the store and session lifecycle: at most one open per (server, agent), closed before another;
- signing in (remembered token, or a password), signing out (and wiping), discarding a cache the
  keyring cannot open.

Nothing here imports Qt; the shell turns what the core answers into dialogs and windows.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path

import keyring.backends.null

from app.client import ConnectionStatus, CredentialStore, Session, SessionConfig
from app.client.connection import ConnectionConfig
from app.core.demo import DEMO_PASSWORD, DemoBackend
from app.core.local_data import remember_account
from app.core.paths import app_paths, move_legacy_store
from app.core.settings import Settings, save_settings
from app.protocol.types import AgentInfo
from app.store import Store

log = logging.getLogger(__name__)


class DeskApp:
    """Settings, mode, store and session of one run. ``demo``: the demo backend of a demo run
    (started by :meth:`start_demo`); ``server``: a server URL given on the command line."""

    def __init__(
        self, settings: Settings, settings_path: Path, *, demo: DemoBackend | None = None,
        server: str | None = None,
    ) -> None:
        self.settings = settings
        self.settings_path = settings_path
        self.demo = demo
        self.server = server
        self.store: Store | None = None
        self.session: Session | None = None

    # --- the mode -------------------------------------------------------------------------------
    @property
    def is_demo(self) -> bool:
        return self.demo is not None

    def credentials(self) -> CredentialStore:
        """The OS keyring; a demo keeps its token in memory and never touches the keyring."""
        if self.demo is not None:
            return CredentialStore(keyring.backends.null.Keyring())
        return CredentialStore()

    def cache_for(self, server_url: str, username: str) -> Path:
        """One cache file per (server, agent); a demo's live in its temporary folder."""
        if self.demo is not None:
            return self.demo.folder / f"desk-cache-{username}.sqlite3"
        paths = app_paths().ensure()
        move_legacy_store(paths)  # out of the disposable Cache folder (Windows), before it opens
        remember_account(paths, server_url, username)  # so --forget-local-data finds its keyring entries
        return paths.cache_db(server_url, username)

    # --- store and session ----------------------------------------------------------------------
    async def open_session(
        self, server_url: str, username: str, cache: Path | None = None,
        credentials: CredentialStore | None = None,
    ) -> Session:
        """The session of (``server_url``, ``username``), started; the one open before is closed
        first unless it is the same."""
        session = self.session
        if session is not None and session.server_url == server_url and session.username == username:
            return session
        await self.close_session()
        path = cache if cache is not None else await asyncio.to_thread(self.cache_for, server_url, username)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.store = await Store.open(path)
        # A private CA for wss:// (Settings → ca_file); certificates are always verified.
        config = SessionConfig(connection=ConnectionConfig(ca_file=self.settings.ca_file))
        session = Session(server_url, self.store, credentials or self.credentials(), username=username,
                          config=config)
        self.session = session
        await session.start()
        return session

    async def close_session(self) -> None:
        if self.session is not None:
            with contextlib.suppress(Exception):
                await self.session.stop()
            self.session = None
        if self.store is not None:
            with contextlib.suppress(Exception):
                await self.store.close()
            self.store = None

    # --- signing in and out ---------------------------------------------------------------------
    async def start_demo(self, username: str) -> AgentInfo:
        """Start the demo backend and sign ``username`` in with the demo password."""
        demo = self.demo
        if demo is None:
            raise RuntimeError("not a demo run")
        await demo.start()
        self.server = demo.ws_url  # signing out offers the demo server again
        session = await self.open_session(demo.ws_url, username)
        return await session.login(username, DEMO_PASSWORD, remember=False)

    def sign_in_address(self) -> tuple[str, str]:
        """The server and username to offer: the command line's server, else the last ones used."""
        return self.server or self.settings.server_url, self.settings.username

    async def resume(self) -> bool:
        """Connect with the token remembered for the last server and agent; ``False`` when the
        agent must sign in (no token, refused, or nothing remembered)."""
        url, user = self.sign_in_address()
        if not (url and user):
            return False
        session = await self.open_session(url, user)
        return session.current_state.status is not ConnectionStatus.RELOGIN_NEEDED

    async def sign_in(self, server_url: str, username: str, password: str, *, remember: bool) -> AgentInfo:
        """Sign in with a password; remembered as the server and agent of the next start.
        Raises :class:`~app.client.LoginFailed` (:class:`~app.client.KeyringUnavailable` when
        the keyring cannot open a cache holding unsent work)."""
        session = await self.open_session(server_url, username)
        agent = await session.login(username, password, remember=remember)
        self.change_settings(self.settings.with_changes(server_url=server_url, username=username))
        await self.save_settings()
        return agent

    async def discard_local_work(self) -> None:
        if self.session is not None:
            await self.session.discard_local_work()

    async def sign_out(self, *, wipe: bool) -> None:
        if self.session is not None:
            await self.session.logout(wipe=wipe)

    # --- settings -------------------------------------------------------------------------------
    def change_settings(self, settings: Settings) -> Settings:
        """Use ``settings`` from now on; returns the previous ones (:meth:`save_settings` keeps them)."""
        previous, self.settings = self.settings, settings
        return previous

    async def save_settings(self) -> None:
        """Write the settings file, off the loop (it is fsynced)."""
        await asyncio.to_thread(save_settings, self.settings, self.settings_path)

    # --- the demo's customers -------------------------------------------------------------------
    @property
    def plays_customers(self) -> bool:
        return self.demo is not None and self.demo.plays_customers

    async def customer_chat_url(self, uid: str) -> str:
        if self.demo is None:
            raise RuntimeError("not a demo run")
        return await self.demo.customer_chat_url(uid)

    async def customer_to_play(self, username: str) -> tuple[str, str, str]:
        """(uid, name, chat URL) of a demo customer whose chats ``username`` sees."""
        if self.demo is None:
            raise RuntimeError("not a demo run")
        return await self.demo.customer_to_play(username)

    # --- the end --------------------------------------------------------------------------------
    async def shutdown(self) -> None:
        session = self.session
        if session is not None and session.replies_at_risk:
            log.warning("closing with %d undelivered replies under a key kept in memory",
                        session.replies_at_risk)
        await self.close_session()
        if self.demo is not None:
            with contextlib.suppress(Exception):
                await self.demo.stop()
            self.demo = None
