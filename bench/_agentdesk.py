"""Accounts, customers and tokens for an AgentDesk server under load — through its CLI and its wire.

- Agent accounts: ``--accounts create`` (the default of server_load) makes distinct agents
  ``bench-agent-NNN`` (role ``agent``) with ``agentdesk-server create-agent`` (password on stdin)
  before the server starts, so 20 agents are 20 people; ``--accounts demo`` spreads the desks over
  the demo's alice and bob (agents) and sam (supervisor), who all see the regular customers'
  conversations (vera and victor, VIP managers, do not). Either way each account logs in once
  and its token is reused by all of its connections: the protocol allows several connections per
  token (a desk may have more than one), so a floor of thousands of desks needs no more logins.
- Customers: the demo's regular (non-VIP) customers, found over the wire (a supervisor's
  ``inbox.snapshot``; the demo has 61), so that every agent desk is entitled to every message.
  Their tokens come from ``agentdesk-server mint-token --uid UID`` (one process per UID, run a
  few at a time), and one token serves every connection of that customer.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
from typing import Any

from _runner import BenchError
from _servers import SERVER_ROOT, ServerProcess, server_cmd, server_env, start_agentdesk
from websockets.asyncio.client import connect

DEMO_DESKS = ("alice", "bob", "sam")  # demo accounts that see regular customers' conversations
DEMO_PASSWORD = "demo"  # documented in README.md ("Demo accounts")
SUBPROTOCOL = "agentdesk.v1"


async def run_cli(args: list[str], stdin: str | None = None, timeout: float = 180) -> str:
    proc = await asyncio.create_subprocess_exec(
        *server_cmd(*args),
        cwd=SERVER_ROOT,
        env=server_env(),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(stdin.encode() if stdin else b""), timeout)
    except TimeoutError:
        proc.kill()
        raise BenchError(f"agentdesk-server {args[0]} took over {timeout:.0f} s") from None
    if proc.returncode != 0:
        raise BenchError(
            f"agentdesk-server {args[0]} failed ({proc.returncode}): {err.decode().strip()[-400:]}"
        )
    return out.decode()


async def _parallel(jobs: list[Any], n: int) -> list[Any]:
    gate = asyncio.Semaphore(max(1, n))

    async def one(job: Any) -> Any:
        async with gate:
            return await job

    return await asyncio.gather(*(one(j) for j in jobs))


async def create_agents(db_url: str, usernames: list[str]) -> dict[str, str]:
    """``create-agent`` for each name; the first alone (it creates the schema), the rest a few
    at a time. Returns username → password (random, kept in memory only)."""
    passwords = {name: secrets.token_urlsafe(12) for name in usernames}

    def job(name: str) -> Any:
        return run_cli(
            [
                "create-agent",
                "--username",
                name,
                "--role",
                "agent",
                "--display-name",
                name.replace("-", " ").title(),
                "--db",
                db_url,
            ],
            stdin=passwords[name] + "\n",
        )

    if usernames:
        await job(usernames[0])
        await _parallel([job(n) for n in usernames[1:]], os.cpu_count() or 2)
    return passwords


async def mint_tokens(db_url: str, uids: list[str]) -> dict[str, str]:
    outs = await _parallel(
        [run_cli(["mint-token", "--uid", uid, "--ttl", "86400", "--db", db_url]) for uid in uids],
        os.cpu_count() or 2,
    )
    return {uid: out.strip().splitlines()[-1] for uid, out in zip(uids, outs, strict=True)}


async def login(url: str, username: str, password: str) -> str:
    async with connect(
        f"{url}/agent",
        subprotocols=[SUBPROTOCOL],
        compression=None,  # type: ignore[list-item]
        open_timeout=60,
    ) as ws:
        await ws.send(json.dumps({"type": "login", "username": username, "password": password}))
        welcome = json.loads(await asyncio.wait_for(ws.recv(), 60))
        if welcome.get("type") != "welcome" or not welcome.get("token"):
            raise BenchError(f"login of {username} refused: {welcome.get('code')} {welcome.get('message')}")
        return str(welcome["token"])


async def regular_customer_uids(url: str) -> list[str]:
    """The demo's regular (tier 0) customers, from the supervisor's snapshot, sorted by UID."""
    token = await login(url, "sam", DEMO_PASSWORD)
    uids: set[str] = set()
    async with connect(
        f"{url}/agent",
        subprotocols=[SUBPROTOCOL],
        compression=None,  # type: ignore[list-item]
        max_size=None,
        open_timeout=60,
    ) as ws:
        await ws.send(json.dumps({"type": "auth", "token": token}))
        await ws.recv()
        cursor = None
        for page in range(100):
            params: dict[str, Any] = {"limit": 1000, **({"cursor": cursor} if cursor else {})}
            await ws.send(
                json.dumps({"type": "req", "id": page, "method": "inbox.snapshot", "params": params})
            )
            while True:
                res = json.loads(await asyncio.wait_for(ws.recv(), 60))
                if res.get("type") == "res" and res.get("id") == page:
                    break
            if not res.get("ok"):
                raise BenchError(f"inbox.snapshot failed: {res.get('error')}")
            for conv in res["result"]["conversations"]:
                if conv["customer"]["vip_tier"] == 0:
                    uids.add(conv["customer"]["uid"])
            cursor = res["result"].get("next_cursor")
            if not cursor:
                break
    return sorted(uids)


async def prepare(
    db_url: str,
    workdir: Any,
    *,
    desks: int,
    accounts: str,
    account_count: int,
    customers: int,
    server_args: list[str],
    name: str = "AgentDesk",
) -> ServerProcess:
    """Accounts, the server, the customers and every token the load needs: ``desks`` agent
    tokens spread over the accounts (``account_count`` created ones, or the three demo desks)."""
    names = [f"bench-agent-{i:03d}" for i in range(1, account_count + 1)] if accounts == "create" else []
    passwords = await create_agents(db_url, names) if names else {}
    server = await start_agentdesk(db_url, workdir, server_args, name)
    try:
        uids = await regular_customer_uids(server.url)
        if len(uids) < customers:
            raise BenchError(f"the demo has {len(uids)} regular customers; {customers} were asked for")
        server.uids = uids[:customers]
        server.customer_tokens = await mint_tokens(db_url, server.uids)
        if accounts == "create":
            tokens = [await login(server.url, n, passwords[n]) for n in names]
        else:
            tokens = [await login(server.url, n, DEMO_PASSWORD) for n in DEMO_DESKS[: max(1, min(desks, 3))]]
        server.agent_tokens = [tokens[i % len(tokens)] for i in range(desks)]
        server.probe_token = tokens[0]
    except BaseException:
        await server.stop()
        raise
    return server
