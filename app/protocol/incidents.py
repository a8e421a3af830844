"""Incidents (issue 23): when an outage or a security incident hits, one answer for everyone.

A supervisor declares an incident (``incident.declare``: a title, what it affects — a topic,
keywords, assets — and the customer message in English and Chinese). While it is open, the web
chat shows its notice, and every *new* conversation whose opening text matches is tagged
``incident:<id>``, linked to it and answered at once with the notice in the customer's language.
``incident.update`` sends one (guarded) message to every linked conversation that is still open,
each customer in their own language, and with ``resolve`` also resolves them and the incident.
Each change is announced to every agent as ``incident.updated`` (the desk's incident bar: the
incident with its counts) and audited.

A feature module like ``vip.py``: collected by :mod:`app.protocol.registry`; everything is an
addition, so older peers ignore it.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec
from msgspec import Meta, Struct

from app.protocol.methods import ConversationResult
from app.protocol.spec import MethodSpec
from app.protocol.types import MULTI_LINE, SINGLE_LINE, Id, UtcDatetime

IncidentKind = Literal["outage", "security"]
IncidentStatus = Literal["open", "resolved"]
#: what an incident can be about; each has English and Chinese words (server: incidents/match.py)
IncidentTopic = Literal["deposit", "withdrawal", "login", "trading", "security", "account"]
Title = Annotated[str, Meta(min_length=1, max_length=200, pattern=SINGLE_LINE)]
Keyword = Annotated[str, Meta(min_length=2, max_length=40, pattern=SINGLE_LINE)]
Asset = Annotated[str, Meta(min_length=2, max_length=12, pattern=r"^[A-Za-z0-9]+\Z")]
CustomerText = Annotated[str, Meta(min_length=1, max_length=2000, pattern=MULTI_LINE)]
RequestId = Annotated[str, Meta(min_length=1, max_length=64, pattern=SINGLE_LINE)]


class Incident(Struct, frozen=True):
    """An incident as every agent sees it. ``linked``: conversations tagged with it so far;
    ``open``: those of them not resolved yet."""

    id: int
    title: str
    kind: IncidentKind
    status: IncidentStatus
    topic: IncidentTopic | None
    keywords: list[str]
    assets: list[str]
    message_en: str
    message_zh: str
    declared_by: str
    declared_at: UtcDatetime
    resolved_at: UtcDatetime | None = None
    linked: int = 0
    open: int = 0


# --- methods -------------------------------------------------------------------------------------
class DeclareParams(Struct, frozen=True, kw_only=True):
    """Supervisors only. At least one of ``topic``, ``keywords``, ``assets`` says what matches.
    Both messages pass the safety guard (no link outside the official domains, never a request for
    a password, code or key) before anything is stored."""

    title: Title
    kind: IncidentKind = "outage"
    topic: IncidentTopic | None = None
    keywords: Annotated[list[Keyword], Meta(max_length=20)] = msgspec.field(default_factory=list)
    assets: Annotated[list[Asset], Meta(max_length=20)] = msgspec.field(default_factory=list)
    message_en: CustomerText
    message_zh: CustomerText
    client_request_id: RequestId | None = None


class UpdateParams(Struct, frozen=True, kw_only=True):
    """Supervisors only: send ``message_en``/``message_zh`` (guarded) to every linked conversation
    not resolved, each in its customer's language; ``resolve`` also resolves those conversations
    and the incident. ``client_request_id`` makes a retry answer the first request."""

    incident_id: Id
    message_en: CustomerText
    message_zh: CustomerText
    resolve: bool = False
    client_request_id: RequestId | None = None


class FreezeParams(Struct, frozen=True, kw_only=True):
    """``account.freeze_request``: ask the risk team to freeze the account of the customer of
    ``conversation_id`` — the conversation is escalated to the risk team with the reason (routing's
    escalation: the owner until now is told and keeps seeing it), tagged ``freeze_requested``
    and audited. The freeze itself is the risk team's decision."""

    conversation_id: Id
    reason: Annotated[str, Meta(min_length=3, max_length=480, pattern=MULTI_LINE)]


class ListParams(Struct, frozen=True, kw_only=True):
    include_resolved: bool = False


class IncidentResult(Struct, frozen=True):
    incident: Incident
    updated: int = 0  # conversations that got the message (incident.update)


class IncidentsResult(Struct, frozen=True):
    incidents: list[Incident]


# --- events --------------------------------------------------------------------------------------
class IncidentUpdated(Struct, frozen=True):
    """``incident.updated``: declared, a conversation linked, updated or resolved (to every agent)."""

    NAME: ClassVar[str] = "incident.updated"
    incident: Incident


DECLARE = MethodSpec("incident.declare", DeclareParams, IncidentResult)
UPDATE = MethodSpec("incident.update", UpdateParams, IncidentResult)
LIST = MethodSpec("incidents.list", ListParams, IncidentsResult)
FREEZE_REQUEST = MethodSpec("account.freeze_request", FreezeParams, ConversationResult)

#: this module's methods and events, for :mod:`app.protocol.registry`
SPECS: tuple[MethodSpec[Struct, Struct], ...] = (DECLARE, UPDATE, LIST, FREEZE_REQUEST)
EVENT_TYPES: tuple[type[Struct], ...] = (IncidentUpdated,)
