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
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import events as pe
from app.protocol import notes
from app.server import sla, views
from app.server.db.schema import Conversation, Customer, Message
from app.server.email import compose, outgoing_files, threads
from app.server.email.authcheck import MailAuth
from app.server.email.parse import ParsedMail
from app.server.email.schema import (
    EmailAttachment,
    EmailAuthResult,
    EmailMessageId,
    EmailSenderFlag,
    OutboundMail,
    UnverifiedContact,
)
from app.server.masking import mask_name
from app.server.repos import repo_events, repo_inbox
from app.server.repos.linked import new_conversation
from app.server.repos.repo_messages import _add_message, add_system_message
from app.server.routing import hooks as routing
from app.server.visibility import VIP_LANE_TAG

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
    proven: bool = True  # the sender checks passed (or were not asked: tests of the repository)


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


@dataclass(frozen=True, slots=True)
class MailFiles:
    """What the attachments feature kept of a mail's files (``app/server/email/files.py``),
    passed in by the listener: mail knows no attachments storage. ``kept``: indexes of
    ``mail.attachments`` stored as files (the others are recorded by name and size only);
    ``kinds``: the guard's warning kinds of withheld images; ``link`` makes the files the
    message's, inside its write."""

    kept: frozenset[int] = frozenset()
    kinds: tuple[str, ...] = ()
    link: Callable[[Session, Message], None] | None = None


def store_inbound(
    session: Session,
    mail: ParsedMail,
    redactions: list[dict[str, str]],
    now: datetime,
    warning: Callable[[str], str] | None = None,
    auth: MailAuth | None = None,
    files: MailFiles | None = None,
    *,
    vip_mailbox: str | None = None,
    opened: Opened | None = None,
) -> InboundOutcome:
    """Store one received mail (idempotent on its Message-ID). ``warning`` (the guard's warning
    text for a language) is given when a secret was removed: it is queued as an automatic reply in
    this same transaction, so a redelivered mail, stored once, is also warned about once.

    ``auth`` is what the sender checks said (``authcheck.py``). A mail that does not prove its
    sender is never attached to the registered customer of its ``From`` address (it goes to the
    unverified contact of that address, so it is never ``verified`` and never joins that
    customer's threads), its message and conversation are flagged ``sender_not_proven``, and it
    gets no automatic reply: the reply would go to whoever the forger named.

    ``vip_mailbox`` (the VIP address it was sent to): a new conversation lands in the VIP lane —
    priority high, the email VIP first-response target — whoever sent it; a sender who is not a
    VIP client keeps the regular team (routing goes by the customer) and is flagged (the tag
    ``vip_mailbox_not_vip`` and an internal note). ``opened`` sees a new conversation's subject
    and text (incidents link it; an answer by mail only where an automatic reply is allowed)."""
    seen = session.scalar(
        sa.select(EmailMessageId).where(EmailMessageId.digest == threads.digest(mail.message_id))
    )
    if seen is not None:
        return InboundOutcome(seen.conversation_id, seen.message_row_id, duplicate=True)
    assert mail.from_addr is not None
    proven = auth is None or auth.proven
    customer = (find_customer(session, mail.from_addr) if proven else None) or _contact(session, mail, now)
    conv = _threaded(session, mail, customer)
    created = conv is None
    if conv is None:
        sla_tier = max(customer.vip_tier, 1) if vip_mailbox else customer.vip_tier
        due = sla.due_times("email", sla_tier, now, sla.policy_for(session))
        conv, _ = new_conversation(  # routed there: manager, backup, team (and the cover log)
            session,
            customer,
            channel="email",
            subject=mail.subject,
            priority="high" if sla_tier > 0 else "normal",
            due=due,
            now=now,
            tags=_mailbox_tags(customer, vip_mailbox),
            sla_tier=sla_tier,
        )
    elif conv.status != "open":
        conv.status, conv.snoozed_until, conv.resolved_at = "open", None, None  # the customer wrote again
        routing.reopened(session, conv)
    if proven and conv.sender_flag is not None:
        session.delete(conv.sender_flag)
        conv.sender_flag = None

    def attach(m: Message) -> None:
        kept = files.kept if files is not None else frozenset()
        m.email_attachments = [
            EmailAttachment(filename=a.filename, content_type=a.content_type, size=a.size)
            for i, a in enumerate(mail.attachments)
            if i not in kept
        ]
        if files is not None and files.link is not None:
            files.link(session, m)
        if auth is not None:
            m.email_auth = EmailAuthResult(
                proven=auth.proven, from_domain=auth.from_domain, spf=auth.spf[:16], dkim=auth.dkim[:16],
                dmarc=auth.dmarc[:16], source=auth.source[:16],
            )
        if not proven:
            if conv.sender_flag is None:
                conv.sender_flag = EmailSenderFlag(conversation_id=conv.id, message_id=m.id)
            else:
                conv.sender_flag.message_id = m.id
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
    warned = warning is not None and proven and _queue_warning(session, conv, customer, mail, warning, now)
    if created and vip_mailbox and customer.vip_tier == 0:
        add_system_message(
            session, conv, customer,
            f"Sent to the VIP mailbox {vip_mailbox} by a customer who is not a VIP client: "
            "the regular team answers.",
            now, internal=True, code=notes.VIP_MAILBOX_NOT_VIP, args={"mailbox": vip_mailbox},
        )
    if created and opened is not None:
        answerable = proven and mail.auto_reply_blocked is None and _answerable(session, customer)
        deliver = (lambda s, c, k, msg: queue_reply(s, c, k, msg, "", automatic=True)) if answerable else None
        opened(session, conv, customer, f"{mail.subject or ''}\n{mail.text}", deliver)
    verified = customer.contact is None
    return InboundOutcome(
        conv.id, m.id, new_conversation=created, verified=verified, warned=warned, proven=proven
    )


VIP_MAILBOX_TAG = VIP_LANE_TAG  # "vip_mailbox": VIP managers see such a conversation (visibility.py)
NOT_VIP_TAG = "vip_mailbox_not_vip"


def _mailbox_tags(customer: Customer, vip_mailbox: str | None) -> list[str]:
    if not vip_mailbox:
        return []
    return [VIP_MAILBOX_TAG] if customer.vip_tier > 0 else [VIP_MAILBOX_TAG, NOT_VIP_TAG]


def _answerable(session: Session, customer: Customer) -> bool:
    """An address we may answer automatically: one, and not of our own domain."""
    to_addr = (customer.email or "").strip().lower()
    return "@" in to_addr and to_addr.rpartition("@")[2] != settings_of(session).domain.lower()


class Opened(Protocol):
    """Sees a new email conversation's text (``incidents.repo.link_new``); ``deliver`` queues the
    server's answer by mail, None where no automatic reply may go. Passed in: email knows no
    incidents."""

    def __call__(
        self, session: Session, conv: Conversation, customer: Customer, text: str,
        deliver: Callable[[Session, Conversation, Customer, Message], None] | None,
    ) -> object: ...


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
            anti_phishing_code=_anti_phishing(customer),
            files=tuple(outgoing_files.outgoing(session, m.files)),
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


def _anti_phishing(customer: Customer) -> str | None:
    """The customer's anti-phishing code (identity/schema.py), quoted in every mail of ours."""
    code = customer.security_code
    return code.anti_phishing_code if code is not None else None


def queue_notice(
    session: Session,
    conv: Conversation,
    customer: Customer,
    m: Message,
    subject: str,
    text: str,
    seal: Callable[[str], str],
) -> None:
    """A mail of ours that answers nothing (the identity verification mail), queued like a reply
    with the message ``m`` (an internal note saying that it was sent), but to the customer's
    *registered* address whatever the conversation's sender, and with its raw text sealed
    (``sealed.py``): it carries a one-time code, which the database must not hold in clear."""
    settings = settings_of(session)
    now = m.created_at
    message_id = threads.new_message_id(settings.domain, f"v{m.id}")
    to_addr = (customer.email or "").strip()
    raw = compose.build(
        compose.Reply(
            from_addr=settings.from_addr,
            from_name=settings.from_name,
            to_addr=to_addr or "undisclosed-recipients:;",
            subject=subject,
            body=text,
            agent_name="",
            language=customer.language if customer.language in ("en", "zh-CN") else "en",
            message_id=message_id,
            in_reply_to=None,
            references=[],
            date=now,
            new_thread=True,
            automatic=True,
            anti_phishing_code=_anti_phishing(customer),
        )
    )
    usable = "@" in to_addr
    m.outbound = OutboundMail(
        conversation_id=conv.id,
        rfc_message_id=message_id,
        to_addr=to_addr,
        raw=seal(raw),
        state="queued" if usable else "failed",
        attempts=0,
        next_attempt_at=now if usable else None,
        last_error=None if usable else "no email address on file for this customer",
        created_at=now,
    )


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
