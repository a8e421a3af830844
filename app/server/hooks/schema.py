"""``exchange_events``: every account event accepted, by its id (a second delivery is a no-op).

A new table, so an older database gains it on start (``create_all``)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class ExchangeEvent(Base):
    __tablename__ = "exchange_events"
    event_id: Mapped[str] = mapped_column(sa.String(128), primary_key=True)
    type: Mapped[str] = mapped_column(sa.String(32))
    customer_uid: Mapped[str] = mapped_column(sa.String(32), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    outcome: Mapped[str] = mapped_column(sa.String(16))  # applied | unknown_customer
