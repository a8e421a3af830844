"""Plain value types for the ``--demo`` seed data.

They are frozen standard-library dataclasses on purpose: the demo content must
be importable without SQLAlchemy or a database, so tests and the loader (owned
by the ORM side) can share one deterministic description of the demo world
and map it to rows however the schema evolves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

DEMO_PASSWORD = "demo"
"""Password of every demo agent; the demo is local-only, so a shared trivial one is fine."""

AGENT_ROLES = ("agent", "vip_manager", "supervisor")
LANGUAGES = ("en", "zh-CN")
KYC_STATUSES = ("not_started", "pending", "approved", "rejected", "expired")
ORDER_STATUSES = ("filled", "partially_filled", "cancelled", "open", "liquidated")
TRANSFER_STATUSES = (
    "pending",
    "confirming",
    "completed",
    "failed",
    "under_review",
    "cancelled",
)
CHANNELS = ("chat", "email", "ticket", "callback")
CONVERSATION_STATUSES = ("open", "pending", "snoozed", "resolved")
PRIORITIES = ("low", "normal", "high", "urgent")
CANNED_CATEGORIES = (
    "account_login",
    "trading",
    "deposits_withdrawals",
    "kyc",
    "security_2fa",
    "promotions",
    "platform_rules",
)


@dataclass(frozen=True)
class DemoAgent:
    """A workstation user; ``role`` drives which queues and customers they see."""

    username: str
    display_name: str
    role: str  # "agent" | "vip_manager" | "supervisor"
    language: str  # "en" | "zh-CN"


@dataclass(frozen=True)
class DemoOrder:
    """One order from the customer's history, so agents can answer trading tickets."""

    order_id: str
    market: str  # "spot" | "futures"
    symbol: str  # "BTC-USDT", "ETH-USDT-SWAP", ...
    side: str  # "buy" | "sell"
    order_type: str  # "limit" | "market" | "stop"
    price: str  # decimal string; average fill price for market orders
    amount: str  # decimal string, base-asset quantity
    filled: str  # decimal string
    status: str  # see ORDER_STATUSES
    created_at: datetime


@dataclass(frozen=True)
class DemoTransfer:
    """An on-chain deposit or withdrawal.

    ``tx_hash`` is always populated (also for withdrawals that are still
    pending/under review: it is the id of the prepared transaction) so that the
    loader can treat it as a non-null, unique column.
    """

    transfer_id: str
    direction: str  # "deposit" | "withdrawal"
    asset: str
    chain: str  # "Bitcoin", "ERC20", "TRC20", "Solana", "Arbitrum One", "BSC"
    amount: str
    address: str
    tx_hash: str
    status: str  # see TRANSFER_STATUSES
    confirmations: int
    required_confirmations: int
    created_at: datetime
    completed_at: datetime | None


@dataclass(frozen=True)
class DemoCustomer:
    """An exchange account as the agent's customer panel shows it."""

    uid: str
    name: str
    email: str
    phone: str
    language: str
    registered_at: datetime
    kyc_level: int
    kyc_status: str
    kyc_rejection_reason: str | None
    vip_tier: int
    account_manager: str | None
    twofa_enabled: bool
    anti_phishing_code_set: bool
    withdrawals_locked: bool
    account_frozen: bool
    volume_30d_usd: str
    fee_tier: str
    orders: tuple[DemoOrder, ...]
    transfers: tuple[DemoTransfer, ...]


@dataclass(frozen=True)
class DemoMessage:
    """One entry of a conversation thread; ``internal`` notes are agent-only."""

    author_kind: str  # "customer" | "agent" | "system"
    author: str | None  # agent username for agent messages, else None
    body: str
    internal: bool
    at: datetime
    # A system line's code and arguments (app/protocol/notes.py); ``body`` is its English text.
    note_code: str | None = None
    note_args: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class DemoConversation:
    """A support thread in one channel, tied to one customer."""

    key: str
    customer_uid: str
    channel: str
    subject: str | None
    status: str
    priority: str
    assignee: str | None
    tags: tuple[str, ...]
    created_at: datetime
    snoozed_until: datetime | None
    messages: tuple[DemoMessage, ...]


@dataclass(frozen=True)
class DemoCannedReply:
    """A vetted, bilingual quick reply; ``variables`` lists the placeholders used."""

    key: str
    category: str
    shortcut: str
    title_en: str
    title_zh: str
    body_en: str
    body_zh: str
    variables: tuple[str, ...]


@dataclass(frozen=True)
class DemoDataset:
    """Everything the ``--demo`` loader seeds, built for one reference time."""

    agents: tuple[DemoAgent, ...]
    customers: tuple[DemoCustomer, ...]
    conversations: tuple[DemoConversation, ...]
    canned: tuple[DemoCannedReply, ...]
