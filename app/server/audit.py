"""The audit log: append-only, HMAC-chained under a key kept outside the database, and anchored
by signed checkpoints written outside it too — so an edited, deleted, truncated, emptied or
recomputed log is detectable.

Each row stores ``prev_hash`` (the previous row's ``hash``; 64 zeros for the first row) and
``hash = HMAC-SHA256(audit key, prev_hash + canonical JSON of at, actor, action, target, details)``.
Without the key (``keys.py``: the key file or ``AGENTDESK_AUDIT_KEY``, never the database) nobody
can recompute the chain after deleting rows. A plain chain cannot show that its *newest* rows were
cut off, or that the table was emptied: the checkpoints can. Every ``audit_checkpoint_interval``
(and at start and stop) the server appends ``(count, head id, head hash)``, HMAC-signed, to an
append-only file beside the key file (``audit_checkpoints.py``; optionally to syslog too).
``verify`` walks the chain, then checks every checkpoint against the rows: a checkpointed row
missing or different, or fewer rows than a checkpoint counted, is a failure. What a checkpoint
cannot cover is the rows written since the last one (at most one interval).

Upgrading from the unkeyed SHA-256 chain: ``migrate`` (run at start) checks the old chain, then
re-keys every row in one transaction and records ``audit.migrated`` with the old head; a broken
old chain stops the server until an operator runs ``agentdesk-server audit migrate
--accept-broken`` (the break is then recorded in that row).

Writers call ``record`` inside the transaction of the action, so the audit row commits with it.
On PostgreSQL a transaction-scoped advisory lock serialises writers so two processes cannot fork
the chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db.schema import AuditEntry, Setting
from app.server.timeutil import as_utc, utcnow

GENESIS = "0" * 64
AUDIT_LOCK_KEY = 0x41_44_41_55  # "ADAU"
#: ``session.info`` key of the audit key (bytes), set by the server's session factory and the CLI
KEY_INFO = "agentdesk_audit_key"
#: ``settings`` row naming the chain's scheme; absent on a database of an earlier build
SCHEME_SETTING = "audit_chain"
SCHEME = "hmac-sha256"


class AuditKeyMissing(RuntimeError):
    """A write or check without the audit key: fail closed rather than write an unkeyed row."""


class AuditMigrationError(Exception):
    """The old chain is broken; the message says where and how to go on."""


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _fields(at: datetime, actor: str | None, action: str, target: str | None, details: str) -> str:
    return canonical(
        {"at": as_utc(at).isoformat(), "actor": actor, "action": action, "target": target, "details": details}
    )


def row_hash(
    key: bytes, prev_hash: str, at: datetime, actor: str | None, action: str, target: str | None, details: str
) -> str:
    return hmac.new(
        key, (prev_hash + _fields(at, actor, action, target, details)).encode(), hashlib.sha256
    ).hexdigest()


def legacy_row_hash(
    prev_hash: str, at: datetime, actor: str | None, action: str, target: str | None, details: str
) -> str:
    """The unkeyed hash of earlier builds (only ``migrate`` still computes it)."""
    return hashlib.sha256((prev_hash + _fields(at, actor, action, target, details)).encode()).hexdigest()


def key_of(session: Session) -> bytes:
    key = session.info.get(KEY_INFO)
    if not isinstance(key, bytes) or not key:
        raise AuditKeyMissing("the audit key is not configured for this database session")
    return key


def record(
    session: Session,
    actor: str | None,
    action: str,
    target: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Append one row in the current transaction."""
    key = key_of(session)
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
            hash=row_hash(key, prev, at, actor, action, target, details_json),
        )
    )
    session.flush()


def record_many(
    session: Session, actor: str | None, entries: list[tuple[str, str | None, dict[str, Any] | None]]
) -> None:
    """Append ``(action, target, details)`` rows in the current transaction, chained like
    ``record`` in that order: one lock, one read of the head and one multi-row INSERT for all of
    them, not three round trips each (a real-name search audits up to a page of 20 hits)."""
    if not entries:
        return
    key = key_of(session)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    session.flush()  # a row added but not flushed yet would be the head
    prev = session.scalar(sa.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
    rows: list[dict[str, Any]] = []
    for action, target, details in entries:
        at = utcnow()
        details_json = canonical(details or {})
        digest = row_hash(key, prev, at, actor, action, target, details_json)
        rows.append({"at": at, "actor": actor, "action": action, "target": target,
                     "details": details_json, "prev_hash": prev, "hash": digest})
        prev = digest
    session.execute(sa.insert(AuditEntry), rows)


# --- checking --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    checked: int
    broken_id: int | None = None
    problem: str | None = None
    checkpoints: int = 0  # checkpoints checked against the rows
    head_id: int | None = None
    head: str | None = None


@dataclass(frozen=True, slots=True)
class Anchor:
    """A signed checkpoint as ``verify`` needs it: so many rows, ending with this row."""

    count: int
    head_id: int | None
    head: str


def _rows(session: Session) -> Iterator[AuditEntry]:
    for (row,) in session.execute(
        sa.select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=1000)
    ):
        yield row


def walk(session: Session, key: bytes, anchors: list[Anchor] | None = None) -> VerifyResult:
    """Check the chain under ``key``, then each anchor (checkpoint) against the rows."""
    wanted = {a.head_id: a for a in anchors or [] if a.head_id is not None}
    seen: dict[int, tuple[int, str]] = {}  # head id -> (rows up to it, its hash)
    expected_prev = GENESIS
    checked = 0
    last_id: int | None = None
    for row in _rows(session):
        checked += 1
        if row.prev_hash != expected_prev:
            return VerifyResult(False, checked, row.id, "prev_hash does not match the previous row")
        if not hmac.compare_digest(
            row.hash, row_hash(key, row.prev_hash, row.at, row.actor, row.action, row.target, row.details)
        ):
            return VerifyResult(False, checked, row.id, "hash does not match the row's contents (or the key)")
        if row.id in wanted:
            seen[row.id] = (checked, row.hash)
        expected_prev, last_id = row.hash, row.id
    for anchor in anchors or []:
        if anchor.count > checked:
            return VerifyResult(
                False,
                checked,
                None,
                f"a checkpoint counted {anchor.count} rows, the log has {checked}: rows were removed",
            )
        if anchor.head_id is None:
            continue
        found = seen.get(anchor.head_id)
        if found is None:
            return VerifyResult(
                False,
                checked,
                anchor.head_id,
                "a checkpointed row is missing: the log was truncated or emptied",
            )
        if found != (anchor.count, anchor.head):
            return VerifyResult(
                False, checked, anchor.head_id, "a checkpointed row or the rows before it changed"
            )
    return VerifyResult(
        True,
        checked,
        checkpoints=len(anchors or []),
        head_id=last_id,
        head=expected_prev if last_id is not None else None,
    )


def verify(session: Session, anchors: list[Anchor] | None = None) -> VerifyResult:
    return walk(session, key_of(session), anchors)


def head(session: Session) -> Anchor:
    """``(count, head id, head hash)`` of the log now: what a checkpoint records."""
    count = int(session.scalar(sa.select(sa.func.count()).select_from(AuditEntry)) or 0)
    last = session.execute(
        sa.select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return Anchor(count, int(last[0]) if last else None, str(last[1]) if last else GENESIS)


# --- moving over from the unkeyed chain --------------------------------------------------------------
def scheme(session: Session) -> str | None:
    row = session.get(Setting, SCHEME_SETTING)
    return row.value if row is not None else None


def legacy_problem(session: Session) -> tuple[int, int | None, str | None, str]:
    """Walk the old SHA-256 chain: ``(rows, broken row id, problem, head)``."""
    expected_prev, checked = GENESIS, 0
    for row in _rows(session):
        checked += 1
        if row.prev_hash != expected_prev:
            return checked, row.id, "prev_hash does not match the previous row", expected_prev
        if row.hash != legacy_row_hash(row.prev_hash, row.at, row.actor, row.action, row.target, row.details):
            return checked, row.id, "hash does not match the row's contents", expected_prev
        expected_prev = row.hash
    return checked, None, None, expected_prev


def migrate(session: Session, *, accept_broken: bool = False) -> int | None:
    """Re-key an unkeyed chain (once per database). Returns the rows re-keyed, ``None`` when the
    database already uses the keyed chain."""
    if scheme(session) == SCHEME:
        return None
    key = key_of(session)
    count, broken, problem, legacy_head = legacy_problem(session)
    if broken is not None and not accept_broken:
        raise AuditMigrationError(
            f"the existing audit log is broken at row {broken} ({problem}); it was not re-keyed. "
            "Check it (agentdesk-server audit list), then run: agentdesk-server audit migrate "
            "--accept-broken --db URL (the break is recorded)"
        )
    # Hashes are unique: park every row on a placeholder first, then write the keyed chain.
    session.execute(
        sa.update(AuditEntry)
        .values(hash=sa.literal("pending-") + sa.cast(AuditEntry.id, sa.String))
        .execution_options(synchronize_session=False)
    )
    session.expire_all()
    prev = GENESIS
    for row in list(session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id))):
        row.prev_hash = prev
        row.hash = row_hash(key, prev, row.at, row.actor, row.action, row.target, row.details)
        prev = row.hash
    session.flush()
    session.merge(Setting(key=SCHEME_SETTING, value=SCHEME))
    if count:
        record(
            session,
            None,
            "audit.migrated",
            None,
            {
                "legacy_rows": count,
                "legacy_head": legacy_head,
                "legacy_broken_at": broken,
                "problem": problem,
            },
        )
    return count


# --- reading -----------------------------------------------------------------------------------------
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
