"""Due times of a new conversation.

Simple defaults for now; a later issue turns this into a policy file, so everything goes through
this one function.
"""

from __future__ import annotations

from datetime import datetime, timedelta

_FIRST_RESPONSE = {
    "chat": timedelta(seconds=60),
    "email": timedelta(hours=24),
    "ticket": timedelta(hours=48),
    "callback": timedelta(hours=4),
}
_FIRST_RESPONSE_VIP = {
    "chat": timedelta(seconds=30),
    "email": timedelta(hours=4),
    "ticket": timedelta(hours=48),
    "callback": timedelta(hours=1),
}
_RESOLUTION = {
    "chat": timedelta(hours=24),
    "email": timedelta(hours=72),
    "ticket": timedelta(days=7),
    "callback": timedelta(hours=24),
}


def due_times(channel: str, vip_tier: int, created_at: datetime) -> tuple[datetime, datetime]:
    """``(first_response_due, resolution_due)`` for a conversation created at ``created_at``."""
    table = _FIRST_RESPONSE_VIP if vip_tier > 0 else _FIRST_RESPONSE
    first = table.get(channel, _FIRST_RESPONSE["ticket"])
    resolution = _RESOLUTION.get(channel, _RESOLUTION["ticket"])
    return created_at + first, created_at + resolution
