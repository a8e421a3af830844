"""``agentdesk --demo``: the chat backend embedded in the app's own asyncio loop.

The demo server listens on 127.0.0.1 (a free port) with a fresh SQLite file, seeded demo data
and simulated customer traffic; the desk's local cache for the demo lives in its own temporary
folder, so a demo never touches a real agent's cache. Both are removed when the app exits.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from app.server.app import ChatServer
from app.server.config import ServerConfig

DEMO_PASSWORD = "demo"
DEMO_USERS = ("alice", "bob", "vera", "victor", "sam")
DEFAULT_RATE = 0.2  # simulated customer messages per second


class DemoBackend:
    def __init__(self, simulate_rate: float = DEFAULT_RATE) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="agentdesk-demo-"))
        self.server = ChatServer(
            ServerConfig(
                host="127.0.0.1",
                port=0,
                demo=True,
                simulate_rate=simulate_rate,
                db_url=f"sqlite:///{self.folder / 'server.sqlite3'}",
            )
        )

    @property
    def ws_url(self) -> str:
        return self.server.ws_url

    async def start(self) -> None:
        await self.server.start()

    def customer_chat_url(self, uid: str) -> str:
        """The web chat page signed in as ``uid``: the demo's way to play the customer.

        The token rides in the URL fragment, which browsers never send to a server or a log.
        """
        return f"{self.server.http_url}/chat#token={self.server.mint_customer_token(uid, ttl_seconds=3600)}"

    def customer_to_play(self, username: str) -> tuple[str, str]:
        """(uid, name) of a demo customer whose chats ``username`` sees, writing in that agent's
        language: a VIP manager's own client, else a regular customer. Builds the demo data set
        (~0.1 s): call it off the Qt loop."""
        from app.server.demo import DEMO_CUSTOMERS
        from app.server.demo.agents import AGENTS_BY_USERNAME

        agent = AGENTS_BY_USERNAME.get(username)
        if agent is not None and agent.role == "vip_manager":
            seen = [c for c in DEMO_CUSTOMERS if c.vip_tier > 0 and c.account_manager == username]
        else:
            seen = [c for c in DEMO_CUSTOMERS if c.vip_tier == 0]
        language = agent.language if agent is not None else "en"
        customer = next((c for c in seen if c.language == language), seen[0])
        return customer.uid, customer.name

    async def stop(self) -> None:
        try:
            await self.server.stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
