"""Teams, routing and mentions (issue 19): the teams list, agents' load, transfer to a team,
escalation, @mentions and the SLA warning.

A feature module of the protocol like ``methods.py`` and ``vip.py``: its method specs (``SPECS``)
and event payloads (``EVENT_TYPES``) are collected by :mod:`app.protocol.registry`. Everything is an
addition: older peers ignore the new fields and events.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec
from msgspec import Meta, Struct

from app.protocol.methods import ConversationResult, Empty, Note, Reason
from app.protocol.spec import MethodSpec
from app.protocol.types import Conversation, Id, Presence, Role, SlaKind, UtcDatetime

TeamCode = Annotated[str, Meta(min_length=1, max_length=40, pattern=r"^[a-z0-9_]+\Z")]
MentionKind = Literal["mention", "escalation"]


# --- types ---------------------------------------------------------------------------------------
class TeamInfo(Struct, frozen=True):
    """A team of the server's teams policy. ``escalation``: a function team (risk and compliance,
    security) that takes transfers and escalations, never new work."""

    code: str
    name: str
    escalation: bool
    members: list[str]  # usernames of active agents
    languages: list[str]
    channels: list[str]
    vip_tiers: list[int]
    timezone: str


class AgentLoad(Struct, frozen=True):
    """An agent's presence, teams, open conversations per channel and capacity per channel."""

    username: str
    display_name: str
    role: Role
    presence: Presence
    teams: list[str] = msgspec.field(default_factory=list)
    load: dict[str, int] = msgspec.field(default_factory=dict)
    capacity: dict[str, int] = msgspec.field(default_factory=dict)
    presence_since: UtcDatetime | None = None


class Mention(Struct, frozen=True):
    """Someone wrote ``@username`` (or ``@team`` of theirs) in an internal note (``kind:
    "mention"``), or a conversation of theirs was escalated (``"escalation"``). ``username`` is the
    agent told; ``excerpt`` the note's first line (internal text, never shown to customers)."""

    id: int
    conversation_id: int
    kind: MentionKind
    username: str
    by: str
    by_name: str
    created_at: UtcDatetime
    excerpt: str = ""
    team: str | None = None  # the team named (``@security``) or escalated to
    message_id: int | None = None
    read: bool = False


# --- methods -------------------------------------------------------------------------------------
class TeamsResult(Struct, frozen=True):
    teams: list[TeamInfo]


class AgentsLoadResult(Struct, frozen=True):
    agents: list[AgentLoad]


class TransferParams(Struct, frozen=True, kw_only=True):
    """Hand a conversation to another team with a handover note (kept as an internal note)."""

    conversation_id: Id
    team: TeamCode
    note: Note


class EscalateParams(Struct, frozen=True, kw_only=True):
    """Escalate to a function team (``escalation`` in the teams policy) with the reason; the owner
    until now is told and keeps seeing it."""

    conversation_id: Id
    team: TeamCode
    reason: Reason


class MentionsParams(Struct, frozen=True):
    unread_only: bool = False
    limit: Annotated[int, Meta(ge=1, le=500)] = 200


class MentionsResult(Struct, frozen=True):
    mentions: list[Mention]  # newest first
    unread: int = 0


class MentionsReadParams(Struct, frozen=True):
    """Mark mentions read: these ``ids``, or every one of ``conversation_id`` (or both)."""

    ids: Annotated[list[Id], Meta(max_length=500)] = msgspec.field(default_factory=list)
    conversation_id: Id | None = None


class MentionsReadResult(Struct, frozen=True):
    read: list[int]


# --- events --------------------------------------------------------------------------------------
class SlaWarning(Struct, frozen=True):
    """``sla.warning``: a due time turned amber (``warning_share`` of its window passed, in open
    time). Once per conversation, kind and due time; never while the clock is stopped."""

    NAME: ClassVar[str] = "sla.warning"
    conversation_id: int
    kind: SlaKind
    due_at: UtcDatetime
    warn_at: UtcDatetime
    conversation: Conversation


class MentionCreated(Struct, frozen=True):
    """``mention.created``: ``mention.username`` was named in a note or told of an escalation."""

    NAME: ClassVar[str] = "mention.created"
    mention: Mention
    conversation: Conversation


TEAMS_LIST = MethodSpec("teams.list", Empty, TeamsResult)
AGENTS_LOAD = MethodSpec("agents.load", Empty, AgentsLoadResult)
TRANSFER = MethodSpec("conversation.transfer", TransferParams, ConversationResult)
ESCALATE = MethodSpec("conversation.escalate", EscalateParams, ConversationResult)
MENTIONS_LIST = MethodSpec("mentions.list", MentionsParams, MentionsResult)
MENTIONS_READ = MethodSpec("mentions.read", MentionsReadParams, MentionsReadResult)

#: this module's methods and events, for :mod:`app.protocol.registry`
SPECS: tuple[MethodSpec[Struct, Struct], ...] = (
    TEAMS_LIST,
    AGENTS_LOAD,
    TRANSFER,
    ESCALATE,
    MENTIONS_LIST,
    MENTIONS_READ,
)
EVENT_TYPES: tuple[type[Struct], ...] = (SlaWarning, MentionCreated)
