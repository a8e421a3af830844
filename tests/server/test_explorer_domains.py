"""Round 13 (issue 16): block explorers are deployment configuration beside the official domains —
the guard's defaults unless ``--explorer-domain`` names others (``--no-explorer-domains``: none), and a
bad value stops the server at start, like a bad ``--official-domain``."""

from __future__ import annotations

import asyncio

import pytest

from tests.support.server import AgentClient, RequestError, running_server


async def _conversation(alice: AgentClient) -> int:
    await alice.sync(alice.welcome["head"])
    convs = (await alice.request("inbox.snapshot", limit=500))["conversations"]
    return int(next(c["id"] for c in convs if c["customer"]["vip_tier"] == 0))


async def test_default_explorers_may_be_linked_by_agents(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        conv = await _conversation(alice)
        sent = await alice.request(
            "message.send", conversation_id=conv, client_msg_id="explorer-ok",
            body="Your deposit on the chain: https://etherscan.io/tx/0x5e1f3c2a (12 confirmations).",
        )
        assert "etherscan.io" in sent["message"]["body"]
        with pytest.raises(RequestError) as err:
            await alice.request(
                "message.send", conversation_id=conv, client_msg_id="explorer-fake",
                body="Check it on https://etherscam.io/tx/0x5e1f3c2a",
            )
        assert err.value.code == "blocked"


async def test_a_deployment_names_its_own_explorers(tmp_path):
    async with running_server(tmp_path, explorer_domains=("explorer.acme-chain.io",)) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        conv = await _conversation(alice)
        await alice.request(
            "message.send", conversation_id=conv, client_msg_id="own-explorer",
            body="See https://explorer.acme-chain.io/tx/77",
        )
        with pytest.raises(RequestError) as err:
            await alice.request(
                "message.send", conversation_id=conv, client_msg_id="not-listed",
                body="See https://etherscan.io/tx/0x5e1f3c2a",
            )
        assert err.value.code == "blocked"


async def test_a_bad_explorer_domain_stops_the_server_at_start(tmp_path, capsys):
    from app.server import cli
    from app.server.app import ChatServer
    from app.server.config import ServerConfig
    from app.server.safety import GuardConfigError

    server = ChatServer(ServerConfig(port=0, db_url=f"sqlite:///{tmp_path / 'x.sqlite3'}",
                                     explorer_domains=("https://etherscan.io/tx",)))
    with pytest.raises(GuardConfigError, match=r"--explorer-domain.*host name only"):
        await server.start()
    argv = ["--port", "0", "--db", f"sqlite:///{tmp_path / 'y.sqlite3'}", "--explorer-domain", "etherscan"]
    code = await asyncio.to_thread(cli.main, argv)
    assert code == 2
    assert "--explorer-domain" in capsys.readouterr().err


def test_the_command_line_sets_the_explorers():
    from app.server.cli import _parser

    assert _parser().parse_args([]).explorer_domains is None  # the guard's defaults
    args = _parser().parse_args(["--explorer-domain", "a-scan.io", "--explorer-domain", "b-scan.org"])
    assert args.explorer_domains == ["a-scan.io", "b-scan.org"]
    assert _parser().parse_args(["--no-explorer-domains"]).no_explorer_domains
