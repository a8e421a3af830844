"""Issue 24, notifications per platform: the macOS menu-bar template icon, a notice when
notifications cannot appear, and Windows' own notification settings read from the registry.

Windows' registry and macOS's menu bar are not here: the registry answers are injected, and the
template icon is checked for what macOS needs (a mask: one colour, shape in the alpha channel).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow

from app.core.os_integration import notification_problem, set_app_user_model_id, windows_notifications_off
from app.policies.attention_policy import Attention
from app.ui.attention import AttentionService, tray_icon


def test_the_macos_menu_bar_icon_is_a_monochrome_template(qapp: Any) -> None:
    icon = tray_icon("darwin")
    assert icon.isMask()  # Qt hands it to macOS as a template image
    image = icon.pixmap(44, 44).toImage()
    colours = {(image.pixelColor(x, y).red(), image.pixelColor(x, y).green(), image.pixelColor(x, y).blue())
               for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).alpha() > 0}
    alphas = {image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())}
    assert colours == {(0, 0, 0)}  # one colour: macOS paints it to suit the menu bar
    assert 0 in alphas and 255 in alphas  # the shape is in the alpha channel
    assert not tray_icon("win32").isMask() and not tray_icon("linux").isMask()  # colour icons there


def test_which_platforms_cannot_show_a_notification() -> None:
    assert notification_problem(platform="linux", tray=False, messages=False) == "no_tray"
    assert notification_problem(platform="win32", tray=True, messages=True, windows_off=True) == "windows_off"
    assert notification_problem(platform="win32", tray=True, messages=True) is None
    assert notification_problem(platform="darwin", tray=True, messages=True, windows_off=True) is None


def test_windows_notification_settings_from_the_registry() -> None:
    app_id = "example.agentdesk.agentdesk"

    def registry(values: dict[tuple[str, str], int]) -> Any:
        return lambda key, name: values.get((key.rsplit("\\", 1)[-1], name))

    all_off = registry({("PushNotifications", "ToastEnabled"): 0})
    assert windows_notifications_off(app_id, platform="win32", read=all_off)
    assert windows_notifications_off(app_id, platform="win32", read=registry({(app_id, "Enabled"): 0}))
    assert not windows_notifications_off(app_id, platform="win32", read=registry({(app_id, "Enabled"): 1}))
    assert not windows_notifications_off(app_id, platform="win32", read=registry({}))
    assert not windows_notifications_off(app_id, platform="darwin", read=registry({(app_id, "Enabled"): 0}))


def test_the_app_user_model_id_is_set_on_windows_only() -> None:
    class Shell32:
        ids: list[str] = []

        def SetCurrentProcessExplicitAppUserModelID(self, app_id: str) -> int:
            self.ids.append(app_id)
            return 0  # S_OK

    shell32 = Shell32()
    assert set_app_user_model_id("example.agentdesk.agentdesk", platform="win32", shell32=shell32)
    assert not set_app_user_model_id("example.agentdesk.agentdesk", platform="linux", shell32=shell32)
    assert shell32.ids == ["example.agentdesk.agentdesk"]


def test_a_notification_that_cannot_appear_is_explained_once(qapp: Any) -> None:
    window = QMainWindow()
    try:
        service = AttentionService(window, problem="windows_off")
        news = Attention(notify=True, flash=False, sound=False, vip=False)
        service.alert(news, "New conversation", "Marcus Johnson")
        assert "Windows notifications are off" in window.statusBar().currentMessage()
        window.statusBar().clearMessage()
        service.alert(news, "New conversation", "Ada Lovelace")
        assert window.statusBar().currentMessage() == ""  # once, not at every message
        assert len(service.notifications) == 2  # still recorded (and flashed, sounded as set)
        quiet = AttentionService(window, problem=None)
        quiet.alert(news, "New conversation", "Marcus Johnson")
        assert quiet.notice_shown == ""
    finally:
        window.deleteLater()


def test_the_tray_menu_brings_the_desk_back(qapp: Any) -> None:
    """The tray menu's one action emits ``activated`` (it once handed the signal itself to
    ``addAction``, which PySide6 cannot call: clicking "Show AgentDesk" did nothing)."""
    window = QMainWindow()
    try:
        service = AttentionService(window, problem=None)
        shown: list[bool] = []
        service.activated.connect(lambda: shown.append(True))
        [action] = service.tray_menu().actions()
        assert action.text() == "Show AgentDesk"
        action.trigger()
        assert shown == [True]
    finally:
        window.deleteLater()
