"""The SQL functions through which SQLite sees sealed values: ``ad_open``, ``ad_seal``, ``ad_blind``.

They are registered per connection by the store that owns it, bound to *that* store's
:class:`SealFunctions` — so the key never becomes a global and two stores (two agents, two
tests) never share one. Before the store has its key they refuse to work (:class:`CacheLocked`).

SQLite reports an exception raised inside a function only as "user-defined function raised
exception"; the original is kept in :attr:`SealFunctions.error` so the store can raise the real
reason (locked, or unreadable) instead.
"""

from __future__ import annotations

import sqlite3

from app.store.cache.crypto import CacheCipher, CacheLocked, UnreadableCache
from app.store.cache.search_text import register_functions as register_v2_functions


class SealFunctions:
    """One store's key (or none yet) and the last error raised inside a function."""

    __slots__ = ("cipher", "error")

    def __init__(self) -> None:
        self.cipher: CacheCipher | None = None
        self.error: Exception | None = None

    def __repr__(self) -> str:
        return f"SealFunctions(unlocked={self.cipher is not None})"

    def _cipher(self) -> CacheCipher:
        cipher = self.cipher
        if cipher is None:
            self.error = CacheLocked("the cache is locked: no key yet")
            raise self.error
        return cipher

    def open(self, label: str, row_id: object, blob: object) -> str | None:
        if blob is None:
            return None
        try:
            return self._cipher().open(label, row_id, blob)
        except UnreadableCache as exc:
            self.error = exc
            raise

    def seal(self, label: str, row_id: object, plain: object) -> bytes | None:
        if plain is None:
            return None
        if isinstance(plain, bytes):
            return plain  # sealed already (a step that ran twice seals nothing twice)
        return self._cipher().seal(label, row_id, str(plain))

    def blind(self, text: str | None) -> str:
        return self._cipher().blind(text)

    def install(self, dbapi_connection: sqlite3.Connection) -> None:
        dbapi_connection.create_function("ad_open", 3, self.open, deterministic=True)
        dbapi_connection.create_function("ad_seal", 3, self.seal)  # a fresh nonce per call
        dbapi_connection.create_function("ad_blind", 1, self.blind, deterministic=True)
        register_v2_functions(dbapi_connection)

    def take_error(self) -> Exception | None:
        error, self.error = self.error, None
        return error
