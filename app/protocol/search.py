"""Server-side search (issue 15): one query over all the history an agent may see.

A feature module of the protocol like ``vip.py``: its method spec (``SPECS``) is collected by
:mod:`app.protocol.registry`. A hit says what matched (``kind``) and carries the customer as an
inbox row does (name masked); a ``name`` hit means the query matched the customer's real name,
which the server audits like a reveal. Message hits carry a short plain-text ``snippet``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from msgspec import Meta, Struct

from app.protocol.spec import MethodSpec
from app.protocol.types import SINGLE_LINE, CustomerSummary, UtcDatetime

SearchKind = Literal["uid", "email", "name", "order", "tx", "message"]
Query = Annotated[str, Meta(min_length=2, max_length=200, pattern=SINGLE_LINE)]


class SearchParams(Struct, frozen=True):
    query: Query
    limit: Annotated[int, Meta(ge=1, le=100)] = 20
    # the next page: message hits older than this message id (a result's ``next_before``); no customer hits
    before: Annotated[int, Meta(ge=1, le=2**63 - 1)] | None = None


class SearchHit(Struct, frozen=True):
    kind: SearchKind
    customer: CustomerSummary
    conversation_id: int | None = None  # message hits, and the customer's latest conversation otherwise
    message_id: int | None = None
    snippet: str | None = None  # message hits: the matched text with some context, plain text
    at: UtcDatetime | None = None  # message hits: when it was written


class SearchResult(Struct, frozen=True):
    hits: list[SearchHit]
    next_before: int | None = None  # more message hits: pass as ``before``; null on the last page


SEARCH = MethodSpec("search", SearchParams, SearchResult)

SPECS: tuple[MethodSpec[Struct, Struct], ...] = (SEARCH,)
