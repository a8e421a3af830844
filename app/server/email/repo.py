"""Email in the database: inbound mail → conversations, agents' replies → the outbound queue.

Runs on the database thread. Inbound: the sender is matched to a customer by registered email
(case-insensitive), else to an unverified contact; the mail joins the conversation its
In-Reply-To/References name (only if it is that same customer's: our Message-IDs are visible to
anyone we wrote to, so a stranger quoting one must not land in a customer's thread), else opens a
new ``email`` conversation. Outbound: a reply is composed and queued in the transaction that
stores the agent's message; the sender task (``email/outbound.py``) delivers it and reports back
through ``mark_sent`` / ``mark_failed``, each change announced as ``message.updated``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import events as pe
from app.server import sla, views
from app.server.cover import repo as repo_cover
from app.server.db.schema import Conversation, Customer, Message
from app.server.email import compose, threads
from app.server.email.parse import ParsedMail
from app.server.email.schema import EmailAttachment, EmailMessageId, OutboundMail, UnverifiedContact
from app.server.masking import mask_name
from app.server.repos import repo_events, repo_inbox
from app.server.repos.linked import new_conversation
from app.server.repos.repo_messages import _add_message, add_system_message

SETTINGS_KEY = "agentdesk_mail_settings"


@dataclass(frozen=True, slots=True)
class MailSettings:
    """Who our mail comes from. Travels in the session's ``info`` like the SLA policy."""

    from_addr: str = "support@exchange.example"
    from_name: str = "Exchange Support"

    @property
    def domain(self) -> str:
        return self.from_addr.rpartition("@")[2] or "agentdesk.invalid"


@dataclass(frozen=True, slots=True)
class InboundOutcome:
    conversation_id: int
    message_id: int | None
    duplicate: bool = False  # the Message-ID was already stored (a redelivery): nothing written
    new_conversation: bool = False
    verified: bool = True
    warned: bool = False  # the guard's safety warning was queued as an automatic reply


@dataclass(frozen=True, slots=True)
class MailJob:
    message_id: int
    to_addr: str
    raw: str
    attempts: int


def settings_of(session: Session) -> MailSettings:
    found = session.info.get(SETTINGS_KEY)
    return found if isinstance(found, MailSettings) else MailSettings()


# --- inbound -----------------------------------------------------------------------------------
def find_customer(session: Session, address: str) -> Customer | None:
    """The registered customer with this email (case-insensitive); never an unverified contact."""
    return session.scalar(
        sa.select(Customer)
        .where(sa.func.lower(Customer.email) == address.strip().lower(), ~Customer.contact.has())
        .order_by(Customer.uid)
        .limit(1)
    )


def _contact(session: Session, mail: ParsedMail, now: datetime) -> Customer:
    """The unverified contact of this address, made on first contact (UID ``E`` + hash)."""
    assert mail.from_addr is not None
    email = mail.from_addr.strip().lower()
    known = session.scalar(sa.select(UnverifiedContact).where(UnverifiedContact.email_lower == email))
    if known is not None:
        customer = session.get(Customer, known.uid)
        assert customer is not None
        return customer
    digest = hashlib.sha256(email.encode()).hexdigest().upper()
    length = 11
    while session.get(Customer, "E" + digest[:length]) is not None:
        length += 1  # a hash prefix collision: longer prefixes are as stable
    name = (mail.from_name or email.split("@", 1)[0])[:128]
    customer = Customer(
        uid="E" + digest[:length],
        name=name,
        email=email[:256],
        phone="",
        language=mail.language,
        registered_at=now,
        kyc_level=0,
        kyc_status="not_started",
        vip_tier=0,
        account_manager=None,
    )
    customer.contact = UnverifiedContact(email_lower=email[:256], created_at=now)
    session.add(customer)
    session.flush()
    return customer


def _threaded(session: Session, mail: ParsedMail, customer: Customer) -> Conversation | None:
    wanted = threads.lookup_order(mail.in_reply_to, mail.references)
    if not wanted:
        return None
    digests = [threads.digest(i) for i in wanted]
    rows = {
        d: cid
        for d, cid in session.execute(
            sa.select(EmailMessageId.digest, EmailMessageId.conversation_id).where(
                EmailMessageId.digest.in_(digests)
            )
        )
    }
    for d in digests:
        if d in rows:
            conv = session.get(Conversation, rows[d])
            if conv is not None and conv.customer_uid == customer.uid and conv.channel == "email":
                return conv
    return None


def store_inbound(
    session: Session,
    mail: ParsedMail,
    redactions: list[dict[str, str]],
    now: datetime,
    warning: Callable[[str], str] | None = None,
) -> InboundOutcome:
    """Store one received mail (idempotent on its Message-ID). ``warning`` (the guard's warning
    text for a language) is given when a secret was removed: it is queued as an automatic reply in
    this same transaction, so a redelivered mail, stored once, is also warned about once."""
    seen = session.scalar(
        sa.select(EmailMessageId).where(EmailMessageId.digest == threads.digest(mail.message_id))
    )
    if seen is not None:
        return InboundOutcome(seen.conversation_id, seen.message_row_id, duplicate=True)
    assert mail.from_addr is not None
    customer = find_customer(session, mail.from_addr) or _contact(session, mail, now)
    conv = _threaded(session, mail, customer)
    created = conv is None
    if conv is None:
        due = sla.due_times("email", customer.vip_tier, now, sla.policy_for(session))
        cover = repo_cover.decide(session, customer)  # the manager is away: their backup takes it
        conv, _ = new_conversation(
            session,
            customer,
            channel="email",
            subject=mail.subject,
            priority="high" if customer.vip_tier > 0 else "normal",
            due=due,
            now=now,
            assignee=cover.routed_to if cover is not None else None,
        )
        if cover is not None:
            repo_cover.record(session, cover, conv, now)
    elif conv.status != "open":
        conv.status, conv.snoozed_until, conv.resolved_at = "open", None, None  # the customer wrote again

    def attach(m: Message) -> None:
        m.email_attachments = [
            EmailAttachment(filename=a.filename, content_type=a.content_type, size=a.size)
            for a in mail.attachments
        ]
        _remember_id(session, mail.message_id, conv.id, m.id, "in", now)

    m, _ = _add_message(
        session,
        conv,
        customer,
        author_kind="customer",
        author=None,
        author_name=mask_name(customer.name),
        body=mail.text,
        redactions=redactions,
        now=now,
        attach=attach,
    )
    warned = warning is not None and _queue_warning(session, conv, customer, mail, warning, now)
    return InboundOutcome(
        conv.id, m.id, new_conversation=created, verified=customer.contact is None, warned=warned
    )


def _queue_warning(
    session: Session,
    conv: Conversation,
    customer: Customer,
    mail: ParsedMail,
    warning: Callable[[str], str],
    now: datetime,
) -> bool:
    """The chat's automatic warning, by email: stored as a system message (agents see it and its
    delivery) and queued like an agent's reply, threaded to the mail just stored. Never to a mail
    that may not be answered automatically (RFC 3834, ``email/autoreply.py``), nor to our own
    domain (two of our addresses must not answer each other). Unverified senders get it too: it
    is about their own safety and says nothing about any account."""
    to_addr = (customer.email or "").strip().lower()
    if mail.auto_reply_blocked is not None or "@" not in to_addr:
        return False
    if to_addr.rpartition("@")[2] == settings_of(session).domain.lower():
        return False
    text = warning(customer.language if customer.language in ("en", "zh-CN") else "en")
    if not text:  # the guard is unavailable (``safety.py`` degrades to nothing)
        return False
    add_system_message(session, conv, customer, text, now,
                       attach=lambda m: queue_reply(session, conv, customer, m, "", automatic=True))
    return True


def _remember_id(
    session: Session, message_id: str, conversation_id: int, row_id: int | None, direction: str, now: datetime
) -> None:
    session.add(
        EmailMessageId(
            digest=threads.digest(message_id),
            message_id=message_id[:512],
            conversation_id=conversation_id,
            message_row_id=row_id,
            direction=direction,
            created_at=now,
        )
    )


# --- outbound ----------------------------------------------------------------------------------
def queue_reply(
    session: Session,
    conv: Conversation,
    customer: Customer,
    m: Message,
    agent_name: str,
    *,
    new_thread: bool = False,
    automatic: bool = False,
) -> None:
    """Compose the agent's reply ``m`` and queue it (called inside the message's transaction).
    ``new_thread``: the first mail of a conversation we start (outreach), not a reply.
    ``automatic``: the server's own system message (no agent), marked auto-replied."""
    settings = settings_of(session)
    now = m.created_at
    known = list(
        session.execute(
            sa.select(EmailMessageId.message_id, EmailMessageId.direction)
            .where(EmailMessageId.conversation_id == conv.id)
            .order_by(EmailMessageId.id)
        )
    )
    last_in = next((mid for mid, direction in reversed(known) if direction == "in"), None)
    message_id = threads.new_message_id(settings.domain, f"m{m.id}")
    to_addr = (customer.email or "").strip()
    raw = compose.build(
        compose.Reply(
            from_addr=settings.from_addr,
            from_name=settings.from_name,
            to_addr=to_addr or "undisclosed-recipients:;",
            subject=conv.subject,
            body=m.body,
            agent_name=agent_name,
            language=customer.language if customer.language in ("en", "zh-CN") else "en",
            message_id=message_id,
            in_reply_to=last_in,
            references=threads.reference_chain([mid for mid, _ in known]),
            date=now,
            new_thread=new_thread,
            automatic=automatic,
        )
    )
    usable = "@" in to_addr
    m.outbound = OutboundMail(
        conversation_id=conv.id,
        rfc_message_id=message_id,
        to_addr=to_addr,
        raw=raw,
        state="queued" if usable else "failed",
        attempts=0,
        next_attempt_at=now if usable else None,  # no address: nothing to retry until there is one
        last_error=None if usable else "no email address on file for this customer",
        created_at=now,
    )
    _remember_id(session, message_id, conv.id, m.id, "out", now)


def claim_due(session: Session, now: datetime, limit: int, lease: timedelta) -> list[MailJob]:
    """Mail whose (next) attempt is due, claimed for ``lease`` so no other round — on this node or
    another (``FOR UPDATE SKIP LOCKED`` on PostgreSQL) — sends it too."""
    rows = list(
        session.scalars(
            sa.select(OutboundMail)
            .where(OutboundMail.state.in_(("queued", "failed")), OutboundMail.next_attempt_at <= now)
            .order_by(OutboundMail.next_attempt_at)
            .limit(limit)
            .with_for_update(skip_locked=True)  # rows another node is claiming right now are its own
        )
    )
    for row in rows:
        row.attempts += 1
        row.next_attempt_at = now + lease
    return [MailJob(r.message_id, r.to_addr, r.raw, r.attempts) for r in rows]


def mark_sent(session: Session, message_id: int, now: datetime) -> None:
    row = session.get(OutboundMail, message_id)
    if row is None or row.state == "sent":
        return
    row.state, row.sent_at, row.last_error, row.next_attempt_at = "sent", now, None, None
    _announce(session, message_id)


def mark_failed(session: Session, message_id: int, error: str, retry_at: datetime) -> None:
    """Record a failed attempt; the mail is tried again at ``retry_at`` (never dropped)."""
    row = session.get(OutboundMail, message_id)
    if row is None or row.state == "sent":
        return
    changed = row.state != "failed" or row.last_error != error[:500]
    row.state, row.last_error, row.next_attempt_at = "failed", error[:500], retry_at
    if changed:
        _announce(session, message_id)


def _announce(session: Session, message_id: int) -> None:
    session.flush()
    m = session.get(Message, message_id)
    found = repo_inbox.load(session, m.conversation_id) if m is not None else None
    if m is None or found is None:
        return
    conv, customer = found
    repo_events.append_event(
        session,
        "message.updated",
        pe.MessageUpdated(message=views.message(m), conversation=repo_inbox.view(session, conv, customer)),
        scope=views.scope(conv, customer),
    )


def mail_state(session: Session, message_id: int) -> tuple[str, str | None, int] | None:
    """``(state, last_error, attempts)`` of a queued reply (tests and diagnostics)."""
    row = session.get(OutboundMail, message_id)
    return (row.state, row.last_error, row.attempts) if row is not None else None
