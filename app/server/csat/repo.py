"""The rules of CSAT, on the database thread: who may rate which conversation, once; the rating
tied to the agent and team at resolution; the thread note; the low-score event; the closing mail
of an email conversation with its rating link.

A conversation may be rated when it is resolved, it is a chat or an email, and nobody rated it
yet. A web chat customer rates their own chats (their ``/customer`` identity); an email customer
proves nothing but the link's token, which names one conversation.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import csat as pc
from app.protocol import notes
from app.server import views
from app.server.csat.schema import CsatRating, CsatRequest
from app.server.db.schema import Conversation, Customer
from app.server.email import repo as repo_email
from app.server.identity import repo as repo_identity
from app.server.repos import repo_events, repo_inbox
from app.server.repos.repo_messages import add_system_message
from app.server.routing.schema import ConversationOutcome
from app.server.timeutil import utcnow

RATED_CHANNELS = ("chat", "email")
PROMPT_FOR = timedelta(days=7)  # a resolved chat is offered for rating this long (on reconnect)
Outcome = Literal["thanks", "already", "unknown"]

MAIL_TEXT = {
    "en": (
        "How did we do?",
        "Your conversation with our support team is resolved. How did we do?\n\n"
        "Rate us from 1 (poor) to 5 (excellent) - one click:\n{links}\n\n"
        "If you still need help, simply reply to this email.",
    ),
    "zh-CN": (
        "您对我们的服务满意吗？",
        "您与客服团队的会话已解决。您对我们的服务满意吗？\n\n"
        "请从 1（很差）到 5（非常好）评分，点击即可：\n{links}\n\n"
        "如仍需帮助，请直接回复此邮件。",
    ),
}


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def rateable(session: Session, conversation_id: int) -> Conversation | None:
    conv = session.get(Conversation, conversation_id)
    if conv is None or conv.status != "resolved" or conv.channel not in RATED_CHANNELS:
        return None
    return conv


def record(
    session: Session, conversation_id: int, score: int, comment: str | None, uid: str | None = None,
    token: str | None = None,
) -> Outcome:
    """A customer's answer: by their web chat (``uid``) or by the mail's link (``token``)."""
    conv = session.get(Conversation, conversation_id)
    if conv is None or (uid is not None and conv.customer_uid != uid):
        return "unknown"
    if token is not None:
        request = session.get(CsatRequest, conversation_id)
        if request is None or request.token_hash != _hash(token):
            return "unknown"
    if session.get(CsatRating, conversation_id) is not None:
        return "already"
    if rateable(session, conversation_id) is None:
        return "unknown"
    outcome = session.get(ConversationOutcome, conv.id)
    agent = outcome.resolved_by if outcome is not None and outcome.resolved_by else conv.assignee
    team = outcome.resolved_team if outcome is not None and outcome.resolved_team else (
        conv.work.team if conv.work is not None else None
    )
    now = utcnow()
    comment = (comment or "").strip() or None
    rating = CsatRating(conversation_id=conv.id, channel=conv.channel, score=score, comment=comment,
                        agent=agent, team=team, answered_at=now)
    session.add(rating)
    session.flush()
    customer = session.get(Customer, conv.customer_uid)
    assert customer is not None
    args = {"score": str(score)} | ({notes.NOTE: comment} if comment else {})
    body = f"The customer rated this conversation {score}/5." + (f"\n{comment}" if comment else "")
    add_system_message(session, conv, customer, body, now, internal=True, code=notes.CSAT_RATED, args=args)
    if score <= pc.LOW_SCORE:
        repo_events.append_event(
            session,
            pc.CsatLowScore.NAME,
            pc.CsatLowScore(rating=as_wire(rating), conversation=repo_inbox.view(session, conv, customer)),
            scope=views.scope(conv, customer),
        )
    return "thanks"


def as_wire(row: CsatRating) -> pc.CsatRating:
    return pc.CsatRating(conversation_id=row.conversation_id, channel=row.channel,  # type: ignore[arg-type]
                         score=row.score, answered_at=row.answered_at, comment=row.comment,
                         agent=row.agent, team=row.team)


def pending_chat(session: Session, uid: str) -> int | None:
    """The customer's latest resolved chat (recent) that nobody rated: asked again on reconnect."""
    return session.scalar(
        sa.select(Conversation.id)
        .outerjoin(CsatRating, CsatRating.conversation_id == Conversation.id)
        .where(
            Conversation.customer_uid == uid,
            Conversation.channel == "chat",
            Conversation.status == "resolved",
            Conversation.resolved_at >= utcnow() - PROMPT_FOR,
            CsatRating.conversation_id.is_(None),
        )
        .order_by(Conversation.resolved_at.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class Resolved:
    """What to do for a conversation just resolved: prompt ``uid``'s web chat, or nothing (an
    email's closing mail was queued in the same call)."""

    conversation_id: int
    uid: str | None = None


def on_resolved(session: Session, conversation_id: int) -> Resolved | None:
    """A conversation was resolved (seen in a committed event): a chat's customer is asked in the
    chat; an email customer gets the closing mail with the rating link, once."""
    conv = rateable(session, conversation_id)
    if conv is None or session.get(CsatRating, conv.id) is not None:
        return None
    if conv.channel == "chat":
        return Resolved(conv.id, conv.customer_uid)
    if session.get(CsatRequest, conv.id) is not None:
        return None
    customer = session.get(Customer, conv.customer_uid)
    assert customer is not None
    token = secrets.token_urlsafe(24)
    now = utcnow()
    session.add(CsatRequest(conversation_id=conv.id, token_hash=_hash(token), sent_at=now))
    base = repo_identity.settings_of(session).public_url.rstrip("/")
    language = customer.language if customer.language in MAIL_TEXT else "en"
    links = "\n".join(
        f"  {n} - {base}/csat?c={conv.id}&s={n}&lang={language}#t={token}" for n in range(5, 0, -1)
    )
    seal = repo_identity.settings_of(session).seal or (lambda raw: raw)  # the mail holds the token
    subject, text = MAIL_TEXT[language]
    text = text.format(links=links)

    def attach(m: object) -> None:
        repo_email.queue_notice(session, conv, customer, m, subject, text, seal)  # type: ignore[arg-type]

    add_system_message(session, conv, customer, "Closing mail with the rating link sent.", now,
                       internal=True, attach=attach, code=notes.CSAT_REQUESTED, args={})
    return Resolved(conv.id)
