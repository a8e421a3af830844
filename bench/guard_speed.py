"""The safety guard's speed, next to earlier versions of itself measured in the same run.

    python bench/guard_speed.py                       # peers: the guard before issue 16, round 1's
    python bench/guard_speed.py --peer REV [...]      # any git revisions holding app/guard
    python bench/guard_speed.py --rounds 5            # more rounds (the best of each is kept)
    python bench/guard_speed.py --worst               # also the 2,000-character worst cases (session 10)

The machine is shared, so a figure in microseconds says little on its own: every set of
messages is timed for this worktree's guard and for each peer (``app/guard`` exported from a
git revision into a temporary folder and imported under its own name), interleaved message by
message, and the table gives the ratio to each peer beside the microseconds. Peers by default:
``pre16`` (84e476f, the guard before issue 16) and ``round1`` (b22d75a, round 1's hand-over).

Sets: every customer message of the held-out batches (``scan_inbound``), the same with the 6
messages before it (``scan_conversation``: what the server runs for a chat message; a guard
without it is skipped), every agent reply and scam (``check_outbound``; and "server reply
check": ``review_outbound`` where a guard has it, else ``check_outbound``), and 2,000-character
messages made of ordinary customer and agent text of the batches, per language (the case
round 1 made 4-6 times slower; also through the server's reply check, which since round 7 runs
the outbound classifier on every reply the rules pass). Each message: best of ``--rounds`` calls;
mean and p99 over the set. Prints only; tests never assert on timing.
"""

from __future__ import annotations

import argparse
import importlib
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import app.guard as current  # noqa: E402

BATCHES = ROOT / "bench" / "corpus" / "guard_batches"
DEFAULT_PEERS = (("pre16", "84e476f"), ("round1", "b22d75a"))
OPEN, CLOSE = "\u27e6", "\u27e7"


def export_peer(name: str, rev: str, into: Path) -> ModuleType:
    """``app/guard`` at ``rev`` as the package ``guardpeer_<name>`` (relative imports only)."""
    package = into / f"guardpeer_{name}"
    package.mkdir()
    def git(*args: str) -> bytes:
        return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout

    for path in git("ls-tree", "--name-only", rev, "app/guard/").decode().split():
        if path.endswith((".py", ".txt")):  # .txt: the outbound classifier's weights (round 7)
            (package / Path(path).name).write_bytes(git("show", f"{rev}:{path}"))
    return importlib.import_module(package.name)


def batch_lines(role: str, lang: str) -> list[str]:
    out: list[str] = []
    for path in sorted(BATCHES.glob(f"*/{role}_{lang}.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            head, sep, rest = line.partition("|")
            if sep and head.replace("_", "").isalnum() and head.islower():
                line = rest
            out.append(line.replace("\\n", "\n").replace(OPEN, "").replace(CLOSE, ""))
    return out


def long_messages(lines: Sequence[str], n: int, size: int, rnd: random.Random) -> list[str]:
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rnd.choice(lines))
        out.append(" ".join(parts)[:size])
    return out


def worst_messages() -> list[str]:
    """2,000-character messages that drive the guard's window and hint loops (session 10): digit and hex
    groups with every separator the grouped-key and code rules read, a code or password label every
    few characters, Chinese without spaces. Before session 10 the worst took 15-35 ms (a quadratic
    window walk); the chat server runs the scan on its event loop, so such a message blocks every desk."""
    rnd = random.Random(2)
    groups = [
        sep.join(f"{rnd.randrange(10**width):0{width}d}" for _ in range(2000 // (width + 1) + 1))[:2000]
        for width, sep in ((4, " "), (4, "-"), (4, ":"), (4, "\n"), (6, " "), (2, " "))
    ]
    return [
        *groups,
        " ".join(f"{rnd.getrandbits(8):02x}" for _ in range(700))[:2000],
        " ".join(f"code {rnd.randrange(10**6):06d}" for _ in range(200))[:2000],
        "".join(f"验证码{rnd.randrange(10**6):06d}，" for _ in range(200))[:2000],
        " ".join(f"password is Abc{rnd.randrange(10**5)}!" for _ in range(100))[:2000],
        "密码" * 1000,
    ]


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


Fn = Callable[[str], object]


def timed(fns: Sequence[Fn | None], texts: Sequence[str], rounds: int) -> list[list[float]]:
    """µs per text for each fn (best of ``rounds``), interleaved so that load hits all alike."""
    out: list[list[float]] = [[] for _ in fns]
    for text in texts:
        for k, fn in enumerate(fns):
            if fn is None:
                continue
            best = float("inf")
            for _ in range(rounds):
                t0 = time.perf_counter_ns()
                fn(text)
                best = min(best, time.perf_counter_ns() - t0)
            out[k].append(best / 1000)
    return out


def chat_fn(guard: ModuleType, texts: Sequence[str]) -> Fn | None:
    scan_conversation = getattr(guard, "scan_conversation", None)
    if scan_conversation is None:
        return None
    before = {t: list(texts[max(0, i - 6) : i]) for i, t in enumerate(texts)}
    return lambda text: scan_conversation(text, before[text])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", action="append", default=None, metavar="REV")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--worst", action="store_true", help="also time the 2,000-character worst cases")
    args = ap.parse_args(argv)
    peer_revs = [(rev, rev) for rev in args.peer] if args.peer else list(DEFAULT_PEERS)
    rnd = random.Random(16)
    inbound = {lang: [*batch_lines("secrets", lang), *batch_lines("ordinary", lang),
                      *batch_lines("conversations", lang)] for lang in ("en", "zh")}
    outbound = {lang: [*batch_lines("scams", lang), *batch_lines("replies", lang)] for lang in ("en", "zh")}
    long_text = {
        lang: long_messages([*batch_lines("ordinary", lang), *batch_lines("replies", lang)], 150, 2000, rnd)
        for lang in ("en", "zh")
    }
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        peers = [(name, export_peer(name.replace("-", "_"), rev, Path(tmp))) for name, rev in peer_revs]
        guards = [("this", current), *peers]
        header = "| set | n | " + " | ".join(f"{g} µs mean / p99" for g, _ in guards)
        header += " | " + " | ".join(f"÷ {g} (mean / p99)" for g, _ in peers) + " |"
        print(header)
        print("|" + "---|" * (2 + len(guards) + len(peers)))
        sets: list[tuple[str, str, Sequence[str]]] = []
        for lang in ("en", "zh"):
            sets += [
                (f"scan_inbound, batch messages {lang}", "in", inbound[lang]),
                (f"scan_conversation, batch messages {lang}", "chat", inbound[lang]),
                (f"check_outbound, batch replies {lang}", "out", outbound[lang]),
                (f"server reply check, batch replies {lang}", "review", outbound[lang]),
                (f"scan_inbound, 2,000 chars {lang}", "in", long_text[lang]),
                (f"check_outbound, 2,000 chars {lang}", "out", long_text[lang]),
                (f"server reply check, 2,000 chars {lang}", "review", long_text[lang]),
            ]
        if args.worst:
            sets += [("scan_inbound, 2,000-char worst cases (max = p99)", "in", worst_messages())]
        for label, kind, texts in sets:
            fns: list[Fn | None] = []
            for _, g in guards:
                if kind == "in":
                    fns.append(g.scan_inbound)
                elif kind == "out":
                    fns.append(g.check_outbound)
                elif kind == "review":  # what message.send runs: review_outbound where there is one
                    fns.append(getattr(g, "review_outbound", g.check_outbound))
                else:
                    fns.append(chat_fn(g, texts))
            results = timed(fns, texts, args.rounds)
            cells = [
                f"{statistics.mean(r):.0f} / {p99(r):.0f}" if r else "-" for r in results
            ]
            ratios = []
            mine = results[0]
            for r in results[1:]:
                if r and mine:
                    mean_ratio, p99_ratio = statistics.mean(mine) / statistics.mean(r), p99(mine) / p99(r)
                    ratios.append(f"{mean_ratio:.2f} / {p99_ratio:.2f}")
                else:
                    ratios.append("-")
            print(f"| {label} | {len(texts)} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
    print(f"\n(python {sys.version.split()[0]}; best of {args.rounds} per message; peers: "
          + ", ".join(f"{n}={r}" for n, r in peer_revs) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
