"""The database provider: the server's own ``customers``, ``orders`` and ``transfers`` tables
(the demo's seeded data, or a small deployment that fills them itself)."""

from __future__ import annotations

from typing import Literal

from app.server.db.executor import DbExecutor
from app.server.provider import model, rows


class DatabaseProvider:
    name = "db"

    def __init__(self, db: DbExecutor) -> None:
        self._db = db

    async def profile(self, uid: str) -> model.Profile:
        return await self._db.run(rows.read_profile, uid)

    async def panel(self, uid: str, limit: int) -> model.Panel:
        return await self._db.run(rows.read_panel, uid, limit)

    async def orders(self, uid: str, cursor: str | None, limit: int) -> model.OrderPage:
        return await self._db.run(rows.read_orders, uid, cursor, limit)

    async def transfers(
        self, uid: str, kind: Literal["deposits", "withdrawals"], cursor: str | None, limit: int
    ) -> model.TransferPage:
        direction = "deposit" if kind == "deposits" else "withdrawal"
        return await self._db.run(rows.read_transfers, uid, direction, cursor, limit)

    async def close(self) -> None:
        return None
