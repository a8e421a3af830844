"""Deterministic demo content for the chat backend's ``--demo`` mode.

Pure standard library: the loader that maps these objects to database rows
lives with the ORM, so this package can be imported (and tested) anywhere.
"""

from typing import TYPE_CHECKING

from app.demo.data.agents import DEMO_AGENTS
from app.demo.data.canned import DEMO_CANNED
from app.demo.data.chains import LARGE_WITHDRAWAL_USD, REFERENCE_PRICES_USD, usd_value
from app.demo.data.data import DEFAULT_SEED, build_demo_dataset, demo_now
from app.demo.data.models import (
    DEMO_PASSWORD,
    DemoAgent,
    DemoCannedReply,
    DemoConversation,
    DemoCustomer,
    DemoDataset,
    DemoMessage,
    DemoOrder,
    DemoTransfer,
)
from app.demo.data.simulator import (
    SIMULATED_CUSTOMER_LINES,
    SIMULATED_FOLLOWUP_LINES,
    SIMULATED_OPENING_LINES,
)

if TYPE_CHECKING:  # built on first use by ``__getattr__``; declared for the type checker only
    from app.demo.data.data import DEMO_CONVERSATIONS, DEMO_CUSTOMERS


def __getattr__(name: str) -> object:
    """``DEMO_CUSTOMERS`` and ``DEMO_CONVERSATIONS`` are built on first use (see ``data``)."""
    if name in ("DEMO_CUSTOMERS", "DEMO_CONVERSATIONS"):
        from app.demo.data import data

        return getattr(data, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_SEED",
    "DEMO_AGENTS",
    "DEMO_CANNED",
    "DEMO_CONVERSATIONS",
    "DEMO_CUSTOMERS",
    "DEMO_PASSWORD",
    "LARGE_WITHDRAWAL_USD",
    "REFERENCE_PRICES_USD",
    "SIMULATED_CUSTOMER_LINES",
    "SIMULATED_FOLLOWUP_LINES",
    "SIMULATED_OPENING_LINES",
    "DemoAgent",
    "DemoCannedReply",
    "DemoConversation",
    "DemoCustomer",
    "DemoDataset",
    "DemoMessage",
    "DemoOrder",
    "DemoTransfer",
    "build_demo_dataset",
    "demo_now",
    "usd_value",
]
