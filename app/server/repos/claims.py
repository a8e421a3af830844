"""Work claimed by one node at a time when several share a PostgreSQL database.

Periodic jobs (the SLA breach monitor, callback reminders) keep their watermark in a ``settings``
row; :func:`claim_watermark` takes that row ``FOR UPDATE SKIP LOCKED``: the node that gets it runs
the job in that transaction, and a node that finds it locked skips this round (the other node is
doing the same work right now). Queued mail is claimed row by row the same way
(``email/repo.py``'s ``claim_due``). On SQLite (one node) ``FOR UPDATE`` is left out by the
dialect and the single writer thread already runs one job at a time.

(Today every writer transaction also takes the event log's advisory lock first, which serialises
writers across nodes; these claims do not rely on it.)
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db.schema import Setting


class Busy:
    """Another node holds this job's row: skip this round."""


BUSY = Busy()


def claim_watermark(session: Session, key: str) -> Setting | Busy | None:
    """The job's watermark row, locked for this transaction; ``BUSY`` when another node has it
    locked; ``None`` when the job never ran on this database."""
    row = session.scalars(
        sa.select(Setting).where(Setting.key == key).with_for_update(skip_locked=True)
    ).first()
    if row is not None:
        return row
    exists = session.scalar(sa.select(sa.func.count()).select_from(Setting).where(Setting.key == key))
    return BUSY if exists else None
