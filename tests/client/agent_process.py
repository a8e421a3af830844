"""The desk's core in its own process, so a test can SIGKILL "the app" and start it again.

    python -m tests.client.agent_process --url ws://127.0.0.1:PORT --user alice --keyring FILE

Reads one JSON command per line on stdin, answers one JSON line on stdout per command:
``{"cmd": "login", "password": "demo"}`` → ``{"ok": true}`` once online;
``{"cmd": "send", "conversation_id": 3, "body": "..."}`` → ``{"local_id": N}`` (queued; works offline);
``{"cmd": "wait_delivered"}`` → ``{"pending": 0}`` once the outbox is empty;
``{"cmd": "messages", "conversation_id": 3}`` → ``{"messages": [[server_id, body, state], ...]}``.
The cache lives under ``AGENTDESK_HOME`` (the test sets it), at the path the app would use; its
key in a test keyring file that outlives the process (``--keyring``), as the OS keyring would.
The token is kept in memory only (the desk signs in with its password after a restart).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from app.client import CredentialStore, Session
from app.core.paths import app_paths
from app.store import Store
from tests.support.file_keyring import FileKeyring
from tests.support.helpers import fast_config, until_delivered, until_online


async def serve(url: str, user: str, keyring_file: Path) -> None:
    paths = app_paths().ensure()
    store = await Store.open(paths.cache_db(url, user))
    credentials = CredentialStore(FileKeyring(keyring_file))
    session = Session(url, store, credentials, username=user, config=fast_config())
    await session.start()
    reader = asyncio.StreamReader()
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    print(json.dumps({"ready": True}), flush=True)
    while line := await reader.readline():
        command = json.loads(line)
        answer: dict[str, Any]
        if command["cmd"] == "login":
            await session.login(user, command["password"], remember=False)
            await until_online(session, timeout=30)
            answer = {"ok": True}
        elif command["cmd"] == "send":
            answer = {"local_id": await session.send_message(command["conversation_id"], command["body"])}
        elif command["cmd"] == "wait_delivered":
            await until_delivered(store, timeout=60)
            answer = {"pending": 0}
        elif command["cmd"] == "messages":
            views = await store.messages(command["conversation_id"])
            answer = {"messages": [[m.server_id, m.body, m.delivery_state] for m in views]}
        else:
            answer = {"error": "unknown command"}
        print(json.dumps(answer), flush=True)
    await session.stop()
    await store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--keyring", required=True, type=Path)
    args = parser.parse_args()
    asyncio.run(serve(args.url, args.user, args.keyring))


if __name__ == "__main__":
    main()
