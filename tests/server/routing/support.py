"""A routing test world: a real server with its own agents, customers and teams policy.

``floor(tmp_path, ...)`` starts a ``ChatServer`` (real WebSockets, a SQLite file or a PostgreSQL
URL) whose database holds exactly the agents and customers a test names, plus a teams policy file
written for it; ``truth`` reads the facts back from the database.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from app.server.app import ChatServer
from app.server.auth import hash_password
from app.server.config import ServerConfig
from app.server.cover.schema import AgentBackup
from app.server.db import schema as db
from app.server.routing.schema import AssignmentLog
from tests.support.server import AgentClient, CustomerClient, sqlite_url

EN_AGENTS = ("ann", "abe", "amy")
ZH_AGENTS = ("zhao", "zhou", "zhu")

TEAMS = """
version = 1
[capacity]
chat = {chat}
email = 10
[teams.en]
name = "English"
members = ["ann", "abe", "amy"]
languages = ["en"]
hours = {hours}
timezone = "{tz}"
[teams.zh]
name = "Chinese"
members = ["zhao", "zhou", "zhu"]
languages = ["zh-CN"]
hours = {hours}
timezone = "{tz}"
[teams.vip]
name = "VIP"
members = ["vera", "victor"]
vip_tiers = "1-8"
[teams.security]
name = "Security"
members = ["sec"]
escalation = true
"""


def teams_file(
    folder: Path, *, chat: int = 40, hours: str = '"24/7"', tz: str = "UTC", extra: str = ""
) -> Path:
    path = folder / "teams.toml"
    path.write_text(TEAMS.format(chat=chat, hours=hours, tz=tz) + extra)
    return path


@dataclass(frozen=True)
class Person:
    username: str
    role: str = "agent"
    language: str = "en"


AGENTS = (
    *(Person(u) for u in EN_AGENTS),
    *(Person(u, language="zh-CN") for u in ZH_AGENTS),
    Person("vera", "vip_manager"),
    Person("victor", "vip_manager"),
    Person("sam", "supervisor"),
    Person("sec"),
)


class Seed:
    """An ``Extension``: the agents (password ``demo``), ``customers`` regular customers (every
    other one Chinese-speaking, uid ``C0000``...) and one VIP client of vera (``V0001``)."""

    def __init__(self, customers: int) -> None:
        self.customers = customers

    def prepare(self, sessions: sessionmaker[Session]) -> None:
        now = datetime.now(UTC)
        with sessions() as session, session.begin():
            if session.scalar(sa.select(db.Agent.id).limit(1)) is not None:
                return  # a second node on the same database
            password = hash_password("demo", demo=True)
            for p in AGENTS:
                session.add(
                    db.Agent(
                        username=p.username,
                        display_name=p.username.title(),
                        role=p.role,
                        language=p.language,
                        password_hash=password,
                        active=True,
                        created_at=now,
                    )
                )
            for i in range(self.customers):
                session.add(customer(f"C{i:04d}", "zh-CN" if i % 2 else "en", 0, None, now))
            session.add(customer("V0001", "en", 3, "vera", now))
            session.add(AgentBackup(manager="vera", backup="sam", updated_at=now))

    async def start(self, server: ChatServer) -> None:
        return None

    async def stop(self) -> None:
        return None


def customer(uid: str, language: str, tier: int, manager: str | None, now: datetime) -> db.Customer:
    return db.Customer(
        uid=uid,
        name=f"Customer {uid}",
        email=f"{uid.lower()}@example.com",
        phone="+10000000000",
        language=language,
        registered_at=now,
        kyc_level=1,
        kyc_status="approved",
        vip_tier=tier,
        account_manager=manager,
    )


@asynccontextmanager
async def floor(
    tmp_path: Path, *, customers: int = 20, db_url: str | None = None, **config: Any
) -> AsyncIterator[ChatServer]:
    settings: dict[str, Any] = {
        "port": 0, "db_url": db_url or sqlite_url(tmp_path / "floor.sqlite3"),
        # Bursts of customers from one loopback address: admission's per-address limits are for
        # the internet (tests/security covers them).
        "handshake_rate_per_address": 0, "max_unauthenticated_per_address": 1000,
    }
    settings.update(config)
    if "teams_policy_path" not in settings:
        settings["teams_policy_path"] = str(teams_file(tmp_path))
    server = ChatServer(ServerConfig(**settings), extensions=[Seed(customers)])
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def agents(
    server: ChatServer, names: Sequence[str], presence: str = "available"
) -> dict[str, AgentClient]:
    """Log ``names`` in, sync them and set their presence."""
    out = {}
    for name in names:
        client = await AgentClient.login(server.ws_url, name, "demo")
        await client.sync(client.welcome["head"])
        if presence:
            await client.request("presence.set", presence=presence)
        out[name] = client
    return out


async def chat(server: ChatServer, uid: str, text: str = "hello?") -> int:
    """A customer opens a chat (and hangs up); the conversation's id."""
    client = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    try:
        sent = await client.send(text)
    finally:
        await client.close()
    found = await server.context.db.run(_conversation_of_message, sent["message_id"])
    return int(found)


def _conversation_of_message(session: Session, message_id: int) -> int:
    return int(session.scalar(sa.select(db.Message.conversation_id).where(db.Message.id == message_id)))


async def burst(server: ChatServer, uids: Sequence[str]) -> list[int]:
    """Customers who all write at once (each its own connection)."""
    return list(await asyncio.gather(*(chat(server, u) for u in uids)))


def truth(session: Session) -> dict[str, Any]:
    """What routing did, read from the database."""
    convs = {c.id: c for c in session.scalars(sa.select(db.Conversation))}
    log = session.scalars(sa.select(AssignmentLog).order_by(AssignmentLog.id)).all()
    return {"conversations": convs, "log": list(log)}


def open_load(session: Session, channel: str = "chat") -> dict[str, int]:
    rows = session.execute(
        sa.select(db.Conversation.assignee, sa.func.count())
        .where(
            db.Conversation.status == "open",
            db.Conversation.channel == channel,
            db.Conversation.assignee.is_not(None),
        )
        .group_by(db.Conversation.assignee)
    )
    return {str(a): int(n) for a, n in rows}
