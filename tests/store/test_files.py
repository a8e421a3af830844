"""Issue 24, Windows files: locks waited out, SQLite URLs from any path, WAL off network shares.

A Windows scanner's lock, a mapped drive and a UNC share do not exist here; the logic is fed what
Windows would answer (``PermissionError``/WinError 32, ``GetDriveTypeW``, mount tables), and the
parts that touch this disk (a store in a folder named ``#1 ?%``, removing a tree) run for real.
"""

from __future__ import annotations

import ntpath
from pathlib import Path, PureWindowsPath

import pytest
from sqlalchemy import make_url

from app.store import Store
from app.store.files import (
    BACKOFF_S,
    DRIVE_REMOTE,
    is_lock_error,
    on_network_share,
    parse_mount_output,
    remove_tree,
    retry_on_lock,
    sqlite_url,
)


def winerror(code: int) -> OSError:
    exc = OSError(13, "The process cannot access the file because it is being used by another process")
    exc.winerror = code  # type: ignore[attr-defined]  # what Windows sets
    return exc


class Flaky:
    """Fails with ``error`` the first ``times`` calls, then returns "done"."""

    def __init__(self, times: int, error: BaseException) -> None:
        self.left, self.error, self.calls = times, error, 0

    def __call__(self) -> str:
        self.calls += 1
        if self.left:
            self.left -= 1
            raise self.error
        return "done"


def test_a_scanners_lock_is_waited_out() -> None:
    waits: list[float] = []
    flaky = Flaky(2, PermissionError(13, "in use"))
    assert retry_on_lock(flaky, what="test", sleep=waits.append) == "done"
    assert flaky.calls == 3 and waits == list(BACKOFF_S[:2])


def test_winerror_32_counts_as_a_lock_and_other_errors_do_not() -> None:
    assert is_lock_error(winerror(32)) and is_lock_error(PermissionError())
    assert not is_lock_error(FileNotFoundError()) and not is_lock_error(OSError(28, "disk full"))
    waits: list[float] = []
    missing = Flaky(1, FileNotFoundError(2, "gone"))
    with pytest.raises(FileNotFoundError):
        retry_on_lock(missing, what="test", sleep=waits.append)
    assert missing.calls == 1 and waits == []


def test_a_lock_that_stays_fails_after_the_backoff() -> None:
    waits: list[float] = []
    stuck = Flaky(100, winerror(32))
    with pytest.raises(OSError):
        retry_on_lock(stuck, what="test", sleep=waits.append)
    assert stuck.calls == len(BACKOFF_S) + 1 and waits == list(BACKOFF_S)
    assert sum(waits) < 2.0  # a dialog waits for this: bounded


def test_remove_tree_retries_an_entry_held_by_another_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    (folder / "store").mkdir(parents=True)
    held = folder / "store" / "0123456789abcdef.sqlite3"
    held.write_bytes(b"x")
    (folder / "settings.json").write_text("{}")
    real_unlink = __import__("os").unlink
    refusals = {"left": 2}

    def unlink(path: object, *args: object, **kwargs: object) -> None:
        if str(path).endswith(".sqlite3") and refusals["left"]:
            refusals["left"] -= 1
            raise winerror(32)
        real_unlink(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("os.unlink", unlink)
    waits: list[float] = []
    remove_tree(folder, sleep=waits.append)
    assert not folder.exists() and refusals["left"] == 0 and waits


# --- SQLite URLs ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", [
    PureWindowsPath(r"C:\Users\李雷\AppData\Local\AgentDesk\AgentDesk\store\0123456789abcdef.sqlite3"),
    PureWindowsPath(r"\\fileserver\profiles$\alice\AgentDesk\store\0123456789abcdef.sqlite3"),
    PureWindowsPath(r"D:\Support #1 ?%20\cache.sqlite3"),
    Path("/home/alice/.local/share/AgentDesk/store/0123456789abcdef.sqlite3"),
])
def test_sqlite_urls_keep_the_path_whole(path: Path | PureWindowsPath) -> None:
    url = sqlite_url(path)
    assert url.drivername == "sqlite" and url.database == str(path)
    assert make_url(url).database == str(path)  # the URL object goes to create_engine as it is


async def test_a_store_opens_in_a_folder_with_url_characters(tmp_path: Path) -> None:
    path = tmp_path / "Support #1 ?%20 李" / "cache.sqlite3"
    store = await Store.open(path)
    try:
        await store.sync_state()  # through the engine, not only the first raw connection
        assert path.is_file()
        assert list(tmp_path.iterdir()) == [path.parent]  # no file named after a cut-off path
    finally:
        await store.close()


# --- WAL on a network share ----------------------------------------------------------------------
def test_windows_unc_paths_and_mapped_drives_are_network_shares() -> None:
    def drive_type(root: str) -> int:
        return DRIVE_REMOTE if root.upper() == "H:\\" else 3  # DRIVE_FIXED

    def share(path: str) -> bool:
        return on_network_share(path, platform="win32", drive_type=drive_type)

    assert share(r"\\fileserver\profiles$\alice\AgentDesk")
    assert share("//fileserver/profiles/alice")
    assert share(r"\\?\UNC\fileserver\profiles\alice")
    assert share(r"H:\AgentDesk\data")  # a mapped drive
    assert not share(r"C:\Users\alice\AppData\Local\AgentDesk")
    assert not share(r"\\?\C:\Users\alice\AppData")  # a long local path, not UNC
    assert not share(r"\\.\pipe\agentdesk")


def test_mount_tables_tell_network_file_systems() -> None:
    linux = [("/", "ext4"), ("/home", "ext4"), ("/home/alice/net", "cifs"), ("/mnt/nfs", "nfs4")]
    assert on_network_share("/home/alice/net/AgentDesk", platform="linux", mounts=lambda: linux)
    assert on_network_share("/mnt/nfs", platform="linux", mounts=lambda: linux)
    assert not on_network_share("/home/alice/.local/share/AgentDesk", platform="linux", mounts=lambda: linux)
    assert not on_network_share("/home/alice/network", platform="linux", mounts=lambda: linux)  # prefix
    mac = parse_mount_output(
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)\n"
        "//alice@fs.corp/home on /Volumes/home (smbfs, nodev, nosuid, mounted by alice)\n"
    )
    assert ("/Volumes/home", "smbfs") in mac
    assert on_network_share("/Volumes/home/AgentDesk", platform="darwin", mounts=lambda: mac)
    assert not on_network_share("/Users/alice/Library/Application Support/AgentDesk", platform="darwin",
                                mounts=lambda: mac)


async def test_the_store_uses_the_rollback_journal_on_a_network_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    monkeypatch.setattr("app.store.files._linux_mounts", lambda: [("/", "ext4"), (str(share), "cifs")])
    monkeypatch.setattr("app.store.files._macos_mounts", lambda: [("/", "apfs"), (str(share), "smbfs")])
    store = await Store.open(share / "cache.sqlite3")
    local = await Store.open(tmp_path / "local" / "cache.sqlite3")
    try:
        assert store._worker.journal_mode == "DELETE"
        assert local._worker.journal_mode == "WAL"
    finally:
        await store.close()
        await local.close()
    assert not (share / "cache.sqlite3-wal").exists()


def test_ntpath_is_the_windows_case_rule() -> None:
    assert ntpath.normcase(r"C:\AgentDesk\cache") == ntpath.normcase(r"C:\AgentDesk\Cache")
