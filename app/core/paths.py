r"""Where AgentDesk keeps its files: platformdirs' per-user locations, or one ``AGENTDESK_HOME``.

``AGENTDESK_HOME=/some/dir`` puts everything (data, config, cache, logs) under that directory:
tests use it to keep each run apart, and a portable install uses it to live on a USB stick.
None of these directories ever holds a secret — tokens live in the OS keyring only.

The cache databases live in ``<data dir>/store``. They used to live in ``<data dir>/cache``, which on
Windows is platformdirs' own ``Cache`` folder (``%LOCALAPPDATA%\AgentDesk\AgentDesk\Cache``; the
disk ignores case): replies not yet sent sat in the folder cleaners treat as disposable.
:func:`move_legacy_store` moves them out before any cache is opened.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_NAME
from app import ORG_NAME as APP_AUTHOR
from app.store.files import replace_file

log = logging.getLogger(__name__)
HOME_ENV = "AGENTDESK_HOME"
STORE_FOLDER = "store"
LEGACY_STORE_FOLDER = "cache"  # before issue 24: the same folder as platformdirs' Cache on Windows
_CACHE_FILE = re.compile(r"^[0-9a-f]{16}\.sqlite3(-wal|-shm|-journal)?$")


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
        return self.store_dir / f"{digest}.sqlite3"

    @property
    def store_dir(self) -> Path:
        """The cache databases (unsent replies and drafts too): never a disposable folder."""
        return self.data_dir / STORE_FOLDER

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


def same_folder(a: Path, b: Path, normcase: Callable[[str], str] = os.path.normcase) -> bool:
    """Whether two paths name one folder: on disk (also through a case-insensitive file system or
    a link), or by their spelling under the platform's case rule (``ntpath.normcase`` on Windows)."""
    if normcase(os.path.normpath(str(a))) == normcase(os.path.normpath(str(b))):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def move_legacy_store(paths: AppPaths) -> int:
    """Move cache databases from ``<data dir>/cache`` to ``<data dir>/store``; returns how many files.

    Only the cache's own files (``<16 hex>.sqlite3`` with ``-wal``/``-shm``/``-journal``) move; other
    files stay (on Windows that folder *is* the disposable cache). A file already at the target is
    left in both places rather than overwritten. Run before any cache is opened; a run stopped half
    way finishes at the next start (a database and its WAL end up together before either opens).
    """
    legacy = paths.data_dir / LEGACY_STORE_FOLDER
    if not legacy.is_dir() or same_folder(legacy, paths.store_dir):
        return 0
    moved = 0
    paths.store_dir.mkdir(parents=True, exist_ok=True)
    for source in sorted(legacy.iterdir()):
        if not _CACHE_FILE.match(source.name) or not source.is_file():
            continue
        target = paths.store_dir / source.name
        if target.exists():
            log.warning("a cache file is in both the old and the new folder; the old copy stays")
            continue
        replace_file(source, target)
        moved += 1
    if moved:
        log.info("moved %d cache files out of the disposable cache folder", moved)
    if not same_folder(legacy, paths.cache_dir):
        with contextlib.suppress(OSError):
            legacy.rmdir()  # only when empty
    return moved
