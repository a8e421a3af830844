"""Nothing on the wire reaches the server's log: at DEBUG, websockets would dump every frame."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.support.server import AgentClient, CustomerClient, RequestError, running_server

PASSWORD = "Wire-Log-Canary-9f3e1"
CUSTOMER_TEXT = "canary message 7d2b about my withdrawal"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _server_log() -> Iterator[_Collect]:
    """Everything the server's websockets logger emits at DEBUG, whatever other tests configured."""
    logger = logging.getLogger("websockets.server")
    handler = _Collect()
    saved = logger.level, logger.disabled
    logger.setLevel(logging.DEBUG)
    logger.disabled = False
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.disabled = saved[1]


async def test_login_frames_and_messages_are_not_logged(tmp_path) -> None:
    with _server_log() as log:
        async with running_server(tmp_path) as server:
            with pytest.raises(RequestError):
                await AgentClient.login(server.ws_url, "alice", PASSWORD)
            agent = await AgentClient.login(server.ws_url, "alice", "demo")
            snapshot = await agent.request("inbox.snapshot", limit=1)
            uid = snapshot["conversations"][0]["customer"]["uid"]
            customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
            await customer.send(CUSTOMER_TEXT)
            await customer.close()
            await agent.close()
    text = "\n".join(record.getMessage() for record in log.records)
    assert log.records  # the server did log (connections opening), just never a frame
    assert PASSWORD not in text and CUSTOMER_TEXT not in text
