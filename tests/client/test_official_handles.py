"""offhandles: the desk learns the deployment's official handles from the ``welcome`` (a field added
beside ``official_domains``/``explorer_domains``) and its composer lets a reply point to them exactly as
the server's guard does (``off_platform``). A server that omits the field has none.

The composer's reading (``review_reply`` with what the real ``Session`` kept) is compared with the real
server's verdict on loopback (a SQLite file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.client import Session
from app.policies.reply_check import Verdict, link_policy, review_reply
from app.protocol import codec
from app.protocol.frames import Welcome
from tests.client.server_verdicts import server_verdicts
from tests.support.helpers import fast_config, memory_credentials, opened_store, until_online
from tests.support.server import running_server

REPLIES = (
    "You can also reach us through our official Telegram bot @ExchangeSupportBot",
    "For updates on this ticket, message us on Telegram at @ExchangeSupportBot.",
    "You can also reach us through our official Telegram bot @ExchangeSupportBot or add @exch_helper_desk.",
    "Message our Telegram bot @ExchangeSupportBot and pay the seller directly outside the platform.",
)


async def _desk_handles(url: str, tmp_path: Path) -> tuple[str, ...]:
    async with opened_store(tmp_path / "cache.sqlite3", server_url=url) as store:
        session = Session(url, store, memory_credentials(), config=fast_config())
        assert session.official_handles == ()  # nothing said yet
        try:
            await session.start()
            await session.login("alice", "demo")
            await until_online(session)
            return session.official_handles
        finally:
            await session.stop()


@pytest.mark.parametrize(
    ("configured", "said", "expected"),
    [
        (("@ExchangeSupportBot",), ("exchangesupportbot",), [Verdict.SEND] * 2 + [Verdict.BLOCK] * 2),
        ((), (), [Verdict.BLOCK] * 4),
    ],
    ids=["official-handle", "none"],
)
async def test_the_composer_agrees_with_the_server_on_official_handles(
    tmp_path: Path, configured: tuple[str, ...], said: tuple[str, ...], expected: list[Verdict]
) -> None:
    async with running_server(tmp_path, official_handles=configured) as server:
        handles = await _desk_handles(server.ws_url, tmp_path)
        assert handles == said
        desk = [review_reply(r, internal=False, domains=("exchange.example",), handles=handles).verdict
                for r in REPLIES]
        assert desk == await server_verdicts(server.ws_url, REPLIES)
    assert desk == expected


def test_a_welcome_without_official_handles_has_none() -> None:
    """A desk talking to a server older than the field: no handle is official, as before."""
    raw = (b'{"type":"welcome","agent":{"id":1,"username":"alice","display_name":"A","role":"agent"},'
           b'"head":0,"server_time":"2026-11-25T12:00:00Z","official_domains":["exchange.example"]}')
    frame = codec.decode_server_frame(raw)
    assert isinstance(frame, Welcome) and frame.official_handles == ()
    assert review_reply(REPLIES[0], internal=False, domains=frame.official_domains).verdict is Verdict.BLOCK


def test_the_policy_carries_the_handles_and_drops_what_is_no_handle() -> None:
    policy = link_policy(None, None, ("ExchangeSupportBot", "t.me/x"))
    assert policy is not None and policy.official_handles == frozenset({"exchangesupportbot"})
    assert policy.allowed_domains == frozenset({"exchange.example"})  # the rest as without handles
    assert link_policy(None, None, ()) is None
