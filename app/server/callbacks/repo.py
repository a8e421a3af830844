"""``callback.create`` and ``callback.log``: phone callbacks for VIPs and emergencies.

A callback is a ``callback`` conversation linked to the conversation it was requested from, so it
sits in the inbox with its own channel mark, owner and SLA clock. Only a VIP customer, or a
conversation marked ``urgent`` or tagged ``emergency``, may have one — phone time is the scarcest
thing the desk has. The number called is always the one on file: the protocol has no field to type
one in (a scammer's favourite trick is "call me back on this other number"). Each logged outcome is
an internal system note and an audit row; ``reached`` and ``cancelled`` close the callback.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import events as pe
from app.protocol import methods as pm
from app.protocol import notes
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit, sla, views
from app.server.callbacks.schema import CallbackRequest
from app.server.db.schema import Conversation
from app.server.incidents import emergency
from app.server.principal import AgentPrincipal
from app.server.repos import linked, repo_events, repo_inbox
from app.server.timeutil import utcnow
from app.server.vip.repo import client_or_raise

EMERGENCY_TAGS = frozenset({"emergency"})
CALL_OUTCOMES = frozenset({"reached", "no_answer", "voicemail", "wrong_number"})  # a call was made
CLOSING_OUTCOMES = frozenset({"reached", "cancelled"})
MIN_WINDOW = timedelta(minutes=5)
MAX_WINDOW = timedelta(hours=24)
MAX_AHEAD = timedelta(days=30)


def _stamp(value: datetime) -> str:
    """A time in the English body: in UTC, whatever zone it came in (a window sent as +08:00
    used to show Beijing wall time labelled UTC)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _window_args(start: datetime, end: datetime) -> dict[str, str]:
    return {"window_start": notes.time_arg(start), "window_end": notes.time_arg(end)}


def _check_window(start: datetime, end: datetime, now: datetime) -> None:
    if end - start < MIN_WINDOW:
        raise linked.bad("invalid params: window_end must be at least 5 minutes after window_start")
    if end - start > MAX_WINDOW:
        raise linked.bad("invalid params: the callback window may be at most 24 hours long")
    if end <= now:
        raise linked.bad("invalid params: window_end must be in the future")
    if start > now + MAX_AHEAD:
        raise linked.bad("invalid params: window_start must be within 30 days")


def eligible(conv: Conversation, vip_tier: int) -> bool:
    tags = {t.strip().lower() for t in (conv.tags or [])}
    return vip_tier > 0 or conv.priority == "urgent" or bool(tags & EMERGENCY_TAGS)


def create_callback(
    session: Session, agent: AgentPrincipal, params: pm.CallbackCreateParams
) -> pm.ConversationResult:
    if params.client_request_id is not None:
        done = session.scalar(
            sa.select(CallbackRequest.conversation_id).where(
                CallbackRequest.requested_by == agent.username,
                CallbackRequest.client_request_id == params.client_request_id,
            )
        )
        again = linked.made_before(session, agent, done)
        if again is not None:
            return again
    if (params.conversation_id is None) == (params.uid is None):
        raise linked.bad("invalid params: give either conversation_id or uid")
    now = utcnow()
    if params.conversation_id is None:
        return _create_for_client(session, agent, params, now)
    source, customer, _ = repo_inbox.visible(session, agent, params.conversation_id)
    if source.channel == "callback":
        raise linked.bad(
            "invalid params: conversation_id is a callback already; log its outcome with callback.log"
        )
    urgent_line = emergency.emergency_callback(session, source, params.reason)
    if not (eligible(source, customer.vip_tier) or urgent_line):
        raise linked.bad(
            "callbacks are only for VIP customers and for conversations marked urgent or tagged emergency"
        )
    if customer.contact is not None or not (customer.phone or "").strip():
        raise linked.bad("there is no phone number on file for this customer")
    _check_window(params.window_start, params.window_end, now)
    pending = linked.open_linked(
        session, CallbackRequest.conversation_id, CallbackRequest.source_conversation_id, source.id
    )
    if pending is not None:
        raise ProtocolError(
            ErrorCode.CONFLICT, f"a callback for this conversation is already open (#{pending})"
        )

    due = sla.callback_due_times(
        customer.vip_tier, now, params.window_start, params.window_end, sla.policy_for(session)
    )
    if urgent_line:  # a takeover during a security incident: the security team, within the hour
        due = emergency.due(now, due[1])

    def details(conv: Conversation) -> None:
        conv.callback_request = CallbackRequest(
            source_conversation_id=source.id,
            window_start=params.window_start,
            window_end=params.window_end,
            reason=params.reason,
            requested_by=agent.username,
            client_request_id=params.client_request_id,
            attempts=0,
            created_at=now,
        )

    conv = linked.open_from(session, source, customer, channel="callback",
                            priority="urgent" if source.priority == "urgent" or urgent_line else "high",
                            due=due, now=now, details=details)
    if urgent_line:
        emergency.route(session, conv, customer, now)
    window = f"{_stamp(params.window_start)} – {_stamp(params.window_end)}"
    window_args = _window_args(params.window_start, params.window_end)
    seq = linked.note_both(
        session, conv, source, customer, now,
        on_made=linked.Note(
            f"Callback requested from conversation #{source.id} for {window}.",
            notes.CALLBACK_REQUESTED_FROM, {"conversation_id": str(source.id), **window_args}),
        on_source=linked.Note(f"Callback #{conv.id} requested by {agent.display_name} for {window}.",
                              notes.CALLBACK_REQUESTED,
                              {"callback_id": str(conv.id), "agent_name": agent.display_name, **window_args}),
    )
    audit.record(
        session,
        agent.username,
        "callback.create",
        str(conv.id),
        {
            "customer_uid": customer.uid,
            "source_conversation_id": source.id,
            "window_start": params.window_start.isoformat(),
            "window_end": params.window_end.isoformat(),
        },
    )
    return linked.result(session, conv, customer, seq)


def _create_for_client(
    session: Session, agent: AgentPrincipal, params: pm.CallbackCreateParams, now: datetime
) -> pm.ConversationResult:
    """A callback scheduled from the VIP client book: no source conversation, so it is for VIP
    clients only, one open at a time, assigned to the client's manager (the caller if a manager)."""
    assert params.uid is not None
    customer = client_or_raise(session, agent, params.uid)
    if customer.vip_tier <= 0:
        raise linked.bad("a callback without a conversation is for VIP clients only")
    if customer.contact is not None or not (customer.phone or "").strip():
        raise linked.bad("there is no phone number on file for this customer")
    _check_window(params.window_start, params.window_end, now)
    pending = session.scalar(
        sa.select(CallbackRequest.conversation_id)
        .join(Conversation, Conversation.id == CallbackRequest.conversation_id)
        .where(
            Conversation.customer_uid == customer.uid,
            CallbackRequest.source_conversation_id.is_(None),
            Conversation.status != "resolved",
        )
        .limit(1)
    )
    if pending is not None:
        raise ProtocolError(ErrorCode.CONFLICT, f"a callback for this client is already open (#{pending})")
    due = sla.callback_due_times(
        customer.vip_tier, now, params.window_start, params.window_end, sla.policy_for(session)
    )

    def details(conv: Conversation) -> None:
        conv.callback_request = CallbackRequest(
            source_conversation_id=None,
            window_start=params.window_start,
            window_end=params.window_end,
            reason=params.reason,
            requested_by=agent.username,
            client_request_id=params.client_request_id,
            attempts=0,
            created_at=now,
        )

    manager = agent.username if agent.role == "vip_manager" else customer.account_manager
    conv, _ = linked.new_conversation(
        session,
        customer,
        channel="callback",
        subject=params.reason.strip().split("\n", 1)[0][:200],
        priority="high",
        due=due,
        now=now,
        assignee=manager or agent.username,
        details=details,
    )
    window = f"{_stamp(params.window_start)} – {_stamp(params.window_end)}"
    seq = linked.system_note(
        session, conv, customer, f"Callback requested by {agent.display_name} for {window}.", now,
        code=notes.CALLBACK_REQUESTED_FOR_CLIENT,
        args={"agent_name": agent.display_name, **_window_args(params.window_start, params.window_end)},
    )
    audit.record(
        session,
        agent.username,
        "callback.create",
        str(conv.id),
        {
            "customer_uid": customer.uid,
            "source_conversation_id": None,
            "window_start": params.window_start.isoformat(),
            "window_end": params.window_end.isoformat(),
        },
    )
    return pm.ConversationResult(conversation=repo_inbox.view(session, conv, customer), seq=seq)


def log_callback(
    session: Session, agent: AgentPrincipal, params: pm.CallbackLogParams
) -> pm.ConversationResult:
    conv, customer, _ = repo_inbox.visible(session, agent, params.conversation_id)
    request = conv.callback_request
    if request is None:
        raise linked.bad("invalid params: conversation_id is not a callback")
    if conv.status == "resolved":
        raise ProtocolError(ErrorCode.CONFLICT, "this callback is closed")
    now = utcnow()
    new_window = params.window_start is not None or params.window_end is not None
    if params.outcome == "rescheduled":
        if params.window_start is None or params.window_end is None:
            raise linked.bad("invalid params: rescheduled needs window_start and window_end")
        _check_window(params.window_start, params.window_end, now)
        request.window_start, request.window_end = params.window_start, params.window_end
    elif new_window:
        raise linked.bad("invalid params: a new window goes with outcome rescheduled only")
    if params.outcome in CALL_OUTCOMES:
        request.attempts += 1
        if conv.first_response_at is None:
            conv.first_response_at = now  # calling is how a callback is answered
    request.outcome, request.outcome_at, request.outcome_by = params.outcome, now, agent.username
    if params.outcome in CLOSING_OUTCOMES:
        conv.status, conv.snoozed_until, conv.resolved_at = "resolved", None, now
    text = f"Callback outcome: {params.outcome} (logged by {agent.display_name})."
    code, args = notes.CALLBACK_LOGGED, {"outcome": params.outcome, "agent_name": agent.display_name}
    if params.outcome == "rescheduled":
        text += f" New window {_stamp(request.window_start)} – {_stamp(request.window_end)}."
        code = notes.CALLBACK_RESCHEDULED
        args = {"agent_name": agent.display_name, **_window_args(request.window_start, request.window_end)}
    if params.note:
        text += "\n" + params.note
        args[notes.NOTE] = params.note
    linked.system_note(session, conv, customer, text, now, code=code, args=args)
    audit.record(
        session,
        agent.username,
        "callback.log",
        str(conv.id),
        {"customer_uid": customer.uid, "outcome": params.outcome, "attempts": request.attempts},
    )
    view = repo_inbox.view(session, conv, customer)
    ev = repo_events.append_event(
        session,
        "conversation.updated",
        pe.ConversationEvent(conversation=view),
        scope=views.scope(conv, customer),
    )
    return pm.ConversationResult(conversation=view, seq=ev.seq)
