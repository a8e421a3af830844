"""Carries out the attention the core decided (:mod:`app.policies.attention_policy`).

Tray icon with the unread count (when the platform has a tray), desktop notifications through
the tray, taskbar flashing via ``QApplication.alert`` and a sound. PySide6-Essentials has no
QtMultimedia, so sounds play through the platform's own player (``winsound`` on Windows,
``afplay`` on macOS, ``paplay``/``aplay`` on Linux) and fall back to the system beep.

On macOS the menu-bar icon is a monochrome template image (macOS tints it for a light or dark
menu bar); elsewhere the tray shows the app's colour icon. When a notification cannot appear (no
system tray; Windows' notification settings off for AgentDesk) the window's status bar says so
once, rather than the agent missing new conversations without knowing why.
"""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon, QWidget

from app import BUNDLE_ID
from app.core.os_integration import notification_problem, windows_notifications_off
from app.policies.attention_policy import Attention
from app.ui import resources

NOTICE_MS = 20_000


def tray_icon(platform: str | None = None) -> QIcon:
    """The menu-bar template image on macOS, the colour app icon elsewhere."""
    if (platform or sys.platform) == "darwin":
        icon = QIcon(str(resources.path("icons", "tray-template.svg")))
        icon.setIsMask(True)
        return icon
    return resources.app_icon()


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

    def __init__(
        self, window: QWidget, parent: QObject | None = None, problem: str | None = "detect"
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self.tray: QSystemTrayIcon | None = None
        self.sounds_played: list[str] = []  # what was played (tests, and a debugging aid)
        self.notifications: list[tuple[str, str, bool]] = []
        self.notice_shown = ""  # the "notifications are off" notice, once shown
        self.problem = problem if problem != "detect" else notification_problem(
            tray=QSystemTrayIcon.isSystemTrayAvailable(), messages=QSystemTrayIcon.supportsMessages(),
            windows_off=windows_notifications_off(BUNDLE_ID))
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(tray_icon(), self)
            self.tray.setContextMenu(self.tray_menu())
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.messageClicked.connect(self.activated)
            self.tray.show()

    def tray_menu(self) -> QMenu:
        """The tray icon's menu. Its action emits :attr:`activated` from a slot: a signal handed to
        ``addAction`` as the slot is not callable, and the action did nothing."""
        menu = QMenu(self._window)
        menu.addAction(self.tr("Show AgentDesk"), lambda: self.activated.emit())
        return menu

    def set_unread(self, count: int) -> None:
        if self.tray is not None:
            self.tray.setToolTip(
                self.tr("AgentDesk — %1 unread").replace("%1", str(count)) if count else "AgentDesk"
            )

    def alert(self, attention: Attention, title: str, text: str) -> None:
        if attention.notify:
            self.notifications.append((title, text, attention.vip))
            if self.problem and not self.notice_shown:
                self._show_notice(self.problem)
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

    def _show_notice(self, problem: str) -> None:
        if problem == "windows_off":
            notice = self.tr("Windows notifications are off for AgentDesk: new conversations do not pop "
                             "up. Turn them on in Settings → System → Notifications.")
        else:
            notice = self.tr("This desktop shows no notifications (no system tray): new conversations "
                             "flash the taskbar and play a sound instead.")
        self.notice_shown = notice
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(notice, NOTICE_MS)

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
