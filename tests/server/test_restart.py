"""Restarting on the same database loses nothing that was acknowledged — also after SIGKILL."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys

from tests.support.server import (
    REPO_ROOT,
    AgentClient,
    CustomerClient,
    running_server,
    spawn_server_process,
)


async def _write_some(url: str, token_for, alice: AgentClient) -> dict:
    convs = (await alice.request("inbox.snapshot", limit=1000))["conversations"]
    uid = next(
        c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] == 0 and c["channel"] == "chat"
    )
    customer = await CustomerClient.connect(url, token_for(uid))
    acks = [await customer.send(f"before restart {k}", f"r-{k}") for k in range(5)]
    conv_id = next(
        c["id"]
        for c in (await alice.request("inbox.snapshot", limit=1000))["conversations"]
        if c["last_message"] and c["last_message"]["id"] == acks[-1]["message_id"]
    )
    replies = [
        await alice.request(
            "message.send",
            conversation_id=conv_id,
            body=f"reply {k}",
            client_msg_id=f"a-{k}",
            internal=k == 2,
        )
        for k in range(3)
    ]
    await customer.close()
    return {"uid": uid, "conv_id": conv_id, "acks": acks, "replies": replies, "token": alice.token}


async def _check(url: str, token_for, state: dict) -> None:
    alice = await AgentClient.auth(url, state["token"])  # the session token survived too
    msgs = (await alice.request("conversation.messages", conversation_id=state["conv_id"], limit=1000))[
        "messages"
    ]
    ids = {m["id"] for m in msgs}
    assert {a["message_id"] for a in state["acks"]} <= ids
    assert {r["message"]["id"] for r in state["replies"]} <= ids
    replayed, synced = await alice.sync(0)
    seqs = {e["seq"] for e in replayed}
    assert {a["seq"] for a in state["acks"]} | {r["seq"] for r in state["replies"]} <= seqs
    customer = await CustomerClient.connect(url, token_for(state["uid"]))  # same secret after restart
    history = [m["body"] for m in (await customer.history(100))["messages"]]
    assert [f"before restart {k}" for k in range(5)] == [b for b in history if b.startswith("before restart")]
    assert "reply 2" not in history  # the internal note stays internal
    retry = await customer.send("before restart 0", "r-0")
    assert retry == state["acks"][0]  # idempotency survives the restart
    new = await customer.send("after restart", "after-1")
    assert new["seq"] > synced["head"] - 1
    await customer.close()
    await alice.close()


async def test_in_process_restart(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        state = await _write_some(server.ws_url, server.mint_customer_token, alice)
    async with running_server(tmp_path) as server:  # demo=True again: already seeded, left alone
        await _check(server.ws_url, server.mint_customer_token, state)


def _cli_token(db_path, uid: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "app.server", "mint-token", "--uid", uid, "--db", f"sqlite:///{db_path}"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


async def test_sigkill_then_restart(tmp_path):
    db = tmp_path / "killed.sqlite3"
    proc, port = spawn_server_process(db, extra_args=["--demo"])
    try:
        url = f"ws://127.0.0.1:{port}"
        alice = await AgentClient.login(url, "alice", "demo")
        state = await _write_some(url, lambda uid: _cli_token(db, uid), alice)
    finally:
        proc.kill()  # SIGKILL: no shutdown code runs
        proc.wait(10)
    proc, port = spawn_server_process(db, extra_args=["--demo"])
    try:
        await _check(f"ws://127.0.0.1:{port}", lambda uid: _cli_token(db, uid), state)
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(proc.wait, 15) == 0  # graceful stop
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
