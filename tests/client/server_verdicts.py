"""What the real server does with an agent's replies (sent, held for review, or refused), for the tests
that compare the desk's composer check with it (explorer domains, official handles)."""

from __future__ import annotations

from app.policies.reply_check import Verdict
from tests.support.server import AgentClient, RequestError


async def first_plain_conversation(alice: AgentClient) -> int:
    """A conversation of a customer without a VIP tier (no VIP lane rules in the way)."""
    await alice.sync(alice.welcome["head"])
    convs = (await alice.request("inbox.snapshot", limit=500))["conversations"]
    return int(next(c["id"] for c in convs if c["customer"]["vip_tier"] == 0))


async def server_verdicts(url: str, replies: tuple[str, ...]) -> list[Verdict]:
    """Each reply sent by alice as ``message.send``: sent, held for review, or refused (``blocked``)."""
    alice = await AgentClient.login(url, "alice", "demo")
    try:
        conv = await first_plain_conversation(alice)
        out: list[Verdict] = []
        for i, body in enumerate(replies):
            try:
                await alice.request("message.send", conversation_id=conv, client_msg_id=f"r{i}", body=body)
            except RequestError as err:
                assert err.code in ("blocked", "held_for_review"), err
                out.append(Verdict.BLOCK if err.code == "blocked" else Verdict.HOLD)
            else:
                out.append(Verdict.SEND)
        return out
    finally:
        await alice.close()
