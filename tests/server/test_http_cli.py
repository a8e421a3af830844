"""HTTP on the WebSocket port, and the ``agentdesk-server`` commands."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.support.server import REPO_ROOT, AgentClient, CustomerClient, running_server


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


async def test_http_paths(tmp_path):
    async with running_server(tmp_path) as server:
        base = server.http_url
        get = lambda path: asyncio.to_thread(_get, base + path)  # noqa: E731
        assert await get("/healthz") == (200, "text/plain; charset=utf-8", b"ok")
        status, ctype, body = await get("/chat")
        assert status == 200 and ctype.startswith("text/html") and b"<html" in body
        csp = await asyncio.to_thread(
            lambda: urllib.request.urlopen(base + "/chat", timeout=10).headers["Content-Security-Policy"]
        )
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe" not in csp
        for path in (
            "/nope",
            "/chat/../app.py",
            "/chat/%2e%2e/app.py",
            "/chat/.hidden.js",
            "/chat/x/../../cli.py",
            "/chat/chat.py",
            "/static/chat.html",
        ):
            assert (await get(path))[0] == 404, path
        assert (await get("/agent"))[0] == 426  # a WebSocket path without the upgrade


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.server", *args],
        cwd=REPO_ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_create_agent_and_mint_token(tmp_path):
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    async with running_server(tmp_path):
        pass  # seeds the demo data into the file
    made = _run(
        "create-agent",
        "--username",
        "carol",
        "--role",
        "agent",
        "--display-name",
        "Carol",
        "--db",
        db,
        stdin="correct horse battery\n",
    )
    assert made.returncode == 0, made.stderr
    assert "correct horse" not in made.stdout + made.stderr
    assert (
        _run(
            "create-agent",
            "--username",
            "carol",
            "--role",
            "agent",
            "--display-name",
            "C",
            "--db",
            db,
            stdin="another password\n",
        ).returncode
        == 1
    )
    uid = "10000001"
    async with running_server(tmp_path) as server:
        carol = await AgentClient.login(server.ws_url, "carol", "correct horse battery")
        assert carol.welcome["agent"]["role"] == "agent"
        convs = (await carol.request("inbox.snapshot", limit=1))["conversations"]
        uid = convs[0]["customer"]["uid"]
    token = _run("mint-token", "--uid", uid, "--db", db).stdout.strip()
    async with running_server(tmp_path) as server:
        customer = await CustomerClient.connect(server.ws_url, token)
        assert customer.welcome["customer"]["uid"] == uid


def test_help_mentions_the_subcommands():
    out = _run("--help")
    assert out.returncode == 0
    for word in ("mint-token", "create-agent", "audit", "--demo", "--simulate"):
        assert word in out.stdout


@pytest.mark.parametrize(
    "bad",
    [["--port", "notaport"], ["create-agent", "--username", "x", "--role", "king", "--display-name", "X"]],
)
def test_bad_arguments_exit_2(bad):
    assert _run(*bad).returncode == 2
