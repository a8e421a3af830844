"""Issue 24: unsent replies must not sit in the disposable folder.

On Windows platformdirs puts data and config in ``%LOCALAPPDATA%\\AgentDesk\\AgentDesk`` and the
disposable cache in its ``Cache`` subfolder; the old ``<data dir>\\cache`` for the cache databases
was that same folder (NTFS ignores case). This disk is case-sensitive, so the case-insensitive
layout is simulated: ``Cache`` is a link to ``cache`` (one folder, two spellings), as on NTFS.
"""

from __future__ import annotations

import ntpath
import os
from pathlib import Path, PureWindowsPath

import pytest

from app.core.app import DeskApp
from app.core.paths import AppPaths, move_legacy_store, same_folder
from app.core.settings import Settings

DB = "0123456789abcdef.sqlite3"


def windows_layout() -> AppPaths:
    """platformdirs' Windows folders for AgentDesk (roaming off): data = config; Cache, Logs inside."""
    base = PureWindowsPath(r"C:\Users\alice\AppData\Local\AgentDesk\AgentDesk")
    return AppPaths(Path(str(base)), Path(str(base)), Path(str(base / "Cache")), Path(str(base / "Logs")))


def test_the_old_folder_was_the_disposable_one_on_windows_and_the_new_one_is_not() -> None:
    paths = windows_layout()
    old = Path(str(PureWindowsPath(str(paths.data_dir)) / "cache"))
    assert same_folder(old, paths.cache_dir, normcase=ntpath.normcase)  # the issue: one folder
    for other in (paths.cache_dir, paths.log_dir, paths.config_dir):
        assert not same_folder(paths.store_dir, other, normcase=ntpath.normcase)


@pytest.fixture
def case_insensitive(tmp_path: Path) -> AppPaths:
    """``data/cache`` and ``data/Cache`` are one folder, as on NTFS."""
    data = tmp_path / "AgentDesk"
    (data / "cache").mkdir(parents=True)
    os.symlink(data / "cache", data / "Cache", target_is_directory=True)
    return AppPaths(data, data, data / "Cache", data / "Logs")


def test_the_cache_databases_move_out_of_the_disposable_folder(case_insensitive: AppPaths) -> None:
    paths = case_insensitive
    legacy = paths.data_dir / "cache"
    for suffix, body in (("", b"db"), ("-wal", b"wal"), ("-shm", b"shm")):
        (legacy / f"{DB}{suffix}").write_bytes(body)
    (paths.cache_dir / "thumbnail.png").write_bytes(b"disposable")  # written through the other spelling
    assert (legacy / "thumbnail.png").exists()  # one folder

    assert move_legacy_store(paths) == 3
    assert (paths.store_dir / DB).read_bytes() == b"db"
    assert (paths.store_dir / f"{DB}-wal").read_bytes() == b"wal"  # the WAL travels with its database
    assert not list(paths.cache_dir.glob("*.sqlite3*"))
    assert (paths.cache_dir / "thumbnail.png").exists()  # the disposable file stays
    assert paths.cache_dir.exists()  # the Cache folder itself is not removed
    assert not same_folder(paths.store_dir, paths.cache_dir)
    assert move_legacy_store(paths) == 0  # done once


def test_a_file_already_in_the_new_folder_is_never_overwritten(case_insensitive: AppPaths) -> None:
    paths = case_insensitive
    paths.store_dir.mkdir()
    (paths.store_dir / DB).write_bytes(b"new")
    (paths.data_dir / "cache" / DB).write_bytes(b"old")
    (paths.data_dir / "cache" / f"{DB}-wal").write_bytes(b"old wal")
    assert move_legacy_store(paths) == 1  # only the WAL had no twin
    assert (paths.store_dir / DB).read_bytes() == b"new"
    assert (paths.data_dir / "cache" / DB).read_bytes() == b"old"  # kept, not lost


def test_a_move_stopped_half_way_finishes_at_the_next_start(case_insensitive: AppPaths) -> None:
    paths = case_insensitive
    paths.store_dir.mkdir()
    (paths.store_dir / f"{DB}-wal").write_bytes(b"wal")  # moved before the crash
    (paths.data_dir / "cache" / DB).write_bytes(b"db")  # not yet
    assert move_legacy_store(paths) == 1
    assert sorted(p.name for p in paths.store_dir.iterdir()) == [DB, f"{DB}-wal"]


def test_agentdesk_home_layout_moves_too_and_the_empty_old_folder_goes(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "cache", tmp_path / "logs").ensure()
    (paths.data_dir / "cache").mkdir()
    (paths.data_dir / "cache" / DB).write_bytes(b"db")
    assert move_legacy_store(paths) == 1
    assert not (paths.data_dir / "cache").exists()


async def test_the_desk_opens_its_cache_in_the_store_folder_after_moving_it(
    agentdesk_home: AppPaths,
) -> None:
    url, user = "wss://desk.example.com", "alice"
    old = agentdesk_home.data_dir / "cache" / agentdesk_home.cache_db(url, user).name
    old.parent.mkdir()
    old.write_bytes(b"")
    desk = DeskApp(Settings(), agentdesk_home.settings_file)
    path = desk.cache_for(url, user)
    assert path == agentdesk_home.store_dir / old.name and path.exists() and not old.exists()
