"""Carries out the attention the core decided (:mod:`app.policies.attention_policy`).

Tray icon with the unread count (when the platform has a tray), desktop notifications through
the tray, taskbar flashing via ``QApplication.alert`` and a sound. PySide6-Essentials has no
QtMultimedia, so sounds play through the platform's own player (``winsound`` on Windows,
``afplay`` on macOS, ``paplay``/``aplay`` on Linux) and fall back to the system beep.
"""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from app.policies.attention_policy import Attention
from app.ui import resources


def _player() -> list[str] | None:
    if sys.platform == "darwin":
        return ["afplay"]
    for name in ("paplay", "aplay"):
        found = shutil.which(name)
        if found:
            return [found] + (["-q"] if name == "aplay" else [])
    return None


class AttentionService(QObject):
    """One per main window."""

    activated = Signal()  # the agent clicked the tray icon or a notification

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.tray: QSystemTrayIcon | None = None
        self.sounds_played: list[str] = []  # what was played (tests, and a debugging aid)
        self.notifications: list[tuple[str, str, bool]] = []
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(resources.app_icon(), self)
            menu = QMenu(window)
            menu.addAction(self.tr("Show AgentDesk"), self.activated)
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.messageClicked.connect(self.activated)
            self.tray.show()

    def set_unread(self, count: int) -> None:
        if self.tray is not None:
            self.tray.setToolTip(
                self.tr("AgentDesk — %1 unread").replace("%1", str(count)) if count else "AgentDesk"
            )

    def alert(self, attention: Attention, title: str, text: str) -> None:
        if attention.notify:
            self.notifications.append((title, text, attention.vip))
            if self.tray is not None and QSystemTrayIcon.supportsMessages():
                icon = (
                    QSystemTrayIcon.MessageIcon.Warning
                    if attention.vip
                    else QSystemTrayIcon.MessageIcon.Information
                )
                self.tray.showMessage(title, text, icon, 8000 if attention.vip else 5000)
        if attention.flash:
            QApplication.alert(self._window, 0 if attention.vip else 3000)
        if attention.sound:
            self.play("vip" if attention.vip else "message")

    def play(self, kind: str) -> None:
        self.sounds_played.append(kind)
        if QApplication.platformName() in ("offscreen", "minimal"):
            return  # headless (tests, screenshots): decide, but make no noise
        path = str(resources.path("sounds", f"{kind}.wav"))
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(path, winsound.SND_FILENAME | winsound.SND_ASYNC)
            return
        player = _player()
        if player is None:
            QApplication.beep()
            return
        QProcess.startDetached(player[0], [*player[1:], path])

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()

    @staticmethod
    def icon() -> QIcon:
        return resources.app_icon()
