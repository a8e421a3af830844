"""Demo seeding of channel details: the seeded ``ticket`` conversations get a help-centre category
and the ``callback`` ones a callback request, so ``--demo`` shows every inbox mark the desk has."""

from __future__ import annotations

from datetime import timedelta

from app.server import sla, sla_policy
from app.server.callbacks.schema import CallbackRequest
from app.server.db import schema as db
from app.server.tickets.schema import Ticket

# The demo's scenario tags → help-centre topics (first match wins).
_CATEGORY_BY_TAG = (
    ("kyc", "kyc"),
    ("promotion", "promotions"),
    ("futures", "trading"),
    ("liquidation", "trading"),
    ("p2p", "platform_rules"),
    ("withdrawal", "deposits_withdrawals"),
    ("deposit", "deposits_withdrawals"),
    ("security", "security_2fa"),
    ("login", "account_login"),
)
DEMO_REQUESTER = "sam"


def ticket_category(tags: list[str]) -> str:
    for tag, category in _CATEGORY_BY_TAG:
        if tag in tags:
            return category
    return "platform_rules"


def seed_details(row: db.Conversation, customer: db.Customer) -> None:
    """Attach the ticket or callback row a seeded conversation of that channel needs."""
    if row.channel == "ticket":
        row.ticket = Ticket(
            category=ticket_category(list(row.tags or [])),
            created_by=DEMO_REQUESTER,
            created_at=row.created_at,
        )
    elif row.channel == "callback":
        start = row.created_at + timedelta(minutes=15)
        end = start + timedelta(hours=2)
        row.callback_request = CallbackRequest(
            window_start=start,
            window_end=end,
            reason=row.subject or "Callback requested from the app",
            requested_by=DEMO_REQUESTER,
            attempts=0,
            created_at=row.created_at,
        )
        row.first_response_due, row.resolution_due = sla.callback_due_times(
            customer.vip_tier, row.created_at, start, end, sla_policy.default_policy()
        )
