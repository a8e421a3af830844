"""Client notes (``customer.notes.*``) and proactive outreach (``outreach.start``).

Notes are rows of their own table, never messages: no message path (live, replay, history, email)
can carry them to a customer. Outreach starts a conversation with a client the caller may serve
(``repo_vip.client_access``): on chat it is a message in the client's web chat (their open chat
if they have one, else a new chat assigned to the caller); on email a new ``email`` conversation
whose first mail leaves through the outbound queue in the client's language. The safety guard runs
in the handler before this is called, exactly as for ``message.send``.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import vip as pv
from app.server import audit, sla, views
from app.server.db.schema import Conversation, Customer, Message
from app.server.email import repo as repo_email
from app.server.principal import AgentPrincipal
from app.server.repos import repo_inbox
from app.server.repos.linked import bad, new_conversation
from app.server.repos.repo_messages import _add_message, open_chat
from app.server.timeutil import utcnow
from app.server.vip.repo import client_or_raise
from app.server.vip.schema import ClientNote

NOTES_LIMIT = 200
OUTREACH_TAG = "outreach"


def _note(n: ClientNote) -> pv.ClientNote:
    return pv.ClientNote(
        id=n.id,
        uid=n.customer_uid,
        author=n.author,
        author_name=n.author_name,
        body=n.body,
        created_at=n.created_at,
    )


def list_notes(session: Session, agent: AgentPrincipal, uid: str) -> pv.NotesResult:
    client_or_raise(session, agent, uid)
    rows = session.scalars(
        sa.select(ClientNote)
        .where(ClientNote.customer_uid == uid)
        .order_by(ClientNote.id.desc())
        .limit(NOTES_LIMIT)
    )
    notes = [_note(n) for n in rows]
    audit.record(session, agent.username, "customer.notes.list", uid, {"count": len(notes)})
    return pv.NotesResult(notes=notes)


def add_note(session: Session, agent: AgentPrincipal, params: pv.NoteAddParams) -> pv.NoteAddResult:
    client_or_raise(session, agent, params.uid)
    row = ClientNote(
        customer_uid=params.uid,
        author=agent.username,
        author_name=agent.display_name,
        body=params.body,
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    audit.record(session, agent.username, "customer.notes.add", params.uid, {"note_id": row.id})
    return pv.NoteAddResult(note=_note(row))


def _retry(session: Session, agent: AgentPrincipal, params: pv.OutreachParams) -> pv.OutreachResult | None:
    """The outreach already made with this ``client_msg_id`` (a retry answers the original)."""
    found = session.execute(
        sa.select(Message, Conversation)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(
            Conversation.customer_uid == params.uid,
            Conversation.channel == params.channel,
            Message.author == agent.username,
            Message.client_msg_id == params.client_msg_id,
        )
    ).first()
    if found is None:
        return None
    m, conv = found
    customer = session.get(Customer, params.uid)
    assert customer is not None
    return pv.OutreachResult(
        conversation=repo_inbox.view(session, conv, customer), message=views.message(m), seq=m.seq or 0
    )


def start(session: Session, agent: AgentPrincipal, params: pv.OutreachParams) -> pv.OutreachResult:
    customer = client_or_raise(session, agent, params.uid)
    done = _retry(session, agent, params)
    if done is not None:
        return done
    now = utcnow()
    created = True
    attach = None
    if params.channel == "chat":
        if customer.contact is not None:
            raise bad("an unverified email contact has no web chat; write by email")
        conv = open_chat(session, customer.uid)
        if conv is not None:
            created = False
            if conv.assignee is None:
                conv.assignee = agent.username
    else:
        conv = None
        if params.subject is None:
            raise bad("invalid params: subject is required for email outreach")
        if "@" not in (customer.email or ""):
            raise bad("there is no email address on file for this customer")
    if conv is None:
        conv, _ = new_conversation(
            session,
            customer,
            channel=params.channel,
            subject=params.subject if params.channel == "email" else None,
            priority="high" if customer.vip_tier > 0 else "normal",
            due=sla.due_times(params.channel, customer.vip_tier, now, sla.policy_for(session)),
            now=now,
            assignee=agent.username,
            tags=[OUTREACH_TAG],
        )
    if params.channel == "email":
        mail_conv = conv

        def attach(m: Message) -> None:
            repo_email.queue_reply(session, mail_conv, customer, m, agent.display_name, new_thread=True)

    m, seq = _add_message(
        session,
        conv,
        customer,
        author_kind="agent",
        author=agent.username,
        author_name=agent.display_name,
        body=params.body,
        client_msg_id=params.client_msg_id,
        now=now,
        attach=attach,
    )
    audit.record(
        session,
        agent.username,
        "outreach.start",
        customer.uid,
        {"conversation_id": conv.id, "channel": params.channel, "canned_key": params.canned_key},
    )
    return pv.OutreachResult(
        conversation=repo_inbox.view(session, conv, customer),
        message=views.message(m),
        seq=seq,
        created=created,
    )
