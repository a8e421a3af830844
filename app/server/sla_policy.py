"""The SLA policy file: first-response and resolution targets per channel and VIP tier.

A TOML file (the packaged default is ``app/server/sla_policy.toml``; its comments describe the
format). It is validated strictly — an unknown channel or key, a missing target, a zero, negative
or malformed duration is a ``SlaPolicyError`` naming the key — because a typo silently falling
back to a default would quietly change what customers are promised.

``PolicyFile`` keeps the current policy of one file and reloads it when the file changes (a
``stat`` per use, microseconds), so targets change without a restart. A file that turns invalid
while the server runs is logged and ignored: the last good policy stays in force.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from app.server.policy_file import ReloadingPolicy, load_toml

CHANNELS = ("chat", "email", "ticket", "callback")
TARGETS = ("first_response", "resolution")
MAX_TIER = 8
MAX_DURATION = timedelta(days=365)
DEFAULT_WARNING_SHARE = 0.75
_PART = re.compile(r"(\d+(?:\.\d+)?)([smhd])")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class SlaPolicyError(ValueError):
    """The policy file is unusable; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class Targets:
    first_response: timedelta
    resolution: timedelta


@dataclass(frozen=True, slots=True)
class ChannelPolicy:
    base: Targets
    tiers: dict[int, Targets] = field(default_factory=dict)  # 1..8 → targets (".vip" + ".vipN")

    def for_tier(self, vip_tier: int) -> Targets:
        return self.tiers.get(vip_tier, self.base) if vip_tier > 0 else self.base


@dataclass(frozen=True, slots=True)
class SlaPolicy:
    channels: dict[str, ChannelPolicy]
    source: str = "(built in)"
    #: the share of a due time's window after which it turns amber (``sla.warning``; the desk agrees)
    warning_share: float = DEFAULT_WARNING_SHARE

    def targets(self, channel: str, vip_tier: int) -> Targets:
        policy = self.channels.get(channel) or self.channels["ticket"]
        return policy.for_tier(max(0, min(vip_tier, MAX_TIER)))


def parse_duration(value: Any, key: str) -> timedelta:
    """``"30s"``, ``"15m"``, ``"4h"``, ``"2d"``, ``"1h30m"`` or whole seconds; positive only."""
    problem = 'must be a positive duration such as "30s", "15m", "4h", "2d" or a number of seconds'
    if isinstance(value, bool):
        raise SlaPolicyError(f"{key}: {problem}")
    if isinstance(value, int):
        seconds = float(value)
    elif isinstance(value, str):
        text = value.strip().lower().replace(" ", "")
        parts = _PART.findall(text)
        if not text or "".join(n + u for n, u in parts) != text:
            raise SlaPolicyError(f"{key}: {problem}")
        seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    else:
        raise SlaPolicyError(f"{key}: {problem}")
    if seconds <= 0:
        raise SlaPolicyError(f"{key}: {problem}")
    duration = timedelta(seconds=seconds)
    if duration > MAX_DURATION:
        raise SlaPolicyError(f"{key}: longer than 365 days")
    return duration


def _targets(table: dict[str, Any], key: str, inherit: Targets | None) -> Targets:
    values: dict[str, timedelta] = {}
    for name in TARGETS:
        if name in table:
            values[name] = parse_duration(table[name], f"[{key}] {name}")
        elif inherit is not None:
            values[name] = getattr(inherit, name)
        else:
            raise SlaPolicyError(f"[{key}]: {name} is missing")
    return Targets(**values)


def _channel(name: str, table: Any) -> ChannelPolicy:
    if not isinstance(table, dict):
        raise SlaPolicyError(f"{name}: must be a table ([{name}])")
    tier_keys = {"vip", *(f"vip{n}" for n in range(1, MAX_TIER + 1))}
    for key in table:
        if key not in TARGETS and key not in tier_keys:
            raise SlaPolicyError(
                f"[{name}] {key}: unknown key (expected first_response, resolution, vip, vip1-vip8)"
            )
    base = _targets(table, name, None)
    vip = base
    if "vip" in table:
        vip = _vip_table(table["vip"], f"{name}.vip", base)
    tiers: dict[int, Targets] = {}
    for tier in range(1, MAX_TIER + 1):
        key = f"vip{tier}"
        tiers[tier] = _vip_table(table[key], f"{name}.{key}", vip) if key in table else vip
    return ChannelPolicy(base=base, tiers=tiers)


def _vip_table(table: Any, key: str, inherit: Targets) -> Targets:
    if not isinstance(table, dict):
        raise SlaPolicyError(f"{key}: must be a table ([{key}])")
    for name in table:
        if name not in TARGETS:
            raise SlaPolicyError(f"[{key}] {name}: unknown key (expected first_response, resolution)")
    return _targets(table, key, inherit)


def parse_policy(data: dict[str, Any], source: str) -> SlaPolicy:
    """Validate a decoded TOML document."""
    version = data.get("version", 1)
    if version != 1:
        raise SlaPolicyError("version: only version = 1 is understood")
    channels: dict[str, ChannelPolicy] = {}
    share = data.get("warning_share", DEFAULT_WARNING_SHARE)
    if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 < share < 1:
        raise SlaPolicyError(
            "warning_share: must be a number between 0 and 1 (0.75: amber after three quarters)"
        )
    for key, value in data.items():
        if key in ("version", "warning_share"):
            continue
        if key not in CHANNELS:
            raise SlaPolicyError(f"[{key}]: unknown channel (known: {', '.join(CHANNELS)})")
        channels[key] = _channel(key, value)
    missing = [c for c in CHANNELS if c not in channels]
    if missing:
        raise SlaPolicyError(f"[{missing[0]}]: channel is missing (every channel needs its targets)")
    return SlaPolicy(channels=channels, source=source, warning_share=float(share))


def load_policy(path: str | os.PathLike[str]) -> SlaPolicy:
    """Read and validate a policy file; ``SlaPolicyError`` (naming the file) if it is unusable."""
    return load_toml(path, parse_policy, SlaPolicyError)


def default_policy_path() -> Path:
    return Path(str(resources.files("app.server").joinpath("sla_policy.toml")))


_default: SlaPolicy | None = None


def default_policy() -> SlaPolicy:
    """The packaged policy (read once)."""
    global _default
    if _default is None:
        _default = load_policy(default_policy_path())
    return _default


class PolicyFile(ReloadingPolicy[SlaPolicy]):
    """The current SLA policy of one file, reloaded when the file changes (``policy_file.py``)."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(
            Path(path) if path is not None else default_policy_path(),
            load_policy, SlaPolicyError, "SLA policy", "the previous targets stay",
        )
