"""The window's commands: one ``QAction`` each, with its shortcut, in menus, Help and Ctrl+K.

Defined once here so the menu, the shortcut list in Help and the command palette can never
disagree. Handlers are the main window's slots (passed in), which forward to controllers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def _t(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


@dataclass(frozen=True, slots=True)
class CommandSpec:
    key: str
    menu: str  # "desk", "conversation", "view", "help"
    shortcut: str | QKeySequence.StandardKey | None


SPECS: tuple[CommandSpec, ...] = (
    CommandSpec("next", "conversation", "Ctrl+Down"),
    CommandSpec("previous", "conversation", "Ctrl+Up"),
    CommandSpec("assign_me", "conversation", "Ctrl+Shift+A"),
    CommandSpec("resolve", "conversation", "Ctrl+Shift+R"),
    CommandSpec("pop_out", "conversation", "Ctrl+Shift+O"),
    CommandSpec("internal_note", "conversation", "Ctrl+Shift+I"),
    CommandSpec("edit_ticket", "conversation", "Ctrl+Shift+E"),
    CommandSpec("focus_search", "desk", QKeySequence.StandardKey.Find),
    CommandSpec("focus_composer", "desk", "Ctrl+R"),
    CommandSpec("canned", "desk", "Ctrl+/"),
    CommandSpec("palette", "desk", "Ctrl+K"),
    CommandSpec("view_mine", "view", "Ctrl+1"),
    CommandSpec("view_unassigned", "view", "Ctrl+2"),
    CommandSpec("view_vip", "view", "Ctrl+3"),
    CommandSpec("view_all", "view", "Ctrl+4"),
    CommandSpec("view_my_clients", "view", "Ctrl+5"),
    CommandSpec("book", "view", "Ctrl+6"),
    CommandSpec("available", "desk", None),
    CommandSpec("away", "desk", None),
    CommandSpec("backup", "desk", None),
    CommandSpec("audit_log", "desk", None),  # supervisors
    CommandSpec("settings", "desk", QKeySequence.StandardKey.Preferences),
    CommandSpec("sign_out", "desk", None),
    CommandSpec("quit", "desk", QKeySequence.StandardKey.Quit),
    CommandSpec("shortcuts", "help", "F1"),
    CommandSpec("about", "help", None),
    CommandSpec("customer_chat", "help", None),  # --demo only: play the customer
)


TITLES: dict[str, str] = {
    "next": QT_TRANSLATE_NOOP("Commands", "Next conversation"),
    "previous": QT_TRANSLATE_NOOP("Commands", "Previous conversation"),
    "assign_me": QT_TRANSLATE_NOOP("Commands", "Assign to me"),
    "resolve": QT_TRANSLATE_NOOP("Commands", "Resolve conversation"),
    "pop_out": QT_TRANSLATE_NOOP("Commands", "Open conversation in new window"),
    "internal_note": QT_TRANSLATE_NOOP("Commands", "Toggle internal note"),
    "edit_ticket": QT_TRANSLATE_NOOP("Commands", "Edit ticket…"),
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
    "backup": QT_TRANSLATE_NOOP("Commands", "Backup while I'm away…"),
    "available": QT_TRANSLATE_NOOP("Commands", "Set me available"),
    "away": QT_TRANSLATE_NOOP("Commands", "Set me away"),
    "audit_log": QT_TRANSLATE_NOOP("Commands", "Audit log…"),
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
    for VIP managers and supervisors; the audit log for supervisors."""
    skip = set()
    if role != "vip_manager":
        skip |= {"view_my_clients", "backup"}
    if role not in ("vip_manager", "supervisor"):
        skip.add("book")
    if role != "supervisor":
        skip.add("audit_log")  # the server refuses it to anyone else anyway (and audits the try)
    return frozenset(skip)


def titles() -> dict[str, str]:
    """Translated names (called at build time so they follow the installed language)."""
    return {key: _t(text) for key, text in TITLES.items()}


def menu_titles() -> dict[str, str]:
    return {key: _t(text) for key, text in MENUS.items()}


def build(
    window: QMainWindow, handlers: dict[str, Callable[[], object]], skip: frozenset[str] = frozenset()
) -> dict[str, QAction]:
    """Create the actions (window-wide shortcuts) and the menu bar; returns them by key."""
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
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(handlers[spec.key])
        window.addAction(action)
        menus[spec.menu].addAction(action)
        if spec.key in ("palette", "away", "backup", "sign_out", "pop_out"):
            menus[spec.menu].addSeparator()
        actions[spec.key] = action
    return actions
