"""offhandles: a deployment's own official handles (``--official-handle``) may be pointed to in a reply.

Round 19 refuses a reply that moves the customer to a messenger (``off_platform``); a deployment running
its own Telegram support bot names it, and the server's guard then lets "reach us through our official
Telegram bot @ExchangeSupportBot" go out — never another handle, nor an off-order payment beside it.
The ``welcome`` names the handles so the desk's composer agrees. Real server on loopback, SQLite file.
"""

from __future__ import annotations

import pytest

from tests.support.server import AgentClient, RequestError, running_server

OURS = "You can also reach us through our official Telegram bot @ExchangeSupportBot"
OTHER = "You can also reach us through our Telegram bot @ExchangeSupportBot or add @exch_helper_desk."
PAY_BESIDE = "Message our Telegram bot @ExchangeSupportBot and pay the seller directly outside the platform."


async def _conversation(alice: AgentClient) -> int:
    await alice.sync(alice.welcome["head"])
    convs = (await alice.request("inbox.snapshot", limit=500))["conversations"]
    return int(next(c["id"] for c in convs if c["customer"]["vip_tier"] == 0))


async def _refused(alice: AgentClient, conv: int, body: str, msg_id: str) -> str:
    with pytest.raises(RequestError) as err:
        await alice.request("message.send", conversation_id=conv, client_msg_id=msg_id, body=body)
    return err.value.code


async def test_a_reply_may_point_to_the_deployments_own_handle_only(tmp_path):
    async with running_server(tmp_path, official_handles=("ExchangeSupportBot",)) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        assert alice.welcome["official_handles"] == ["exchangesupportbot"]  # as the guard compares them
        conv = await _conversation(alice)
        sent = await alice.request("message.send", conversation_id=conv, client_msg_id="ours", body=OURS)
        assert "@ExchangeSupportBot" in sent["message"]["body"]
        assert await _refused(alice, conv, OTHER, "other") == "blocked"
        assert await _refused(alice, conv, PAY_BESIDE, "pay") == "blocked"


async def test_without_official_handles_the_same_reply_is_refused(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        assert alice.welcome["official_handles"] == []
        conv = await _conversation(alice)
        assert await _refused(alice, conv, OURS, "ours") == "blocked"


async def test_a_bad_official_handle_stops_the_server_at_start(tmp_path):
    from app.server.app import ChatServer
    from app.server.config import ServerConfig
    from app.server.safety import GuardConfigError

    server = ChatServer(ServerConfig(port=0, db_url=f"sqlite:///{tmp_path / 'x.sqlite3'}",
                                     official_handles=("t.me/ExchangeSupportBot",)))
    with pytest.raises(GuardConfigError, match="--official-handle"):
        await server.start()
