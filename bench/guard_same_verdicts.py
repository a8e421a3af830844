"""Proof that a speed-only change to the guard left every verdict as it was.

    python bench/guard_same_verdicts.py                 # this worktree against a01421a
    python bench/guard_same_verdicts.py --peer REV      # against any git revision holding app/guard

A speed change must not change what is redacted, refused or held, and a benchmark cannot show
that. This runs the peer's ``app/guard`` (``git archive`` of ``app/__init__.py`` and ``app/guard``
into a temporary folder) and this worktree's, each in its own subprocess, over EVERY line of every
corpus file under ``bench/corpus/`` (every batch, every role, templates and sources included; a
line is also read as the batches' loaders read it when that differs: ``label|`` prefix dropped,
``\\n`` unescaped, the ⟦ ⟧ marks removed), and compares the full results as ``repr``:

- ``scan_inbound(line)``: the redacted text and every finding (kind, severity, span);
- ``scan_conversation(line, earlier)`` with the 6 lines before it in the same file as the earlier
  messages (raw), and again with them as stored (each earlier line as ``scan_inbound`` redacted it);
- ``check_outbound(line)``: the refusal codes and spans;
- ``review_outbound(line)``: refusals and holds (the outbound classifier included).

Session 10: after the corpus, a few generated long messages (``stress_lines``: 2,000 characters of
digit or hex groups, code labels among numbers, long unbroken tokens) that drive the window and
hint loops the corpus' short lines barely reach.

Prints the number of lines and calls compared and every difference; exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "corpus"
OPEN, CLOSE = "\u27e6", "\u27e7"
EARLIER = 6


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix not in {".py", ".md"})


def loader_form(line: str) -> str:
    """The line as the batch loaders (bench/guard_speed.py, guard_heldout.py) read it."""
    head, sep, rest = line.partition("|")
    if sep and head.replace("_", "").isalnum() and head.islower():
        line = rest
    return line.replace("\\n", "\n").replace(OPEN, "").replace(CLOSE, "")


def file_lines(path: Path) -> list[str]:
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        out.append(line)
        other = loader_form(line)
        if other != line:
            out.append(other)
    return out


def stress_lines() -> list[str]:
    """Long generated messages (fixed seed): digit and hex groups with every separator the grouped-key
    and code rules read, numbers among code labels, tokens without spaces."""
    rnd = random.Random(16)
    out: list[str] = []
    for width in (2, 3, 4, 6, 8):
        for sep in (" ", "-", ":", "\n", ", "):
            out.append(sep.join(f"{rnd.randrange(10**width):0{width}d}" for _ in range(700))[:2000])
    out.append(" ".join(f"{rnd.getrandbits(16):04x}" for _ in range(400))[:2000])
    out.append(" ".join(rnd.choice(["code", "otp", "验证码", "pin", "sms"]) + f" {rnd.randrange(10**6):06d}"
                        for _ in range(200))[:2000])
    words = ["code", "12 34", "56-78", "my password is", "9"]
    out.append(" ".join(rnd.choice(words) for _ in range(400))[:2000])
    out.append("".join(rnd.choice("abcdef0123456789") for _ in range(2000)))
    out.append("x".join(f"{rnd.randrange(10**4):04d}" for _ in range(400))[:2000])
    # Chinese without spaces: many redactions in one long message (the later passes' windows)
    out.append("".join(f"验证码{rnd.randrange(10**6):06d}，" for _ in range(200))[:2000])
    out.append("".join(f"我的密码是Abc{rnd.randrange(10**5)}!好的" for _ in range(120))[:2000])
    return out


def all_lines() -> list[tuple[str, str]]:
    """(source, line) for every line compared: the corpus files', then ``stress_lines``."""
    lines = [(str(path.relative_to(ROOT)), line) for path in corpus_files() for line in file_lines(path)]
    return lines + [("stress_lines", line) for line in stress_lines()]


def emit(root: Path, out_path: Path) -> None:
    """Child: import ``app.guard`` from ``root`` and write one JSON list of reprs per call."""
    sys.path.insert(0, str(root))
    import app.guard as guard

    assert Path(guard.__file__).resolve().is_relative_to(root.resolve()), guard.__file__
    results: list[list[str]] = []
    for lines in [file_lines(path) for path in corpus_files()] + [stress_lines()]:
        stored: list[str] = []
        for i, line in enumerate(lines):
            inbound = guard.scan_inbound(line)
            raw_before = lines[max(0, i - EARLIER) : i]
            stored_before = stored[max(0, i - EARLIER) : i]
            results.append(
                [
                    repr(inbound),
                    repr(guard.scan_conversation(line, raw_before)),
                    repr(guard.scan_conversation(line, stored_before)),
                    repr(guard.check_outbound(line)),
                    repr(guard.review_outbound(line)),
                ]
            )
            stored.append(inbound.text)
    out_path.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")


def run_child(root: Path, out_path: Path) -> list[list[str]]:
    subprocess.run(
        [sys.executable, __file__, "--emit", str(root), "--out", str(out_path)], check=True, cwd=root
    )
    return json.loads(out_path.read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", default="a01421a")
    ap.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.emit is not None:
        emit(args.emit, args.out)
        return 0
    calls = ("scan_inbound", "scan_conversation (raw earlier)", "scan_conversation (stored earlier)",
             "check_outbound", "review_outbound")
    with tempfile.TemporaryDirectory() as tmp:
        peer_root = Path(tmp) / "peer"
        peer_root.mkdir()
        archive = subprocess.run(
            ["git", "archive", args.peer, "app/__init__.py", "app/guard"], cwd=ROOT, check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(peer_root)], input=archive, check=True)
        old = run_child(peer_root, Path(tmp) / "old.json")
        new = run_child(ROOT, Path(tmp) / "new.json")
    lines = all_lines()
    assert len(old) == len(new) == len(lines), (len(old), len(new), len(lines))
    diffs = 0
    for (source, line), a, b in zip(lines, old, new, strict=True):
        for call, x, y in zip(calls, a, b, strict=True):
            if x != y:
                diffs += 1
                if diffs <= 20:
                    print(f"DIFF {source} {call}: {line!r}\n  old {x}\n  new {y}")
    files = len(corpus_files())
    print(f"{len(lines)} lines from {files} files and {len(stress_lines())} generated long messages, "
          f"{len(lines) * len(calls)} calls compared "
          f"against {args.peer}: {diffs} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
