"""Round 14's own variations per family (``tests/guard/test_round14_inbound.py``), counted on a tree.

    .venv/bin/python bench/guard_round14_families.py                     # this tree's guard
    PYTHONDONTWRITEBYTECODE=1 /work/main/.venv/bin/python bench/guard_round14_families.py --tree /work/main

The cases are always read from THIS file's tree; the guard is imported from ``--tree`` (default: this
tree). A variation counts as caught when none of its secret values is left in what is stored; a
look-alike when nothing is found. Written so the before/after figure of the round's own variations
(a weak check of generalisation: the variations were written from the families, not tuned on a
batch) can be reproduced.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

# Written AFTER round 14's rules, at 11:30 UTC, and not tuned on (measured once, reported as it came
# out): a second, later set of variations of the same families. Not in the tests (a miss here is a
# finding to report, not a test to make pass).
FRESH: list[tuple[str, list[str]]] = [
    ("tried 604172 three times, locked out now", ["604172"]),
    ("the app said 339018 is expired, sending a new request", ["339018"]),
    ("不是这个 775390，是后来那个", ["775390"]),
    ("验证码 用了 又不行 881204", ["881204"]),
    ("seven digit code? mine is 5512093", ["5512093"]),
    ("它要求八位数，我填的 20931177", ["20931177"]),
    ("2fa: 55 10 93", ["55 10 93"]),
    ("验证码：叁叁玖零壹柒", ["叁叁玖零壹柒"]),
    ("anti phishing = Tiger_Lily", ["Tiger_Lily"]),
    ("my phishing code is Moon42", ["Moon42"]),
    ("防钓鱼短语设的是 平安喜乐", ["平安喜乐"]),
    ("here's the api key hG7kLm2Qx9RtV4bN8pZc3WyD6fJs1Ae0", ["hG7kLm2Qx9RtV4bN8pZc3WyD6fJs1Ae0"]),
    ("pw: happy cat 1234", ["happy cat 1234"]),
    ("the password was blue sky 88", ["blue sky 88"]),
]
FRESH_STAY: list[str] = [
    "I entered the wrong amount 450000 by mistake",
    "tried to withdraw 125430 sats, rejected",
    "the last 6 digits of the tx hash are 9f0a21",
    "我输入了 6 位数但是提示错误",
    "received 2 emails about code 1 and code 2",
    "my phone ending 7721 gets no sms",
    "the 6-digit code never came",
    "anti-phishing code: where is it?",
    "API key permissions: read-only, trading enabled",
    "the pw is too short 8 chars",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=HERE)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the fresh cases missed")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.tree.resolve()))
    from app.guard import scan_inbound  # the guard of --tree

    spec = importlib.util.spec_from_file_location("r14cases", HERE / "tests/guard/test_round14_inbound.py")
    assert spec is not None and spec.loader is not None
    cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cases)
    feed = cases.feed
    marker = cases.MARKER
    print(f"guard: {args.tree}")
    total = caught_all = 0
    for family, items in cases.FAMILIES.items():
        caught = 0
        for text, secrets in items:
            rest = marker.sub(" ", scan_inbound(text).text)
            caught += all(s not in rest for s in secrets)
        total += len(items)
        caught_all += caught
        print(f"  {family:16} {caught}/{len(items)}")
    caught = 0
    for messages, secrets in cases.SPLIT_FAMILIES:
        rest = " ".join(marker.sub(" ", s) for s in feed(messages))
        caught += all(s not in rest for s in secrets)
    print(f"  {'split (chat)':16} {caught}/{len(cases.SPLIT_FAMILIES)}")
    print(f"  variations caught: {caught_all + caught}/{total + len(cases.SPLIT_FAMILIES)}")
    touched = 0
    stay = [t for texts in cases.MUST_STAY.values() for t in texts]
    for text in stay:
        touched += bool(scan_inbound(text).findings)
    print(f"  look-alikes touched: {touched}/{len(stay)}")
    caught = 0
    for text, secrets in FRESH:
        rest = marker.sub(" ", scan_inbound(text).text)
        ok = all(s not in rest for s in secrets)
        caught += ok
        if args.verbose and not ok:
            print("    fresh missed:", rest)
    print(f"  written after the rules (not tuned on): {caught}/{len(FRESH)} caught", end="")
    touched = 0
    for text in FRESH_STAY:
        hit = bool(scan_inbound(text).findings)
        touched += hit
        if args.verbose and hit:
            print("\n    fresh look-alike touched:", scan_inbound(text).text, end="")
    print(f", look-alikes touched {touched}/{len(FRESH_STAY)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
