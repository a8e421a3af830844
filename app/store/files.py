"""File operations that survive a Windows desk: locks held for a moment, network shares, odd paths.

Why: on an agent's Windows PC an antivirus scanner or the search indexer opens a file the moment it
changes and holds it for a few hundred milliseconds; deleting or renaming it then fails with
``PermissionError`` (WinError 32, "being used by another process", or 5). "Remove this desk's
data", the cache migration and log rotation retry such failures with a short backoff instead of
failing. Anything else (a missing folder, a full disk) is not retried.

SQLite's WAL needs shared memory between the processes that open a database, which a network
share does not give (https://sqlite.org/wal.html, "WAL does not work over a network filesystem").
The cache normally lives in the local profile, but a redirected profile or ``AGENTDESK_HOME`` on a
share puts it there; :func:`on_network_share` tells, and the store then uses the rollback journal.

SQLite URLs are built with SQLAlchemy's :class:`~sqlalchemy.engine.URL`, never by pasting a path
into a string: a drive letter, a UNC path or a folder named ``#1 ?%`` stay one file name.
"""

from __future__ import annotations

import errno
import logging
import ntpath
import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath
from typing import TypeVar

from sqlalchemy.engine import URL

log = logging.getLogger(__name__)
T = TypeVar("T")

# Waits between attempts: about 1.5 s in all, enough for a scanner, short enough for a dialog.
BACKOFF_S: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4, 0.8)
_LOCK_WINERRORS = frozenset({5, 32, 33})  # access denied, sharing violation, lock violation

# Mount types of network file systems (Linux /proc/self/mounts, macOS mount(8)).
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "webdav", "davfs", "fuse.davfs",
    "fuse.sshfs", "sshfs", "9p", "ncpfs", "afs", "ceph", "glusterfs", "fuse.glusterfs", "lustre",
})
DRIVE_REMOTE = 4  # GetDriveTypeW


def is_lock_error(exc: BaseException) -> bool:
    """A failure that another process holding the file explains (worth waiting for)."""
    if isinstance(exc, PermissionError):
        return True
    return isinstance(exc, OSError) and getattr(exc, "winerror", None) in _LOCK_WINERRORS


def retry_on_lock(
    operation: Callable[[], T], *, what: str, backoff: Iterable[float] = BACKOFF_S,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """``operation()``, retried after each wait in ``backoff`` while it fails with a lock error."""
    waits = list(backoff)
    for attempt in range(len(waits) + 1):
        try:
            return operation()
        except OSError as exc:
            if not is_lock_error(exc) or attempt == len(waits):
                raise
            log.info("%s: the file is in use (%s); retrying", what, type(exc).__name__)
            sleep(waits[attempt])
    raise AssertionError("unreachable")


Sleep = Callable[[float], None]


def remove_file(path: Path, *, sleep: Sleep = time.sleep) -> None:
    """Delete one file (absent is fine), waiting out a scanner's lock."""
    retry_on_lock(lambda: Path(path).unlink(missing_ok=True), what="removing a file", sleep=sleep)


def remove_tree(path: Path, *, sleep: Sleep = time.sleep) -> None:
    """Delete a folder and everything in it (absent is fine), each entry retried while locked."""
    folder = Path(path)
    if not folder.exists():
        return

    def again(function: Callable[[str], object], name: str, _exc: object) -> None:
        if os.path.exists(name):
            os.chmod(name, os.stat(name).st_mode | stat.S_IWRITE)  # a read-only file (Windows)
        retry_on_lock(lambda: function(name), what="removing data", sleep=sleep)

    if sys.version_info >= (3, 12):
        retry_on_lock(lambda: shutil.rmtree(folder, onexc=again), what="removing data", sleep=sleep)
    else:
        retry_on_lock(lambda: shutil.rmtree(folder, onerror=again), what="removing data", sleep=sleep)


def replace_file(source: Path, target: Path, *, sleep: Sleep = time.sleep) -> None:
    """``os.replace`` (same volume: atomic), waiting out a scanner's lock."""
    retry_on_lock(lambda: os.replace(source, target), what="moving a file", sleep=sleep)


# --- SQLite ---------------------------------------------------------------------------------------
def sqlite_url(path: PurePath | str) -> URL:
    """The SQLAlchemy URL of a SQLite file, whatever characters or drive its path has."""
    return URL.create("sqlite", database=str(path))


def _is_unc(path: str) -> bool:
    """``\\\\server\\share\\...`` or ``\\\\?\\UNC\\server\\...``; not ``\\\\?\\C:\\`` or ``\\\\.\\``."""
    normal = path.replace("/", "\\")
    if normal.upper().startswith("\\\\?\\UNC\\"):
        return True
    return normal.startswith("\\\\") and not normal.startswith(("\\\\?\\", "\\\\.\\"))


def on_network_share(
    path: PurePath | str, *, platform: str | None = None,
    drive_type: Callable[[str], int] | None = None,
    mounts: Callable[[], list[tuple[str, str]]] | None = None,
) -> bool:
    """Whether ``path`` lies on a network file system (SMB, NFS, AFP, WebDAV, ...).

    Windows: a UNC path, or a drive letter whose root ``GetDriveTypeW`` calls remote (a mapped
    drive). Elsewhere: the type of the mount point that holds the path. ``drive_type`` and
    ``mounts`` stand in for the OS in tests; a question the OS does not answer means "local".
    """
    platform = platform or sys.platform
    text = str(path)
    if platform == "win32":
        if _is_unc(text):
            return True
        drive = ntpath.splitdrive(text)[0]
        if not drive:
            return False
        reader = drive_type or _windows_drive_type
        return reader(drive + "\\") == DRIVE_REMOTE
    table = (mounts or (_macos_mounts if platform == "darwin" else _linux_mounts))()
    best, kind = "", ""
    for mount_point, fs_type in table:
        prefix = mount_point.rstrip("/") + "/"
        holds = text == mount_point or text.startswith(prefix) or mount_point == "/"
        if holds and len(mount_point) >= len(best):  # the deepest (and last, if mounted over) wins
            best, kind = mount_point, fs_type
    return kind.lower() in NETWORK_FS_TYPES


def _windows_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


def _linux_mounts() -> list[tuple[str, str]]:
    """(mount point, type) from /proc/self/mounts (octal escapes such as ``\\040`` decoded)."""
    try:
        lines = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    table = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            point = fields[1].encode().decode("unicode_escape")
            table.append((point, fields[2]))
    return table


def _macos_mounts() -> list[tuple[str, str]]:
    """(mount point, type) from ``mount``: ``//u@srv/share on /Volumes/share (smbfs, nodev, ...)``."""
    try:
        out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_mount_output(out)


def parse_mount_output(text: str) -> list[tuple[str, str]]:
    table = []
    for line in text.splitlines():
        device_and_point, sep, options = line.rpartition(" (")
        _device, on, point = device_and_point.partition(" on ")
        if sep and on:
            table.append((point, options.split(",")[0].strip(" )")))
    return table


def journal_mode_for(path: Path) -> str:
    """``WAL`` on a local disk; ``DELETE`` (the rollback journal) on a network share, with a warning."""
    try:
        remote = on_network_share(path.parent)
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.EACCES):
            log.warning("could not tell whether the cache is on a network share (%s)", type(exc).__name__)
        remote = False
    if remote:
        log.warning("the local cache is on a network share: SQLite's WAL does not work there, so it "
                    "uses the slower rollback journal (keep the data folder on a local disk)")
        return "DELETE"
    return "WAL"
