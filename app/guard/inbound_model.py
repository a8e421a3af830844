"""The inbound guard's second line: a learnt scorer of values the rules left in the clear.

Seventeen rounds of inbound rules each took their tuning batch to ~100 % and moved the next blind
batch by 1-4 points: what they miss is a value with no label a rule knows ("it's LunaMoon7788 I
never changed it", 就是Feng.Yun.77这个, "its 940011", 零八八 三五一). Such a value has a secret's
shape (``inbound_model_spans`` proposes those spans); whether it IS one depends on the words around
it. This scorer weighs both - the value's shape and the English words / Chinese characters near it,
where it sits in the message - by a logistic regression trained on the seventeen tuning batches
(``tools/train_inbound_model.py``, which also prints the leave-one-batch-out figures).

Wired (session 8) as the guard's last pass, after every rule, by ``inbound_learnt`` (the conversation
rules decide first; its spans only add, at medium severity). ``hits`` gives the spans of a folded
text it would redact, with the kind its shape suggests (digits: a code; else a password); values
public by what they are (``inbound_model_gates``) are never among them. Figures: ``--cv`` of the
trainer, bench/guard_heldout_results.md, "A learnt inbound scorer".

The weights ship as ``inbound_model.txt`` (``weight<TAB>feature`` lines after ``#key value``
header lines: bias, threshold, the training data's digest), read once, exactly like
``outbound_model``: a dictionary lookup per feature and a sigmoid, no dependency, the same score on
every platform.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final, NamedTuple

from .inbound_model_gates import is_public
from .inbound_model_spans import DIGITS, EN_DIGITS, ZH_DIGITS, Span, candidates, shape_features
from .textutil import ascii_lower
from .types import OTP_CODE, PASSWORD
from .weights_file import parse_weights, probability
from .wordlists import english_words

MODEL_PATH: Final = Path(__file__).with_name("inbound_model.txt")
# Names the features below; part of the training data's digest (a change without retraining fails
# the weights-reproduced test).
FEATURES: Final = "shape / words 4 left 3 right / cjk 4 left 3 right + pairs / place / v1"
MASK: Final = "\ue000"  # ``inbound``'s marker mask: a secret already redacted there
_WORD: Final = re.compile(r"[a-z][a-z']*|\ue000+")
_CJK: Final = re.compile(r"[\u3400-\u9fff\ue000]")
_REACH: Final = 40  # characters either side read for context words


class Hit(NamedTuple):
    kind: str
    start: int
    end: int


def _cjk_side(text: str, left: bool) -> list[str]:
    chars = _CJK.findall(text)
    chars = chars[-4:] if left else chars[:3]
    side = "lc:" if left else "rc:"
    feats = [side + c for c in chars]
    near = chars[-2:] if left else chars[:2]
    if len(near) == 2:
        feats.append(side + "".join(near))
    return feats


def features(work: str, span: Span, words: frozenset[str]) -> list[str]:
    """A candidate's features: its shape, the words/characters around it, its place."""
    value = work[span.start : span.end]
    feats = shape_features(span.shape, value, words)
    before = ascii_lower(work[max(0, span.start - _REACH) : span.start])
    after = ascii_lower(work[span.end : span.end + _REACH])
    lw = _WORD.findall(before)[-4:]
    rw = _WORD.findall(after)[:3]
    feats += ["l:" + w for w in lw]
    feats += ["r:" + w for w in rw]
    if lw and before.rstrip().endswith(lw[-1]):
        feats.append("l1:" + lw[-1])
    if rw and after.lstrip().startswith(rw[0]):
        feats.append("r1:" + rw[0])
    if not work.isascii():
        feats += _cjk_side(before, True) + _cjk_side(after, False)
    lp = before.rstrip()[-1:]
    rp = after.lstrip()[:1]
    feats.append("lp:" + (lp if lp and not lp.isalnum() else "w" if lp else "^"))
    feats.append("rp:" + (rp if rp and not rp.isalnum() else "w" if rp else "$"))
    if not before.strip() and not after.strip():
        feats.append("whole")
    feats.append(f"msg:{min(len(work) // 40, 5)}")
    return feats


def kind_of(span: Span) -> str:
    """The kind a redaction gets, from the shape: digits are a code, anything else a password
    (the batches' labels agree on most spans; longer key-shaped runs are left to the key rules)."""
    return OTP_CODE if span.shape in (DIGITS, ZH_DIGITS, EN_DIGITS) else PASSWORD


@dataclass(frozen=True, slots=True)
class InboundModel:
    """Weights by feature, the bias and the redaction threshold (a probability)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    digest: str

    def score_features(self, feats: list[str]) -> float:
        return probability(self.weights, self.bias, feats)

    def scored(self, work: str, public: bool = False) -> list[tuple[Span, float]]:
        """Every candidate of ``work`` (folded text) with its score (``public``: also those
        ``inbound_model_gates`` calls public, which the caller must then drop itself)."""
        spans = candidates(work, public)
        if not spans:
            return []
        words = english_words()
        return [(s, self.score_features(features(work, s, words))) for s in spans]

    def hits(self, work: str) -> list[Hit]:
        """The spans to redact; the public-value test only on the few above the threshold (the
        same spans as testing every candidate first, at a fraction of the cost)."""
        return [
            Hit(kind_of(s), s.start, s.end)
            for s, p in self.scored(work, public=True)
            if p >= self.threshold and not is_public(work, s.start, s.end)
        ]


def parse_model(raw: str) -> InboundModel:
    """A model from the text of a weights file; a malformed file is a clear ``ValueError``."""
    return InboundModel(*parse_weights(raw, "inbound", "feature"))


@lru_cache(maxsize=1)
def load_model() -> InboundModel:
    """The shipped model, read once per process."""
    return parse_model(MODEL_PATH.read_text(encoding="utf-8"))
