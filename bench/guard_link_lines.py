"""How many customer link lines the inbound guard touches, per batch (issue 16, guard16fp).

    python bench/guard_link_lines.py            # every batch under bench/corpus/guard_batches
    python bench/guard_link_lines.py -v PATH    # one or more batch folders; -v lists each touched line

A ``links_*.txt`` line (``flag|…`` or ``ok|…``) is a customer's message with a link in it: nothing in
it is a secret (the batches mark none), so any redaction is a false positive that hides from the agent
where the customer was sent. The line is scanned as a chat message alone (``scan_conversation`` with no
earlier messages, what the server runs). Prints touched / lines per batch and the total; the lines
listed with -v are the batch's own made-up text (no real secret).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.guard import scan_conversation  # noqa: E402

DEFAULT_BATCHES = ROOT / "bench" / "corpus" / "guard_batches"
_LABEL = re.compile(r"^(flag|ok)\|(.*)$", re.S)


def link_lines(batch: Path) -> list[tuple[str, str]]:
    """(where, text) of every link line of ``batch``."""
    out: list[tuple[str, str]] = []
    for path in sorted(batch.glob("links_*.txt")):
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = _LABEL.match(line)
            if m is not None:
                out.append((f"{batch.name}/{path.name}:{no}", m.group(2).replace("\\n", "\n")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list each touched line")
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args(argv)
    batches = args.paths or sorted(p for p in DEFAULT_BATCHES.iterdir() if p.is_dir())
    total = touched = 0
    print("| batch | link lines | touched |\n|---|---|---|")
    for batch in batches:
        lines = link_lines(batch)
        hit = []
        for where, text in lines:
            scan = scan_conversation(text)
            if scan.current.findings:
                hit.append((where, scan.current.text))
        total += len(lines)
        touched += len(hit)
        print(f"| {batch.name} | {len(lines)} | {len(hit)} |")
        if args.v:
            for where, shown in hit:
                print(f"    {where}: {shown!r}")
    print(f"| all | {total} | {touched} ({100 * touched / max(total, 1):.2f} %) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
