"""Tokens expire, are renewed (``session.renew``), and logout revokes the whole session."""

from __future__ import annotations

import asyncio
import time

import pytest
from websockets.exceptions import ConnectionClosed

from tests.support.server import AgentClient, RequestError, running_server


async def _auth_fails(url: str, token: str) -> None:
    with pytest.raises(RequestError) as err:
        await AgentClient.auth(url, token)
    assert err.value.code == "unauthorized"


async def _closed_4401(client: AgentClient, timeout: float = 5.0) -> dict:
    """The ``error`` frame sent before the close, after checking the close code."""
    frame = await client.wait_for(lambda f: f["type"] == "error", timeout)
    with pytest.raises(ConnectionClosed):
        for _ in range(10):
            await asyncio.wait_for(client.ws.recv(), timeout)
    assert client.ws.close_code == 4401
    return frame


async def test_renew_gives_a_new_token_and_the_old_one_lapses_after_the_grace(tmp_path):
    async with running_server(tmp_path, token_renew_grace_seconds=0.5, failed_login_delay=0.01) as server:
        url = server.ws_url
        alice = await AgentClient.login(url, "alice", "demo")
        old = alice.token
        assert old is not None
        other = await AgentClient.auth(url, old)  # a second window on the same token
        renewed = await alice.request("session.renew")
        assert renewed["token"] != old and renewed["token_expires_at"] >= alice.welcome["token_expires_at"]
        assert set(renewed) == {"token", "token_expires_at"}
        # Within the grace the old token still works; the new one works.
        in_grace = await AgentClient.auth(url, old)
        await in_grace.close()
        assert (await AgentClient.auth(url, renewed["token"])).welcome["agent"]["username"] == "alice"
        # After the grace: refused, and the window still on it is closed 4401.
        frame = await _closed_4401(other)
        assert frame["code"] == "unauthorized"
        await _auth_fails(url, old)
        # The renewed connection is still fine, and can renew again.
        assert (await alice.request("agents.list"))["agents"]
        assert (await alice.request("session.renew"))["token"] != renewed["token"]


async def test_expired_tokens_close_4401_and_cannot_authenticate(tmp_path):
    async with running_server(tmp_path, token_ttl_seconds=1, failed_login_delay=0.01) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        token = alice.token
        assert token is not None
        frame = await _closed_4401(alice, timeout=5)
        assert frame["message"] == "session expired; log in again"
        await _auth_fails(server.ws_url, token)


async def test_renewal_never_outlives_the_absolute_session_limit(tmp_path):
    async with running_server(
        tmp_path, token_ttl_seconds=3600, session_max_seconds=1, failed_login_delay=0.01
    ) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        started = time.time()
        renewed = await alice.request("session.renew")
        from datetime import datetime

        expires = datetime.fromisoformat(renewed["token_expires_at"].replace("Z", "+00:00")).timestamp()
        assert expires <= started + 1.5
        await _closed_4401(alice, timeout=5)  # the renewed token expired with the session
        await _auth_fails(server.ws_url, renewed["token"])


async def test_logout_revokes_the_session_everywhere(tmp_path):
    async with running_server(tmp_path, failed_login_delay=0.01) as server:
        url = server.ws_url
        alice = await AgentClient.login(url, "alice", "demo")
        first = alice.token
        assert first is not None
        second = (await alice.request("session.renew"))["token"]  # `first` is now in its grace
        window = await AgentClient.auth(url, second)
        assert await alice.request("session.logout") == {}
        assert (await _closed_4401(window))["message"] == "logged out"
        for token in (first, second):
            await _auth_fails(url, token)
        bob = await AgentClient.login(url, "bob", "demo")  # other sessions are untouched
        assert (await bob.request("agents.list"))["agents"]
