"""Slowing and locking out password guessing.

Every failed login is already slow (``ServerConfig.failed_login_delay``) and audited. On top of
that, ``lockout_failures`` failures for one username — or ``lockout_address_failures`` from one
peer address — within ``lockout_window_seconds`` lock further logins out for ``lockout_seconds``.

Decisions, and why:
- The counters live in the database (``login_throttle``), not in memory: a restart (or a crash an
  attacker provokes) must not reset them, and several server processes on one PostgreSQL
  database share them. The cost is one small write per failed login, next to the audit row that
  is written anyway.
- Usernames are keyed by an HMAC under a per-database key, never stored in clear: what was typed
  as a username may be a password typed into the wrong field. Unknown usernames are counted and
  locked exactly like known ones, so the lockout does not reveal which usernames exist.
- A locked-out attempt is answered ``rate_limited`` ("too many failed attempts; try again later")
  without checking the password: a real agent learns to wait or to call a supervisor, a guesser
  learns nothing about the password and costs no argon2 work.
- A successful login clears its username's counter but not its address's: otherwise one valid
  account would let an attacker reset the address counter between guesses.
- Behind a reverse proxy every peer is the proxy; set ``lockout_address_failures = 0`` there.
- The start of a lockout is audited (``login.locked``); attempts refused while locked are not,
  so a flood cannot grow the audit log. ``agentdesk-server unlock`` clears a lockout (audited as
  ``login.unlock``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server import audit
from app.server.config import ServerConfig
from app.server.db.schema import LoginThrottle, Setting
from app.server.repos import repo_agents
from app.server.timeutil import utcnow

KEY_SETTING = "lockout_key"
LOCKED_MESSAGE = "too many failed attempts; try again later"


@dataclass(frozen=True, slots=True)
class Policy:
    user_failures: int
    address_failures: int
    window: timedelta
    lockout: timedelta

    @classmethod
    def from_config(cls, cfg: ServerConfig) -> Policy:
        return cls(
            user_failures=max(cfg.lockout_failures, 0),
            address_failures=max(cfg.lockout_address_failures, 0),
            window=timedelta(seconds=cfg.lockout_window_seconds),
            lockout=timedelta(seconds=cfg.lockout_seconds),
        )


def _hmac_key(session: Session) -> bytes:
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        row = Setting(key=KEY_SETTING, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


def user_key(session: Session, username: str) -> str:
    return "u:" + hmac.new(_hmac_key(session), username.encode(), hashlib.sha256).hexdigest()


def address_key(remote: str) -> str:
    return "a:" + remote[:64]


def _keys(session: Session, policy: Policy, username: str, remote: str | None) -> list[tuple[str, int, str]]:
    """``(key, limit, scope)`` of the rules that apply to this attempt."""
    keys = []
    if policy.user_failures:
        keys.append((user_key(session, username), policy.user_failures, "username"))
    if policy.address_failures and remote:
        keys.append((address_key(remote), policy.address_failures, "address"))
    return keys


def is_locked(session: Session, policy: Policy, username: str, remote: str | None) -> bool:
    now = utcnow()
    keys = [k for k, _, _ in _keys(session, policy, username, remote)]
    if not keys:
        return False
    found = session.scalar(
        sa.select(sa.func.count())
        .select_from(LoginThrottle)
        .where(LoginThrottle.key.in_(keys), LoginThrottle.locked_until > now)
    )
    return bool(found)


def record_failure(session: Session, policy: Policy, username: str, known: bool, remote: str | None) -> bool:
    """Audit the failed login, count it, and start a lockout at the limit. True if one started."""
    repo_agents.record_failed_login(session, username, known, remote)
    now = utcnow()
    started = False
    for key, limit, scope in _keys(session, policy, username, remote):
        row = session.get(LoginThrottle, key)
        if row is None:
            row = LoginThrottle(key=key, failures=0, window_started_at=now)
            session.add(row)
        expired_lock = row.locked_until is not None and row.locked_until <= now
        if expired_lock or row.window_started_at <= now - policy.window:
            row.failures, row.window_started_at, row.locked_until = 0, now, None
        if row.locked_until is not None:
            continue  # already locked (a guess that raced the lock): nothing more to do
        row.failures += 1
        if row.failures >= limit:
            row.locked_until = now + policy.lockout
            started = True
            audit.record(
                session,
                username if known else None,
                "login.locked",
                username if known else None,
                {
                    "scope": scope,
                    "remote": remote,
                    "failures": row.failures,
                    "until": row.locked_until.isoformat(),
                },
            )
    _prune(session, now, policy)
    return started


def record_success(session: Session, policy: Policy, username: str) -> None:
    if policy.user_failures:
        session.execute(sa.delete(LoginThrottle).where(LoginThrottle.key == user_key(session, username)))


def _prune(session: Session, now: datetime, policy: Policy) -> None:
    """Drop counters whose window and lock are over (a username spray must not grow the table)."""
    session.execute(
        sa.delete(LoginThrottle).where(
            LoginThrottle.window_started_at <= now - policy.window,
            sa.or_(LoginThrottle.locked_until.is_(None), LoginThrottle.locked_until <= now),
        )
    )


def unlock(session: Session, username: str | None = None, address: str | None = None) -> int:
    """Clear the counters and lockout of a username and/or an address; returns rows removed."""
    keys = ([user_key(session, username)] if username else []) + ([address_key(address)] if address else [])
    if not keys:
        return 0
    removed = session.execute(sa.delete(LoginThrottle).where(LoginThrottle.key.in_(keys))).rowcount or 0
    audit.record(session, None, "login.unlock", username, {"address": address, "cleared": int(removed)})
    return int(removed)
