"""Where the demo's teams policy lives (``data/teams_policy.toml``): en and zh desks, the VIP desk,
risk and compliance, security."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def teams_policy_path() -> Path:
    return Path(str(resources.files("app.demo.data").joinpath("teams_policy.toml")))
