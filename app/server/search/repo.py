"""One query over everything an agent may see: customers by UID, email, real name, order id or tx
hash (prefix; names also inside), and message text (substring, so prefixes and Chinese too).

Visibility is the SQL form of the role rule (``visibility.customer_clause`` for customers,
``conversation_clause`` for messages), so nothing outside the agent's view is read. Message text is
matched through the search index of migration ``0002_search``: SQLite's FTS5 trigram table for
three characters and more (shorter queries scan; so does the tail not indexed yet, ``index.py``),
PostgreSQL's ``pg_trgm`` GIN index under ``ILIKE``. On PostgreSQL a query of whole ASCII words also
matches full-text (``to_tsvector('simple', body)``, migration ``0005_search_fulltext``): its words
anywhere in the message, in any order. Which messages a page holds stays "the newest matches below
``before``" (keyset paging by message id), and within a page the full-text matches come first,
best ``ts_rank`` first, then the rest, newest first: relevance inside each page, never a hit twice or
lost between pages. Name and email hits match data the desk only ever sees masked: the handler audits
them like a reveal (``reveals``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload, raiseload

from app.protocol import search as ps
from app.server import audit, views
from app.server.db.schema import Conversation, Customer, Message, Order, Transfer
from app.server.principal import AgentPrincipal
from app.server.search.index import indexed_up_to
from app.server.search.share import visible_share
from app.server.visibility import conversation_clause, customer_clause

SNIPPET = 48  # characters of context each side of a message hit
MIN_INDEXED = 3  # the trigram index needs three characters
# Message rows read at least, however few a page needs. With LIMIT 1 or 2 PostgreSQL prefers walking
# the primary key backwards, filtering every row, over the trigram index: for a text no message has
# (a page filled by customer hits, "Haddad") that read all of a million messages (1.9 s, measured by
# bench/search_load.py); from a few rows on it takes the index (0.2 ms).
PLAN_ROWS = 21
# PostgreSQL: the newest RECENT message ids are walked first, newest first, row by row (bitmap scans
# off: a text index answers for the whole table, and for two common words reading the trigram and
# full-text posting lists alone took 140 ms, while the walk stops at the limit after ~1,300 rows);
# then, only if the window held too few hits (a rare text, or few visible to this agent), the rest
# through the text indexes (``_older``). Measured over 1M messages (bench/search_load.py, EXPLAIN
# ANALYZE): a plain query walked the primary key for a rare word (1.5–7 s) or read every candidate of
# two common words (151 ms).
RECENT = 20_000
OLDER_CHUNK = 500  # candidate ids below the window checked against the role rule at a time
# A searcher who may see a small share of the history (a VIP manager: ~5 %) finds few hits in the
# window even for a common text, and the rest through the text indexes then reads every candidate's
# page: vera × "still pending", 15,197 candidates, 237 ms. For such a searcher (share below
# RESTRICTED_SHARE, ``share.py``) the walk goes on below the window when that is the cheaper of the
# two by a rough cost model: rows still to walk (the hits found in the window tell how many of hers a
# hit needs) × WALK_COST against the text's candidates below the window (hers ÷ her share, scaled to
# the rest) × CANDIDATE_COST; at most MAX_WALK rows. Measured over 1M messages (EXPLAIN ANALYZE):
# a walked row ~0.6 µs, a candidate row read through the bitmap ~15 µs.
RESTRICTED_SHARE = 0.5
# PostgreSQL: the newest SCOUT rows are walked first (~2 ms); a common text fills its page there
# and stops. When they held fewer than PROBE_BELOW hits, the text indexes alone are asked for
# every match below them, under a statement_timeout of PROBE_MS. A text few messages hold (a UID,
# an email, an order id, a tx hash, a name, a rare word, nothing at all) answers in 0.1–4.5 ms
# there, and its few ids are then checked against the role rule (``_rows_of``): no walk of the
# rest of the window, which such a text paid in full (20,000 rows, 24–40 ms of every
# UID/email/name/order/tx search). A text the indexes find often (58 ms to 1.7 s over 1M
# messages, EXPLAIN ANALYZE: cancelled ~11–18 ms later) goes on walking as before. Only for texts
# of MIN_INDEXED characters or more (trigrams). PROBE_MS 0: no probe.
SCOUT = 2_000
PROBE_BELOW = 3  # hits in the scouted rows from which a text counts as common: no probe, walk on
PROBE_MS = 10
PROBE_MAX_IDS = 5_000  # more matches than this: the walk, which stops at the page
WALK_COST = 1.0
CANDIDATE_COST = 25.0
MAX_WALK = 200_000


# The customer's relationships as search needs them, in the statement that reads the customer: the
# summary shows whether the contact is unverified (a LEFT JOIN); the security code is never read. Left
# to their default ("selectin") each query with customers in it cost two more round trips — 4 of the
# 15 statements of a rare word's search, each a wait for a core on a busy machine (search8, issue 15).
def _customer_loads() -> tuple[Any, ...]:  # built per query: the mappers are configured by then
    return (joinedload(Customer.contact), raiseload(Customer.security_code))


@dataclass(frozen=True, slots=True)
class Found:
    hits: list[ps.SearchHit]
    revealed: list[tuple[str, str]]  # (uid, kind): hits on data the desk sees masked
    next_before: int | None = None  # more message hits below this message id (the next page)


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(
    session: Session, agent: AgentPrincipal, query: str, limit: int, before: int | None = None
) -> Found:
    """Customer hits then message hits, newest first; with ``before`` (a later page) only the
    message hits older than that id."""
    q = query.strip()
    newest = _prologue(session)
    if before is not None:
        return _message_page(session, agent, q, limit, before, [], [], newest)
    low = q.lower()
    prefix = _like(low) + "%"
    inside = "%" + _like(low) + "%"
    matchers: list[tuple[ps.SearchKind, sa.ColumnElement[bool]]] = [
        ("uid", Customer.uid.like(_like(q) + "%", escape="\\")),
        ("email", sa.func.lower(Customer.email).like(prefix, escape="\\")),
        ("name", sa.func.lower(Customer.name).like(inside, escape="\\")),
        ("order", Customer.uid.in_(
            sa.select(Order.customer_uid).where(sa.func.lower(Order.order_id).like(prefix, escape="\\"))
        )),
        ("tx", Customer.uid.in_(
            sa.select(Transfer.customer_uid).where(sa.func.lower(Transfer.tx_hash).like(prefix, escape="\\"))
        )),
    ]
    kinds = [kind for kind, _ in matchers]
    parts = []  # each kind's first ``limit`` customers, by uid (SQLite wants them as subqueries)
    for order, (_, matches) in enumerate(matchers):
        part = (
            sa.select(Customer.uid.label("uid"), sa.literal(order).label("kind"))
            .where(matches, customer_clause(agent)).order_by(Customer.uid).limit(limit).subquery()
        )
        parts.append(sa.select(part.c.uid, part.c.kind))
    every = sa.union_all(*parts).subquery()
    matched = (  # the page's customers first, their latest conversation then (for these rows only)
        sa.select(every.c.uid, every.c.kind).order_by(every.c.kind, every.c.uid).limit(limit).subquery()
    )
    latest = (  # the customer's latest conversation the agent may see (correlated: one statement)
        sa.select(Conversation.id)
        .where(Conversation.customer_uid == Customer.uid, conversation_clause(agent))
        .order_by(Conversation.updated_at.desc(), Conversation.id.desc())
        .limit(1).correlate(Customer).scalar_subquery()
    )
    rows = session.execute(
        sa.select(Customer, matched.c.kind, latest)
        .join(matched, matched.c.uid == Customer.uid)
        .order_by(matched.c.kind, Customer.uid)
        .options(*_customer_loads())
    ).all()
    found: list[tuple[ps.SearchKind, Customer]] = [(kinds[order], c) for c, order, _ in rows]
    hits = [
        ps.SearchHit(kind=kinds[order], customer=views.customer_summary(c), conversation_id=conv)
        for c, order, conv in rows
    ]
    revealed: list[tuple[str, str]] = [(c.uid, kind) for kind, c in found if kind in ("name", "email")]
    return _message_page(session, agent, q, limit, None, hits, revealed, newest)


def _message_page(
    session: Session, agent: AgentPrincipal, q: str, limit: int, before: int | None,
    hits: list[ps.SearchHit], revealed: list[tuple[str, str]], newest: int | None = None,
) -> Found:
    """Fill the page with message hits; one more is read to know whether a next page exists
    (when customer hits filled the page, the next starts at the newest message hit)."""
    room = limit - len(hits)
    found = _messages(session, agent, q, max(room + 1, PLAN_ROWS), before, newest)  # newest first
    page = found[:room]
    next_before = None
    if len(found) > room:
        next_before = page[-1][1].message_id if page else found[0][1].message_id + 1  # type: ignore[operator]
    shown = [hit for _, hit in sorted(page, key=lambda ranked: ranked[0], reverse=True)]  # stable
    return Found([*hits, *shown], revealed, next_before)


def full_text(q: str) -> bool:
    """Whether ``q`` also matches full-text on PostgreSQL: ASCII with a letter or digit in it. The
    'simple' parser takes a run of Chinese as one word, so a Chinese query would only match a message
    whose whole run it is: Chinese (and a partial word, always) is left to the trigram path."""
    return q.isascii() and any(c.isalnum() for c in q)


def _messages(
    session: Session, agent: AgentPrincipal, q: str, limit: int, before: int | None = None,
    newest: int | None = None,
) -> list[tuple[tuple[bool, float], ps.SearchHit]]:
    """Message hits newest first, each with its order within a page: (a full-text match, its
    ``ts_rank``); (False, 0.0) wherever full-text does not apply."""
    dialect = session.get_bind().dialect.name
    scan = Message.body.ilike("%" + _like(q) + "%", escape="\\")
    words_hit: sa.ColumnElement[Any] = sa.literal(False).label("words")
    score: sa.ColumnElement[Any] = sa.literal(0.0).label("score")
    if dialect == "sqlite" and len(q) >= MIN_INDEXED:
        phrase = '"' + q.replace('"', '""') + '"'
        indexed = indexed_up_to(session)
        text = sa.or_(
            Message.id.in_(sa.select(sa.column("rowid")).select_from(sa.table("messages_fts")).where(
                sa.text("messages_fts MATCH :phrase").bindparams(phrase=phrase)
            )),
            sa.and_(Message.id > indexed, scan),  # the tail the indexer has not reached yet
        )
    elif dialect == "postgresql" and full_text(q):  # the words anywhere (0005's GIN index), or ILIKE
        vector = sa.func.to_tsvector(sa.literal_column("'simple'::regconfig"), Message.body)
        words = sa.func.plainto_tsquery(sa.literal_column("'simple'::regconfig"), q)
        matched = vector.op("@@")(words)
        text = sa.or_(scan, matched)
        # the same rows, cheaper row by row: the phrase holds its words too, so the words come first
        walked = sa.and_(*_holds_words(q), sa.or_(scan, matched))
        words_hit = matched.label("words")
        score = sa.case((matched, sa.func.ts_rank(vector, words)), else_=0.0).label("score")
    else:  # PostgreSQL: ILIKE through the trigram index; short queries on SQLite: a scan
        text = scan
        walked = scan
    columns = (
        Message.id, Message.conversation_id, Message.body, Message.created_at, Customer, words_hit, score
    )
    visible = (conversation_clause(agent), sa.true() if before is None else Message.id < before)
    query = (
        sa.select(*columns)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .order_by(Message.id.desc())
        .options(*_customer_loads())
    )
    rows: list[Any] = []  # Row objects of the seven columns
    if dialect == "postgresql":  # the newest window first, walked; then the rest, by index (RECENT)
        if newest is None:  # called on its own (tests): the settings and the newest id as search()'s
            newest = _prologue(session) or 0
        top = before - 1 if before is not None else newest
        session.execute(sa.text("SET LOCAL enable_bitmapscan = off"))  # see RECENT
        floor = top - RECENT
        scout = max(top - SCOUT, floor)
        rows = list(session.execute(query.where(walked, *visible, Message.id > scout).limit(limit)).all())
        probed = None
        if _rare(session, agent, len(rows), limit) and scout > 0 and PROBE_MS > 0 and len(q) >= MIN_INDEXED:
            probed = _probe(session, text, scout + 1, PROBE_MS)  # a rarer text: ask the indexes
        if probed is not None:  # its matches below the scouted rows, through the role rule (PROBE_MS)
            rows += _rows_of(session, columns, probed, visible, limit - len(rows))
        else:
            if len(rows) < limit and scout > floor:
                window = query.where(walked, *visible, Message.id <= scout, Message.id > floor)
                rows += session.execute(window.limit(limit - len(rows))).all()
            further = _further(session, agent, len(rows), limit, floor)
            if further:  # a searcher who sees little: walk on rather than read every candidate (RECENT)
                rows += session.execute(
                    query.where(walked, *visible, Message.id <= floor, Message.id > floor - further)
                    .limit(limit - len(rows))
                ).all()
                floor -= further
            if len(rows) < limit and floor > 0:  # (enable_bitmapscan stays off otherwise: the
                # reader's transaction ends with the search, and a round trip is a wait for a core)
                rows += _older(session, columns, text, visible, floor, limit - len(rows))
    else:
        rows = list(session.execute(query.where(text, *visible).limit(limit)).all())
    return [
        ((bool(words), float(score)), ps.SearchHit(
            kind="message", customer=views.customer_summary(customer), conversation_id=conv_id,
            message_id=msg_id, snippet=snippet(body, q), at=created,
        ))
        for msg_id, conv_id, body, created, customer, words, score in rows
    ]


def _further(session: Session, agent: AgentPrincipal, found: int, limit: int, floor: int) -> int:
    """How many rows below the window to walk before the text indexes take over (0: none), for a
    searcher who sees less than ``RESTRICTED_SHARE`` (see there). ``found`` hits in the ``RECENT``
    rows of the window: the text is that common among what this searcher sees."""
    if found == 0 or found >= limit or floor <= 0:
        return 0  # nothing of hers in the window: a rare text, its candidates are few
    share = visible_share(session, agent)
    if share >= RESTRICTED_SHARE:
        return 0
    walk = min(int((limit - found) / found * RECENT * 1.5), floor, MAX_WALK)
    candidates = found / max(share, 1e-3) * floor / RECENT
    return walk if walk * WALK_COST < candidates * CANDIDATE_COST else 0


_PROLOGUE = sa.text(
    "SELECT set_config('plan_cache_mode', 'force_custom_plan', true), (SELECT max(id) FROM messages)"
)


def _prologue(session: Session) -> int | None:
    """PostgreSQL: a search's planner settings and the newest message id, in one round trip (None on
    SQLite). ``plan_cache_mode = force_custom_plan``: psycopg prepares a statement it has run five
    times on a connection, and after five more PostgreSQL may keep a *generic* plan, blind to the
    text and the id bounds — for the probe of a rare word a plan that ran past its 10 ms budget
    (cancelled: the window walked after all, ~20 → 50–65 ms from a connection's 11th search of the
    kind: the cause of `chargeback`'s 46 → 60 ms over the wire, which in-process runs on fresh
    connections never showed), for a prefix ``LIKE $1`` no use of the prefix index. ``SET LOCAL``:
    the reader's transaction ends with the search. (Bitmap scans stay on here: the customer
    statement needs them — turned off, the role rule's subqueries over conversations took 1–1.5 s
    for a VIP manager; ``_messages`` turns them off after it.)"""
    if session.get_bind().dialect.name != "postgresql":
        return None
    row = session.execute(_PROLOGUE).one()
    return int(row[1] or 0)


def _rare(session: Session, agent: AgentPrincipal, found: int, limit: int) -> bool:
    """Whether the ``SCOUT`` rows' ``found`` hits (this searcher's) say the text is rare enough to
    ask the indexes (``_probe``): fewer than ``PROBE_BELOW`` messages of *anyone's* among those rows,
    estimated as her hits ÷ her share of the history (``share.py``, cached: no round trip). Counting
    only hers, a VIP manager (~5 %) who found 1–2 of a common text's ~35 scouted matches (two common
    words) sent the probe, which the indexes then ran over its budget: ~11 ms lost per search
    (cluster8's figures). A text nobody's scouted rows hold (``found`` 0) is asked at once."""
    if found >= min(limit, PROBE_BELOW):
        return False
    if found == 0:
        return True
    return found / max(visible_share(session, agent), 1e-3) < PROBE_BELOW


def _holds_words(q: str) -> list[sa.ColumnElement[bool]]:
    """``body ILIKE '%w%'`` for each run of letters and digits of ``q``: what a full-text match
    needs anyway (the 'simple' parser's tokens are pieces of the text, lower-cased, so every word of
    the query is in the body), checked before ``to_tsvector(body)``. That parse is the expensive part
    of a row (~15 µs against ~1 µs for an ILIKE); checked first, it runs only for the few rows that
    hold every word: a window of 20,000 messages for a rare word took 283 ms, walking the rest of a
    million messages 1.5–7 s (bench/search_load.py, EXPLAIN ANALYZE). They are checked before the
    phrase as well (``body ILIKE '%q%'`` holds every word of ``q``): a row without the first word is
    then one ILIKE, not two or three — ~3.4 µs a row for two common words before, the walk's whole
    cost (vera × ``still pending``: 18,000 rows, 61 ms, EXPLAIN ANALYZE, search8)."""
    return [
        Message.body.ilike("%" + _like(word) + "%", escape="\\")
        for word in re.split(r"[^0-9a-z]+", q.lower())
        if word
    ]


def _older(
    session: Session, columns: tuple[Any, ...], text: sa.ColumnElement[bool],
    visible: tuple[sa.ColumnElement[bool], ...], floor: int, limit: int,
) -> list[sa.Row[Any]]:
    """PostgreSQL, below the newest window: the ids of the messages whose text matches, through the
    text indexes alone (sequential and plain index scans off for that query: left to itself
    PostgreSQL walked the primary key row by row, parsing every message — 1.5–7 s for a rare word
    over a million messages; joined with the candidates it still walked the key, 167 ms for 163
    candidates), then the newest ``limit`` of them the agent may see, ``OLDER_CHUNK`` ids at a time.
    Only reached when the window held too few hits: the text is rare there, so its matches are few."""
    session.execute(_INDEXES_ONLY)
    ids = sorted(session.scalars(sa.select(Message.id).where(text, Message.id <= floor)), reverse=True)
    session.execute(_PLAIN_PLANS)
    return _rows_of(session, columns, ids, visible, limit)


_INDEXES_ONLY = sa.text(  # one round trip for three settings (a round trip is a wait on a busy machine)
    "SELECT set_config('enable_bitmapscan', 'on', true), set_config('enable_seqscan', 'off', true),"
    " set_config('enable_indexscan', 'off', true)"
)
_PLAIN_PLANS = sa.text(
    "SELECT set_config('enable_seqscan', 'on', true), set_config('enable_indexscan', 'on', true)"
)


def _probe_begin(budget_ms: int) -> sa.TextClause:
    """A savepoint and the probe's settings in one round trip: no parameters, so psycopg sends both
    commands as one simple query (a round trip is a wait for a core on a busy machine)."""
    return sa.text(
        f"SAVEPOINT search_probe; SELECT set_config('statement_timeout', '{int(budget_ms)}', true),"
        " set_config('enable_bitmapscan', 'on', true), set_config('enable_seqscan', 'off', true),"
        " set_config('enable_indexscan', 'off', true)"
    )


_PROBE_END = sa.text("ROLLBACK TO SAVEPOINT search_probe")  # only reads and settings in it: undone


def _probe(
    session: Session, text: sa.ColumnElement[bool], before: int | None, budget_ms: int
) -> list[int] | None:
    """PostgreSQL: the ids of every message whose text matches (below ``before``), newest first,
    through the text indexes alone — or ``None`` when that took over ``budget_ms`` (a common text:
    cancelled by ``statement_timeout``, in a savepoint, so the search goes on) or found more than
    ``PROBE_MAX_IDS`` (see PROBE_MS). Three round trips: savepoint and settings, the ids, back to
    the savepoint (the settings as they were)."""
    query = sa.select(Message.id).where(text)
    if before is not None:
        query = query.where(Message.id < before)
    session.execute(_probe_begin(budget_ms))
    try:
        ids = list(session.scalars(query.limit(PROBE_MAX_IDS + 1)))
    except sa.exc.OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) != "57014":  # query_canceled: over the budget
            raise
        session.execute(_PROBE_END)
        return None
    session.execute(_PROBE_END)
    if len(ids) > PROBE_MAX_IDS:
        return None
    return sorted(ids, reverse=True)


def _rows_of(
    session: Session, columns: tuple[Any, ...], ids: list[int],
    visible: tuple[sa.ColumnElement[bool], ...], limit: int,
) -> list[sa.Row[Any]]:
    """The newest ``limit`` of these message ids (newest first) the agent may see, with their
    columns, ``OLDER_CHUNK`` ids at a time."""
    rows: list[Any] = []  # Row objects of the seven columns
    for start in range(0, len(ids), OLDER_CHUNK):
        page = (
            sa.select(*columns)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .join(Customer, Customer.uid == Conversation.customer_uid)
            .where(Message.id.in_(ids[start:start + OLDER_CHUNK]), *visible)
            .order_by(Message.id.desc())
            .limit(limit - len(rows))
            .options(*_customer_loads())
        )
        rows += session.execute(page).all()
        if len(rows) >= limit:
            break
    return rows


def snippet(body: str, q: str) -> str:
    """The text around the first match (of the whole query, else of its first word found: a
    full-text hit has the words apart), on one line, with an ellipsis where it was cut."""
    flat = " ".join(body.split())
    low = flat.lower()
    at, hit = -1, q
    for hit in (q, *q.split()):
        at = low.find(hit.lower())
        if at >= 0:
            break
    if at < 0:
        return flat[: 2 * SNIPPET] + ("…" if len(flat) > 2 * SNIPPET else "")
    start, end = max(0, at - SNIPPET), min(len(flat), at + len(hit) + SNIPPET)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def reveals(session: Session, agent: AgentPrincipal, revealed: list[tuple[str, str]]) -> None:
    """Audit the hits that matched masked data, as ``customer.get`` audits a reveal: one row per
    hit, written in one statement (``audit.record_many``)."""
    audit.record_many(session, agent.username, [
        ("customer.search", uid, {"matched": kind, "revealed": True}) for uid, kind in revealed
    ])
