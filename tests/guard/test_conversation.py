"""scan_conversation (issue 16): a secret split over consecutive messages of one conversation is
found when it is complete, the earlier parts are redacted too, and the customer is warned once."""

from __future__ import annotations

import random

import pytest
from mnemonic import Mnemonic

from app.guard import scan_conversation, scan_inbound
from tests.support.guard_store import feed

EN = Mnemonic("english")
ZH = Mnemonic("chinese_simplified")
TX = random.Random(9).randbytes(32).hex()


def test_two_halves_redact_both_and_warn_once() -> None:
    words = EN.to_mnemonic(random.Random(1).randbytes(16)).split()
    first = scan_conversation("my words are " + " ".join(words[:6]), [])
    assert first.current.findings == () and first.kinds == ()  # half a phrase is not yet one
    second = scan_conversation(" ".join(words[6:]), [first.current.text])
    assert second.current.text == "[redacted:seed_phrase]"
    (earlier,) = second.earlier
    assert earlier.index == 0 and earlier.result.text == "my words are [redacted:seed_phrase]"
    assert second.kinds == ("seed_phrase",)  # one warning for the whole phrase


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize("parts", [2, 3, 4])
def test_phrase_in_parts_with_a_short_interlude(parts: int, seed: int) -> None:
    entropy = random.Random(seed * 10 + parts).randbytes(32 if parts == 4 else 16)
    words = EN.to_mnemonic(entropy).split()
    size = len(words) // parts
    chunks = [" ".join(words[i * size : (i + 1) * size]) for i in range(parts)]
    messages = [chunks[0], "oops sent too early", *chunks[1:]]
    stored = feed(messages)
    assert all(w not in " ".join(stored) for w in words if len(w) > 3 and w not in ("seed", "phrase"))
    assert stored[1] == "oops sent too early"


def test_a_third_part_after_the_phrase_was_already_found() -> None:
    words = EN.to_mnemonic(random.Random(2).randbytes(24)).split()  # 18 words: complete at the 2nd third
    stored = feed([" ".join(words[:6]), " ".join(words[6:12]), " ".join(words[12:])])
    assert stored == ["[redacted:seed_phrase]"] * 3


@pytest.mark.parametrize("seed", range(10))
def test_chinese_phrase_in_two_messages(seed: int) -> None:
    words = ZH.to_mnemonic(random.Random(seed).randbytes(16)).split()
    stored = feed([" ".join(words[:6]), " ".join(words[6:])])
    assert stored == ["[redacted:seed_phrase]", "[redacted:seed_phrase]"]


def test_label_in_one_message_value_in_the_next() -> None:
    assert feed(["my password is:", "Glacier#2024"]) == ["my password is:", "[redacted:password]"]
    assert feed(["验证码是", "552190"]) == ["验证码是", "[redacted:otp_code]"]


@pytest.mark.parametrize(
    "messages",
    [
        ["I want to buy", "bitcoin", "and ethereum", "what is the minimum?"],
        ["you can check that account", "please help me with this issue", "thank you so much"],
        ["我 想 问 一 下", "我 的 提 现 为 什 么 还 没 到", "已 经 两 天 了"],
        ["which coins can I stake", "eth sol ada dot", "and what are the rates"],
        ["can you check these", TX, "both deposits"],
        ["my password is not working", "I tried five times", "please help"],
    ],
)
def test_ordinary_consecutive_messages_are_untouched(messages: list[str]) -> None:
    assert feed(messages) == messages


def test_a_bare_hash_after_a_message_about_transactions_is_a_tx_hash() -> None:
    assert scan_inbound(TX).findings  # alone, a 64-hex string is taken for a key
    assert feed(["deposit missing, txid", TX]) == ["deposit missing, txid", TX]


def test_only_the_recent_window_is_looked_at() -> None:
    words = EN.to_mnemonic(random.Random(3).randbytes(16)).split()
    old = [" ".join(words[:6])] + ["ok"] * 10
    outcome = scan_conversation(" ".join(words[6:]), old)
    assert outcome.earlier == ()
