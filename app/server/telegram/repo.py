"""Telegram in the database: an update becomes a message of a ``telegram`` conversation; replies and
the server's own answers are queued as ``sendMessage`` calls in the same transaction.

A private chat with the bot is a *contact* (``telegram_contacts``) with a ``customers`` row of its
own — UID ``T`` + a hash of the chat id, marked unverified like an email contact — until the
identity check links it to an account (``link.py``). Its display name and @username are shown,
never trusted: nothing here matches a chat to an account by them. A linked chat's new
conversations open under the account. Group chats and channels are ignored (support happens in
private).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import msgspec
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import notes
from app.server import sla
from app.server.db.schema import Conversation, Customer, Message
from app.server.email.schema import UnverifiedContact
from app.server.masking import mask_name
from app.server.repos import linked
from app.server.repos.repo_messages import _add_message, add_system_message
from app.server.telegram.files import FileOutcome
from app.server.telegram.schema import TelegramContact, TelegramConversation, TelegramOutbound, TelegramUpdate
from app.server.timeutil import as_utc

MAX_TEXT = 4096  # sendMessage's limit (characters)


# --- the Bot API's Update, the part we read ---------------------------------------------------------
class TgUser(msgspec.Struct, frozen=True):
    id: int
    is_bot: bool = False
    first_name: str = ""
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None


class TgChat(msgspec.Struct, frozen=True):
    id: int
    type: str


class TgPhotoSize(msgspec.Struct, frozen=True):
    file_id: str
    width: int = 0
    height: int = 0
    file_size: int | None = None


class TgDocument(msgspec.Struct, frozen=True):
    file_id: str
    file_name: str | None = None
    mime_type: str | None = None
    file_size: int | None = None


class TgVideo(msgspec.Struct, frozen=True):
    """A video (a screen recording sent as one: Telegram's apps send MP4)."""

    file_id: str
    file_name: str | None = None
    mime_type: str | None = None
    file_size: int | None = None


class TgMessage(msgspec.Struct, frozen=True):
    message_id: int
    chat: TgChat
    sender: TgUser | None = msgspec.field(default=None, name="from")
    date: int = 0
    text: str | None = None
    caption: str | None = None
    photo: list[TgPhotoSize] = msgspec.field(default_factory=list)
    document: TgDocument | None = None
    video: TgVideo | None = None
    video_note: TgVideo | None = None  # a round video message (MP4)
    # kinds the desk does not keep (not an allowed type): the agent is told one came
    voice: TgDocument | None = None
    audio: TgDocument | None = None
    sticker: TgDocument | None = None


class TgUpdate(msgspec.Struct, frozen=True):
    update_id: int
    message: TgMessage | None = None


_decode = msgspec.json.Decoder(TgUpdate)


def decode_update(body: bytes) -> TgUpdate:
    """An update, or ``msgspec.ValidationError``/``DecodeError`` (the webhook answers 400)."""
    return _decode.decode(body)


# --- contacts --------------------------------------------------------------------------------------
def contact_uid(chat_id: int) -> str:
    return "T" + hashlib.sha256(f"telegram:{chat_id}".encode()).hexdigest()[:20].upper()


def _language(user: TgUser | None) -> str:
    code = (user.language_code or "") if user is not None else ""
    return "zh-CN" if code.lower().startswith("zh") else "en"


def contact_of(session: Session, chat_id: int, user: TgUser | None, now: datetime) -> TelegramContact:
    """The chat's contact, made on first contact (its customer row unverified, tier 0)."""
    found = session.get(TelegramContact, chat_id)
    if found is not None:
        if user is not None and user.username != found.username:
            found.username = (user.username or None) and user.username[:64]
        return found
    uid = contact_uid(chat_id)
    parts = (user.first_name, user.last_name or "") if user is not None else ()
    name = " ".join(p for p in parts if p)
    session.add(
        Customer(
            uid=uid, name=(name or "Telegram user")[:128], email="", phone="", language=_language(user),
            registered_at=now, kyc_level=0, kyc_status="not_started", vip_tier=0,
        )
    )
    session.flush()
    # marks the customer row verified=false (no account behind it), as an email contact is
    session.add(UnverifiedContact(uid=uid, email_lower=f"telegram:{chat_id}", created_at=now))
    contact = TelegramContact(
        chat_id=chat_id, uid=uid, username=(user.username[:64] if user and user.username else None),
        created_at=now,
    )
    session.add(contact)
    session.flush()
    return contact


def customer_of(session: Session, contact: TelegramContact) -> Customer:
    """Who the chat's conversations belong to: the linked account, else the contact."""
    customer = session.get(Customer, contact.linked_uid or contact.uid)
    assert customer is not None
    return customer


def open_conversation(session: Session, contact: TelegramContact) -> Conversation | None:
    ids = [contact.uid, *([contact.linked_uid] if contact.linked_uid else [])]
    return session.scalar(
        sa.select(Conversation)
        .join(TelegramConversation, TelegramConversation.conversation_id == Conversation.id)
        .where(
            TelegramConversation.chat_id == contact.chat_id,
            Conversation.customer_uid.in_(ids),
            Conversation.channel == "telegram",
            Conversation.status != "resolved",
        )
        .order_by(Conversation.id.desc())
        .limit(1)
    )


def chat_of(session: Session, conversation_id: int) -> int | None:
    row = session.get(TelegramConversation, conversation_id)
    return row.chat_id if row is not None else None


# --- an update -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Inbound:
    """What the webhook stored: the conversation and message (None for a duplicate or an update
    that is not a private message)."""

    conversation_id: int | None = None
    message_id: int | None = None
    new_conversation: bool = False
    duplicate: bool = False


Send = Callable[[Session, Conversation, Customer, Message], None]
Opened = Callable[[Session, Conversation, Customer, str, Send], object]


def store_message(
    session: Session,
    update: TgUpdate,
    text: str,
    redactions: list[dict[str, str]],
    warnings: Sequence[Callable[[str], str | None]],
    now: datetime,
    opened: Opened | None = None,
    file_notes: Sequence[FileOutcome] = (),
    link: Callable[[Session, Message], None] | None = None,
) -> Inbound:
    """Store one update's private message (idempotent on ``update_id``). ``text`` is what passed
    the guard; each of ``warnings`` gives the customer's warning in a language (or None) and is
    stored and queued to Telegram after the message; ``file_notes`` are internal notes about
    files that were not imported; ``link`` makes the files that were the message's attachments
    (``files.linker``); ``opened`` sees a new conversation's text (incidents)."""
    if session.get(TelegramUpdate, update.update_id) is not None:
        return Inbound(duplicate=True)
    session.add(TelegramUpdate(update_id=update.update_id, received_at=now))
    message = update.message
    from_bot = message is not None and message.sender is not None and message.sender.is_bot
    if message is None or message.chat.type != "private" or from_bot:
        return Inbound()
    contact = contact_of(session, message.chat.id, message.sender, now)
    customer = customer_of(session, contact)
    conv = open_conversation(session, contact)
    created = conv is None
    if conv is None:
        chat_id = message.chat.id
        conv, _ = linked.new_conversation(
            session, customer, channel="telegram", subject=None,
            priority="high" if customer.vip_tier > 0 else "normal",
            due=sla.due_times("chat", customer.vip_tier, now, sla.policy_for(session)), now=now,
            details=lambda c: session.add(TelegramConversation(conversation_id=c.id, chat_id=chat_id)),
        )
    elif conv.status != "open":
        conv.status, conv.snoozed_until = "open", None
    m, _ = _add_message(
        session, conv, customer, author_kind="customer", author=None, author_name=mask_name(customer.name),
        body=text or "(no text)", redactions=redactions, now=now,
        client_msg_id=f"tg:{update.update_id}",
        attach=(lambda m: link(session, m)) if link is not None else None,
    )
    for f in file_notes:
        if f.imported:
            continue
        add_system_message(session, conv, customer, f.note, now, internal=True, code=f.code, args=f.args)
    for warning in warnings:
        said = warning(customer.language)
        if said:
            add_system_message(session, conv, customer, said, now,
                               attach=lambda sent: queue(session, conv, customer, sent))
    if created and opened is not None:
        opened(session, conv, customer, text, queue)
    return Inbound(conv.id, m.id, new_conversation=created)


# --- out -------------------------------------------------------------------------------------------
def queue(session: Session, conv: Conversation, customer: Customer, m: Message, agent_name: str = "") -> None:
    """Queue ``m`` (an agent's reply, the server's own answer) as one ``sendMessage`` to the
    conversation's chat, in the message's transaction. The signature is the email reply's, so
    the message writers call either by channel."""
    chat_id = chat_of(session, conv.id)
    if chat_id is None:
        return
    session.add(
        TelegramOutbound(
            message_id=m.id, chat_id=chat_id, text=m.body[:MAX_TEXT], state="queued", attempts=0,
            next_attempt_at=m.created_at, created_at=m.created_at,
        )
    )


@dataclass(frozen=True, slots=True)
class SendJob:
    """A claimed call. ``attempts`` is the claim's fencing token: every claim adds one, so a
    sender whose claim was taken over (its lease ran out) finds it changed and does not call."""

    id: int
    chat_id: int
    text: str
    attempts: int


UNKNOWN_NOTE = (
    "Telegram did not confirm reply #{message_id}: it may or may not have reached the customer. "
    "Not resent."
)
RESENT_NOTE = "Reply #{message_id} sent again on Telegram by {agent_name}."


def claim_due(session: Session, now: datetime, limit: int, lease: timedelta) -> list[SendJob]:
    """Calls whose attempt is due, claimed for ``lease`` (state ``sending``): queued ones, and
    claimed ones whose sender stopped before calling (lease run out in ``sending``: never sent,
    so sent now). A call whose lease ran out in ``calling`` — the request may have reached
    Telegram — is not made again: it becomes ``unknown`` and its conversation gets an internal
    note, so an agent decides (``telegram.resend``) instead of the customer getting it twice."""
    expired = list(
        session.scalars(
            sa.select(TelegramOutbound)
            .where(TelegramOutbound.state == "calling", TelegramOutbound.lease_until <= now)
            .order_by(TelegramOutbound.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    for row in expired:
        _outcome_unknown(session, row, "the server stopped during the call", now)
    rows = list(
        session.scalars(
            sa.select(TelegramOutbound)
            .where(
                sa.or_(
                    sa.and_(TelegramOutbound.state == "queued", TelegramOutbound.next_attempt_at <= now),
                    sa.and_(TelegramOutbound.state == "sending", TelegramOutbound.lease_until <= now),
                )
            )
            .order_by(TelegramOutbound.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    for row in rows:
        row.state, row.lease_until = "sending", now + lease
        row.attempts += 1
    return [SendJob(r.id, r.chat_id, r.text, r.attempts) for r in rows]


def mark_calling(session: Session, job: SendJob, now: datetime, lease: timedelta) -> bool:
    """Committed just before the request goes out: from here a stop leaves the outcome unknown.
    False (do not call) when the claim is no longer this sender's."""
    done = session.execute(
        sa.update(TelegramOutbound)
        .where(
            TelegramOutbound.id == job.id, TelegramOutbound.state == "sending",
            TelegramOutbound.attempts == job.attempts,
        )
        .values(state="calling", lease_until=now + lease)
    )
    return bool(getattr(done, "rowcount", 0))


def mark_sent(session: Session, job_id: int, tg_message_id: int | None) -> None:
    """Telegram accepted it (also for a call already marked ``unknown``: now it is known)."""
    row = session.get(TelegramOutbound, job_id)
    if row is not None:
        row.state, row.tg_message_id, row.lease_until, row.last_error = "sent", tg_message_id, None, None


def mark_failed(session: Session, job: SendJob, error: str, retry_at: datetime | None) -> None:
    """A refused call (Telegram answered: nothing was sent): tried again at ``retry_at``; None:
    Telegram refused it for good."""
    row = session.get(TelegramOutbound, job.id)
    if row is None or row.state != "calling" or row.attempts != job.attempts:
        return
    row.last_error = error[:300]
    row.lease_until = None
    row.state, row.next_attempt_at = ("queued", retry_at) if retry_at is not None else ("failed", None)


def mark_unknown(session: Session, job: SendJob, error: str, now: datetime) -> None:
    """The request went out and no answer came back (a timeout, a dropped connection)."""
    row = session.get(TelegramOutbound, job.id)
    if row is not None and row.state == "calling" and row.attempts == job.attempts:
        _outcome_unknown(session, row, error, now)


def _outcome_unknown(session: Session, row: TelegramOutbound, error: str, now: datetime) -> None:
    row.state, row.lease_until, row.next_attempt_at, row.last_error = "unknown", None, None, error[:300]
    m = session.get(Message, row.message_id) if row.message_id is not None else None
    conv = session.get(Conversation, m.conversation_id) if m is not None else None
    customer = session.get(Customer, conv.customer_uid) if conv is not None else None
    if m is None or conv is None or customer is None:
        return
    add_system_message(
        session, conv, customer, UNKNOWN_NOTE.format(message_id=m.id), now, internal=True,
        code=notes.TELEGRAM_DELIVERY_UNKNOWN, args={"message_id": str(m.id)},
    )


def conversation_of_message(session: Session, message_id: int) -> int | None:
    m = session.get(Message, message_id)
    return m.conversation_id if m is not None else None


def resend(session: Session, message_id: int, agent_name: str, now: datetime) -> Conversation:
    """Queue again a reply whose outcome is ``unknown`` (an agent's decision, with a note in the
    thread). ``LookupError`` when there is no such call; ``ValueError`` when it is not unknown."""
    row = session.scalar(sa.select(TelegramOutbound).where(TelegramOutbound.message_id == message_id))
    m = session.get(Message, message_id)
    conv = session.get(Conversation, m.conversation_id) if m is not None else None
    customer = session.get(Customer, conv.customer_uid) if conv is not None else None
    if row is None or conv is None or customer is None:
        raise LookupError(message_id)
    if row.state != "unknown":
        raise ValueError(row.state)
    row.state, row.next_attempt_at, row.lease_until, row.last_error = "queued", now, None, None
    add_system_message(
        session, conv, customer, RESENT_NOTE.format(message_id=message_id, agent_name=agent_name), now,
        internal=True, code=notes.TELEGRAM_RESENT,
        args={"message_id": str(message_id), "agent_name": agent_name},
    )
    return conv


def outbound_rows(session: Session) -> list[tuple[int | None, int, str, str, int]]:
    """``(message_id, chat_id, text, state, attempts)`` of every call (tests, diagnostics)."""
    return [
        (r.message_id, r.chat_id, r.text, r.state, r.attempts)
        for r in session.scalars(sa.select(TelegramOutbound).order_by(TelegramOutbound.id))
    ]


def next_due(session: Session) -> datetime | None:
    value = session.scalar(
        sa.select(sa.func.min(TelegramOutbound.next_attempt_at)).where(TelegramOutbound.state == "queued")
    )
    return as_utc(value) if value is not None else None

