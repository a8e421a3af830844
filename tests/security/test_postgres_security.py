"""Lockout, renewal, logout, ``audit.list`` and hostile text on a real PostgreSQL (where NUL is not
storable in text and timestamps keep their zone): the same answers as on SQLite."""

from __future__ import annotations

import pytest

from tests.support.server import AgentClient, RequestError, running_server

pytestmark = pytest.mark.postgres


async def test_security_paths_on_postgres(tmp_path, pg_url):
    config = {"db_url": pg_url, "failed_login_delay": 0.01, "lockout_failures": 2, "lockout_seconds": 60}
    async with running_server(tmp_path, **config) as server:
        url = server.ws_url
        for _ in range(2):
            with pytest.raises(RequestError):
                await AgentClient.login(url, "bob", "wrong")
        with pytest.raises(RequestError) as err:
            await AgentClient.login(url, "bob", "demo")
        assert err.value.code == "rate_limited"
        with pytest.raises(RequestError) as err:
            await AgentClient.login(url, "alice\x00", "demo")  # NUL: refused at the edge, not by the db
        assert err.value.code == "unauthorized"
        alice = await AgentClient.login(url, "alice", "demo")
        renewed = await alice.request("session.renew")
        conv = (await alice.request("inbox.snapshot", limit=1))["conversations"][0]
        for body in ("nul\x00", "esc\x1b"):
            res = await alice.request_raw(
                "message.send", conversation_id=conv["id"], body=body, client_msg_id="x"
            )
            assert res["error"]["code"] == "bad_request"
        for uid in ("1\x00", "' OR 1=1 --"):
            res = await alice.request_raw("customer.get", uid=uid)
            assert res["error"]["code"] == ("bad_request" if "\x00" in uid else "not_found")
        assert (await alice.request_raw("conversation.get", conversation_id=2**63))["error"][
            "code"
        ] == "bad_request"
        await alice.request("session.logout")
        with pytest.raises(RequestError):
            await AgentClient.auth(url, renewed["token"])
        sam = await AgentClient.login(url, "sam", "demo")
        actions = [e["action"] for e in (await sam.request("audit.list", limit=50))["entries"]]
        assert {"login.locked", "session.renew", "logout"} <= set(actions)
