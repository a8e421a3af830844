"""One AgentDesk per user: a second launch brings the first window forward and exits.

Two desks on one cache would race for the outbox and the keyring entry, and an agent who clicks
the icon again wants the window they already have. The first instance listens on a per-user local
socket (a named pipe on Windows, a Unix socket elsewhere, readable by this user only); a later one
connects, asks it to show itself and quits. A socket left behind by a crash is removed and reused.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app import APP_NAME

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 500
READ_TIMEOUT_MS = 100


def server_name(scope: str, home: Path) -> str:
    """A name per OS user, data folder (a portable install is its own desk) and scope ("desk" or
    "demo", so a demo never hides the real desk)."""
    key = f"{APP_NAME}|{getpass.getuser()}|{home.resolve()}|{scope}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return f"agentdesk-{digest}"


class SingleInstance(QObject):
    activated = Signal()  # a later launch asked this one to come to the front

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this is the first instance (now listening); False when another one was asked
        to show itself. Runs before the event loop starts, so the short waits block nothing."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
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
        # The peer writes its one line right after connecting, so a short bounded wait here is all
        # it takes; no per-socket callbacks that could outlive this object.
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(READ_TIMEOUT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                self.activated.emit()
            socket.disconnectFromServer()
            socket.deleteLater()
