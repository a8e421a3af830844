"""``MethodSpec``: a request method's name and the types of its params and result.

Both peers call through specs, never through bare method names: the desk's
``Session.call(spec, params)`` returns ``spec.result`` typed, and the server routes a request to
the handler registered for that spec (``app/server/routes.py``). The specs themselves are
module constants of the feature modules (``methods.py``, ``vip.py``) and are collected in one
registry (:mod:`app.protocol.registry`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from msgspec import Struct

P = TypeVar("P", bound=Struct, covariant=True)
R = TypeVar("R", bound=Struct, covariant=True)


@dataclass(frozen=True, slots=True)
class MethodSpec(Generic[P, R]):
    name: str
    params: type[P]
    result: type[R]
