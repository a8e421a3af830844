"""A customer who just exposed a secret: what is at risk now, and the advice to give.

The server's guard removes secrets from customers' messages before they are stored and records
each removal's kind (``Message.redactions``). A seed phrase or private key that was typed into a
chat is exposed for good (whoever else the customer sent it to can empty the wallet), so the
agent must see at once — in the conversation's header and the customer panel, not only in a
bubble's small print — that this customer's funds are at risk and what to tell them. A password
puts the account at risk; a one-time code, the sign-in or withdrawal it was for.

Pure: it reads the open conversation's messages and returns what the widgets show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from app.store.types import MessageView

Risk = Literal["funds", "account", "code"]

#: Kinds of secrets whose exposure puts the funds of a wallet at risk (app.guard.types).
WALLET_KINDS = frozenset({"seed_phrase", "private_key", "extended_private_key", "wif_key"})
_ORDER = ("seed_phrase", "private_key", "extended_private_key", "wif_key", "password", "otp_code")

#: What the agent should tell the customer, per risk, in order (codes the UI words).
ADVICE: dict[Risk, tuple[str, ...]] = {
    "funds": ("new_wallet_now", "never_share", "check_devices"),
    "account": ("change_password", "enable_2fa", "check_devices"),
    "code": ("change_password", "check_activity", "never_share"),
}


@dataclass(frozen=True, slots=True)
class Exposure:
    risk: Risk  # the worst of what was exposed
    kinds: tuple[str, ...]  # every kind exposed, worst first
    last_at: datetime  # the latest exposure
    count: int  # secrets removed in all

    @property
    def advice(self) -> tuple[str, ...]:
        return ADVICE[self.risk]


def risk_of(kinds: Iterable[str]) -> Risk | None:
    present = set(kinds)
    if present & WALLET_KINDS:
        return "funds"
    if "password" in present:
        return "account"
    if "otp_code" in present:
        return "code"
    return None


def exposure(messages: Iterable[MessageView]) -> Exposure | None:
    """The exposure the customer's own messages show (agents' messages are never redacted for
    this; an internal note is not the customer's), or ``None``."""
    kinds: set[str] = set()
    last: datetime | None = None
    count = 0
    for message in messages:
        if message.author_kind != "customer" or message.internal or not message.redactions:
            continue
        for kind, _severity in message.redactions:
            kinds.add(kind)
            count += 1
        last = message.created_at if last is None else max(last, message.created_at)
    risk = risk_of(kinds)
    if risk is None or last is None:
        return None
    ordered = tuple(k for k in _ORDER if k in kinds) + tuple(sorted(kinds - set(_ORDER)))
    return Exposure(risk, ordered, last, count)
