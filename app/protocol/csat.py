"""Customer satisfaction (issue 20): "How did we do?" after a conversation is resolved.

A web chat customer answers in the chat (the ``csat_prompt`` / ``csat_answer`` / ``csat_result``
frames of :mod:`app.protocol.frames`); an email customer through the one-click link of the closing
mail (``/csat``, served by the backend). One answer per conversation, tied to the agent and team
the conversation had when it was resolved. Agents see it in the thread as a system note
(``csat.rated``: the score; the comment as the note's text — customer text, plain, passed through
the inbound guard); a score of 2 or less is also announced as ``csat.low_score``.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from msgspec import Meta, Struct

from app.protocol.types import MULTI_LINE, Channel, Conversation, UtcDatetime

Score = Annotated[int, Meta(ge=1, le=5)]
Comment = Annotated[str, Meta(max_length=1000, pattern=MULTI_LINE)]
LOW_SCORE = 2  # this score or lower raises csat.low_score


class CsatRating(Struct, frozen=True):
    """A customer's answer: ``agent`` and ``team`` are those at resolution (null if none)."""

    conversation_id: int
    channel: Channel
    score: int
    answered_at: UtcDatetime
    comment: str | None = None  # customer text, plain; secrets already removed by the guard
    agent: str | None = None
    team: str | None = None


class CsatLowScore(Struct, frozen=True):
    """``csat.low_score``: a customer rated a conversation ``LOW_SCORE`` or lower (visible like the
    conversation; the desks of supervisors notify)."""

    NAME: ClassVar[str] = "csat.low_score"
    rating: CsatRating
    conversation: Conversation


#: this module's events, for :mod:`app.protocol.registry`
EVENT_TYPES: tuple[type[Struct], ...] = (CsatLowScore,)
