"""Incidents in the database: declare, link new conversations, update/resolve them all at once.

Everything runs on the database thread inside the caller's transaction. Messages to customers go
out by their conversation's channel: a chat's system message reaches the web chat through the
event log; other channels (email, Telegram) need a *deliverer* in the message's own transaction
(queue the mail, queue the Bot API call), which the handler passes in, so this module knows no
channel (``Deliver``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, object_session

from app.protocol import events as pe
from app.protocol import frames, notes
from app.protocol import incidents as pi
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit, views
from app.server.db import tx_memo
from app.server.db.schema import Conversation, Customer, Message
from app.server.incidents.match import Rule
from app.server.incidents.schema import IncidentLink, IncidentRow, IncidentUpdateRequest
from app.server.principal import AgentPrincipal
from app.server.repos import repo_events, repo_inbox
from app.server.repos.repo_messages import add_system_message
from app.server.routing import clock
from app.server.timeutil import as_utc, utcnow

#: queues a system message ``m`` to the customer of ``conv`` on its channel (email, Telegram)
Deliver = Callable[[Session, Conversation, Customer, Message], None]
Deliverers = Mapping[str, Deliver]

TAG_PREFIX = "incident:"
MAX_TAGS = 20


def tag_of(incident_id: int) -> str:
    return f"{TAG_PREFIX}{incident_id}"


def text_for(row: IncidentRow, language: str, en: str | None = None, zh: str | None = None) -> str:
    """The customer's text in their language (Chinese for ``zh-CN``, English otherwise)."""
    if language == "zh-CN":
        return zh if zh is not None else row.message_zh
    return en if en is not None else row.message_en


def _counts(session: Session, incident_id: int) -> tuple[int, int]:
    row = session.execute(
        sa.select(
            sa.func.count(),
            sa.func.count().filter(Conversation.status != "resolved"),
        )
        .select_from(IncidentLink)
        .join(Conversation, Conversation.id == IncidentLink.conversation_id)
        .where(IncidentLink.incident_id == incident_id)
    ).one()
    return int(row[0]), int(row[1])


def view(session: Session, row: IncidentRow) -> pi.Incident:
    linked, still_open = _counts(session, row.id)
    return pi.Incident(
        id=row.id,
        title=row.title,
        kind=row.kind,  # type: ignore[arg-type]  # stored from the same Literal
        status=row.status,  # type: ignore[arg-type]
        topic=row.topic,  # type: ignore[arg-type]
        keywords=list(row.keywords or []),
        assets=list(row.assets or []),
        message_en=row.message_en,
        message_zh=row.message_zh,
        declared_by=row.declared_by,
        declared_at=as_utc(row.declared_at),
        resolved_at=as_utc(row.resolved_at) if row.resolved_at is not None else None,
        linked=linked,
        open=still_open,
    )


def _announce(session: Session, row: IncidentRow) -> pi.Incident:
    incident = view(session, row)
    repo_events.append_event(session, pi.IncidentUpdated.NAME, pi.IncidentUpdated(incident=incident))
    return incident


def _supervisor(agent: AgentPrincipal) -> None:
    if agent.role != "supervisor":
        raise ProtocolError(ErrorCode.FORBIDDEN, "incidents are declared and updated by supervisors")


# --- declare and list ------------------------------------------------------------------------------
def declare(session: Session, agent: AgentPrincipal, params: pi.DeclareParams) -> pi.IncidentResult:
    _supervisor(agent)
    if params.topic is None and not params.keywords and not params.assets:
        raise ProtocolError(
            ErrorCode.BAD_REQUEST, "invalid params: name a topic, keywords or assets the incident affects"
        )
    if params.client_request_id is not None:
        done = session.scalar(
            sa.select(IncidentRow).where(IncidentRow.request_id == params.client_request_id)
        )
        if done is not None:
            return pi.IncidentResult(incident=view(session, done))
    now = utcnow()
    row = IncidentRow(
        title=params.title,
        kind=params.kind,
        status="open",
        topic=params.topic,
        keywords=list(dict.fromkeys(k.strip() for k in params.keywords if k.strip())),
        assets=list(dict.fromkeys(a.upper() for a in params.assets)),
        message_en=params.message_en,
        message_zh=params.message_zh,
        declared_by=agent.username,
        declared_at=now,
        request_id=params.client_request_id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session, agent.username, "incident.declare", str(row.id),
        {"title": row.title, "kind": row.kind, "topic": row.topic, "keywords": row.keywords,
         "assets": row.assets},
    )
    return pi.IncidentResult(incident=_announce(session, row))


def listing(session: Session, params: pi.ListParams) -> pi.IncidentsResult:
    query = sa.select(IncidentRow).order_by(IncidentRow.id.desc()).limit(200)
    if not params.include_resolved:
        query = query.where(IncidentRow.status == "open")
    return pi.IncidentsResult(incidents=[view(session, r) for r in session.scalars(query)])


def open_rows(session: Session) -> list[IncidentRow]:
    return list(
        session.scalars(sa.select(IncidentRow).where(IncidentRow.status == "open").order_by(IncidentRow.id))
    )


#: ``tx_memo``: the open incidents this transaction read (a batch of openings reads them once)
_OPEN = "incidents_open"


def _open_rows_of_transaction(session: Session) -> list[IncidentRow]:
    """:func:`open_rows`, read once per writer transaction: a burst of new chats shares one batch,
    and each opening asked again (issue 15: a round trip each on the one writer). Dropped when this
    session writes an incident (:func:`_changed`) or a savepoint is rolled back (``db/tx_memo.py``)."""
    memo = tx_memo.of(session)
    rows: list[IncidentRow] | None = memo.get(_OPEN)
    if rows is None:
        with session.no_autoflush:  # nothing of incidents is pending in a conversation's opening
            rows = memo[_OPEN] = open_rows(session)
    return rows


def _changed(_mapper: object, _connection: object, target: IncidentRow) -> None:
    """An incident row was inserted, updated or deleted by a session: its memo of open ones is stale."""
    session = object_session(target)
    if session is not None:
        tx_memo.drop(session, _OPEN)


for _event in ("after_insert", "after_update", "after_delete"):
    sa.event.listen(IncidentRow, _event, _changed)


def notices(session: Session, language: str) -> list[frames.IncidentNotice]:
    """The open incidents' notices in ``language``: the web chat's banner, Telegram's /start."""
    return [frames.IncidentNotice(incident_id=r.id, text=text_for(r, language)) for r in open_rows(session)]


def security_open(session: Session) -> bool:
    """Whether a security incident is open (the emergency line's rule)."""
    found = session.scalar(
        sa.select(IncidentRow.id).where(IncidentRow.status == "open", IncidentRow.kind == "security").limit(1)
    )
    return found is not None


# --- a new conversation ----------------------------------------------------------------------------
def opened(
    session: Session, conv: Conversation, customer: Customer, text: str, deliver: Deliver | None = None
) -> int | None:
    """A new conversation on a channel with automatic replies (email, Telegram): linked to a
    matching open incident and told its notice (:func:`link_new`); otherwise told every open
    incident's notice in one automatic reply, as the web chat's banner shows them — the "one
    answer fast" of an outage. Nothing when no incident is open, or when the channel may not
    answer automatically (``deliver`` None: a mail that forbids it, an unproven sender)."""
    linked = link_new(session, conv, customer, text, deliver)
    if linked is not None or deliver is None:
        return linked
    said = notices(session, customer.language)
    if said:
        add_system_message(session, conv, customer, "\n\n".join(n.text for n in said), utcnow(),
                           attach=lambda m: deliver(session, conv, customer, m))
    return None


def link_new(
    session: Session, conv: Conversation, customer: Customer, text: str, deliver: Deliver | None = None
) -> int | None:
    """A new conversation whose opening ``text`` (its first message, an email's subject and text)
    matches an open incident is tagged and linked to it (the first declared that matches), gets an
    internal note for the agent and the incident's notice in the customer's language (``deliver``
    sends it on channels other than the web chat). Returns the incident's id, or None."""
    rows = _open_rows_of_transaction(session)
    for row in rows:
        if not Rule(row.topic, row.keywords or [], row.assets or []).matches(text):
            continue
        if session.get(IncidentLink, conv.id) is not None:
            return None
        now = utcnow()
        session.add(IncidentLink(conversation_id=conv.id, incident_id=row.id, linked_at=now))
        tag = tag_of(row.id)
        if tag not in (conv.tags or []):
            conv.tags = [*(conv.tags or []), tag][:MAX_TAGS]
        session.flush()
        add_system_message(
            session, conv, customer,
            f"Linked to incident #{row.id} ({row.title}): the customer was sent its notice.",
            now, internal=True, code=notes.INCIDENT_LINKED,
            args={"incident_id": str(row.id), "title": row.title},
        )
        add_system_message(
            session, conv, customer, text_for(row, customer.language), now,
            attach=(lambda m: deliver(session, conv, customer, m)) if deliver is not None else None,
        )
        _announce(session, row)
        return row.id
    return None


# --- one action for every linked conversation ------------------------------------------------------
def update(
    session: Session, agent: AgentPrincipal, params: pi.UpdateParams, deliverers: Deliverers
) -> pi.IncidentResult:
    """The message (already passed by the guard, in both languages) to every linked conversation
    not resolved, each in its customer's language; with ``resolve`` those conversations and the
    incident are resolved. One transaction: all of them or none."""
    _supervisor(agent)
    if params.client_request_id is not None:
        done = session.get(IncidentUpdateRequest, params.client_request_id)
        if done is not None:
            again = session.get(IncidentRow, done.incident_id)
            assert again is not None
            return pi.IncidentResult(incident=view(session, again), updated=done.updated)
    session.execute(sa.select(IncidentRow.id).where(IncidentRow.id == params.incident_id).with_for_update())
    row = session.get(IncidentRow, params.incident_id)
    if row is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such incident")
    if row.status != "open":
        raise ProtocolError(ErrorCode.CONFLICT, "this incident is resolved")
    now = utcnow()
    linked = session.execute(
        sa.select(Conversation, Customer)
        .join(IncidentLink, IncidentLink.conversation_id == Conversation.id)
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .where(IncidentLink.incident_id == row.id, Conversation.status != "resolved")
        .order_by(Conversation.id)
        .with_for_update()
    ).all()
    languages: dict[str, int] = {}
    for conv, customer in linked:
        deliver = deliverers.get(conv.channel)
        text = text_for(row, customer.language, params.message_en, params.message_zh)
        add_system_message(
            session, conv, customer, text, now,
            attach=_sender(session, conv, customer, deliver),
        )
        languages[customer.language] = languages.get(customer.language, 0) + 1
        if params.resolve:
            _resolve(session, conv, customer, now)
    if params.resolve:
        row.status, row.resolved_at = "resolved", now
    if params.client_request_id is not None:
        session.add(IncidentUpdateRequest(
            request_id=params.client_request_id, incident_id=row.id, updated=len(linked), at=now
        ))
    audit.record(
        session, agent.username, "incident.resolve" if params.resolve else "incident.update", str(row.id),
        {"conversations": len(linked), "languages": languages},
    )
    session.flush()
    return pi.IncidentResult(incident=_announce(session, row), updated=len(linked))


def _sender(
    session: Session, conv: Conversation, customer: Customer, deliver: Deliver | None
) -> Callable[[Message], None] | None:
    if deliver is None:
        return None
    return lambda m: deliver(session, conv, customer, m)


def _resolve(session: Session, conv: Conversation, customer: Customer, now: datetime) -> None:
    before = conv.status
    conv.status, conv.snoozed_until, conv.resolved_at = "resolved", None, now
    clock.status_changed(session, conv, before, now)
    conv.updated_at = now
    session.flush()
    repo_events.append_event(
        session,
        "conversation.updated",
        pe.ConversationEvent(conversation=repo_inbox.view(session, conv, customer)),
        scope=views.scope(conv, customer),
    )
