"""A window of one conversation's thread, as the cache holds it (SQL on the store's thread).

The thread view shows a *window* of the cached messages: every delivered message from a lower
bound (a server id, the window's ``floor``) on, plus replies not yet delivered. The bound is the
lowest of: the ``latest``-th newest message (a window always shows the newest page), the given
``floor`` (a window never shrinks while it is open) and, with ``older``, the ``older``-th message
before that floor (one more page of history). Server ids grow with time, so they order the thread.
Paging rules (page size, asking the server) live in :mod:`app.core.thread_paging`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.store.cache import MessageRecord
from app.store.rows import message_view
from app.store.types import MessageView


@dataclass(frozen=True, slots=True)
class ThreadSlice:
    """Messages oldest first (replies not yet delivered last) and where the window stands."""

    messages: list[MessageView] = field(default_factory=list)
    #: server id of the window's lower bound (``None``: the cache holds no delivered message)
    floor: int | None = None
    #: the cache holds delivered messages older than ``floor``
    older_cached: bool = False
    #: server id of the oldest delivered message the cache holds
    oldest_cached: int | None = None


def _delivered(conversation_id: int) -> Select[int | None]:
    return select(MessageRecord.server_id).where(
        MessageRecord.conversation_id == conversation_id, MessageRecord.server_id.is_not(None)
    )


def _nth_newest(session: Session, query: Select[int | None], n: int) -> int | None:
    """The ``n``-th newest server id of ``query`` (n ≥ 1); the oldest one when there are fewer."""
    nth = session.scalar(query.order_by(MessageRecord.server_id.desc()).offset(n - 1).limit(1))
    if nth is None:
        nth = session.scalar(query.order_by(MessageRecord.server_id).limit(1))
    return nth


def window(
    session: Session, conversation_id: int, *, floor: int | None, older: int, latest: int
) -> ThreadSlice:
    delivered = _delivered(conversation_id)
    bounds = [_nth_newest(session, delivered, max(latest, 1))]
    if floor is not None:
        before = delivered.where(MessageRecord.server_id < floor)
        below = _nth_newest(session, before, older) if older > 0 else None
        bounds.append(floor if below is None else below)
    known = [b for b in bounds if b is not None]
    cutoff = min(known) if known else None
    shown = select(MessageRecord).where(MessageRecord.conversation_id == conversation_id)
    if cutoff is not None:
        shown = shown.where(or_(MessageRecord.server_id.is_(None), MessageRecord.server_id >= cutoff))
    records = session.scalars(
        shown.order_by(MessageRecord.server_id.is_(None), MessageRecord.server_id, MessageRecord.local_id)
    )
    messages = [message_view(r) for r in records]
    older_cached = cutoff is not None and bool(
        session.scalar(select(delivered.where(MessageRecord.server_id < cutoff).exists()))
    )
    oldest = session.scalar(
        select(func.min(MessageRecord.server_id)).where(MessageRecord.conversation_id == conversation_id)
    )
    return ThreadSlice(messages=messages, floor=cutoff, older_cached=older_cached, oldest_cached=oldest)
