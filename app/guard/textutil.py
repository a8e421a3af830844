"""Small text helpers shared by the detectors.

The detectors run on every chat message, so patterns are matched against an
ASCII-lower-cased copy of the text instead of using ``re.IGNORECASE`` (about
twice as fast in CPython's ``re``), and expensive patterns are only run in
windows around cheap trigger words. Both tricks need offsets that are identical
in the copy and the original, which ``ascii_lower`` guarantees.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, Final, Protocol

_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


_DROP_ASCII_LETTERS: Final = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ASCII_LETTER_RUN: Final = re.compile(r"[A-Za-z]+")


def ascii_letter_count(text: str) -> int:
    """How many characters of ``text`` are A-Z or a-z: ``len(re.findall(r"[A-Za-z]", text))`` without a
    string per letter (session 11, guardspeed8). An ASCII text by one ``translate`` that drops them
    (CPython's ASCII fast path); another by the lengths of the letter runs (``translate`` is slow there)."""
    if text.isascii():
        return len(text) - len(text.translate(_DROP_ASCII_LETTERS))
    return sum(map(len, _ASCII_LETTER_RUN.findall(text)))


_last_lower: tuple[str, str] = ("", "")


def ascii_lower(text: str) -> str:
    """Lower-case A-Z only; same length and offsets as ``text``.

    The last answer is kept (one tuple, replaced in one assignment): every detector lowers the
    same folded text, and the shared label scan (``label_scan``) recognises the text it has read
    by identity first."""
    global _last_lower
    last = _last_lower
    if last[0] is text:
        return last[1]
    lowered = text.lower()
    if len(lowered) != len(text):  # a char expanded: lower A-Z only, so every offset is unchanged
        lowered = text.translate(_ASCII_LOWER)
    _last_lower = (text, lowered)
    return lowered


def windows(trigger: re.Pattern[str], text: str, before: int, after: int) -> list[tuple[int, int]]:
    """Merged [lo, hi) windows around every match of ``trigger`` in ``text``."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for m in trigger.finditer(text):
        lo, hi = max(0, m.start() - before), min(n, m.end() + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


class NotSpace:
    """Every character that is not white space (``not ch.isspace()``), as a ``grown_windows`` run."""

    __slots__ = ()

    def __contains__(self, ch: object) -> bool:
        return isinstance(ch, str) and not ch.isspace()


NOT_SPACE: Final = NotSpace()


def grown_windows(
    low: str, spans: Iterable[tuple[int, int]], run: frozenset[str] | NotSpace
) -> list[tuple[int, int]]:
    """``spans`` (in order of start) each widened over the ``run`` characters on both sides (a window
    never cuts a value in two), then merged where they touch: ``[lo, hi)`` windows of ``low``.

    The same windows as widening every span and merging, without the quadratic walk (session 10: a
    2,000-character message of digit groups, every group a hint, walked back to its first digit from
    every hint, ~20 ms): a span that starts at or before the last window's end is merged whatever its
    widened start is, and its end is widened only past that window's end, which always sits on a
    character outside ``run`` (or the end of the text), where any walk from before it stops."""
    out: list[tuple[int, int]] = []
    n = len(low)
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            last_lo, last_hi = out[-1]
            if hi > last_hi:
                while hi < n and low[hi] in run:
                    hi += 1
                out[-1] = (last_lo, hi)
            continue
        while lo > 0 and low[lo - 1] in run:
            lo -= 1
        while hi < n and low[hi] in run:
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


class SpanSource(Protocol):
    """Anything that lists where its words are: ``Phrases``, ``label_scan.SharedPhrases``."""

    def spans(self, low: str, lo: int, hi: int) -> list[tuple[int, int]]: ...


def near(
    pattern: re.Pattern[str], anchors: SpanSource, low: str, before: int = 0, after: int = 120
) -> list[re.Match[str]]:
    """Matches of ``pattern`` in windows around the ``anchors`` (a literal trie scan).

    A pattern that begins with a look-behind ("\\b...") is tried at every character of a long
    message; its label words are found much faster as literals first.
    """
    spans: list[tuple[int, int]] = []
    n = len(low)
    for a, b in anchors.spans(low, 0, n):
        lo, hi = max(0, a - before), min(n, b + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return [m for lo, hi in spans for m in pattern.finditer(low, lo, hi)]


def finditer_in(pattern: re.Pattern[str], text: str, spans: Iterable[tuple[int, int]]) -> list[re.Match[str]]:
    """Matches of ``pattern`` starting inside any span (matches may not cross spans)."""
    return [m for lo, hi in spans for m in pattern.finditer(text, lo, hi)]


def literal_alternation(words: Iterable[str]) -> str:
    """Regex source matching any of ``words``, written as a trie.

    CPython's ``re`` can skip ahead in C only when every top-level alternative of
    a pattern starts with a literal character; a trie keeps it that way and
    shares prefixes, so a 100-word trigger list costs about as much as one word.
    Longer words win over their prefixes ("codes" before "code").
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def any_in(low: str, words: tuple[str, ...]) -> bool:
    """Is any of ``words`` in ``low``? (a loop of C-level ``in``: cheaper here than a regex scan)"""
    for w in words:  # noqa: SIM110 - a plain loop: no generator per call
        if w in low:
            return True
    return False


def word_start(low: str, pos: int) -> bool:
    """True if an ASCII word can start at ``pos`` (no letter/digit right before it)."""
    if pos == 0:
        return True
    ch = low[pos - 1]
    return not ("a" <= ch <= "z" or "0" <= ch <= "9")


_CJK = re.compile(r"[\u3400-\u9fff]")


def _is_alnum(ch: str) -> bool:
    return "a" <= ch <= "z" or "0" <= ch <= "9"


_WORD_START_FIRSTS: Final = 5  # first letters a list needs to be read at word starts (measured)


def _one_begins(a: str, b: str) -> bool:
    """Does one of ``a`` and ``b`` begin the other (could both be read from one place)?"""
    return a.startswith(b) or b.startswith(a)


class Phrases:
    """A fixed list of phrases (English and Chinese) found by literal trie scans.

    English phrases must stand as whole words (checked after matching, which keeps
    the regex literal-first and fast); Chinese ones match anywhere. Text must be
    ASCII-lower-cased. Multiple spaces inside an English phrase are not matched.
    """

    def __init__(self, phrases: Iterable[str], bounded: bool = True) -> None:
        items = list(phrases)
        self._bounded = bounded  # English phrases must stand as whole words
        en = [p for p in items if p.isascii()]
        zh = [p for p in items if not p.isascii()]
        self._en = re.compile(literal_alternation(en)) if en else None
        self._zh = re.compile(literal_alternation(zh)) if zh else None
        self._last: tuple[str, int, int, list[tuple[int, int]]] | None = None
        # session 8: a bounded list whose English words all begin with a letter or digit, with many
        # first letters (a list with few is found fastest by ``re``'s own skip to them), is read only
        # at word starts (see ``_at_word_starts``); ``_heads``: each word up to a separator inside it
        self._starts: re.Pattern[str] | None = None
        self._heads: tuple[str, ...] = ()
        firsts = {p[0] for p in en}
        if bounded and len(firsts) >= _WORD_START_FIRSTS and all(_is_alnum(c) for c in firsts):
            self._starts = re.compile("[^a-z0-9](?:" + literal_alternation(en) + ")")
            self._heads = tuple(
                sorted(
                    {
                        p[: k + 1]
                        for p in en
                        for k in range(1, len(p) - 1)
                        if not _is_alnum(p[k]) and any(_one_begins(u, p[k + 1 :]) for u in en)
                    }
                )
            )

    def spans(self, low: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Sorted (start, end) of every phrase inside [lo, hi).

        The last answer is kept: a detector asks several times about the same text (one pattern after
        another around the same label words). The cache holds the text object itself and is replaced
        in one assignment, so threads sharing a ``Phrases`` never see each other's answer."""
        last = self._last
        if last is not None and last[0] is low and last[1] == lo and last[2] == hi:
            return last[3]
        out = self._spans(low, lo, hi)
        self._last = (low, lo, hi, out)
        return out

    def _spans(self, low: str, lo: int, hi: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        fast = self._at_word_starts(low, lo, hi) if self._starts is not None else None
        if fast is not None:
            out = fast
        elif self._en is not None:
            out = self._en_spans(low, lo, hi)
        if self._zh is not None and not low.isascii() and _CJK.search(low, lo, hi) is not None:
            out.extend(m.span() for m in self._zh.finditer(low, lo, hi))
            out.sort()
        return out

    def _at_word_starts(self, low: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
        """``_en_spans`` read only where a word starts: ``re`` skips in C to a character that is no
        letter or digit (about one in six) instead of trying every word at almost every letter.

        The same answer: every word begins with a letter or digit, so a match starting inside a word
        is one ``_en_spans`` drops; the scan skipping it differs only where that dropped match would
        have covered a later word start, which needs a separator inside the word and a word of the
        list that can be read from right after it ("old one" over "one was" in "xold one was"): a
        match found right after such a word's head (``_heads``), the head starting inside a word,
        sends the text to ``_en_spans`` (None)."""
        en, starts, heads = self._en, self._starts, self._heads
        assert en is not None and starts is not None
        n = len(low)
        out: list[tuple[int, int]] = []
        pos = lo
        if lo == 0 or not _is_alnum(low[lo - 1]):
            m = en.match(low, lo, hi)
            if m is not None:
                e = m.end()
                if not (e < n and _is_alnum(low[e - 1]) and _is_alnum(low[e])):
                    out.append((lo, e))
                pos = e - 1
        while (m := starts.search(low, pos, hi)) is not None:
            s, e = m.start() + 1, m.end()
            for head in heads:
                p = s - len(head)
                if p > 0 and _is_alnum(low[p - 1]) and low.startswith(head, p):
                    return None
            if not (e < n and _is_alnum(low[e - 1]) and _is_alnum(low[e])):
                out.append((s, e))
            pos = e - 1
        return out

    def _en_spans(self, low: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """The English phrases in [lo, hi): every match of the trie, whole words kept (if bounded)."""
        out: list[tuple[int, int]] = []
        if self._en is not None:
            for m in self._en.finditer(low, lo, hi):
                s, e = m.span()
                if self._bounded and _is_alnum(low[s]) and not word_start(low, s):
                    continue
                if self._bounded and _is_alnum(low[e - 1]) and e < len(low) and _is_alnum(low[e]):
                    continue
                out.append((s, e))
        return out


# ASCII word boundaries: Python's \b treats CJK characters as word characters, so
# "下载anydesk" has no \b before "a". Messages mix both scripts, so English patterns
# use these instead (patterns run on ASCII-lower-cased text). A single lookbehind or
# lookahead is much cheaper than the general two-sided test.
_WORD_START: Final = "(?<![a-z0-9_])"
_WORD_END: Final = "(?![a-z0-9_])"


def compile_ascii(pattern: str) -> re.Pattern[str]:
    r"""Compile ``pattern`` with every ``\b`` turned into an ASCII word boundary.

    A ``\b`` at the start of the pattern or of an alternative/group (after ``|``, ``(``
    or ``(?:``) starts a word; any other ``\b`` ends one.
    """
    parts = pattern.split(r"\b")
    out = [parts[0]]
    for part in parts[1:]:
        prev = out[-1][-1:]
        out.append((_WORD_START if prev in ("", "|", "(", ":") else _WORD_END) + part)
    return re.compile("".join(out))


_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")  # what ``_WORD_START`` looks at


def _shaping(source: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The characters that shape a regex source — ``(``, ``)`` and ``|`` outside character classes
    and escapes — with their index, from ``start``."""
    in_class, escaped = False, False
    for i in range(start, len(source)):
        ch = source[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            yield i, ch


def top_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source (``|`` outside groups and classes)."""
    depth, alternatives, start = 0, [], 0
    for i, ch in _shaping(source):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            alternatives.append(source[start:i])
            start = i + 1
    alternatives.append(source[start:])
    return alternatives


class WordStartSearch:
    """``pattern.search`` for a ``compile_ascii`` pattern whose every top-level alternative starts
    with a word start (``\\b``): the same matches, found literal-first.

    A look-behind as the first step keeps ``re`` from skipping ahead in C to the characters a match
    can start with: it runs the pattern at every character. Without it (the word start checked on
    each match, and the search resumed one character later when it fails) ``re`` skips ahead. At any
    one position the look-behind either fails (no match there, in both) or passes and leaves the
    same alternatives to the same backtracking: the first match is the same."""

    __slots__ = ("_bare", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not self.fits(pattern):
            raise ValueError("every alternative must start with a word start")
        alternatives = top_alternatives(pattern.pattern)
        self.pattern = pattern
        self._bare = re.compile("|".join(a[len(_WORD_START) :] for a in alternatives))

    @staticmethod
    def fits(pattern: re.Pattern[str]) -> bool:
        """Does every top-level alternative of ``pattern`` (no flags) start with a word start?"""
        if not isinstance(pattern.pattern, str) or pattern.flags & ~re.UNICODE:
            return False
        return all(a.startswith(_WORD_START) for a in top_alternatives(pattern.pattern))

    def search(self, low: str, lo: int, hi: int) -> re.Match[str] | None:
        bare = self._bare
        while True:
            m = bare.search(low, lo, hi)
            if m is None:
                return None
            s = m.start()
            if s == 0 or low[s - 1] not in _WORD_CHARS:
                return m
            lo = s + 1


def _closing(source: str, at: int) -> int:
    """Index of the ``)`` closing the group opened at ``source[at]``."""
    depth = 0
    for i, ch in _shaping(source, at):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


class AsciiFirst:
    """A pattern that, on an ASCII text, runs without its alternatives that begin with a non-ASCII
    character (the Chinese words of a literal trie): the same matches, found faster.

    ``re`` tries a branch's alternatives one after another at every place the first character fits;
    a mixed word list's trie has as many Chinese first characters as English ones, each a test at
    every English letter. An alternative that begins with a non-ASCII literal cannot match an ASCII
    text, so without it every match (and which alternative gives it) is the same. Other texts, and
    patterns with flags, use the whole pattern."""

    __slots__ = ("_ascii", "_full", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._full = pattern
        self.pattern = pattern.pattern
        body = pattern.pattern
        if body.startswith("(?:") and _closing(body, 0) == len(body) - 1:
            body = body[3:-1]
        kept = [a for a in top_alternatives(body) if (a[1:2] if a.startswith("\\") else a[:1]).isascii()]
        ascii_only = "|".join(kept) if kept else "(?!x)x"
        self._ascii = re.compile(ascii_only) if pattern.flags == re.UNICODE else pattern

    def _for(self, text: str) -> re.Pattern[str]:
        return self._ascii if text.isascii() else self._full

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).match(text, pos, endpos)


class LiteralGate:
    """A few words (``needles``) one of which every ASCII word of a literal list holds.

    A literal scan of a whole text costs a step per character (the common first letters of a list's
    words start a try almost everywhere); a few C-level ``in`` tests cost far less. An ASCII text that
    holds none of the needles holds none of the list's words, so its scan would find nothing. A text
    with other characters is always scanned (the list's Chinese words are not gated)."""

    __slots__ = ("_needles",)

    def __init__(self, literals: Iterable[str], needles: tuple[str, ...]) -> None:
        missing = [w for w in literals if w.isascii() and not any(n in w for n in needles)]
        if missing or not all(n.isascii() for n in needles):
            raise ValueError(f"no needle in {missing}")
        self._needles = needles

    def may_hold(self, low: str) -> bool:
        """Can ``low`` hold one of the words? (False: it holds none.)"""
        if not low.isascii():
            return True
        for needle in self._needles:  # noqa: SIM110 - a plain loop: no generator per call
            if needle in low:
                return True
        return False


_ASCII_LETTER = re.compile(r"[a-z]")


class Vocabulary:
    """An English regex plus a list of Chinese words, each scanned only where it can match.

    Used for the verb lists of the outbound checker: the English part is a real regex
    ("let me know", "(i|we) need"), the Chinese part is a literal trie, and a window
    without ASCII letters (or without CJK) skips the corresponding scan entirely.
    """

    def __init__(self, english: str, chinese: Iterable[str]) -> None:
        self._en = compile_ascii(english)
        self._zh = re.compile(literal_alternation(chinese))

    def spans(self, low: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Sorted (start, end) of every match inside [lo, hi)."""
        out: list[tuple[int, int]] = []
        if _ASCII_LETTER.search(low, lo, hi) is not None:
            out.extend(m.span() for m in self._en.finditer(low, lo, hi))
        if not low.isascii() and _CJK.search(low, lo, hi) is not None:
            out.extend(m.span() for m in self._zh.finditer(low, lo, hi))
            out.sort()
        return out


def split_by_script(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Split a pattern's top-level alternatives into (no-CJK, with-CJK) patterns.

    A window around an English trigger word then only runs the English half, and a
    window around a Chinese one only the Chinese half: each half is much cheaper per
    character than the whole alternation.
    """
    alternatives = top_alternatives(pattern.pattern)
    zh = [a for a in alternatives if _CJK.search(a)]
    en = [a for a in alternatives if not _CJK.search(a)]
    never = "(?!x)x"
    return re.compile("|".join(en) or never), re.compile("|".join(zh) or never)
