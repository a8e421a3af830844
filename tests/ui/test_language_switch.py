"""Choosing another language in Settings applies at once (it used to need a restart): the window
is built again in the new language, on the same session, view and open conversation."""

from __future__ import annotations

from typing import Any

from app.ui import i18n
from tests.ui.helpers import first_row, open_conversation, until


def test_a_new_language_applies_at_once(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        shell = window.test_shell
        session = window.desk.session
        assert window.actions_by_key["quit"].text().replace("&", "") == "Quit"
        row = first_row(window, assignee=None)
        await open_conversation(window, row.conversation_id)
        window.inbox.set_view("unassigned")
        try:
            shell._apply_settings(shell.settings.with_changes(language="zh-CN"))
            await until(lambda: shell.window is not None and shell.window is not window, what="rebuilt")
            rebuilt = shell.window
            assert rebuilt.actions_by_key["quit"].text().replace("&", "").startswith("退出")
            assert rebuilt.desk.session is session and session.online  # no new sign-in
            assert rebuilt.inbox.filters().view == "unassigned"
            await until(lambda: rebuilt.conversation_controller.conversation_id == row.conversation_id,
                        what="the same conversation open")
        finally:
            i18n.install("en")

    aio(body)
