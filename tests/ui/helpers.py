"""Small helpers the window tests share (finding rows, opening a conversation)."""

from __future__ import annotations

from typing import Any

from app.ui.item_models.roles import InboxRole
from tests.support.server import AgentClient


def rows(window: Any) -> list[Any]:
    model = window.inbox_model
    return [model.index(i).data(InboxRole.ROW) for i in range(model.rowCount())]


def first_row(window: Any, **match: Any) -> Any:
    for row in rows(window):
        if all(getattr(row, k) == v for k, v in match.items()):
            return row
    raise AssertionError(f"no inbox row with {match}")


def thread_bodies(window: Any) -> list[str]:
    return [item.body for item in window.conversation.thread_model.items()]


async def until(predicate: Any, timeout: float = 10.0, what: str = "condition") -> Any:
    """Wait (on the running qasync loop) until ``predicate()`` is truthy; returns its value."""
    import asyncio
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.02)


async def open_conversation(window: Any, conversation_id: int) -> None:
    row = window.inbox_model.row_of(conversation_id)
    assert row is not None, f"conversation {conversation_id} is not in the inbox"
    window.inbox.select_row(row)
    controller = window.conversation_controller
    await until(
        lambda: controller.detail is not None and controller.detail.row.conversation_id == conversation_id,
        what="conversation detail",
    )
    await until(lambda: window.conversation.thread_model.rowCount() > 0, what="thread")


async def presence_of(server: Any, username: str) -> str:
    observer = await AgentClient.login(server.ws_url, "sam", "demo")
    try:
        result = await observer.request("agents.list")
        return next(a["presence"] for a in result["agents"] if a["username"] == username)
    finally:
        await observer.close()
