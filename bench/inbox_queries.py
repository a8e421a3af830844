"""Inbox query figures for a 100,000-conversation cache (a benchmark that prints, not a test).

Builds a realistic cache in a temporary file — 100,000 conversations through the store's own
snapshot path, about 300,000 messages in bulk, the search index rebuilt — then times each view's
first page (50 rows) with its total count, and searches, over ``--runs`` runs each. The target is
well under 50 ms for every line. Run: ``python bench/inbox_queries.py [--conversations N]``.
``--plans`` prints SQLite's query plan of each view (to check that the indexes are used).

Customer text is sealed (AES-256-GCM) and the search index is blind (schema v3), so every figure
includes opening the rows' sealed columns and hashing the searched words. The build also times
the one-time upgrade of a plain-text cache of the same size (sealing in place and vacuuming) and
opening the sealed cache with its key; ``--skip-upgrade`` leaves that out.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, text

from app.models import Base, MessageRecord
from app.models.columns import EncryptedText
from app.models.crypto import CacheCipher, CacheKey
from app.models.fts import REBUILD_FTS_SQL
from app.models.migrations import KEY_CHECK, NEEDS_SEALING
from app.models.sql_functions import SealFunctions
from app.protocol.types import Conversation, CustomerSummary, Message
from app.store import STATUS_ANY, InboxQuery, Store, View
from app.store.rows import message_values
from app.store.sealing import allocate_ids, cipher_of, seal_values

ME = "alice"
AGENTS = [ME, "bob", *(f"agent{i:02d}" for i in range(40))]
MANAGERS = ["vera", "victor", "vivian", "valentin"]
CHANNELS = (("chat", 50), ("email", 30), ("ticket", 15), ("callback", 5))
STATUSES = (("resolved", 70), ("open", 15), ("pending", 10), ("snoozed", 5))
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
LATIN = ["Smith", "Garcia", "Müller", "Rossi", "Kim", "Nguyen", "Silva", "Ivanov", "Tanaka", "Dubois"]
# A small vocabulary on purpose: each word is in about half the conversations (a worst case for search).
EN_WORDS = [
    "deposit", "withdrawal", "pending", "confirmations", "network", "address", "wallet", "order",
    "futures", "spot", "margin", "liquidation", "fee", "kyc", "verification", "passport", "selfie",
    "rejected", "approved", "account", "locked", "password", "reset", "2fa", "authenticator", "phone",
    "email", "code", "support", "transfer", "usdt", "btc", "eth", "trc20", "erc20", "bep20", "hash",
    "transaction", "missing", "arrived", "refund", "balance", "funding", "leverage", "position",
]
ZH_PHRASES = [
    "我的充值没有到账", "提现一直在审核", "身份认证失败", "账户被冻结了", "合约爆仓", "谷歌验证器丢失",
]
RARE_WORD = "zyxwvutsrq"  # appears in a few messages only


def weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def sentence(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(ZH_PHRASES) + "，" + rng.choice(ZH_PHRASES)
    return " ".join(rng.choice(EN_WORDS) for _ in range(rng.randint(6, 18))).capitalize() + "."


def make_conversations(n: int, rng: random.Random) -> list[Conversation]:
    base = datetime(2026, 11, 1, tzinfo=UTC)
    out = []
    for i in range(1, n + 1):
        vip = rng.choices(range(9), weights=[92, 2, 1.5, 1.2, 1, 0.8, 0.6, 0.5, 0.4])[0]
        if rng.random() < 0.5:
            name = rng.choice(SURNAMES) + "*" * rng.randint(1, 2)
        else:
            name = f"{rng.choice(LATIN)[0]}*** {rng.choice(LATIN)}"
        email = f"user{i}@example.com"
        customer = CustomerSummary(
            uid=f"{10_000_000 + i * 7}", name=name, vip_tier=vip, language=rng.choice(("en", "zh-CN")),
            kyc_level=rng.randint(0, 3), kyc_status="approved",
            account_manager=rng.choice(MANAGERS) if vip else None,
            email_masked=f"u***{i % 10}@example.com",
            email_digest=hashlib.sha256(email.encode()).hexdigest(),
        )
        status = weighted(rng, STATUSES)
        created = base + timedelta(seconds=rng.randint(0, 24 * 3600 * 24))
        answered = rng.random() < 0.6
        last_kind = "agent" if answered and rng.random() < 0.6 else "customer"
        last = Message(
            id=i * 10, conversation_id=i, author_kind=last_kind, author_name="x", body=sentence(rng),
            created_at=created + timedelta(minutes=rng.randint(1, 600)),
        )
        assignee = None if rng.random() < 0.25 else rng.choice(AGENTS + [ME] * 2)
        out.append(Conversation(
            id=i, channel=weighted(rng, CHANNELS), status=status,
            priority=rng.choice(("low", "normal", "normal", "high", "urgent")), customer=customer,
            created_at=created, updated_at=last.created_at, assignee=assignee,
            subject=sentence(rng)[:60] if rng.random() < 0.4 else None, last_message=last,
            message_count=3, last_customer_message_at=created,
            first_response_at=created + timedelta(minutes=5) if answered else None,
            first_response_due=created + timedelta(minutes=rng.choice((5, 15, 60))),
            resolution_due=created + timedelta(hours=rng.choice((4, 24, 72))),
        ))
    return out


def extra_messages(n: int, per: int, rng: random.Random) -> list[dict[str, object]]:
    base = datetime(2026, 11, 1, tzinfo=UTC)
    rows = []
    for i in range(1, n + 1):
        for k in range(per):
            body = sentence(rng) if rng.random() > 0.0002 else f"{sentence(rng)} {RARE_WORD}"
            msg = Message(id=i * 10 + k + 1, conversation_id=i, author_kind=rng.choice(("customer", "agent")),
                          author_name="x", body=body, created_at=base + timedelta(seconds=i + k))
            rows.append(message_values(msg))
    return rows


async def build(path: Path, n: int, per: int, key: CacheKey) -> tuple[Store, dict[str, float]]:
    rng = random.Random(7)
    figures: dict[str, float] = {}
    t0 = time.perf_counter()
    conversations = make_conversations(n, rng)
    messages = extra_messages(n, per, rng)
    figures["generate data (s)"] = time.perf_counter() - t0

    store = await Store.open(path, key=key)
    await store.bind_identity("ws://bench", ME)
    t0 = time.perf_counter()
    await store.apply_snapshot(conversations, head=1)
    figures["apply snapshot (s)"] = time.perf_counter() - t0

    def bulk(session: object) -> None:
        cipher = cipher_of(session)  # type: ignore[arg-type]
        ids = allocate_ids(session, MessageRecord, len(messages))  # type: ignore[arg-type]
        rows = [{"local_id": i, **seal_values(cipher, MessageRecord, i, m)}
                for i, m in zip(ids, messages, strict=True)]
        for start in range(0, len(rows), 10_000):
            session.execute(insert(MessageRecord), rows[start : start + 10_000])  # type: ignore[attr-defined]
        session.execute(text("DELETE FROM conversation_fts"))  # type: ignore[attr-defined]
        session.execute(text(REBUILD_FTS_SQL))  # type: ignore[attr-defined]
        session.execute(text("INSERT INTO conversation_fts (conversation_fts) VALUES ('optimize')"))  # type: ignore[attr-defined]

    t0 = time.perf_counter()
    await store.run(bulk)
    figures["bulk messages + FTS rebuild (s)"] = time.perf_counter() - t0
    return store, figures


def unseal_copy(source: Path, target: Path, key: CacheKey) -> None:
    """A plain-text (schema v2 style) copy of the sealed cache: every sealed value opened in place,
    marked ``needs_sealing`` — what an agent's cache looks like before the v3 upgrade seals it."""
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    functions = SealFunctions()
    functions.cipher = CacheCipher(key)
    functions.install(conn)
    conn.execute("BEGIN")
    for table in Base.metadata.sorted_tables:
        sealed = [c for c in table.columns if isinstance(c.type, EncryptedText)]
        if sealed:
            sets = ", ".join(f"{c.name} = ad_open('{c.type.label}', {c.type.key}, {c.name})" for c in sealed)
            conn.execute(f"UPDATE {table.name} SET {sets}")
    conn.execute("DELETE FROM kv WHERE key = ?", (KEY_CHECK,))
    conn.execute("INSERT INTO kv (key, value) VALUES (?, '1')", (NEEDS_SEALING,))
    conn.execute("COMMIT")
    conn.close()


async def upgrade_figures(path: Path, key: CacheKey) -> dict[str, float]:
    figures: dict[str, float] = {}
    plain = path.with_name("plain.sqlite3")
    unseal_copy(path, plain, key)
    t0 = time.perf_counter()
    store = await Store.open(plain, key=CacheKey.generate())
    figures["upgrade: seal plain cache in place (s)"] = time.perf_counter() - t0
    await store.close()
    t0 = time.perf_counter()
    store = await Store.open(path, key=key)
    figures["open sealed cache with its key (s)"] = time.perf_counter() - t0
    await store.close()
    return figures


def cases() -> list[tuple[str, InboxQuery]]:
    q = InboxQuery
    return [
        ("view Mine", q(View.MINE, ME)),
        ("view Unassigned", q(View.UNASSIGNED, ME)),
        ("view VIP", q(View.VIP, ME)),
        ("view All", q(View.ALL, ME)),
        ("view My clients (vera)", q(View.MY_CLIENTS, "vera")),
        ("All, channel=email", q(View.ALL, ME, channel="email")),
        ("All, status=pending", q(View.ALL, ME, status="pending")),
        ("All, status=resolved", q(View.ALL, ME, status="resolved")),
        ("All, every status", q(View.ALL, ME, status=STATUS_ANY)),
        ("Mine, every status", q(View.MINE, ME, status=STATUS_ANY)),
        ("Unassigned, chat", q(View.UNASSIGNED, ME, channel="chat")),
        ("search UID (exact)", q(View.ALL, ME, status=STATUS_ANY, search="10350007")),
        ("search UID (prefix)", q(View.ALL, ME, status=STATUS_ANY, search="1035")),
        ("search name (张)", q(View.ALL, ME, status=STATUS_ANY, search="张")),
        ("search name (Rossi)", q(View.ALL, ME, status=STATUS_ANY, search="Rossi")),
        ("search email", q(View.ALL, ME, status=STATUS_ANY, search="User4242@Example.com")),
        ("search text, common word", q(View.ALL, ME, search="withdrawal")),
        ("search text, common, all statuses", q(View.ALL, ME, status=STATUS_ANY, search="withdrawal")),
        ("search text, Chinese", q(View.ALL, ME, search="充值")),
        ("search text, rare word", q(View.ALL, ME, status=STATUS_ANY, search=RARE_WORD)),
        ("search text, two words", q(View.VIP, ME, search="deposit trc20")),
        ("search no match", q(View.ALL, ME, status=STATUS_ANY, search="qqqqqqqq")),
    ]


async def measure(store: Store, runs: int, plans: bool) -> None:
    print(f"\n{'query (first page of 50 + total)':<40} {'rows':>7} {'median ms':>10} {'p95 ms':>8}")
    for label, query in cases():
        times = []
        total = 0
        for _ in range(runs):
            await store.run(lambda s: None)  # forget the last search's hits: time a fresh search
            t0 = time.perf_counter()
            # timed as the UI sees it: awaiting the store, worker-thread hand-over included
            page = await store.query_inbox(query, 0, 50)
            times.append((time.perf_counter() - t0) * 1000)
            total = page.total
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{label:<40} {total:>7} {statistics.median(times):>10.2f} {p95:>8.2f}")
        if plans:
            for line in await store.explain(query):
                print(f"    {line}")
    times = []
    for cid in range(1, runs + 1):
        t0 = time.perf_counter()
        shown = await store.messages(cid * 97)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    label = f"messages of one conversation ({len(shown)})"
    print(f"{label:<40} {'':>7} {statistics.median(times):>10.2f} {times[-1]:>8.2f}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--messages-per-conversation", type=int, default=2,
                        help="extra messages beside each conversation's last one (default 2)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN of each query")
    parser.add_argument("--skip-upgrade", action="store_true", help="do not time the v2 -> v3 sealing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-") as tmp:
        path = Path(tmp) / "cache.sqlite3"
        key = CacheKey.generate()
        t0 = time.perf_counter()
        store, figures = await build(path, args.conversations, args.messages_per_conversation, key)
        figures["build total (s)"] = time.perf_counter() - t0
        message_count = await store.run(lambda s: s.execute(text("SELECT count(*) FROM messages")).scalar())
        await store.run(lambda s: s.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")))
        size = path.stat().st_size
        if not args.skip_upgrade:
            await store.close()
            figures.update(await upgrade_figures(path, key))
            store = await Store.open(path, key=key)
        print(f"AgentDesk inbox benchmark: {args.conversations:,} conversations, {message_count:,} messages")
        for name, value in figures.items():
            print(f"  {name:<40} {value:8.1f}")
        print(f"  {'database size (MB)':<40} {size / 1e6:8.1f}")
        await measure(store, args.runs, args.plans)
        await store.close()


if __name__ == "__main__":
    asyncio.run(main())
