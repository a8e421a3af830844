"""A supervisor's desk adds a file to a canned reply and takes it off again, against the real
backend (the desk's typed calls: upload, ``canned.file.add``, ``canned.file.remove``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.client import RequestFailed, Session
from app.client import attachments as desk_files
from app.protocol import methods
from tests.support.helpers import fast_config, memory_credentials, opened_store, until_online
from tests.support.server import running_server

FEES = "deposits_withdrawals.fees"


async def test_a_supervisor_desk_attaches_and_removes_a_canned_file(tmp_path: Path) -> None:
    async with (
        running_server(tmp_path, image_check=False) as server,
        opened_store(tmp_path / "cache.sqlite3", username="sam") as store,
    ):
        session = Session(server.ws_url, store, memory_credentials(), config=fast_config())
        await session.start()
        await session.login("sam", "demo")
        await until_online(session)
        listed = await session.call(methods.CANNED_LIST, methods.CannedParams())
        assert isinstance(listed, methods.CannedResult)
        fees = next(r for r in listed.replies if r.key == FEES)
        table = tmp_path / "network fees.csv"
        table.write_text("network,fee\nTRC20,1 USDT\n", encoding="utf-8")
        progress: list[int] = []
        files = await desk_files.add_canned_file(
            session, fees.id, table, progress=lambda r, s: progress.append(r)
        )
        assert [(f.filename, f.content_type) for f in files] == [("network fees.csv", "text/csv")]
        assert progress and progress[-1] == table.stat().st_size
        again = await session.call(methods.CANNED_LIST, methods.CannedParams())
        assert isinstance(again, methods.CannedResult)
        assert [f.id for f in next(r for r in again.replies if r.key == FEES).attachments] == [files[0].id]

        exe = tmp_path / "guide.pdf"
        exe.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)  # a program named .pdf: refused at the upload
        with pytest.raises(RequestFailed) as err:
            await desk_files.add_canned_file(session, fees.id, exe)
        assert err.value.code == "attachment_refused" and err.value.message.startswith("type_not_allowed")

        assert files[0].id is not None
        assert await desk_files.remove_canned_file(session, fees.id, files[0].id) == []
        with pytest.raises(RequestFailed) as err:
            await desk_files.remove_canned_file(session, fees.id, files[0].id)
        assert err.value.code == "not_found"
        await session.stop()
