"""The teams policy file: teams, their members and skills, business hours, agents' capacity.

A TOML file beside ``sla_policy.toml`` (the packaged default is ``app/server/teams_policy.toml``;
its comments describe the format; the demo's is ``app/demo/data/teams_policy.toml``). It is
validated strictly — an unknown key, a bad time zone, an empty schedule or a capacity of zero is a
``TeamsPolicyError`` naming the key — because a typo that silently fell back to a default would
route work to the wrong people or promise customers the wrong hours.

``TeamsPolicyFile`` keeps the current policy and reloads it when the file changes (a ``stat`` per
use), like the SLA policy: a file that turns invalid while the server runs is logged and ignored.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from app.server.policy_file import ReloadingPolicy, load_toml
from app.server.routing.hours import (
    ALWAYS,
    Schedule,
    ScheduleError,
    parse_holidays,
    parse_hours,
    zone,
)

CHANNELS = ("chat", "email", "ticket", "callback", "telegram")
#: a channel without a capacity of its own counts against this one's (Telegram chats are chats)
CAPACITY_LIKE = {"telegram": "chat"}
LANGUAGES = ("en", "zh-CN")
ROLES = ("agent", "vip_manager", "supervisor")
MAX_TIER = 8
DEFAULT_CAPACITY = {"chat": 4, "email": 10, "ticket": 10, "callback": 3}
TEAM_KEYS = (
    "name",
    "members",
    "roles",
    "languages",
    "channels",
    "vip_tiers",
    "timezone",
    "hours",
    "holidays",
    "escalation",
)
CODE_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_")


class TeamsPolicyError(ValueError):
    """The teams policy is unusable; the message names the file and the key."""


@dataclass(frozen=True)
class Team:
    code: str
    name: str
    members: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # every active agent of these roles is a member too
    languages: frozenset[str] = frozenset(LANGUAGES)
    channels: frozenset[str] = frozenset(CHANNELS)
    vip_tiers: frozenset[int] = frozenset({0})
    escalation: bool = False  # a function team (risk, security): transfers and escalations only
    timezone: str = "UTC"
    hours: dict[str, Schedule] = field(default_factory=dict)  # channel -> schedule

    def matches(self, channel: str, language: str, vip_tier: int) -> bool:
        return (
            not self.escalation
            and channel in self.channels
            and language in self.languages
            and max(0, min(vip_tier, MAX_TIER)) in self.vip_tiers
        )

    def schedule(self, channel: str) -> Schedule:
        return self.hours[channel]

    def has_member(self, username: str, role: str) -> bool:
        return username in self.members or role in self.roles


@dataclass(frozen=True)
class TeamsPolicy:
    teams: dict[str, Team]  # in file order: the first matching team takes new work
    capacity: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_CAPACITY))
    agent_capacity: dict[str, dict[str, int]] = field(default_factory=dict)
    source: str = "(built in)"

    def team_for(self, channel: str, language: str, vip_tier: int) -> Team | None:
        """The team new work of this kind goes to (the first that matches, in file order)."""
        for team in self.teams.values():
            if team.matches(channel, language, vip_tier):
                return team
        return None

    def capacity_of(self, username: str, channel: str) -> int:
        mine = self.agent_capacity.get(username, {})
        if channel in mine:
            return mine[channel]
        if channel in self.capacity:
            return self.capacity[channel]
        like = CAPACITY_LIKE.get(channel)
        return self.capacity_of(username, like) if like is not None else 0

    def teams_of(self, username: str, role: str) -> list[str]:
        return [t.code for t in self.teams.values() if t.has_member(username, role)]

    def members(self, team: Team, agents: Iterable[tuple[str, str]]) -> list[str]:
        """The usernames of ``agents`` (``(username, role)``, the active ones) in ``team``."""
        return [u for u, r in agents if team.has_member(u, r)]


# --- parsing ---------------------------------------------------------------------------------------
def _strings(value: Any, key: str, allowed: Iterable[str] | None = None) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise TeamsPolicyError(f"{key}: must be a list of strings")
    if allowed is not None:
        known = tuple(allowed)
        for item in value:
            if item not in known:
                raise TeamsPolicyError(f"{key}: {item!r} is not one of {', '.join(known)}")
    return tuple(dict.fromkeys(value))


def _tiers(value: Any, key: str) -> frozenset[int]:
    """``[0]``, ``[1, 2, 3]`` or ``"1-8"``."""
    if isinstance(value, str):
        first, sep, last = value.partition("-")
        if sep and first.isdigit() and last.isdigit() and 0 <= int(first) <= int(last) <= MAX_TIER:
            return frozenset(range(int(first), int(last) + 1))
    elif isinstance(value, list) and value and all(type(v) is int and 0 <= v <= MAX_TIER for v in value):
        return frozenset(value)
    raise TeamsPolicyError(f'{key}: must be a list of tiers 0-8 (0 is regular) or a range such as "1-8"')


def _capacity(table: Any, key: str) -> dict[str, int]:
    if not isinstance(table, dict):
        raise TeamsPolicyError(f"[{key}]: must be a table of channel = number")
    out: dict[str, int] = {}
    for channel, value in table.items():
        if channel not in CHANNELS:
            raise TeamsPolicyError(f"[{key}] {channel}: unknown channel (known: {', '.join(CHANNELS)})")
        if type(value) is not int or not 1 <= value <= 1000:
            raise TeamsPolicyError(f"[{key}] {channel}: must be a whole number from 1 to 1000")
        out[channel] = value
    return out


def _hours(value: Any, key: str, tz_name: str, holidays: Any) -> dict[str, Schedule]:
    try:
        tz = zone(tz_name)
    except ScheduleError as exc:
        raise TeamsPolicyError(f"[{key}] timezone: {exc}") from None
    try:
        days = parse_holidays(holidays)
    except ScheduleError as exc:
        raise TeamsPolicyError(f"[{key}] holidays: {exc}") from None
    by_channel: dict[str, Any]
    if isinstance(value, dict):
        for name in value:
            if name not in (*CHANNELS, "default"):
                raise TeamsPolicyError(
                    f"[{key}.hours] {name}: unknown channel (known: {', '.join(CHANNELS)}, default)"
                )
        default = value.get("default", ALWAYS)
        by_channel = {c: value.get(c, default) for c in CHANNELS}
        where = {c: f"[{key}.hours] {c if c in value else 'default'}" for c in CHANNELS}
    else:
        by_channel = dict.fromkeys(CHANNELS, value)
        where = dict.fromkeys(CHANNELS, f"[{key}] hours")
    out: dict[str, Schedule] = {}
    for channel, spec in by_channel.items():
        try:
            out[channel] = parse_hours(spec, tz, days)
        except ScheduleError as exc:
            raise TeamsPolicyError(f"{where[channel]}: {exc}") from None
    return out


def _team(code: str, table: Any) -> Team:
    key = f"teams.{code}"
    if not code or not set(code) <= CODE_CHARS or len(code) > 40:
        raise TeamsPolicyError(f"[{key}]: a team code is 1-40 lower-case letters, digits or _")
    if not isinstance(table, dict):
        raise TeamsPolicyError(f"[{key}]: must be a table")
    for name in table:
        if name not in TEAM_KEYS:
            raise TeamsPolicyError(f"[{key}] {name}: unknown key (expected {', '.join(TEAM_KEYS)})")
    name = table.get("name", code)
    if not isinstance(name, str) or not name.strip() or len(name) > 80:
        raise TeamsPolicyError(f"[{key}] name: must be text of 1-80 characters")
    members = _strings(table.get("members", []), f"[{key}] members") if "members" in table else ()
    roles = _strings(table["roles"], f"[{key}] roles", ROLES) if "roles" in table else ()
    if not members and not roles:
        raise TeamsPolicyError(f"[{key}]: needs members (usernames) or roles")
    escalation = table.get("escalation", False)
    if not isinstance(escalation, bool):
        raise TeamsPolicyError(f"[{key}] escalation: must be true or false")
    tz_name = table.get("timezone", "UTC")
    return Team(
        code=code,
        name=name.strip(),
        members=members,
        roles=roles,
        languages=frozenset(_strings(table["languages"], f"[{key}] languages", LANGUAGES))
        if "languages" in table
        else frozenset(LANGUAGES),
        channels=frozenset(_strings(table["channels"], f"[{key}] channels", CHANNELS))
        if "channels" in table
        else frozenset(CHANNELS),
        vip_tiers=_tiers(table["vip_tiers"], f"[{key}] vip_tiers")
        if "vip_tiers" in table
        else frozenset({0}),
        escalation=escalation,
        timezone=str(tz_name),
        hours=_hours(table.get("hours", ALWAYS), key, tz_name, table.get("holidays", [])),
    )


def parse_teams(data: dict[str, Any], source: str) -> TeamsPolicy:
    """Validate a decoded TOML document."""
    if data.get("version", 1) != 1:
        raise TeamsPolicyError("version: only version = 1 is understood")
    for key in data:
        if key not in ("version", "capacity", "agents", "teams"):
            raise TeamsPolicyError(f"[{key}]: unknown section (expected capacity, agents, teams)")
    capacity = dict(DEFAULT_CAPACITY)
    if "capacity" in data:
        capacity.update(_capacity(data["capacity"], "capacity"))
    agents = data.get("agents", {})
    if not isinstance(agents, dict):
        raise TeamsPolicyError("[agents]: must hold one table per agent ([agents.alice])")
    agent_capacity = {name: _capacity(table, f"agents.{name}") for name, table in agents.items()}
    teams_table = data.get("teams")
    if not isinstance(teams_table, dict) or not teams_table:
        raise TeamsPolicyError("[teams]: at least one team is needed ([teams.CODE])")
    teams = {code: _team(code, table) for code, table in teams_table.items()}
    return TeamsPolicy(teams=teams, capacity=capacity, agent_capacity=agent_capacity, source=source)


def load_teams(path: str | os.PathLike[str]) -> TeamsPolicy:
    """Read and validate a teams file; ``TeamsPolicyError`` (naming the file) if it is unusable."""
    return load_toml(path, parse_teams, TeamsPolicyError)


def default_teams_path() -> Path:
    return Path(str(resources.files("app.server").joinpath("teams_policy.toml")))


class TeamsPolicyFile(ReloadingPolicy[TeamsPolicy]):
    """The current teams policy of one file, reloaded when the file changes (``policy_file.py``:
    the same rules as the SLA policy's)."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(
            Path(path) if path is not None else default_teams_path(),
            load_teams, TeamsPolicyError, "teams policy", "the previous teams stay",
        )
