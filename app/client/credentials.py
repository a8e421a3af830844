"""Agent tokens and cache keys in the OS keyring — Windows Credential Manager, macOS Keychain,
Secret Service.

The keyring is the only place a token or a cache key is written: never the cache, the settings,
a log or an exception text. Entries are ``service="AgentDesk"``, ``username=f"{server_url}|{username}"``
for the token and ``f"cache-key|{server_url}|{username}"`` for the key that seals that agent's
local cache (:mod:`app.store.cache.crypto`), so one person can be signed in to two servers.

With no usable keyring (no backend, the ``fail``/``null`` backend, a locked or broken one) the
token is kept in memory for this run only, and :attr:`CredentialStore.status` says why, as codes
the UI turns into text: ``problem`` (``no_keyring``, ``keyring_locked``, ``keyring_error``) and a
platform ``hint`` (``linux_secret_service``, ``macos_keychain``, ``windows_credential_manager``,
``generic``). The cache key is stricter (:meth:`CredentialStore.cache_key`): a keyring that
cannot be asked raises :class:`KeyringUnavailable` rather than answering "no key", because a
new key would make the cache — and the replies waiting in it — unreadable; the caller
(:class:`~app.client.cache_keys.CacheKeys`) decides between waiting and a key for this run only.
Keyring calls block (D-Bus, Keychain): the session runs them in a worker thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors

from app.client.errors import KeyringUnavailable
from app.client.secret import Secret
from app.store.cache.crypto import CacheKey

SERVICE = "AgentDesk"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FoundKey:
    """A cache key and whether it is kept in the OS keyring (``False``: memory, this run only)."""

    key: CacheKey
    in_keyring: bool


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """``available``: tokens persist across restarts. Otherwise ``problem`` and ``hint`` codes."""

    available: bool
    backend: str
    problem: str | None = None
    hint: str | None = None


def platform_hint(platform: str | None = None) -> str:
    """Which fix to explain: e.g. ``linux_secret_service`` → install gnome-keyring or KWallet
    (or KeePassXC with Secret Service) and unlock it at login."""
    platform = platform or sys.platform
    if platform.startswith("linux") or "bsd" in platform:
        return "linux_secret_service"
    if platform == "darwin":
        return "macos_keychain"
    if platform.startswith("win"):
        return "windows_credential_manager"
    return "generic"


def _unusable(backend: keyring.backend.KeyringBackend) -> bool:
    """The ``fail``/``null`` backends, or a chainer that has nothing to chain."""
    module = type(backend).__module__
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return True
    backends = getattr(backend, "backends", None)
    return backends is not None and not backends


class CredentialStore:
    """get/set/delete the token of (server_url, username); memory only when the keyring is not usable.

    ``backend`` defaults to ``keyring.get_keyring()`` (resolved on first use, so tests can
    ``keyring.set_keyring`` first). Thread-safe: the session calls it from worker threads.
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend
        self._memory: dict[str, Secret] = {}
        self._lock = threading.Lock()
        self._problem: str | None = None

    def __repr__(self) -> str:
        return f"CredentialStore(backend={self.status.backend!r}, in_memory={len(self._memory)})"

    @staticmethod
    def key(server_url: str, username: str) -> str:
        return f"{server_url}|{username}"

    @staticmethod
    def cache_key_name(server_url: str, username: str) -> str:
        return f"cache-key|{server_url}|{username}"

    @staticmethod
    def refresh_token_name(server_url: str, username: str) -> str:
        return f"oidc-refresh|{server_url}|{username}"

    # --- the identity provider's refresh token (OIDC sign-in) --------------------------------------
    def set_refresh_token(self, server_url: str, username: str, token: Secret) -> bool:
        """Kept in the OS keyring only: ``False`` (and nothing kept, not even in memory) when the
        keyring cannot take it — the agent then signs in through the browser again next time."""
        name = self.refresh_token_name(server_url, username)
        kept = self._set(name, token, persist=True)
        if not kept:
            with self._lock:
                self._memory.pop(name, None)
        return kept

    def refresh_token(self, server_url: str, username: str) -> Secret | None:
        try:
            return self._read(self.refresh_token_name(server_url, username))
        except KeyringUnavailable:
            return None

    def delete_refresh_token(self, server_url: str, username: str) -> None:
        self._delete(self.refresh_token_name(server_url, username))

    def _keyring(self) -> keyring.backend.KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    @property
    def status(self) -> KeyringStatus:
        backend = self._keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        problem = "no_keyring" if _unusable(backend) else self._problem
        if problem is None:
            return KeyringStatus(available=True, backend=name)
        return KeyringStatus(available=False, backend=name, problem=problem, hint=platform_hint())

    def _failed(self, exc: Exception) -> None:
        # the exception's text may come from a D-Bus service: log only its type, never the token
        if isinstance(exc, keyring.errors.NoKeyringError):
            self._problem = "no_keyring"
        elif isinstance(exc, keyring.errors.KeyringLocked):
            self._problem = "keyring_locked"
        else:
            self._problem = "keyring_error"
        log.warning("keyring unusable (%s): its secrets are kept in memory for this run", type(exc).__name__)

    def get(self, server_url: str, username: str) -> Secret | None:
        return self._get(self.key(server_url, username))

    def _get(self, key: str) -> Secret | None:
        with self._lock:
            if key in self._memory:
                return self._memory[key]
            backend = self._keyring()
            if _unusable(backend):
                return None
            try:
                value = backend.get_password(SERVICE, key)
            except Exception as exc:  # any backend failure: no token rather than a crash
                self._failed(exc)
                return None
        return Secret(value) if value else None

    def set(self, server_url: str, username: str, token: Secret, *, persist: bool = True) -> bool:
        """Keep the token; ``True`` if it went into the OS keyring, ``False`` if memory only."""
        return self._set(self.key(server_url, username), token, persist=persist)

    def _set(self, key: str, token: Secret, *, persist: bool) -> bool:
        with self._lock:
            backend = self._keyring()
            if persist and not _unusable(backend):
                try:
                    backend.set_password(SERVICE, key, token.reveal())
                except Exception as exc:
                    self._failed(exc)
                else:
                    self._memory.pop(key, None)
                    self._problem = None
                    return True
            self._memory[key] = token
            return False

    def delete(self, server_url: str, username: str) -> None:
        """Forget the token everywhere (memory and keyring); absent is fine."""
        self._delete(self.key(server_url, username))

    # --- the cache key ----------------------------------------------------------------------------
    def cache_key(self, server_url: str, username: str) -> FoundKey:
        """The key of this agent's local cache: the one kept in the keyring, else a new one
        (written to the keyring). Raises :class:`KeyringUnavailable` when the keyring cannot be
        asked — never a new key in place of one it may still hold. A key kept in memory for
        this run (:meth:`run_cache_key`) is moved into the keyring as soon as it works again."""
        name = self.cache_key_name(server_url, username)
        with self._lock:
            run_key = self._memory.get(name)
        if run_key is not None:
            return FoundKey(CacheKey.from_text(run_key.reveal()), self._set(name, run_key, persist=True))
        kept = self._read(name)
        if kept is not None:
            try:
                return FoundKey(CacheKey.from_text(kept.reveal()), in_keyring=True)
            except ValueError:
                log.warning("the cache key in the keyring is damaged; the cache starts anew")
        key = CacheKey.generate()
        return FoundKey(key, self._set(name, Secret(key.to_text()), persist=True))

    def run_cache_key(self, server_url: str, username: str) -> CacheKey:
        """A new cache key kept in memory for this run only (the keyring cannot be used)."""
        key = CacheKey.generate()
        with self._lock:
            self._memory[self.cache_key_name(server_url, username)] = Secret(key.to_text())
        return key

    def _read(self, key: str) -> Secret | None:
        """The keyring's answer, or :class:`KeyringUnavailable` if it cannot give one."""
        with self._lock:
            backend = self._keyring()
            if _unusable(backend):
                raise KeyringUnavailable("no_keyring")
            try:
                value = backend.get_password(SERVICE, key)
            except Exception as exc:
                self._failed(exc)
                raise KeyringUnavailable(self._problem or "keyring_error") from None
        return Secret(value) if value else None

    def forget_cache_key(self, server_url: str, username: str) -> None:
        """Delete the cache key (memory and keyring): what it sealed can never be read again."""
        self._delete(self.cache_key_name(server_url, username))

    def _delete(self, key: str) -> None:
        with self._lock:
            self._memory.pop(key, None)
            backend = self._keyring()
            if _unusable(backend):
                return
            try:
                backend.delete_password(SERVICE, key)
            except keyring.errors.PasswordDeleteError:
                pass
            except Exception as exc:
                self._failed(exc)
