"""One AgentDesk per user: a second launch brings the first window forward and exits.

Two desks on one cache would race for the outbox and the keyring entry, and an agent who clicks
the icon again wants the window they already have. The first instance listens on a per-user local
socket (a named pipe on Windows, a Unix socket elsewhere, readable by this user only); a later one
connects, asks it to show itself and quits. A socket left behind by a crash is removed and reused.

The exchange: the first writes ``pid <its pid>``; the second, which Windows lets take the
foreground because the user just started it, passes that right to the first
(``AllowSetForegroundWindow``, :mod:`app.core.os_integration`) and then writes ``activate``.
Without the pid (an older first instance) it allows any process. Whether the window really came
to the front is the first's to tell (:meth:`Shell.bring_to_front`): the second only asked.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app import APP_NAME
from app.core.os_integration import allow_foreground

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
PID = b"pid "
CONNECT_TIMEOUT_MS = 500
READ_TIMEOUT_MS = 500


def server_name(scope: str, home: Path) -> str:
    """A name per OS user, data folder (a portable install is its own desk) and scope ("desk" or
    "demo", so a demo never hides the real desk)."""
    key = f"{APP_NAME}|{getpass.getuser()}|{home.resolve()}|{scope}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return f"agentdesk-{digest}"


class SingleInstance(QObject):
    activated = Signal()  # a later launch asked this one to come to the front

    def __init__(
        self, name: str, parent: QObject | None = None,
        allow: Callable[[int | None], bool] = allow_foreground,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None
        self._allow = allow  # passes this launch's foreground right on (Windows)
        self.first_pid: int | None = None  # the running desk's pid, as a later launch learnt it

    def claim(self) -> bool:
        """True when this is the first instance (now listening); False when another one was asked
        to show itself. Runs before the event loop starts, so the short waits block nothing."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            self.first_pid = _read_pid(probe)
            self._allow(self.first_pid)  # before asking: the first may then take the foreground
            probe.write(ACTIVATE)
            probe.waitForBytesWritten(CONNECT_TIMEOUT_MS)
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # a crashed instance's socket file
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance socket unavailable (%s); running anyway", server.errorString())
            return True
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _accept(self) -> None:
        # The peer answers our pid line at once (or had written before it: an older launch), so a
        # short bounded wait here is all it takes; no per-socket callbacks that could outlive this.
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(20)  # written already?
            if not arrived:
                socket.write(PID + str(os.getpid()).encode() + b"\n")
                socket.waitForBytesWritten(READ_TIMEOUT_MS)
                arrived = socket.waitForReadyRead(READ_TIMEOUT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                self.activated.emit()
            socket.disconnectFromServer()
            socket.deleteLater()


def _read_pid(socket: QLocalSocket) -> int | None:
    """The running desk's ``pid N`` line, or None (an older desk that does not send it)."""
    if socket.bytesAvailable() <= 0 and not socket.waitForReadyRead(READ_TIMEOUT_MS):
        return None
    line = bytes(socket.readLine(64).data()).strip()
    if not line.startswith(PID.strip()):
        return None
    try:
        return int(line[len(PID):])
    except ValueError:
        return None
