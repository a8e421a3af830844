"""The one registry of protocol v1: every method spec and event payload, collected explicitly.

Feature modules (``methods.py``, ``vip.py``, ``events.py``) define their specs and payloads and
import nothing from here; this module imports them all and builds the lookup tables the codec
uses. Adding a method: its spec constant in a feature module and that module's ``SPECS``; a new
feature module is one more line below. Nothing registers itself at import time, so no module
depends on being imported for its side effect.
"""

from __future__ import annotations

from typing import get_args

from msgspec import Struct

from app.protocol import (
    attachments,
    csat,
    events,
    floor,
    identity,
    incidents,
    macros,
    methods,
    reports,
    routing,
    search,
    telegram,
    vip,
)
from app.protocol.csat import CsatLowScore
from app.protocol.events import (
    AgentPresenceChanged,
    ConversationCreated,
    ConversationUpdated,
    CustomerUpdated,
    MessageCreated,
    MessageUpdated,
    SlaBreached,
)
from app.protocol.identity import IdentityUpdated
from app.protocol.incidents import IncidentUpdated
from app.protocol.routing import MentionCreated, SlaWarning
from app.protocol.spec import MethodSpec
from app.protocol.vip import CallbackDue, CallbackMissed, VipAlertEvent

#: every event payload this build knows, as one tagged union (the tag is the event name, ``NAME``)
ServerEvent = (
    ConversationCreated | ConversationUpdated | MessageCreated | MessageUpdated | CustomerUpdated
    | AgentPresenceChanged | SlaBreached | CallbackDue | CallbackMissed | VipAlertEvent
    | SlaWarning | MentionCreated
    | IdentityUpdated
    | IncidentUpdated
    | CsatLowScore
)


def _by_name(specs: tuple[MethodSpec[Struct, Struct], ...]) -> dict[str, MethodSpec[Struct, Struct]]:
    table: dict[str, MethodSpec[Struct, Struct]] = {}
    for spec in specs:
        if spec.name in table:
            raise ValueError(f"method {spec.name} is defined twice")
        table[spec.name] = spec
    return table


def _events(types: tuple[type[Struct], ...]) -> dict[str, type[Struct]]:
    table: dict[str, type[Struct]] = {}
    for payload in types:
        name = str(getattr(payload, "NAME", ""))
        if not name or name in table:
            raise ValueError(f"event payload {payload.__name__} has no name or a taken one")
        table[name] = payload
    return table


METHODS: dict[str, MethodSpec[Struct, Struct]] = _by_name(
    (*methods.SPECS, *vip.SPECS, *routing.SPECS, *identity.SPECS, *attachments.SPECS, *incidents.SPECS,
     *telegram.SPECS, *floor.SPECS, *reports.SPECS, *macros.SPECS, *search.SPECS)
)
EVENTS: dict[str, type[Struct]] = _events(
    (*events.EVENT_TYPES, *vip.EVENT_TYPES, *routing.EVENT_TYPES, *identity.EVENT_TYPES,
     *incidents.EVENT_TYPES, *csat.EVENT_TYPES)
)
#: signals the server sends a desk beyond colleagues' typing/viewing (issue 20): ephemeral, never
#: replayed; a desk decodes those it knows and drops the rest
DESK_SIGNALS: dict[str, type[floor.FloorSummary] | type[macros.MacroProgress]] = {
    floor.FloorSummary.NAME: floor.FloorSummary,
    macros.MacroProgress.NAME: macros.MacroProgress,
}
DeskSignal = floor.FloorSummary | macros.MacroProgress

# The union and the table must name the same payloads (a new event goes into both).
if set(EVENTS.values()) != set(get_args(ServerEvent)):
    raise ImportError("app.protocol.registry: ServerEvent and EVENTS disagree")
