"""CSAT against the real server: a resolved web chat is asked "How did we do?", answered once
(a second answer is ``already``), tied to the agent and team at resolution, shown in the thread as
a note (the comment guarded: a seed phrase in it never reaches an agent), a low score raises
``csat.low_score``; a resolved email gets one closing mail through a real SMTP relay whose link
opens the backend's rating page (CSP like /chat) and whose submit needs the page's header; the
report counts the answers."""

from __future__ import annotations

import asyncio
import json
import re
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.server.email.mail_support import RelaySink, make_mail, send_mail
from tests.server.routing.support import agents, floor
from tests.support.server import AgentClient, CustomerClient

FAST_MAIL = {"mail_retry_delays": (0.3,), "mail_poll_interval": 0.1, "smtp_listen_port": 0}
SEED = "abandon ability able about above absent absorb abstract absurd abuse access accident"


async def _answer(client: CustomerClient, cid: int, score: int, comment: str | None = None) -> None:
    frame: dict[str, Any] = {"type": "csat_answer", "conversation_id": cid, "score": score}
    if comment is not None:
        frame["comment"] = comment
    await client.ws.send(json.dumps(frame))


def _note(code: str):
    def check(frame: dict[str, Any]) -> bool:
        return (frame.get("type") == "event" and frame["name"] == "message.created"
                and frame["data"]["message"].get("note_code") == code)
    return check


async def _resolved_chat(server: Any, ann: AgentClient, uid: str) -> tuple[CustomerClient, int]:
    customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    await customer.send("my deposit is missing")
    created = await ann.wait_for(lambda f: f.get("type") == "event" and f["name"] == "conversation.created")
    cid = created["data"]["conversation"]["id"]
    await ann.request("message.send", conversation_id=cid, body="It has arrived.", client_msg_id=f"a{cid}")
    await ann.request("conversation.update", conversation_id=cid, status="resolved")
    return customer, cid


async def test_a_resolved_chat_is_rated_once_and_the_desk_sees_the_score_in_the_thread(tmp_path):
    async with floor(tmp_path) as server:
        desks = await agents(server, ("ann", "sam"))
        ann, sam = desks["ann"], desks["sam"]
        customer, cid = await _resolved_chat(server, ann, "C0000")
        prompt = await customer.wait_for(lambda f: f.get("type") == "csat_prompt")
        assert prompt["conversation_id"] == cid

        await _answer(customer, cid, 5, f"Great help, thanks!\n{SEED}")
        result = await customer.wait_for(lambda f: f.get("type") == "csat_result")
        assert result == {"type": "csat_result", "conversation_id": cid, "outcome": "thanks"}
        note = (await ann.wait_for(_note("csat.rated")))["data"]["message"]
        assert note["internal"] is True and note["note_args"]["score"] == "5"
        assert "Great help, thanks!" in note["body"] and "abandon ability" not in note["body"]
        assert "abandon" not in note["note_args"].get("note", "")

        await _answer(customer, cid, 1)
        again = await customer.wait_for(lambda f: f.get("type") == "csat_result")
        assert again["outcome"] == "already"
        # not someone else's conversation, nor one that is still open
        other = await CustomerClient.connect(server.ws_url, server.mint_customer_token("C0002"))
        await _answer(other, cid, 1)
        assert (await other.wait_for(lambda f: f.get("type") == "csat_result"))["outcome"] == "unknown"
        # a bad score is a clear error, and nothing is recorded
        await _answer(other, cid, 9)
        error = await other.wait_for(lambda f: f.get("type") == "error")
        assert error["code"] == "bad_request" and "score" in error["message"]

        # a low score: the supervisor hears of it, tied to the agent and team at resolution
        low_customer, low_cid = await _resolved_chat(server, ann, "C0004")
        await low_customer.wait_for(lambda f: f.get("type") == "csat_prompt")
        await _answer(low_customer, low_cid, 2)
        low = await sam.wait_for(lambda f: f.get("type") == "event" and f["name"] == "csat.low_score")
        rating = low["data"]["rating"]
        assert rating["conversation_id"] == low_cid and rating["score"] == 2
        assert rating["agent"] == "ann" and rating["team"] == "en"

        since = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
        until = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
        report = await sam.request("report.get", since=since, until=until, by="agent")
        row = next(r for r in report["rows"] if r["key"] == "ann")
        assert (row["csat_count"], row["csat_sum"], row["csat_satisfied"]) == (2, 7, 1)
        for client in (customer, other, low_customer):
            await client.close()


async def test_a_chat_reconnecting_after_the_resolution_is_asked_again_until_it_answers(tmp_path):
    async with floor(tmp_path) as server:
        ann = (await agents(server, ("ann",)))["ann"]
        customer, cid = await _resolved_chat(server, ann, "C0000")
        await customer.close()
        back = await CustomerClient.connect(server.ws_url, server.mint_customer_token("C0000"))
        assert (await back.wait_for(lambda f: f.get("type") == "csat_prompt"))["conversation_id"] == cid
        await _answer(back, cid, 4)
        await back.wait_for(lambda f: f.get("type") == "csat_result")
        await back.close()
        again = await CustomerClient.connect(server.ws_url, server.mint_customer_token("C0000"))
        assert not [f for f in await again.drain() if f.get("type") == "csat_prompt"]
        await again.close()


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode()


async def test_a_resolved_email_gets_one_closing_mail_whose_page_records_one_rating(tmp_path):
    sink = await RelaySink().start()
    try:
        relay = {"smtp_relay_host": "127.0.0.1", "smtp_relay_port": sink.port, **FAST_MAIL}
        async with floor(tmp_path, **relay) as server:
            ann = (await agents(server, ("ann",)))["ann"]
            mail = make_mail("c0000@example.com", "Withdrawal", text="Stuck")
            await send_mail(server.channels.smtp_port, mail)
            created = await ann.wait_for(
                lambda f: f.get("type") == "event" and f["name"] == "conversation.created", timeout=10
            )
            cid = created["data"]["conversation"]["id"]
            await ann.request("conversation.update", conversation_id=cid, status="resolved")
            await ann.wait_for(_note("csat.requested"))
            [mail] = await sink.wait_for(1)
            text = mail.get_content()
            links = re.findall(r"(http://\S+/csat\?c=(\d+)&s=(\d)&lang=en#t=([A-Za-z0-9_-]+))", text)
            assert [int(s) for _, _, s, _ in links] == [5, 4, 3, 2, 1]
            assert {c for _, c, _, _ in links} == {str(cid)}
            token = links[0][3]

            status, headers, page = await asyncio.to_thread(_get, links[1][0].split("#")[0])
            assert status == 200 and "csat.js" in page
            assert "default-src 'none'" in headers["Content-Security-Policy"]
            base = f"{server.http_url}/csat/submit?c={cid}&s=4&t={token}&m=Fine"
            status, _, body = await asyncio.to_thread(_get, base)  # a link scanner: no header
            assert status == 400 and '"unknown"' in body
            page_header = {"X-AgentDesk-Csat": "1"}
            status, _, body = await asyncio.to_thread(_get, base.replace(token, "x" * 32), page_header)
            assert '"unknown"' in body  # a made-up token rates nothing
            status, _, body = await asyncio.to_thread(_get, base, {"X-AgentDesk-Csat": "1"})
            assert status == 200 and '"thanks"' in body
            status, _, body = await asyncio.to_thread(_get, base, {"X-AgentDesk-Csat": "1"})
            assert '"already"' in body
            note = (await ann.wait_for(_note("csat.rated")))["data"]["message"]
            assert note["note_args"]["score"] == "4" and note["conversation_id"] == cid

            # resolving again after a reopen sends no second mail
            await ann.request("conversation.update", conversation_id=cid, status="open")
            await ann.request("conversation.update", conversation_id=cid, status="resolved")
            await asyncio.sleep(0.5)
            assert len(sink.messages) == 1
    finally:
        await sink.stop()


@pytest.mark.parametrize("path", ["/csat", "/csat/csat.js"])
async def test_the_rating_page_is_served_by_the_backend(tmp_path, path):
    async with floor(tmp_path) as server:
        status, headers, _ = await asyncio.to_thread(_get, server.http_url + path)
        assert status == 200 and "frame-ancestors 'none'" in headers["Content-Security-Policy"]
