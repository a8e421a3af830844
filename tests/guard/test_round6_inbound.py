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


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a PIN named by its use between label and value
        ("the pin for transfers 520914, is it safe to tell you", "520914", "password"),
        # a credentials list with "user" after the label
        ("creds: user lily_2211 / Tr#ee9001", "Tr#ee9001", "password"),
        # the value one logs in with
        ("signing in with Qw7!harbor fails every time", "Qw7!harbor", "password"),
        # "pass" after a secret already redacted (a list of credentials)
        (f"bot creds: key {_UUID} sec {_SECRET32} pass moonbag42", "moonbag42", "password"),
        # a BIP39 passphrase as the extra word, after a clause ending in a place
        ("the 13th word I added on trezor is salt-river-90", "salt-river-90", "api_secret"),
        ("我钱包的第13个词（passphrase）是 yellow-kite-88", "yellow-kite-88", "api_secret"),
        ("助记词密码是 上海外滩1999", "上海外滩1999", "api_secret"),
        # a code named by where it was shown or sent
        ("770415 - the number from the text you sent", "770415", "otp_code"),
        ("手机上显示 318806，对吗", "318806", "otp_code"),
    ],
)
def test_round6_secrets_are_redacted(text: str, secret: str, kind: str) -> None:
    result = scan_inbound(text)
    assert secret not in result.text, result.text
    assert kind in {f.kind for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "the pin for 5 minutes then the app logs out",
        "creds: user lily_2211 / looks fine now",
        "signing in with Google fails every time",
        "I pass the KYC but the bot still says no",
        "the 13th word is optional right?",
        "第25个词是什么意思",
        "助记词密码忘记了怎么办",
        "770415 is the number from the ticket",
        "手机上显示余额 318806",
        "银行转账的附言码是 839201，已经写在备注里",
    ],
)
def test_round6_twins_stay(text: str) -> None:
    assert scan_inbound(text).findings == (), scan_inbound(text).text
