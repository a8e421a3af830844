"""``--simulate``: synthetic customers write through the real /customer endpoint."""

from __future__ import annotations

from app.demo.simulate import Simulator
from tests.support.server import AgentClient, running_server


async def test_simulated_traffic_reaches_the_desk(tmp_path):
    async with running_server(tmp_path, simulate_rate=20) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        created = [
            await sam.wait_for(lambda f: f.get("name") == "message.created", timeout=5) for _ in range(5)
        ]
        assert all(e["data"]["message"]["author_kind"] in ("customer", "system") for e in created)
        assert len({e["seq"] for e in created}) == 5
    # Stopping the server stopped the simulator (no task left behind to fail later).
    assert not any(isinstance(e, Simulator) and e.running for e in server.extensions)
