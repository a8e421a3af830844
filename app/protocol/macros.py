"""Macros and bulk actions (issue 20): a named, shared set of steps run on one conversation or on
a selection, server-side.

A macro's steps run in order on each conversation: ``reply`` (a canned reply, rendered in the
customer's language and checked by the safety guard like any reply), ``status``, ``priority``,
``tags`` (add / remove), ``assign`` (a username, or null to unassign) and ``transfer`` (to a team,
with a handover note). Supervisors create and edit macros; every agent may run them on the
conversations in their view.

A run is idempotent on its ``run_id`` (chosen by the desk): asking again — after a reconnect, say —
answers the run as it stands and starts nothing twice; each conversation's reply carries its own
step id (``macro:<run_id>:<conversation_id>`` as its ``client_msg_id``), so it is sent once. Replies
are *held* (stored with the run, not delivered) until ``release_at``, the end of the grace time;
until then ``macro.undo`` cancels the held replies and puts status, priority, tags, assignee and
team back. Progress reaches the desks of the agent who ran it as ``macro.progress`` signals.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec
from msgspec import Meta, Struct

from app.protocol.methods import Empty, Note
from app.protocol.spec import MethodSpec
from app.protocol.types import SINGLE_LINE, Id, Priority, Tag, UtcDatetime

MacroName = Annotated[str, Meta(min_length=1, max_length=80, pattern=SINGLE_LINE)]
CannedKey = Annotated[str, Meta(min_length=1, max_length=64, pattern=SINGLE_LINE)]
RunId = Annotated[str, Meta(min_length=8, max_length=36, pattern=r"^[A-Za-z0-9_-]+\Z")]
TeamCode = Annotated[str, Meta(min_length=1, max_length=40, pattern=r"^[a-z0-9_]+\Z")]
MAX_SELECTION = 1000
RunState = Literal["running", "holding", "released", "undone"]
ItemState = Literal["pending", "applied", "failed", "reverted"]


class ReplyStep(Struct, frozen=True, tag_field="kind", tag="reply"):
    canned_key: CannedKey


class StatusStep(Struct, frozen=True, tag_field="kind", tag="status"):
    status: Literal["open", "pending", "resolved"]


class PriorityStep(Struct, frozen=True, tag_field="kind", tag="priority"):
    priority: Priority


class TagsStep(Struct, frozen=True, tag_field="kind", tag="tags"):
    add: Annotated[list[Tag], Meta(max_length=20)] = msgspec.field(default_factory=list)
    remove: Annotated[list[Tag], Meta(max_length=20)] = msgspec.field(default_factory=list)


class AssignStep(Struct, frozen=True, tag_field="kind", tag="assign"):
    assignee: Annotated[str, Meta(min_length=1, max_length=64, pattern=SINGLE_LINE)] | None


class TransferStep(Struct, frozen=True, tag_field="kind", tag="transfer"):
    team: TeamCode
    note: Note


MacroStep = ReplyStep | StatusStep | PriorityStep | TagsStep | AssignStep | TransferStep
Steps = Annotated[list[MacroStep], Meta(min_length=1, max_length=12)]


class Macro(Struct, frozen=True):
    id: int
    name: str
    steps: list[MacroStep]
    created_by: str
    updated_by: str
    updated_at: UtcDatetime


class MacrosResult(Struct, frozen=True):
    macros: list[Macro]  # by name


class MacroSaveParams(Struct, frozen=True, kw_only=True):
    """Create (no ``id``) or replace a macro's name and steps. Supervisors only."""

    id: Id | None = None
    name: MacroName
    steps: Steps


class MacroResult(Struct, frozen=True):
    macro: Macro


class MacroDeleteParams(Struct, frozen=True):
    id: Id


class RunParams(Struct, frozen=True, kw_only=True):
    run_id: RunId
    macro_id: Id
    conversation_ids: Annotated[list[Id], Meta(min_length=1, max_length=MAX_SELECTION)]


class RunRef(Struct, frozen=True):
    run_id: RunId


class RunFailure(Struct, frozen=True):
    """A conversation the run could not change: ``forbidden``, ``not_found``, ``conflict`` (a step
    did not apply, e.g. a resolved conversation's transfer), ``blocked`` (the guard refused the
    reply; ``reason`` says why) or ``bad_request``."""

    conversation_id: int
    code: str
    reason: str = ""


class MacroRun(Struct, frozen=True):
    """A run as it stands: ``applied`` + ``failed`` of ``total`` done; ``held`` replies wait for
    ``release_at`` (null once released, undone, or when there is no reply)."""

    run_id: str
    macro_id: int
    macro_name: str
    by: str
    state: RunState
    total: int
    applied: int
    failed: int
    held: int
    sent: int
    started_at: UtcDatetime
    release_at: UtcDatetime | None = None
    failures: list[RunFailure] = msgspec.field(default_factory=list)


class RunResult(Struct, frozen=True):
    run: MacroRun


class MacroProgress(Struct, frozen=True):
    """Signal ``macro.progress`` (server → the desks of the agent who ran it): the run now."""

    NAME: ClassVar[str] = "macro.progress"
    run: MacroRun



MACROS_LIST = MethodSpec("macros.list", Empty, MacrosResult)
MACRO_SAVE = MethodSpec("macro.save", MacroSaveParams, MacroResult)
MACRO_DELETE = MethodSpec("macro.delete", MacroDeleteParams, Empty)
MACRO_RUN = MethodSpec("macro.run", RunParams, RunResult)
MACRO_RUN_STATUS = MethodSpec("macro.run_status", RunRef, RunResult)
MACRO_UNDO = MethodSpec("macro.undo", RunRef, RunResult)

#: this module's methods, for :mod:`app.protocol.registry` (its one signal is in ``SIGNALS``)
SPECS: tuple[MethodSpec[Struct, Struct], ...] = (
    MACROS_LIST, MACRO_SAVE, MACRO_DELETE, MACRO_RUN, MACRO_RUN_STATUS, MACRO_UNDO,
)
