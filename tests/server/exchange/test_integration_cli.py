"""The integration's command line: bad settings stop the server with a clear message (exit 2), the
reference exchange runs on its own and sends a signed event a running server applies."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.support.server import REPO_ROOT, running_server

ENV = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}


def _server(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.server", "--port", "0", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env or ENV,
    )


def test_bad_integration_settings_stop_the_server_naming_the_flag(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.sqlite3'}"
    cases = [
        (["--context-provider", "http"], "--exchange-api"),
        (["--context-provider", "http", "--exchange-api", "ftp://x"], "--exchange-api"),
        (["--context-provider", "http", "--exchange-api", "http://exchange.internal"], "https://"),
        (["--context-provider", "http", "--exchange-api", "https://exchange.internal"], "bearer token"),
        (
            ["--context-provider", "http", "--exchange-api", "https://x", "--exchange-ca", "/nope.pem"],
            "--exchange-ca",
        ),
        (["--webhook-secret-file", str(tmp_path / "missing")], "--webhook-secret-file"),
        (["--oidc-config", str(tmp_path / "missing.toml")], "--oidc-config"),
    ]
    bad_toml = tmp_path / "oidc.toml"
    bad_toml.write_text(
        '[oidc]\nissuer = "http://idp.example.com"\nclient_id = "d"\n[oidc.roles]\ng = "agent"\n'
    )
    cases.append((["--oidc-config", str(bad_toml)], "issuer must be an https://"))
    roles = tmp_path / "roles.toml"
    roles.write_text(
        '[oidc]\nissuer = "https://idp.example.com"\nclient_id = "d"\n[oidc.roles]\ng = "admin"\n'
    )
    cases.append((["--oidc-config", str(roles)], "role must be one of"))
    for args, message in cases:
        done = _server("--db", db, *args)
        assert done.returncode == 2, (args, done.stderr[-400:])
        assert message in done.stderr, (args, done.stderr[-400:])
    secret_env = {**ENV, "AGENTDESK_EXCHANGE_TOKEN": "s3cret-token-value"}
    done = _server(
        "--db", db, "--context-provider", "http", "--exchange-api", "http://x.invalid", env=secret_env
    )
    assert done.returncode == 2 and "s3cret-token-value" not in done.stderr + done.stdout


async def test_the_standalone_reference_exchange_sends_a_signed_event(tmp_path: Path) -> None:
    key = "k" * 32
    (tmp_path / "hook.key").write_text(key)
    (tmp_path / "db").mkdir()
    async with running_server(tmp_path / "db", webhook_secret=key.encode()) as server:
        uid = "1009558284"  # a demo customer (the demo data are deterministic)
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app.demo.exchange",
                "--port",
                "0",
                "--webhook-url",
                f"{server.http_url}/hooks/exchange",
                "--webhook-secret-file",
                str(tmp_path / "hook.key"),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=ENV,
        )
        try:
            assert proc.stdout is not None and proc.stdin is not None
            line = await _readline(proc)
            assert line.startswith("AgentDesk reference exchange listening on http://127.0.0.1:")
            url = line.rsplit(" ", 1)[1]
            async with httpx.AsyncClient() as client:
                profile = (await client.get(f"{url}/v1/customers/{uid}")).json()
            assert profile["uid"] == uid
            proc.stdin.write(f"event kyc.changed {uid}\n")
            proc.stdin.flush()
            answer = await _readline(proc)
            assert answer.startswith("sent evt_") and answer.endswith("HTTP 200"), answer
            assert server.integration.hook.outcomes["applied"] == 1
        finally:
            proc.kill()
            proc.wait(10)


async def _readline(proc: subprocess.Popen[str]) -> str:
    import asyncio

    assert proc.stdout is not None
    return (await asyncio.wait_for(asyncio.to_thread(proc.stdout.readline), 30)).strip()
