"""The few Windows calls the desk makes itself (``ctypes``; nothing to install), and what they mean
elsewhere. Each takes the platform and the DLL as parameters so tests can play Windows.

- :func:`set_app_user_model_id`: the process's AppUserModelID, set before any window exists, equal
  to the one on the installer's Start-menu shortcut. Windows groups the taskbar button and names
  toasts by it; without it a frozen Python app's notifications say "Python".
- :func:`allow_foreground`: Windows lets only the process the user just started take the
  foreground. A second launch of AgentDesk has that right and the running desk does not, so the
  second passes it on (``AllowSetForegroundWindow`` with the first's pid) before asking it to show
  its window; without it Windows only flashes the taskbar button.
- :func:`windows_notifications_off`: whether Windows' own settings silence AgentDesk's toasts
  (all apps' notifications off, or this app's), read from the registry, so the desk can say so.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

ASFW_ANY = -1  # AllowSetForegroundWindow: any process
_PUSH = r"Software\Microsoft\Windows\CurrentVersion\PushNotifications"
_PER_APP = r"Software\Microsoft\Windows\CurrentVersion\Notifications\Settings"

# (key under HKEY_CURRENT_USER, value name) -> the DWORD there, or None when absent
RegistryReader = Callable[[str, str], int | None]


def _windll(name: str) -> Any:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    return getattr(windll, name) if windll is not None else None


def set_app_user_model_id(app_id: str, *, platform: str | None = None, shell32: Any = None) -> bool:
    """Set this process's AppUserModelID (Windows); ``True`` when Windows accepted it."""
    if (platform or sys.platform) != "win32":
        return False
    dll = shell32 if shell32 is not None else _windll("shell32")
    if dll is None:
        return False
    result = dll.SetCurrentProcessExplicitAppUserModelID(app_id)
    if result != 0:  # an HRESULT: 0 is S_OK
        log.warning("Windows did not take the AppUserModelID (HRESULT %#x)", result & 0xFFFFFFFF)
        return False
    return True


def allow_foreground(pid: int | None, *, platform: str | None = None, user32: Any = None) -> bool:
    """Let process ``pid`` (any process when ``None``) bring its window to the front (Windows)."""
    if (platform or sys.platform) != "win32":
        return False
    dll = user32 if user32 is not None else _windll("user32")
    if dll is None:
        return False
    return bool(dll.AllowSetForegroundWindow(pid if pid is not None else ASFW_ANY))


def windows_notifications_off(
    app_id: str, *, platform: str | None = None, read: RegistryReader | None = None
) -> bool:
    """Whether Windows' settings turn AgentDesk's toasts off: all notifications
    (``PushNotifications\\ToastEnabled`` = 0) or this app's (``Settings\\<AppUserModelID>\\Enabled`` = 0)."""
    if (platform or sys.platform) != "win32":
        return False
    reader = read or _read_hkcu_dword
    if reader(_PUSH, "ToastEnabled") == 0:
        return True
    return reader(f"{_PER_APP}\\{app_id}", "Enabled") == 0


def _read_hkcu_dword(key: str, name: str) -> int | None:
    try:
        winreg: Any = importlib.import_module("winreg")  # Windows only
    except ImportError:
        return None
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
            value, kind = winreg.QueryValueEx(handle, name)
    except OSError:
        return None
    return int(value) if kind == winreg.REG_DWORD else None


def notification_problem(
    *, platform: str | None = None, tray: bool, messages: bool, windows_off: bool = False
) -> str | None:
    """Why the desk's notifications would not show, as a code the UI words, or ``None``.

    ``no_tray``: this desktop has no system tray (some Linux desktops), so no pop-ups at all;
    ``windows_off``: Windows' settings silence them. macOS's permission is not something Qt lets the
    desk read or request (its tray delivers through the system's notification centre); the agent
    allows AgentDesk in System Settings → Notifications (docs/local-data.md says so).
    """
    platform = platform or sys.platform
    if not (tray and messages):
        return "no_tray"
    if platform == "win32" and windows_off:
        return "windows_off"
    return None
