"""Generated support history for report tests and the report bench: conversations over a period
across teams, agents, channels, VIP tiers and topics, with first responses, resolutions, due
times, reopens and CSAT answers, written straight into the server's database (bulk inserts), and
an independent calculation of every report figure from the same rows (plain Python: its own
business-hours arithmetic, its own nearest-rank percentiles), for the tests to compare with."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.csat.schema import CsatRating
from app.server.db import schema as db
from app.server.routing.schema import ConversationOutcome, ConversationWork
from app.server.tickets.schema import Ticket

HOURS = '["mon-fri 09:00-18:00"]'  # the en and zh teams' hours in these tests (vip: 24/7)
ZONE = "Asia/Shanghai"
SCHEDULED = ("en", "zh")
TEAM_AGENTS = {"en": ("ann", "abe", "amy"), "zh": ("zhao", "zhou", "zhu"), "vip": ("vera", "victor")}
TOPICS = ("account_login", "trading", "deposits_withdrawals", "kyc", "security_2fa", "promotions",
          "platform_rules")
CHANNELS = ("chat", "email", "ticket", "callback")


@dataclass
class Row:
    """One generated conversation, as the independent calculation sees it."""

    id: int
    uid: str
    manager: str | None
    tier: int
    channel: str
    team: str | None
    assignee: str | None
    status: str
    created: datetime
    first_response: datetime | None
    resolved: datetime | None
    fr_due: datetime | None
    res_due: datetime | None
    tags: list[str]
    category: str | None
    reopens: int
    resolutions: int
    csat: tuple[int, str | None, str | None] | None = None  # score, agent, team
    extra: dict[str, Any] = field(default_factory=dict)


def _second(t: datetime) -> datetime:
    return t.replace(microsecond=0)


def generate(
    session: Session, count: int, start: datetime, days: int, now: datetime, seed: int = 7
) -> list[Row]:
    """``count`` conversations created in ``[start, start + days)`` (none after ``now``)."""
    rnd = random.Random(seed)
    customers = []
    for i in range(200):
        tier = (0, 0, 0, 1, 2, 3)[i % 6]
        manager = ("vera", "victor")[i % 2] if tier else None
        uid = f"R{i:05d}"
        customers.append((uid, tier, manager))
        session.add(db.Customer(uid=uid, name=f"Customer {uid}", email=f"{uid.lower()}@example.com",
                                phone="+10000000000", language="en", registered_at=start, kyc_level=1,
                                kyc_status="approved", vip_tier=tier, account_manager=manager))
    session.flush()
    first_id = (session.scalar(sa.select(sa.func.max(db.Conversation.id))) or 0) + 1
    rows: list[Row] = []
    span = min(timedelta(days=days), now - start).total_seconds()
    for n in range(count):
        uid, tier, manager = customers[rnd.randrange(len(customers))]
        channel = rnd.choice(CHANNELS)
        team = "vip" if tier and rnd.random() < 0.7 else rnd.choice(("en", "zh", None))
        pool = TEAM_AGENTS.get(team or "", ("ann", "zhao", "sec"))
        assignee = rnd.choice(pool) if rnd.random() < 0.9 else None
        created = _second(start + timedelta(seconds=rnd.uniform(0, span)))
        fr = created + timedelta(seconds=rnd.expovariate(1 / 7200)) if rnd.random() < 0.85 else None
        fr = _second(fr) if fr is not None and fr < now else None
        resolved = None
        status = rnd.choice(("open", "pending", "snoozed"))
        if fr is not None and rnd.random() < 0.7:
            resolved = _second(fr + timedelta(seconds=rnd.expovariate(1 / 86400)))
            if resolved < now:
                status = "resolved"
            else:
                resolved = None
        fr_due = created + timedelta(hours=rnd.choice((1, 4, 24))) if channel != "callback" else None
        res_due = created + timedelta(hours=rnd.choice((24, 48, 72))) if rnd.random() < 0.9 else None
        resolutions = 0 if resolved is None else rnd.choice((1, 1, 1, 2))
        reopens = resolutions - 1 if status == "resolved" else 0
        if status != "resolved" and fr is not None and rnd.random() < 0.1:
            resolutions, reopens = 1, 1  # resolved once, reopened, open again
        tags = rnd.sample(("vip", "urgent", *TOPICS), rnd.randrange(0, 3))
        category = rnd.choice(TOPICS) if channel == "ticket" else None
        row = Row(first_id + n, uid, manager, tier, channel, team, assignee, status, created, fr, resolved,
                  fr_due, res_due, tags, category, reopens, resolutions)
        if status == "resolved" and rnd.random() < 0.4:
            row.csat = (rnd.choice((1, 2, 3, 4, 4, 5, 5, 5)), assignee, team)
        rows.append(row)
    _write(session, rows, now)
    return rows


def _write(session: Session, rows: list[Row], now: datetime) -> None:
    conv, work, outcome, tickets, ratings = [], [], [], [], []
    for r in rows:
        conv.append({"id": r.id, "customer_uid": r.uid, "channel": r.channel, "status": r.status,
                     "priority": "normal", "assignee": r.assignee, "tags": r.tags, "subject": None,
                     "created_at": r.created, "updated_at": r.resolved or r.first_response or r.created,
                     "last_message_id": None, "message_count": 0, "last_customer_message_at": r.created,
                     "first_response_at": r.first_response, "first_response_due": r.fr_due,
                     "resolution_due": r.res_due, "resolved_at": r.resolved, "snoozed_until":
                     now + timedelta(days=1) if r.status == "snoozed" else None})
        work.append({"conversation_id": r.id, "team": r.team})
        if r.resolutions:
            outcome.append({"conversation_id": r.id, "resolutions": r.resolutions, "reopens": r.reopens,
                            "resolved": r.status == "resolved", "resolved_by": r.assignee,
                            "resolved_team": r.team, "last_resolved_at": r.resolved})
        if r.category is not None:
            tickets.append({"conversation_id": r.id, "category": r.category, "created_by": "ann",
                            "created_at": r.created})
        if r.csat is not None:
            score, agent, team = r.csat
            ratings.append({"conversation_id": r.id, "channel": r.channel, "score": score, "comment": None,
                            "agent": agent, "team": team, "answered_at": r.resolved})
    for table, values in ((db.Conversation, conv), (ConversationWork, work), (ConversationOutcome, outcome),
                          (Ticket, tickets), (CsatRating, ratings)):
        for i in range(0, len(values), 5000):
            session.execute(sa.insert(table), values[i : i + 5000])


# --- the independent calculation --------------------------------------------------------------
def open_seconds(a: datetime, b: datetime) -> float:
    """Mon–Fri 09:00–18:00 in ZONE between a and b, day by day."""
    if b <= a:
        return 0.0
    zone = ZoneInfo(ZONE)
    total = 0.0
    day: date = a.astimezone(zone).date() - timedelta(days=1)
    last = b.astimezone(zone).date()
    while day <= last:
        if day.weekday() < 5:
            lo = datetime.combine(day, time(9), tzinfo=zone).astimezone(UTC)
            hi = datetime.combine(day, time(18), tzinfo=zone).astimezone(UTC)
            total += max(0.0, (min(hi, b) - max(lo, a)).total_seconds())
        day += timedelta(days=1)
    return total


def _duration(r: Row, end: datetime) -> float:
    if r.team in SCHEDULED and r.channel in ("chat", "email"):
        return open_seconds(r.created, end)
    return (end - r.created).total_seconds()


def _rank(values: list[float], p: int) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[math.ceil(len(ordered) * p / 100) - 1]


def key_of(r: Row, by: str) -> str:
    if by == "team":
        return r.team or ""
    if by == "agent":
        return r.assignee or ""
    if by == "channel":
        return r.channel
    if by == "vip_tier":
        return str(r.tier)
    return r.category or next((t for t in TOPICS if t in r.tags), "")


def visible(r: Row, role: str, username: str) -> bool:
    if role == "supervisor":
        return True
    if role == "vip_manager":
        return r.manager == username or r.assignee == username
    return r.assignee == username


Figures = dict[str, Any]


def expected(
    rows: list[Row], by: str, since: datetime, until: datetime, now: datetime,
    role: str = "supervisor", username: str = "sam",
) -> tuple[dict[str, Figures], Figures]:
    groups: dict[str, list[Row]] = defaultdict(list)
    cohort = [r for r in rows if since <= r.created < until and visible(r, role, username)]
    for r in cohort:
        groups[key_of(r, by)].append(r)
    csat_groups: dict[str, list[int]] = defaultdict(list)
    for r in cohort:
        if r.csat is not None:
            score, agent, team = r.csat
            k = {"team": team or "", "agent": agent or ""}.get(by, key_of(r, by))
            csat_groups[k].append(score)
    out = {k: figures(v, now) for k, v in groups.items()}
    for k, scores in csat_groups.items():
        out.setdefault(k, figures([], now)).update(csat(scores))
    total = figures(cohort, now)
    total.update(csat([s for r in cohort if r.csat for s in (r.csat[0],)]))
    return out, total


def csat(scores: list[int]) -> dict[str, Any]:
    return {"csat_count": len(scores), "csat_sum": sum(scores), "csat_satisfied": sum(s >= 4 for s in scores)}


def figures(group: list[Row], now: datetime) -> dict[str, Any]:
    fr = [_duration(r, r.first_response) for r in group if r.first_response is not None]
    res = [_duration(r, r.resolved) for r in group if r.status == "resolved" and r.resolved is not None]
    return {
        "conversations": len(group),
        "resolved": sum(r.status == "resolved" for r in group),
        "first_response_count": len(fr),
        "first_response_median": _rank(fr, 50),
        "first_response_p90": _rank(fr, 90),
        "resolution_count": len(res),
        "resolution_median": _rank(res, 50),
        "resolution_p90": _rank(res, 90),
        "sla_first_response_met": sum(1 for r in group if r.fr_due and r.first_response
                                      and r.first_response <= r.fr_due),
        "sla_first_response_due": sum(1 for r in group if r.fr_due and (r.first_response or r.fr_due < now)),
        "sla_resolution_met": sum(1 for r in group if r.res_due and r.status == "resolved" and r.resolved
                                  and r.resolved <= r.res_due),
        "sla_resolution_due": sum(1 for r in group if r.res_due and ((r.status == "resolved" and r.resolved)
                                                                      or r.res_due < now)),
        "reopened": sum(r.reopens > 0 for r in group),
        "ever_resolved": sum(r.resolutions > 0 or r.resolved is not None for r in group),
        "csat_count": 0, "csat_sum": 0, "csat_satisfied": 0,
    }
