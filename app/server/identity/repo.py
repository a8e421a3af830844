"""Identity verification in the database: start, confirm (code or link), status, override, the gate.

Runs on the database thread. Rules, and why:
- The code goes to the **registered** email or phone of the account (``customers.email`` /
  ``phone``), never to the address a conversation came from: a forged ``From:`` cannot receive it.
  An unverified email contact has no account, so it cannot be verified at all.
- Six digits, valid ``identity_code_ttl_seconds`` (10 min), ``identity_max_attempts`` (5) wrong
  tries end it; only HMACs of the code and of the link token are stored (``schema.py``), compared
  with ``hmac.compare_digest``. A new start cancels a pending one. Every step is audited.
- A verification counts as fresh for ``identity_valid_seconds`` (30 min); a supervisor's override
  counts the same for its minutes. ``gate`` is what reveal and ``identity.request`` ask.
- Every agent who sees the conversation sees the steps as internal system notes (coded, so each
  desk words them in its language) and as ``identity.updated`` events; the customer never sees
  them (internal), and no agent frame ever holds the code.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import frames, notes
from app.protocol import identity as pi
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit, views
from app.server.db.schema import Customer
from app.server.identity.schema import IdentityChallenge, IdentityOverride
from app.server.masking import mask_email, mask_phone
from app.server.principal import AgentPrincipal
from app.server.repos import repo_events, repo_inbox
from app.server.repos.repo_messages import add_system_message
from app.server.timeutil import as_utc
from app.server.visibility import ConvScope

SETTINGS_KEY = "agentdesk_identity"
CODE_DIGITS = 6


@dataclass
class IdentitySettings:
    """What the database thread needs: the identity key (HMACs of codes), the limits, and the
    address customers reach ``/verify`` at (set once the server listens). In ``session.info``."""

    key: bytes = field(repr=False)
    code_ttl: timedelta = timedelta(minutes=10)
    max_attempts: int = 5
    valid_for: timedelta = timedelta(minutes=30)
    public_url: str = "http://127.0.0.1:8765"
    seal: Callable[[str], str] | None = field(default=None, repr=False)


def settings_of(session: Session) -> IdentitySettings:
    found = session.info.get(SETTINGS_KEY)
    if not isinstance(found, IdentitySettings):
        raise RuntimeError("identity verification is not configured for this database session")
    return found


def _mac(key: bytes, *parts: str) -> str:
    return hmac.new(key, "|".join(parts).encode(), hashlib.sha256).hexdigest()


def _now(session: Session) -> datetime:
    from app.server.timeutil import utcnow

    return utcnow()


# --- views -----------------------------------------------------------------------------------------
def _latest(session: Session, uid: str) -> IdentityChallenge | None:
    return session.scalar(
        sa.select(IdentityChallenge)
        .where(IdentityChallenge.uid == uid)
        .order_by(IdentityChallenge.started_at.desc(), IdentityChallenge.id)
        .limit(1)
    )


def _override(session: Session, uid: str, now: datetime) -> IdentityOverride | None:
    return session.scalar(
        sa.select(IdentityOverride)
        .where(IdentityOverride.uid == uid, IdentityOverride.valid_until > now)
        .order_by(IdentityOverride.valid_until.desc())
        .limit(1)
    )


def _challenge_view(row: IdentityChallenge, now: datetime) -> pi.Verification:
    state = row.state
    if state == "pending" and as_utc(row.expires_at) <= now:
        state = "expired"
    if state == "verified" and row.valid_until is not None and as_utc(row.valid_until) <= now:
        state = "expired"
    if state == "cancelled":
        state = "none"
    return pi.Verification(
        uid=row.uid,
        state=state,  # type: ignore[arg-type]
        channel=row.channel,
        destination=row.destination,
        method=row.method,  # type: ignore[arg-type]
        started_by=row.started_by,
        started_at=as_utc(row.started_at),
        code_expires_at=as_utc(row.expires_at) if row.state == "pending" else None,
        attempts_left=max(row.max_attempts - row.attempts, 0) if row.state == "pending" else None,
        verified_at=as_utc(row.verified_at) if row.verified_at else None,
        valid_until=as_utc(row.valid_until) if row.valid_until else None,
        reason=row.reason,
    )


def status(session: Session, uid: str, now: datetime | None = None) -> pi.Verification:
    """The customer's verification now: an active override wins, else the latest challenge."""
    moment = now or _now(session)
    override = _override(session, uid, moment)
    latest = _latest(session, uid)
    fresh = (
        latest is not None
        and latest.state == "verified"
        and latest.valid_until is not None
        and as_utc(latest.valid_until) > moment
    )
    if override is not None and not fresh:
        return pi.Verification(
            uid=uid,
            state="verified",
            method="override",
            override_by=override.granted_by,
            verified_at=as_utc(override.granted_at),
            valid_until=as_utc(override.valid_until),
        )
    if latest is None:
        return pi.Verification(uid=uid)
    return _challenge_view(latest, moment)


def visible_status(session: Session, agent: AgentPrincipal, uid: str) -> pi.VerificationResult:
    from app.server.visibility import customer_clause

    if session.get(Customer, uid) is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such customer")
    allowed = session.scalar(
        sa.select(sa.func.count()).select_from(Customer).where(Customer.uid == uid, customer_clause(agent))
    )
    if not allowed:
        raise ProtocolError(ErrorCode.FORBIDDEN, "this customer is outside your view")
    return pi.VerificationResult(verification=status(session, uid))


def _announce(session: Session, uid: str, scope: ConvScope | None, customer: Customer) -> None:
    repo_events.append_event(
        session,
        pi.IdentityUpdated.NAME,
        pi.IdentityUpdated(verification=status(session, uid)),
        scope=scope,
        customer_uid=uid,
        customer_tier=(customer.vip_tier, customer.account_manager) if scope is None else None,
    )


# --- start -----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Started:
    """What the handler needs after the commit: the result, the SMS to send (phone), the prompt
    for the customer's web chat. ``sms_text`` holds the code: it lives only until it is handed to
    the SMS provider, never logged, never stored."""

    result: pi.VerificationResult
    prompt: frames.VerifyPrompt
    uid: str
    phone: str | None = None
    sms_text: str | None = field(default=None, repr=False)


def _texts(language: str, code: str, minutes: int, link: str | None) -> tuple[str, str]:
    """Subject and body of the verification mail (or the SMS text), in the customer's language.
    Says what support will never ask, so the code is not read out to anyone."""
    if language == "zh-CN":
        body = (
            f"您的身份验证码：{code}（{minutes} 分钟内有效）。\n\n"
            "请只在在线客服窗口的「身份验证」框中输入此验证码，或点击下方链接确认。"
            "请勿把验证码告诉任何人，包括客服人员：客服绝不会向您索要验证码。\n"
        )
        if link:
            body += f"\n确认链接：{link}\n"
        return "身份验证码", body
    body = (
        f"Your identity verification code: {code} (valid for {minutes} minutes).\n\n"
        "Enter it only in the verification box of our support chat, or confirm with the link "
        "below. Never tell the code to anyone, support staff included: support never asks for it.\n"
    )
    if link:
        body += f"\nConfirmation link: {link}\n"
    return "Identity verification code", body


def start(session: Session, agent: AgentPrincipal, params: pi.VerifyStartParams) -> Started:
    settings = settings_of(session)
    now = _now(session)
    conv, customer, scope = repo_inbox.visible(session, agent, params.conversation_id)
    if customer.contact is not None:
        raise ProtocolError(
            ErrorCode.BAD_REQUEST,
            "this sender is not matched to an account: there is no registered email or phone to verify",
        )
    address = (customer.email if params.channel == "email" else customer.phone or "").strip()
    if not address or (params.channel == "email" and "@" not in address):
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"invalid params: no registered {params.channel} on file")
    for pending in session.scalars(
        sa.select(IdentityChallenge).where(
            IdentityChallenge.uid == customer.uid, IdentityChallenge.state == "pending"
        )
    ):
        pending.state, pending.reason = "cancelled", "replaced"
    challenge_id = secrets.token_urlsafe(18)
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    token = secrets.token_urlsafe(24) if params.channel == "email" else None
    masked = mask_email(address) if params.channel == "email" else mask_phone(address)
    row = IdentityChallenge(
        id=challenge_id,
        uid=customer.uid,
        conversation_id=conv.id,
        channel=params.channel,
        destination=masked,
        code_hash=_mac(settings.key, "code", challenge_id, code),
        link_hash=_mac(settings.key, "link", token) if token else None,
        started_by=agent.username,
        started_at=now,
        expires_at=now + settings.code_ttl,
        attempts=0,
        max_attempts=settings.max_attempts,
        state="pending",
    )
    session.add(row)
    session.flush()
    minutes = max(int(settings.code_ttl.total_seconds() // 60), 1)
    link = f"{settings.public_url.rstrip('/')}/verify#t={token}" if token else None
    subject, text = _texts(customer.language, code, minutes, link)
    args = {"channel": params.channel, "destination": masked, "expires_at": notes.time_arg(row.expires_at)}
    body = f"Identity verification code sent to the registered {params.channel} {masked}."
    if params.channel == "email":
        seal = settings.seal
        if seal is None:
            raise RuntimeError("no sealing key for the verification mail")

        def attach(m: object) -> None:
            from app.server.email import repo as repo_email  # the mail leaves through the email queue

            repo_email.queue_notice(session, conv, customer, m, subject, text, seal)  # type: ignore[arg-type]

        add_system_message(
            session,
            conv,
            customer,
            body,
            now,
            internal=True,
            attach=attach,
            code=notes.IDENTITY_SENT,
            args=args,
        )
    else:
        add_system_message(
            session, conv, customer, body, now, internal=True, code=notes.IDENTITY_SENT, args=args
        )
    audit.record(
        session,
        agent.username,
        "identity.verify.start",
        customer.uid,
        {
            "channel": params.channel,
            "conversation_id": conv.id,
            "challenge": challenge_id[:8],
        },
    )
    _announce(session, customer.uid, scope, customer)
    prompt = frames.VerifyPrompt(
        challenge_id=challenge_id,
        channel=params.channel,
        destination=masked,
        expires_at=row.expires_at,
        attempts_left=row.max_attempts,
    )
    return Started(
        result=pi.VerificationResult(verification=status(session, customer.uid, now)),
        prompt=prompt,
        uid=customer.uid,
        phone=address if params.channel == "phone" else None,
        sms_text=text if params.channel == "phone" else None,
    )


def pending_prompt(session: Session, uid: str) -> frames.VerifyPrompt | None:
    """The prompt of the customer's pending challenge (shown again when the chat reconnects)."""
    row = _latest(session, uid)
    now = _now(session)
    if row is None or row.state != "pending" or as_utc(row.expires_at) <= now:
        return None
    return frames.VerifyPrompt(
        challenge_id=row.id,
        channel=row.channel,
        destination=row.destination,
        expires_at=as_utc(row.expires_at),
        attempts_left=max(row.max_attempts - row.attempts, 0),
    )


def undeliverable(session: Session, challenge_id: str) -> None:
    """The SMS provider refused the code: the challenge fails (the desk sees why)."""
    row = session.get(IdentityChallenge, challenge_id)
    if row is None or row.state != "pending":
        return
    row.state, row.reason = "failed", "undeliverable"
    _finish(session, row, "identity.verify.failed", {"reason": "undeliverable"})


# --- confirm ----------------------------------------------------------------------------------------
def _finish(session: Session, row: IdentityChallenge, action: str, details: dict[str, object]) -> None:
    """Audit, note and announce the end of a challenge (verified or failed)."""
    found = repo_inbox.load(session, row.conversation_id)
    assert found is not None
    conv, customer = found
    audit.record(
        session, None, action, row.uid, {"channel": row.channel, "conversation_id": conv.id, **details}
    )
    if row.state == "verified":
        assert row.verified_at is not None and row.valid_until is not None
        add_system_message(
            session,
            conv,
            customer,
            f"Identity verified via the registered {row.channel} ({row.method}) at "
            f"{notes.time_arg(row.verified_at)}, valid until {notes.time_arg(row.valid_until)}.",
            row.verified_at,
            internal=True,
            code=notes.IDENTITY_VERIFIED,
            args={
                "channel": row.channel,
                "method": row.method or "code",
                "verified_at": notes.time_arg(row.verified_at),
                "valid_until": notes.time_arg(row.valid_until),
            },
        )
    else:
        add_system_message(
            session,
            conv,
            customer,
            f"Identity verification via the registered {row.channel} failed ({row.reason}).",
            _now(session),
            internal=True,
            code=notes.IDENTITY_FAILED,
            args={"channel": row.channel, "reason": row.reason or "failed"},
        )
    _announce(session, row.uid, views.scope(conv, customer), customer)


def _verified(session: Session, row: IdentityChallenge, method: str, now: datetime) -> None:
    settings = settings_of(session)
    row.state, row.method, row.verified_at, row.valid_until = (
        "verified",
        method,
        now,
        now + settings.valid_for,
    )
    _finish(session, row, "identity.verified", {"method": method, "attempts": row.attempts})


def confirm_code(session: Session, uid: str, challenge_id: str, code: str) -> frames.VerifyResult:
    """The customer typed ``code`` into the web chat's prompt (their own chat: ``uid`` is theirs)."""
    settings = settings_of(session)
    now = _now(session)
    row = session.get(IdentityChallenge, challenge_id)
    if row is None or row.uid != uid:
        return frames.VerifyResult(challenge_id=challenge_id, outcome="unknown")
    if row.state == "verified":
        return frames.VerifyResult(challenge_id=challenge_id, outcome="verified")
    if row.state == "failed":
        return frames.VerifyResult(challenge_id=challenge_id, outcome="failed")
    if row.state != "pending":
        return frames.VerifyResult(challenge_id=challenge_id, outcome="expired")
    if as_utc(row.expires_at) <= now:
        row.state, row.reason = "expired", "expired"
        _finish(session, row, "identity.verify.failed", {"reason": "expired"})
        return frames.VerifyResult(challenge_id=challenge_id, outcome="expired")
    if hmac.compare_digest(row.code_hash, _mac(settings.key, "code", challenge_id, code)):
        row.attempts += 1
        _verified(session, row, "code", now)
        return frames.VerifyResult(challenge_id=challenge_id, outcome="verified")
    row.attempts += 1
    left = max(row.max_attempts - row.attempts, 0)
    audit.record(session, None, "identity.verify.attempt", uid, {"ok": False, "attempts_left": left})
    if left == 0:
        row.state, row.reason = "failed", "attempts"
        _finish(session, row, "identity.verify.failed", {"reason": "attempts"})
        return frames.VerifyResult(challenge_id=challenge_id, outcome="failed")
    return frames.VerifyResult(challenge_id=challenge_id, outcome="wrong_code", attempts_left=left)


def confirm_link(session: Session, token: str) -> str:
    """The customer confirmed with the emailed link: ``verified``, ``expired`` or ``unknown``."""
    settings = settings_of(session)
    now = _now(session)
    row = session.scalar(
        sa.select(IdentityChallenge).where(IdentityChallenge.link_hash == _mac(settings.key, "link", token))
    )
    if row is None:
        return "unknown"
    if row.state == "verified":
        return "verified"
    if row.state != "pending":
        return "expired"
    if as_utc(row.expires_at) <= now:
        row.state, row.reason = "expired", "expired"
        _finish(session, row, "identity.verify.failed", {"reason": "expired"})
        return "expired"
    _verified(session, row, "link", now)
    return "verified"


# --- override and the gate ----------------------------------------------------------------------------
def override(
    session: Session, agent: AgentPrincipal, params: pi.OverrideParams
) -> pi.VerificationResult | None:
    """A supervisor's override; ``None`` (after auditing the attempt) for anyone else."""
    if agent.role != "supervisor":
        audit.record(session, agent.username, "identity.override", params.uid, {"outcome": "forbidden"})
        return None
    customer = session.get(Customer, params.uid)
    if customer is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such customer")
    now = _now(session)
    row = IdentityOverride(
        uid=params.uid,
        granted_by=agent.username,
        reason=params.reason,
        granted_at=now,
        valid_until=now + timedelta(minutes=params.minutes),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        agent.username,
        "identity.override",
        params.uid,
        {
            "outcome": "ok",
            "reason": params.reason,
            "minutes": params.minutes,
        },
    )
    _announce(session, params.uid, None, customer)
    return pi.VerificationResult(verification=status(session, params.uid, now))


Gate = str  # "verified" | "override" | "supervisor"


def gate(session: Session, agent: AgentPrincipal, uid: str, action: str) -> Gate | None:
    """Whether ``agent`` may do ``action`` (reveal, a security request) for customer ``uid`` now:
    a supervisor may (it is their override, audited with the action), anyone else needs the
    customer's fresh verification or a supervisor's override. A refusal is audited here, and
    returned rather than raised, so the audit row commits."""
    if agent.role == "supervisor":
        return "supervisor"
    current = status(session, uid)
    if current.state == "verified":
        return "override" if current.method == "override" else "verified"
    audit.record(session, agent.username, "identity.gate.refused", uid, {"action": action})
    return None


REFUSAL = "{action} needs a fresh identity verification of the customer or a supervisor's override"


_DIGITS = re.compile(rf"(?<!\d)\d{{{CODE_DIGITS}}}(?!\d)")
CODE_REMOVED = "[verification code removed]"


def may_hold_code(text: str) -> bool:
    return _DIGITS.search(text) is not None


def redact_code(session: Session, uid: str, text: str) -> tuple[str, bool]:
    """The customer typed their pending code into the chat text instead of the prompt: it is cut
    out before the message is stored (the agents would see it). Not counted as an attempt."""
    settings = settings_of(session)
    now = _now(session)
    pending = [
        row
        for row in session.scalars(
            sa.select(IdentityChallenge).where(
                IdentityChallenge.uid == uid, IdentityChallenge.state == "pending"
            )
        )
        if as_utc(row.expires_at) > now
    ]
    if not pending:
        return text, False
    found = False

    def cut(match: re.Match[str]) -> str:
        nonlocal found
        digits = match.group(0)
        if any(
            hmac.compare_digest(row.code_hash, _mac(settings.key, "code", row.id, digits)) for row in pending
        ):
            found = True
            return CODE_REMOVED
        return digits

    return _DIGITS.sub(cut, text), found
