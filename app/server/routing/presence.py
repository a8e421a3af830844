"""Presence in the database, so every server node routes by the same facts.

Each node keeps its own row per agent (``agent_presence``: presence, since when, last seen); the
effective presence of an agent is the most recent change among the rows of live nodes. A node
refreshes its rows' ``seen_at`` on every routing run and marks them ``offline`` when it stops; a
row not refreshed within ``ttl`` belongs to a node that died, and counts as ``offline`` since it
was last seen. An agent never seen by any node has no row: offline, with no known start (so the
re-route job leaves work that was assigned before this server ran alone).

``available`` takes new work; ``busy`` keeps what it has but takes nothing new; ``away`` and
``offline`` take nothing new and, after a grace period, their waiting chats move to colleagues.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db import tx_memo
from app.server.routing.schema import AgentPresenceRow

NODE_KEY = "agentdesk_node"
TTL_KEY = "agentdesk_presence_ttl"
DEFAULT_TTL = timedelta(seconds=30)
TAKES_WORK = "available"
ABSENT = ("away", "offline")


@dataclass(frozen=True, slots=True)
class Seen:
    presence: str
    since: datetime | None  # None: never seen by any node


OFFLINE = Seen("offline", None)


#: ``tx_memo``: the active agents and their presence rows as this transaction read them for routing
#: (``assign.active_agents_and_presence``); every write of presence here drops it (a new row would
#: not be in it; a changed one is the same object, changed in place)
MEMO_KEY = "routing_agents_presence"


def node_of(session: Session) -> str:
    found = session.info.get(NODE_KEY)
    return found if isinstance(found, str) else "local"


def ttl_of(session: Session) -> timedelta:
    found = session.info.get(TTL_KEY)
    return found if isinstance(found, timedelta) else DEFAULT_TTL


def record(session: Session, username: str, presence: str, now: datetime) -> None:
    """This node's view of ``username`` changed (``presence.set``, the last connection closing)."""
    tx_memo.drop(session, MEMO_KEY)
    node = node_of(session)
    row = session.get(AgentPresenceRow, (username, node))
    if row is None:
        session.add(AgentPresenceRow(username=username, node=node, presence=presence, since=now, seen_at=now))
    elif row.presence != presence:
        row.presence, row.since, row.seen_at = presence, now, now
    else:
        row.seen_at = now


def heartbeat(session: Session, now: datetime) -> None:
    """This node is alive: its rows stay current."""
    tx_memo.drop(session, MEMO_KEY)
    session.execute(
        sa.update(AgentPresenceRow)
        .where(AgentPresenceRow.node == node_of(session), AgentPresenceRow.presence != "offline")
        .values(seen_at=now)
    )


def node_stopped(session: Session, now: datetime) -> None:
    """This node stops: everyone it knew is offline here from now on."""
    tx_memo.drop(session, MEMO_KEY)
    session.execute(
        sa.update(AgentPresenceRow)
        .where(AgentPresenceRow.node == node_of(session), AgentPresenceRow.presence != "offline")
        .values(presence="offline", since=now, seen_at=now)
    )


def effective(session: Session, usernames: Iterable[str] | None, now: datetime) -> dict[str, Seen]:
    """The presence of each agent (all agents with a row when ``usernames`` is None)."""
    query = sa.select(AgentPresenceRow)
    wanted = None if usernames is None else list(dict.fromkeys(usernames))
    if wanted is not None:
        if not wanted:
            return {}
        query = query.where(AgentPresenceRow.username.in_(wanted))
    return of_rows(session, session.scalars(query), wanted, now)


def of_rows(
    session: Session, rows: Iterable[AgentPresenceRow], wanted: Iterable[str] | None, now: datetime
) -> dict[str, Seen]:
    """:func:`effective` over rows read already (every row of each agent named in ``wanted``, as a
    join with the agents reads them: ``routing/assign.py``)."""
    stale_before = now - ttl_of(session)
    best: dict[str, Seen] = {}
    for row in rows:
        seen = Seen(row.presence, row.since)
        if row.seen_at < stale_before and row.presence != "offline":
            seen = Seen("offline", row.seen_at)  # its node is gone
        current = best.get(row.username)
        if current is None or _later(seen, current):
            best[row.username] = seen
    if wanted is not None:
        for name in wanted:
            best.setdefault(name, OFFLINE)
    return best


def _later(a: Seen, b: Seen) -> bool:
    """Which of two nodes' views wins: the later change; a live presence over an offline one."""
    if (a.presence == "offline") != (b.presence == "offline"):
        return b.presence == "offline"
    return (a.since or _EPOCH) > (b.since or _EPOCH)


_EPOCH = datetime.min.replace(tzinfo=UTC)
