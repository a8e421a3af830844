"""Slowing and locking out password guessing — without letting a stranger lock a colleague out.

Every failed login is already slow (``ServerConfig.failed_login_delay``) and audited. On top:
- ``lockout_failures`` failures for one username *from one peer address* within
  ``lockout_window_seconds`` lock that username out *for that address* for ``lockout_seconds``;
- ``lockout_address_failures`` failures from one address (any usernames) lock the address out;
- failures of one username from *all* addresses slow that username down everywhere: beyond
  ``lockout_failures`` in the window, each further failure doubles the wait before its password
  is checked, up to ``lockout_user_max_delay``. The real agent, at their own desk, still gets in
  (a few seconds later); a guesser spread over many addresses gets few guesses.

Before this, five wrong passwords from anywhere locked ``sam`` out for everyone: a denial of
service anyone who knows a username could run. A lock on the pair (username, address) stops a
guesser at one address; the slow-down bounds a guesser at many; neither hands the guesser a way
to keep the real agent out.

Decisions, and why:
- The counters live in the database (``login_throttle``), not in memory: a restart (or a crash an
  attacker provokes) must not reset them, and several server processes on one PostgreSQL
  database share them. The cost is one small write per failed login, next to the audit row.
- Usernames (and, in pair keys, addresses) are keyed by an HMAC under the lockout key, which
  lives outside the database (``keys.py``): what was typed as a username may be a password typed
  into the wrong field. Unknown usernames are counted and locked exactly like known ones, so the
  lockout does not reveal which usernames exist. Rotating the lockout key resets the counters.
- A locked-out attempt is answered ``rate_limited`` ("too many failed attempts; try again later")
  without checking the password: a guesser learns nothing about the password and costs no argon2.
- A successful login clears its (username, address) counter, not the address's or the
  username's: otherwise one valid account would let an attacker reset them between guesses.
- Behind a reverse proxy every peer is the proxy; set ``lockout_address_failures = 0`` there.
- The start of a lockout is audited (``login.locked``); attempts refused while locked are not,
  so a flood cannot grow the audit log. ``agentdesk-server unlock`` clears a lockout (audited as
  ``login.unlock``).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server import audit
from app.server.config import ServerConfig
from app.server.db.schema import LoginThrottle
from app.server.repos import repo_agents
from app.server.timeutil import utcnow

LOCKED_MESSAGE = "too many failed attempts; try again later"
_HASH = 32  # hex characters of each HMAC in a key ("p:" + user + address fits the 80-char column)


@dataclass(frozen=True, slots=True)
class Policy:
    user_failures: int
    address_failures: int
    window: timedelta
    lockout: timedelta
    key: bytes = field(repr=False, default=b"")
    base_delay: float = 0.3
    max_delay: float = 5.0

    @classmethod
    def from_config(cls, cfg: ServerConfig, key: bytes) -> Policy:
        return cls(
            user_failures=max(cfg.lockout_failures, 0),
            address_failures=max(cfg.lockout_address_failures, 0),
            window=timedelta(seconds=cfg.lockout_window_seconds),
            lockout=timedelta(seconds=cfg.lockout_seconds),
            key=key,
            base_delay=max(cfg.failed_login_delay, 0.0),
            max_delay=max(cfg.lockout_user_max_delay, 0.0),
        )

    def _mac(self, text: str) -> str:
        return hmac.new(self.key, text.encode(), hashlib.sha256).hexdigest()[:_HASH]


def user_key(policy: Policy, username: str) -> str:
    return "u:" + policy._mac("user|" + username)


def pair_key(policy: Policy, username: str, remote: str | None) -> str:
    return "p:" + policy._mac("user|" + username) + policy._mac("addr|" + (remote or "-"))


def address_key(remote: str) -> str:
    return "a:" + remote[:64]


def _locking_keys(policy: Policy, username: str, remote: str | None) -> list[tuple[str, int, str]]:
    """``(key, limit, scope)`` of the rules that can lock this attempt out."""
    keys = []
    if policy.user_failures:
        keys.append((pair_key(policy, username, remote), policy.user_failures, "username"))
    if policy.address_failures and remote:
        keys.append((address_key(remote), policy.address_failures, "address"))
    return keys


def is_locked(session: Session, policy: Policy, username: str, remote: str | None) -> bool:
    keys = [k for k, _, _ in _locking_keys(policy, username, remote)]
    if not keys:
        return False
    found = session.scalar(
        sa.select(sa.func.count())
        .select_from(LoginThrottle)
        .where(LoginThrottle.key.in_(keys), LoginThrottle.locked_until > utcnow())
    )
    return bool(found)


def delay_before(session: Session, policy: Policy, username: str) -> float:
    """The slow-down before checking this username's password: 0 until the username failed more
    than ``user_failures`` times (from anywhere) in the window, then doubling up to ``max_delay``."""
    if not policy.user_failures:
        return 0.0
    row = session.get(LoginThrottle, user_key(policy, username))
    if row is None or row.window_started_at <= utcnow() - policy.window:
        return 0.0
    extra = row.failures - policy.user_failures
    if extra < 0:
        return 0.0
    return float(min(policy.max_delay, policy.base_delay * 2 ** min(extra + 1, 30)))


def _count(session: Session, policy: Policy, key: str, now: datetime) -> LoginThrottle:
    row = session.get(LoginThrottle, key)
    if row is None:
        row = LoginThrottle(key=key, failures=0, window_started_at=now)
        session.add(row)
    expired_lock = row.locked_until is not None and row.locked_until <= now
    if expired_lock or row.window_started_at <= now - policy.window:
        row.failures, row.window_started_at, row.locked_until = 0, now, None
    return row


def record_failure(session: Session, policy: Policy, username: str, known: bool, remote: str | None) -> bool:
    """Audit the failed login, count it, and start a lockout at a limit. True if one started."""
    repo_agents.record_failed_login(session, username, known, remote)
    now = utcnow()
    started = False
    if policy.user_failures:
        _count(session, policy, user_key(policy, username), now).failures += 1  # the slow-down
    for key, limit, scope in _locking_keys(policy, username, remote):
        row = _count(session, policy, key, now)
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


def record_success(session: Session, policy: Policy, username: str, remote: str | None) -> None:
    if policy.user_failures:
        session.execute(
            sa.delete(LoginThrottle).where(LoginThrottle.key == pair_key(policy, username, remote))
        )


def _prune(session: Session, now: datetime, policy: Policy) -> None:
    """Drop counters whose window and lock are over (a username spray must not grow the table)."""
    session.execute(
        sa.delete(LoginThrottle).where(
            LoginThrottle.window_started_at <= now - policy.window,
            sa.or_(LoginThrottle.locked_until.is_(None), LoginThrottle.locked_until <= now),
        )
    )


def unlock(session: Session, policy: Policy, username: str | None = None, address: str | None = None) -> int:
    """Clear the counters and lockouts of a username (from every address; and its slow-down)
    and/or an address; returns rows removed."""
    clauses = []
    if username and address:
        clauses.append(LoginThrottle.key == pair_key(policy, username, address))
    elif username:
        clauses.append(LoginThrottle.key.startswith("p:" + policy._mac("user|" + username), autoescape=True))
    if username:
        clauses.append(LoginThrottle.key == user_key(policy, username))
    if address:
        clauses.append(LoginThrottle.key == address_key(address))
        if not username:
            clauses.append(LoginThrottle.key.endswith(policy._mac("addr|" + address), autoescape=True))
    if not clauses:
        return 0
    deleted = sa.delete(LoginThrottle).where(sa.or_(*clauses))
    removed = cast("sa.CursorResult[Any]", session.execute(deleted)).rowcount or 0
    audit.record(session, None, "login.unlock", username, {"address": address, "cleared": int(removed)})
    return int(removed)
