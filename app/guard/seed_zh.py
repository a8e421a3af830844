"""Chinese BIP39 phrases (Simplified, and Traditional folded to Simplified) in free text.

The list holds 2048 very common characters, so runs of wordlist characters are ordinary prose,
and Chinese typed with a space between characters ("我 的 账 户 被 冻 结 了") looks exactly like a
spaced-out phrase. What tells them apart:

* Frequency. The Simplified list is ordered by character frequency: prose concentrates on low
  indices, a mnemonic is uniform over 0..2047. ``looks_random`` is a per-character
  log-likelihood ratio (uniform vs. a Zipf-like prose model): at the strict threshold ~4% of
  12-character prose windows pass and ~2% of mnemonics fail; at the loose one ~10% / ~0.5%.
* The checksum (4 bits for 12 words, a 1/16 chance for prose), as confidence.
* A context word (助记词, seed, ...) right before the run.

A run of single characters separated by spaces, commas or numbering is a phrase when it looks
random at the strict threshold, or at the loose one with a valid checksum or a context word in
the message; numbered 1, 2, 3, … it needs only the checksum. One character outside the list (a
mistyped word) may sit in such a run.

Written run together, or in chunks (rows of three or four from a notes app, pairs, dictation that
puts commas at random: "穗稻林蓄 眉史通姆乐。玄爷堆"), the characters form a run with separators
between chunks:

* after a context word (助记词, and the homophones dictation gives: 注记词, 主记词), the phrase is
  the longest prefix of a valid length with a valid checksum (in chunks of several characters it
  must also pass the loose test: chunks between commas are also how prose after 助记词 looks);
  run together, the loose test alone still does for the whole run; a list after the word
  ("助记词、密码或验证码") introduces nothing;
* without one, a window of whole chunks of a valid length with a valid checksum: equal chunks of
  two to four characters between spaces or line breaks (copied from paper) need nothing else;
  other windows need the strict test, or the loose one with a context word within 40 characters
  ("… 這是我的注記詞"); a chunk of more than six characters is prose and no window crosses it;
* a stretch of exactly a valid length run together between non-Chinese characters, all wordlist
  characters, strictly random, with a valid checksum.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import Final, NamedTuple

from .textutil import ascii_lower
from .wordlists import CHINESE, VALID_LENGTHS, checksum_ok, chinese_chars, word_index

MIN_WORDS: Final = 12
CJK: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# quotes: a JSON array ["朵", "秦", …]; middle dots: 庄·钟·… (round 4)
_SEP = r"[\s,，、;；.。:：|/\\\-_#*()（）\[\]【】0-9\"'“”‘’「」·・•‧∙⋅]"
_ANY_CJK = re.compile(f"[{CJK}]")
# the first character may end a word ("助记词是俄 鲁 瓷 ..."), the others stand alone
_SEPARATED = re.compile(rf"[{CJK}](?:{_SEP}{{1,8}}[{CJK}](?![{CJK}]))+")
CONTEXT = re.compile(
    # [助注住主]记[词次]: the homophones an input method or dictation gives for 助记词 (注记词, 主记词)
    r"[助注住主]记[词次]|助记|恢复短语|恢复词|复原短语|复原词|还原短语|种子短语|种子词|备份短语|钱包短语|备份词|私钥|密钥"
    r"|mnemonic|seed|recovery\s+phrase|secret\s+phrase"  # matched on ASCII-lower-cased text
)
_LISTING = re.compile(r"\s*(?:、|和|或|及|与|以及|或者|还有|跟|/)")
_LEAD_FILLER = re.compile(r"(?:是|为|如下|就是|[:：\s])+")
_CONNECTOR = re.compile(r"[\s:：,，]*(?:是|为|如下|就是)?[\s:：,，]*")
_ZIPF_K: Final = 50
STRICT: Final = -0.1
LOOSE: Final = -0.25
_MIN_DISTINCT_RATIO: Final = 0.75
_MAX_CHUNK: Final = 6
_CHUNK = re.compile(f"[{CJK}]+")
# two chunks or more of at most six characters, with separators between them
_SHORT_CHUNKS = re.compile(rf"(?<![{CJK}])[{CJK}]{{1,6}}(?:{_SEP}{{1,4}}[{CJK}]{{1,6}}(?![{CJK}])){{1,}}")
_CONTEXT_GAP: Final = 12
# 12 to 24 Chinese characters between non-Chinese ones (possessive: a longer run fails at once);
# the length is checked against the valid ones after the match
_PLAIN_PHRASE = re.compile(rf"(?<![{CJK}])[{CJK}]{{12,24}}+(?![{CJK}])")
_CONTEXT_NEAR: Final = 40


class ZhRun(NamedTuple):
    start: int
    end: int
    chars: tuple[str, ...]  # wordlist characters of the run, in order
    unknown: int  # characters of the run outside the list


@cache
def _contiguous() -> re.Pattern[str]:
    """Runs of wordlist characters, run together or in chunks ("拔勘捐园\\n吏乔塘家", "肉函 观刘",
    "穗稻林蓄 眉史通姆乐。玄爷堆": dictation) with at most a few separators between chunks."""
    w = f"[{re.escape(chinese_chars())}]"
    return re.compile(f"{w}(?:{_SEP}{{0,4}}{w})*")


@cache
def _llr() -> dict[str, float]:
    """Per-character log(P_uniform / P_prose) for the frequency-ordered list."""
    norm = sum(1.0 / (rank + _ZIPF_K) for rank in range(2048))
    return {ch: math.log((rank + _ZIPF_K) * norm / 2048) for ch, rank in word_index(CHINESE).items()}


def looks_random(chars: Sequence[str], threshold: float = STRICT) -> bool:
    """Is this run of wordlist characters more like a mnemonic than prose?"""
    llr = _llr()
    return bool(chars) and sum(llr[c] for c in chars) / len(chars) >= threshold


def has_checksum(chars: Sequence[str]) -> bool:
    n = len(chars)
    return any(checksum_ok(chars[s : s + k], CHINESE) for k in VALID_LENGTHS for s in range(0, n - k + 1))


def separated_runs(text: str, min_words: int = MIN_WORDS) -> list[ZhRun]:
    """Runs of single CJK characters between separators, at most one outside the list."""
    index = word_index(CHINESE)
    out: list[ZhRun] = []
    for m in _SEPARATED.finditer(text):
        chars = [c for c in m.group() if "\u3400" <= c <= "\ufaff"]
        known = tuple(c for c in chars if c in index)
        unknown = len(chars) - len(known)
        if len(chars) >= min_words and unknown <= (1 if len(chars) >= MIN_WORDS else 0):
            out.append(ZhRun(m.start(), m.end(), known, unknown))
    return out


def context_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in CONTEXT.finditer(ascii_lower(text))]


def _introduced_at(text: str, start: int, end: int, ctx: list[tuple[int, int]]) -> int | None:
    """Where the phrase starts if a context word introduces this run, else None.

    The context word must sit right before the run ("助记词：...") or inside it ("我的助记词是的一
    是在..." is one run because 我/的/助/记/词/是 are all wordlist characters).
    """
    first_inside = bisect_left(ctx, (start, -1))
    last_inside = first_inside - 1
    while last_inside + 1 < len(ctx) and ctx[last_inside + 1][1] <= end:
        last_inside += 1
    if last_inside >= first_inside:
        inside_end = ctx[last_inside][1]
        if _LISTING.match(text, inside_end):
            return None  # "不要把助记词、密码或验证码给…": a list of things, not the phrase
        lead = _LEAD_FILLER.match(text, inside_end, end)
        return lead.end() if lead else inside_end
    if first_inside > 0:
        before_end = ctx[first_inside - 1][1]
        if before_end <= start and _CONNECTOR.fullmatch(text, before_end, start):
            return start
    return None


def _repetitive(chars: Sequence[str]) -> bool:
    n = len(chars)
    return n < 48 and len(set(chars)) < _MIN_DISTINCT_RATIO * n


def _run_together(text: str, a: int, b: int, ctx: list[tuple[int, int]]) -> tuple[int, int, bool] | None:
    """A phrase written without a separator between its characters, or in chunks (the run
    ``text[a:b]`` of ``_contiguous``).

    * Introduced by a context word (before it or inside the run: "我的助记词是穗稻林蓄 …"): the
      phrase starts after the word; the longest prefix of a valid length with a valid checksum is
      the phrase, else the whole run if it looks random at the loose threshold.
    * A run without separators: the whole run, of a valid length with a valid checksum, strictly
      random (as before).
    * In chunks, without an introducing word: a window of whole chunks of a valid length with a
      valid checksum, which looks random strictly, or loosely when a context word is elsewhere in
      the message ("… 這是我的注記詞") or the chunks are all of one size (rows of three, pairs).
      A chunk longer than six characters is prose and no window crosses it, so ordinary Chinese
      (clauses between commas) is dismissed chunk by chunk without any checksum.
    """
    if ctx:
        phrase_start = _introduced_at(text, a, b, ctx)
        if phrase_start is not None:
            # the chunks after the context word, up to the longest phrase (a long run of prose
            # after it is not enumerated)
            after: list[tuple[int, int]] = []
            count = 0
            for c in _CHUNK.finditer(text, phrase_start, b):
                after.append(c.span())
                count += c.end() - c.start()
                if count >= VALID_LENGTHS[-1]:
                    break
            positions = [p for s, e in after for p in range(s, e)][: VALID_LENGTHS[-1]]
            if len(positions) >= MIN_WORDS:
                whole = after[-1][1] == b
                return _introduced(text, positions, after, whole)
            b = phrase_start  # the context word closes the run ("… 這是我的注記詞"): the phrase is before it
    if b - a < MIN_WORDS:
        return None
    if _CHUNK.fullmatch(text, a, b):  # one chunk, run together
        word = text[a:b]
        if b - a in VALID_LENGTHS and looks_random(word) and checksum_ok(word, CHINESE):
            return a, b, True
        return None
    # stretches of short chunks (a chunk of more than six characters is prose, no window crosses it)
    for m in _SHORT_CHUNKS.finditer(text, a, b):
        segment = [c.span() for c in _CHUNK.finditer(text, m.start(), m.end())]
        if sum(e - s for s, e in segment) >= MIN_WORDS:
            hit = _chunk_window(text, segment, ctx)
            if hit is not None:
                return hit
    return None


def _introduced(
    text: str, positions: list[int], chunks: list[tuple[int, int]], whole: bool
) -> tuple[int, int, bool] | None:
    """The phrase right after a context word. Only windows anchored there count (over a long prose
    run some window passes 4 bits by chance). Run together (one chunk) or as single characters, the
    checksum of such a window decides, or the loose randomness test for the whole run (as before);
    in chunks of several characters (dictation: "穗稻林蓄 眉史通姆乐。玄爷堆") the window must pass
    both, since chunks with commas between are also how prose after "助记词" looks."""
    chars = [text[p] for p in positions]
    for n in reversed(VALID_LENGTHS):
        if len(chars) < n or not checksum_ok(chars[:n], CHINESE):
            continue
        last = positions[n - 1]
        covered = [e - s for s, e in chunks if s <= last]  # the chunks the window reaches into
        plain = len(covered) == 1 or set(covered) == {1}
        if plain or looks_random(chars[:n], LOOSE):
            return positions[0], last + 1, True
    if len(chunks) == 1 and whole and looks_random(chars, LOOSE):
        return positions[0], chunks[-1][1], False
    return None


def _spaced_only(text: str, chunks: list[tuple[int, int]]) -> bool:
    """Are the chunks separated by nothing but spaces and line breaks?"""
    return all(text[e:s2].isspace() for (_, e), (s2, _) in pairwise(chunks))


_SPACED_NEXT = re.compile(rf"[^\S\n]+([{CJK}]+)")


def _whole_spaced_run(text: str, chunks: list[tuple[int, int]], a: int, k: int) -> bool:
    """Is ``chunks[a:k]`` not followed, after spaces alone, by Chinese words of other sizes? (guard16fp)

    A phrase copied from paper is rows of one size; Chinese prose with a space between words (a
    list of symptoms, "白屏 闪退 卡顿 … 网络 异常 请 稍后 再 试") runs on in words of other sizes:
    two or more words after the window, one of another size. (A label before the rows, "钱包备份 …",
    is how a phrase is introduced: only what follows is read.)"""
    size = chunks[a][1] - chunks[a][0]
    pos = chunks[k - 1][1]
    words = other = 0
    while (m := _SPACED_NEXT.match(text, pos)) is not None:
        words += 1
        other += m.end() - m.start(1) != size
        pos = m.end()
    return words < 2 or other == 0


# Sentence punctuation between uneven chunks is how prose and screens read ("请求超时，请稍后再试。
# 错误码"), not how a phrase is copied; only a word naming the phrase nearby makes such a window count.
_SENTENCE_END = re.compile(r"[。！？：；!?:;]")


def _chunk_window(
    text: str, chunks: list[tuple[int, int]], ctx: list[tuple[int, int]]
) -> tuple[int, int, bool] | None:
    """A window of whole chunks of a valid length and checksum (see ``_run_together``). Single
    characters between separators are ``separated_runs``'s: a window of only those is skipped."""
    if all(e - s == 1 for s, e in chunks):
        return None
    chars = "".join(text[s:e] for s, e in chunks)
    llr = _llr()
    prefix = [0.0]
    for ch in chars:
        prefix.append(prefix[-1] + llr[ch])
    bounds = [0]
    for s, e in chunks:
        bounds.append(bounds[-1] + e - s)
    index = {b: k for k, b in enumerate(bounds)}
    # (not rows, start chunk, end chunk, length, words: equal chunks inside a spaced run of other sizes)
    windows: list[tuple[bool, int, int, int, bool]] = []
    for a in range(len(chunks)):
        for n in reversed(VALID_LENGTHS):
            k = index.get(bounds[a] + n)
            if k is not None:
                sizes = {e - s for s, e in chunks[a:k]}
                if sizes != {1}:
                    even = len(sizes) == 1 and next(iter(sizes)) in (2, 3, 4)
                    spaced = even and _spaced_only(text, chunks[a:k])
                    rows = spaced and _whole_spaced_run(text, chunks, a, k)
                    windows.append((not rows, a, k, n, spaced and not rows))
    # rows or pairs of one size between spaces or line breaks first (as a phrase is copied from
    # paper: the checksum alone, since prose is not written in equal chunks between spaces; between
    # commas or digits it is: "我的密码14位带符号，还说太弱"); then others, with the loose test near a
    # context word ("… 這是我的注記詞") and the strict one elsewhere
    for mixed, a, k, n, words in sorted(windows):
        lo, hi = chunks[a][0], chunks[k - 1][1]
        if mixed:
            context = any(ca < hi + _CONTEXT_NEAR and cb > lo - _CONTEXT_NEAR for ca, cb in ctx)
            if words and not context:
                continue  # Chinese words with spaces between, nothing naming a phrase: prose (guard16fp)
            if (prefix[bounds[k]] - prefix[bounds[a]]) / n < (LOOSE if context else STRICT):
                continue  # the cheap test first
            if not context and _SENTENCE_END.search(text, lo, hi):
                continue  # uneven chunks across a sentence's end, nothing naming a phrase: prose
        if checksum_ok(chars[bounds[a] : bounds[k]], CHINESE):
            return lo, hi, True
    return None


_NUMBER = re.compile(r"\d{1,2}")


def _numbered(text: str, run: ZhRun) -> bool:
    """Are the run's characters numbered 1, 2, 3, … in order?"""
    numbers = [int(m.group()) for m in _NUMBER.finditer(text, run.start, run.end)]
    if len(numbers) < len(run.chars) - 1:
        return False
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _without_lead_in(text: str, run: ZhRun) -> ZhRun:
    """The run without its first character when that one ends the lead-in's word ("我填的是 熙，能，…"
    has 是 for a first character) and the rest is a phrase's length; the run as it is otherwise
    ("助记词是俄 鲁 瓷 …": there 俄 is the phrase's first word, and the lengths say so)."""
    n = len(run.chars)
    glued = run.start > 0 and _ANY_CJK.match(text, run.start - 1) is not None
    if not glued or run.unknown or n - 1 not in VALID_LENGTHS or n in VALID_LENGTHS:
        return run
    nxt = _ANY_CJK.search(text, run.start + 1, run.end)
    return run if nxt is None else ZhRun(nxt.start(), run.end, run.chars[1:], 0)


# Ordinal wrappers around each word ("第1个二 第2个浇 …", "第十二个：赤"): numbering, blanked out
# (same length) before the runs are looked for.
_ORDINAL = re.compile(r"第\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个|位|词|字)?\s*[:：.、]?")


def find_chinese(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, checksum valid) of every Chinese phrase; see the module docstring."""
    if text.isascii() or _ANY_CJK.search(text) is None:
        return []
    if "第" in text:
        text = _ORDINAL.sub(lambda m: " " * len(m.group()), text)
    hits: list[tuple[int, int, bool]] = []
    ctx: list[tuple[int, int]] | None = None
    for whole in separated_runs(text):
        run = _without_lead_in(text, whole)
        if _repetitive(run.chars):
            continue
        if looks_random(run.chars):
            hits.append((run.start, run.end, has_checksum(run.chars)))
            continue
        if not looks_random(run.chars, LOOSE):
            # single characters numbered 1, 2, 3, …: a written-down phrase whatever its characters
            # (a few real phrases fail even the loose test), never prose
            if _numbered(text, run) and has_checksum(run.chars):
                hits.append((run.start, run.end, True))
            continue  # the cheap test first: a checksum over every window costs more
        if ctx is None:
            ctx = context_spans(text)
        valid = has_checksum(run.chars)
        if valid or ctx:
            hits.append((run.start, run.end, valid))
    for m in _contiguous().finditer(text):
        a, b = m.span()
        if b - a < MIN_WORDS:
            continue
        if ctx is None:
            ctx = context_spans(text)
        # Most runs are prose: one clause with no separator, of no valid length, or clauses longer
        # than a chunk. Only a run near a context word, run together at a valid length, or with a
        # stretch of short chunks is looked at character by character.
        i = bisect_left(ctx, (b + 1, -1)) - 1  # the last context word starting before the run ends
        near_context = i >= 0 and ctx[i][1] >= a - _CONTEXT_GAP
        if not near_context and (m.group().isalpha() or _SHORT_CHUNKS.search(text, a, b) is None):
            continue  # one chunk (the plain rule below) or clauses: prose
        hit = _run_together(text, a, b, ctx)
        if hit is not None:
            hits.append(hit)
    # run together, no context: exactly a phrase's length between non-Chinese characters ("减评炉长…舍
    # 这个是我手机备忘录里的"), all wordlist characters, strictly random, checksum valid
    index = word_index(CHINESE)
    for m in _PLAIN_PHRASE.finditer(text):
        word = m.group()
        if len(word) not in VALID_LENGTHS or not all(c in index for c in word):
            continue
        if looks_random(word) and checksum_ok(word, CHINESE):
            hits.append((m.start(), m.end(), True))
    if hits and not (ctx if ctx is not None else context_spans(text)):
        hits = [h for h in hits if not _repeats_a_pair(text, h[0], h[1])]
    return hits


def _repeats_a_pair(text: str, start: int, end: int) -> bool:
    """Two neighbouring characters that come back later in the same stretch ("邮箱验证码 请输入6位
    验证码": 验证 twice). Twelve random words repeat a pair in fewer than one phrase in 10,000; a form's
    label and its placeholder, or any prose about one thing, do it all the time. Only used without
    a context word, so a phrase pasted twice after 助记词 is still found."""
    chars = _ANY_CJK.findall(text, start, end)
    pairs = list(pairwise(chars))
    return len(set(pairs)) < len(pairs)
