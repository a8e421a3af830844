"""Tables of incidents: the incident, and which conversations are linked to it (new tables, so a
database made by an earlier build gains them on start without a migration)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class IncidentRow(Base):
    """A declared incident. ``keywords``/``assets`` are stored as given (lists of strings);
    ``request_id`` answers a retried ``incident.declare``."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    kind: Mapped[str] = mapped_column(sa.String(16))
    status: Mapped[str] = mapped_column(sa.String(16), index=True)
    topic: Mapped[str | None] = mapped_column(sa.String(32), nullable=True)
    keywords: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    assets: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    message_en: Mapped[str] = mapped_column(sa.Text)
    message_zh: Mapped[str] = mapped_column(sa.Text)
    declared_by: Mapped[str] = mapped_column(sa.String(64))
    declared_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    request_id: Mapped[str | None] = mapped_column(sa.String(64), nullable=True, unique=True)


class IncidentLink(Base):
    """A conversation tagged with an incident (one incident per conversation: the first match)."""

    __tablename__ = "incident_links"
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), primary_key=True)
    incident_id: Mapped[int] = mapped_column(sa.ForeignKey("incidents.id"), index=True)
    linked_at: Mapped[datetime] = mapped_column(UtcDateTime)


class IncidentUpdateRequest(Base):
    """A done ``incident.update``, by its ``client_request_id``: a retry answers it again."""

    __tablename__ = "incident_update_requests"
    request_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    incident_id: Mapped[int] = mapped_column(sa.ForeignKey("incidents.id"))
    updated: Mapped[int] = mapped_column(default=0)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
