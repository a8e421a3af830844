"""``agentdesk-server`` whose writer stops inside one group commit, so a test can SIGKILL it there.

    python -m tests.server.stalled_commit_server AFTER MIN_MESSAGES PREFIX [agentdesk-server arguments]

The real server (``app.server.cli.main``) with two SQLAlchemy engine listeners added: one counts
the ``INSERT INTO messages`` of the transaction in progress whose body starts with ``PREFIX`` (the
test's messages, not the demo's seeding); the other, once ``AFTER`` of them were committed, at
the first ``COMMIT`` of a transaction holding at least ``MIN_MESSAGES`` of them, prints
``COMMITTING N`` on stdout and sleeps before letting the commit run — every statement of the
batch executed, nothing committed, nobody answered. ``tests/server/test_kill_group_commit.py``
kills the process right then.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from app.server.cli import main

COUNT_KEY = "stalled_commit_messages"
_stalled: list[bool] = []
_committed: list[int] = [0]


def _ours(parameters: Any, prefix: str) -> bool:
    values = parameters.values() if isinstance(parameters, dict) else parameters or ()
    return any(isinstance(v, str) and v.startswith(prefix) for v in values)


def install(after: int, min_messages: int, prefix: str) -> None:
    @event.listens_for(Engine, "before_cursor_execute")
    def _count(conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO MESSAGES") and _ours(parameters, prefix):
            conn.info[COUNT_KEY] = conn.info.get(COUNT_KEY, 0) + 1

    @event.listens_for(Engine, "rollback")
    def _forget(conn: Any) -> None:
        conn.info.pop(COUNT_KEY, None)

    @event.listens_for(Engine, "commit")
    def _stall(conn: Any) -> None:
        inserted = conn.info.pop(COUNT_KEY, 0)
        if inserted >= min_messages and _committed[0] >= after and not _stalled:
            _stalled.append(True)
            print(f"COMMITTING {inserted}", flush=True)
            time.sleep(120)  # the test kills us long before this ends
        _committed[0] += inserted


if __name__ == "__main__":
    install(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
    raise SystemExit(main(sys.argv[4:]))
