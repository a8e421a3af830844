"""Session 8: the learnt inbound scorer (``app/guard/inbound_model.py``) beside the rules.

It may only add redactions: what the rules redact stays redacted, a value the rules leave in the
clear may be redacted when its shape and the words around it read as a secret, and ordinary
messages with numbers, dates, IDs and amounts stay untouched. The shipped weights must be the ones
the trainer makes from r1-r17, and the trainer never reads a blind batch.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.guard import scan_inbound
from app.guard.inbound_model import MODEL_PATH, load_model, parse_model, using_model
from app.guard.types import OTP_CODE, PASSWORD
from tools import train_inbound_model as training

# Written for this test (not from a batch); each checked below with the rules alone.
UNLABELLED = [
    ("it's Tulip4455 I never changed it", "Tulip4455", PASSWORD),
    ("yeah its 582913", "582913", OTP_CODE),
    ("就是这个 四七二九一八", "四七二九一八", OTP_CODE),
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


@pytest.mark.parametrize(("text", "secret", "kind"), UNLABELLED)
def test_an_unlabelled_secret_the_rules_miss_is_redacted(text: str, secret: str, kind: str) -> None:
    with using_model(None):
        assert scan_inbound(text).findings == ()  # the rules alone store it in the clear
    result = scan_inbound(text)
    assert secret not in result.text
    assert [f.kind for f in result.findings] == [kind]
    assert f"[redacted:{kind}]" in result.text


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_numbers_ids_and_amounts_are_untouched(text: str) -> None:
    result = scan_inbound(text)
    assert result.findings == ()
    assert result.text == text


@pytest.mark.parametrize(
    "text",
    [
        "password: Hunter2Hunter2 and the code 448213, also it's Tulip4455 I never changed it",
        "seed: legal winner thank year wave sausage worth useful legal winner thank yellow / 582913",
        *(t for t, _, _ in UNLABELLED),
    ],
)
def test_the_model_only_adds_to_the_rules(text: str) -> None:
    with using_model(None):
        rules = scan_inbound(text)
    both = scan_inbound(text)
    for f in rules.findings:
        assert any(g.start <= f.start and f.end <= g.end for g in both.findings)
    assert both.findings
    assert scan_inbound(both.text).findings == ()  # idempotent: a marker is never read as a value


def test_a_malformed_weights_file_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="header"):
        parse_model("0.5\tt:tok\n")
    with pytest.raises(ValueError, match="not a number"):
        parse_model("#bias 0\n#threshold 0.5\n#digest x\nabc\tt:tok\n")
    with pytest.raises(ValueError, match="neither"):
        parse_model("bias 0\n")


@pytest.mark.parametrize("batch", ["r18", "r19", "../r18", "fresh4"])
def test_the_trainer_refuses_any_batch_but_the_tuning_ones(
    batch: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_reading(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("a blind batch was opened")

    monkeypatch.setattr(Path, "read_text", no_reading)
    monkeypatch.setattr(Path, "glob", no_reading)
    with pytest.raises(ValueError, match="not a tuning batch"):
        training.load_cases([batch])
    assert "r18" not in training.TRAIN_BATCHES and "r18" not in training.CV_BATCHES


def test_the_shipped_weights_are_what_the_trainer_makes(capsys: pytest.CaptureFixture[str]) -> None:
    assert training.main(["--check"]) == 0, "retrain: python tools/train_inbound_model.py"
    assert "reproduced" in capsys.readouterr().out
