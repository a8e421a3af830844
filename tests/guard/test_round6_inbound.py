"""Issue 16, round 6: inbound rules (part labels between English words, a private key named
anywhere in a message without a hash named, 私匙, UUID + 32-hex API pairs), each with a twin that
must stay untouched.

Wording and values made up here; none is copied from a held-out batch.
"""

from __future__ import annotations

import pytest
from mnemonic import Mnemonic

from app.guard import scan_inbound

_WORDS = Mnemonic("english").to_mnemonic(bytes(range(100, 116))).split()
_GROUPED = " ".join(
    "5e0c1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6"[i : i + 8].upper()
    for i in range(0, 64, 8)
)
_HEX = "5e0c1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6"


@pytest.mark.parametrize(
    "text",
    [
        f"first 6: {' '.join(_WORDS[:6])} last 6: {' '.join(_WORDS[6:])}",
        f"part 1: {' '.join(_WORDS[:6])} part 2: {' '.join(_WORDS[6:])}",
        f"前六个 {' '.join(_WORDS[:6])} 后六个 {' '.join(_WORDS[6:])}",
    ],
)
def test_part_labels_between_english_words_keep_the_phrase(text: str) -> None:
    result = scan_inbound(text)
    assert not any(w in result.text.split() for w in _WORDS), result.text
    assert {f.kind for f in result.findings} == {"seed_phrase"}


def test_part_labels_between_ordinary_words_stay() -> None:
    text = "first 6: buy the dip then wait last 6: sell when it pumps and go to sleep"
    assert scan_inbound(text).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        f"this is the pk of the wallet my deposit went to {_HEX}",
        f"The private key of my deposit address 0x3f… is {_GROUPED}",
        f"冷钱包私匙 {_HEX} 帮忙查一下",
    ],
)
def test_a_named_private_key_is_redacted_beside_deposit_words(text: str) -> None:
    result = scan_inbound(text)
    assert _HEX[:8] not in result.text.lower(), result.text
    assert "private_key" in {f.kind for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        f"my deposit tx hash is 0x{_HEX}, I never shared my private key",
        f"充值的交易哈希 {_HEX}，我没有泄露私钥",
    ],
)
def test_a_hash_beside_a_private_key_mention_stays(text: str) -> None:
    assert scan_inbound(text).findings == ()


_UUID = "3f2a9c1e-7b4d-4e21-9a0f-52c8d1e6b7a3"
_SECRET32 = "9C2E4A7B1D3F5E6A8B0C2D4E6F8A1B3C"


@pytest.mark.parametrize(
    "text",
    [
        f"api for the bot: {_UUID} / {_SECRET32}",
        f'{{"apiKey":"{_UUID}","secret":"{_SECRET32}"}}',
        f"key {_UUID} sec {_SECRET32.lower()}",
        f"子账户 API：{_UUID}，secret 稍后发",
    ],
)
def test_uuid_and_hex_api_pairs_are_redacted(text: str) -> None:
    result = scan_inbound(text)
    assert _UUID not in result.text and _SECRET32 not in result.text.upper(), result.text
    assert "api_secret" in {f.kind for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        f"order {_UUID} failed, trace {_SECRET32.lower()}",
        f"my api order {_UUID} is stuck",
    ],
)
def test_uuid_and_hex_ids_stay(text: str) -> None:
    assert scan_inbound(text).findings == ()
