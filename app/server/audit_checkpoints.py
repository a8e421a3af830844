"""Signed checkpoints of the audit log, written outside the database.

One JSON line per checkpoint, appended to ``<key file stem>.audit-checkpoints`` (mode 0600,
opened ``O_APPEND``): ``{"at", "count", "head_id", "head", "sig"}`` with ``sig =
HMAC-SHA256(audit key, "checkpoint|" + canonical JSON of the rest)``. A line is written when the
log's head moved since the last one: at start, every ``audit_checkpoint_interval`` seconds, at stop
and after each CLI command that writes audit rows. ``syslog`` (``--audit-syslog ADDRESS``) sends
the same line to a syslog daemon too, so a copy lives on another machine.

Someone who can rewrite the database but not this file (or the syslog host) cannot hide removed
rows; ``audit.walk`` checks every checkpoint. A line whose signature does not verify is reported
as such (the file was edited); a missing file while the log has rows is a failure too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.server import audit
from app.server.keys import check_permissions
from app.server.timeutil import utcnow

log = logging.getLogger(__name__)


class CheckpointError(Exception):
    """The checkpoint file is missing, unreadable or was edited."""


def _signed(key: bytes, body: dict[str, object]) -> str:
    return hmac.new(key, ("checkpoint|" + audit.canonical(body)).encode(), hashlib.sha256).hexdigest()


@dataclass
class Checkpoints:
    path: Path
    key: bytes
    syslog_address: str | None = None
    _last: audit.Anchor | None = None
    _syslog: logging.Logger | None = None

    def __repr__(self) -> str:
        return f"Checkpoints({self.path})"

    # --- writing ---------------------------------------------------------------------------------
    def write(self, session: Session, force: bool = False) -> bool:
        """Append the log's head if it moved (``force``: always). Runs on the database thread."""
        anchor = audit.head(session)
        if not force and anchor == self._last:
            return False
        if self._last is None and not force:
            latest = self.latest()
            if latest == anchor:
                self._last = anchor
                return False
        body: dict[str, object] = {
            "at": utcnow().isoformat(),
            "count": anchor.count,
            "head_id": anchor.head_id,
            "head": anchor.head,
        }
        line = audit.canonical({**body, "sig": _signed(self.key, body)})
        self._append(line)
        self._last = anchor
        if self.syslog_address:
            self._send_syslog(line)
        return True

    def _append(self, line: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            if sys.platform != "win32":
                check_permissions(self.path)
            os.write(fd, (line + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)

    def _send_syslog(self, line: str) -> None:
        if self._syslog is None:
            address: str | tuple[str, int] = self.syslog_address or "/dev/log"
            if isinstance(address, str) and ":" in address and not address.startswith("/"):
                host, _, port = address.rpartition(":")
                address = (host, int(port))
            handler = logging.handlers.SysLogHandler(address=address)
            logger = logging.getLogger("agentdesk.audit.checkpoints")
            logger.propagate = False
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)
            self._syslog = logger
        try:
            self._syslog.info("agentdesk audit checkpoint %s", line)
        except Exception:
            log.warning("an audit checkpoint could not be sent to syslog")

    # --- reading ---------------------------------------------------------------------------------
    def read(self) -> list[audit.Anchor]:
        """Every checkpoint, oldest first; ``CheckpointError`` on an edited or unreadable file."""
        if not self.path.exists():
            return []
        anchors = []
        for number, line in enumerate(self.path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                sig = str(entry.pop("sig"))
                count, head_id, head = int(entry["count"]), entry["head_id"], str(entry["head"])
            except (ValueError, KeyError, TypeError):
                raise CheckpointError(f"line {number} of {self.path} is not a checkpoint") from None
            if not hmac.compare_digest(sig, _signed(self.key, entry)):
                raise CheckpointError(
                    f"line {number} of {self.path} has a bad signature: the file was edited"
                )
            anchors.append(audit.Anchor(count, int(head_id) if head_id is not None else None, head))
        return anchors

    def latest(self) -> audit.Anchor | None:
        try:
            found = self.read()
        except CheckpointError:
            return None
        return found[-1] if found else None


def verify(session: Session, checkpoints: Checkpoints) -> audit.VerifyResult:
    """The chain and every checkpoint. No checkpoint file while the log has rows is a failure:
    the server writes one at its first start, so its absence means it was removed."""
    try:
        anchors = checkpoints.read()
    except CheckpointError as exc:
        return audit.VerifyResult(False, 0, None, str(exc))
    result = audit.walk(session, checkpoints.key, anchors)
    if result.ok and not anchors and result.checked:
        return audit.VerifyResult(
            False,
            result.checked,
            None,
            f"no checkpoints in {checkpoints.path}: the newest rows cannot be vouched for (file removed?)",
        )
    return result
