"""Nothing on the wire reaches the server's log: at DEBUG, websockets would dump every frame."""

from __future__ import annotations

import pytest

from tests.support.server import AgentClient, CustomerClient, RequestError, running_server

PASSWORD = "Wire-Log-Canary-9f3e1"
CUSTOMER_TEXT = "canary message 7d2b about my withdrawal"


async def test_login_frames_and_messages_are_not_logged(tmp_path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    async with running_server(tmp_path) as server:
        with pytest.raises(RequestError):
            await AgentClient.login(server.ws_url, "alice", PASSWORD)
        agent = await AgentClient.login(server.ws_url, "alice", "demo")
        snapshot = await agent.request("inbox.snapshot", limit=1)
        uid = snapshot["conversations"][0]["customer"]["uid"]
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.send(CUSTOMER_TEXT)
        await customer.close()
        await agent.close()
    # The test's own clients log their frames (websockets.client); the server must not.
    server_side = "\n".join(r.getMessage() for r in caplog.records if r.name != "websockets.client")
    assert any(r.name == "websockets.server" for r in caplog.records)  # it logs, just not frames
    assert PASSWORD not in server_side and CUSTOMER_TEXT not in server_side
