"""Cut the quoted history and the signature off an inbound mail's plain text (pure, no I/O).

A customer's reply carries the whole thread below it ("On … wrote:" and ``>`` lines, Outlook's
``-----Original Message-----`` or ``From:``/``Sent:`` header block, Chinese clients' ``在 … 写道：``,
``-----原始邮件-----`` and ``发件人:``). Stored as is, agents reread the same text in every message and
the safety guard scans (and redacts) stale text again. Only *trailing* history is cut:

- an inline reply (answers between quoted lines) is kept: the quotes give the answers their meaning;
- forwarded mail (``Forwarded message``, ``Begin forwarded message:``, ``转发的邮件``, a header block
  whose subject is not a reply's) is new material for the desk — often the phishing mail being
  reported — so nothing from its marker down is cut;
- when cutting would leave nothing (a body that is only a quote), the original text is kept.

Markers are matched after leading whitespace, on text whose line ends are normalised to ``\\n``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

MAX_SIGNATURE_LINES = 15  # a longer tail after "-- " is more likely content than a signature
_MAX_MARKER_CHARS = 400  # attribution and separator lines are short; no regexes over a novel

_ATTRIBUTION_END = re.compile(r"(?:\bwrote|写道)\s*[:：]$", re.IGNORECASE)
# How an attribution starts when the client wrapped it over lines (Gmail wraps at ~78 columns):
# "On <date>, <name> <address>" / "在 <date>，<name>" / "<name> 于2026年11月3日周二".
_ATTRIBUTION_START = re.compile(r"^(?:On\s|在)|于\s*\d{4}\s*年", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?。！？]$")
_REPLY_SEPARATOR = re.compile(r"^-{2,}\s*(?:Original(?: Message)?|原始邮件|邮件原件)\s*-{2,}$", re.IGNORECASE)
_RULE = re.compile(r"^_{10,}$")  # Outlook's line above its header block
_FORWARD_MARKER = re.compile(
    r"^-{2,}\s*(?:Forwarded message|转发的?(?:邮件|消息)(?:信息)?)\s*-{2,}$"
    r"|^Begin forwarded message\s*:$",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"^\*?(From|Sent|Date|To|Cc|Subject|发件人|发送时间|时间|日期|收件人|抄送|主题)\*?\s*[:：]\s*(.*)$",
    re.IGNORECASE,
)
_TIME_HEADERS = frozenset({"sent", "date", "发送时间", "时间", "日期"})
_SUBJECT_HEADERS = frozenset({"subject", "主题"})
_REPLY_SUBJECT = re.compile(r"^(?:re|aw|回复|答复)\s*[:：]", re.IGNORECASE)
_MOBILE_FOOTER = re.compile(
    r"^(?:Sent from my \S.*|Get Outlook for \S.*|(?:发自|来自)我的\S.*|从我的\S.*发送)$", re.IGNORECASE
)


class Split(NamedTuple):
    text: str  # the new text; the original (line ends normalised) when nothing was cut
    quoted: bool  # quoted history was found and cut off (a signature alone does not count)


def _quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _blank(line: str) -> bool:
    return not line.strip()


def _header_block(lines: list[str], i: int) -> str | None:
    """``"reply"`` or ``"other"`` when a From:/发件人: header block starts at ``i``, else ``None``.

    A block needs a time and a subject line (Outlook, QQ Mail, Apple Mail and Gmail all write
    both), so a customer's "From: wallet A / To: wallet B" is not mistaken for one. Only a reply's
    subject ("RE:", "回复：") marks history; any other block may be a mail the customer pasted in.
    """
    first = _HEADER.match(lines[i].strip())
    if first is None or first.group(1).lower() not in ("from", "发件人"):
        return None
    names: set[str] = set()
    subject = ""
    for line in lines[i + 1 : i + 8]:
        match = _HEADER.match(line.strip())
        if match is None:
            break
        name = match.group(1).lower()
        names.add(name)
        if name in _SUBJECT_HEADERS:
            subject = match.group(2).strip()
    if not (names & _TIME_HEADERS and names & _SUBJECT_HEADERS):
        return None
    return "reply" if _REPLY_SUBJECT.match(subject) else "other"


def _marker_cut(lines: list[str]) -> tuple[int | None, int]:
    """The first reply-history marker (Outlook/QQ style), and the line forwarded content starts at."""
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line or len(line) > _MAX_MARKER_CHARS or line.startswith(">"):
            continue
        if _FORWARD_MARKER.match(line):
            return None, i
        if _REPLY_SEPARATOR.match(line):
            return i, len(lines)
        if _RULE.match(line):
            after = next((j for j in range(i + 1, len(lines)) if not _blank(lines[j])), None)
            if after is not None and _header_block(lines, after) is not None:
                return i, len(lines)  # Outlook writes this rule only above the history
            continue
        block = _header_block(lines, i)
        if block == "reply":
            return i, len(lines)
        if block == "other":
            return None, i
    return None, len(lines)


def _attribution(lines: list[str], end: int) -> int | None:
    """Where an "On … wrote:" / "在 … 写道：" line (possibly wrapped) that ends at ``end`` starts."""
    last = lines[end].strip()
    if len(last) > _MAX_MARKER_CHARS or not _ATTRIBUTION_END.search(last):
        return None
    group: list[str] = []
    for start in range(end, max(end - 3, -1), -1):
        line = lines[start].strip()
        if not line or line.startswith(">") or len(line) > _MAX_MARKER_CHARS:
            break
        if group and _SENTENCE_END.search(line):
            break  # the customer's own sentence just above the attribution
        group.insert(0, line)
        if _ATTRIBUTION_START.search(line):
            return start
    if re.search(r"[@\d]", last):
        return end  # "support@exchange.example wrote:", "2026-11-03 10:00 Support 写道："
    return None


def _tail_cut(lines: list[str]) -> int | None:
    """Where the trailing run of ``>`` lines (with its attribution line, if any) starts."""
    start = len(lines)
    while start > 0 and (_blank(lines[start - 1]) or _quoted(lines[start - 1])):
        start -= 1
    if not any(_quoted(line) for line in lines[start:]):
        return None
    before = start - 1
    while before >= 0 and _blank(lines[before]):
        before -= 1
    found = _attribution(lines, before) if before >= 0 else None
    return found if found is not None else start


def _signature_cut(lines: list[str]) -> int | None:
    """The last "-- " line above a short signature, or a mobile client's "Sent from my …" line."""
    for i in range(len(lines) - 1, 0, -1):
        if lines[i].strip() == "--":
            tail = [t for t in lines[i + 1 :] if not _blank(t)]
            return i if len(tail) <= MAX_SIGNATURE_LINES else None
    last = len(lines) - 1
    while last >= 0 and _blank(lines[last]):
        last -= 1
    if last > 0 and _MOBILE_FOOTER.match(lines[last].strip()):
        return last
    return None


def split_quoted(text: str) -> Split:
    """The new text of a reply and whether quoted history was cut off (see the module docstring)."""
    original = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = original.split("\n")
    quoted = signed = False
    for _ in range(8):  # one layer a round: a quote, the signature above it, a quote above that…
        marker, forward_at = _marker_cut(lines)
        tail = _tail_cut(lines) if forward_at == len(lines) else None
        cuts = [c for c in (marker, tail) if c is not None]
        if cuts:
            lines, quoted = lines[: min(cuts)], True
            continue
        no_signature = signed or forward_at < len(lines)  # never cut into forwarded content
        signature = None if no_signature else _signature_cut(lines)
        if signature is None:
            break
        lines, signed = lines[:signature], True
    kept = "\n".join(lines).rstrip()
    if not kept.strip() or kept == original.rstrip():
        return Split(original, False)
    return Split(kept, quoted)
