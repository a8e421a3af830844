"""Where AgentDesk keeps its files: platformdirs' per-user locations, or one ``AGENTDESK_HOME``.

``AGENTDESK_HOME=/some/dir`` puts everything (data, config, cache, logs) under that directory:
tests use it to keep each run apart, and a portable install uses it to live on a USB stick.
None of these directories ever holds a secret — tokens live in the OS keyring only.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_NAME
from app import ORG_NAME as APP_AUTHOR

HOME_ENV = "AGENTDESK_HOME"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path  # the local cache databases
    config_dir: Path  # settings.json
    cache_dir: Path  # disposable files
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    def cache_db(self, server_url: str, username: str) -> Path:
        """The cache file of one agent on one server (one file each: an agent never sees another
        agent's cached conversations or sends their queued replies)."""
        digest = hashlib.sha256(f"{server_url}|{username}".encode()).hexdigest()[:16]
        return self.data_dir / "cache" / f"{digest}.sqlite3"

    def all_dirs(self) -> tuple[Path, ...]:
        return (self.data_dir, self.config_dir, self.cache_dir, self.log_dir)

    def ensure(self) -> AppPaths:
        for directory in self.all_dirs():
            directory.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(environ: Mapping[str, str] | None = None) -> AppPaths:
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV)
    if home:
        root = Path(home).expanduser()
        return AppPaths(root / "data", root / "config", root / "cache", root / "logs")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )
