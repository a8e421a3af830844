"""Which demo customer a person at the demo should play: one whose chats the signed-in agent sees."""

from __future__ import annotations


def customer_to_play(username: str) -> tuple[str, str]:
    """(uid, name) of a demo customer whose chats ``username`` sees, writing in that agent's
    language: a VIP manager's own client, else a regular customer. Builds the demo data set (~0.1 s)."""
    from app.demo.data import DEMO_CUSTOMERS
    from app.demo.data.agents import AGENTS_BY_USERNAME

    agent = AGENTS_BY_USERNAME.get(username)
    if agent is not None and agent.role == "vip_manager":
        seen = [c for c in DEMO_CUSTOMERS if c.vip_tier > 0 and c.account_manager == username]
    else:
        seen = [c for c in DEMO_CUSTOMERS if c.vip_tier == 0]
    language = agent.language if agent is not None else "en"
    customer = next((c for c in seen if c.language == language), seen[0])
    return customer.uid, customer.name
