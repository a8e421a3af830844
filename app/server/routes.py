"""Binding a request handler to its method spec (:func:`route`).

Feature modules define their handlers and list them as ``ROUTES = (route(spec, handler), ...)``;
:mod:`app.server.registry` collects every module's routes explicitly. A handler takes the params
struct of its spec and returns its result struct; the binding checks the params' type once, so
the dispatcher (``endpoints/agent.py``) stays typed end to end without a cast.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from msgspec import Struct

from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.spec import MethodSpec
from app.server.connection import AgentConn
from app.server.context import ServerContext

P = TypeVar("P", bound=Struct)
R = TypeVar("R", bound=Struct)


@dataclass(frozen=True, slots=True)
class Route:
    """A method's name and its handler, taking any params struct (checked against the spec)."""

    name: str
    call: Callable[[ServerContext, AgentConn, Struct], Awaitable[Struct]]


def route(spec: MethodSpec[P, R], handler: Callable[[ServerContext, AgentConn, P], Awaitable[R]]) -> Route:
    """Bind ``handler`` to ``spec``: the codec decoded the params with ``spec.params``."""

    async def call(ctx: ServerContext, conn: AgentConn, params: Struct) -> Struct:
        if not isinstance(params, spec.params):  # the codec decoded another method's params: a bug
            raise ProtocolError(ErrorCode.INTERNAL, "internal error")
        return await handler(ctx, conn, params)

    return Route(spec.name, call)


def table(*groups: tuple[Route, ...]) -> dict[str, Route]:
    routes: dict[str, Route] = {}
    for group in groups:
        for item in group:
            if item.name in routes:
                raise ValueError(f"method {item.name} has two handlers")
            routes[item.name] = item
    return routes
