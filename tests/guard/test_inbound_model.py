"""Session 8: the learnt inbound scorer (``app/guard/inbound_model.py``) itself.

Its wiring (the guard's last pass) is ``test_inbound_learnt.py``. Here: the
shipped weights load and are the ones the trainer makes from r1-r26 (+ its hard negatives), a value
with no label the rules leave in the clear is among its spans, ordinary messages with numbers,
dates, IDs and amounts are not, and the trainer never reads a blind batch.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.guard import scan_inbound
from app.guard.fold import fold_inbound
from app.guard.inbound_model import MODEL_PATH, load_model, parse_model
from app.guard.inbound_model_spans import candidates
from app.guard.types import OTP_CODE, PASSWORD
from tools import train_inbound_model as training

# Written for this test (not from a batch); each checked below with the rules alone.
UNLABELLED = [
    ("Tulip4455 thats what i typed", "Tulip4455", PASSWORD),
    ("ok fine 582913", "582913", OTP_CODE),
    ("行吧 582913", "582913", OTP_CODE),
]
ORDINARY = [
    "Order 20240315 still pending",
    "I deposited 2500 USDT on 2024-03-15, where is it?",
    "my uid is 88123456",
    "withdrawal failed with error E1042, please check",
    "Bought 0.5 BTC at 64200 yesterday",
    "我的UID是 20931847，提币一直没到",
    "订单号 2024031512 还在处理中",
    "2024年3月15日充值了 5000 USDT",
    "错误代码 E2001 是什么意思",
    "my phone is +65 9123 4567",
    "Can you check ticket #48213?",
    "my email is tom.lee88@gmail.com",
    "the hash starts with 9f3ab2…c41d, is it confirmed?",
]


def test_the_shipped_model_loads() -> None:
    model = load_model()
    assert len(model.weights) > 500
    assert 0.5 < model.threshold < 1.0
    assert MODEL_PATH.stat().st_size < 300_000  # a compact resource, loaded once
    assert load_model() is model


def _spans(text: str) -> list[tuple[str, str]]:
    work = fold_inbound(text).text
    return [(work[h.start : h.end], h.kind) for h in load_model().hits(work)]


@pytest.mark.parametrize(("text", "secret", "kind"), UNLABELLED)
def test_an_unlabelled_secret_the_rules_miss_is_found(text: str, secret: str, kind: str) -> None:
    assert scan_inbound(text, learnt=False).findings == ()  # the rules store it in the clear
    assert _spans(text) == [(secret, kind)]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_numbers_ids_and_amounts_are_left_alone(text: str) -> None:
    assert scan_inbound(text).findings == ()
    assert _spans(text) == []


def test_spans_are_shaped_like_secrets_only() -> None:
    text = "hi, i changed it to Tulip4455 and then the sms code 582913 came, thanks a lot"
    work = fold_inbound(text).text
    assert [work[c.start : c.end] for c in candidates(work)] == ["Tulip4455", "582913"]


def test_a_malformed_weights_file_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="header"):
        parse_model("0.5\tt:tok\n")
    with pytest.raises(ValueError, match="not a number"):
        parse_model("#bias 0\n#threshold 0.5\n#digest x\nabc\tt:tok\n")
    with pytest.raises(ValueError, match="neither"):
        parse_model("bias 0\n")


@pytest.mark.parametrize(
    "batch", ["r30", "r31", "r32", "r33", "r34", "../r30", "r31/", "r34/", "r35", "fresh4"]
)
def test_the_trainer_refuses_any_batch_but_the_tuning_ones(
    batch: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_reading(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("a blind batch was opened")

    monkeypatch.setattr(Path, "read_text", no_reading)
    monkeypatch.setattr(Path, "glob", no_reading)
    with pytest.raises(ValueError, match="not a tuning batch"):
        training.load_cases([batch])
    for blind in ("r30", "r31", "r32", "r33", "r34"):
        assert blind not in training.TRAIN_BATCHES and blind not in training.CV_BATCHES
        assert blind in training.BLIND


@pytest.mark.parametrize("batch", ["r30", "r31", "r32", "r33", "r34"])
def test_the_blind_batches_are_refused_by_name_even_if_listed(
    batch: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """r30-r34 are refused by name: a later edit that widens TRAIN_BATCHES by mistake still cannot
    read them."""

    def no_reading(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("a blind batch was opened")

    monkeypatch.setattr(Path, "read_text", no_reading)
    monkeypatch.setattr(Path, "glob", no_reading)
    monkeypatch.setattr(training, "TRAIN_BATCHES", (*training.TRAIN_BATCHES, batch))
    with pytest.raises(ValueError, match="blind batch"):
        training.load_cases([batch])


def test_the_shipped_weights_are_what_the_trainer_makes(capsys: pytest.CaptureFixture[str]) -> None:
    assert training.main(["--check"]) == 0, "retrain: python tools/train_inbound_model.py"
    assert "reproduced" in capsys.readouterr().out
