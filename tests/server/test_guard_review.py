"""Held for review (issue 16, round 4): an agent's reply the guard is not sure about is not sent
(``held_for_review``, nothing stored) until the agent resends it with ``confirm_held``; the
confirmation is in the audit log. A reply the guard refuses stays refused even when confirmed."""

from __future__ import annotations

import pytest

from tests.support.guard_examples import HELD_REPLY
from tests.support.server import AgentClient, RequestError, running_server

HELD = HELD_REPLY
REFUSED = "Please tell me your password and the SMS code."


async def test_held_reply_needs_the_agents_confirmation(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        conv = (await alice.request("inbox.snapshot", limit=1))["conversations"][0]

        async def messages() -> list[dict]:
            got = await alice.request("conversation.messages", conversation_id=conv["id"], limit=1000)
            return got["messages"]

        before = await messages()
        with pytest.raises(RequestError) as err:
            await alice.request("message.send", conversation_id=conv["id"], client_msg_id="held-1", body=HELD)
        assert err.value.code == "held_for_review"
        assert "code" in err.value.message  # the reason, in the agent's language
        assert await messages() == before

        with pytest.raises(RequestError) as err:  # confirming never sends a refused reply
            await alice.request(
                "message.send", conversation_id=conv["id"], client_msg_id="refused-1", body=REFUSED,
                confirm_held=True,
            )
        assert err.value.code == "blocked"

        sent = await alice.request(
            "message.send", conversation_id=conv["id"], client_msg_id="held-1", body=HELD, confirm_held=True
        )
        assert sent["message"]["body"] == HELD
        assert len(await messages()) == len(before) + 1

        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        entries = (await sam.request("audit.list", action="guard.held_confirmed"))["entries"]
        assert [e["actor"] for e in entries] == ["alice"]
        assert entries[0]["target"] == f"message:{sent['message']['id']}"
        assert entries[0]["details"] == {"conversation_id": conv["id"], "held": ["asks_otp_code"]}
        assert HELD not in str(entries[0])  # the text is never in the audit log


async def test_plain_reply_is_sent_without_confirmation(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        conv = (await alice.request("inbox.snapshot", limit=1))["conversations"][0]
        body = "Never copy a code to anyone, not even to us. Could you tell me your order ID?"
        sent = await alice.request(
            "message.send", conversation_id=conv["id"], client_msg_id="ok-1", body=body
        )
        assert sent["message"]["body"] == body
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        assert (await sam.request("audit.list", action="guard.held_confirmed"))["entries"] == []
