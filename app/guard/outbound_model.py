"""A second kind of reader for agents' replies: a character n-gram classifier of scam asks.

Six rounds of hand-written outbound rules each took their tuning batch to 100 % and moved the next
blind batch by one or two cases: the space of ways to ask for a secret is larger than any list of
shapes. This model reads the same folded text differently — by the n-grams the scam asks of thirteen
batches share (every 3 characters, Chinese characters and pairs of them, English words and pairs of
words), weighted by a logistic regression trained on every batch's scam and safe replies
(``tools/train_outbound_model.py``, which also writes the leave-one-batch-out figures).

It never refuses anything on its own: ``review_outbound`` consults it only for a reply the rules
let through, and a score above the model's threshold *holds* the reply for the agent's review
(code ``resembles_scam``; "Send anyway" remains). The rules stay the explainable first line.

The weights ship as ``outbound_model.txt`` (one ``weight<TAB>n-gram`` per line, a header of
``#key value`` lines: bias, threshold, the training data's digest), loaded once. Scoring is a
dictionary lookup per n-gram and a sigmoid: no hashing (``hash`` of ``str`` differs per process),
no dependency, the same score on every platform.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Final

from . import outbound_triggers as trigger_words
from .fold import Folder
from .textutil import ascii_lower
from .weights_file import parse_weights, probability

MODEL_PATH: Final = Path(__file__).with_name("outbound_model.txt")
# Names ``features`` below; part of the training data's digest, so changing the n-grams without
# retraining fails the round-7 tests.
FEATURES: Final = "char3 cjk1 cjk2 word word2 / digits 0 / addresses 0x# / v2"
_FOLDER: Final = Folder(trigger_words.CJK_PAIRS)
_DIGITS = re.compile(r"[0-9]+")
# round 10: an address (whole, or shortened as the desk shows it: "0x2d86…c3ef", folded to "...") is one
# token, so that a reply's score does not depend on which letters its address happens to hold (the
# demo's "为加快审核…收款地址 0x2d86…c3ef 是您本人的钱包…" was held for one address and not another)
_ADDRESS = re.compile(
    r"(?<![0-9a-z])(?:0x[0-9a-f]{6,}|bc1[0-9a-z]{8,}|t[1-9a-z]{33}|[0-9a-z]{3,8}(?:…|\.\.\.)[0-9a-z]{3,8})(?![0-9a-z])"
)
_TRON = re.compile(r"t[1-9a-z]{33}")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z][a-z']*")


def prepare(text: str) -> str:
    """The text as the rules read it (folded: NFKC, invisible characters, confusables, leet; ASCII
    lower-cased), then every run of digits as ``0`` and every run of white space as one space."""
    low = ascii_lower(_FOLDER.fold(text).text)
    return normalise(low)


def normalise(low: str) -> str:
    """Addresses, digits and white space of already folded, lower-cased text (see ``prepare``)."""
    if "0x" in low or "..." in low or "…" in low or "bc1" in low or _TRON.search(low) is not None:
        low = _ADDRESS.sub("0x#", low)
    return " " + _SPACES.sub(" ", _DIGITS.sub("0", low)).strip() + " "


def features(norm: str) -> list[str]:
    """The n-grams of a normalised text, with repeats: every 3 characters (in and across English
    words; a Chinese phrase), every Chinese character and pair of characters, every English word
    (``_word``) and pair of consecutive words (``_send_me``). One list, built by comprehensions:
    about 85 n-grams for a typical reply, one dictionary lookup each."""
    size = len(norm)
    grams = [norm[i : i + 3] for i in range(size - 2)]
    if not norm.isascii():
        grams += [ch for ch in norm if ch > "\x7f"]
        grams += [norm[i : i + 2] for i in range(size - 1) if norm[i] > "\x7f"]
    words = _WORD.findall(norm)
    if words:
        grams += ["_" + w for w in words]
        grams += [f"_{a}_{b}" for a, b in pairwise(words)]
    return grams


@dataclass(frozen=True, slots=True)
class OutboundModel:
    """Weights by n-gram, the bias and the hold threshold (a probability)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    digest: str

    def score(self, text: str) -> float:
        """Probability that ``text`` (an agent's reply, as typed) is a scam ask."""
        return self.score_normalised(prepare(text))

    def score_normalised(self, norm: str) -> float:
        return probability(self.weights, self.bias, features(norm))

    def holds(self, text: str) -> bool:
        return self.score(text) >= self.threshold


def parse_model(raw: str) -> OutboundModel:
    """A model from the text of a weights file; a malformed file is a clear ``ValueError``."""
    return OutboundModel(*parse_weights(raw, "outbound", "n-gram"))


@lru_cache(maxsize=1)
def load_model() -> OutboundModel:
    """The shipped model, read once per process."""
    return parse_model(MODEL_PATH.read_text(encoding="utf-8"))
