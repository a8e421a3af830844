"""Public entry point of the demo content: constants and the dataset builder.

Everything is derived from one ``random.Random(seed)`` and offsets from a
caller-supplied ``now`` (never the wall clock), so the same ``(now, seed)``
always yields the same dataset, and shifting ``now`` only shifts timestamps.
The ``--demo`` loader should pass the real current time so SLA timers are
live; the module-level constants use the fixed :func:`demo_now` for tests.
"""

from __future__ import annotations

import functools
import random
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.demo.data.agents import DEMO_AGENTS
from app.demo.data.canned import DEMO_CANNED
from app.demo.data.conversations import build_conversations
from app.demo.data.customers import build_customers
from app.demo.data.models import (
    DemoConversation,
    DemoCustomer,
    DemoDataset,
)

DEFAULT_SEED = 42
_DEMO_NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


def demo_now() -> datetime:
    """The fixed reference time behind the module-level constants (not the wall clock)."""
    return _DEMO_NOW


def build_demo_dataset(now: datetime, seed: int = DEFAULT_SEED) -> DemoDataset:
    """Build the whole demo world around ``now`` (timezone-aware, any zone; stored as UTC)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("build_demo_dataset needs a timezone-aware 'now'")
    now = now.astimezone(UTC)
    rng = random.Random(seed)
    customers = build_customers(rng, now)
    conversations = build_conversations(customers, rng, now)
    return DemoDataset(
        agents=DEMO_AGENTS,
        customers=customers,
        conversations=conversations,
        canned=DEMO_CANNED,
    )


@functools.cache
def _default() -> DemoDataset:
    return build_demo_dataset(demo_now())


if TYPE_CHECKING:  # what ``__getattr__`` gives, declared for the type checker only
    DEMO_CUSTOMERS: tuple[DemoCustomer, ...]
    DEMO_CONVERSATIONS: tuple[DemoConversation, ...]


def __getattr__(name: str) -> tuple[DemoCustomer, ...] | tuple[DemoConversation, ...]:
    """``DEMO_CUSTOMERS`` / ``DEMO_CONVERSATIONS``, built on first use: importing the package (the
    server does, for the price table) must not build the whole demo data set."""
    if name == "DEMO_CUSTOMERS":
        return _default().customers
    if name == "DEMO_CONVERSATIONS":
        return _default().conversations
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
