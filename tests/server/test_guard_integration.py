"""The safety guard on the server: customer secrets are redacted before storage, with a warning;
agents' scam-like messages are refused with ``blocked`` and nothing is stored."""

from __future__ import annotations

import pytest

from tests.support.server import AgentClient, CustomerClient, RequestError, running_server

SEED = "abandon " * 11 + "about"


async def test_customer_secrets_are_redacted_and_warned(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        convs = (await alice.request("inbox.snapshot", limit=500))["conversations"]
        uid = next(
            c["customer"]["uid"]
            for c in convs
            if c["customer"]["vip_tier"] == 0 and c["customer"]["language"] == "en"
        )
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        await customer.send(f"here are my words: {SEED} please help", "leak-1")
        frames = [await customer.next_message() for _ in range(2)]
        assert "abandon" not in frames[0]["message"]["body"]
        assert "[redacted:seed_phrase]" in frames[0]["message"]["body"]
        assert frames[1]["message"]["author_kind"] == "system"
        assert "seed phrase" in frames[1]["message"]["body"]
        events = [await alice.wait_for(lambda f: f.get("name") == "message.created") for _ in range(2)]
        stored = events[0]["data"]["message"]
        assert "abandon" not in stored["body"]
        assert stored["redactions"] == [{"kind": "seed_phrase", "severity": "high"}]
        assert events[1]["data"]["message"]["author_kind"] == "system"
        msgs = (await alice.request("conversation.messages", conversation_id=stored["conversation_id"]))[
            "messages"
        ]
        assert all("abandon" not in m["body"] for m in msgs)


async def test_agent_scam_phrasing_is_blocked(tmp_path):
    async with running_server(tmp_path) as server:
        bob = await AgentClient.login(server.ws_url, "bob", "demo")  # bob works in zh-CN
        conv = (await bob.request("inbox.snapshot", limit=1))["conversations"][0]
        before = (await bob.request("conversation.messages", conversation_id=conv["id"], limit=1000))[
            "messages"
        ]
        with pytest.raises(RequestError) as err:
            await bob.request(
                "message.send",
                conversation_id=conv["id"],
                client_msg_id="scam-1",
                body="Please tell me your password and the SMS code.",
            )
        assert err.value.code == "blocked"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in err.value.message)  # in bob's language
        with pytest.raises(RequestError) as err:
            await bob.request(
                "message.send",
                conversation_id=conv["id"],
                client_msg_id="scam-2",
                body="Log in at https://exchange-support.com/verify",
            )
        assert err.value.code == "blocked"
        after = (await bob.request("conversation.messages", conversation_id=conv["id"], limit=1000))[
            "messages"
        ]
        assert after == before
        # An internal note is not checked (it never reaches the customer).
        note = await bob.request(
            "message.send",
            conversation_id=conv["id"],
            client_msg_id="note-1",
            internal=True,
            body="Customer was asked for their password by a fake 'support' account.",
        )
        assert note["message"]["internal"]


async def test_the_server_refuses_to_start_without_its_guard(tmp_path, monkeypatch):
    """Fail closed: a guard that cannot be loaded stops the server before its port opens."""
    import sys

    from app.server import safety
    from app.server.app import ChatServer
    from app.server.config import ServerConfig

    safety.require.cache_clear()
    monkeypatch.setitem(sys.modules, "app.guard", None)  # ``import app.guard`` now raises ImportError
    server = ChatServer(ServerConfig(port=0, db_url=f"sqlite:///{tmp_path / 'db.sqlite3'}"))
    try:
        with pytest.raises(safety.GuardUnavailable):
            await server.start()
        assert server._server is None  # nothing listens
        with pytest.raises(safety.GuardUnavailable):
            safety.scan_customer_text("hello")  # and nothing is passed through unchecked
    finally:
        await server.stop()
        safety.require.cache_clear()


def test_the_cli_says_why_it_does_not_start(tmp_path, monkeypatch, capsys):
    import sys

    from app.server import cli, safety

    safety.require.cache_clear()
    monkeypatch.setitem(sys.modules, "app.guard", None)
    try:
        code = cli.main(["--port", "0", "--db", f"sqlite:///{tmp_path / 'db.sqlite3'}"])
    finally:
        safety.require.cache_clear()
    assert code == 2
    assert "safety guard" in capsys.readouterr().err
