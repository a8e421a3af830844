"""A conversation's routing and clock fields as the protocol shows them (``views.conversation``)."""

from __future__ import annotations

from typing import Any

from app.server.db.schema import Conversation
from app.server.routing.clock import warn_at


def work_fields(c: Conversation) -> dict[str, Any]:
    """``team``, ``sla_paused_at``, ``sla_warn_at``, ``escalated_from`` (all null without a row)."""
    work = c.work
    if work is None:
        return {}
    return {
        "team": work.team,
        "sla_paused_at": work.paused_at if c.status in ("pending", "snoozed") else None,
        "sla_warn_at": warn_at(c),
        "escalated_from": work.escalated_from,
    }
