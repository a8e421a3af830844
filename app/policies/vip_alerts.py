"""Acknowledging a client's alerts from the book (``vip.alert_ack``), Qt-free.

The rule (docs/protocol.md, "VIP desk"): every alert the book shows for a client is current and
so acknowledgeable — a large pending withdrawal, a standing withdrawal lock and a recent KYC,
security or tier change alike; an acknowledged alert leaves the book for everyone. One gesture
acknowledges all of the selected client's alerts, once each and at most ``MAX_ACK_IDS`` of them
(the protocol's limit per request). The server answers with the ids it acknowledged; the row drops
exactly those until the next ``vip.book`` shows the server's whole truth.
"""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

from app.protocol.vip import BookRow

MAX_ACK_IDS = 100  # AlertAckParams.alert_ids: at most 100 per request


def ackable_ids(row: BookRow | None) -> list[str]:
    """The alert ids one acknowledgement of ``row`` sends (newest first, as the book orders them);
    empty: nothing to acknowledge."""
    if row is None:
        return []
    return list(dict.fromkeys(alert.id for alert in row.alerts))[:MAX_ACK_IDS]


def without_acknowledged(row: BookRow, acknowledged: Iterable[str]) -> BookRow:
    """``row`` as it is once the server confirmed ``acknowledged`` (the same row if none of its
    alerts were among them)."""
    done = set(acknowledged)
    kept = [alert for alert in row.alerts if alert.id not in done]
    if len(kept) == len(row.alerts):
        return row
    return msgspec.structs.replace(row, alerts=kept)
