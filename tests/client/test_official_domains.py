"""The desk learns the deployment's official domains from the server's ``welcome`` (issue 16), so
the composer's guard check allows and refuses the same links as the server."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.client import Session
from app.policies.reply_check import link_policy, reply_violations
from app.protocol import codec
from app.protocol.frames import Welcome
from app.protocol.types import AgentInfo
from tests.support.helpers import fast_config, memory_credentials, opened_store, until_online
from tests.support.server import AgentClient, RequestError, running_server

OWN = "The steps are here: https://help.acme-exchange.com/articles/2fa-reset"
DEMO = "See https://exchange.example/fees"


async def test_the_session_keeps_the_domains_of_the_welcome_and_the_composer_agrees(tmp_path: Path) -> None:
    async with (
        running_server(tmp_path, official_domains=("acme-exchange.com",)) as server,
        opened_store(tmp_path / "cache.sqlite3") as store,
    ):
        session = Session(server.ws_url, store, memory_credentials(), config=fast_config())
        assert session.official_domains is None  # nothing said yet
        try:
            await session.start()
            await session.login("alice", "demo")
            await until_online(session)
            assert session.official_domains == ("acme-exchange.com",)
            domains = session.official_domains
            # the composer's check, with what the session learnt ...
            assert reply_violations(OWN, internal=False, domains=domains) == ()
            assert [v.code for v in reply_violations(DEMO, internal=False, domains=domains)] == [
                "link_not_allowed"
            ]
        finally:
            await session.stop()
        # ... says what the server then does
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        assert alice.welcome["official_domains"] == ["acme-exchange.com"]
        conv = (await alice.request("inbox.snapshot", limit=1))["conversations"][0]
        await alice.request("message.send", conversation_id=conv["id"], client_msg_id="own", body=OWN)
        try:
            await alice.request("message.send", conversation_id=conv["id"], client_msg_id="demo", body=DEMO)
        except RequestError as err:
            assert err.code == "blocked"
        else:
            raise AssertionError("the server sent a link outside its official domains")


def test_a_welcome_without_domains_keeps_the_guards_default() -> None:
    raw = (b'{"type":"welcome","agent":{"id":1,"username":"alice","display_name":"A","role":"agent"},'
           b'"head":0,"server_time":"2026-11-25T12:00:00Z"}')
    frame = codec.decode_server_frame(raw)  # an older server: no official_domains
    assert isinstance(frame, Welcome) and frame.official_domains is None
    assert link_policy(None) is None  # check_outbound's default (the demo's domain)
    assert reply_violations(DEMO, internal=False, domains=None) == ()
    assert reply_violations(DEMO, internal=False, domains=()) != ()  # a server that allows no link
    agent = AgentInfo(id=1, username="alice", display_name="Alice", role="agent")
    encoded = codec.encode(Welcome(agent=agent, head=0, server_time=datetime(2026, 11, 25, tzinfo=UTC),
                                   official_domains=("acme-exchange.com",)))
    back = codec.decode_server_frame(encoded)
    assert isinstance(back, Welcome) and back.official_domains == ("acme-exchange.com",)
