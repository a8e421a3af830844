# ruff: noqa: E501  (the vocabulary lists read best unwrapped)
"""Issue 15's search figure: ``search`` over a million messages on PostgreSQL, p50/p95 per kind.

    python bench/search_load.py                          # 1M messages, a throw-away PostgreSQL
    python bench/search_load.py --messages 200000 --repeat 10
    python bench/search_load.py --pg-url postgresql+psycopg://user@host/db
    python bench/search_load.py --pg-url … --reuse search_1m   # load once, keep, measure again

1. A fresh database gets the schema and the demo data from one ``python -m app.server --demo``
   node (``_servers.py``), which is then stopped.
2. Bulk load, in SQL (``INSERT … SELECT … FROM generate_series``: seconds, not hours): customers
   (a tenth VIP, managed by vera or victor; Latin and Chinese names), conversations (some assigned
   to alice or bob) and ``--messages`` messages (English and Chinese sentences from a support
   vocabulary, a few rare words, spread over a year). The trigram index of migration
   ``0002_search`` is dropped for the load and built again after it, then ``ANALYZE``.
3. The node starts again and the three roles (alice: agent, vera: VIP manager, sam: supervisor)
   send the searches agents make — a UID, an email, a real name, an order id, a tx hash, common
   and rare words, Chinese, a phrase nothing matches — over the wire, one at a time, each
   ``--repeat`` times. Printed: p50 / p95 / max per kind, all together, and the ratio to a peer
   request on the same connections (``conversation.get``, a primary-key read): the machine is
   shared, so compare ratios between runs, not milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _agentdesk import DEMO_PASSWORD, login
from _pg import conninfo, fresh_databases, throwaway_cluster, with_database
from _runner import BenchError
from _servers import ServerProcess, machine, start_agentdesk
from websockets.asyncio.client import ClientConnection, connect

SUBPROTOCOL = "agentdesk.v1"
TARGET_P95_MS = 100.0
USERS = ("alice", "vera", "sam")

LATIN_FIRST = ["Omar", "Lena", "Ivan", "Sara", "Tom", "Ana", "Yusuf", "Mia", "Jonas", "Priya", "Kenji", "Nora"]
LATIN_LAST = ["Haddad", "Novak", "Schmidt", "Garcia", "Okafor", "Rossi", "Tanaka", "Silva", "Kowalski", "Dubois",
              "Nguyen", "Larsen", "Moreau", "Petrov", "Costa", "Yilmaz"]
ZH_NAMES = ["王小明", "李伟", "张静", "刘洋", "陈杰", "杨敏", "赵磊", "黄丽", "周强", "吴芳"]
EN_WORDS = [
    "hello", "my", "withdrawal", "deposit", "is", "still", "pending", "since", "yesterday", "please", "check",
    "the", "USDT", "transfer", "on", "TRC20", "network", "account", "verification", "KYC", "failed", "why",
    "order", "was", "cancelled", "futures", "position", "liquidated", "fee", "too", "high", "how", "long",
    "does", "it", "take", "I", "cannot", "login", "2FA", "code", "not", "received", "thanks", "support",
    "wallet", "address", "confirmations", "blockchain", "refund", "limit", "level", "upgrade", "P2P", "seller",
]
RARE_WORDS = ["chargeback", "subpoena", "arbitration"]  # one message in ~2,000 has one
ZH_WORDS = [
    "你好", "我的", "提现", "充值", "还没有到账", "请问", "订单", "账户", "被冻结", "验证码", "收不到", "手续费",
    "太高", "合约", "爆仓", "实名认证", "失败", "为什么", "多久", "能到", "谢谢", "客服", "地址", "链上", "确认",
]


# --- the data --------------------------------------------------------------------------------------
def _sql_array(words: list[str]) -> str:
    return "ARRAY[" + ",".join("'" + w.replace("'", "''") + "'" for w in words) + "]"


def _clone(cur: Any, table: str, key: str, overrides: dict[str, str], source: str, count_sql: str) -> None:
    """``INSERT INTO table SELECT …``: every column of one template row, but ``overrides``
    (SQL over the series ``g``); the key column is left to its default when not overridden."""
    cur.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position",
        (table,),
    )
    columns = [c for (c,) in cur.fetchall() if c != key or key in overrides]
    exprs = [overrides.get(c, f't."{c}"') for c in columns]
    cols = ", ".join(f'"{c}"' for c in columns)
    cur.execute(
        f"INSERT INTO {table} ({cols}) SELECT {', '.join(exprs)} "
        f"FROM ({source}) AS t, generate_series(1, {count_sql}) AS g"
    )


def bulk_load(db_url: str, opts: argparse.Namespace) -> dict[str, float]:
    import psycopg

    timings: dict[str, float] = {}
    with psycopg.connect(conninfo(db_url), autocommit=True) as conn, conn.cursor() as cur:
        cur.execute("SET synchronous_commit = off")
        cur.execute("SELECT setseed(0.15)")
        names = _sql_array([f"{f} {last}" for f in LATIN_FIRST for last in LATIN_LAST] + ZH_NAMES)
        t0 = time.perf_counter()
        _clone(cur, "customers", "uid", {
            "uid": "'B' || lpad(g::text, 9, '0')",
            "name": f"({names})[1 + (g::bigint * 7919) % {len(LATIN_FIRST) * len(LATIN_LAST) + len(ZH_NAMES)}]",
            "email": "'c' || g || '.' || lower(substr(md5(g::text), 1, 6)) || '@example.com'",
            "vip_tier": "CASE WHEN g % 10 = 0 THEN 1 + g % 3 ELSE 0 END",
            "account_manager": "CASE WHEN g % 10 = 0 THEN (ARRAY['vera','victor'])[1 + g % 20 / 10] END",
        }, "SELECT * FROM customers WHERE vip_tier = 0 LIMIT 1", str(opts.customers))
        _clone(cur, "conversations", "id", {
            "customer_uid": f"'B' || lpad((1 + (g::bigint * 104729) % {opts.customers})::text, 9, '0')",
            "assignee": "(ARRAY['alice','bob',NULL,NULL,NULL,NULL])[1 + g % 6]",
            "status": "CASE WHEN g % 5 = 0 THEN 'open' ELSE 'resolved' END",
            "created_at": "now() - make_interval(mins => (g * 37) % 525600)",
            "updated_at": "now() - make_interval(mins => (g * 37) % 525600)",
            "last_message_id": "NULL", "message_count": "0",
        }, "SELECT * FROM conversations ORDER BY id LIMIT 1", str(opts.conversations))
        timings["customers + conversations"] = time.perf_counter() - t0
        cur.execute("SELECT min(id), max(id) FROM conversations WHERE customer_uid LIKE 'B%%'")
        low, high = cur.fetchone()
        cur.execute("DROP INDEX IF EXISTS ix_messages_body_trgm")
        t0 = time.perf_counter()
        en, zh, rare = _sql_array(EN_WORDS), _sql_array(ZH_WORDS), _sql_array(RARE_WORDS)
        body = (
            "CASE WHEN g % 10 < 3 THEN "
            f"array_to_string(ARRAY(SELECT ({zh})[1 + floor(random() * {len(ZH_WORDS)})::int] "
            "FROM generate_series(1, 3 + g % 5) WHERE g > 0), '') "
            "ELSE "
            f"array_to_string(ARRAY(SELECT ({en})[1 + floor(random() * {len(EN_WORDS)})::int] "
            "FROM generate_series(1, 5 + g % 9) WHERE g > 0), ' ') END"
            f" || CASE WHEN g % 1999 = 0 THEN ' ' || ({rare})[1 + g % {len(RARE_WORDS)}] ELSE '' END"
        )
        step = 100_000
        for start in range(0, opts.messages, step):  # in chunks: a progress line, bounded memory
            n = min(step, opts.messages - start)
            _clone(cur, "messages", "id", {
                "conversation_id": f"{low} + floor(random() * {high - low + 1})::int",
                "body": body.replace("g %", f"(g + {start}) %").replace("WHERE g > 0", f"WHERE g + {start} > 0"),
                "client_msg_id": "NULL",
                "author_kind": "CASE WHEN g % 3 = 0 THEN 'agent' ELSE 'customer' END",
                "created_at": f"now() - make_interval(secs => ({opts.messages} - g - {start}) * 30)",
            }, "SELECT * FROM messages ORDER BY id LIMIT 1", str(n))
            print(f"  {start + n:,} messages ({time.perf_counter() - t0:.0f} s)", flush=True)
        timings["messages"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        cur.execute("SET maintenance_work_mem = '256MB'")
        cur.execute("CREATE INDEX ix_messages_body_trgm ON messages USING gin (body gin_trgm_ops)")
        timings["trigram index"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        cur.execute("ANALYZE")
        timings["analyze"] = time.perf_counter() - t0
    return timings


def query_set(db_url: str) -> dict[str, str]:
    """The searches, by kind; ids and hashes taken from the data so they match something."""
    import psycopg

    with psycopg.connect(conninfo(db_url)) as conn:
        order = conn.execute("SELECT order_id FROM orders ORDER BY order_id LIMIT 1").fetchone()
        tx = conn.execute("SELECT tx_hash FROM transfers ORDER BY tx_hash LIMIT 1").fetchone()
        email = conn.execute("SELECT email FROM customers WHERE uid = 'B000004242'").fetchone()
    queries = {
        "uid prefix": "B00000424",
        "email prefix": email[0][:8] if email else "c4242.",
        "real name": "Haddad",
        "real name zh": "王小明",
        "order id": order[0][:8] if order else "ORD",
        "tx hash": tx[0][:10] if tx else "0x",
        "common word": "withdrawal",
        "two words": "still pending",
        "rare word": "chargeback",
        "zh phrase": "还没有到账",
        "zh 2 chars": "提现",
        "no match": "zebracrossing",
    }
    return queries


# --- over the wire -------------------------------------------------------------------------------
class Desk:
    def __init__(self, name: str, ws: ClientConnection) -> None:
        self.name, self.ws, self.n = name, ws, 0

    async def call(self, method: str, params: dict[str, Any]) -> tuple[float, dict[str, Any]]:
        self.n += 1
        t0 = time.perf_counter()
        await self.ws.send(json.dumps({"type": "req", "id": self.n, "method": method, "params": params}))
        while True:
            frame = json.loads(await asyncio.wait_for(self.ws.recv(), 60))
            if frame.get("type") == "res" and frame.get("id") == self.n:
                elapsed = (time.perf_counter() - t0) * 1000
                if not frame.get("ok"):
                    raise BenchError(f"{method} for {self.name}: {frame.get('error')}")
                return elapsed, frame["result"]


async def open_desk(url: str, name: str) -> Desk:
    token = await login(url, name, DEMO_PASSWORD)
    ws = await connect(url + "/agent", subprotocols=[SUBPROTOCOL], max_size=None)
    await ws.send(json.dumps({"type": "auth", "token": token}))
    json.loads(await ws.recv())
    return Desk(name, ws)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


async def measure(node: ServerProcess, queries: dict[str, str], opts: argparse.Namespace) -> int:
    desks = [await open_desk(node.url, u) for u in USERS]
    try:
        by_kind: dict[str, list[float]] = {k: [] for k in queries}
        hits: dict[str, dict[str, int]] = {k: {} for k in queries}
        peer: list[float] = []
        convs: dict[str, int | None] = {}  # a conversation each user may see: the peer's
        for desk in desks:  # warm: the first answers fill the caches
            _, res = await desk.call("search", {"query": "withdrawal", "limit": opts.limit})
            convs[desk.name] = next((h["conversation_id"] for h in res["hits"] if h.get("conversation_id")), None)
        for _ in range(opts.repeat):
            for desk in desks:
                conv = convs[desk.name]
                if conv is not None:
                    peer.append((await desk.call("conversation.get", {"conversation_id": conv}))[0])
                for kind, q in queries.items():
                    ms, result = await desk.call("search", {"query": q, "limit": opts.limit})
                    by_kind[kind].append(ms)
                    hits[kind][desk.name] = len(result["hits"])
    finally:
        for desk in desks:
            await desk.ws.close()
    base = statistics.median(peer) if peer else None
    print(f"\n== search over the wire: {opts.repeat} × {len(USERS)} users per kind, limit {opts.limit}")
    print(f"{'kind':<16}{'query':<18}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'p50÷peer':>10}  hits a/v/s")
    every: list[float] = []
    for kind, values in by_kind.items():
        every += values
        found = "/".join(str(hits[kind].get(u, 0)) for u in USERS)
        ratio = f"{statistics.median(values) / base:.1f}×" if base else "–"
        print(f"{kind:<16}{queries[kind][:16]:<18}{statistics.median(values):>9.1f}{pct(values, 95):>9.1f}"
              f"{max(values):>9.1f}{ratio:>10}  {found}")
    p95 = pct(every, 95)
    print(f"{'all':<34}{statistics.median(every):>9.1f}{p95:>9.1f}{max(every):>9.1f}")
    if base:
        print(f"peer (conversation.get): p50 {base:.1f} ms, p95 {pct(peer, 95):.1f} ms")
    met = p95 < TARGET_P95_MS
    print(f"\n  search p95 < {TARGET_P95_MS:g} ms over {opts.messages:,} messages: "
          f"{'met' if met else 'NOT met'} ({p95:.1f} ms)")
    return 0 if met else 1


async def load(db: str, workdir: Path, opts: argparse.Namespace) -> None:
    node = await start_agentdesk(db, workdir, [], "node")
    await node.stop()
    print(f"bulk load: {opts.customers:,} customers, {opts.conversations:,} conversations, "
          f"{opts.messages:,} messages ...", flush=True)
    try:
        timings = await asyncio.to_thread(bulk_load, db, opts)
    except Exception as exc:  # psycopg's errors: say which, not "the role needs CREATEDB"
        raise BenchError(f"the bulk load failed: {type(exc).__name__}: {exc}") from None
    print("  " + "; ".join(f"{k} {v:.0f} s" for k, v in timings.items()))


async def search_run(db: str, workdir: Path, opts: argparse.Namespace) -> int:
    queries = query_set(db)
    node = await start_agentdesk(db, workdir, [], "node")
    try:
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        return await measure(node, queries, opts)
    finally:
        await node.stop()


def loaded(db: str, messages: int) -> bool:
    """Whether ``db`` exists and holds a loaded set of at least ``messages`` messages."""
    import psycopg

    try:
        with psycopg.connect(conninfo(db)) as conn:
            row = conn.execute("SELECT count(*) FROM messages").fetchone()
    except psycopg.Error:
        return False
    return bool(row and row[0] >= messages)


def ensure_database(pg_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(conninfo(pg_url), autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')
    return with_database(pg_url, name)


async def run(opts: argparse.Namespace, pg_url: str, workdir: Path) -> int:
    print(f"machine: {machine()}")
    if opts.reuse:  # a database kept between runs: loaded once (EXPLAIN work, before/after runs)
        db = ensure_database(pg_url, opts.reuse)
        if not loaded(db, opts.messages):
            await load(db, workdir, opts)
        else:
            print(f"reusing database {opts.reuse} (already loaded)")
        code = await search_run(db, workdir, opts)
    else:
        with fresh_databases(pg_url, ["search_bench"]) as (db,):
            await load(db, workdir, opts)
            code = await search_run(db, workdir, opts)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return code


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pg-url", help="a PostgreSQL server (SQLAlchemy URL; the role needs CREATEDB); "
                   "default: a throw-away local cluster")
    p.add_argument("--messages", type=int, default=1_000_000)
    p.add_argument("--conversations", type=int, default=100_000)
    p.add_argument("--customers", type=int, default=20_000)
    p.add_argument("--repeat", type=int, default=20, help="times each user sends each search")
    p.add_argument("--limit", type=int, default=20, help="hits per search (the desk's page)")
    p.add_argument("--reuse", metavar="NAME", help="with --pg-url: database NAME, loaded on the first run "
                   "and kept (later runs skip the load; the server must be at this build's schema: "
                   "agentdesk-server db upgrade)")
    p.add_argument("--keep", action="store_true", help="keep the work folder (logs)")
    return p.parse_args(argv)


async def main_async(opts: argparse.Namespace) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="agentdesk-search-"))
    os.environ["AGENTDESK_KEY_FILE"] = str(workdir / "bench.keys")
    try:
        if opts.pg_url:
            return await run(opts, opts.pg_url, workdir)
        with throwaway_cluster() as url:
            return await run(opts, url, workdir)
    except BenchError as exc:
        print(f"bench failed: {exc}", file=sys.stderr)
        return 2
    finally:
        if opts.keep:
            print(f"work folder: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(main_async(parse_args(argv)))


if __name__ == "__main__":
    raise SystemExit(main())
