"""``inbox.snapshot`` in Core (``repos/inbox_rows.py``) equals the ORM's views on the same data.

The demo data plus one row of every feature a conversation or its last message can carry (a
breach, routing paused and amber, an email sender flag, an unverified contact, an outbound mail,
email attachments, stored files, a note, failed email checks): each agent's snapshot, paged, is
compared field for field with the ORM query and ``views.conversation`` it replaced."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import methods as pm
from app.protocol import types as pt
from app.server.app import ChatServer
from app.server.attachments.schema import AttachmentFile
from app.server.db.schema import Agent, Conversation, Customer, Message
from app.server.db.schema_notes import SystemNoteCode
from app.server.db.schema_sla import SlaBreach
from app.server.email.schema import (
    EmailAttachment,
    EmailAuthResult,
    EmailSenderFlag,
    OutboundMail,
    UnverifiedContact,
)
from app.server.principal import AgentPrincipal
from app.server.repos import repo_inbox
from app.server.routing.clock import work_of
from app.server.tickets.schema import Ticket
from app.server.visibility import conversation_clause
from tests.support.server import AgentClient, running_server


def _orm_snapshot(session: Session, agent: AgentPrincipal, limit: int) -> list[pt.Conversation]:
    """The ORM snapshot this replaced: every visible conversation, newest activity first."""
    query = (
        sa.select(Conversation, Customer)
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .where(conversation_clause(agent))
        .order_by(Conversation.updated_at.desc(), Conversation.id.desc())
        .limit(limit)
    )
    return repo_inbox.conversation_views(session, [(c, cu) for c, cu in session.execute(query)])


def _core_snapshot(session: Session, agent: AgentPrincipal, page: int) -> list[pt.Conversation]:
    """Every page of the Core snapshot, following its cursors."""
    out: list[pt.Conversation] = []
    cursor = None
    while True:
        result = repo_inbox.snapshot(session, agent, pm.SnapshotParams(cursor=cursor, limit=page))
        out.extend(result.conversations)
        cursor = result.next_cursor
        if cursor is None:
            return out


def _last_messages(session: Session, count: int, **where: Any) -> list[tuple[Conversation, Message]]:
    query = (
        sa.select(Conversation, Message)
        .join(Message, Message.id == Conversation.last_message_id)
        .filter_by(**where)
        .where(Message.author_kind == "customer")  # no note, mail or file of the demo's on these yet
        .order_by(Conversation.id)
        .limit(count)
    )
    return [(c, m) for c, m in session.execute(query)]


def _add_every_feature(session: Session) -> None:
    chats = _last_messages(session, 6, channel="chat")
    assert len(chats) == 6, "the demo data has fewer chats than this test needs"
    (c1, m1), (c2, m2), (_c3, m3), (c4, m4), (c5, _), (c6, _) = chats
    now = c1.updated_at
    assert c1.first_response_due is not None
    session.add(SlaBreach(conversation_id=c1.id, kind="first_response", due_at=c1.first_response_due,
                          breached_at=now))
    session.add(SlaBreach(conversation_id=c1.id, kind="resolution", due_at=now - timedelta(days=9),
                          breached_at=now))  # a due time since moved: not breached now
    session.add(OutboundMail(message_id=m1.id, conversation_id=c1.id, rfc_message_id="<t1@x>",
                             to_addr="a@example.com", raw="x", state="failed", attempts=3,
                             last_error="550 no such user", created_at=now))
    session.add(EmailAttachment(message_id=m2.id, filename="statement.pdf", content_type="application/pdf",
                                size=1234))
    for name, thumb in (("one.png", "ab" * 32), ("two.png", None)):
        session.add(AttachmentFile(owner_kind="customer", owner=c2.customer_uid, upload_id=name,
                                   message_id=m2.id, conversation_id=c2.id, filename=name,
                                   content_type="image/png", size=99, sha256="cd" * 32, thumb_sha256=thumb,
                                   status="safe", width=10, height=20, created_at=now))
    session.add(SystemNoteCode(message_id=m3.id, code="guard.lookalike_link",
                               args={"host": "b1nance.com", "official": "binance.com"}))
    session.add(EmailAuthResult(message_id=m4.id, proven=False, from_domain="example.com", spf="fail",
                                dkim="none", dmarc="fail", source="checked"))
    session.add(EmailSenderFlag(conversation_id=c4.id, message_id=m4.id))
    session.add(UnverifiedContact(uid=c4.customer_uid, email_lower="someone@example.com", created_at=now))
    m3.redactions = [{"kind": "seed_phrase", "severity": "high"}]
    ticket = session.scalars(sa.select(Ticket).order_by(Ticket.conversation_id).limit(1)).one()
    ticket.source_conversation_id = c1.id
    c5.status = "pending"
    work = work_of(session, c5)
    work.team, work.paused_at, work.escalated_from = "general", now, "bob"
    work.first_response_warn_at = now + timedelta(minutes=5)
    c6_work = work_of(session, c6)
    c6_work.first_response_warn_at = now + timedelta(minutes=1)
    c6_work.resolution_warn_at = now + timedelta(hours=1)
    c6.first_response_at = now
    session.flush()


def _principals(session: Session) -> list[AgentPrincipal]:
    agents = session.scalars(sa.select(Agent).order_by(Agent.id))
    return [AgentPrincipal(a.id, a.username, a.display_name, a.role, a.language) for a in agents]


def _compare(session: Session) -> dict[str, int]:
    """Each agent's Core snapshot against the ORM's; how many conversations show each feature."""
    shown: dict[str, int] = {}
    roles = set()
    for agent in _principals(session):
        roles.add(agent.role)
        orm = _orm_snapshot(session, agent, 10_000)
        core = _core_snapshot(session, agent, 7)  # several pages: the cursor is followed
        assert [c.id for c in core] == [c.id for c in orm], agent.username
        for mine, theirs in zip(core, orm, strict=True):
            assert mine == theirs, (agent.username, mine.id)
        if agent.role == "supervisor":
            shown = _features(core)
    assert roles >= {"agent", "vip_manager", "supervisor"}
    return shown


def _features(convs: list[pt.Conversation]) -> dict[str, int]:
    checks = {
        "ticket": lambda c: c.category is not None and c.ticket_due is not None,
        "callback": lambda c: c.callback is not None,
        "linked": lambda c: c.linked_conversation_id is not None,
        "breached": lambda c: bool(c.sla_breached),
        "team": lambda c: c.team is not None,
        "paused": lambda c: c.sla_paused_at is not None,
        "amber": lambda c: c.sla_warn_at is not None,
        "escalated": lambda c: c.escalated_from is not None,
        "sender flag": lambda c: c.sender_not_proven,
        "unverified": lambda c: not c.customer.verified,
        "delivery": lambda c: c.last_message is not None and c.last_message.delivery_error is not None,
        "mail attachment": lambda c: c.last_message is not None
        and any(a.id is None for a in c.last_message.attachments),
        "thumbnail": lambda c: c.last_message is not None
        and any(a.thumbnail for a in c.last_message.attachments),
        "file": lambda c: c.last_message is not None
        and any(a.id is not None and not a.thumbnail for a in c.last_message.attachments),
        "note": lambda c: c.last_message is not None and c.last_message.note_args is not None,
        "not proven": lambda c: c.last_message is not None and c.last_message.sender_not_proven,
        "redactions": lambda c: c.last_message is not None and bool(c.last_message.redactions),
        "no last message": lambda c: c.last_message is None,
    }
    return {name: sum(1 for c in convs if check(c)) for name, check in checks.items()}


async def _equal_views(server: ChatServer) -> None:
    db = server.context.db
    await db.run(_add_every_feature)
    shown = await db.read(_compare)
    missing = [name for name, count in shown.items() if count == 0 and name != "no last message"]
    assert not missing, f"the data shows no conversation with: {missing}"


async def test_the_core_snapshot_equals_the_orm_views(tmp_path):
    async with running_server(tmp_path) as server:
        await _equal_views(server)


@pytest.mark.postgres
async def test_the_core_snapshot_equals_the_orm_views_on_postgres(tmp_path, pg_url):
    async with running_server(tmp_path, db_url=pg_url) as server:
        await _equal_views(server)


async def test_the_snapshot_over_the_wire_pages_every_visible_conversation(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        first = await alice.request("inbox.snapshot", limit=5)
        assert len(first["conversations"]) == 5 and first["next_cursor"]
        rest = await alice.request("inbox.snapshot", limit=500, cursor=first["next_cursor"])
        everything = await alice.request("inbox.snapshot", limit=500)
        ids = [c["id"] for c in first["conversations"] + rest["conversations"]]
        assert ids == [c["id"] for c in everything["conversations"]]
        assert rest["next_cursor"] is None
        await alice.close()
