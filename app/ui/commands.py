"""The window's commands: one ``QAction`` each, with its shortcut, in menus, Help and Ctrl+K.

Defined once here so the menu, the shortcut list in Help and the command palette can never
disagree. Handlers are the main window's slots (passed in), which forward to controllers.

Per platform (:func:`shortcuts_for`, the platform a parameter so every OS's table is tested
anywhere): on macOS Qt's "Ctrl" is ⌘, and ⌘↑/⌘↓ (like ⌥↑/⌥↓ and ⌃↑/⌃↓) are text fields' own
"start/end of document" keys, so a focused reply box ate "next conversation"; there it is ⌥⌘↓
(``Ctrl+Alt+Down``), which no text field binds. Elsewhere Ctrl+↓ stays, with Alt+↓ as a second
key. The view tabs get Ctrl+1 … in the order they are shown (:func:`view_shortcuts`). Settings,
Quit and About carry menu roles, so macOS puts them in the application menu whatever the language
(its text heuristics only know English), and nothing else is moved there.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.fonts import platform_key
from app.ui.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


@dataclass(frozen=True, slots=True)
class CommandSpec:
    key: str
    menu: str  # "desk", "conversation", "view", "help"
    shortcut: str | QKeySequence.StandardKey | None


SPECS: tuple[CommandSpec, ...] = (
    CommandSpec("next", "conversation", "Ctrl+Down"),  # macOS: see MAC_SHORTCUTS
    CommandSpec("previous", "conversation", "Ctrl+Up"),
    CommandSpec("assign_me", "conversation", "Ctrl+Shift+A"),
    CommandSpec("resolve", "conversation", "Ctrl+Shift+R"),
    CommandSpec("pop_out", "conversation", "Ctrl+Shift+O"),
    CommandSpec("internal_note", "conversation", "Ctrl+Shift+I"),
    CommandSpec("edit_ticket", "conversation", "Ctrl+Shift+E"),
    CommandSpec("transfer_team", "conversation", "Ctrl+Shift+T"),
    CommandSpec("escalate", "conversation", "Ctrl+Shift+X"),
    CommandSpec("freeze_request", "conversation", None),  # to the risk team (issue 23)
    CommandSpec("focus_search", "desk", QKeySequence.StandardKey.Find),
    CommandSpec("focus_composer", "desk", "Ctrl+R"),
    CommandSpec("canned", "desk", "Ctrl+/"),
    CommandSpec("palette", "desk", "Ctrl+K"),
    CommandSpec("view_all", "view", None),  # Ctrl+1 … in the tabs' order: view_shortcuts()
    CommandSpec("view_mine", "view", None),
    CommandSpec("view_unassigned", "view", None),
    CommandSpec("view_vip", "view", None),
    CommandSpec("view_my_clients", "view", None),
    CommandSpec("view_mentions", "view", None),
    CommandSpec("book", "view", "Ctrl+Shift+B"),
    CommandSpec("team_load", "view", None),
    CommandSpec("live_floor", "view", None),  # supervisors and VIP managers (issue 20)
    CommandSpec("run_macro", "conversation", "Ctrl+Shift+M"),  # on the selected conversations
    CommandSpec("reports", "view", None),
    CommandSpec("edit_macros", "view", None),  # supervisors
    CommandSpec("available", "desk", None),
    CommandSpec("busy", "desk", None),
    CommandSpec("away", "desk", None),
    CommandSpec("backup", "desk", None),
    CommandSpec("audit_log", "desk", None),  # supervisors
    CommandSpec("declare_incident", "desk", None),  # supervisors (issue 23)
    CommandSpec("settings", "desk", QKeySequence.StandardKey.Preferences),
    CommandSpec("sign_out", "desk", None),
    CommandSpec("quit", "desk", QKeySequence.StandardKey.Quit),
    CommandSpec("shortcuts", "help", "F1"),
    CommandSpec("about", "help", None),
    CommandSpec("customer_chat", "help", None),  # --demo only: play the customer
)


#: Second keys everywhere but macOS (Alt+↓ is free in text fields on Windows and Linux).
ALTERNATES: dict[str, str] = {"next": "Alt+Down", "previous": "Alt+Up"}
#: macOS: ⌥⌘↓/⌥⌘↑ (Qt's Ctrl is ⌘), because ⌘↓, ⌥↓ and ⌃↓ move the cursor in text fields.
MAC_SHORTCUTS: dict[str, tuple[str, ...]] = {"next": ("Ctrl+Alt+Down",), "previous": ("Ctrl+Alt+Up",)}
#: Where macOS puts a command (the application menu); every other command stays where it is.
MENU_ROLES: dict[str, QAction.MenuRole] = {
    "settings": QAction.MenuRole.PreferencesRole,
    "quit": QAction.MenuRole.QuitRole,
    "about": QAction.MenuRole.AboutRole,
}


def view_shortcuts(views: Sequence[str]) -> dict[str, str]:
    """Ctrl+1 … Ctrl+9 for the view tabs in the order they are shown (``view_<code>`` keys)."""
    return {f"view_{code}": f"Ctrl+{n}" for n, code in enumerate(views[:9], start=1)}


def shortcuts_for(
    key: str, platform: str = sys.platform, views: Sequence[str] = ()
) -> list[QKeySequence]:
    """The key sequences of command ``key`` on ``platform`` (``darwin``, ``win32``, ``linux``)."""
    if key in view_shortcuts(views):
        return [QKeySequence(view_shortcuts(views)[key])]
    if platform_key(platform) == "darwin" and key in MAC_SHORTCUTS:
        return [QKeySequence(s) for s in MAC_SHORTCUTS[key]]
    spec = next((s for s in SPECS if s.key == key), None)
    if spec is None or spec.shortcut is None:
        return []
    keys = [QKeySequence(spec.shortcut)]
    if key in ALTERNATES:
        keys.append(QKeySequence(ALTERNATES[key]))
    return keys


def menu_role(key: str) -> QAction.MenuRole:
    return MENU_ROLES.get(key, QAction.MenuRole.NoRole)


def native(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """A shortcut as this OS writes it (``Ctrl+F``; ``⌘F`` on macOS), for text in the UI."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


TITLES: dict[str, str] = {
    "next": QT_TRANSLATE_NOOP("Commands", "Next conversation"),
    "previous": QT_TRANSLATE_NOOP("Commands", "Previous conversation"),
    "assign_me": QT_TRANSLATE_NOOP("Commands", "Assign to me"),
    "resolve": QT_TRANSLATE_NOOP("Commands", "Resolve conversation"),
    "pop_out": QT_TRANSLATE_NOOP("Commands", "Open conversation in new window"),
    "internal_note": QT_TRANSLATE_NOOP("Commands", "Toggle internal note"),
    "edit_ticket": QT_TRANSLATE_NOOP("Commands", "Edit ticket…"),
    "transfer_team": QT_TRANSLATE_NOOP("Commands", "Transfer to a team…"),
    "escalate": QT_TRANSLATE_NOOP("Commands", "Escalate…"),
    "focus_search": QT_TRANSLATE_NOOP("Commands", "Search conversations"),
    "focus_composer": QT_TRANSLATE_NOOP("Commands", "Focus reply box"),
    "canned": QT_TRANSLATE_NOOP("Commands", "Insert canned reply"),
    "palette": QT_TRANSLATE_NOOP("Commands", "Command palette…"),
    "view_mine": QT_TRANSLATE_NOOP("Commands", "Show my conversations"),
    "view_unassigned": QT_TRANSLATE_NOOP("Commands", "Show unassigned conversations"),
    "view_vip": QT_TRANSLATE_NOOP("Commands", "Show VIP conversations"),
    "view_all": QT_TRANSLATE_NOOP("Commands", "Show all conversations"),
    "view_my_clients": QT_TRANSLATE_NOOP("Commands", "Show my clients"),
    "book": QT_TRANSLATE_NOOP("Commands", "Client book"),
    "view_mentions": QT_TRANSLATE_NOOP("Commands", "Show my mentions"),
    "team_load": QT_TRANSLATE_NOOP("Commands", "Agents and load…"),
    "live_floor": QT_TRANSLATE_NOOP("Commands", "Live floor…"),
    "run_macro": QT_TRANSLATE_NOOP("Commands", "Run a macro on the selection…"),
    "reports": QT_TRANSLATE_NOOP("Commands", "Reports…"),
    "edit_macros": QT_TRANSLATE_NOOP("Commands", "Macros…"),
    "busy": QT_TRANSLATE_NOOP("Commands", "Set me busy (no new conversations)"),
    "backup": QT_TRANSLATE_NOOP("Commands", "Backup while I'm away…"),
    "available": QT_TRANSLATE_NOOP("Commands", "Set me available"),
    "away": QT_TRANSLATE_NOOP("Commands", "Set me away"),
    "audit_log": QT_TRANSLATE_NOOP("Commands", "Audit log…"),
    "declare_incident": QT_TRANSLATE_NOOP("Commands", "Declare an incident…"),
    "freeze_request": QT_TRANSLATE_NOOP("Commands", "Request account freeze…"),
    "settings": QT_TRANSLATE_NOOP("Commands", "Settings…"),
    "sign_out": QT_TRANSLATE_NOOP("Commands", "Sign out"),
    "quit": QT_TRANSLATE_NOOP("Commands", "Quit"),
    "shortcuts": QT_TRANSLATE_NOOP("Commands", "Keyboard shortcuts"),
    "about": QT_TRANSLATE_NOOP("Commands", "About AgentDesk"),
    "customer_chat": QT_TRANSLATE_NOOP("Commands", "Play this customer in the web chat (demo)"),
}
MENUS: dict[str, str] = {
    "desk": QT_TRANSLATE_NOOP("Commands", "&Desk"),
    "conversation": QT_TRANSLATE_NOOP("Commands", "&Conversation"),
    "view": QT_TRANSLATE_NOOP("Commands", "&View"),
    "help": QT_TRANSLATE_NOOP("Commands", "&Help"),
}


def skipped_for(role: str) -> frozenset[str]:
    """Commands a role does not get: My clients and Backup are a VIP manager's; the client book is
    for VIP managers and supervisors; agents' load and the audit log for supervisors."""
    skip = set()
    if role != "vip_manager":
        skip |= {"view_my_clients", "backup"}
    if role not in ("vip_manager", "supervisor"):
        skip.add("book")
        skip.add("live_floor")
    if role != "supervisor":
        skip.add("team_load")
        skip.add("edit_macros")
        skip.add("audit_log")  # the server refuses it to anyone else anyway (and audits the try)
        skip.add("declare_incident")  # the server refuses it to anyone else anyway
    return frozenset(skip)


def titles() -> dict[str, str]:
    """Translated names (called at build time so they follow the installed language)."""
    return {key: _t(text) for key, text in TITLES.items()}


def menu_titles() -> dict[str, str]:
    return {key: _t(text) for key, text in MENUS.items()}


def build(
    window: QMainWindow,
    handlers: dict[str, Callable[[], object]],
    skip: frozenset[str] = frozenset(),
    views: Sequence[str] = (),
    platform: str = sys.platform,
) -> dict[str, QAction]:
    """Create the actions (window-wide shortcuts) and the menu bar; returns them by key.
    ``views`` are the view tabs in their order (Ctrl+1 is the first)."""
    names = titles()
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    for key, title in menu_titles().items():
        menus[key] = window.menuBar().addMenu(title)
    for spec in SPECS:
        if spec.key in skip or spec.key not in handlers:
            continue
        action = QAction(names[spec.key], window)
        action.setObjectName(f"action_{spec.key}")
        action.setShortcuts(shortcuts_for(spec.key, platform, views))
        action.setMenuRole(menu_role(spec.key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(handlers[spec.key])
        window.addAction(action)
        menus[spec.menu].addAction(action)
        if spec.key in ("palette", "away", "backup", "sign_out", "pop_out"):
            menus[spec.menu].addSeparator()
        actions[spec.key] = action
    return actions
