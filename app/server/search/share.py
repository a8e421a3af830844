"""How much of the history a searcher may see, roughly: the plan's estimate, never the rule.

A VIP manager sees ~5 % of conversations (her own clients and the unmanaged VIP queue). Search's
newest-window walk (``repo.RECENT``) then finds few of hers, and the rest of a common text through
the text indexes reads every candidate's page (two common words: ~15,000 candidates, 237 ms over a
million messages, bench/search_load.py). ``repo`` walks further back for such a searcher when that is
cheaper, which needs this share.

The estimate counts customers by (VIP or not, account manager) — one small aggregate over the
customers, cached ``TTL`` seconds per database — and applies the role rule without assignments
(``visibility.can_see_customer_by_tier``) to each group. It ignores conversations assigned to the
agent and the VIP mailbox's lane, and weighs customers rather than conversations: only the choice of
plan rests on it. What a search returns is decided by ``visibility.conversation_clause`` in SQL,
whichever plan runs.
"""

from __future__ import annotations

import threading
import time

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db.schema import Customer
from app.server.principal import AgentPrincipal
from app.server.visibility import can_see_customer_by_tier

TTL = 60.0  # seconds: a new client or a changed account manager moves the share by a hair

_Groups = list[tuple[int, str | None, int]]  # (vip_tier > 0, account_manager, customers)
_cache: dict[str, tuple[float, _Groups]] = {}
_lock = threading.Lock()  # the server's reader threads share the cache


def _groups(session: Session) -> _Groups:
    bind = session.get_bind()
    engine = bind if isinstance(bind, sa.Engine) else bind.engine
    key = engine.url.render_as_string(hide_password=True)
    now = time.monotonic()
    with _lock:
        cached = _cache.get(key)
    if cached is not None and cached[0] > now:
        return cached[1]
    vip = sa.case((Customer.vip_tier > 0, 1), else_=0)
    rows = session.execute(
        sa.select(vip, Customer.account_manager, sa.func.count()).group_by(vip, Customer.account_manager)
    ).all()
    groups = [(int(tier), manager, int(count)) for tier, manager, count in rows]
    with _lock:
        _cache[key] = (now + TTL, groups)
    return groups


def visible_share(session: Session, agent: AgentPrincipal) -> float:
    """The share of customers ``agent`` may see by role (1.0 for a supervisor or no customers)."""
    if agent.role == "supervisor":
        return 1.0
    groups = _groups(session)
    total = sum(count for _, _, count in groups)
    if not total:
        return 1.0
    seen = sum(count for tier, manager, count in groups if can_see_customer_by_tier(agent, tier, manager))
    return seen / total


def forget() -> None:
    """Drop the cached counts (tests that change customers between searches)."""
    with _lock:
        _cache.clear()
