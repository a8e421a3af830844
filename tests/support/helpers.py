"""Helpers shared by the client tests (each async test runs on its own fresh event loop, so a
store is opened inside the test, not by a fixture)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from app.store import Store
from app.store.cache.crypto import CacheKey

#: The cache key of store-only tests (a session brings its own from its CredentialStore).
TEST_KEY = CacheKey(bytes(range(32)))


@asynccontextmanager
async def opened_store(path: Path, *, server_url: str = "ws://test", username: str = "alice",
                       key: CacheKey | None = TEST_KEY) -> AsyncIterator[Store]:
    """A store bound to ``server_url``/``username``; unlocked with ``key`` (``None``: left locked,
    for a session to unlock with the key its credentials keep)."""
    store = await Store.open(path, key=key)
    await store.bind_identity(server_url, username)
    try:
        yield store
    finally:
        await store.close()


def with_store(fn: Callable[..., Awaitable[None]]) -> Callable[[Path], Awaitable[None]]:
    """Turn ``async def test_x(store)`` (or ``(store, tmp_path)``) into a test taking ``tmp_path``."""
    import inspect

    wants_tmp = "tmp_path" in inspect.signature(fn).parameters

    async def test(tmp_path: Path) -> None:
        async with opened_store(tmp_path / "cache.sqlite3") as store:
            await (fn(store, tmp_path) if wants_tmp else fn(store))

    test.__name__, test.__qualname__, test.__doc__ = fn.__name__, fn.__qualname__, fn.__doc__
    return test


async def eventually(check: Callable[[], Awaitable[Any] | Any], *, timeout: float = 10.0,
                     interval: float = 0.05, what: str = "condition") -> Any:
    """Poll ``check`` (sync or async) until it returns something truthy; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(interval)


def fast_config(**changes: Any) -> Any:
    """A session configuration for tests: quick retries, quick dead-link detection."""
    from app.client import Backoff, SessionConfig
    from app.client.connection import ConnectionConfig

    # keep-alive generous enough for a loaded CI machine; the dead-link test passes its own
    connection = ConnectionConfig(ping_interval=2.0, ping_timeout=10.0, open_timeout=10.0, close_timeout=1.0)
    settings: dict[str, Any] = {"connection": connection, "request_timeout": 5.0,
                                "backoff": Backoff(base=0.05, factor=2.0, cap=0.5)}
    settings.update(changes)
    return SessionConfig(**settings)


def memory_credentials() -> Any:
    """Credentials with the keyring's ``fail`` backend: tokens live in memory only."""
    from keyring.backends import fail

    from app.client import CredentialStore

    return CredentialStore(fail.Keyring())


async def until_online(session: Any, timeout: float = 15.0) -> None:
    await eventually(lambda: session.online, timeout=timeout, what="the session to be online")


async def until_delivered(store: Store, timeout: float = 20.0) -> None:
    async def empty() -> bool:
        return await store.outbox_pending() == 0

    await eventually(empty, timeout=timeout, what="the outbox to be empty")
