"""``review_outbound``: which agent messages are refused, and which are held for a second look.

``check_outbound`` refuses a reply only when it reads as a request with confidence: a request
verb governs a secret noun, nothing negates it, no warning frames it. Three rounds of unseen
batches showed where that model stops: the asks that get through are told as events and hand-backs
("a code should pop up in your app. Copy it here", "验证码已发到您的手机，是多少呢", "把Key和Secret都
发过来"), and the false refusals are warnings that quote the scammer ("if they say 'send your
words in two parts…', that's a scam"). More fixed phrases only move the boundary. So the guard
now has a second, looser reading whose answer is not "refuse" but "hold": the message is not
sent until the agent who wrote it looks at the reason and confirms (the server records who
confirmed; ``docs/server.md``).

Held (low confidence), per sentence:

* **a hand-back**: a secret is named (in the sentence or the one before it: "a code should pop
  up. Copy it here") and the customer is asked to give something back to us ("copy it here",
  "repeat it to me", "reply with", 发过来, 给我, 是多少, 打在这里, 回复, 贴上来) — with no negation
  before the hand-back and no warning word ("scam", 骗子) in the sentence;
* **a quoted request in a warning**: a refusal whose words lie inside quotation marks, in a
  message that calls something a scam, fake or phishing ("如果对方说“助记词分两次发…”，这是典型的
  诈骗话术"): most likely a warning that quotes the script, possibly a script that quotes itself.

Round 8: a quotation told as the scammer's words (attributed to someone else, or labelled a scam
right after it, in a message that warns) is a warning, and passes; a hand-back of something support
may ask for (the order ID, TXID, 交易哈希) is no hand-back of a secret.

Everything ``check_outbound`` refuses that is not such a quote stays refused (``blocked``); a hold
never turns a refusal into a pass. Callers with no way to ask the agent (bulk macros, VIP
outreach, incident notices) keep using ``check_outbound`` alone.

This module puts the readings together; each lives in its own: the hand-backs
(``outbound_hand_backs``), the asks that name no secret (``outbound_held_actions``), the quotations
and reported asks in a warning (``outbound_quotes``), the threats (``outbound_coercion``) and the
classifier's gate (``outbound_classifier_gate``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from . import outbound_triggers as trigger_words
from .fold import Folder, original_span
from .links import LinkPolicy
from .outbound import check_outbound
from .outbound_classifier_gate import classifier_holds
from .outbound_coercion import coercion
from .outbound_hand_backs import hand_backs
from .outbound_held_actions import held_actions
from .outbound_quotes import quoted_in_warning, reported, told_quote_spans, told_quotes
from .textutil import ascii_lower
from .types import RESEMBLES_SCAM, Violation

_FOLDER: Final = Folder(trigger_words.CJK_PAIRS)


@dataclass(frozen=True, slots=True)
class OutboundReview:
    """``blocked``: refused outright. ``held``: not sent until the agent confirms it (only when
    nothing is blocked)."""

    blocked: tuple[Violation, ...]
    held: tuple[Violation, ...]

    @property
    def sendable(self) -> bool:
        return not self.blocked and not self.held


def rules_cleared(text: str) -> bool:
    """Whether the rules recognised a hand-back near a named secret in ``text`` and cleared it (the
    classifier is not consulted then); for the classifier's training script."""
    low = ascii_lower(_FOLDER.fold(text).text)
    return hand_backs(text, low)[1]


def review_outbound(text: str, policy: LinkPolicy | None = None, *, model: bool = True) -> OutboundReview:
    """Refusals (as ``check_outbound``) and holds for an agent's message; see the module doc.

    ``model``: a reply the rules let through is also read by the outbound classifier
    (``outbound_model``), which may hold it (``resembles_scam``) but never refuse it; ``False`` is
    the rules alone (the classifier's training script compares the two)."""
    strict = check_outbound(text, policy)
    told_spans = told_quote_spans(text) if strict else []  # computed again below if needed
    told = told_quotes(strict, told_spans)
    strict = tuple(v for v in strict if v not in told)
    quoted = quoted_in_warning(text, strict)
    quoted += [v for v in reported(text, strict) if v not in quoted]
    blocked = tuple(v for v in strict if v not in quoted)
    if blocked:
        return OutboundReview(blocked, ())
    held = list(quoted)
    if not strict:
        folded = _FOLDER.fold(text)
        low = ascii_lower(folded.text)
        backs, cleared = hand_backs(folded.text, low)
        if backs and folded.origin is None:  # a hand-back inside the scammer's quoted words
            told_spans = told_spans or told_quote_spans(text)
            kept = [v for v in backs if not any(a <= v.start < b for a, b in told_spans)]
            cleared = cleared or len(kept) < len(backs)  # the rules read it: not the classifier's
            backs = kept
        # round 14: a threat with no ask in it (a deadline or condition + a severe harm) is held
        threats = [Violation(RESEMBLES_SCAM, "", a, b) for a, b in coercion(low)]
        for v in backs + held_actions(folded.text, low) + threats:
            start, end = (v.start, v.end) if folded.origin is None else original_span(folded, v.start, v.end)
            held.append(Violation(v.code, text[start:end], start, end))  # the words as the agent typed them
        # a quotation the rules read as the scammer's words (``told``) is theirs to have cleared too
        if not held and not cleared and not told and model and classifier_holds(low):
            held.append(Violation(RESEMBLES_SCAM, text.strip()[:80], 0, len(text)))
    return OutboundReview((), tuple(held))
