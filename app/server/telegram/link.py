"""Linking a Telegram chat to an account — only through the identity check.

``link_start`` (an agent, in the chat's conversation): the customer says which account is theirs;
a one-time code goes to that account's *registered* email (the identity check's sealed mail, so
the database never holds the code in clear: only its HMAC under the identity key). ``try_code``
(the webhook, before anything is stored): a message that is the code links the chat — the
contact's ``linked_uid``, the open conversation moved to the account, a coded internal note, a
confirmation to the customer, an audit row; a wrong code counts down five attempts. The code never
becomes chat text (the message is stored as a marker). A name or @username never links anything.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import events as pe
from app.protocol import notes
from app.protocol import telegram as pt
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit, views
from app.server.db.schema import Conversation, Customer
from app.server.email import repo as repo_email
from app.server.identity.repo import settings_of
from app.server.masking import mask_email
from app.server.principal import AgentPrincipal
from app.server.repos import repo_events, repo_inbox
from app.server.repos.repo_messages import add_system_message
from app.server.telegram import repo
from app.server.telegram.schema import TelegramContact, TelegramConversation, TelegramLinkCode
from app.server.timeutil import as_utc, utcnow
from app.server.visibility import can_see_customer_by_tier

CODE_MARKER = "[redacted:verification_code]"
_CODE = re.compile(r"^\s*(\d{6})\s*$")
TTL = timedelta(minutes=10)
ATTEMPTS = 5

#: what the customer is told in Telegram, (English, Chinese)
_TEXTS = {
    "linked": ("Your Telegram chat is now linked to your account.",
               "您的 Telegram 会话已关联到您的账户。"),
    "wrong": ("That code is not right. Please check the email and try again.",
              "验证码不正确，请查看邮件后重试。"),
    "failed": ("Too many wrong codes. Please ask our agent for a new one.",
               "验证码错误次数过多，请向客服申请新的验证码。"),
    "expired": ("That code has expired. Please ask our agent for a new one.",
                "验证码已过期，请向客服申请新的验证码。"),
}


def _say(key: str, language: str) -> str:
    en, zh = _TEXTS[key]
    return zh if language == "zh-CN" else en


def _mac(key: bytes, chat_id: int, code: str) -> str:
    return hmac.new(key, f"telegram-link|{chat_id}|{code}".encode(), hashlib.sha256).hexdigest()


def _contact_of_conversation(session: Session, conversation_id: int) -> TelegramContact:
    row = session.get(TelegramConversation, conversation_id)
    contact = session.get(TelegramContact, row.chat_id) if row is not None else None
    if contact is None:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: this is not a Telegram conversation")
    return contact


def _status(session: Session, conversation_id: int, contact: TelegramContact) -> pt.StatusResult:
    pending = session.get(TelegramLinkCode, contact.chat_id)
    live = pending is not None and as_utc(pending.expires_at) > utcnow() and pending.attempts_left > 0
    destination = None
    if live and pending is not None:
        target = session.get(Customer, pending.uid)
        destination = mask_email(target.email) if target is not None else None
    return pt.StatusResult(status=pt.TelegramStatus(
        conversation_id=conversation_id, linked=contact.linked_uid is not None, username=contact.username,
        linked_uid=contact.linked_uid, linked_at=as_utc(contact.linked_at) if contact.linked_at else None,
        pending=live, destination=destination,
    ))


def status(session: Session, agent: AgentPrincipal, params: pt.StatusParams) -> pt.StatusResult:
    repo_inbox.visible(session, agent, params.conversation_id)  # visibility first: never leak
    return _status(session, params.conversation_id, _contact_of_conversation(session, params.conversation_id))


def link_start(session: Session, agent: AgentPrincipal, params: pt.LinkStartParams) -> pt.StatusResult:
    conv, contact_customer, _ = repo_inbox.visible(session, agent, params.conversation_id)
    target = session.get(Customer, params.uid)
    if target is None or target.contact is not None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such account")
    if not can_see_customer_by_tier(agent, target.vip_tier, target.account_manager):
        # the account's desk links it (a VIP client: their manager), before anything else is said
        raise ProtocolError(ErrorCode.FORBIDDEN, "this account is not in your view")
    contact = _contact_of_conversation(session, conv.id)
    if contact.linked_uid is not None:
        raise ProtocolError(ErrorCode.CONFLICT, "this Telegram chat is linked to an account already")
    if "@" not in (target.email or ""):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: the account has no registered email")
    settings = settings_of(session)
    if settings.seal is None:
        raise RuntimeError("no sealing key for the link mail")
    now = utcnow()
    code = f"{secrets.randbelow(10**6):06d}"
    row = session.get(TelegramLinkCode, contact.chat_id)
    if row is None:
        row = TelegramLinkCode(chat_id=contact.chat_id)
        session.add(row)
    row.uid, row.conversation_id = target.uid, conv.id
    row.code_hash = _mac(settings.key, contact.chat_id, code)
    row.expires_at, row.attempts_left, row.started_by = now + TTL, ATTEMPTS, agent.username
    masked = mask_email(target.email)
    if target.language == "zh-CN":
        subject = "Telegram 关联验证码"
        text = (f"您的验证码是 {code}，10 分钟内有效。请只在我们的官方 Telegram 客服会话中输入。"
                "如非本人操作，请忽略本邮件。")
    else:
        subject = "Your Telegram link code"
        text = (f"Your code is {code}, valid for 10 minutes. Type it only into the chat with our official "
                "Telegram support bot. If you did not ask for this, ignore this mail.")
    seal = settings.seal
    add_system_message(
        session, conv, contact_customer,
        f"Identity verification code sent to the registered email {masked}.", now, internal=True,
        code=notes.IDENTITY_SENT,
        args={"channel": "email", "destination": masked, "expires_at": notes.time_arg(now + TTL)},
        attach=lambda m: repo_email.queue_notice(session, conv, target, m, subject, text, seal),
    )
    audit.record(session, agent.username, "telegram.link.start", target.uid,
                 {"conversation_id": conv.id, "channel": "email"})
    return _status(session, conv.id, contact)


def try_code(session: Session, chat_id: int, text: str) -> str | None:
    """If ``text`` is a code for this chat's pending link: check it and return what is stored in
    its place (a marker; the outcome is written and told to the customer here). Otherwise None."""
    match = _CODE.match(text or "")
    if match is None:
        return None
    row = session.get(TelegramLinkCode, chat_id)
    contact = session.get(TelegramContact, chat_id)
    if row is None or contact is None or contact.linked_uid is not None:
        return None
    conv = session.get(Conversation, row.conversation_id)
    customer = session.get(Customer, conv.customer_uid) if conv is not None else None
    if conv is None or customer is None:
        return None
    now = utcnow()
    key = settings_of(session).key
    outcome = "linked"
    if as_utc(row.expires_at) <= now or row.attempts_left <= 0:
        outcome = "expired"
    elif not hmac.compare_digest(row.code_hash, _mac(key, chat_id, match.group(1))):
        row.attempts_left -= 1
        outcome = "wrong" if row.attempts_left > 0 else "failed"
    audit.record(session, None, "telegram.link.attempt", row.uid, {"outcome": outcome})
    if outcome == "linked":
        _link(session, contact, row)
        customer = session.get(Customer, row.uid) or customer
        session.delete(row)
    reply = _say(outcome, customer.language)
    add_system_message(session, conv, customer, reply, now,
                       attach=lambda m: repo.queue(session, conv, customer, m))
    return CODE_MARKER


def _link(session: Session, contact: TelegramContact, row: TelegramLinkCode) -> None:
    account = session.get(Customer, row.uid)
    assert account is not None
    contact.linked_uid, contact.linked_at = account.uid, utcnow()
    previous = contact.uid
    # the chat's open conversations move to the account (its context, its visibility)
    for open_conv in session.scalars(
        sa.select(Conversation)
        .join(TelegramConversation, TelegramConversation.conversation_id == Conversation.id)
        .where(TelegramConversation.chat_id == contact.chat_id, Conversation.status != "resolved")
    ):
        open_conv.customer_uid = account.uid
        session.flush()
        add_system_message(
            session, open_conv, account,
            f"This Telegram chat is now linked to account {account.uid} "
            "(verified by a code sent to its email).",
            utcnow(), internal=True, code=notes.TELEGRAM_LINKED,
            args={"uid": account.uid, "channel": "email"},
        )
        repo_events.append_event(
            session, "conversation.updated",
            pe.ConversationEvent(conversation=repo_inbox.view(session, open_conv, account)),
            scope=views.scope(open_conv, account), notify=open_conv.assignee,
        )
    audit.record(session, None, "telegram.link", account.uid,
                 {"chat_contact": contact.uid, "from": previous, "started_by": row.started_by})
