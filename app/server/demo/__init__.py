"""Deterministic demo content for the chat backend's ``--demo`` mode.

Pure standard library: the loader that maps these objects to database rows
lives with the ORM, so this package can be imported (and tested) anywhere.
"""

from app.server.demo.data import (
    DEFAULT_SEED,
    DEMO_AGENTS,
    DEMO_CANNED,
    DEMO_CONVERSATIONS,
    DEMO_CUSTOMERS,
    DEMO_PASSWORD,
    LARGE_WITHDRAWAL_USD,
    REFERENCE_PRICES_USD,
    SIMULATED_CUSTOMER_LINES,
    SIMULATED_FOLLOWUP_LINES,
    SIMULATED_OPENING_LINES,
    DemoAgent,
    DemoCannedReply,
    DemoConversation,
    DemoCustomer,
    DemoDataset,
    DemoMessage,
    DemoOrder,
    DemoTransfer,
    build_demo_dataset,
    demo_now,
    usd_value,
)

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
