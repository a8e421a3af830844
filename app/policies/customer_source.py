"""When the customer panel asks the server again, and what it says about where its data came from.

The panel refetches its customer when the server announces a change to them (``customer.updated``,
``vip.alert``: an account event from the exchange, or a supervisor's edit), and, while the
exchange's systems are not answering, every ``STALE_RETRY_SECONDS`` so it recovers by itself.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from app.protocol.events import CustomerUpdated
from app.protocol.registry import ServerEvent
from app.protocol.types import CustomerContext
from app.protocol.vip import VipAlertEvent

STALE_RETRY_SECONDS = 5.0


class Source(enum.Enum):
    LIVE = "live"
    COPY = "copy"  # the last copy from the source, as of a time
    LOCAL = "local"  # only the desk's own record (the source never answered for this customer)


@dataclass(frozen=True, slots=True)
class SourceNote:
    source: Source
    as_of: datetime | None = None


def note(context: CustomerContext) -> SourceNote:
    if not context.source_unavailable:
        return SourceNote(Source.LIVE)
    if context.as_of is not None:
        return SourceNote(Source.COPY, context.as_of)
    return SourceNote(Source.LOCAL)


def refreshes(payload: ServerEvent | None, shown_uid: str | None) -> bool:
    """Does this event change the customer the panel shows?"""
    if shown_uid is None:
        return False
    if isinstance(payload, CustomerUpdated):
        return payload.customer.uid == shown_uid
    if isinstance(payload, VipAlertEvent):
        return payload.uid == shown_uid
    return False
