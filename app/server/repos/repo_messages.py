"""Writing messages: agents' replies and notes, customers' chat messages. Idempotent by
``(conversation_id, client_msg_id)``; each write commits its ``message.created`` event with it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.interfaces import LoaderOption

from app.protocol import events as pe
from app.protocol import frames, notes
from app.protocol import methods as pm
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import sla, views
from app.server.db import executor
from app.server.db.prepared import Prepared
from app.server.db.schema import Conversation, Customer, Message
from app.server.db.schema_notes import SystemNoteCode
from app.server.masking import mask_name
from app.server.principal import AgentPrincipal
from app.server.repos import customer_cache, opening_write, repo_chat, repo_events, repo_inbox
from app.server.routing import assign
from app.server.routing import hooks as routing
from app.server.timeutil import utcnow
from app.server.visibility import ConvScope

if TYPE_CHECKING:
    from app.server.safety import EarlierUpdate

SYSTEM_AUTHOR_NAME = "System"
#: channels whose agent replies also leave by the channel (``EmailReply``: mail, Telegram's outbox)
REPLY_CHANNELS = ("email", "telegram")


def _add_message(
    session: Session,
    conv: Conversation,
    customer: Customer,
    *,
    author_kind: str,
    author: str | None,
    author_name: str,
    body: str,
    internal: bool = False,
    client_msg_id: str | None = None,
    redactions: list[dict[str, str]] | None = None,
    now: datetime,
    attach: Callable[[Message], None] | None = None,
    message_id: int | None = None,
) -> tuple[Message, int]:
    """Store a message and its ``message.created`` event. ``attach`` adds rows that belong to the
    message (an email's attachments, an outbound mail) before the event is built, so the event
    already shows them. ``message_id``: drawn already (a chat opening on PostgreSQL,
    ``opening_write.py``): the message is not flushed, it goes in the opening's one write."""
    m = Message(
        id=message_id,
        conversation_id=conv.id,
        author_kind=author_kind,
        author=author,
        author_name=author_name,
        body=body,
        internal=internal,
        client_msg_id=client_msg_id,
        redactions=redactions or [],
        created_at=now,
    )
    session.add(m)
    if message_id is None:
        session.flush()
    if attach is not None:
        attach(m)
    # new: nothing to SELECT (what ``attach`` set — mail, files, the sender checks — stays)
    views.loaded_empty(m, "outbound", "email_attachments", "note", "files", "email_auth")
    conv.last_message_id = m.id
    conv.message_count = (conv.message_count or 0) + 1
    conv.updated_at = now
    if author_kind == "customer":
        conv.last_customer_message_at = now
    if author_kind == "agent" and not internal and conv.first_response_at is None:
        conv.first_response_at = now
    # The chat's new counters are not flushed here: the event is built from the objects, and they
    # go with the request's next flush (one flush fewer per message: ~0.5 ms of a chat's opening).
    payload = pe.MessageCreated(message=views.message(m), conversation=views.conversation(conv, customer, m))
    ev = repo_events.append_event(
        session,
        "message.created",
        payload,
        scope=views.scope(conv, customer),
        customer_visible=not internal and conv.channel == "chat",
        message_id=m.id,  # its seq stamped with the event (PostgreSQL: in the event's statement)
    )
    set_committed_value(m, "seq", ev.seq)  # stored already: no ORM UPDATE of it
    return m, ev.seq


def add_system_message(
    session: Session,
    conv: Conversation,
    customer: Customer,
    body: str,
    now: datetime,
    *,
    internal: bool = False,
    attach: Callable[[Message], None] | None = None,
    code: str | None = None,
    args: Mapping[str, str] | None = None,
) -> tuple[Message, int]:
    """A message the server writes itself ("System"): a safety warning to the customer, or an
    internal note only agents see.

    ``code`` and ``args`` (``app/protocol/notes.py``) say what a note says, so a desk can word it
    in the agent's language; ``body`` is the English fallback. They are stored beside the message
    (``system_note_codes``) before its event is built, so the event carries them. The safety
    warning has none: it is written in the customer's language on purpose."""
    if code is None and args:
        raise ValueError("system note arguments need a code")
    if code is not None:
        notes.check(code, args or {})
        note = SystemNoteCode(code=code, args=dict(args or {}))
        attach = _with_note(note, attach)
    return _add_message(session, conv, customer, author_kind="system", author=None,
                        author_name=SYSTEM_AUTHOR_NAME, body=body, internal=internal, now=now, attach=attach)


def _with_note(
    note: SystemNoteCode, then: Callable[[Message], None] | None
) -> Callable[[Message], None]:
    def attach(m: Message) -> None:
        m.note = note
        if then is not None:
            then(m)

    return attach


class EmailReply(Protocol):
    """Queues an agent's reply in an email conversation as an email (``app/server/email/repo.py``),
    in the message's own transaction. Passed in by the handler: messages know no channel."""

    def __call__(self, session: Session, conv: Conversation, customer: Customer, m: Message,
                 agent_name: str) -> None: ...


def agent_send(
    session: Session, agent: AgentPrincipal, params: pm.SendParams, email_reply: EmailReply,
    files: Callable[[Session, Message], None] | None = None,
) -> pm.SendResult:
    """``files`` (passed in by the handler: attachments are a feature) makes the uploads named in
    ``params.attachments`` the message's, in its transaction, before its event is built."""
    conv, customer, _ = repo_inbox.visible(session, agent, params.conversation_id)
    existing = session.scalar(
        sa.select(Message).where(
            Message.conversation_id == conv.id, Message.client_msg_id == params.client_msg_id
        )
    )
    if existing is not None:
        return pm.SendResult(message=views.message(existing), seq=existing.seq or 0)
    emailed = conv.channel in REPLY_CHANNELS and not params.internal
    m, seq = _add_message(
        session,
        conv,
        customer,
        author_kind="agent",
        author=agent.username,
        author_name=agent.display_name,
        body=params.body,
        internal=params.internal,
        client_msg_id=params.client_msg_id,
        now=utcnow(),
        # An agent's reply in an email conversation also leaves by email: queued in the message's
        # own transaction, so it cannot be lost.
        attach=lambda m: _attach_agent(session, m, files, email_reply if emailed else None, conv, customer,
                                       agent.display_name),
    )
    return pm.SendResult(message=views.message(m), seq=seq)


def _attach_agent(
    session: Session, m: Message, files: Callable[[Session, Message], None] | None,
    email_reply: EmailReply | None, conv: Conversation, customer: Customer, agent_name: str,
) -> None:
    if files is not None:
        files(session, m)
    if email_reply is not None:
        email_reply(session, conv, customer, m, agent_name)


@functools.cache
def _conv_rows() -> tuple[LoaderOption, ...]:
    """A conversation's one-to-one rows joined into the statement that loads it (each was a SELECT
    of its own: ``selectin``), its breaches (a list) in one more: a reopened chat costs the writer
    two statements, not six (issue 15: a chat's opening on the writer). The same objects load.
    Made on first use: the mappers are configured once the feature tables are imported."""
    return (
        joinedload(Conversation.ticket),
        joinedload(Conversation.callback_request),
        joinedload(Conversation.work),
        joinedload(Conversation.sender_flag),
        selectinload(Conversation.breaches),
    )


def open_chat(session: Session, uid: str) -> Conversation | None:
    """The customer's current chat conversation: the newest one not resolved."""
    return session.scalar(
        sa.select(Conversation)
        .options(*_conv_rows())
        .where(
            Conversation.customer_uid == uid,
            Conversation.channel == "chat",
            repo_chat.not_resolved(Conversation.status),  # the customer's index, not the partial one
        )
        .order_by(Conversation.id.desc())
        .limit(1)
    )


def open_chat_scope(session: Session, uid: str) -> ConvScope | None:
    conv = open_chat(session, uid)
    if conv is None:
        return None
    customer = session.get(Customer, uid)
    assert customer is not None
    return views.scope(conv, customer)


def _new_chat(
    session: Session, customer: Customer, now: datetime, conv_id: int | None = None
) -> Conversation:
    """Open a chat conversation for ``customer`` (their first message, or one after the last was
    resolved): due times, cover routing, the ``conversation.created`` event. The one place a chat
    opens, in the writer's transaction — a routing step that assigns new conversations belongs
    here, with this ``session``, before the event is built. ``conv_id``: drawn already (PostgreSQL,
    ``opening_write.py``): not flushed, written with the rest of the opening."""
    first_due, resolution_due = sla.due_times("chat", customer.vip_tier, now, sla.policy_for(session))
    conv = Conversation(
        id=conv_id,
        customer_uid=customer.uid,
        channel="chat",
        status="open",
        priority="high" if customer.vip_tier > 0 else "normal",
        assignee=None,
        tags=[],
        subject=None,
        created_at=now,
        updated_at=now,
        message_count=0,
        first_response_due=first_due,
        resolution_due=resolution_due,
    )
    session.add(conv)
    if conv_id is None:
        session.flush()
    # a new chat has none of these (routing's row is set by routing.opened, if routing is on)
    views.loaded_empty(conv, "ticket", "callback_request", "breaches", "work", "sender_flag")
    routing.opened(session, conv)  # team, business-hours clock, agent (manager, backup, team; cover log)
    repo_events.append_event(
        session,
        "conversation.created",
        pe.ConversationEvent(conversation=views.conversation(conv, customer, None)),
        scope=views.scope(conv, customer),
    )
    return conv


class Opened(Protocol):
    """Sees a new conversation's opening text in its transaction (``incidents.repo.link_new``).
    Passed in by the handler: messages know no incidents."""

    def __call__(self, session: Session, conv: Conversation, customer: Customer, text: str) -> object: ...


@dataclass(frozen=True, slots=True)
class CustomerSendResult:
    sent: frames.Sent
    scope: ConvScope


_CONV = Conversation.__table__
_MSG = Message.__table__
_ALREADY_STORED = Prepared(
    sa.select(_MSG.c.id, _MSG.c.seq, _CONV.c.id.label("cid"), _CONV.c.assignee)
    .select_from(_MSG.join(_CONV, _CONV.c.id == _MSG.c.conversation_id))
    .where(
        _CONV.c.customer_uid == sa.bindparam("uid"),
        _CONV.c.channel == "chat",
        _MSG.c.client_msg_id == sa.bindparam("cmid"),
        _MSG.c.author_kind == "customer",
    )
)
_OPEN_CHAT_ID = (
    sa.select(_CONV.c.id)
    .where(
        _CONV.c.customer_uid == sa.bindparam("uid"),
        _CONV.c.channel == "chat",
        repo_chat.not_resolved(_CONV.c.status),
    )
    .order_by(_CONV.c.id.desc())
    .limit(1)
    .scalar_subquery()
)
_OPEN_CHAT = Prepared(sa.select(_OPEN_CHAT_ID))
_RECENT = Prepared(
    sa.select(_MSG.c.id, _MSG.c.body, _MSG.c.client_msg_id)
    .where(_MSG.c.conversation_id == _OPEN_CHAT_ID, _MSG.c.author_kind == "customer")
    .order_by(_MSG.c.id.desc())
    .limit(sa.bindparam("limit"))
)


def recent_customer_texts(session: Session, uid: str, limit: int) -> list[tuple[int, str]]:
    """``(id, body)`` of the customer's latest messages in their open chat, oldest first: what the
    guard looks at to find a secret split over messages."""
    return [(i, b) for i, b, _ in recent_customer_messages(session, uid, limit)]


def recent_customer_messages(session: Session, uid: str, limit: int) -> list[tuple[int, str, str | None]]:
    """The same with each message's ``client_msg_id``."""
    rows = _RECENT.rows(session, uid=uid, limit=limit)
    return [(int(i), str(b), c) for i, b, c in reversed(rows)]


def recent_snapshot(
    session: Session, uid: str, limit: int
) -> tuple[int | None, list[tuple[int, str, str | None]], int]:
    """The customer's open chat, its latest customer messages and the log's head, in one read
    (``app/server/recent.py`` keeps them from there on)."""
    chat = _OPEN_CHAT.scalar(session, uid=uid)
    return chat, recent_customer_messages(session, uid, limit), repo_events.head(session)


def _redact_earlier(
    session: Session,
    conv: Conversation,
    customer: Customer,
    updates: Sequence[EarlierUpdate],
    pending: Mapping[int, str] | None = None,
) -> None:
    """Redact earlier parts of a secret in place and announce each as ``message.updated`` (desks
    and the customer's chat replace the text). An update applies only to a message of this chat
    still stored as it was scanned. ``pending`` names, by ``client_msg_id``, the messages the guard
    saw before they were committed (their ids then were placeholders below 1): the writer runs a
    connection's messages in order, so they are stored by now."""
    for u in updates:
        if u.message_id < 1:
            cmid = (pending or {}).get(u.message_id)
            m = session.scalar(
                sa.select(Message).where(Message.conversation_id == conv.id, Message.client_msg_id == cmid)
            ) if cmid is not None else None
        else:
            m = session.get(Message, u.message_id)
        if m is None or m.conversation_id != conv.id or m.author_kind != "customer" or m.body != u.old_body:
            continue
        m.body = u.body
        m.redactions = [*(m.redactions or []), *({"kind": k, "severity": s} for k, s in u.redactions)]
        session.flush()
        repo_events.append_event(
            session,
            "message.updated",
            pe.MessageUpdated(
                message=views.message(m), conversation=repo_inbox.view(session, conv, customer)
            ),
            scope=views.scope(conv, customer),
            customer_visible=True,
        )


@executor.runs_together("customer_send")
def customer_send(
    session: Session,
    uid: str,
    body: str,
    client_msg_id: str,
    redactions: list[dict[str, str]],
    warning: str | None,
    earlier: Sequence[EarlierUpdate] = (),
    lookalike_links: Sequence[tuple[str, str]] = (),
    pending: Mapping[int, str] | None = None,
    files: Callable[[Session, Message], None] | None = None,
    opened: Opened | None = None,
) -> CustomerSendResult:
    """Store a customer's chat message (and the guard's warning after it, if any).

    ``earlier`` redacts parts of a secret the customer sent before this message (the guard found
    it complete only now); they are updated in the same transaction, before the new message
    (``pending``: see :func:`_redact_earlier`).
    ``lookalike_links`` (host, official domain) become internal notes after it, for the agent.
    ``opened`` sees the first message of a chat this call opened (incidents link it: the handler
    passes ``incidents.repo.link_new``), after the message, in the same transaction.

    Idempotency spans the customer's chat conversations, so a retry that arrives after the
    conversation was resolved still answers the original instead of opening a new one. A clean
    message to the open chat the writer already knows takes the Core path (``repo_chat.py``);
    anything else — a first message, a resolved chat, a message the guard changed — this ORM path.
    """
    clean = warning is None and not redactions and not earlier and not lookalike_links and files is None
    cache = customer_cache.of(session)
    looked: repo_chat.FirstLook | None = None
    drawn: opening_write.Opening | None = None
    if clean and cache is not None and cache.facts(uid) is None and cache.open_chat(uid) is None:
        # the customer's first message since the node started: their row, the first look at their
        # chat and (PostgreSQL, no chat) a new chat's ids in one statement (issue 15, pg16: the
        # warm-up's burst of first messages)
        look = repo_chat.looked_ahead(session, uid, client_msg_id) or repo_chat.look_with_customer(
            session, uid, client_msg_id
        )
        looked, drawn = look.first, look.opening
        facts = customer_cache.loaded(session, look.customer)
    else:
        facts = customer_cache.customer_facts(session, uid)
    if facts is None:
        raise ProtocolError(ErrorCode.UNAUTHORIZED, "unknown customer")
    now = utcnow()
    no_chat = False  # the Core path looked and found no chat that is not resolved
    not_stored = False  # the Core path looked and found this message was not stored before
    if clean:
        # checks it is new itself
        appended = repo_chat.append(session, facts, body, client_msg_id, now, looked)
        no_chat = appended == repo_chat.NO_CHAT
        not_stored = appended in (repo_chat.NO_CHAT, repo_chat.PAUSED)
        if isinstance(appended, repo_chat.Appended):
            sent = frames.Sent(client_msg_id=client_msg_id, message_id=appended.message_id, seq=appended.seq)
            return CustomerSendResult(sent, appended.scope)
    # NO_CHAT, PAUSED: the Core path's SELECT found it was not stored before (no statement here)
    existing = None if not_stored else _ALREADY_STORED.first(session, uid=uid, cmid=client_msg_id)
    if existing is not None:
        mid, seq, cid, assignee = existing
        return CustomerSendResult(
            frames.Sent(client_msg_id=client_msg_id, message_id=mid, seq=seq or 0),
            ConvScope(cid, uid, "chat", facts.vip_tier, facts.account_manager, assignee),
        )
    customer = customer_cache.load(session, uid)
    assert customer is not None
    if no_chat and opening_write.applies(session):
        # a new chat, nothing but its first message (the Core path ran: a clean message) on
        # PostgreSQL: ids drawn first, the rows in one statement (issue 15: a burst of new chats)
        return _open_in_one_write(session, customer, body, client_msg_id, redactions, now, opened, drawn)
    assign.drop_carried(session)  # a reopen, a changed message, SQLite: loads counted again
    found = None if no_chat else open_chat(session, uid)
    conv = found or _new_chat(session, customer, now)
    if conv.status != "open":
        conv.status, conv.snoozed_until = "open", None
        # Without autoflush (as ``hooks.opened`` decides): nothing but these two fields is pending
        # here, and what the reopen reads (the outcome row, the decision's agents, routing rows,
        # presence, loads — which skip this chat) does not depend on them; the status then goes in
        # the same UPDATE as the assignee, not one of its own (issue 15: a chat's opening).
        with session.no_autoflush:
            routing.reopened(session, conv)  # the clock runs again; nobody owns it: routed now
    if earlier:
        _redact_earlier(session, conv, customer, earlier, pending)
    m, seq = _add_message(
        session,
        conv,
        customer,
        author_kind="customer",
        author=None,
        author_name=mask_name(customer.name),
        body=body,
        client_msg_id=client_msg_id,
        redactions=redactions,
        now=now,
        attach=(lambda m: files(session, m)) if files is not None else None,  # its attachments
    )
    for host, official in lookalike_links:
        add_system_message(
            session, conv, customer,
            f"The customer's message has a link that imitates {official}: {host}. Do not open it.",
            utcnow(), internal=True, code=notes.GUARD_LOOKALIKE_LINK,
            args={"host": host, "official": official},
        )
    if warning:
        add_system_message(session, conv, customer, warning, utcnow())
    cache = customer_cache.of(session)
    if cache is not None:
        cache.set_open_chat(uid, conv.id)
    if found is None and opened is not None:
        opened(session, conv, customer, body)
    return CustomerSendResult(
        frames.Sent(client_msg_id=client_msg_id, message_id=m.id, seq=seq), views.scope(conv, customer)
    )


def _open_in_one_write(
    session: Session,
    customer: Customer,
    body: str,
    client_msg_id: str,
    redactions: list[dict[str, str]],
    now: datetime,
    opened: Opened | None,
    drawn: opening_write.Opening | None = None,
) -> CustomerSendResult:
    """:func:`customer_send` for a new chat on PostgreSQL: the same objects, routing and events,
    with two statements of the writer's own (``opening_write.draw`` and ``write``) where the ORM
    path had eight; one (the write) when the ids were ``drawn`` with the customer's first look."""
    assign.carry_loads(session)  # the next opening of the run decides with this one's loads
    opening = drawn or opening_write.draw(session)
    with opening_write.deferred(session, opening):
        conv = _new_chat(session, customer, now, conv_id=opening.conversation_id)
        m, seq = _add_message(
            session, conv, customer, author_kind="customer", author=None,
            author_name=mask_name(customer.name), body=body, client_msg_id=client_msg_id,
            redactions=redactions, now=now, message_id=opening.message_id,
        )
    opening_write.write(session, opening, conv, m)
    cache = customer_cache.of(session)
    if cache is not None:
        cache.set_open_chat(customer.uid, conv.id)
    if opened is not None:
        opened(session, conv, customer, body)
    return CustomerSendResult(
        frames.Sent(client_msg_id=client_msg_id, message_id=m.id, seq=seq), views.scope(conv, customer)
    )


def customer_history(session: Session, uid: str, limit: int) -> frames.HistoryResult:
    """The customer's latest ``limit`` visible chat messages, oldest first."""
    rows = list(
        session.scalars(
            sa.select(Message)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(
                Conversation.customer_uid == uid, Conversation.channel == "chat", Message.internal.is_(False)
            )
            .order_by(Message.id.desc())
            .limit(limit)
        )
    )
    rows.reverse()
    return frames.HistoryResult(
        messages=[views.customer_message(views.message(m)) for m in rows], head=repo_events.head(session)
    )
