"""Where an inbox search matched a text, so the inbox row and the thread can highlight it.

The same rules as the cache's search (:mod:`app.store.cache.search_text`): a typed Latin word
matches the *start* of a word, folded the same way (case, accents, full-width forms); a run of
Chinese characters matches where those characters stand together. A UID typed whole or as its
start matches the UID. Spans index the original text, so the widget marks exactly what the
agent sees.
"""

from __future__ import annotations

from app.store.cache.search_text import PREFIX_MIN, fold, query_terms, token_spans

Span = tuple[int, int]


def _prefix_end(text: str, start: int, end: int, wanted: str) -> int:
    """The end (in ``text``) of the shortest start of ``text[start:end]`` that folds to at
    least ``wanted``'s length (folding can change lengths: "ß" → "ss")."""
    for stop in range(start + 1, end + 1):
        if len(fold(text[start:stop])) >= len(wanted):
            return stop
    return end


def match_spans(text: str, query: str) -> list[Span]:
    """The (start, end) ranges of ``text`` the search ``query`` matched, sorted, not overlapping."""
    if not text or not query.strip():
        return []
    words = token_spans(text)
    spans: list[Span] = []
    for phrase in query_terms(query):
        if not _cjk(phrase[0]):  # a Latin word: the start of a word (a whole word if very short)
            wanted = phrase[0]
            for start, end, folded in words:
                if folded == wanted or (len(wanted) >= PREFIX_MIN and folded.startswith(wanted)):
                    spans.append((start, _prefix_end(text, start, end, wanted)))
            continue
        size = len(phrase)  # Chinese: the characters side by side
        for i in range(len(words) - size + 1):
            window = words[i : i + size]
            if tuple(w[2] for w in window) == phrase and _adjacent(window):
                spans.append((window[0][0], window[-1][1]))
    return _merged(spans)


def _cjk(word: str) -> bool:
    return len(word) == 1 and "\u3000" <= word <= "\ufaff"


def _adjacent(window: list[tuple[int, int, str]]) -> bool:
    return all(window[k][1] == window[k + 1][0] for k in range(len(window) - 1))


def _merged(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def uid_matches(uid: str, query: str) -> bool:
    """The UID typed whole, or its start (the inbox search's UID rule)."""
    term = query.strip()
    return bool(term) and not any(ch.isspace() for ch in term) and uid.startswith(term)
