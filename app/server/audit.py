"""The audit log: append-only and hash-chained, so an edited or deleted row is detectable.

Each row stores ``prev_hash`` (the previous row's ``hash``; 64 zeros for the first row) and
``hash = sha256(prev_hash + canonical JSON of the row's fields)`` where the fields are ``at``,
``actor``, ``action``, ``target`` and ``details`` (itself canonical JSON: sorted keys, no spaces).
``verify`` walks the chain and reports the first row that does not fit.

Recorded: customer views and reveals, logins (success and failure — never the password),
logouts and assignment changes. Writers call ``record`` inside the transaction of the action, so
the audit row commits with it. On PostgreSQL a transaction-scoped advisory lock serialises
writers so two processes cannot fork the chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db.schema import AuditEntry
from app.server.timeutil import as_utc, utcnow

GENESIS = "0" * 64
AUDIT_LOCK_KEY = 0x41_44_41_55  # "ADAU"


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def row_hash(
    prev_hash: str, at: datetime, actor: str | None, action: str, target: str | None, details: str
) -> str:
    fields = {
        "at": as_utc(at).isoformat(),
        "actor": actor,
        "action": action,
        "target": target,
        "details": details,
    }
    return hashlib.sha256((prev_hash + canonical(fields)).encode()).hexdigest()


def record(
    session: Session,
    actor: str | None,
    action: str,
    target: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Append one row in the current transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    prev = session.scalar(sa.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
    at = utcnow()
    details_json = canonical(details or {})
    session.add(
        AuditEntry(
            at=at,
            actor=actor,
            action=action,
            target=target,
            details=details_json,
            prev_hash=prev,
            hash=row_hash(prev, at, actor, action, target, details_json),
        )
    )
    session.flush()


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    checked: int
    broken_id: int | None = None
    problem: str | None = None


def verify(session: Session) -> VerifyResult:
    expected_prev = GENESIS
    checked = 0
    rows = session.execute(sa.select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=1000))
    for (row,) in rows:
        checked += 1
        if row.prev_hash != expected_prev:
            return VerifyResult(False, checked, row.id, "prev_hash does not match the previous row")
        if row.hash != row_hash(row.prev_hash, row.at, row.actor, row.action, row.target, row.details):
            return VerifyResult(False, checked, row.id, "hash does not match the row's contents")
        expected_prev = row.hash
    return VerifyResult(True, checked)


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    actor: str | None
    action: str
    target: str | None
    details: dict[str, Any]


def entries(session: Session, limit: int = 100, action: str | None = None) -> list[AuditRow]:
    """The latest ``limit`` rows, newest first."""
    query = sa.select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    return [
        AuditRow(r.id, r.at, r.actor, r.action, r.target, json.loads(r.details))
        for r in session.scalars(query)
    ]
