"""The desk's server search (issue 15): which text is sent, which answers still count, how pages add up.

The inbox search filters the desk's cache as the agent types; the same text goes to the server's
``search`` too, which looks through all the history the agent may see (conversations this desk
never opened, real names the desk only sees masked). The server's hits are shown apart from the
cache's rows and marked as such. This state object is what the window renders: it decides whether
a text is worth a request, drops answers to an older text (the agent kept typing), adds pages
(``next_before``) without showing a hit twice, and says where the server's match is in a snippet.
No Qt here: the rules are tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.protocol import search as ps

MIN_QUERY = 2  # the protocol's bounds for ``query``
MAX_QUERY = 200
PAGE = 20  # hits per request: a screenful; more as the list is scrolled

Span = tuple[int, int]


def server_query(text: str) -> str | None:
    """The text to send, or ``None`` when the server would refuse it (too short, too long, or
    more than one line): the desk then shows only its cache's results."""
    q = text.strip()
    if not MIN_QUERY <= len(q) <= MAX_QUERY:
        return None
    if any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in q):
        return None
    return q


def snippet_spans(snippet: str, query: str) -> list[Span]:
    """Where ``query`` stands in ``snippet``, as the server matched it: anywhere, case-insensitive
    (not only at word starts, unlike the cache's rule). Sorted, not overlapping; indexes of the
    snippet as shown."""
    q = query.strip().lower()
    if not q or not snippet:
        return []
    spans: list[Span] = []
    size = len(q)
    i = 0
    while i + size <= len(snippet):
        if snippet[i : i + size].lower() == q:
            spans.append((i, i + size))
            i += size
        else:
            i += 1
    return spans


def _key(hit: ps.SearchHit) -> tuple[str, str, int | None]:
    return (hit.kind, hit.customer.uid, hit.message_id)


@dataclass
class ServerSearch:
    """One search at a time: ``begin`` a text, ``accept`` or ``fail`` its answers, ``more`` for
    the next page. Each call that returns params is a request the caller sends."""

    query: str = ""
    hits: list[ps.SearchHit] = field(default_factory=list)
    next_before: int | None = None
    loading: bool = False
    error: str | None = None  # the error code of the last failed request
    _seen: set[tuple[str, str, int | None]] = field(default_factory=set)

    @property
    def active(self) -> bool:
        return bool(self.query)

    @property
    def can_load_more(self) -> bool:
        return self.active and not self.loading and self.next_before is not None

    def begin(self, text: str, limit: int = PAGE) -> ps.SearchParams | None:
        """A new text: forget the old hits; the request for the first page, or ``None`` when the
        text is not sent (then the search is inactive: nothing from the server is shown)."""
        q = server_query(text) or ""
        if q == self.query and (self.hits or self.loading):
            return None  # the same text again (Enter after the pause): nothing new to ask
        self.query, self.hits, self.next_before, self.error = q, [], None, None
        self._seen = set()
        self.loading = bool(q)
        return ps.SearchParams(query=q, limit=limit) if q else None

    def more(self, limit: int = PAGE) -> ps.SearchParams | None:
        """The request for the next page, or ``None`` (no more, or one is on its way)."""
        if not self.can_load_more:
            return None
        self.loading = True
        return ps.SearchParams(query=self.query, limit=limit, before=self.next_before)

    def _current(self, asked: ps.SearchParams) -> bool:
        if asked.query != self.query:
            return False  # an answer to an older text
        return asked.before is None or asked.before == self.next_before

    def accept(self, asked: ps.SearchParams, result: ps.SearchResult) -> list[ps.SearchHit]:
        """Take an answer; the hits it adds (none when it answers a text no longer searched)."""
        if not self._current(asked):
            return []
        added = [h for h in result.hits if _key(h) not in self._seen]
        self._seen.update(_key(h) for h in added)
        self.hits.extend(added)
        self.next_before = result.next_before
        self.loading = False
        self.error = None
        return added

    def fail(self, asked: ps.SearchParams, code: str) -> bool:
        """A request failed; whether that still matters (the search it belonged to is shown)."""
        if not self._current(asked):
            return False
        self.loading = False
        self.error = code
        return True
