"""A TOML policy file (SLA targets, teams): read and validated at start, where a bad file stops the
server, then reloaded when it changes — a ``stat`` per look, so an edit applies without a restart.
A change that does not validate is logged and ignored (the previous policy stays), once per bad
version of the file; a file gone for a moment (an editor saving) keeps the last policy too."""

from __future__ import annotations

import logging
import os
import threading
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

log = logging.getLogger("app.server.policy_file")
T = TypeVar("T")
Stamp = tuple[int, int, int]


def load_toml(
    path: str | os.PathLike[str], parse: Callable[[dict[str, Any], str], T], error: type[Exception]
) -> T:
    """``parse`` of the file's TOML; ``error`` (naming the file) if it cannot be read or is unusable."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML ({exc})") from None
    try:
        return parse(data, str(path))
    except error as exc:
        raise error(f"{path}: {exc}") from None


class ReloadingPolicy(Generic[T]):
    """The current policy of one file. Used on the database thread (and the start-up path); a lock
    keeps a reload atomic anyway."""

    def __init__(
        self, path: Path, load: Callable[[Path], T], error: type[Exception], what: str, kept: str
    ) -> None:
        self.path = path
        self._load, self._error, self._what, self._kept = load, error, what, kept
        self._lock = threading.Lock()
        self._stamp = self._stat()
        self._policy = load(path)  # refuses to start on a bad file
        self._bad_stamp: Stamp | None = None

    def _stat(self) -> Stamp | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def current(self) -> T:
        stamp = self._stat()
        if stamp == self._stamp or stamp is None or stamp == self._bad_stamp:
            return self._policy  # unchanged, or gone for a moment (an editor saving): keep the last
        with self._lock:
            if stamp != self._stamp:
                try:
                    self._policy = self._load(self.path)
                    self._stamp = stamp
                    self._bad_stamp = None
                    log.info("%s reloaded from %s", self._what, self.path)
                except self._error as exc:
                    self._bad_stamp = stamp
                    log.error("%s change ignored, %s: %s", self._what, self._kept, exc)
        return self._policy
