"""Cover: a VIP manager names a backup; while the manager is away or offline, a NEW conversation
of one of their clients (a customer's chat, an inbound email — never outreach) is assigned to the
backup if the backup is available, else left unassigned in the manager's VIP queue. Either way it
is written to ``cover_log``, which ``cover.report`` shows the manager on return.

Presence lives in memory on the event loop (``ServerContext.presence``: ``presence.set`` and the
hub's connection tracking, which sets ``offline`` when the last connection closes). The same dict
travels to the database thread in the session's ``info`` (``PRESENCE_KEY``), read-only there: a
dict lookup is atomic in CPython, and a decision made a moment before a presence change is as good
as one made a moment after. Outside a running server (seeding, the CLI) there is no presence and no
routing. An agent that never sent ``presence.set`` counts as ``offline``, as in ``agents.list``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import vip as pv
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit
from app.server.cover.schema import AgentBackup, CoverLog
from app.server.db.schema import Agent, Conversation, Customer
from app.server.principal import AgentPrincipal
from app.server.timeutil import utcnow

PRESENCE_KEY = "agentdesk_presence"
ABSENT = ("away", "offline")
BACKUP_ROLES = ("vip_manager", "supervisor")
REPORT_LIMIT = 500


def presence_map(session: Session) -> Mapping[str, str] | None:
    found = session.info.get(PRESENCE_KEY)
    return found if isinstance(found, Mapping) else None


def presence_of(session: Session, username: str) -> str | None:
    """``available`` / ``away`` / ``offline``; ``None`` outside a running server."""
    board = presence_map(session)
    return None if board is None else board.get(username, "offline")


def backup_of(session: Session, manager: str) -> str | None:
    row = session.get(AgentBackup, manager)
    return row.backup if row is not None else None


def backups(session: Session) -> dict[str, str]:
    return {m: b for m, b in session.execute(sa.select(AgentBackup.manager, AgentBackup.backup))}


def covering_for(session: Session, username: str) -> frozenset[str]:
    """The managers ``username`` is covering right now (named backup, manager away/offline)."""
    managers = session.scalars(sa.select(AgentBackup.manager).where(AgentBackup.backup == username))
    return frozenset(m for m in managers if presence_of(session, m) in ABSENT)


@dataclass(frozen=True, slots=True)
class CoverDecision:
    manager: str
    backup: str
    routed_to: str | None
    reason: str


def decide(session: Session, customer: Customer) -> CoverDecision | None:
    """Where a new conversation of ``customer`` goes while their manager is away (None: as usual)."""
    manager = customer.account_manager
    if customer.vip_tier <= 0 or manager is None or customer.contact is not None:
        return None
    state = presence_of(session, manager)
    if state not in ABSENT:
        return None
    backup = backup_of(session, manager)
    if backup is None:
        return None
    routed = backup if presence_of(session, backup) == "available" else None
    return CoverDecision(manager, backup, routed, "manager_away" if state == "away" else "manager_offline")


def record(session: Session, decision: CoverDecision, conv: Conversation, now: datetime) -> None:
    """One entry per conversation that arrived while its manager was absent: the queue job's later
    routing passes over the same waiting conversation only fill in where it went (they were
    written as new entries, so one arrival showed twice in ``cover.report``)."""
    entry = session.scalar(
        sa.select(CoverLog)
        .where(CoverLog.conversation_id == conv.id, CoverLog.manager == decision.manager)
        .order_by(CoverLog.id.desc())
        .limit(1)
    )
    if entry is not None and entry.routed_to is None:
        entry.routed_to = decision.routed_to
        return
    session.add(
        CoverLog(
            manager=decision.manager,
            backup=decision.backup,
            routed_to=decision.routed_to,
            conversation_id=conv.id,
            customer_uid=conv.customer_uid,
            reason=decision.reason,
            at=now,
        )
    )


def set_backup(session: Session, agent: AgentPrincipal, backup: str | None) -> pv.BackupSetResult:
    if agent.role != "vip_manager":
        raise ProtocolError(ErrorCode.FORBIDDEN, "only VIP managers name a backup")
    row = session.get(AgentBackup, agent.username)
    if backup is None:
        if row is not None:
            session.delete(row)
    else:
        if backup == agent.username:
            raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: backup must be someone else")
        role = session.scalar(sa.select(Agent.role).where(Agent.username == backup, Agent.active.is_(True)))
        if role is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "no such agent")
        if role not in BACKUP_ROLES:
            raise ProtocolError(
                ErrorCode.BAD_REQUEST, "invalid params: backup must be a VIP manager or a supervisor"
            )
        if row is None:
            session.add(AgentBackup(manager=agent.username, backup=backup, updated_at=utcnow()))
        else:
            row.backup, row.updated_at = backup, utcnow()
    audit.record(session, agent.username, "agent.backup.set", agent.username, {"backup": backup})
    return pv.BackupSetResult(manager=agent.username, backup=backup)


def report(session: Session, agent: AgentPrincipal, params: pv.CoverReportParams) -> pv.CoverReportResult:
    """What arrived while the manager was away: newest first, with each conversation as it is now."""
    if agent.role == "supervisor":
        manager = params.manager
    elif agent.role == "vip_manager" and params.manager in (None, agent.username):
        manager = agent.username
    else:
        raise ProtocolError(ErrorCode.FORBIDDEN, "the cover report is for VIP managers and supervisors")
    query = (
        sa.select(CoverLog, Conversation)
        .join(Conversation, Conversation.id == CoverLog.conversation_id)
        .order_by(CoverLog.id.desc())
        .limit(REPORT_LIMIT)
    )
    if manager is not None:
        query = query.where(CoverLog.manager == manager)
    if params.since is not None:
        query = query.where(CoverLog.at >= params.since)
    return pv.CoverReportResult(
        entries=[
            pv.CoverEntry(
                id=log.id,
                manager=log.manager,
                conversation_id=conv.id,
                uid=log.customer_uid,
                channel=conv.channel,
                reason=log.reason,
                at=log.at,
                routed_to=log.routed_to,
                status=conv.status,
                assignee=conv.assignee,
                first_response_at=conv.first_response_at,
                first_response_due=conv.first_response_due,
            )
            for log, conv in session.execute(query)
        ]
    )
