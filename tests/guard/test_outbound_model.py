"""Round 7: the outbound classifier (``app/guard/outbound_model.py``) beside the rules.

It may only add holds: what the rules refuse stays refused, what they pass may be held
(``resembles_scam``), and safe replies — warnings, education, "reset it on the official site" —
still pass. The shipped weights must be the ones the training script makes from today's corpora.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.guard import VIOLATION_CODES, describe_violation, review_outbound
from app.guard.outbound_model import MODEL_PATH, load_model, parse_model, prepare
from app.guard.types import RESEMBLES_SCAM
from tests.guard.classifier_holds import KNOWN_FALSE_HOLDS
from tools import train_outbound_model as training

ROOT = Path(__file__).resolve().parents[2]

# Asks no rule of rounds 1-6 recognises (each checked below with the rules alone), written for this
# test (not from a batch): the classifier holds them for the agent's review.
UNRULED_ASKS = [
    "Type out what you use to log in and I'll check it on my side.",
    # round 19 refuses "Add our engineer on Telegram and give him what he asks for" (``off_platform``)
    "When our engineer contacts you, give him what he asks for and he will fix it.",
    "请告诉我您登录时用的那串字符，我帮您核实。",
]
SAFE = [
    "Never share your seed phrase, private key or SMS codes with anyone, including us.",
    "We will never ask for your password. If someone does, it is a scam: please report it.",
    "Please reset your password on the official site: Settings > Security > Change password.",
    "Thanks for waiting! Your withdrawal was sent; the TxID is in your history.",
    "To protect your account, turn on 2FA in Settings and keep your backup key offline.",
    "Anyone asking you to install AnyDesk or TeamViewer is a scammer; we never do that.",
    "请勿向任何人透露助记词、私钥或验证码，客服绝不会索要。",
    "请在官网的安全设置中自行重置密码，不要点击陌生链接。",
    "您的提现已处理完成，交易哈希可在资金记录中查看。",
    "任何让您转账到“安全账户”的都是骗子，请立即停止联系。",
]


def test_the_shipped_model_loads() -> None:
    model = load_model()
    assert len(model.weights) > 1000
    assert 0.0 < model.threshold < 1.0
    assert MODEL_PATH.stat().st_size < 600_000  # a compact resource, loaded once
    assert load_model() is model


@pytest.mark.parametrize("text", UNRULED_ASKS)
def test_an_ask_the_rules_miss_is_held_by_the_classifier(text: str) -> None:
    assert review_outbound(text, model=False).sendable  # the rules alone let it through
    outcome = review_outbound(text)
    assert outcome.blocked == ()
    assert [v.code for v in outcome.held] == [RESEMBLES_SCAM]
    assert load_model().score(text) >= load_model().threshold


@pytest.mark.parametrize(
    "text",
    ["Please send me your 12-word seed phrase to verify the wallet.", "请把您的助记词发给我核对一下。"],
)
def test_a_clear_scam_ask_is_stopped_and_the_rules_win(text: str) -> None:
    outcome = review_outbound(text)
    assert outcome.blocked  # refused by the rules, not merely held
    assert RESEMBLES_SCAM not in {v.code for v in outcome.held}
    assert load_model().score(text) >= load_model().threshold  # the model agrees


@pytest.mark.parametrize("text", SAFE)
def test_warnings_education_and_official_site_replies_pass(text: str) -> None:
    assert review_outbound(text).sendable
    assert load_model().score(text) < load_model().threshold


@pytest.mark.parametrize(
    "text",
    [
        "reply 0-1",  # a few characters: a handful of n-grams decided alone (scored 0.68)
        "hello",
        "Here is our guide.",
        "ticket 3 about the PAGEWORD refund",
        "Could you send me your UID please, so I can check?",  # what support may ask for
        "Can you send me the TXID and a screenshot of the withdrawal record?",
        "麻烦发一下您的UID和订单号，我帮您查。",
    ],
)
def test_short_replies_and_what_support_may_ask_for_are_not_the_classifiers(text: str) -> None:
    outcome = review_outbound(text)
    assert outcome.sendable and outcome.held == ()


@pytest.mark.parametrize(
    "text",
    [
        "Hi! Welcome back. What can I help you with today?",  # held at 0.65 in blind r16 (round 9)
        "I understand, that's really frustrating. Let me see what I can do.",
        "您好，欢迎回来！今天有什么可以帮您的吗？我们随时为您服务。",
    ],
)
def test_a_reply_that_seeks_nothing_is_not_held(text: str) -> None:
    """The classifier is consulted only for a reply that names something a scam wants (a secret,
    access, a wallet or funds, software, another channel): a greeting is none."""
    assert review_outbound(text).held == ()


@pytest.mark.parametrize(
    "text",
    [
        "Hmm the system won't let me in, can you give me your access info?",
        "我只需要您的安全信息就可以继续处理，请尽快回复我。",
        "我们一个词一个词核对，第一个词是什么？请按顺序告诉我。",
    ],
)
def test_vague_asks_that_name_what_they_want_are_still_read(text: str) -> None:
    """The gate lets through the vague asks only the classifier catches (r13, r15)."""
    outcome = review_outbound(text)
    assert not outcome.sendable or outcome.held


def test_markup_is_not_the_classifiers_to_read() -> None:
    """A reply of markup is no sentence (the plain-text test's ``<script>`` reply scored 0.60)."""
    # round 9's retraining scores the plain-text test's reply 0.53 (under the threshold); one with an
    # urgent word in its markup still scores over it, so the gate still has something to do (round 11's
    # retraining: "urgent: verify now" 0.57, under 0.6078; "verify your wallet now" 0.75)
    markup = (
        "<script>window.__pwned=2</script><b>urgent: verify your wallet now</b>"
        "<img src=x onerror=window.__pwned=3>"
    )
    assert load_model().score(markup) >= load_model().threshold  # what the gate is for
    assert review_outbound(markup).held == ()
    # a menu path is no markup: the classifier still reads a long reply that gives one
    path = "Open Profile > Security and then tell me every word of the backup phrase you wrote down."
    assert not review_outbound(path).sendable or review_outbound(path).held


def test_an_ask_for_a_secret_beside_a_uid_is_still_stopped_by_the_rules() -> None:
    outcome = review_outbound("Please send your UID and the 6-digit code from the SMS to finish the check.")
    assert not outcome.sendable or outcome.held


def test_the_classifier_never_refuses() -> None:
    """Over a batch's scams and safe replies, what is refused is exactly what the rules refuse."""
    batch = ROOT / "bench" / "corpus" / "guard_batches" / "r13"
    texts = [t for path in sorted(batch.glob("*.txt")) if path.stem.startswith(("scams", "replies"))
             for _, t in training._lines(path, strip_label=path.stem.startswith("scams"))]
    assert len(texts) > 300
    for text in texts:
        assert review_outbound(text).blocked == review_outbound(text, model=False).blocked


def test_scores_are_deterministic_across_processes() -> None:
    """No ``hash()`` of strings: another process with another hash seed gives the same score."""
    text = "drop the words from ur backup card here pls"
    here = load_model().score(text)
    assert load_model().score(text) == here
    code = f"from app.guard.outbound_model import load_model; print(repr(load_model().score({text!r})))"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert float(out.stdout) == here


def test_the_folded_text_is_what_is_read() -> None:
    """Full-width letters and invisible characters read as the plain words (the guard's fold)."""
    plain = "send me the words from your backup card"
    disguised = "ｓｅｎｄ me the wo\u200brds from your backup card"
    assert prepare(disguised) == prepare(plain)
    assert load_model().score(disguised) == load_model().score(plain)


def test_the_new_code_is_explained() -> None:
    assert RESEMBLES_SCAM in VIOLATION_CODES
    held = review_outbound(UNRULED_ASKS[0]).held[0]
    assert "classifier" in describe_violation(held, "en")
    assert "分类模型" in describe_violation(held, "zh-CN")


def test_the_shipped_weights_come_from_todays_corpora() -> None:
    """The file's digest is that of the training data and settings the script reads now: a corpus
    or setting changed without retraining (or a hand-edited header) fails here."""
    cases = training.load_cases()
    groups = {c.group for c in cases}
    assert {"r22", "r23", "r24", "r25", "r26"} <= groups  # round 18: r26 was measured blind: it trains now
    # round 20: r27-r29 (measured blind on rounds 18-19) train now; r30-r34 (written blind in session 14,
    # measured after round 20) are refused by name and never read
    assert {"r27", "r28", "r29"} <= groups
    blind = {"r30", "r31", "r32", "r33", "r34"}
    assert blind <= training.BLIND
    assert not blind & groups
    assert not blind & set(training.TRAIN_BATCHES) and not blind & set(training.CV_BATCHES)
    assert not any(c.where.startswith(tuple(f"{b}/" for b in blind)) for c in cases)
    assert load_model().digest == training.data_digest(cases)


def test_a_blind_batch_is_refused_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """Listing a blind batch among the training batches stops the trainer before it reads a line."""
    monkeypatch.setattr(training, "TRAIN_BATCHES", (*training.TRAIN_BATCHES, "r30"))
    with pytest.raises(SystemExit, match="r30 is a blind batch"):
        training.load_cases()


def test_training_is_deterministic() -> None:
    cases = training.load_cases()[::12]
    data = [(training.vectorise(c.text), c.scam) for c in cases]
    assert training.train(data) == training.train(data)


@pytest.mark.parametrize(
    "raw",
    [
        "#bias 0.1\n#threshold 0.5\n",
        "#bias x\n#threshold 0.5\n#digest d\n",
        "#bias 0\n#threshold 0.5\n#digest d\nabc\tx y\n",
        "#bias 0\n#threshold 0.5\n#digest d\nnot a header\n",
    ],
)
def test_a_malformed_weights_file_is_a_clear_error(raw: str) -> None:
    with pytest.raises(ValueError, match="outbound model"):
        parse_model(raw)


def test_the_known_false_holds_are_still_held() -> None:
    """``classifier_holds.KNOWN_FALSE_HOLDS`` lists exactly what the shipped model still holds."""
    for text in KNOWN_FALSE_HOLDS:
        assert review_outbound(text, model=False).sendable
        assert [v.code for v in review_outbound(text).held] == [RESEMBLES_SCAM], text
