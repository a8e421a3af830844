"""The client book: vera sees exactly her clients with their figures; alerts come from the data;
others are refused."""

from __future__ import annotations

import pytest

from tests.server.vip.support import FAST, add_withdrawal, book_truth, db, is_event, quiet_client
from tests.support.server import AgentClient, RequestError, running_server


async def test_vera_sees_exactly_her_book_with_its_figures(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        truth = await db(server, book_truth, "vera")
        book = await vera.request("vip.book", limit=1000)
        rows = {r["uid"]: r for r in book["clients"]}
        assert set(rows) == set(truth) and book["total"] == len(truth) and len(truth) > 20
        for uid, want in truth.items():
            got = {k: rows[uid][k] for k in want}
            assert got == want, uid
            assert "*" in rows[uid]["name"]  # masked
            assert rows[uid]["account_manager"] == "vera"
        tiers = [r["vip_tier"] for r in book["clients"]]
        assert tiers == sorted(tiers, reverse=True)
        assert any(r["last_contact_at"] for r in book["clients"])

        # Paging and sorting by volume.
        first = await vera.request("vip.book", sort="volume", limit=10)
        second = await vera.request("vip.book", sort="volume", limit=10, cursor=first["next_cursor"])
        volumes = [float(r["volume_30d_usd"]) for r in first["clients"] + second["clients"]]
        assert volumes == sorted(volumes, reverse=True) and len(volumes) == 20
        assert not {r["uid"] for r in first["clients"]} & {r["uid"] for r in second["clients"]}

        # Search by uid prefix and by email (digest).
        some = next(iter(truth))
        found = await vera.request("vip.book", search=some[:6])
        assert some in {r["uid"] for r in found["clients"]}
        client = await db(server, quiet_client, "vera")
        by_mail = await vera.request("vip.book", search=client["email"].upper())
        assert [r["uid"] for r in by_mail["clients"]] == [client["uid"]]

        # A supervisor sees the same book by manager; everyone else is refused.
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        sams = await sam.request("vip.book", manager="vera", limit=1000)
        assert {r["uid"] for r in sams["clients"]} == set(truth)
        victor = await AgentClient.login(server.ws_url, "victor", "demo")
        victors = await victor.request("vip.book", limit=1000)
        assert not {r["uid"] for r in victors["clients"]} & set(truth)
        with pytest.raises(RequestError) as err:
            await victor.request("vip.book", manager="vera")
        assert err.value.code == "forbidden"
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        with pytest.raises(RequestError) as err:
            await alice.request("vip.book")
        assert err.value.code == "forbidden"


async def test_a_large_pending_withdrawal_raises_an_alert_and_changes_alert_live(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        client = await db(server, quiet_client, "vera")
        uid = client["uid"]

        async def alerts() -> list[dict]:
            rows = (await vera.request("vip.book", search=uid))["clients"]
            return next(r for r in rows if r["uid"] == uid)["alerts"]

        assert await alerts() == []
        await db(server, add_withdrawal, uid, "USDT", "99999")  # just under 100,000 USD: no alert
        await db(server, add_withdrawal, uid, "BTC", "2.5")  # 162,500 USD at the reference price
        (alert,) = await alerts()
        assert alert["kind"] == "large_withdrawal_pending"
        assert alert["detail"]["asset"] == "BTC" and alert["detail"]["usd_value"] == "162500"
        assert alert["detail"]["status"] == "pending"

        # Acknowledged: it leaves the book.
        ack = await vera.request("vip.alert_ack", uid=uid, alert_ids=[alert["id"], "wd:nope"])
        assert ack["acknowledged"] == [alert["id"]]
        assert await alerts() == []

        # A supervisor changes the KYC status: customer.updated and vip.alert reach vera live.
        await vera.sync(vera.welcome["head"])
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        with pytest.raises(RequestError) as err:
            await alice.request("customer.set", uid=uid, kyc_status="expired")
        assert err.value.code == "forbidden"
        done = await sam.request("customer.set", uid=uid, kyc_status="expired", withdrawals_locked=True)
        assert sorted(done["changed"]) == ["kyc_status", "withdrawals_locked"]
        updated = await vera.wait_for(is_event("customer.updated"))
        assert updated["data"]["customer"]["uid"] == uid
        assert updated["data"]["customer"]["kyc_status"] == "expired"
        live = await vera.wait_for(is_event("vip.alert", uid=uid))
        assert live["data"]["alert"]["kind"] in ("kyc_changed", "withdrawals_locked")
        kinds = sorted(a["kind"] for a in await alerts())
        assert kinds == ["kyc_changed", "withdrawals_locked"]
        victor = await AgentClient.login(server.ws_url, "victor", "demo")
        replay, _ = await victor.sync(vera.welcome["head"])
        assert not [f for f in replay if f["name"] in ("vip.alert", "customer.updated")]
