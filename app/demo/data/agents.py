"""Demo agent accounts.

Two VIP managers exist so that access-control tests can show that a manager
sees only their own clients (vera must not see victor's). rita and shen are the
desks behind escalations (issue 19): risk and compliance (withdrawals under
review), and security (account takeovers); their teams are in
``teams_policy.toml`` beside this file.
"""

from __future__ import annotations

from app.demo.data.models import DemoAgent

DEMO_AGENTS: tuple[DemoAgent, ...] = (
    DemoAgent("alice", "Alice Chen", "agent", "en"),
    DemoAgent("bob", "Bob Wang 王博", "agent", "zh-CN"),
    DemoAgent("vera", "Vera Lin", "vip_manager", "en"),
    DemoAgent("sam", "Sam Okafor", "supervisor", "en"),
    DemoAgent("victor", "Victor Zhou", "vip_manager", "zh-CN"),
    DemoAgent("rita", "Rita Alvarez", "agent", "en"),
    DemoAgent("shen", "Shen Yu 沈宇", "agent", "zh-CN"),
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
    "rita": "Rita",
    "shen": "沈宇",
}
