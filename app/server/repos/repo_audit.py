"""``audit.list``: the audit log as supervisors read it over the protocol.

Reading the audit log is itself audited (who looked, and who was refused). Rows go out without
their hashes (``agentdesk-server audit verify`` checks the chain where the data lives), and any
detail whose key names a secret is dropped — writers never record secrets, this is the second
lock on that door.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import methods as pm
from app.server import audit
from app.server.db.schema import AuditEntry
from app.server.principal import AgentPrincipal

_SECRET_WORDS = ("password", "passphrase", "token", "secret", "private_key", "seed")


def _safe_details(text: str) -> dict[str, Any]:
    try:
        details = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(details, dict):
        return {}
    return {k: v for k, v in details.items() if not any(w in k.lower() for w in _SECRET_WORDS)}


def verify_attempt(session: Session, agent: AgentPrincipal) -> bool:
    """Audit an ``audit.verify`` request; whether the caller may (supervisors only)."""
    allowed = agent.role == "supervisor"
    audit.record(session, agent.username, "audit.verify", None, {"outcome": "ok" if allowed else "forbidden"})
    return allowed


def page(session: Session, agent: AgentPrincipal, params: pm.AuditListParams) -> pm.AuditListResult | None:
    """Newest first; ``None`` (after auditing the attempt) when the caller is not a supervisor."""
    if agent.role != "supervisor":
        audit.record(session, agent.username, "audit.list", None, {"outcome": "forbidden"})
        return None
    query = sa.select(AuditEntry).order_by(AuditEntry.id.desc()).limit(params.limit + 1)
    if params.before is not None:
        query = query.where(AuditEntry.id < params.before)
    if params.action is not None:
        query = query.where(AuditEntry.action == params.action)
    if params.actor is not None:
        query = query.where(AuditEntry.actor == params.actor)
    if params.target is not None:
        query = query.where(AuditEntry.target == params.target)
    if params.since is not None:
        query = query.where(AuditEntry.at >= params.since)
    if params.until is not None:
        query = query.where(AuditEntry.at < params.until)
    rows = list(session.scalars(query))
    more = len(rows) > params.limit
    rows = rows[: params.limit]
    entries = [
        pm.AuditEntry(
            id=r.id,
            at=r.at,
            action=r.action,
            actor=r.actor,
            target=r.target,
            details=_safe_details(r.details),
        )
        for r in rows
    ]
    audit.record(
        session,
        agent.username,
        "audit.list",
        None,
        {"outcome": "ok", "before": params.before, "action": params.action, "actor": params.actor,
         "target": params.target, "count": len(entries)},
    )
    return pm.AuditListResult(entries=entries, next_before=rows[-1].id if more and rows else None)
