"""Demo agent accounts.

Two VIP managers exist so that access-control tests can show that a manager
sees only their own clients (vera must not see victor's).
"""

from __future__ import annotations

from app.demo.data.models import DemoAgent

DEMO_AGENTS: tuple[DemoAgent, ...] = (
    DemoAgent("alice", "Alice Chen", "agent", "en"),
    DemoAgent("bob", "Bob Wang 王博", "agent", "zh-CN"),
    DemoAgent("vera", "Vera Lin", "vip_manager", "en"),
    DemoAgent("sam", "Sam Okafor", "supervisor", "en"),
    DemoAgent("victor", "Victor Zhou", "vip_manager", "zh-CN"),
)

AGENTS_BY_USERNAME: dict[str, DemoAgent] = {a.username: a for a in DEMO_AGENTS}

VIP_MANAGERS: tuple[str, ...] = ("vera", "victor")

# How each agent introduces themselves in Chinese-language threads.
AGENT_NAME_ZH: dict[str, str] = {
    "alice": "Alice",
    "bob": "王博",
    "vera": "Vera",
    "sam": "Sam",
    "victor": "Victor",
}
