"""``agentdesk-server`` whose writer stops inside one group commit, so a test can SIGKILL it there.

    python -m tests.server.stalled_commit_server AFTER MIN_MESSAGES PREFIX [agentdesk-server arguments]

The real server (``app.server.cli.main``) with a SQLAlchemy ``commit`` listener added: before each
COMMIT it counts the messages whose body starts with ``PREFIX`` (the test's, not the demo's
seeding) as the transaction sees them, minus those already committed; once ``AFTER`` of them were
committed, at the first COMMIT of a transaction holding at least ``MIN_MESSAGES`` of them, it prints
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

_stalled: list[bool] = []
_committed: list[int] = [0]


def install(after: int, min_messages: int, prefix: str) -> None:
    @event.listens_for(Engine, "commit")
    def _stall(conn: Any) -> None:
        if conn.dialect.name != "sqlite" or _stalled:
            return
        total = int(conn.exec_driver_sql(
            "SELECT count(*) FROM messages WHERE body LIKE ?", (prefix + "%",)
        ).scalar_one())
        inserted = total - _committed[0]  # this transaction's, not committed yet
        if inserted >= min_messages and _committed[0] >= after:
            _stalled.append(True)
            print(f"COMMITTING {inserted}", flush=True)
            time.sleep(120)  # the test kills us long before this ends
        _committed[0] = total


if __name__ == "__main__":
    install(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
    raise SystemExit(main(sys.argv[4:]))
