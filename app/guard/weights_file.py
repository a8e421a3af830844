"""The file format and the scoring rule of the guard's learnt models (one of each for both).

The outbound classifier (agent replies) and the inbound scorer (values in customer text) are the same
kind of model: a logistic regression over string features, shipped as a small text file in the
package so that it loads fast, diffs readably and needs no numeric dependency. Its trainer writes the
file with :func:`weights_text`; the guard reads it with :func:`parse_weights`. A malformed file is a
clear ``ValueError`` naming the model, never a model that silently scores everything zero.
"""

from __future__ import annotations

import math
from itertools import repeat
from typing import NamedTuple


class Weights(NamedTuple):
    """Weights by feature, the bias, the decision threshold (a probability) and the training data's digest."""

    weights: dict[str, float]
    bias: float
    threshold: float
    digest: str


def probability(weights: dict[str, float], bias: float, feats: list[str]) -> float:
    """The model's probability for one case: the summed weights of its features, scaled by the
    square root of their count so that long texts do not score high by length alone."""
    total = sum(map(weights.get, feats, repeat(0.0)))
    z = bias + (total / math.sqrt(len(feats)) if feats else 0.0)
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def weights_text(model: str, module: str, trainer: str, w: Weights) -> str:
    """The file's text: a header (``#key value``), then ``weight<TAB>feature`` lines, sorted."""
    lines = [
        f"#format agentdesk-{model}-model 1",
        f"#about weights of {module}, written by {trainer}",
        f"#bias {w.bias:.6f}",
        f"#threshold {w.threshold:.4f}",
        f"#digest {w.digest}",
    ]
    lines += [f"{x:.4f}\t{f}" for f, x in sorted(w.weights.items())]
    return "\n".join(lines) + "\n"


def parse_weights(raw: str, model: str, feature: str = "feature") -> Weights:
    """The weights in ``raw`` (features hold no tab: a line without one is the header)."""
    header: dict[str, str] = {}
    weights: dict[str, float] = {}
    for no, line in enumerate(raw.split("\n"), 1):
        if not line:
            continue
        value, tab, feat = line.partition("\t")
        if not tab:
            if not line.startswith("#"):
                raise ValueError(f"{model} model line {no}: neither #key value nor weight<TAB>{feature}")
            key, _, hvalue = line[1:].partition(" ")
            header[key] = hvalue
            continue
        try:
            weights[feat] = float(value)
        except ValueError:
            raise ValueError(f"{model} model line {no}: weight {value!r} is not a number") from None
    try:
        return Weights(weights, float(header["bias"]), float(header["threshold"]), header["digest"])
    except (KeyError, ValueError) as exc:
        raise ValueError(f"{model} model header incomplete or malformed: {exc}") from None
