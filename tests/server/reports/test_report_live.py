"""Reports from conversations handled through the server itself (no generated rows): a reply,
a resolve, a reopen by the agent and another resolve are counted as one reopened conversation
with its first response; and the same generated history gives the same figures on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.server.reports.schema import ReportFactsState
from tests.server.reports.test_report_figures import DAYS, _iso, assert_matches, history, served_at
from tests.server.routing.support import agents, chat, floor, teams_file
from tests.support import report_history as hist
from tests.support.server import AgentClient


async def test_a_reply_resolve_reopen_and_resolve_again_is_one_reopened_conversation(tmp_path):
    async with floor(tmp_path) as server:
        ann = (await agents(server, ("ann",)))["ann"]
        since = datetime.now(UTC) - timedelta(minutes=1)
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        empty = await sam.request("report.get", since=_iso(since), until=_iso(since + timedelta(hours=1)))
        assert empty["total"]["conversations"] == 0  # the facts are counted now: what follows is incremental
        cid = await chat(server, "C0000")
        other = await chat(server, "C0002")
        await ann.request("message.send", conversation_id=cid, body="Looking into it", client_msg_id="r1")
        for status in ("resolved", "open", "resolved"):
            await ann.request("conversation.update", conversation_id=cid, status=status)
        await ann.request("conversation.update", conversation_id=other, status="resolved")
        until = datetime.now(UTC) + timedelta(minutes=1)
        report = await sam.request("report.get", since=_iso(since), until=_iso(until), by="agent")
        total = report["total"]
        assert total["conversations"] == 2 and total["resolved"] == 2
        assert total["ever_resolved"] == 2 and total["reopened"] == 1
        assert total["first_response_count"] == 1 and total["first_response_median"] >= 0
        assert [r["key"] for r in report["rows"]] == ["ann"]
        state = await server.context.db.read(lambda s: s.get(ReportFactsState, 1))
        assert state.rebuilt_through is None and state.seq > 0


@pytest.mark.postgres
async def test_the_same_figures_on_postgresql(tmp_path, pg_url):
    policy = teams_file(tmp_path, hours=hist.HOURS, tz=hist.ZONE)
    now = datetime.now(UTC)
    async with floor(tmp_path, customers=2, teams_policy_path=str(policy), db_url=pg_url) as server:
        rows = await history(server, 20_000, now)
        since, until = now - timedelta(days=DAYS + 1), now + timedelta(minutes=1)
        for username, role in (("sam", "supervisor"), ("vera", "vip_manager")):
            client = await AgentClient.login(server.ws_url, username, "demo")
            for by in ("team", "agent", "channel", "vip_tier", "topic"):
                result = await client.request("report.get", since=_iso(since), until=_iso(until), by=by)
                expected, total = hist.expected(rows, by, since, until, served_at(result), role, username)
                assert_matches(result, expected, total)
            await client.close()
