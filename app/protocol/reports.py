"""Reports (issue 20): figures over a chosen period, grouped by team, agent, channel, VIP tier or
FAQ topic, computed in SQL on the server.

The cohort of a report is the conversations *created* in ``[since, until)`` that the caller may
see. Times are seconds: first response (creation → the first public agent reply) and resolution
(creation → the last time it was resolved), both counted in the open hours of the conversation's
team for its channel (chat and email, as the SLA clock does; tickets and callbacks count every
hour). Medians and p90 are nearest-rank (the value at rank ⌈p·n⌉ of the sorted durations). Rates
are left to the reader of the raw counts, so every figure can be re-added across rows.

The **FAQ topic** of a conversation is a help-centre topic code (the canned replies' categories,
``TicketCategory``): a ticket's category; otherwise the first of its tags that is a topic code
(agents and macros tag a conversation with its topic); otherwise none (``""``).
"""

from __future__ import annotations

from typing import Literal

from msgspec import Struct

from app.protocol.spec import MethodSpec
from app.protocol.types import UtcDatetime

Dimension = Literal["team", "agent", "channel", "vip_tier", "topic"]
ReportScope = Literal["all", "book", "own"]  # supervisors; a VIP manager's book; an agent's own work
MAX_DAYS = 400  # a year's report and a little more


class ReportParams(Struct, frozen=True, kw_only=True):
    since: UtcDatetime
    until: UtcDatetime
    by: Dimension = "team"


class ReportRow(Struct, frozen=True, kw_only=True):
    """One group (``key``: the team, agent username, channel, tier as a number, or topic code;
    ``""`` when the conversation has none), or the total.

    - ``conversations``: created in the period; ``resolved``: resolved now;
    - ``first_response_*`` and ``resolution_*``: how many have the time, its median and p90 in
      seconds (null when none);
    - ``sla_*_met`` / ``sla_*_due``: due times met, out of those decided (met, or passed unmet);
    - ``reopened`` of ``ever_resolved``: conversations reopened after a resolution;
    - ``csat_count``, ``csat_sum`` (of 1–5 scores) and ``csat_satisfied`` (scores 4 and 5), by the
      agent and team at resolution for those dimensions."""

    key: str
    conversations: int = 0
    resolved: int = 0
    first_response_count: int = 0
    first_response_median: float | None = None
    first_response_p90: float | None = None
    resolution_count: int = 0
    resolution_median: float | None = None
    resolution_p90: float | None = None
    sla_first_response_met: int = 0
    sla_first_response_due: int = 0
    sla_resolution_met: int = 0
    sla_resolution_due: int = 0
    reopened: int = 0
    ever_resolved: int = 0
    csat_count: int = 0
    csat_sum: int = 0
    csat_satisfied: int = 0


class ReportResult(Struct, frozen=True):
    by: Dimension
    since: UtcDatetime
    until: UtcDatetime
    rows: list[ReportRow]  # by key
    total: ReportRow
    generated_at: UtcDatetime
    scope: ReportScope


REPORT = MethodSpec("report.get", ReportParams, ReportResult)

#: this module's methods, for :mod:`app.protocol.registry`
SPECS: tuple[MethodSpec[Struct, Struct], ...] = (REPORT,)
