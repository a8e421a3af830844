"""Issue 22: every control has an accessible name — the main window and its dialogs, walked as a
screen reader walks them (Qt's accessibility tree, ``QAccessible``), not by widget class.

A control is anything an agent can operate or read as a unit: buttons, menus' buttons, check
boxes, combo boxes, text fields, lists, tables, trees, tabs, spin boxes, sliders. Each must have a
name (its text, a buddy label's text, or ``setAccessibleName``): an icon-only button or an
unlabelled field is read as nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from app.core.settings import Settings
from tests.ui.helpers import first_row, open_conversation, until

R = QAccessible.Role
CONTROLS = {
    R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.SpinBox, R.Slider,
    R.List, R.Table, R.Tree, R.PageTab, R.ButtonMenu, R.ButtonDropDown, R.ButtonDropGrid, R.Link,
}


def walk(interface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    yield interface
    if depth > 40:
        return
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def unnamed(root: QWidget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(root)
    assert interface is not None and interface.isValid()
    missing = []
    for node in walk(interface):
        if node.role() not in CONTROLS or node.state().invisible:
            continue
        if not node.text(QAccessible.Text.Name).strip():
            obj = node.object()
            where = f"{type(obj).__name__}({obj.objectName()!r})" if obj is not None else "?"
            parent = obj.parent() if obj is not None else None
            owner = type(parent).__name__ if parent is not None else ""
            missing.append(f"{node.role().name} {where} in {owner}")
    return missing


def test_every_control_of_the_window_and_its_dialogs_has_a_name(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("vera")
        row = first_row(window, channel="chat")  # a conversation with a thread (a callback may have none)
        await open_conversation(window, row.conversation_id)
        await until(lambda: window.customer_controller.context is not None, what="customer")
        window.actions_by_key["book"].trigger()
        await until(lambda: window.vip.book_controller.loads >= 1, what="the book")
        assert not unnamed(window), unnamed(window)

        dialogs: list[QWidget] = []
        window.open_palette()
        dialogs.append(window.command_palette)
        window.open_help()
        dialogs.append(window.help_dialog)
        window.conversation_controller.open_canned()
        await until(lambda: getattr(window.conversation_controller, "picker", None), what="picker")
        dialogs.append(window.conversation_controller.picker)
        window.customer_controller.ask_reveal(row.customer_uid)
        dialogs.append(window.customer_controller.dialog)
        from app.policies.canned_render import CannedValues
        from app.policies.ticket_edit import TicketFields
        from app.ui.dialogs.assign_confirm import AssignConfirm
        from app.ui.dialogs.cover_dialogs import BackupDialog
        from app.ui.dialogs.login_dialog import LoginDialog
        from app.ui.dialogs.outreach_dialog import OutreachDialog
        from app.ui.dialogs.settings_dialog import SettingsDialog
        from app.ui.dialogs.sign_out_dialog import SignOutDialog
        from app.ui.dialogs.ticket_dialog import TicketDialog

        now = window.desk.clock.now
        extra = [
            LoginDialog("wss://desk.example/agent", "vera"), SettingsDialog(Settings()),
            SignOutDialog(2, None), AssignConfirm("Megan A***", "Bob Wang"),
            TicketDialog(TicketFields("kyc", now(), "Documents"), now),
            BackupDialog(list(window.desk.agents), None),
            OutreachDialog(row.customer_uid, row.customer_name, list(window.desk.canned), CannedValues()),
        ]
        dialogs += extra
        for dialog in dialogs:
            dialog.show()
        await asyncio.sleep(0.05)  # (never processEvents inside the qasync loop)
        problems = {type(d).__name__: unnamed(d) for d in dialogs}
        for dialog in dialogs:
            dialog.close()
        for dialog in extra:
            dialog.deleteLater()
        assert not any(problems.values()), problems

    aio(body)
