"""The safety guard on the server: customer secrets are redacted before storage, with a warning;
agents' scam-like messages are refused with ``blocked`` and nothing is stored."""

from __future__ import annotations

import asyncio

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


SPLIT_SEED = "legal winner thank year wave sausage worth useful legal winner thank yellow"  # BIP39 vector


async def test_seed_split_over_two_messages_redacts_both_and_warns_once(tmp_path):
    """Issue 16: half a phrase per message. The second half completes it: both messages are
    redacted where they are stored, the first one by a ``message.updated`` the desk and the
    customer's chat both receive, and the customer is warned once."""
    words = SPLIT_SEED.split()
    first, second = " ".join(words[:6]), " ".join(words[6:])
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
        await customer.send(f"my words: {first}", "split-1")
        shown = await customer.next_message()
        assert first in shown["message"]["body"]  # half a phrase alone is not recognisable yet
        await customer.send(second, "split-2")
        frames = await customer.messages(quiet=0.5)
        bodies = {f["message"]["id"]: f["message"] for f in frames}
        assert shown["message"]["id"] in bodies  # the first half, replaced
        replaced = bodies[shown["message"]["id"]]["body"]
        assert replaced == "my words: [redacted:seed_phrase]"
        assert all(w not in f["message"]["body"] for f in frames for w in ("sausage", "yellow"))
        warnings = [f for f in frames if f["message"]["author_kind"] == "system"]
        assert len(warnings) == 1 and "seed phrase" in warnings[0]["message"]["body"]
        events = await alice.events(quiet=0.5)
        updated = [e for e in events if e["name"] == "message.updated"]
        assert [e["data"]["message"]["id"] for e in updated] == [shown["message"]["id"]]
        assert updated[0]["data"]["message"]["redactions"] == [{"kind": "seed_phrase", "severity": "high"}]
        conversation_id = bodies[shown["message"]["id"]]["conversation_id"]
        msgs = (await alice.request("conversation.messages", conversation_id=conversation_id))["messages"]
        assert all(w not in m["body"] for m in msgs for w in words[1:] if len(w) > 5)
        history = await customer.history()
        assert all("sausage" not in m["body"] and "winner" not in m["body"] for m in history["messages"])


async def test_official_domains_are_deployment_configuration(tmp_path):
    """Issue 16: agents may link to the deployment's own domains (not a hard-coded demo one), and a
    customer's look-alike of them is flagged to the agent by an internal note after the message."""
    async with running_server(tmp_path, official_domains=("acme-exchange.com",)) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        convs = (await alice.request("inbox.snapshot", limit=500))["conversations"]
        conv = next(c for c in convs if c["customer"]["vip_tier"] == 0 and c["customer"]["language"] == "en")
        sent = await alice.request(
            "message.send", conversation_id=conv["id"], client_msg_id="link-ok",
            body="The steps are here: https://help.acme-exchange.com/articles/2fa-reset",
        )
        assert sent["message"]["body"].endswith("2fa-reset")
        with pytest.raises(RequestError) as err:
            await alice.request(
                "message.send", conversation_id=conv["id"], client_msg_id="link-demo",
                body="See https://exchange.example/fees",  # the demo's domain is not this deployment's
            )
        assert err.value.code == "blocked"
        uid = conv["customer"]["uid"]
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        await customer.send("I got a mail to log in at https://acme-exchange-secure.com/login, is it you?")
        shown = await customer.messages(quiet=0.5)
        assert all(f["message"]["author_kind"] == "customer" for f in shown)  # the note is internal
        assert "acme-exchange-secure.com" in shown[0]["message"]["body"]  # flagged, not removed
        events = await alice.events(quiet=0.5)
        notes_ = [e["data"]["message"] for e in events if e["name"] == "message.created"
                  and e["data"]["message"]["author_kind"] == "system"]
        assert len(notes_) == 1 and notes_[0]["internal"]
        assert notes_[0]["note_code"] == "guard.lookalike_link"
        assert notes_[0]["note_args"] == {"host": "acme-exchange-secure.com", "official": "acme-exchange.com"}


async def test_a_bad_official_domain_stops_the_server_at_start(tmp_path, capsys):
    from app.server import cli
    from app.server.app import ChatServer
    from app.server.config import ServerConfig
    from app.server.safety import GuardConfigError

    server = ChatServer(ServerConfig(port=0, db_url=f"sqlite:///{tmp_path / 'x.sqlite3'}",
                                     official_domains=("https://acme.com/help",)))
    with pytest.raises(GuardConfigError, match="host name only"):
        await server.start()
    code = await asyncio.to_thread(
        cli.main, ["--port", "0", "--db", f"sqlite:///{tmp_path / 'y.sqlite3'}", "--official-domain", "acme"]
    )
    assert code == 2
    assert "--official-domain" in capsys.readouterr().err
