"""The desk learns the deployment's block explorers from the server's ``welcome`` (issue 16, round
13), as it learns the official domains: the composer's guard check then lets through and refuses
exactly the links the server does, on a deployment with its own explorers (``--explorer-domain``),
with none (``--no-explorer-domains``) and with the guard's defaults.

Each reply is read by the composer's check (``review_reply`` with what the session kept) and then
sent to the real server on loopback (a SQLite file): the two verdicts must be the same."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from pathlib import Path

import msgspec
import pytest

from app.client import Session
from app.guard import DEFAULT_EXPLORER_DOMAINS
from app.policies.reply_check import Verdict, link_policy, reply_violations, review_reply
from app.protocol import codec
from app.protocol.frames import Welcome
from app.protocol.types import AgentInfo
from tests.client.server_verdicts import server_verdicts
from tests.support.helpers import fast_config, memory_credentials, opened_store, until_online
from tests.support.server import AgentClient, running_server, spawn_server_process

OFFICIAL = ("acme-exchange.com",)
OWN_EXPLORER = "Your deposit on the chain: https://explorer.acme-chain.io/tx/77 (12 confirmations)."
ETHERSCAN = "Check it on https://etherscan.io/tx/0x5e1f3c2a"
# The same replies for every deployment: what differs is only which of them may go out.
REPLIES = (
    OWN_EXPLORER,
    ETHERSCAN,
    "It is on https://tronscan.org/#/transaction/9f2c",
    "See https://explorer.acme-chian.io/tx/77",  # a look-alike of the deployment's explorer
    "Check it on https://etherscam.io/tx/0x5e1f3c2a",  # a look-alike of a default explorer
    "The steps are here: https://help.acme-exchange.com/articles/2fa-reset",  # official
    "See https://exchange.example/fees",  # the demo's domain, not this deployment's
    "a code will pop up in your app. Copy it here",  # held for review, links aside
)


async def _desk_lists(url: str, tmp_path: Path) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """The official domains and explorers the desk's session keeps after signing in."""
    async with opened_store(tmp_path / "cache.sqlite3", server_url=url) as store:
        session = Session(url, store, memory_credentials(), config=fast_config())
        assert session.explorer_domains is None  # nothing said yet
        try:
            await session.start()
            await session.login("alice", "demo")
            await until_online(session)
            return session.official_domains, session.explorer_domains
        finally:
            await session.stop()


def _desk_verdicts(
    lists: tuple[tuple[str, ...] | None, tuple[str, ...] | None], replies: tuple[str, ...] = REPLIES
) -> list[Verdict]:
    """The composer's reading of each reply (``review_reply``) with the lists the session kept."""
    domains, explorers = lists
    return [review_reply(r, internal=False, domains=domains, explorers=explorers).verdict for r in replies]


@pytest.mark.parametrize(
    ("explorers", "said", "own", "etherscan"),
    [
        (("explorer.acme-chain.io",), ("explorer.acme-chain.io",), Verdict.SEND, Verdict.BLOCK),
        ((), (), Verdict.BLOCK, Verdict.BLOCK),
        (None, tuple(sorted(DEFAULT_EXPLORER_DOMAINS)), Verdict.BLOCK, Verdict.SEND),
    ],
    ids=["own-explorers", "no-explorers", "defaults"],
)
async def test_the_composer_agrees_with_the_server_on_explorer_links(
    tmp_path: Path, explorers: tuple[str, ...] | None, said: tuple[str, ...],
    own: Verdict, etherscan: Verdict,
) -> None:
    async with running_server(tmp_path, official_domains=OFFICIAL, explorer_domains=explorers) as server:
        lists = await _desk_lists(server.ws_url, tmp_path)
        desk = _desk_verdicts(lists)
        assert desk == await server_verdicts(server.ws_url, REPLIES)
        assert lists == (OFFICIAL, said)  # the defaults are named too, resolved by the server
    # and the agreement is not vacuous: the deployment's list decides these two
    assert (desk[REPLIES.index(OWN_EXPLORER)], desk[REPLIES.index(ETHERSCAN)]) == (own, etherscan)


@pytest.mark.slow  # a server process each
@pytest.mark.parametrize(
    ("flags", "said"),
    [
        (["--explorer-domain", "explorer.acme-chain.io", "--explorer-domain", "Mempool.Space"],
         ("explorer.acme-chain.io", "mempool.space")),
        (["--no-explorer-domains"], ()),
    ],
    ids=["--explorer-domain", "--no-explorer-domains"],
)
async def test_a_server_started_with_explorer_flags_names_them_in_welcome(
    tmp_path: Path, flags: list[str], said: tuple[str, ...]
) -> None:
    """The real command line (``python -m app.server``): the flags reach the ``welcome`` and the
    composer's check, checked the way the server checks them (a host name in capitals is the same
    explorer)."""
    proc, port = await asyncio.to_thread(
        spawn_server_process, tmp_path / "server.sqlite3", 0,
        ["--demo", "--official-domain", OFFICIAL[0], *flags],
    )
    try:
        url = f"ws://127.0.0.1:{port}"
        lists = await _desk_lists(url, tmp_path)
        assert lists == (OFFICIAL, said)
        replies = (OWN_EXPLORER, ETHERSCAN, "Watch it on https://mempool.space/tx/4a5e1e")
        desk = _desk_verdicts(lists, replies)
        assert desk == await server_verdicts(url, replies)
        assert desk == ([Verdict.SEND, Verdict.BLOCK, Verdict.SEND] if said else [Verdict.BLOCK] * 3)
    finally:
        proc.terminate()
        await asyncio.to_thread(proc.wait, 10)


def test_a_welcome_without_explorers_keeps_the_guards_defaults() -> None:
    """A desk talking to a server older than the field: the default explorers, as before."""
    raw = (b'{"type":"welcome","agent":{"id":1,"username":"alice","display_name":"A","role":"agent"},'
           b'"head":0,"server_time":"2026-11-25T12:00:00Z","official_domains":["acme-exchange.com"]}')
    frame = codec.decode_server_frame(raw)
    assert isinstance(frame, Welcome) and frame.explorer_domains is None
    assert reply_violations(ETHERSCAN, internal=False, domains=OFFICIAL, explorers=None) == ()
    assert [v.code for v in reply_violations(OWN_EXPLORER, internal=False, domains=OFFICIAL)] == [
        "lookalike_domain"  # not a default explorer; it resembles one (explorer.solana.com)
    ]
    assert link_policy(None, None) is None  # neither named: the guard's own default policy
    demo = link_policy(None, ("explorer.acme-chain.io",))  # explorers named, domains not
    assert demo is not None and demo.allowed_domains == frozenset({"exchange.example"})
    assert demo.explorer_domains == frozenset({"explorer.acme-chain.io"})


class _WelcomeBeforeExplorers(msgspec.Struct, tag="welcome", tag_field="type", frozen=True):
    """The ``welcome`` as a desk from before round 13 decodes it (no ``explorer_domains``)."""

    agent: AgentInfo
    head: int
    server_time: datetime
    protocol: int = 1
    token: str | None = None
    token_expires_at: datetime | None = None
    official_domains: tuple[str, ...] | None = None


async def test_an_older_desk_reads_the_new_welcome(tmp_path: Path) -> None:
    async with running_server(tmp_path, explorer_domains=("explorer.acme-chain.io",)) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.close()
    assert alice.welcome["explorer_domains"] == ["explorer.acme-chain.io"]
    old = msgspec.json.decode(json.dumps(alice.welcome), type=_WelcomeBeforeExplorers)
    assert old.agent.username == "alice" and old.official_domains == ("exchange.example",)


def test_a_bad_explorer_in_a_welcome_is_kept_as_written() -> None:
    """The server checked its list at start-up; one this desk's guard would not accept (a newer
    TLD, say) is still allowed as written rather than dropped: the server decides."""
    policy = link_policy(OFFICIAL, ("Explorer.Odd-Chain.notatld",))
    assert policy is not None and policy.explorer_domains == frozenset({"explorer.odd-chain.notatld"})
