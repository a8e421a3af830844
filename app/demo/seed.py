"""Loads the deterministic demo world (``app.demo.data``) into the database for ``--demo``.

Idempotent: a database that was seeded once (the ``demo_seeded`` setting) is left alone, so
restarting the demo on the same file keeps what happened in it. No events are written for the
seeded history: a client starts from ``inbox.snapshot`` anyway.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from app.demo.seed_channels import seed_details
from app.demo.seed_teams import seed_teams
from app.demo.seed_vip import seed_vip
from app.server import sla
from app.server.auth import hash_password
from app.server.db import schema as db
from app.server.db.schema_notes import SystemNoteCode
from app.server.identity.schema import CustomerSecurityCode
from app.server.masking import mask_name

SEEDED_KEY = "demo_seeded"
_CODE_WORDS = ("Lotus", "Harbor", "Maple", "Falcon", "Jade", "Orbit", "Cedar", "Comet", "Panda", "Willow")


def anti_phishing_code(uid: str) -> str:
    """The demo customer's anti-phishing code: made up, stable per UID (``Falcon-4821``)."""
    digest = int(hashlib.sha256(f"anti-phishing {uid}".encode()).hexdigest(), 16)
    return f"{_CODE_WORDS[digest % len(_CODE_WORDS)]}-{digest // 10 % 10_000:04d}"


SYSTEM_AUTHOR_NAME = "System"


def seed_demo(session_factory: sessionmaker[Session], now: datetime, seed: int | None = None) -> bool:
    """Seed the demo data built around ``now``; ``False`` if the database was already seeded."""
    from app.demo.data import DEFAULT_SEED, DEMO_PASSWORD, build_demo_dataset

    with session_factory() as session, session.begin():
        if session.get(db.Setting, SEEDED_KEY) is not None:
            return False
        data = build_demo_dataset(now, seed=DEFAULT_SEED if seed is None else seed)
        # One cheap demo hash reused by every demo agent: start-up stays fast, logins too.
        password_hash = hash_password(DEMO_PASSWORD, demo=True)
        names: dict[str, str] = {}
        for a in data.agents:
            if session.scalar(sa.select(db.Agent.id).where(db.Agent.username == a.username)) is None:
                session.add(
                    db.Agent(
                        username=a.username,
                        display_name=a.display_name,
                        role=a.role,
                        language=a.language,
                        password_hash=password_hash,
                        active=True,
                        created_at=now,
                    )
                )
            names[a.username] = a.display_name
        customers: dict[str, db.Customer] = {}
        for c in data.customers:
            row = db.Customer(
                uid=c.uid,
                name=c.name,
                email=c.email,
                phone=c.phone,
                language=c.language,
                registered_at=c.registered_at,
                kyc_level=c.kyc_level,
                kyc_status=c.kyc_status,
                kyc_rejection_reason=c.kyc_rejection_reason,
                vip_tier=c.vip_tier,
                account_manager=c.account_manager,
                twofa_enabled=c.twofa_enabled,
                anti_phishing_code_set=c.anti_phishing_code_set,
                withdrawals_locked=c.withdrawals_locked,
                account_frozen=c.account_frozen,
                fee_tier=c.fee_tier,
                volume_30d_usd=c.volume_30d_usd,
            )
            customers[c.uid] = row
            session.add(row)
            session.add_all(
                db.Order(
                    order_id=o.order_id,
                    customer_uid=c.uid,
                    market=o.market,
                    symbol=o.symbol,
                    side=o.side,
                    order_type=o.order_type,
                    price=o.price,
                    amount=o.amount,
                    filled=o.filled,
                    status=o.status,
                    created_at=o.created_at,
                )
                for o in c.orders
            )
            session.add_all(
                db.Transfer(
                    transfer_id=t.transfer_id,
                    customer_uid=c.uid,
                    direction=t.direction,
                    asset=t.asset,
                    chain=t.chain,
                    amount=t.amount,
                    address=t.address,
                    tx_hash=t.tx_hash,
                    status=t.status,
                    confirmations=t.confirmations,
                    required_confirmations=t.required_confirmations,
                    created_at=t.created_at,
                    completed_at=t.completed_at,
                )
                for t in c.transfers
            )
        session.flush()
        session.add_all(
            CustomerSecurityCode(uid=c.uid, anti_phishing_code=anti_phishing_code(c.uid))
            for c in data.customers
            if c.anti_phishing_code_set
        )
        for conv in sorted(data.conversations, key=lambda v: v.created_at):
            _seed_conversation(session, conv, customers[conv.customer_uid], names)
        session.add_all(
            db.CannedReply(
                key=r.key,
                category=r.category,
                shortcut=r.shortcut,
                title_en=r.title_en,
                title_zh=r.title_zh,
                body_en=r.body_en,
                body_zh=r.body_zh,
                variables=list(r.variables),
            )
            for r in data.canned
        )
        session.flush()
        _seed_canned_files(session)
        seed_vip(session, now)
        session.flush()
        seed_teams(session)  # the team each conversation belongs to (routing, issue 19)
        session.add(db.Setting(key=SEEDED_KEY, value=now.isoformat()))
    return True


def _seed_canned_files(session: Session) -> None:
    """The help-centre PDFs some canned replies carry, vetted like any canned file."""
    from app.attachments import DEFAULT_LIMITS
    from app.demo.help_pdf import DEMO_CANNED_FILES, help_pdf
    from app.server.attachments import canned

    for key, files in DEMO_CANNED_FILES.items():
        for filename, title, lines in files:
            canned.keep(session, key, canned.vet_document(help_pdf(title, lines), filename, DEFAULT_LIMITS))


def _seed_conversation(session: Session, conv: object, customer: db.Customer, names: dict[str, str]) -> None:
    from app.demo.data import DemoConversation

    assert isinstance(conv, DemoConversation)
    first_due, resolution_due = sla.due_times(conv.channel, customer.vip_tier, conv.created_at)
    row = db.Conversation(
        customer_uid=customer.uid,
        channel=conv.channel,
        status=conv.status,
        priority=conv.priority,
        assignee=conv.assignee,
        tags=list(conv.tags),
        subject=conv.subject,
        created_at=conv.created_at,
        updated_at=conv.created_at,
        message_count=0,
        first_response_due=first_due,
        resolution_due=resolution_due,
        snoozed_until=conv.snoozed_until if conv.status == "snoozed" else None,
    )
    session.add(row)
    session.flush()
    seed_details(row, customer)  # a ticket's category, a callback's request
    last: db.Message | None = None
    for m in conv.messages:
        if m.author_kind == "agent":
            author_name = names.get(m.author or "", m.author or "Agent")
        elif m.author_kind == "customer":
            author_name = mask_name(customer.name)
        else:
            author_name = SYSTEM_AUTHOR_NAME
        last = db.Message(
            conversation_id=row.id,
            author_kind=m.author_kind,
            author=m.author if m.author_kind == "agent" else None,
            author_name=author_name,
            body=m.body,
            internal=m.internal,
            redactions=[],
            created_at=m.at,
        )
        if m.note_code is not None:  # a system line's code and arguments (app/protocol/notes.py)
            last.note = SystemNoteCode(code=m.note_code, args=dict(m.note_args))
        session.add(last)
        row.message_count += 1
        row.updated_at = max(row.updated_at, m.at)
        if m.author_kind == "customer":
            row.last_customer_message_at = m.at
        if m.author_kind == "agent" and not m.internal and row.first_response_at is None:
            row.first_response_at = m.at
    session.flush()
    if last is not None:
        row.last_message_id = last.id
    if conv.status == "resolved":
        row.resolved_at = row.updated_at
