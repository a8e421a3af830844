"""Image-guard figures: secrets withheld, ordinary images withheld, not checked, time per image.

Run from the repository root:  .venv/bin/python bench/image_guard.py [--per-category N] [--workers N]

Two generated sets (bench/_images), reported separately:

* the TUNING set (seed 1, style ``tuning``): the thresholds in app/attachments/image_secrets.py
  were tuned on it, so its figures flatter the guard;
* the HELD-OUT set (seed 2, style ``heldout``): other font faces and sizes, grid shapes and
  wording, written after the tuning. One held-out miss (key_export_screen-en-2) prompted a change in
  session 3, so for that case seed 2 is no longer independent;
* the FRESH set (seed 5, style ``fresh4``, bench/_images/fresh_*.py): other screens altogether
  (notes apps, sticky notes, extension key popups, key QRs on phones, 2FA backup keys as text,
  Google Authenticator export QRs, hardware recovery cards; wallets, withdrawal forms, trading
  pages, explorers, P2P orders, prose drafts), written in session 4 before the guard was run on
  them. Its figures are the ones that count until something is tuned on it (then ``--fresh-seed``).

For each set: share of secret images withheld (target >= 90%), share of ordinary images withheld
(target <= 2%), share not checked, and the time to check one image through the worker pool with
as many images in flight as there are workers (so the time is the service time, not queueing):
p50 and p95 (target p95 < 2 s on 2 cores). The machine is shared, so each time is also given as a
ratio to a peer measured in the same run: the median time of the same pool on one fixed reference
image (a 12-word grid). The CPU time per image (each worker runs ONNX Runtime on one thread) does not
depend on what else the machine runs and is the figure to hold against the 2 s target. Per category:
counts, misses by name and verdict. It never prints what an image says. It only prints figures and
exits 0. ``--heldout-seed N`` draws a fresh held-out set (same style, new content).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.attachments import ImageCheck, ImageChecker  # noqa: E402
from bench._images.corpus import CATEGORIES, FRESH_CATEGORIES, Sample, build  # noqa: E402
from bench._images.style import FRESH, HELDOUT, TUNING, Style  # noqa: E402


def _reference_image() -> bytes:
    from PIL import Image, ImageDraw

    from bench._images.fonts import fonts

    img = Image.new("RGB", (1000, 700), (245, 240, 225))
    draw = ImageDraw.Draw(img)
    font = fonts().get(34)
    words = [
        "legal",
        "winner",
        "thank",
        "year",
        "wave",
        "sausage",
        "worth",
        "useful",
        "legal",
        "winner",
        "thank",
        "yellow",
    ]
    for i, word in enumerate(words):
        draw.text(
            (40 + (i % 3) * 320, 100 + (i // 3) * 120), f"{i + 1}. {word}", font=font, fill=(30, 30, 60)
        )
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


async def _run(checker: ImageChecker, samples: list[Sample], workers: int) -> list[ImageCheck]:
    gate = asyncio.Semaphore(workers)

    async def one(sample: Sample) -> ImageCheck:
        async with gate:
            return await checker.check(sample.data)

    return await asyncio.gather(*(one(s) for s in samples))


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "   n/a"


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _share(pairs: list[tuple[Sample, ImageCheck]], status: str) -> str:
    return _pct(sum(r.verdict.status == status for _, r in pairs), len(pairs))


def _report(title: str, samples: list[Sample], results: list[ImageCheck], peer: float) -> None:
    pairs = list(zip(samples, results, strict=True))
    secret = [(s, r) for s, r in pairs if s.secret]
    ordinary = [(s, r) for s, r in pairs if not s.secret]
    wall = [r.seconds for r in results]
    cpu = [r.cpu_seconds for r in results]
    p50, p95 = statistics.median(wall), _quantile(wall, 0.95)
    print(f"\n== {title}: {len(samples)} images ({len(secret)} secret, {len(ordinary)} ordinary)")
    print(f"secret withheld      {_share(secret, 'withheld')}   target >= 90%")
    print(f"ordinary withheld    {_share(ordinary, 'withheld')}   target <= 2%")
    print(f"not checked (all)    {_share(pairs, 'not_checked')}")
    ratio50, ratio95 = p50 / peer, p95 / peer
    print(f"wall time per image  p50 {p50:.2f} s ({ratio50:.2f}x peer)  p95 {p95:.2f} s ({ratio95:.2f}x)")
    print(
        f"CPU time per image   p50 {statistics.median(cpu):.2f} s   p95 {_quantile(cpu, 0.95):.2f} s   "
        f"max {max(cpu):.2f} s   (one core each; target p95 < 2 s)"
    )
    by_cat: dict[str, list[tuple[Sample, ImageCheck]]] = defaultdict(list)
    for s, r in pairs:
        by_cat[s.category].append((s, r))
    print(f"{'category':22} {'kind':8} {'n':>3} {'withheld':>8} {'not chk':>7}", end="")
    print(f" {'cpu p50':>7} {'wall p95':>8}  misses")
    for category, group in by_cat.items():
        is_secret = group[0][0].secret
        withheld = sum(r.verdict.status == "withheld" for _, r in group)
        unchecked = sum(r.verdict.status == "not_checked" for _, r in group)
        cpu_p50 = statistics.median(r.cpu_seconds for _, r in group)
        wall_p95 = _quantile([r.seconds for _, r in group], 0.95)
        wrong = " ".join(
            f"{s.name}:{r.verdict.status}" + (f"/{r.verdict.detail}" if r.verdict.detail else "")
            for s, r in group
            if (r.verdict.status != "withheld") == is_secret
        )
        kind = "secret" if is_secret else "ordinary"
        counts = f"{len(group):3} {withheld:8} {unchecked:7}"
        print(f"{category:22} {kind:8} {counts} {cpu_p50:7.2f} {wall_p95:8.2f}  {wrong}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-category", type=int, default=3, help="images per category and language")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--deadline",
        type=float,
        default=60.0,
        help="per image; generous by default so a shared machine's load does not become 'not checked' "
        "(pass 8 for the server's default and see the not-checked share under this machine's load)",
    )
    parser.add_argument("--only", choices=["tuning", "heldout", "fresh"], help="run one set")
    parser.add_argument("--heldout-seed", type=int, default=2, help="a fresh seed for the held-out style")
    parser.add_argument("--fresh-seed", type=int, default=5, help="a new seed for the fresh set")
    args = parser.parse_args()
    sets: dict[str, tuple[str, int, Style, list]] = {
        "tuning": ("TUNING set (seed 1)", 1, TUNING, CATEGORIES),
        "heldout": (f"HELD-OUT set (seed {args.heldout_seed})", args.heldout_seed, HELDOUT, CATEGORIES),
        "fresh": (f"FRESH set (seed {args.fresh_seed})", args.fresh_seed, FRESH, FRESH_CATEGORIES),
    }
    if args.only:
        sets = {args.only: sets[args.only]}
    print(
        f"image guard bench: {args.workers} worker processes, deadline {args.deadline} s, "
        f"{os.cpu_count()} CPUs, {args.per_category} per category and language"
    )
    async with ImageChecker(workers=args.workers, deadline=args.deadline) as checker:
        if not checker.ocr_available:
            print("OCR is not available in this install (pip install -e .[attachments]); nothing to measure")
            return
        reference = _reference_image()
        await _run(checker, [Sample("warm", "ref", True, "en", reference)] * args.workers, args.workers)
        peer_runs = await _run(checker, [Sample("ref", "ref", True, "en", reference)] * 6, args.workers)
        peer = statistics.median(r.seconds for r in peer_runs)
        print(f"peer: the reference image checks in {peer:.2f} s (median of 6)")
        for title, seed, style, categories in sets.values():
            started = time.monotonic()
            samples = build(seed, style, args.per_category, categories=categories)
            built = time.monotonic() - started
            started = time.monotonic()
            results = await _run(checker, samples, args.workers)
            print(f"\n(generated in {built:.0f} s, checked in {time.monotonic() - started:.0f} s)")
            _report(title, samples, results, peer)


if __name__ == "__main__":
    asyncio.run(main())
