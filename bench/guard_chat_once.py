"""A chat message's scan paid once, as the server pays it, next to a peer revision in the same run.

    python bench/guard_chat_once.py --peer REV [--repeats 3]

``guard_speed.py`` keeps the best of several calls per message; caches keyed on the text (a message's
phrase part, its label, its corrected tokens) are warm from the second call on, so its figure is below
what the server pays: the server scans each customer message once. Here every customer message of the
tuning batches r1-r26 (r22-r26 are tuning data since sessions 12-13; never r27 or later, the blind batches) is
scanned once with ``scan_conversation`` and the 6 messages before it, in file order, in a fresh process
per tree; one-time loads (word lists, the learnt model) are paid first on the other language's
messages. Trees run in the order this, peer, peer, this for each repeat (the order bias of one process
after another cancels). Prints only; tests never assert on timing. (session 10, guardspeed7)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATCHES = ROOT / "bench" / "corpus" / "guard_batches"
ROLES = ("secrets", "ordinary", "inbound", "conversations")


def load(lang: str) -> list[str]:
    out: list[str] = []
    for i in range(1, 27):
        for path in sorted((BATCHES / f"r{i}").glob(f"*_{lang}.txt")):
            if path.stem.split("_")[0] not in ROLES:
                continue
            for raw in path.read_text(encoding="utf-8").splitlines():
                line = raw.replace("\u27e6", "").replace("\u27e7", "").replace("\\n", "\n")
                if not line.strip() or line.startswith("#"):
                    continue
                head, sep, rest = line.partition("|")
                out.append(rest if sep and head.replace("_", "").isalnum() and head.islower() else line)
    return out


def child(tree: str) -> None:
    sys.path.insert(0, tree)
    from app.guard import scan_conversation

    data = {lang: load(lang) for lang in ("en", "zh")}
    means: list[str] = []
    for lang in ("en", "zh"):
        other = data["zh" if lang == "en" else "en"]
        for i, text in enumerate(other):  # one-time loads, on texts this set does not hold
            scan_conversation(text, other[max(0, i - 6) : i])
        msgs = data[lang]
        took: list[float] = []
        for i, text in enumerate(msgs):
            earlier = msgs[max(0, i - 6) : i]
            start = time.perf_counter()
            scan_conversation(text, earlier)
            took.append(time.perf_counter() - start)
        means.append(f"{statistics.mean(took) * 1e6:.1f}")
    print(" ".join(means))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", required=True, metavar="REV")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.peer, "app/__init__.py", "app/guard"],
            check=True, capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        trees = {"this": str(ROOT), args.peer: tmp}
        got: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        for _ in range(args.repeats):
            for name in ("this", args.peer, args.peer, "this"):
                out = subprocess.run(
                    [sys.executable, __file__, "--peer", args.peer, "--child", trees[name]],
                    check=True, capture_output=True, text=True,
                ).stdout.split()
                got[name].append((float(out[0]), float(out[1])))
    print(f"| tree | chat en µs (single call, mean of {args.repeats * 2} runs) | runs | chat zh µs | runs |")
    print("|---|---|---|---|---|")
    for name, runs in got.items():
        en = [r[0] for r in runs]
        zh = [r[1] for r in runs]
        print(f"| {name} | {statistics.mean(en):.1f} | {' '.join(f'{x:.0f}' for x in en)} "
              f"| {statistics.mean(zh):.1f} | {' '.join(f'{x:.0f}' for x in zh)} |")
    this, peer = got["this"], got[args.peer]
    for k, lang in enumerate(("en", "zh")):
        ratio = statistics.mean(r[k] for r in this) / statistics.mean(r[k] for r in peer)
        mid = statistics.median(r[k] for r in this) / statistics.median(r[k] for r in peer)
        print(f"{lang}: this ÷ {args.peer} = {ratio:.3f} (means), {mid:.3f} (medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
