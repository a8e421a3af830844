"""The seam: what the server asks of a customer-context source, and how a source says no."""

from __future__ import annotations

from typing import Literal, Protocol

from app.server.provider.model import OrderPage, Panel, Profile, TransferPage

ListName = Literal["orders", "deposits", "withdrawals"]


class SourceUnavailable(Exception):
    """The source did not answer in time, answered with a server error, or the circuit is open.
    The message names the cause (never a token or a customer's data)."""


class NotAtSource(Exception):
    """The source has no such customer (an email contact, say): the desk shows the local record."""


class ContextProvider(Protocol):
    """Customer profile and KYC, VIP and fees, security flags, orders, deposits and withdrawals.

    Lists are newest first and paged: ``cursor`` is what the previous page's ``next_cursor`` said
    (opaque), ``limit`` at most 200. Every method may raise :class:`SourceUnavailable` or
    :class:`NotAtSource`."""

    name: str  # "db" | "http": shown in logs and /metrics

    async def profile(self, uid: str) -> Profile: ...

    async def panel(self, uid: str, limit: int) -> Panel: ...

    async def orders(self, uid: str, cursor: str | None, limit: int) -> OrderPage: ...

    async def transfers(
        self, uid: str, kind: Literal["deposits", "withdrawals"], cursor: str | None, limit: int
    ) -> TransferPage: ...

    async def close(self) -> None: ...
