"""Train the outbound classifier (``app/guard/outbound_model.py``) and measure it honestly.

    python tools/train_outbound_model.py          # train on everything, write app/guard/outbound_model.txt
    python tools/train_outbound_model.py --cv     # leave-one-batch-out figures (r8-r29) first, then train
    python tools/train_outbound_model.py --check  # retrain, compare with the shipped file (exit 1: differs)

Data (every line one reply; ``label|text`` labels are dropped; a literal ``\\n`` is a line break):

* ``bench/corpus/guard_batches/r1`` … ``r29``: ``scams_*.txt`` (positive) and ``replies_*.txt``
  (negative). Round 20 takes in r27, r28 (measured round 18 blind) and r29 (measured rounds 18-19
  blind). r30-r34 are the next blind batches: refused by name (``BLIND``), never read.
* ``bench/corpus``: the older sets of agent replies and scams (``agent_*``, ``fresh2-4_*``, ``heldout_*``),
  and round 7's hard negatives (``hardneg_*``: safe replies that name a code, a secret or a transfer).
* the demo's canned replies (``app.demo.data.canned``), English and Chinese: negative.
* round 10: the demo conversations' agent replies (``app.demo.data``, default seed, a fixed date):
  negative.

The model: a logistic regression over the n-grams of ``outbound_model.features`` (counts divided by
the square root of the text's n-gram count), trained by averaged stochastic gradient descent in a
fixed order (a seeded shuffle), in pure Python: the same floats on every machine.
Weights under ``PRUNE`` are dropped and the rest rounded to 4 decimals, so the file stays small.

Threshold: chosen on out-of-fold scores only (leave-one-batch-out over r1-r29, the older corpora
and the canned replies always in training): the lowest threshold at which the model adds holds to
at most ``MAX_SAFE_HELD`` of the safe replies the rules let through. ``--cv`` prints, per held-out
batch r8-r29 and language, the model alone and the rules + model (blocked, held, stopped).
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.guard import LinkPolicy, review_outbound  # noqa: E402
from app.guard.outbound_model import FEATURES, MODEL_PATH, features, prepare  # noqa: E402
from app.guard.outbound_review import rules_cleared  # noqa: E402
from app.guard.weights_file import Weights, weights_text  # noqa: E402

BATCHES = ROOT / "bench" / "corpus" / "guard_batches"
# round 14: r20 is measured, so it trains now; round 15: r21 too; round 16: r22 and r23; round 17: r24 and
# r25; round 18: r26; round 20: r27, r28 and r29; never r30-r34 (blind) or later
TRAIN_BATCHES = tuple(f"r{i}" for i in range(1, 30))
CV_BATCHES = tuple(f"r{i}" for i in range(8, 30))
# measured blind after round 20: refused by name
BLIND: frozenset[str] = frozenset({"r30", "r31", "r32", "r33", "r34"})
OLD_FILES = ("agent", "fresh2", "fresh3", "fresh4", "heldout", "hardneg")
LABEL = re.compile(r"^([a-z0-9_]+)\|(.*)$", re.S)
EPOCHS = 14
ETA = 0.5
NEG_WEIGHT = 1.5  # a false hold costs an agent's click; weigh safe replies a little more
PRUNE = 0.08
MAX_SAFE_HELD = 0.01
SEED = 16


@dataclass(frozen=True, slots=True)
class Case:
    group: str  # batch name, "old" or "canned"
    lang: str
    where: str
    text: str
    scam: bool


def _lines(path: Path, strip_label: bool) -> list[tuple[int, str]]:
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = LABEL.match(line) if strip_label else None
        out.append((no, (m.group(2) if m else line).replace("\\n", "\n")))
    return out


def load_cases() -> list[Case]:
    cases: list[Case] = []
    for batch in TRAIN_BATCHES:
        if batch in BLIND:
            raise SystemExit(f"{batch} is a blind batch: it is measured, never trained on")
        for path in sorted((BATCHES / batch).glob("*.txt")):
            role, lang = path.stem.split("_")[0], path.stem.split("_")[-1]
            if role not in ("scams", "replies"):
                continue
            for no, text in _lines(path, strip_label=role == "scams"):
                cases.append(Case(batch, lang, f"{batch}/{path.name}:{no}", text, role == "scams"))
    corpus = ROOT / "bench" / "corpus"
    for prefix in OLD_FILES:
        for path in sorted(corpus.glob(f"{prefix}_*.txt")):
            if "scams" not in path.stem and "replies" not in path.stem:
                continue
            scam = "scams" in path.stem
            for no, text in _lines(path, strip_label=scam):
                cases.append(Case("old", path.stem.split("_")[-1], f"{path.name}:{no}", text, scam))
    from app.demo.data.canned import DEMO_CANNED

    for reply in DEMO_CANNED:
        cases.append(Case("canned", "en", reply.key, reply.body_en, False))
        cases.append(Case("canned", "zh", reply.key, reply.body_zh, False))
    cases += demo_replies()
    return cases


# a fixed clock, so that the demo's replies (and the data's digest) do not change with the date
DEMO_NOW = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
_CJK = re.compile(r"[\u3400-\u9fff]")


def demo_replies() -> list[Case]:
    """Round 10: every agent reply of the demo's conversations (default seed): genuine replies the
    product itself sends, negative. Blind r16's round showed one ("为加快审核，麻烦您说明一下这笔提币的用途，
    以及收款地址 0x2d86…c3ef 是您本人的钱包…") held at 0.62 for one address and passed for another."""
    from app.demo.data.data import DEFAULT_SEED, build_demo_dataset

    dataset = build_demo_dataset(DEMO_NOW, seed=DEFAULT_SEED)
    agent = (m for c in dataset.conversations for m in c.messages if m.author_kind == "agent")
    bodies = sorted({m.body for m in agent if not m.internal})
    return [
        Case("demo", "zh" if _CJK.search(b) else "en", f"demo:{i}", b, False) for i, b in enumerate(bodies, 1)
    ]


Vector = list[tuple[str, float]]


def vectorise(text: str) -> Vector:
    counts = Counter(features(prepare(text)))
    total = sum(counts.values())
    if not total:
        return []
    scale = 1.0 / math.sqrt(total)
    return sorted((f, c * scale) for f, c in counts.items())


def _sigmoid(z: float) -> float:
    if z < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def train(data: Sequence[tuple[Vector, bool]]) -> tuple[dict[str, float], float]:
    """Averaged SGD on the logistic loss (the average of every step's weights is the model: it
    regularises as well as a tuned L2 on data this small). Returns the averaged weights and bias."""
    rng = random.Random(SEED)
    order = list(range(len(data)))
    w: dict[str, float] = {}
    acc: dict[str, float] = {}  # sum over steps of w[f], brought up to date lazily (``last``)
    last: dict[str, int] = {}
    bias, bias_acc = 0.0, 0.0
    step = 0
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        eta = ETA / (1 + epoch)
        for i in order:
            vec, scam = data[i]
            z = bias + sum(w.get(f, 0.0) * v for f, v in vec)
            g = (_sigmoid(z) - (1.0 if scam else 0.0)) * (1.0 if scam else NEG_WEIGHT)
            for f, v in vec:
                wf = w.get(f, 0.0)
                acc[f] = acc.get(f, 0.0) + wf * (step - last.get(f, 0))
                last[f] = step
                w[f] = wf - eta * g * v
            bias -= eta * g
            bias_acc += bias
            step += 1
    averaged = {f: (acc.get(f, 0.0) + wf * (step - last.get(f, 0))) / step for f, wf in w.items()}
    return averaged, bias_acc / step


def score(weights: dict[str, float], bias: float, vec: Vector) -> float:
    return _sigmoid(bias + sum(weights.get(f, 0.0) * v for f, v in vec))


def pruned(weights: dict[str, float]) -> dict[str, float]:
    return {f: round(x, 4) for f, x in weights.items() if abs(x) >= PRUNE}


# --- the rules' own answer, for the combined figures -------------------------------------------

_POLICY = LinkPolicy(frozenset(["exchange.example"]))


def rules(text: str) -> tuple[bool, bool, bool]:
    """(blocked, held) by the rules alone (``review_outbound`` without the model), and whether the
    rules cleared a hand-back in it (then the model is not consulted)."""
    outcome = review_outbound(text, _POLICY, model=False)
    return bool(outcome.blocked), bool(outcome.held), rules_cleared(text)


# --- cross-validation ----------------------------------------------------------------------------


def out_of_fold(cases: Sequence[Case], vecs: Sequence[Vector]) -> list[float | None]:
    """Each batch's cases scored by a model trained on everything else (None: never held out)."""
    scores: list[float | None] = [None] * len(cases)
    for batch in TRAIN_BATCHES:
        train_idx = [i for i, c in enumerate(cases) if c.group != batch]
        weights, bias = train([(vecs[i], cases[i].scam) for i in train_idx])
        weights = pruned(weights)
        for i, c in enumerate(cases):
            if c.group == batch:
                scores[i] = score(weights, bias, vecs[i])
        print(f"  fold {batch}: trained on {len(train_idx)} cases", file=sys.stderr)
    return scores


@dataclass(frozen=True, slots=True)
class Scored:
    """A held-out case: its out-of-fold score and what the rules alone did with it."""

    case: Case
    score: float
    blocked: bool
    held: bool
    cleared: bool

    def model_holds(self, threshold: float) -> bool:
        """What the model adds in ``review_outbound``: a hold where the rules did not clear it."""
        return not self.cleared and self.score >= threshold

    def stopped(self, threshold: float) -> bool:
        return self.blocked or self.held or self.model_holds(threshold)


def scored_cases(
    cases: Sequence[Case], scores: Sequence[float | None], ruled: Sequence[tuple[bool, bool, bool]]
) -> list[Scored]:
    return [
        Scored(c, s, b, h, k) for c, s, (b, h, k) in zip(cases, scores, ruled, strict=True) if s is not None
    ]


def choose_threshold(scored: Sequence[Scored]) -> float:
    """The lowest threshold at which the model holds at most MAX_SAFE_HELD of the held-out safe
    replies the rules pass (out-of-fold scores of r1-r29, both languages)."""
    safe = sorted(
        (x.score for x in scored if not x.case.scam and not (x.blocked or x.held or x.cleared)), reverse=True
    )
    allowed = int(MAX_SAFE_HELD * len(safe))
    # above the (allowed+1)-th highest safe score: at most ``allowed`` safe replies reach it
    return round(min(0.99, safe[allowed] + 1e-4), 4) if len(safe) > allowed else 0.5


def _rate(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.1%}" if n else "-"


def cv_table(scored: Sequence[Scored], thr: float) -> str:
    """Per held-out batch r8-r29 and language: the model alone, the rules, both."""
    rows = [
        "| batch | lang | scams: model holds | scams blocked (rules) | scams stopped: rules | scams stopped: "
        "rules + model | safe: model holds | safe blocked (rules) | safe stopped: rules "
        "| safe stopped: rules + model |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for batch in (*CV_BATCHES, "all r8-r29"):
        groups = CV_BATCHES if batch == "all r8-r29" else (batch,)
        for lang in ("en", "zh"):
            cells = []
            for scam in (True, False):
                sel = [
                    x
                    for x in scored
                    if x.case.lang == lang and x.case.group in groups and x.case.scam == scam
                ]
                figs = (
                    sum(x.model_holds(thr) for x in sel),
                    sum(x.blocked for x in sel),
                    sum(x.blocked or x.held for x in sel),
                    sum(x.stopped(thr) for x in sel),
                )
                cells += [_rate(k, len(sel)) for k in figs]
            rows.append(f"| {batch} | {lang} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def curve(scored: Sequence[Scored], thr: float) -> str:
    """Pooled r8-r29 figures (rules + model) for thresholds around the chosen one."""
    rows = [
        "| threshold | scams stopped en | scams stopped zh | safe stopped en | safe stopped zh "
        "| safe replies r1-r29 the model holds |",
        "|---|---|---|---|---|---|",
    ]
    for t in sorted({0.4, 0.45, 0.5, 0.55, thr, 0.65, 0.7, 0.8}):
        cells = []
        for scam in (True, False):
            for lang in ("en", "zh"):
                sel = [
                    x
                    for x in scored
                    if x.case.scam == scam and x.case.lang == lang and x.case.group in CV_BATCHES
                ]
                cells.append(_rate(sum(x.stopped(t) for x in sel), len(sel)))
        safe = [x for x in scored if not x.case.scam]
        cells.append(_rate(sum(x.model_holds(t) for x in safe), len(safe)))
        rows.append(f"| {t:.4g}{' (chosen)' if t == thr else ''} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


# --- the file ------------------------------------------------------------------------------------


def data_digest(cases: Sequence[Case]) -> str:
    h = hashlib.sha256()
    for c in cases:
        h.update(f"{c.group}\x1f{int(c.scam)}\x1f{c.text}\x1e".encode())
    h.update(f"{FEATURES} {EPOCHS} {ETA} {NEG_WEIGHT} {PRUNE} {SEED} {MAX_SAFE_HELD}".encode())
    return h.hexdigest()[:16]


def model_text(weights: dict[str, float], bias: float, threshold: float, digest: str) -> str:
    return weights_text(
        "outbound",
        "app/guard/outbound_model.py",
        "tools/train_outbound_model.py",
        Weights(weights, bias, threshold, digest),
    )


def build(cv: bool) -> str:
    cases = load_cases()
    vecs = [vectorise(c.text) for c in cases]
    ruled = [rules(c.text) for c in cases]
    scored = scored_cases(cases, out_of_fold(cases, vecs), ruled)
    threshold = choose_threshold(scored)
    if cv:
        print(f"threshold (out-of-fold: the rules' passes held <= {MAX_SAFE_HELD:.0%}): {threshold}\n")
        print(cv_table(scored, threshold))
        print()
        print(curve(scored, threshold))
        print()
    weights, bias = train([(v, c.scam) for v, c in zip(vecs, cases, strict=True)])
    return model_text(pruned(weights), bias, threshold, data_digest(cases))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="print the leave-one-batch-out figures first")
    ap.add_argument("--check", action="store_true", help="retrain and compare with the shipped file")
    args = ap.parse_args(argv)
    text = build(args.cv)
    if args.check:
        same = MODEL_PATH.read_text(encoding="utf-8") == text
        print("shipped model reproduced" if same else "shipped model DIFFERS from a fresh training")
        return 0 if same else 1
    MODEL_PATH.write_text(text, encoding="utf-8")
    size, grams = len(text.encode()) // 1024, text.count("\n") - 5
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({size} KB, {grams} n-grams)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
