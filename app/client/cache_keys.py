"""The session's side of the sealed cache: the right key in the store, and wiping it on request.

The store opens locked (it is opened before the agent is known); the key belongs to a server and
an agent and lives in the OS keyring beside the token (:class:`CredentialStore.cache_key`). So
the session unlocks the store whenever it learns who the agent is: at start (the agent of last
time) and at every sign-in. A store that does not open with that key (the keyring lost the key;
last run had no keyring; another agent's cache) is emptied by the store and the session takes
a new snapshot. Keyring calls block (D-Bus, Keychain), so they run in a worker thread.
"""

from __future__ import annotations

import asyncio
import logging

from app.client.credentials import CredentialStore
from app.store import Store, Unlocked

log = logging.getLogger(__name__)


class CacheKeys:
    """Unlocks ``store`` with the key of (``server_url``, agent); wipes the cache and its key."""

    def __init__(self, store: Store, credentials: CredentialStore, server_url: str) -> None:
        self._store = store
        self._credentials = credentials
        self._server_url = server_url

    async def unlock(self, username: str) -> Unlocked:
        key = await asyncio.to_thread(self._credentials.cache_key, self._server_url, username)
        result = await self._store.unlock(key)
        if result is Unlocked.WIPED:
            log.warning("the local cache could not be read with this agent's key; it starts anew")
        return result

    async def wipe(self, username: str | None) -> None:
        """Delete the cache file (rows, -wal, -shm) and then its key from the keyring."""
        await self._store.wipe()
        if username:
            await asyncio.to_thread(self._credentials.forget_cache_key, self._server_url, username)
