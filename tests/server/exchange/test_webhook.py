"""POST /hooks/exchange: signed events update the desk live; forged, stale and repeated ones do not."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import msgspec

from app.server.hooks import signing
from app.server.provider import model
from tests.server.exchange.support import HTTP, exchange_of, vip_with_withdrawal
from tests.support.server import AgentClient, running_server


async def _metrics(server) -> dict[str, int]:
    async with httpx.AsyncClient() as client:
        text = (await client.get(f"{server.http_url}/metrics")).text
    return {
        line.split(" ")[0]: int(line.split(" ")[1]) for line in text.splitlines() if not line.startswith("#")
    }


async def test_a_signed_withdrawal_event_updates_the_open_panel_and_the_vip_alerts(tmp_path: Path) -> None:
    async with running_server(tmp_path, **HTTP) as server:
        exchange = exchange_of(server).service
        uid = await vip_with_withdrawal(server)
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        await vera.sync(vera.welcome["head"])  # live from here on
        try:
            before = (await vera.request("customer.get", uid=uid))["customer"]
            await vera.events()
            event, response = await exchange.trigger("withdrawal.under_review", uid)
            assert response.status_code == 200 and response.json() == {"status": "applied"}
            updated = await vera.wait_for(
                lambda f: (
                    f["type"] == "event"
                    and f["name"] == "customer.updated"
                    and f["data"]["customer"]["uid"] == uid
                )
            )
            assert updated["seq"] > 0
            after = (await vera.request("customer.get", uid=uid))["customer"]  # what the open panel refetches
            newest = event.data.withdrawal
            assert after["withdrawals"][0]["transfer_id"] == newest.transfer_id
            assert after["withdrawals"][0]["status"] == "under_review"
            assert before["withdrawals"][0]["status"] != "under_review" or before == after
            # A repeated delivery of the same event changes nothing and says so.
            body = model.ENCODER.encode(event)
            again = await exchange.sender.send(event, body=body)
            assert again.json() == {"status": "duplicate"}
            assert [e for e in await vera.events() if e["data"].get("customer", {}).get("uid") == uid] == []
        finally:
            await vera.close()


async def test_kyc_and_tier_events_go_through_the_one_writer_and_raise_alerts(tmp_path: Path) -> None:
    async with running_server(tmp_path, **HTTP) as server:
        exchange = exchange_of(server).service
        uid = await vip_with_withdrawal(server)
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        await vera.sync(vera.welcome["head"])  # live from here on
        try:
            await vera.events()
            event, response = await exchange.trigger("kyc.changed", uid)
            assert response.json() == {"status": "applied"}
            alert = await vera.wait_for(lambda f: f["type"] == "event" and f["name"] == "vip.alert")
            assert alert["data"]["uid"] == uid and alert["data"]["alert"]["kind"] == "kyc_changed"
            got = (await vera.request("customer.get", uid=uid))["customer"]
            assert got["kyc_status"] == event.data.kyc.status
            book = await vera.request("vip.book")
            row = next(r for r in book["clients"] if r["uid"] == uid)
            assert row["kyc_status"] == event.data.kyc.status  # the desk's own record followed
            assert any(a["kind"] == "kyc_changed" for a in row["alerts"])
        finally:
            await vera.close()


async def test_forged_stale_and_unsigned_events_are_refused_and_counted(tmp_path: Path) -> None:
    async with running_server(tmp_path, **HTTP) as server:
        exchange = exchange_of(server).service
        key = exchange_of(server).webhook_key
        uid = await vip_with_withdrawal(server)
        url = f"{server.http_url}/hooks/exchange"
        from app.demo.exchange.sender import make_event

        event = make_event(exchange.books, "security.changed", uid)
        body = msgspec.json.encode(event)
        async with httpx.AsyncClient() as client:
            forged = await client.post(url, content=body, headers=signing.headers(b"x" * 32, body))
            assert forged.status_code == 401
            tampered_body = body.replace(b'"twofa_enabled":', b'"twofa_enabled" :')
            tampered = await client.post(url, content=tampered_body, headers=signing.headers(key, body))
            assert tampered.status_code == 401
            stale = await client.post(
                url, content=body, headers=signing.headers(key, body, time.time() - 3600)
            )
            assert stale.status_code == 401 and "stale" in stale.text
            unsigned = await client.post(url, content=body, headers={"Content-Type": "application/json"})
            assert unsigned.status_code == 401
            garbage = b'{"id": "x", "type": "nope"}'
            bad = await client.post(url, content=garbage, headers=signing.headers(key, garbage))
            assert bad.status_code == 400 and "$.type" in bad.text and "nope" not in bad.text
            ok = await client.post(url, content=body, headers=signing.headers(key, body))
            assert ok.status_code == 200 and ok.json() == {"status": "applied"}
            # An old capture replayed later: refused (timestamp) even though the id was applied.
            replay = await client.post(
                url, content=body, headers=signing.headers(key, body, time.time() - 600)
            )
            assert replay.status_code == 401
        counts = await _metrics(server)
        assert counts['agentdesk_webhook_refused_total{reason="signature"}'] == 2
        assert counts['agentdesk_webhook_refused_total{reason="stale"}'] == 2
        assert counts['agentdesk_webhook_refused_total{reason="missing"}'] == 1
        assert counts['agentdesk_webhook_refused_total{reason="invalid"}'] == 1
        assert counts['agentdesk_webhook_events_total{outcome="applied"}'] == 1


async def test_the_hook_is_off_without_a_key_and_websockets_still_work(tmp_path: Path) -> None:
    async with running_server(tmp_path) as server:  # db provider, no webhook key
        async with httpx.AsyncClient() as client:
            off = await client.post(f"{server.http_url}/hooks/exchange", content=b"{}")
            assert off.status_code == 404
            assert (await client.get(f"{server.http_url}/healthz")).text == "ok"
            big = await client.post(f"{server.http_url}/hooks/exchange", content=b"x" * 400_000)
            assert big.status_code == 413
        agent = await AgentClient.login(server.ws_url, "alice", "demo")
        await agent.close()


async def test_the_hook_works_over_tls_on_the_same_port_as_wss(tmp_path: Path) -> None:
    from tests.support.tls import make_pki

    pki = make_pki(tmp_path / "pki")
    key = b"s" * 32
    (tmp_path / "db").mkdir()
    async with running_server(
        tmp_path / "db", tls_cert=str(pki.cert), tls_key=str(pki.key), webhook_secret=key
    ) as server:
        assert server.http_url.startswith("https://")
        body = (
            b'{"id":"e-tls","type":"tier.changed","occurred_at":"2026-12-06T12:00:00Z",'
            b'"uid":"nobody","data":{"tier":{"tier":1}}}'
        )
        async with httpx.AsyncClient(verify=pki.client_context()) as client:
            ok = await client.post(
                f"{server.http_url}/hooks/exchange", content=body, headers=signing.headers(key, body)
            )
            assert ok.status_code == 200 and ok.json() == {"status": "unknown_customer"}
            assert "agentdesk_webhook_events_total" in (await client.get(f"{server.http_url}/metrics")).text
