"""The emergency line on a real server: during a security incident, a callback for a customer who
reports a takeover jumps the queue to the security team with a one-hour target (refused for a
regular customer otherwise, as before); "request account freeze" escalates to the risk team."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.server.dispatch import jobs
from app.server.timeutil import utcnow
from tests.server.routing.support import agents, chat, floor, teams_file
from tests.support.server import RequestError

RISK = """
[teams.risk_compliance]
name = "Risk and compliance"
members = ["zhu"]
escalation = true
"""


def _soon(seconds: int) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat()


def _callback(conversation_id: int, reason: str = "Customer asks to be called") -> dict[str, object]:
    return {"conversation_id": conversation_id, "window_start": _soon(0), "window_end": _soon(7200),
            "reason": reason}


async def test_a_takeover_callback_jumps_the_queue_to_security(tmp_path: Path) -> None:
    policy = str(teams_file(tmp_path, extra=RISK))
    async with floor(tmp_path, customers=6, teams_policy_path=policy) as server:
        desk = await agents(server, ["sam", "ann", "abe", "amy", "zhu"])
        ann = desk["ann"]
        await agents(server, ["sec"], presence="away")  # the security desk is busy elsewhere: a queue
        hacked = await chat(server, "C0000", "Someone hacked my account and my BTC was stolen!")
        plain = await chat(server, "C0002", "My account was hacked, please help")

        # no security incident: a regular customer gets no callback (phone time is scarce)
        try:
            await ann.request("callback.create", **_callback(hacked))
            raise AssertionError("a callback for a regular customer without an incident")
        except RequestError as exc:
            assert exc.code == "bad_request"

        # something waits in the security team's queue already (an earlier escalation)
        await ann.request("conversation.escalate", conversation_id=plain, team="security",
                          reason="Suspicious login reported")
        await desk["sam"].request(
            "incident.declare", title="Phishing wave", kind="security", topic="security",
            message_en="We are investigating unusual logins. Never share codes.",
            message_zh="我们正在调查异常登录，请勿向任何人提供验证码。",
        )
        started = utcnow()
        made = await ann.request("callback.create", **_callback(hacked, "Reports takeover"))
        conv = made["conversation"]
        assert conv["channel"] == "callback" and conv["priority"] == "urgent"
        assert {"emergency", "takeover"} <= set(conv["tags"])
        due = datetime.fromisoformat(conv["first_response_due"])
        assert timedelta(minutes=59) < due - started <= timedelta(hours=1, seconds=30)

        queue = await server.context.db.run(jobs.queued, utcnow())
        security = [cid for cid, team in queue if team == "security"]
        assert security[:2] == [conv["id"], plain], queue  # the later callback first: it jumped

        # the security agent comes back: the callback is theirs first
        sec = (await agents(server, ["sec"]))["sec"]
        given = await sec.wait_for(
            lambda f: f.get("type") == "event" and f["name"] == "conversation.updated"
            and f["data"]["conversation"]["id"] == conv["id"]
            and f["data"]["conversation"]["assignee"] == "sec",
            timeout=30,
        )
        assert given["data"]["conversation"]["priority"] == "urgent"

        # request account freeze: to the risk team by escalation, tagged and audited
        frozen = await ann.request("account.freeze_request", conversation_id=hacked,
                                   reason="Customer confirms the takeover")
        fc = frozen["conversation"]
        assert fc["team"] == "risk_compliance" and fc["assignee"] == "zhu"
        assert {"freeze_requested", "escalated"} <= set(fc["tags"])
        audit = await desk["sam"].request("audit.list", action="account.freeze_request")
        assert [e["target"] for e in audit["entries"]] == ["C0000"]
        try:
            await ann.request("account.freeze_request", conversation_id=999999, reason="nope nope")
            raise AssertionError("a freeze request for a conversation nobody sees")
        except RequestError as exc:
            assert exc.code == "not_found"
