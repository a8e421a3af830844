"""Issue 24 (the UI half), with the platform injected so every OS's table is tested here:

* keys and menus: on macOS Qt's Ctrl is ⌘, and ⌘↑/⌘↓ (⌥↑/⌥↓, ⌃↑/⌃↓) move the cursor in text
  fields, so "next conversation" must use keys no text field binds; shortcut text in the UI is
  the OS's own (``NativeText``), never a hard-coded "Ctrl+F"; Settings, Quit and About carry
  menu roles;
* fonts: the OS's UI font first, then the platform's Chinese fonts; sizes follow the OS's text size;
* theme and size: the "system" theme follows the OS live; the window fits the available screen.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

from app.ui import commands, fonts, theme
from app.ui.main_window import initial_size

# Qt's macOS text-editing bindings on ↑/↓ (qplatformtheme.cpp, KB_Mac entries), in Qt's spelling
# where Ctrl is ⌘, Meta is ⌃ and Alt is ⌥: a text field with focus takes these keys first.
MAC_TEXT_KEYS = {
    "Ctrl+Up", "Ctrl+Down",  # start / end of document
    "Alt+Up", "Alt+Down",  # start / end of block
    "Meta+Up", "Meta+Down",  # page up / down
    "Shift+Up", "Shift+Down", "Ctrl+Shift+Up", "Ctrl+Shift+Down", "Alt+Shift+Up", "Alt+Shift+Down",
    "Up", "Down",
}
# The same for Windows and X11 (Ctrl+Home/End are theirs; nothing with Ctrl or Alt and ↑/↓).
PC_TEXT_KEYS = {"Up", "Down", "Shift+Up", "Shift+Down", "PgUp", "PgDown"}


def portable(keys: list[QKeySequence]) -> set[str]:
    return {k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys}


@pytest.mark.parametrize("platform", ["darwin", "win32", "linux"])
def test_next_and_previous_use_keys_text_fields_do_not_eat(qapp: QApplication, platform: str) -> None:
    eaten = MAC_TEXT_KEYS if platform == "darwin" else PC_TEXT_KEYS
    for key in ("next", "previous"):
        keys = portable(commands.shortcuts_for(key, platform))
        assert keys and not keys & eaten, (platform, key, keys)
    assert portable(commands.shortcuts_for("next", "darwin")) == {"Ctrl+Alt+Down"}  # ⌥⌘↓
    assert portable(commands.shortcuts_for("next", "win32")) == {"Ctrl+Down", "Alt+Down"}


def test_ctrl_down_reaches_the_window_from_a_focused_reply_box(qapp: QApplication) -> None:
    window = QMainWindow()
    box = QPlainTextEdit("line 1\nline 2")
    window.setCentralWidget(box)
    fired: list[str] = []
    action = QAction("next", window)
    action.setShortcuts(commands.shortcuts_for("next"))
    action.triggered.connect(lambda: fired.append("next"))
    window.addAction(action)
    try:
        window.show()
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        assert fired == ["next", "next"]
    finally:
        window.close()
        window.deleteLater()


def test_view_tabs_get_ctrl_numbers_in_the_order_they_are_shown() -> None:
    views = ["all", "mine", "unassigned", "vip"]
    assert commands.view_shortcuts(views) == {
        "view_all": "Ctrl+1", "view_mine": "Ctrl+2", "view_unassigned": "Ctrl+3", "view_vip": "Ctrl+4"}
    assert portable(commands.shortcuts_for("view_all", "linux", views)) == {"Ctrl+1"}


def test_settings_quit_and_about_have_menu_roles_and_nothing_else_moves(qapp: QApplication) -> None:
    window = QMainWindow()
    handlers = {spec.key: (lambda: None) for spec in commands.SPECS}
    actions = commands.build(window, handlers, views=["all", "mine"])
    roles = {key: action.menuRole() for key, action in actions.items()}
    assert roles.pop("settings") == QAction.MenuRole.PreferencesRole
    assert roles.pop("quit") == QAction.MenuRole.QuitRole
    assert roles.pop("about") == QAction.MenuRole.AboutRole
    assert set(roles.values()) == {QAction.MenuRole.NoRole}  # no text heuristics ("Settings…" in Chinese)
    window.deleteLater()


def test_shortcut_text_in_the_ui_is_native(qapp: QApplication) -> None:
    from app.ui.panes.composer import Composer

    composer = Composer()
    assert commands.native("Ctrl+Shift+I") in composer.internal.toolTip()
    composer.deleteLater()
    import re
    from pathlib import Path

    ui = Path(commands.__file__).parent
    written = [
        f"{path.name}: {m.group(0)}"
        for path in ui.rglob("*.py")
        for m in re.finditer(
            r'(?:\btr\(\s*|translate\(\s*"\w+",\s*)"[^"\n]*(?:Ctrl|Cmd)\+[^"\n]*"', path.read_text()
        )
    ]
    assert not written, written  # no key written into a translatable string


@pytest.mark.parametrize(
    ("platform", "first_cjk"),
    [("darwin", "PingFang SC"), ("win32", "Microsoft YaHei UI"), ("linux", "Noto Sans CJK SC")],
)
def test_fonts_are_the_os_font_then_the_platforms_chinese_fonts(platform: str, first_cjk: str) -> None:
    families = fonts.ui_families(".AppleSystemUIFont" if platform == "darwin" else "Segoe UI", platform)
    assert families[0] in (".AppleSystemUIFont", "Segoe UI")  # never a Latin font the OS may lack
    assert families[1] == first_cjk
    assert "Inter" not in families
    assert fonts.ui_families("Noto Sans CJK SC", "linux").count("Noto Sans CJK SC") == 1


def test_sizes_follow_the_os_text_size() -> None:
    assert fonts.base_pixels(12) == fonts.MIN_PIXELS  # Windows' 9 pt
    assert fonts.base_pixels(20) == 20  # a 150 % text size
    sheet = theme.style_sheet(theme.load_tokens("light"), 20)
    assert "font-size: 23px" in sheet  # titles grow with the text (15 px at 13)
    assert "13px" not in sheet


def test_the_system_theme_follows_the_os_live(qapp: QApplication) -> None:
    theme.apply(qapp, "light")
    changes: list[str] = []
    setting = ["system"]
    follower = theme.SystemTheme(qapp, lambda: setting[0], changes.append)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() == "dark" and changes == ["dark"]
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current() == "light"
    setting[0] = "dark"  # a fixed choice is kept whatever the OS says
    theme.apply(qapp, "dark")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current() == "dark"
    follower.deleteLater()
    theme.apply(qapp, "light")


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (QSize(2560, 1400), QSize(1440, 880)),  # room enough: the preferred size
        (QSize(1280, 680), QSize(1264, 632)),  # 1920×1080 at 150 %: the screen, not 1440×880
        (QSize(1366, 728), QSize(1350, 680)),
    ],
)
def test_the_window_is_sized_to_the_available_screen(available: QSize, expected: QSize) -> None:
    size = initial_size(available)
    assert size == expected
    assert size.width() <= available.width() and size.height() <= available.height()


def test_initial_size_leaves_room_for_the_frame() -> None:
    any_size: Any = initial_size(QSize(1000, 700))
    assert any_size.width() < 1000 and any_size.height() < 700
