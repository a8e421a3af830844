"""Inbound guard, issue 16: secrets written the way customers really type them, and the ordinary
messages that look like them (spaced-out Chinese, tx hashes, signatures, numbers)."""

from __future__ import annotations

import json
import random
import re

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from mnemonic import Mnemonic

from app.guard import customer_warning, scan_conversation, scan_inbound
from app.guard.base58 import ALPHABET
from app.guard.fold import fold_inbound

EN = Mnemonic("english")
ZH = Mnemonic("chinese_simplified")
TW = Mnemonic("chinese_traditional")
MARKER = re.compile(r"\[redacted:([a-z_]+)\]")
CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с"}


def phrase(m: Mnemonic, seed: int, nbytes: int = 16) -> list[str]:
    """A valid phrase from a fixed seed (``generate`` would make the tests differ run to run)."""
    return m.to_mnemonic(random.Random(seed).randbytes(nbytes)).split()


def b58(data: bytes) -> str:
    n, out = int.from_bytes(data, "big"), []
    while n:
        n, r = divmod(n, 58)
        out.append(ALPHABET[r])
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + "".join(reversed(out))


def left_after(text: str) -> str:
    """What is stored, markers blanked (the marker text holds BIP39 words like "seed")."""
    return MARKER.sub(" ", scan_inbound(text).text)


def kinds(text: str) -> list[str]:
    return [f.kind for f in scan_inbound(text).findings]


def assert_gone(text: str, secret: str, kind: str) -> None:
    result = scan_inbound(text)
    assert kind in [f.kind for f in result.findings], (text, result)
    rest = MARKER.sub(" ", result.text)
    for piece in re.findall(r"[^\W_]+", secret):  # no part of it may be stored
        if len(piece) > 2:
            assert piece not in rest, (piece, rest)


def assert_untouched(text: str) -> None:
    result = scan_inbound(text)
    assert result.findings == (), (text, result)


# --- folding ---------------------------------------------------------------------------------------


def test_fold_reads_full_width_look_alike_invisible_and_traditional_and_maps_back() -> None:
    text = "ｐａｓｓ аbandon ab\u200bility 驗證碼 𝐚𝐛𝐥𝐞"
    folded = fold_inbound(text)
    assert folded.text == "pass abandon ability 验证码 able"
    assert folded.origin is not None
    start = folded.text.index("ability")
    assert text[folded.origin[start] : folded.origin[start + 6] + 1] == "ab\u200bility"


def test_fold_leaves_plain_messages_alone() -> None:
    for text in ("my deposit has not arrived", "我的充值还没到账，交易哈希是多少？"):
        folded = fold_inbound(text)
        assert folded.text == text and folded.origin is None


# --- seed phrases ----------------------------------------------------------------------------------


def _typo(word: str) -> str:
    return word[0] + word[2:] if len(word) > 4 else word + "x"


@pytest.mark.parametrize("seed", range(20))
def test_phrase_with_one_misspelt_word(seed: int) -> None:
    rnd = random.Random(seed)
    words = phrase(EN, seed)
    i = rnd.randrange(12)
    words[i] = _typo(words[i])
    typed = " ".join(words)
    assert_gone(f"please restore {typed} thanks", typed, "seed_phrase")


@pytest.mark.parametrize("seed", range(10))
def test_phrase_in_capitals_without_spaces_and_camel_case(seed: int) -> None:
    words = phrase(EN, seed)
    assert_gone("".join(words).upper(), "".join(words).upper(), "seed_phrase")
    camel = "".join(w.capitalize() for w in words)
    assert_gone(f"copied from notes: {camel}", camel, "seed_phrase")


@pytest.mark.parametrize("seed", range(10))
def test_phrase_with_zero_width_spaces_full_width_letters_and_cyrillic(seed: int) -> None:
    words = phrase(EN, seed)
    zw = "\u200b".join(words)
    assert scan_inbound(f"here {zw}").text == "here [redacted:seed_phrase]"
    wide = "".join(chr(ord(c) + 0xFEE0) if c != " " else "\u3000" for c in " ".join(words))
    assert scan_inbound(wide).text == "[redacted:seed_phrase]"
    look = [w for w in words]
    for k, w in enumerate(look):
        for a, b in CYRILLIC.items():
            if a in w:
                look[k] = w.replace(a, b, 1)
                break
    assert scan_inbound("backup " + " ".join(look)).text == "backup [redacted:seed_phrase]"


@pytest.mark.parametrize("seed", range(10))
def test_traditional_and_simplified_chinese_phrases(seed: int) -> None:
    tw = phrase(TW, seed)
    assert_gone("我的助記詞是 " + " ".join(tw), "".join(tw), "seed_phrase")
    assert_gone("助記詞：" + "".join(tw), "".join(tw), "seed_phrase")


@pytest.mark.parametrize("seed", range(10))
def test_chinese_phrase_with_one_character_outside_the_list(seed: int) -> None:
    words = phrase(ZH, seed)
    words[5] = "嗯"
    assert_gone("助记词 " + " ".join(words), "".join(words), "seed_phrase")


@pytest.mark.parametrize(
    "text",
    [
        "我 的 账 户 被 冻 结 了 怎 么 办",
        "你 好 我 想 问 一 下 提 现 什 么 时 候 到 账",
        "请 问 客 服 在 吗 我 的 充 值 一 直 没 有 到",
        "为 什 么 我 的 订 单 被 取 消 了 请 帮 我 查 一 下",
        "我 是 老 用 户 了 以 前 从 来 没 有 遇 到 过 这 种 问 题",
        "請 問 今 天 可 以 提 現 嗎 我 的 帳 戶 為 什 麼 不 能 登 入",
    ],
)
def test_chinese_typed_with_spaces_is_not_a_phrase(text: str) -> None:
    assert_untouched(text)


def test_numbering_before_a_phrase_goes_with_it() -> None:
    words = phrase(EN, 1)
    assert scan_inbound("12 words: " + " ".join(f"{i}.{w}" for i, w in enumerate(words, 1))).text == (
        "12 words: [redacted:seed_phrase]"
    )


# --- keys ------------------------------------------------------------------------------------------


def test_grouped_and_wrapped_hex_keys() -> None:
    key = random.Random(1).randbytes(32).hex()
    grouped = " ".join(key[i : i + 8] for i in range(0, 64, 8))
    assert_gone(f"my private key {grouped}", key, "private_key")
    assert_gone(f"private key:\n{key[:32]}\n{key[32:]}", key, "private_key")
    fours = " ".join(key[i : i + 4] for i in range(0, 64, 4))
    assert_gone(f"私钥 {fours}", key, "private_key")


def test_grouped_tx_hash_with_context_is_kept() -> None:
    tx = random.Random(2).randbytes(32).hex()
    assert_untouched(f"txid {tx[:32]}\n{tx[32:]} deposit not arrived")


def test_phantom_key_pair_is_a_key_and_a_signature_is_not() -> None:
    seed = random.Random(3).randbytes(32)
    pair = seed + Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    assert_gone(f"phantom gave me {b58(pair)}", b58(pair), "private_key")
    assert_gone(b58(pair), b58(pair), "private_key")  # no context at all: the key pair proves itself
    signature = b58(random.Random(4).randbytes(64))
    assert_untouched(f"SOL sent, signature {signature}")
    # round 9: 64 bytes that do not derive, with no words at all, are decided as bare 64-hex is: a
    # key for want of context ("medium"); in a chat after transaction talk they stay (below)
    assert [(f.kind, f.severity) for f in scan_inbound(signature).findings] == [("private_key", "medium")]
    after_tx = scan_conversation(signature, ["my SOL deposit has not arrived, here is the signature"])
    assert after_tx.current.text == signature
    address = b58(random.Random(5).randbytes(32))
    assert_untouched(f"my SOL deposit address is {address}")
    assert_gone(f"my solana private key {address}", address, "private_key")


def test_solana_cli_byte_array_is_a_key() -> None:
    raw = list(random.Random(6).randbytes(64))
    text = f"id.json: {json.dumps(raw)}"
    result = scan_inbound(text)
    assert result.text == "id.json: [redacted:private_key]"


# --- API credentials and 2FA secrets ---------------------------------------------------------------


def test_api_key_secret_and_passphrase() -> None:
    rnd = random.Random(7)
    key = "".join(rnd.choice("ABCDEFGHJKabcdefgh0123456789") for _ in range(64))
    secret = "".join(rnd.choice("ABCDEFGHJKabcdefgh0123456789") for _ in range(64))
    text = f"API Key: {key}\nSecret Key: {secret}\nPassphrase: Trad1ngB0t!"
    result = scan_inbound(text)
    assert [f.kind for f in result.findings] == ["api_secret"] * 3
    assert key not in result.text and secret not in result.text and "Trad1ngB0t" not in result.text
    assert_untouched("the API passphrase field is required? What do I put there?")
    assert_untouched("my API key stopped working after I changed my password")


def test_totp_secret_by_label_link_or_shape() -> None:
    assert_gone("google authenticator backup key is JBSW Y3DP EHPK 3PXP", "JBSWY3DPEHPK3PXP", "totp_secret")
    assert_gone("otpauth://totp/X:me?secret=JBSWY3DPEHPK3PXP&issuer=X", "JBSWY3DPEHPK3PXP", "totp_secret")
    assert_gone("TOTP secret QTJK JLHB KPIZ KOCA", "QTJKJLHBKPIZKOCA", "totp_secret")  # no digits, labelled
    assert_gone("Google Authenticator key WGCC RH63 SR6R KB5W", "WGCCRH63SR6RKB5W", "totp_secret")
    assert_untouched("WITHDRAWALPENDING since yesterday, help")


# --- codes -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("code: 55 21 90", "552190"),
        ("验证码：五五八二一零", "五五八二一零"),
        ("the code is eight five one eight seven two", "eight"),
        ("Google Authenticator says 926576", "926576"),
        ("482913 is the code I got", "482913"),
        ("191406 这个是验证码", "191406"),
        ("2 f a: 007445", "007445"),
        ("yzm 322286 快点", "322286"),
        ("verification code ５５２１９０", "５５２１９０"),
    ],
)
def test_codes_in_context(text: str, code: str) -> None:
    assert "otp_code" in kinds(text)
    assert code.replace(" ", "") not in left_after(text).replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "error code 10023 when I try to withdraw",
        "Ticket 552190 is still open, any update?",
        "Your account has been restricted (code 3021)",
        "提示错误码 -2015 API密钥无效",
        "我的邀请码是 482913",
        "the SMS code took 15 minutes to arrive",
        "The 2FA reset was requested on 2024-05-01",
        "deposited 1000 USDT at 09:15, order 954714755581218488",
        "call me at +44 7700 900123 please",
    ],
)
def test_numbers_that_are_not_codes(text: str) -> None:
    assert_untouched(text)


# --- passwords -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("pass: hunter22", "hunter22"),
        ("pwd Xk9#mQ2v", "Xk9#mQ2v"),
        ("my 密码 is Abc12345", "Abc12345"),
        ("口令：tianya2020", "tianya2020"),
        ("密碼：Chen2023!", "Chen2023"),
        ("login: jane.doe@gmail.com / Janedoe1990", "Janedoe1990"),
        ("I use Football99 as my password", "Football99"),
        ("password \"my dog max 2015\"", "my dog max 2015"),
        ("p4ssword: Dr4g0n!!", "Dr4g0n"),
        ("ｐａｓｓｗｏｒｄ： Ｓｕｎｎｙ２０２３", "Ｓｕｎｎｙ２０２３"),
        ("I reset it to Hello#World1, password still rejected", "Hello#World1"),
    ],
)
def test_passwords_in_context(text: str, password: str) -> None:
    assert "password" in kinds(text)
    assert password not in scan_inbound(text).text


@pytest.mark.parametrize(
    "text",
    [
        "my password is not working since the update",
        "I need to pass the KYC first",
        "My password manager generated a new password but your site rejects symbols",
        "密码输错5次，提示锁定2小时",
        "找回\n密码：在哪里设置",
    ],
)
def test_descriptions_of_passwords(text: str) -> None:
    assert_untouched(text)


def test_warnings_name_the_new_kinds() -> None:
    en = customer_warning(["api_secret", "totp_secret"], "en")
    assert "API key" in en and "2FA key" in en and "authenticator" in en
    zh = customer_warning(["api_secret", "totp_secret"], "zh-CN")
    assert "API密钥" in zh and "谷歌验证密钥" in zh
