"""Helpers of the VIP desk tests: read the truth straight from the server's database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from app.server.app import ChatServer
from app.server.db.schema import Conversation, Customer, Transfer

FAST = {"callback_check_interval": 0.1, "sla_check_interval": 60.0}


def iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def soon(seconds: float) -> str:
    return iso(datetime.now(UTC) + timedelta(seconds=seconds))


async def db(server: ChatServer, fn: Any, *args: Any) -> Any:
    return await server.context.db.run(fn, *args)


def book_truth(session: Any, manager: str) -> dict[str, dict[str, Any]]:
    """Each client of ``manager`` with the figures the book must show."""
    out: dict[str, dict[str, Any]] = {}
    for c in session.scalars(
        sa.select(Customer).where(Customer.account_manager == manager, Customer.vip_tier > 0)
    ):
        open_by_channel: dict[str, int] = {}
        for conv in session.scalars(
            sa.select(Conversation).where(
                Conversation.customer_uid == c.uid, Conversation.status != "resolved"
            )
        ):
            open_by_channel[conv.channel] = open_by_channel.get(conv.channel, 0) + 1
        out[c.uid] = {
            "vip_tier": c.vip_tier,
            "volume_30d_usd": c.volume_30d_usd,
            "fee_tier": c.fee_tier,
            "open_conversations": open_by_channel.get("chat", 0) + open_by_channel.get("email", 0),
            "open_tickets": open_by_channel.get("ticket", 0),
            "pending_callbacks": open_by_channel.get("callback", 0),
        }
    return out


def quiet_client(session: Any, manager: str) -> dict[str, Any]:
    """A client of ``manager`` with an email, a phone, no open chat and no large withdrawal."""
    for c in session.scalars(
        sa.select(Customer)
        .where(
            Customer.account_manager == manager,
            Customer.vip_tier > 0,
            Customer.email != "",
            Customer.phone != "",
            Customer.withdrawals_locked.is_(False),
        )
        .order_by(Customer.uid)
    ):
        open_chat = session.scalar(
            sa.select(Conversation.id).where(
                Conversation.customer_uid == c.uid,
                Conversation.channel.in_(("chat", "callback")),
                Conversation.status != "resolved",
            )
        )
        pending = session.scalar(
            sa.select(Transfer.transfer_id).where(
                Transfer.customer_uid == c.uid,
                Transfer.direction == "withdrawal",
                Transfer.status.in_(("pending", "under_review", "confirming")),
            )
        )
        if open_chat is None and pending is None:
            return {"uid": c.uid, "email": c.email, "language": c.language, "name": c.name}
    raise AssertionError("no quiet client")


def add_withdrawal(session: Any, uid: str, asset: str, amount: str, status: str = "pending") -> str:
    tid = f"WTEST{uid}{asset}"
    session.add(
        Transfer(
            transfer_id=tid,
            customer_uid=uid,
            direction="withdrawal",
            asset=asset,
            chain="Bitcoin" if asset == "BTC" else "ERC20",
            amount=amount,
            address="bc1qtest",
            tx_hash="",
            status=status,
            confirmations=0,
            required_confirmations=2,
            created_at=datetime.now(UTC),
        )
    )
    return tid


def is_event(name: str, **match: Any) -> Any:
    def check(frame: dict[str, Any]) -> bool:
        if frame.get("type") != "event" or frame["name"] != name:
            return False
        return all(frame["data"].get(k) == v for k, v in match.items())

    return check
