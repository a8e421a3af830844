"""Inbox views, ordering and search as SQL (the UI never sorts or filters in Python).

Every view is one indexed query ordered by urgency, answering "what next": first what is
actionable (open and waiting on us: the customer had the last word, or nobody answered yet), then
other open conversations, then those pending on the customer or snoozed, resolved last (the
queue's rank, :func:`app.store.rows.queue_rank`); within each, by SLA due time (soonest first,
none last), then VIP tier (highest first), then how long the customer has waited (longest first).
The indexes of schema v6 are built for exactly these orderings; the default "not resolved" filter
is spelled as the literal ``status != 'resolved'`` so SQLite can use the partial indexes.

Search is the union of: the UID (exactly or as a prefix), a
typed email address via its SHA-256 digest (the cache never holds the address), and the blind
FTS5 row of the conversation (masked name, masked email, subject, message text — as keyed hashes
of whole words, see :mod:`app.store.cache.search_text`). The matching ids are materialised once per
search (:class:`SearchHits`), then every page and the count reuse them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import (
    ColumnElement,
    Select,
    column,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from app.store.cache import ConversationRecord as C
from app.store.cache.search_text import blind_query
from app.store.rows import inbox_row
from app.store.sealing import cipher_of
from app.store.types import STATUS_ANY, InboxPage, InboxQuery, InboxRow, View

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# a literal, not a bound parameter: SQLite then sees that the partial indexes on open rows apply
_ACTIVE: ColumnElement[bool] = literal_column("conversations.status != 'resolved'")
_VIP = C.vip_tier > literal_column("0")
#: the server's tag on a conversation that came to the VIP mailbox (app/server/email/repo.py)
VIP_MAILBOX_TAG = "vip_mailbox"
# The VIP lane (the VIP view, its tab count and the title bar's timer): a VIP client's conversations
# and every one that came to the VIP mailbox — also from a sender not (yet) known as a VIP client,
# which the server puts in the lane with the VIP first-response target and flags. A tier filter
# alone would show those by priority and tag only, nowhere a VIP manager looks. The tag test is a
# probe per row of the urgency index the view walks anyway (no index of its own, like the tier).
_VIP_MAILBOX: ColumnElement[bool] = literal_column(
    f"EXISTS (SELECT 1 FROM json_each(conversations.tags) WHERE json_each.value = '{VIP_MAILBOX_TAG}')"
)
_VIP_LANE = or_(_VIP, _VIP_MAILBOX)
URGENCY = (C.queue_rank.asc(), C.sla_due.asc(), C.vip_tier.desc(), C.waiting_since.asc(), C.id.asc())
_MENTIONED: ColumnElement[bool] = literal_column("conversations.mentioned_at IS NOT NULL")


def email_digest(email: str) -> str:
    """The digest the server sends as ``email_digest``: sha256 of the trimmed, lower-cased email."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


class SearchHits:
    """The conversation ids matching the current search, materialised once in a temp table.

    Paging through a search (and counting it) would otherwise run the full-text match again for
    every page. The table lives on the store's one connection; any write invalidates it. Lives on
    the worker thread only.
    """

    DENSE = 5000  # above this many hits, scan the urgency index and probe; below, sort the hits

    def __init__(self) -> None:
        self._term: str | None = None
        self.size = 0

    def invalidate(self) -> None:
        self._term = None

    def ensure(self, session: Session, term: str) -> int:
        if term == self._term:
            return self.size
        session.execute(text("CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)"))
        session.execute(text("DELETE FROM temp.search_hits"))
        for part in search_parts(term, cipher_of(session).token):
            session.execute(insert(HITS).from_select(["id"], part).prefix_with("OR IGNORE"))
        self.size = int(session.scalar(select(func.count()).select_from(HITS)) or 0)
        self._term = term
        return self.size


HITS = table("search_hits", column("id"), schema="temp")


def search_parts(term: str, token: Callable[[str], str]) -> list[Select[int]]:
    """Queries of conversation ids matching what the agent typed (their union is the result);
    ``token`` is the store's keyed hash of one word."""
    parts: list[Select[int]] = []
    if _EMAIL.match(term):
        parts.append(select(C.id).where(C.email_digest == email_digest(term)))
        return parts
    if not any(ch.isspace() for ch in term):
        # UID exactly or as a prefix: a range, not LIKE, so it uses the index (UIDs are case-exact)
        parts.append(select(C.id).where(C.customer_uid >= term, C.customer_uid < term + "\U0010ffff"))
    match = blind_query(term, token)
    if match is not None:
        parts.append(
            select(literal_column("rowid").label("id"))
            .select_from(text("conversation_fts"))
            .where(text("conversation_fts MATCH :fts").bindparams(fts=match))
        )
    return parts


def conditions(session: Session, query: InboxQuery, hits: SearchHits) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if query.view is View.MINE:
        where.append(C.assignee == query.me)
    elif query.view is View.UNASSIGNED:
        where.append(C.assignee.is_(None))
    elif query.view is View.VIP:
        where.append(_VIP_LANE)
    elif query.view is View.MY_CLIENTS:
        where.extend((_VIP, C.account_manager == query.me))
    elif query.view is View.MENTIONS:
        where.append(_MENTIONED)
    if query.channel:
        where.append(C.channel == query.channel)
    if query.status is None:
        where.append(_ACTIVE)
    elif query.status != STATUS_ANY:
        where.append(C.status == query.status)
    term = query.search.strip()
    if term:
        if hits.ensure(session, term) > SearchHits.DENSE:
            # many hits: walk the view's urgency index in order, probing each row (stops at the page end)
            where.append(exists(select(HITS.c.id).where(HITS.c.id == C.id)))
        else:
            # few hits: fetch just those rows and sort them
            where.append(C.id.in_(select(HITS.c.id)))
    return where


def page(session: Session, query: InboxQuery, offset: int, limit: int, hits: SearchHits) -> InboxPage:
    return InboxPage(rows=rows(session, query, offset, limit, hits), total=count(session, query, hits))


def rows(session: Session, query: InboxQuery, offset: int, limit: int, hits: SearchHits) -> list[InboxRow]:
    """The page's ids first, then only those rows: a view that must sort (a search with few
    hits) would otherwise open every candidate row's sealed columns before sorting them."""
    ids = session.scalars(
        select(C.id).where(*conditions(session, query, hits)).order_by(*URGENCY)
        .offset(max(offset, 0)).limit(max(limit, 0))
    ).all()
    if not ids:
        return []
    records = {record.id: record for record in session.scalars(select(C).where(C.id.in_(ids)))}
    return [inbox_row(records[i]) for i in ids if i in records]


def count(session: Session, query: InboxQuery, hits: SearchHits) -> int:
    where = conditions(session, query, hits)
    if query.search.strip() and len(where) == 1:
        return hits.size  # a search over everything: every hit is a cached conversation
    stmt = select(func.count()).select_from(C).where(*where)
    return int(session.scalar(stmt) or 0)


def view_counts(
    session: Session, query: InboxQuery, views: tuple[View, ...], hits: SearchHits
) -> dict[View, int]:
    """How many conversations each view holds under the query's other filters (the tabs' counts);
    for the Mentions view, how many mentions are unread."""
    out: dict[View, int] = {}
    for view in views:
        variant = replace(query, view=view)
        if view is View.MENTIONS:
            unread = select(func.coalesce(func.sum(C.mention_unread), 0))
            out[view] = int(session.scalar(unread.where(*conditions(session, variant, hits))) or 0)
        else:
            out[view] = count(session, variant, hits)
    return out


def unread_total(session: Session, query: InboxQuery, hits: SearchHits) -> int:
    """The unread messages of every conversation in a view, summed in SQL (however many rows)."""
    stmt = select(func.coalesce(func.sum(C.unread_count), 0)).where(*conditions(session, query, hits))
    return int(session.scalar(stmt) or 0)


def earliest_first_response_due(session: Session, query: InboxQuery, hits: SearchHits) -> datetime | None:
    """The earliest first-response due among the view's conversations nobody has answered yet —
    the priority lane's timer (:mod:`app.policies.vip_lane`) — over the whole view, in SQL. While
    unanswered, ``sla_due`` is the first-response due (``rows.sla_due``)."""
    stmt = select(func.min(C.sla_due)).where(*conditions(session, query, hits), C.first_response_at.is_(None))
    due: datetime | None = session.scalar(stmt)
    return due


def position(session: Session, query: InboxQuery, conversation_id: int, hits: SearchHits) -> int | None:
    """Where a conversation sits in a view (its row number), ``None`` if it is not in it."""
    numbered = (
        select(C.id, func.row_number().over(order_by=URGENCY).label("n"))
        .where(*conditions(session, query, hits))
        .subquery()
    )
    found = session.scalar(select(numbered.c.n).where(numbered.c.id == conversation_id))
    return None if found is None else int(found) - 1


def explain(session: Session, query: InboxQuery, hits: SearchHits, limit: int = 50) -> list[str]:
    """SQLite's query plans of a view's first page and of its count (benchmark and tests)."""
    where = conditions(session, query, hits)
    plans = []
    for label, stmt in (
        ("page", select(C.id).where(*where).order_by(*URGENCY).limit(limit)),
        ("count", select(func.count()).select_from(C).where(*where)),
    ):
        compiled = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plans += [f"{label}: {row[-1]}" for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))]
    return plans
