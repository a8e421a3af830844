"""The safety guard on held-out batches: per language, what it catches and what it wrongly touches.

    python bench/guard_heldout.py                      # every batch under bench/corpus/guard_batches
    python bench/guard_heldout.py PATH [PATH ...]      # batch folders and/or single batch files
    python bench/guard_heldout.py -v PATH              # also list each miss and false alarm (file:line)
    python bench/guard_heldout.py --official-domain example.com PATH   # the deployment's domains

Each folder given is one batch (its ``*.txt`` files); files given one by one form one batch
together. Nothing here needs changing to measure a new batch: write the files, pass the folder.

Batch files (UTF-8, one case per line; empty lines and lines starting with ``#`` are skipped;
a literal ``\\n`` inside a line is a line break inside that one message). The file name says
what the lines are and their language: ``<role>_<language>.txt``, e.g. ``secrets_zh.txt``
(any name part after the last ``_`` is the language tag the figures are grouped by; a name may
have more parts before it, ``secrets_wallets_en.txt``). Roles:

* ``secrets`` / ``ordinary`` / ``inbound`` - customer messages. A secret is written between
  ``⟦`` and ``⟧`` (U+27E6, U+27E7); a line may hold several. A line with a marked secret is a
  secret case: it counts as *fully redacted* only when every letter, digit and CJK character
  inside the markers is covered by a redaction (nothing of it would be stored). A line without
  markers is an ordinary message: it counts as *touched* when anything in it is redacted. Lines
  may start with a label, ``label|text`` (lower-case letters, digits, ``_``), used only to group
  the misses (``seed|``, ``password|``, ...).
* ``conversations`` - consecutive customer messages of one conversation, one per line; a blank
  line ends a conversation. Secrets are marked as above, and may be split over several messages
  (half a seed phrase in each): the guard sees each message with the earlier ones of the same
  conversation (``app.guard.scan_conversation``) and may redact earlier messages too. Each
  marked secret counts once, fully redacted only when all its parts are covered in the end.
* ``scams`` - agent replies the guard must refuse, ``code|text`` (the expected violation code,
  e.g. ``asks_password``) or just text. Counted as *blocked* when any violation is raised.
* ``replies`` - ordinary agent replies (including warnings that name a danger) that must pass.

  With a guard that has ``review_outbound`` (round 4), a reply is *blocked* when it is refused
  outright and *held* when it is held for the agent's review (not sent until the agent confirms);
  a second table gives the held figures, and "stopped" (blocked or held). Older guards: every
  ``check_outbound`` violation counts as blocked and nothing is held.
* ``links`` - customer messages with a link, ``flag|text`` (a look-alike of an official
  domain, to be flagged to the agent) or ``ok|text`` (must not be flagged).

Official domains default to ``exchange.example`` (the demo's); ``--official-domain`` replaces
them. Speed is the time of ``scan_inbound`` / ``check_outbound`` per message of the batch
(best of 3), mean and p99; "chat" is ``scan_conversation`` with the 6 messages before it, what the
server runs for a customer's chat message. Tests never assert on these figures; this only prints
them. A secret is never printed: a miss is listed by file and line, with what would have been stored
(the batch's own made-up secrets).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import app.guard as guard  # noqa: E402
from app.guard import LinkPolicy, check_outbound, scan_inbound  # noqa: E402

DEFAULT_BATCHES = ROOT / "bench" / "corpus" / "guard_batches"
OPEN, CLOSE = "\u27e6", "\u27e7"
LABEL = re.compile(r"^([a-z0-9_]+)\|(.*)$", re.S)
ROLES = ("secrets", "ordinary", "inbound", "conversations", "scams", "replies", "links")


# --- reading ------------------------------------------------------------------------------------


@dataclass
class Msg:
    """One customer message with its marked secret spans (in the unmarked text)."""

    where: str
    label: str
    text: str
    secrets: list[tuple[int, int]]


def parse_marked(raw: str, where: str) -> Msg:
    label = ""
    m = LABEL.match(raw)
    if m is not None:
        label, raw = m.group(1), m.group(2)
    raw = raw.replace("\\n", "\n")
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    start: int | None = None
    for ch in raw:
        if ch == OPEN:
            if start is not None:
                raise ValueError(f"{where}: nested {OPEN}")
            start = pos
        elif ch == CLOSE:
            if start is None:
                raise ValueError(f"{where}: {CLOSE} without {OPEN}")
            spans.append((start, pos))
            start = None
        else:
            out.append(ch)
            pos += 1
    if start is not None:
        raise ValueError(f"{where}: {OPEN} not closed")
    return Msg(where, label, "".join(out), spans)


def lines_of(path: Path) -> Iterable[tuple[int, str]]:
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield no, line


def conversations_of(path: Path) -> list[list[Msg]]:
    convs: list[list[Msg]] = [[]]
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            if convs[-1]:
                convs.append([])
            continue
        if line.lstrip().startswith("#"):
            continue
        convs[-1].append(parse_marked(line, f"{path.name}:{no}"))
    return [c for c in convs if c]


def role_lang(path: Path) -> tuple[str, str] | None:
    parts = path.stem.split("_")
    if len(parts) < 2 or parts[0] not in ROLES:
        return None
    return parts[0], parts[-1]


# --- measuring ----------------------------------------------------------------------------------


def significant(ch: str) -> bool:
    return ch.isalnum()  # letters, digits and CJK characters; not spaces or punctuation


def covered(text: str, secret: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    a, b = secret
    return all(any(s <= i < e for s, e in spans) for i in range(a, b) if significant(text[i]))


def stored_text(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """What would be stored: each redacted span replaced by a marker (for listing misses)."""
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            s = pos
        out.append(text[pos:s])
        out.append("[redacted]")
        pos = max(pos, e)
    out.append(text[pos:])
    return "".join(out)


class Tracker:
    """One message of a conversation: its original text and the original spans redacted so far.

    The guard sees the stored (already redacted) text of earlier messages, with the markers the
    server stores (``[redacted:<kind>]``, the kind of what was there); a redaction it asks for in a
    stored text is mapped back to the original here.
    """

    def __init__(self, msg: Msg) -> None:
        self.msg = msg
        self.spans: list[tuple[int, int]] = []
        self._kinds: list[str] = []  # the kind of each merged span
        self.stored = msg.text
        self._segments: list[tuple[int, int, int, int]] = []  # stored start/end -> original start/end

    def apply(self, result: object) -> None:
        """Record an ``InboundResult`` computed on ``self.stored``."""
        found = list(zip(self.spans, self._kinds, strict=True))
        for f in getattr(result, "findings", ()):
            span = (self._to_orig(f.start, end=False), self._to_orig(f.end, end=True))
            found.append((span, str(getattr(f, "kind", "seed_phrase"))))
        merged: list[tuple[int, int]] = []
        kinds: list[str] = []
        for (s, e), kind in sorted(found):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
                kinds.append(kind)
        self.spans, self._kinds = merged, kinds
        # the next look at this message is at its text as the server would store it
        out, segs, pos, cur = [], [], 0, 0
        for (s, e), kind in zip(merged, kinds, strict=True):
            mark = f"[redacted:{kind}]"
            out.append(self.msg.text[pos:s])
            cur += s - pos
            segs.append((cur, cur + len(mark), s, e))
            out.append(mark)
            cur += len(mark)
            pos = e
        out.append(self.msg.text[pos:])
        self.stored, self._segments = "".join(out), segs

    def _to_orig(self, pos: int, end: bool) -> int:
        shift = 0
        for cs, ce, os_, oe in self._segments:
            if pos < cs or (end and pos == cs):
                break
            if pos < ce or (end and pos == ce):  # inside a marker: the whole original span
                return oe if end else os_
            shift = oe - ce
        return pos + shift


def run_conversation(conv: list[Msg]) -> list[Tracker]:
    """Feed a conversation's messages one by one, as the server does."""
    scan_conversation: Callable[..., object] | None = getattr(guard, "scan_conversation", None)
    trackers: list[Tracker] = []
    for msg in conv:
        t = Tracker(msg)
        if scan_conversation is None:  # a guard without the conversation API: one message at a time
            t.apply(scan_inbound(msg.text))
        else:
            outcome = scan_conversation(msg.text, [x.stored for x in trackers])
            for earlier in getattr(outcome, "earlier", ()):
                trackers[earlier.index].apply(earlier.result)
            t.apply(outcome.current)
        trackers.append(t)
    return trackers


def micros(fn: Callable[[str], object], texts: Sequence[str]) -> list[float]:
    out: list[float] = []
    for text in texts:
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter_ns()
            fn(text)
            best = min(best, time.perf_counter_ns() - t0)
        out.append(best / 1000)
    return out


def chat_micros(texts: Sequence[str]) -> list[float]:
    """``scan_conversation`` per message with the 6 messages before it as the earlier ones (what the
    server runs for a chat message)."""
    scan_conversation: Callable[..., object] | None = getattr(guard, "scan_conversation", None)
    if scan_conversation is None:
        return []
    out: list[float] = []
    for i, text in enumerate(texts):
        earlier = list(texts[max(0, i - 6) : i])
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter_ns()
            scan_conversation(text, earlier)
            best = min(best, time.perf_counter_ns() - t0)
        out.append(best / 1000)
    return out


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


@dataclass
class LangFigures:
    secrets: list[tuple[str, bool, str]] = field(default_factory=list)  # (where/label, ok, stored)
    ordinary: list[tuple[str, bool, str]] = field(default_factory=list)
    split: list[tuple[str, bool, str]] = field(default_factory=list)
    scams: list[tuple[str, bool, str]] = field(default_factory=list)
    replies: list[tuple[str, bool, str]] = field(default_factory=list)
    links_flag: list[tuple[str, bool, str]] = field(default_factory=list)
    links_ok: list[tuple[str, bool, str]] = field(default_factory=list)
    scams_held: list[tuple[str, bool, str]] = field(default_factory=list)
    replies_held: list[tuple[str, bool, str]] = field(default_factory=list)
    inbound_texts: list[str] = field(default_factory=list)
    outbound_texts: list[str] = field(default_factory=list)


def link_flags(text: str, policy: LinkPolicy) -> list[str]:
    fn: Callable[..., Sequence[object]] | None = getattr(guard, "flag_links", None)
    if fn is None:
        return []
    return [str(getattr(f, "host", f)) for f in fn(text, policy)]


def review(text: str, policy: LinkPolicy) -> tuple[Sequence[object], Sequence[object]]:
    """(refused, held) for an agent's reply; a guard without ``review_outbound`` holds nothing."""
    fn: Callable[..., object] | None = getattr(guard, "review_outbound", None)
    if fn is None:
        return check_outbound(text, policy), ()
    outcome = fn(text, policy)
    return outcome.blocked, outcome.held  # type: ignore[attr-defined]


Items = list[tuple[str, bool, str]]


def stopped(blocked: Items, held: Items) -> Items:
    """Blocked or held, case by case."""
    return [(w, b or h, s) for (w, b, s), (_, h, _) in zip(blocked, held, strict=True)]


def measure(files: Sequence[Path], policy: LinkPolicy) -> dict[str, LangFigures]:
    figs: dict[str, LangFigures] = defaultdict(LangFigures)
    for path in files:
        rl = role_lang(path)
        if rl is None:
            print(f"  (skipped {path.name}: not <role>_<language>.txt with a role of {', '.join(ROLES)})")
            continue
        role, lang = rl
        f = figs[lang]
        if role in ("secrets", "ordinary", "inbound"):
            for no, line in lines_of(path):
                msg = parse_marked(line, f"{path.name}:{no}")
                f.inbound_texts.append(msg.text)
                result = scan_inbound(msg.text)
                spans = [(x.start, x.end) for x in result.findings]
                where = f"{msg.where} {msg.label}".strip()
                if msg.secrets:
                    for s in msg.secrets:
                        f.secrets.append((where, covered(msg.text, s, spans), result.text))
                else:
                    f.ordinary.append((where, bool(spans), result.text))
        elif role == "conversations":
            for conv in conversations_of(path):
                trackers = run_conversation(conv)
                f.inbound_texts.extend(m.text for m in conv)
                # a secret may be split over messages: group marked spans by the conversation
                ok_all = True
                any_secret = False
                for t in trackers:
                    where = f"{t.msg.where} {t.msg.label}".strip()
                    if t.msg.secrets:
                        any_secret = True
                        for s in t.msg.secrets:
                            ok = covered(t.msg.text, s, t.spans)
                            ok_all = ok_all and ok
                            f.secrets.append((where, ok, stored_text(t.msg.text, t.spans)))
                    else:
                        f.ordinary.append((where, bool(t.spans), stored_text(t.msg.text, t.spans)))
                if any_secret:
                    f.split.append((conv[0].where, ok_all, " / ".join(t.stored for t in trackers)))
        elif role in ("scams", "replies"):
            for no, line in lines_of(path):
                m = LABEL.match(line)
                text = (m.group(2) if m and role == "scams" else line).replace("\\n", "\n")
                f.outbound_texts.append(text)
                found, held = review(text, policy)
                codes = ",".join(v.code for v in found)
                target = f.scams if role == "scams" else f.replies
                target.append((f"{path.name}:{no}", bool(found), codes + " " + text[:100]))
                held_codes = "held:" + ",".join(v.code for v in held)
                target = f.scams_held if role == "scams" else f.replies_held
                target.append((f"{path.name}:{no}", bool(held), held_codes + " " + text[:100]))
        elif role == "links":
            for no, line in lines_of(path):
                m = LABEL.match(line)
                if m is None or m.group(1) not in ("flag", "ok"):
                    raise ValueError(f"{path.name}:{no}: a links line starts with flag| or ok|")
                text = m.group(2).replace("\\n", "\n")
                f.inbound_texts.append(text)
                hosts = link_flags(text, policy)
                target = f.links_flag if m.group(1) == "flag" else f.links_ok
                target.append((f"{path.name}:{no}", bool(hosts), ",".join(hosts) + " " + text[:100]))
    return figs


def rate(items: list[tuple[str, bool, str]]) -> str:
    if not items:
        return "-"
    k = sum(ok for _, ok, _ in items)
    return f"{k}/{len(items)} = {k / len(items):.1%}"


def report(name: str, figs: dict[str, LangFigures], verbose: bool) -> None:
    print(f"\n### {name}\n")
    print("| lang | secrets fully redacted | ordinary touched | split seeds | scams blocked "
          "| safe replies blocked | phishing links flagged | ok links flagged | inbound µs mean/p99 "
          "| chat µs mean/p99 | outbound µs mean/p99 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for lang in sorted(figs):
        f = figs[lang]
        tin = micros(scan_inbound, f.inbound_texts) if f.inbound_texts else []
        tout = micros(check_outbound, f.outbound_texts) if f.outbound_texts else []
        speed_in = f"{statistics.mean(tin):.0f} / {p99(tin):.0f}" if tin else "-"
        speed_out = f"{statistics.mean(tout):.0f} / {p99(tout):.0f}" if tout else "-"
        tchat = chat_micros(f.inbound_texts)
        speed_chat = f"{statistics.mean(tchat):.0f} / {p99(tchat):.0f}" if tchat else "-"
        print(f"| {lang} | {rate(f.secrets)} | {rate(f.ordinary)} | {rate(f.split)} | {rate(f.scams)} "
              f"| {rate(f.replies)} | {rate(f.links_flag)} | {rate(f.links_ok)} | {speed_in} | {speed_chat} "
              f"| {speed_out} |")
    if any(held for f in figs.values() for _, held, _ in f.scams_held + f.replies_held):
        print("\n| lang | scams held for review | scams stopped (blocked or held) | safe replies held "
              "| safe replies stopped (blocked or held) |")
        print("|---|---|---|---|---|")
        for lang in sorted(figs):
            f = figs[lang]
            print(f"| {lang} | {rate(f.scams_held)} | {rate(stopped(f.scams, f.scams_held))} "
                  f"| {rate(f.replies_held)} | {rate(stopped(f.replies, f.replies_held))} |")
    if not verbose:
        return
    for lang in sorted(figs):
        f = figs[lang]
        for where, held, shown in f.scams_held + f.replies_held:
            if held:
                print(f"  [{lang}] held for review: {where}: {shown[:160]!r}")
        for title, items, bad in (
            ("secret not fully redacted", f.secrets, False),
            ("ordinary message touched", f.ordinary, True),
            ("scam neither blocked nor held", stopped(f.scams, f.scams_held), False),
            ("safe reply blocked", f.replies, True),
            ("phishing link not flagged", f.links_flag, False),
            ("ok link flagged", f.links_ok, True),
        ):
            for where, ok, shown in items:
                if ok == bad:
                    print(f"  [{lang}] {title}: {where}: {shown[:160]!r}")


def batches(paths: Sequence[str]) -> list[tuple[str, list[Path]]]:
    if not paths:
        folders = sorted(p for p in DEFAULT_BATCHES.iterdir() if p.is_dir())
        return [(p.name, sorted(p.glob("*.txt"))) for p in folders]
    out: list[tuple[str, list[Path]]] = []
    loose: list[Path] = []
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            out.append((p.name, sorted(p.glob("*.txt"))))
        elif p.is_file():
            loose.append(p)
        else:
            raise SystemExit(f"no such batch file or folder: {arg}")
    if loose:
        out.append(("files", loose))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--official-domain", action="append", default=None)
    args = ap.parse_args(argv)
    policy = LinkPolicy(frozenset(args.official_domain or ["exchange.example"]))
    for name, files in batches(args.paths):
        report(name, measure(files, policy), args.verbose)
    print(f"\n(python {sys.version.split()[0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
