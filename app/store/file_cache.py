"""Attachments the desk opened, kept sealed beside the cache: opening one again costs no download.

A folder next to the cache file (``<cache>.files``), one file per (attachment, variant), each
sealed with the cache's own key (AES-256-GCM, the associated data naming the attachment and the
variant, so a file renamed to another attachment does not open). Same rules as the rest of the
cache: nothing readable without the key from the OS keyring; gone with the cache (``Store.wipe``,
a changed key). At most ``MAX_BYTES`` are kept; the least recently used files go first. Runs on
the store's worker thread (file I/O never on the Qt loop).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Final

from app.store.cache.crypto import CacheCipher, CacheLocked, UnreadableCache

MAX_BYTES: Final = 256 * 1024 * 1024
_LABEL: Final = "attachment"


def folder_of(cache_path: Path) -> Path:
    return cache_path.with_name(cache_path.name + ".files")


def _name(attachment_id: int, variant: str) -> str:
    if variant not in ("file", "thumbnail"):
        raise ValueError("variant must be 'file' or 'thumbnail'")
    return f"{int(attachment_id)}-{variant}.sealed"


def read(folder: Path, cipher: CacheCipher | None, attachment_id: int, variant: str) -> bytes | None:
    """The cached bytes, or None (not cached, or not opening with this key: then removed)."""
    if cipher is None:
        raise CacheLocked("the cache is locked")
    path = folder / _name(attachment_id, variant)
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = cipher.open_bytes(_LABEL, f"{attachment_id}/{variant}", blob)
    except UnreadableCache:
        path.unlink(missing_ok=True)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used
    return data


def keep(folder: Path, cipher: CacheCipher | None, attachment_id: int, variant: str, data: bytes) -> None:
    if cipher is None:
        raise CacheLocked("the cache is locked")
    folder.mkdir(parents=True, exist_ok=True)
    sealed = cipher.seal_bytes(_LABEL, f"{attachment_id}/{variant}", data)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(sealed)
        os.replace(tmp, folder / _name(attachment_id, variant))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    prune(folder)


def prune(folder: Path, limit: int = MAX_BYTES) -> int:
    """Remove the least recently used files until the folder holds at most ``limit`` bytes."""
    try:
        entries = [(p.stat().st_mtime, p.stat().st_size, p) for p in folder.glob("*.sealed")]
    except OSError:
        return 0
    total = sum(size for _, size, _ in entries)
    removed = 0
    for _, size, path in sorted(entries, key=lambda e: e[0]):
        if total <= limit:
            break
        path.unlink(missing_ok=True)
        total -= size
        removed += 1
    return removed


def remove_all(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
