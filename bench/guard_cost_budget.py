"""What each rule family costs in the chat scan, beside a peer revision in the same run (issue 16).

    python bench/guard_cost_budget.py                      # this worktree against c6dcb19
    python bench/guard_cost_budget.py --peer REV           # any git revision holding app/guard
    python bench/guard_cost_budget.py --roles secrets      # only some roles (default ordinary, secrets)
    python bench/guard_cost_budget.py --limit 400          # the first 400 messages of each set (quick look)

Every round adds rules to the inbound chat scan (``scan_conversation``: each customer message with
the 6 before it, what the server runs), and each adds a few µs; the total is over the issue's
100 µs line. This bench is the budget a round states what it adds against (session 12, guardspeed9):

1. **Totals, without timers.** Every customer message of the tuning batches (``_ab.TUNING``; never
   a blind batch) by role and language, for this worktree's guard and for the peer's (``app/guard``
   exported from git into a temporary folder, ``guard_speed.export_peer``), interleaved per message in
   alternating order. Two rows per set: ``first``, the message's first call on a fresh copy of its
   text, in this thread's CPU time (what the server pays: each message is scanned once; a wall clock
   would count other processes' time on this shared machine), and ``best of 3``, the next three calls
   on the text itself in wall time, as ``guard_heldout.py`` reads its "chat µs" (the repeats find the
   message's own caches warm: about half the first call). Printed: µs mean and p99, ratio, load.
2. **The split, with timers.** The same messages again, with a timer around every function that the
   pipeline modules (``inbound``, ``conversation``, ``inbound_learnt``) import from another guard
   module: the detectors ``_detect`` calls, the fold, the drop filters, the conversation rules, the
   learnt scorer's parts. A new rule module hooked into the pipeline with an import is timed by
   itself with no change here. Each timer takes its own time only (a timed call inside another is
   taken out of the outer one); "pipeline (rest)" is the conversation module's own work and
   ``inbound.scan_inbound`` the fixpoint's (``_detect``'s loop, merging, redacting). A detector called
   on text that holds a masked marker (U+E000) is counted in its "(later pass)" row: the fixpoint's
   second pass. The per-message caches are emptied before each set and each message is split on its
   first call (``--warm``: on a call after an untimed one). The timers' cost is estimated (its own row)
   and is too low; the split says where, the totals how much.

Prints only; tests never assert on timing. The machine is shared: read ratios, with the load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FunctionType, ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import _ab  # noqa: E402
from guard_speed import export_peer  # noqa: E402

import app.guard as current  # noqa: E402

PIPELINE = ("inbound", "conversation", "inbound_learnt")  # the modules whose imports are timed
MASK = "\ue000"
ROLES = ("ordinary", "secrets", "inbound", "conversations")
REST = "pipeline (rest)"
# the first call and the split are timed in this thread's CPU time: one call is not repeated, so a wall
# clock would count the time another process held the core (on this shared machine, most of it)
CPU = time.thread_time_ns
TIMERS = "(the timers themselves, estimated)"


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def messages(role: str, lang: str, limit: int | None) -> list[str]:
    """The lines of ``<role>_<lang>.txt`` in the tuning batches, as the loaders read them."""
    out: list[str] = []
    for batch in _ab.TUNING:
        path = _ab.BATCHES / batch / f"{role}_{lang}.txt"
        if not path.exists():
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.replace(_ab.OPEN, "").replace(_ab.CLOSE, "").replace("\\n", "\n")
            if not line.strip() or line.startswith("#"):
                continue
            head, sep, rest = line.partition("|")
            out.append(rest if sep and head.replace("_", "").isalnum() and head.islower() else line)
    return out[:limit] if limit else out


class Timers:
    """Timers around the functions the pipeline modules import from other guard modules."""

    def __init__(self, guard: ModuleType, overhead_ns: float, deep: bool = False) -> None:
        self.guard = guard
        self.deep = deep
        self.overhead_ns = overhead_ns
        self.self_ns: dict[str, int] = defaultdict(int)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[int] = []  # per open timed call: ns spent in timed calls inside it
        self._saved: list[tuple[ModuleType, str, object]] = []

    def _wrap(self, name: str, fn: Callable[..., object]) -> Callable[..., object]:
        stack, self_ns, calls, extra = self._stack, self.self_ns, self.calls, int(self.overhead_ns)
        cpu = CPU
        later = f"{name} (later pass)"

        def timed(*args: object, **kwargs: object) -> object:
            first = args[0] if args else None
            key = later if isinstance(first, str) and MASK in first else name
            stack.append(0)
            t0 = cpu()
            try:
                return fn(*args, **kwargs)
            finally:
                took = cpu() - t0
                inner = stack.pop()
                self_ns[key] += took - inner
                calls[key] += 1
                if stack:
                    stack[-1] += took + extra  # the wrapper's own work is not the caller's

        return timed

    def install(self) -> None:
        package = self.guard.__name__
        names: tuple[str, ...] = PIPELINE
        if self.deep:  # every guard module's imports from the others (outbound modules too, unused here)
            names = tuple(k.rsplit(".", 1)[-1] for k in sys.modules if k.startswith(package + "."))
        for short in names:
            module = sys.modules.get(f"{package}.{short}")
            if module is None:
                continue
            for attr, value in list(vars(module).items()):
                if not isinstance(value, FunctionType):
                    continue
                home = getattr(value, "__module__", "") or ""
                if not home.startswith(package + ".") or home == module.__name__:
                    continue  # only what the pipeline imports from another guard module
                family = f"{home.rsplit('.', 1)[-1]}.{value.__name__}"
                self._saved.append((module, attr, value))
                setattr(module, attr, self._wrap(family, value))

    def remove(self) -> None:
        for module, attr, value in reversed(self._saved):
            setattr(module, attr, value)
        self._saved.clear()


def chat_call(guard: ModuleType, texts: Sequence[str]) -> Callable[[int, bool], object]:
    """Message ``i`` with the 6 before it; ``fresh``: a new copy of its text (no cache keyed on the
    object itself can know it, as in the server, where each message arrives as a new string)."""
    scan = guard.scan_conversation

    def call(i: int, fresh: bool = False) -> object:
        text = texts[i]
        return scan((text + " ")[:-1] if fresh else text, list(texts[max(0, i - 6) : i]))

    return call


def empty_caches(guard: ModuleType) -> None:
    """The guard's per-message and per-word caches emptied (``functools.lru_cache`` of 1,024 entries or
    more), before the split: its timed call is then a message's first, as in the server (the totals ran
    first and filled them). Tables loaded once (``cache``, small LRUs: word lists, the model) are kept."""
    package = guard.__name__
    for name, module in list(sys.modules.items()):
        if not name.startswith(package + ".") or module is None:
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name:
                size = info().maxsize
                if size is not None and size >= 1024:
                    value.cache_clear()


def totals(
    calls: Sequence[Callable[[int, bool], object]], n: int
) -> tuple[list[list[float]], list[list[float]]]:
    """(first call µs, best-of-``_ab.ROUNDS`` µs) per message for each call, interleaved in alternating
    order. The first call is on a fresh copy of the text, before the repeated calls on the text itself
    (``guard_heldout``'s figure, where the repeats find the message's own caches warm)."""
    first: list[list[float]] = [[] for _ in calls]
    best: list[list[float]] = [[] for _ in calls]
    order = list(range(len(calls)))
    for i in range(n):
        for k in order if i % 2 else order[::-1]:
            t0 = CPU()
            calls[k](i, True)
            first[k].append((CPU() - t0) / 1000)
            fastest = float("inf")
            for _ in range(_ab.ROUNDS):
                t0 = time.perf_counter_ns()
                calls[k](i, False)
                fastest = min(fastest, time.perf_counter_ns() - t0)
            best[k].append(fastest / 1000)
    return first, best


def calibrate() -> float:
    """ns a timed call adds OUTSIDE its own clock (the wrapper's work before and after it): the
    containing call is charged it, so that its own time is not inflated by its children's timers.
    Measured on an empty function (best of 200 loops of 100 calls, timed against bare calls)."""
    timers = Timers(current, 0.0)

    def empty(text: str) -> None:
        return None

    inner = timers._wrap("empty", empty)
    wrapped = bare = float("inf")
    for _ in range(200):
        timers.self_ns.clear()
        t0 = CPU()
        for _ in range(100):
            inner("x")
        wrapped = min(wrapped, CPU() - t0)
        t0 = CPU()
        for _ in range(100):
            empty("x")
        bare = min(bare, CPU() - t0)
    inside = timers.self_ns["empty"] / 100  # of the last loop: the part inside the clock
    return max(0.0, (wrapped - bare) / 100 - (inside - bare / 100))


def split(
    guards: Sequence[ModuleType],
    texts: Sequence[str],
    overhead_ns: float,
    deep: bool = False,
    warm: bool = False,
) -> list[tuple[dict[str, float], float]]:
    """Per guard: (µs per message per family, instrumented µs per message), the guards interleaved
    per message in alternating order. Each message is timed on its first call (a fresh copy, the
    caches emptied at the start of the set: what the server pays) or, with ``warm``, on a call after
    an untimed one (what ``guard_heldout``'s best of 3 reads)."""
    timers = [Timers(guard, overhead_ns, deep) for guard in guards]
    calls = [chat_call(guard, texts) for guard in guards]
    for guard in guards:
        empty_caches(guard)
    totals_ns = [0 for _ in guards]
    nested = [0 for _ in guards]
    order = list(range(len(guards)))
    for i in range(len(texts)):
        for k in order if i % 2 else order[::-1]:
            if warm:
                calls[k](i, False)
            before = sum(timers[k].calls.values())
            timers[k].install()
            try:
                timers[k]._stack.append(0)
                t0 = CPU()
                calls[k](i, not warm)
                took = CPU() - t0
            finally:
                timers[k].remove()
            timers[k].self_ns[REST] += took - timers[k]._stack.pop()
            totals_ns[k] += took
            nested[k] += sum(timers[k].calls.values()) - before
    out = []
    n = len(texts)
    for k, t in enumerate(timers):
        per = {key: v / n / 1000 for key, v in t.self_ns.items()}
        per[TIMERS] = overhead_ns * nested[k] / n / 1000
        out.append((per, totals_ns[k] / n / 1000))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", default="c6dcb19")
    ap.add_argument("--roles", default="ordinary,secrets")
    ap.add_argument("--langs", default="en,zh")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument(
        "--deep",
        action="store_true",
        help="time every function a guard module imports from another (not only the pipeline's)",
    )
    ap.add_argument(
        "--warm", action="store_true", help="split a warm call (after an untimed one) instead of the first"
    )
    ap.add_argument("--top", type=int, default=25, help="families shown per set (the rest summed)")
    args = ap.parse_args(argv)
    roles = [r for r in args.roles.split(",") if r]
    if unknown := set(roles) - set(ROLES):
        ap.error(f"unknown roles {sorted(unknown)}")
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        peer = export_peer("budget", args.peer, Path(tmp))
        print(
            f"# chat scan cost budget: this worktree against {args.peer}; tuning batches "
            f"{_ab.TUNING[0]}-{_ab.TUNING[-1]}; pid {os.getpid()}"
        )
        print(f"# start {time.strftime('%H:%M:%S', time.gmtime())} UTC, load {load()}\n")
        sets: list[tuple[str, list[str]]] = []
        for role in roles:
            for lang in args.langs.split(","):
                texts = messages(role, lang, args.limit)
                if texts:
                    sets.append((f"{role} {lang}", texts))
        # one-time work (word lists, the model, tables and patterns built on first use, and ``re``'s
        # own cache, which the two guards share for equal patterns) is done before any timing, on agent
        # replies (no customer set's message): otherwise the first set's first calls carry it, and the
        # guard that meets a pattern second finds it compiled
        warm_up = [t for lang in ("en", "zh") for t in messages("replies", lang, None)[:300]]
        for guard in (peer, current):
            call = chat_call(guard, warm_up)
            for i in range(len(warm_up)):
                call(i, True)
        print("| set | n | call | this µs mean | peer µs mean | this ÷ peer | this p99 | peer p99 | load |")
        print("|---|---|---|---|---|---|---|---|---|")
        every: dict[str, tuple[list[float], list[float]]] = {"first": ([], []), "best of 3": ([], [])}
        for name, texts in sets:
            (this_first, peer_first), (this_best, peer_best) = totals(
                [chat_call(current, texts), chat_call(peer, texts)], len(texts)
            )
            for call, this_us, peer_us in (
                ("first", this_first, peer_first),
                ("best of 3", this_best, peer_best),
            ):
                every[call][0].extend(this_us)
                every[call][1].extend(peer_us)
                print(total_row(name, call, this_us, peer_us))
        for call, (this_us, peer_us) in every.items():
            print(total_row("all", call, this_us, peer_us))
        overhead_ns = calibrate()
        for name, texts in sets:
            (this_split, this_total), (peer_split, peer_total) = split(
                [current, peer], texts, overhead_ns, args.deep, args.warm
            )
            print(
                f"\n## {name}: µs per message by family (instrumented: this {this_total:.1f}, "
                f"peer {peer_total:.1f}; load {load()})\n"
            )
            print("| family (module.function) | this µs | peer µs | this − peer |")
            print("|---|---|---|---|")
            names = sorted(
                set(this_split) | set(peer_split),
                key=lambda k: -max(this_split.get(k, 0), peer_split.get(k, 0)),
            )
            shown, rest = names[: args.top], names[args.top :]
            for k in shown:
                a, b = this_split.get(k, 0.0), peer_split.get(k, 0.0)
                print(f"| {k} | {a:.2f} | {b:.2f} | {a - b:+.2f} |")
            if rest:
                a = sum(this_split.get(k, 0.0) for k in rest)
                b = sum(peer_split.get(k, 0.0) for k in rest)
                print(f"| ({len(rest)} others) | {a:.2f} | {b:.2f} | {a - b:+.2f} |")
        print(f"\n# end {time.strftime('%H:%M:%S', time.gmtime())} UTC, load {load()}")
    return 0


def total_row(name: str, call: str, this_us: list[float], peer_us: list[float]) -> str:
    a, b = statistics.mean(this_us), statistics.mean(peer_us)
    return (
        f"| {name} | {len(this_us)} | {call} | {a:.1f} | {b:.1f} | {a / b:.3f} | "
        f"{_ab_p99(this_us):.0f} | {_ab_p99(peer_us):.0f} | {load()} |"
    )


def _ab_p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


if __name__ == "__main__":
    sys.exit(main())
