"""Contract tests for the ``--demo`` seed content (app/demo/data).

The loader, the VIP/manager access rules and the safety guard all lean on
properties of this data (unique ids, chain-shaped hashes, managers, safe canned
replies), so they are pinned here rather than left to eyeballing.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.demo.data import (
    DEMO_AGENTS,
    DEMO_CANNED,
    DEMO_CONVERSATIONS,
    DEMO_CUSTOMERS,
    DEMO_PASSWORD,
    LARGE_WITHDRAWAL_USD,
    SIMULATED_CUSTOMER_LINES,
    SIMULATED_FOLLOWUP_LINES,
    SIMULATED_OPENING_LINES,
    DemoConversation,
    DemoCustomer,
    DemoDataset,
    build_demo_dataset,
    demo_now,
    models,
    usd_value,
)
from app.demo.data.chains import ADDRESS_PATTERNS, TX_HASH_PATTERNS

NOW = demo_now()
CJK = re.compile(r"[\u4e00-\u9fff]")
VAR = re.compile(r"\{([a-z_]+)\}")
ALLOWED_VARIABLES = {"customer_name", "uid", "agent_name", "ticket_id"}


@pytest.fixture(scope="module")
def dataset() -> DemoDataset:
    return build_demo_dataset(NOW)


@pytest.fixture(scope="module")
def customers_by_uid(dataset: DemoDataset) -> dict[str, DemoCustomer]:
    return {c.uid: c for c in dataset.customers}


# --- determinism -------------------------------------------------------------------------------


def test_build_is_deterministic(dataset: DemoDataset) -> None:
    assert build_demo_dataset(NOW) == dataset
    assert build_demo_dataset(NOW, seed=42) == dataset
    assert dataset.customers == DEMO_CUSTOMERS
    assert dataset.conversations == DEMO_CONVERSATIONS
    assert dataset.canned == DEMO_CANNED


def test_other_seed_gives_other_data(dataset: DemoDataset) -> None:
    other = build_demo_dataset(NOW, seed=7)
    assert {c.uid for c in other.customers} != {c.uid for c in dataset.customers}
    assert len(other.customers) == len(dataset.customers)
    assert len(other.conversations) >= 60


def test_shifting_now_only_shifts_timestamps(dataset: DemoDataset) -> None:
    shift = timedelta(days=3, hours=5, minutes=7)
    later = build_demo_dataset(NOW + shift)
    assert [c.uid for c in later.customers] == [c.uid for c in dataset.customers]
    for a, b in zip(dataset.customers, later.customers, strict=True):
        assert b.registered_at - a.registered_at == shift
        assert [t.tx_hash for t in a.transfers] == [t.tx_hash for t in b.transfers]
    for a, b in zip(dataset.conversations, later.conversations, strict=True):
        assert (a.key, a.customer_uid, a.status) == (b.key, b.customer_uid, b.status)
        assert b.created_at - a.created_at == shift
        assert [m.body for m in a.messages] == [m.body for m in b.messages]


def test_now_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError):
        build_demo_dataset(datetime(2025, 1, 1, 12, 0))


def test_other_timezones_are_normalised_to_utc(dataset: DemoDataset) -> None:
    from zoneinfo import ZoneInfo

    shanghai = build_demo_dataset(NOW.astimezone(ZoneInfo("Asia/Shanghai")))
    assert shanghai == dataset
    assert all(c.created_at.tzinfo == UTC for c in shanghai.conversations)


@pytest.mark.parametrize("seed", [1, 2, 3, 99, 2024])
def test_guarantees_hold_for_other_seeds(seed: int) -> None:
    """Coverage is planned, not left to chance, so any seed gives a complete demo."""
    data = build_demo_dataset(NOW, seed=seed)
    by_uid = {c.uid: c for c in data.customers}
    assert len(data.customers) >= 200 and len(data.conversations) >= 70
    assert {c.vip_tier for c in data.customers} == set(range(9))
    assert {c.kyc_status for c in data.customers} == set(models.KYC_STATUSES)
    assert {c.status for c in data.conversations} == set(models.CONVERSATION_STATUSES)
    assert {c.channel for c in data.conversations} == set(models.CHANNELS)
    managers_with_large = {c.account_manager for c in data.customers if _large_pending(c)}
    assert managers_with_large == {"vera", "victor"}
    vip_assignees: Counter[str | None] = Counter()
    for conv in data.conversations:
        customer = by_uid[conv.customer_uid]
        if customer.vip_tier:
            assert conv.assignee in (customer.account_manager, None)
            vip_assignees[conv.assignee] += 1
    assert vip_assignees["vera"] >= 2 and vip_assignees["victor"] >= 2 and vip_assignees[None] >= 1
    assert sum(1 for c in data.conversations if not any(m.author_kind == "agent" for m in c.messages)) >= 5


# --- agents ----------------------------------------------------------------------------------------


def test_demo_agents_and_roles() -> None:
    roles = {a.username: a.role for a in DEMO_AGENTS}
    assert roles == dict(
        alice="agent", bob="agent", vera="vip_manager", sam="supervisor", victor="vip_manager",
        rita="agent", shen="agent",  # the risk and compliance, and security desks (issue 19)
    )
    langs = {a.username: a.language for a in DEMO_AGENTS}
    assert langs["alice"] == "en" and langs["bob"] == "zh-CN"
    assert all(a.language in ("en", "zh-CN") and a.display_name for a in DEMO_AGENTS)
    assert DEMO_PASSWORD == "demo"


# --- customers -------------------------------------------------------------------------------------


def test_customer_counts_and_uniqueness(dataset: DemoDataset) -> None:
    customers = dataset.customers
    assert len(customers) >= 200
    assert all(re.fullmatch(r"[1-9]\d{9}", c.uid) for c in customers)
    assert all(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", c.email) for c in customers)
    transfers = [t for c in customers for t in c.transfers]
    orders = [o.order_id for c in customers for o in c.orders]
    for values in ([c.uid for c in customers], [c.email for c in customers], orders):
        assert len(set(values)) == len(values)
    for values in ([t.tx_hash for t in transfers], [t.transfer_id for t in transfers]):
        assert len(set(values)) == len(values)


def test_names_phones_and_languages(dataset: DemoDataset) -> None:
    customers = dataset.customers
    chinese = [c for c in customers if CJK.search(c.name)]
    assert 0.4 <= len(chinese) / len(customers) <= 0.6
    for c in customers:
        assert c.language == ("zh-CN" if CJK.search(c.name) else "en")
        assert re.fullmatch(r"\+[1-9]\d{7,14}", c.phone), c.phone
        assert c.phone[:3] in {"+86", "+65", "+44", "+49"} or c.phone.startswith("+1")
        assert c.registered_at < NOW - timedelta(days=30)
    prefixes = Counter(c.phone[:3] for c in customers)
    assert prefixes["+86"] > 50


def test_vip_tiers_managers_and_fees(dataset: DemoDataset) -> None:
    customers = dataset.customers
    tiers = Counter(c.vip_tier for c in customers)
    assert set(tiers) == set(range(9))
    assert 0.6 <= tiers[0] / len(customers) <= 0.8
    assert tiers[1] > tiers[8]
    for c in customers:
        if c.vip_tier == 0:
            assert c.account_manager is None
            assert c.fee_tier in {"Lv1", "Lv2", "Lv3", "Lv4", "Lv5"}
            assert Decimal(c.volume_30d_usd) < Decimal(1_000_000)
        else:
            assert c.fee_tier == f"VIP{c.vip_tier}"
            assert Decimal(c.volume_30d_usd) >= Decimal(1_000_000)
            assert c.account_manager in {"vera", "victor", None}
            if c.account_manager is None:
                assert c.vip_tier == 1
    managers = Counter(c.account_manager for c in customers if c.vip_tier)
    assert managers["vera"] >= 10 and managers["victor"] >= 10 and managers[None] >= 1


def test_kyc_states(dataset: DemoDataset) -> None:
    customers = dataset.customers
    assert {c.kyc_status for c in customers} == set(models.KYC_STATUSES)
    levels_by_status: dict[str, set[int]] = {}
    for c in customers:
        assert 0 <= c.kyc_level <= 3
        levels_by_status.setdefault(c.kyc_status, set()).add(c.kyc_level)
        assert bool(c.kyc_rejection_reason) == (c.kyc_status == "rejected")
    assert levels_by_status["not_started"] == {0}
    assert levels_by_status["approved"] >= {1, 2, 3}
    for status in ("pending", "rejected", "expired"):
        assert len(levels_by_status[status]) >= 2, status


def test_security_flags(dataset: DemoDataset) -> None:
    customers = dataset.customers
    assert sum(c.withdrawals_locked for c in customers) >= 5
    assert 1 <= sum(c.account_frozen for c in customers) <= 3
    assert any(c.twofa_enabled for c in customers) and any(not c.twofa_enabled for c in customers)
    assert any(c.anti_phishing_code_set for c in customers)
    assert all(c.twofa_enabled for c in customers if c.vip_tier)


def test_orders_are_consistent(dataset: DemoDataset) -> None:
    statuses: Counter[str] = Counter()
    for c in dataset.customers:
        assert 0 <= len(c.orders) <= 8
        for o in c.orders:
            statuses[o.status] += 1
            assert o.market in ("spot", "futures")
            assert o.symbol.endswith("-SWAP") == (o.market == "futures")
            assert o.side in ("buy", "sell") and o.order_type in ("limit", "market", "stop")
            price, amount, filled = Decimal(o.price), Decimal(o.amount), Decimal(o.filled)
            assert price > 0 and amount > 0 and 0 <= filled <= amount
            if o.status in ("filled", "liquidated"):
                assert filled == amount
            if o.status == "open":
                assert filled == 0 and o.order_type != "market"
            if o.status == "partially_filled":
                assert 0 < filled < amount
            if o.status == "liquidated":
                assert o.market == "futures"
            assert o.created_at.tzinfo is not None and o.created_at < NOW
    assert set(statuses) == set(models.ORDER_STATUSES)


def test_transfers_have_chain_consistent_formats(dataset: DemoDataset) -> None:
    statuses: Counter[str] = Counter()
    chains: set[str] = set()
    for c in dataset.customers:
        assert 0 <= len(c.transfers) <= 6
        for t in c.transfers:
            statuses[t.status] += 1
            chains.add(t.chain)
            assert ADDRESS_PATTERNS[t.chain].fullmatch(t.address), (t.chain, t.address)
            assert TX_HASH_PATTERNS[t.chain].fullmatch(t.tx_hash), (t.chain, t.tx_hash)
            assert t.direction in ("deposit", "withdrawal")
            assert Decimal(t.amount) > 0
            assert t.created_at < NOW
            if t.status == "completed":
                assert t.completed_at is not None and t.created_at < t.completed_at <= NOW
                assert t.confirmations >= t.required_confirmations
            else:
                assert t.completed_at is None
            if t.status == "confirming":
                assert t.confirmations < t.required_confirmations
            if t.status == "pending":
                assert t.confirmations == 0
            if t.direction == "withdrawal":
                assert c.kyc_level >= 1
    assert set(statuses) == set(models.TRANSFER_STATUSES)
    assert {"Bitcoin", "ERC20", "TRC20", "Solana", "Arbitrum One", "BSC"} <= chains
    assert any(
        t.direction == "deposit" and t.status == "failed" for c in dataset.customers for t in c.transfers
    )


def _large_pending(c: DemoCustomer) -> list[str]:
    return [
        t.transfer_id
        for t in c.transfers
        if t.direction == "withdrawal"
        and t.status in ("pending", "under_review")
        and usd_value(t.asset, t.amount) >= LARGE_WITHDRAWAL_USD
    ]


def test_large_pending_withdrawals_for_vip_managers(dataset: DemoDataset) -> None:
    by_manager = Counter(c.account_manager for c in dataset.customers for _ in _large_pending(c))
    assert by_manager["vera"] >= 2 and by_manager["victor"] >= 1 and set(by_manager) == {"vera", "victor"}


# --- conversations ---------------------------------------------------------------------------------


def _public(conv: DemoConversation) -> list[str]:
    return [m.body for m in conv.messages if m.author_kind in ("customer", "agent") and not m.internal]


def test_conversation_coverage(dataset: DemoDataset, customers_by_uid: dict[str, DemoCustomer]) -> None:
    convs = dataset.conversations
    assert len(convs) >= 60
    keys = [c.key for c in convs]
    assert len(set(keys)) == len(keys) and all(re.fullmatch(r"c\d{3}", k) for k in keys)
    assert {c.status for c in convs} == set(models.CONVERSATION_STATUSES)
    assert {c.channel for c in convs} == set(models.CHANNELS)
    assert {c.priority for c in convs} <= set(models.PRIORITIES)
    channels = Counter(c.channel for c in convs)
    assert channels["chat"] + channels["email"] > channels["ticket"] + channels["callback"]
    statuses = Counter(c.status for c in convs)
    assert statuses["open"] == max(statuses.values())
    langs = Counter(customers_by_uid[c.customer_uid].language for c in convs)
    assert langs["en"] >= 15 and langs["zh-CN"] >= 15
    tags = {t for c in convs for t in c.tags}
    assert {"deposit", "withdrawal", "kyc", "2fa", "login", "futures", "promotion", "p2p", "fees"} <= tags


def test_conversation_language_matches_customer(
    dataset: DemoDataset, customers_by_uid: dict[str, DemoCustomer]
) -> None:
    for conv in dataset.conversations:
        zh = customers_by_uid[conv.customer_uid].language == "zh-CN"
        for body in _public(conv):
            assert bool(CJK.search(body)) == zh, (conv.key, body)
        if conv.subject is not None:
            assert bool(CJK.search(conv.subject)) == zh, (conv.key, conv.subject)


def test_conversation_assignees(dataset: DemoDataset, customers_by_uid: dict[str, DemoCustomer]) -> None:
    vip_assignees: Counter[str | None] = Counter()
    for conv in dataset.conversations:
        customer = customers_by_uid[conv.customer_uid]
        if customer.vip_tier:
            assert conv.assignee in (customer.account_manager, None), conv.key
            vip_assignees[conv.assignee] += 1
            assert "vip" in conv.tags
        else:
            expected = "bob" if customer.language == "zh-CN" else "alice"
            assert conv.assignee in (expected, None), conv.key
        authors = {m.author for m in conv.messages if m.author_kind == "agent"}
        public_authors = {m.author for m in conv.messages if m.author_kind == "agent" and not m.internal}
        assert authors <= {"alice", "bob", "vera", "victor", "sam"}
        assert public_authors <= {conv.assignee}
        assert all(m.author is None for m in conv.messages if m.author_kind != "agent")
    assert vip_assignees["vera"] >= 2 and vip_assignees["victor"] >= 2 and vip_assignees[None] >= 1


def test_conversation_shapes_and_times(dataset: DemoDataset) -> None:
    awaiting = 0
    with_notes = 0
    for conv in dataset.conversations:
        msgs = conv.messages
        assert msgs and msgs[0].at == conv.created_at
        assert msgs[0].author_kind == "customer"
        assert all(a.at < b.at for a, b in itertools.pairwise(msgs))
        assert NOW - timedelta(days=5) < conv.created_at and msgs[-1].at <= NOW
        assert all(m.body.strip() for m in msgs)
        assert (conv.status == "snoozed") == (conv.snoozed_until is not None)
        if conv.snoozed_until is not None:
            assert conv.snoozed_until > NOW
        assert (conv.subject is None) == (conv.channel == "chat")
        with_notes += any(m.internal for m in msgs)
        if not any(m.author_kind == "agent" for m in msgs):
            assert conv.status == "open"
            assert all(m.author_kind == "customer" for m in msgs)
            assert NOW - conv.created_at < timedelta(hours=2)
            awaiting += 1
        if conv.status == "pending":
            assert msgs[-1].author_kind == "agent"
        if conv.status == "resolved":
            assert any(m.author_kind == "agent" and not m.internal for m in msgs)
    assert awaiting >= 5
    assert with_notes >= 5


def test_callbacks_are_for_vips_or_emergencies(
    dataset: DemoDataset, customers_by_uid: dict[str, DemoCustomer]
) -> None:
    for conv in dataset.conversations:
        if conv.channel == "callback":
            assert customers_by_uid[conv.customer_uid].vip_tier or conv.priority == "urgent"


def test_conversations_quote_the_customers_own_records(
    dataset: DemoDataset, customers_by_uid: dict[str, DemoCustomer]
) -> None:
    hash_re = re.compile(
        r"(?<![0-9A-Za-z])(0x[0-9a-f]{64}|[0-9a-f]{64}|[1-9A-HJ-NP-Za-km-z]{88})(?![0-9A-Za-z])"
    )
    order_re = re.compile(r"(?<!\d)\d{19}(?!\d)")
    quoted = 0
    for conv in dataset.conversations:
        customer = customers_by_uid[conv.customer_uid]
        own_hashes = {t.tx_hash: t.created_at for t in customer.transfers}
        own_orders = {o.order_id: o.created_at for o in customer.orders}
        for message in conv.messages:
            for tx in hash_re.findall(message.body):
                assert tx in own_hashes, (conv.key, tx)
                assert own_hashes[tx] < conv.created_at, conv.key  # thread follows the transfer
                quoted += 1
            for order_id in order_re.findall(message.body):
                assert order_id in own_orders, (conv.key, order_id)
                assert own_orders[order_id] < conv.created_at, conv.key
            assert customer.uid in message.body or "UID" not in message.body or conv.channel != "email"
    assert quoted >= 10


def test_large_withdrawal_threads_exist(
    dataset: DemoDataset, customers_by_uid: dict[str, DemoCustomer]
) -> None:
    large = [c for c in dataset.conversations if "large-amount" in c.tags]
    managers = {customers_by_uid[c.customer_uid].account_manager for c in large}
    assert {"vera", "victor"} <= managers
    assert all(c.priority == "urgent" and c.status != "resolved" for c in large)


# --- canned replies ----------------------------------------------------------------------------------

REQUEST_EN = re.compile(
    r"\b(send|provide|share|give|tell|enter|type|confirm|reply with)\b[^.!?\n]{0,40}"
    r"(password|sms code|verification code|2fa code|authenticator code|private key|seed phrase|"
    r"recovery phrase|mnemonic|api secret)",
    re.IGNORECASE,
)
NEGATION_EN = re.compile(r"\b(never|not|don't|no one|nobody|won't)\b", re.IGNORECASE)
REQUEST_ZH = re.compile(
    r"(提供|发送|发给|告诉|告知|透露|索要)[^。！？\n]{0,12}(密码|验证码|私钥|助记词|密钥)"
)
NEGATION_ZH = re.compile(r"(不会|绝不|切勿|不要|请勿|勿|不需要|从不|无需|都不)")
REMOTE_ACCESS = re.compile(r"(anydesk|teamviewer|rustdesk|remote[- ]access|远程控制)", re.IGNORECASE)
WARNING = re.compile(r"(never|do not|don't|uninstall|scam|切勿|卸载|不要|诈骗)", re.IGNORECASE)
CRYPTO_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}|\bbc1[a-z0-9]{20,}|\bT[1-9A-HJ-NP-Za-km-z]{33}\b")
URL = re.compile(r"https?://([^/\s)）\"'，。]+)")
BARE_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|me|app|xyz|co|cn|info|link|top|example)\b")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[.!?。！？\n]", text) if s.strip()]


def _unsafe_sentences(text: str) -> list[str]:
    bad = []
    for sentence in _sentences(text):
        if REQUEST_EN.search(sentence) and not NEGATION_EN.search(sentence):
            bad.append(sentence)
        if REQUEST_ZH.search(sentence) and not NEGATION_ZH.search(sentence):
            bad.append(sentence)
        if REMOTE_ACCESS.search(sentence) and not WARNING.search(sentence):
            bad.append(sentence)
    return bad


def test_canned_categories_and_shortcuts() -> None:
    per_category = Counter(r.category for r in DEMO_CANNED)
    assert set(per_category) == set(models.CANNED_CATEGORIES)
    assert all(n >= 4 for n in per_category.values()), per_category
    keys = [r.key for r in DEMO_CANNED]
    assert len(set(keys)) == len(keys)
    shortcuts = [r.shortcut for r in DEMO_CANNED]
    assert len(set(shortcuts)) == len(shortcuts)
    assert all(re.fullmatch(r"[a-z0-9]{2,16}", s) for s in shortcuts), shortcuts
    assert {"pwreset", "depnotarrived"} <= set(shortcuts)


def test_canned_bodies_and_variables() -> None:
    for r in DEMO_CANNED:
        assert r.body_en.strip() and r.body_zh.strip() and r.title_en and r.title_zh, r.key
        assert CJK.search(r.body_zh) and CJK.search(r.title_zh), r.key
        assert not CJK.search(r.body_en) and not CJK.search(r.title_en), r.key
        en_vars, zh_vars = set(VAR.findall(r.body_en)), set(VAR.findall(r.body_zh))
        assert en_vars == zh_vars == set(r.variables), r.key
        assert len(r.variables) == len(set(r.variables))
        assert set(r.variables) <= ALLOWED_VARIABLES, r.key
        # no stray braces beyond the declared placeholders
        for body in (r.body_en, r.body_zh):
            assert VAR.sub("", body).count("{") == 0 and VAR.sub("", body).count("}") == 0


def test_canned_replies_are_safe() -> None:
    reminders = 0
    for r in DEMO_CANNED:
        for body in (r.body_en, r.body_zh):
            for host in URL.findall(body):
                assert host == "exchange.example" or host.endswith(".exchange.example"), (r.key, host)
            for domain in BARE_DOMAIN.findall(body.lower()):
                assert domain.endswith("exchange.example"), (r.key, domain)
            assert not CRYPTO_ADDRESS.search(body), r.key
            assert not _unsafe_sentences(body), (r.key, _unsafe_sentences(body))
        reminders += "never ask" in r.body_en or "will never" in r.body_en
    assert reminders >= 3


def test_safety_checker_catches_bad_replies() -> None:
    assert _unsafe_sentences("Please send us your Google Authenticator code to verify.")
    assert _unsafe_sentences("请提供您的短信验证码以便核实。")
    assert _unsafe_sentences("Install AnyDesk so we can help you.")
    assert not _unsafe_sentences("We will never ask you to send us your password.")
    assert BARE_DOMAIN.findall("visit exchange-help.com now")


# --- simulator lines ---------------------------------------------------------------------------------


def test_simulated_customer_lines() -> None:
    assert set(SIMULATED_CUSTOMER_LINES) == {"en", "zh-CN"}
    for lang in ("en", "zh-CN"):
        assert len(SIMULATED_OPENING_LINES[lang]) >= 35
        assert len(SIMULATED_FOLLOWUP_LINES[lang]) >= 35
        lines = SIMULATED_CUSTOMER_LINES[lang]
        assert lines == SIMULATED_OPENING_LINES[lang] + SIMULATED_FOLLOWUP_LINES[lang]
        assert len(set(lines)) == len(lines)
        for line in lines:
            assert line.strip()
            assert bool(CJK.search(line)) == (lang == "zh-CN"), line
            assert not re.search(r"\d{6}", line), line  # nothing that looks like a code
            assert not CRYPTO_ADDRESS.search(line)
            assert not re.search(
                r"(my (password|code|seed phrase|private key) is"
                r"|(密码|验证码|助记词)(是|为)[:：\s]*[A-Za-z0-9])",
                line,
                re.IGNORECASE,
            ), line


# --- cross-check with the real safety guard --------------------------------------------------------


def test_demo_text_passes_the_safety_guard(dataset: DemoDataset) -> None:
    """Seeded agent text must be sendable and seeded customer text must hold no secrets."""
    guard = pytest.importorskip("app.guard")
    for r in DEMO_CANNED:
        for body in (r.body_en, r.body_zh):
            assert guard.check_outbound(body) == (), (r.key, guard.check_outbound(body))
    for conv in dataset.conversations:
        for m in conv.messages:
            if m.author_kind == "agent" and not m.internal:
                assert guard.check_outbound(m.body) == (), (conv.key, m.body)
            if m.author_kind == "customer":
                assert not guard.scan_inbound(m.body).findings, (conv.key, m.body)
    for lines in SIMULATED_CUSTOMER_LINES.values():
        for line in lines:
            assert not guard.scan_inbound(line).findings, line
