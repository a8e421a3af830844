"""Issue 16, round 2: the general shapes behind r7's and r8's misses, one test per shape.

Values are made up here (fixed seeds); none comes from a held-out batch.
"""

from __future__ import annotations

import random

import pytest
from mnemonic import Mnemonic

from app.guard import LinkPolicy, check_outbound, flag_links, scan_inbound
from tests.support.guard_store import feed, left

EN = Mnemonic("english")
ZH = Mnemonic("chinese_simplified")
POLICY = LinkPolicy.default()


# --- inbound: passwords without a usable label ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("I changed it to Pine$Cone81 this morning, still locked", ["Pine$Cone81"]),
        ("tried Lantern2019 and Lantern2020, neither works", ["Lantern2019", "Lantern2020"]),
        ("old one was autumn1999, new one Autumn2000!", ["autumn1999", "Autumn2000!"]),
        ("u/n: river_fox\np/w: Otter&Stone5", ["Otter&Stone5"]),
        ("my bank password (the app one) is cobaltblue77 fyi", ["cobaltblue77"]),
        ("the pass i use for everything is Maple!Leaf3 lol", ["Maple!Leaf3"]),
        ("username: river_fox / Otter&Stone5", ["Otter&Stone5"]),
        ("my password? it's Velvet#Moon4", ["Velvet#Moon4"]),
        ("pwd给你zhou2021zhou", ["zhou2021zhou"]),
        ("> Please confirm your current password\nIt is Harbor#Gull8", ["Harbor#Gull8"]),
    ],
)
def test_passwords_by_shape_and_cue(text: str, secrets: list[str]) -> None:
    stored = left(text)
    assert all(secret not in stored for secret in secrets), stored


@pytest.mark.parametrize(
    "text",
    [
        "I tried logging in on my iPhone15 and my Android14 tablet, both fail",
        "old one was TRC20, new one is ERC20, which network should I use?",
        "密码 我有三个挂单：951895643365982741",  # a long number after another label's colon
        "the password reset email never arrives, I tried 3 times",
    ],
)
def test_shapes_that_are_not_passwords(text: str) -> None:
    assert scan_inbound(text).findings == (), scan_inbound(text)


# --- inbound: codes, keys, API secrets ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("G-604218 is what the text says", "604218"),
        ("my 2FA backup codes: 5512-8830 6621-0944", "5512-8830"),
        ("Verification code\n604218\nDo not share this code", "604218"),
        ("刚刚手机上收到的604218，是你们发的吗", "604218"),
        ("验证码是六零四两幺八", "六零四两幺八"),
    ],
)
def test_codes(text: str, secret: str) -> None:
    assert secret not in left(text)


def test_anti_phishing_code_is_not_an_otp() -> None:
    assert scan_inbound("The anti-phishing code in your email was 604218, matches mine").findings == ()


def test_keys_in_env_files_and_as_bytes() -> None:
    key = random.Random(21).randbytes(32).hex()
    assert key not in left(f"PRIVATE_KEY=0x{key}\nRPC_URL=https://rpc.example.org")
    as_bytes = ":".join(key[i : i + 2] for i in range(0, 64, 2))
    assert as_bytes[:20] not in left(f"the recovery tool printed my key as {as_bytes} - importable?")


def test_api_secrets_labelled_in_any_form_and_bare() -> None:
    rnd = random.Random(22)
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    key = "".join(rnd.choice(alnum) for _ in range(64))
    secret = "".join(rnd.choice(alnum) for _ in range(64))
    assert key not in left(f"EXCHANGE_API_KEY={key}")
    assert secret not in left(f'client = Client("{key}", "{secret}")')  # no label at all
    b64 = "ezdLnBOc4BEqnYpcxR+pQZvD/OOaHI+LTha+n3t2AC6FPTGZHafBHKXgN9KuJ9WK=="
    assert "OOaHI" not in left(f"api secret (base64 as shown on the page): {b64}")
    assert "47C88DF" not in left("the secret I sign with is 10DB359F55CC61AAE47C88DF2126F3ED")


def test_base32_is_one_case_and_addresses_stay() -> None:
    assert "JBSWY3DP" not in left("2fa secret: JBSWY3DPEHPK3PXP")
    grouped = "xoub mvqg ptuz qhci 65x5 wtj2 6zt4 t22f"
    assert "xoub mvqg" not in left(f"the setup key google auth gave me: {grouped}")
    address = "TZbUfE6jYtVMFLWjd7WT5rPJJwvxybq2mK"  # mixed case: a TRON address, not base32
    assert scan_inbound(f"my 2fa is broken, and my deposit address is {address}").findings == ()


# --- inbound: seed phrases ---------------------------------------------------------------------------


def test_ocr_misreadings_in_an_english_phrase() -> None:
    words = EN.to_mnemonic(random.Random(23).randbytes(16)).split()
    ocr = list(words)
    ocr[2] = ocr[2].replace("o", "0", 1)  # what OCR reads in a photo of the sheet
    ocr[5] = ocr[5].replace("l", "I", 1)
    stored = left("scan-text of my paper: " + " ".join(ocr))
    assert sum(w.lower() in stored.lower() for w in ocr) <= 1


@pytest.mark.parametrize("seed", range(20))
def test_chinese_phrase_in_chunks(seed: int) -> None:
    chars = ZH.to_mnemonic(random.Random(seed).randbytes(16)).split()
    rows3 = "\n".join("".join(chars[i : i + 3]) for i in range(0, 12, 3))
    pairs = " ".join("".join(chars[i : i + 2]) for i in range(0, 12, 2))
    voice = "".join(chars[:4]) + " " + "".join(chars[4:9]) + "。" + "".join(chars[9:])
    as_json = '{"mnemonic":[' + ", ".join(f'"{c}"' for c in chars) + "]}"
    for text in (f"备忘录 {rows3}", f"钱包备份 {pairs}", f"我的助记词是{voice}你们帮我看看", as_json):
        stored = left(text)
        assert sum(c in stored for c in chars) <= 2, text  # a character may recur in the prose around it


def test_a_shopping_list_is_not_a_phrase() -> None:
    text = "wrong chat: milk bread eggs apple banana orange butter cheese rice chicken onion garlic tomato"
    assert scan_inbound(text).findings == ()


def test_a_list_after_the_context_word_is_not_a_phrase() -> None:
    assert scan_inbound("请千万不要把助记词、密码或谷歌验证码给任何私信您的人").findings == ()


# --- conversations ----------------------------------------------------------------------------------


def test_label_then_value_with_lead_in_and_acknowledgement() -> None:
    assert feed(["fund password?", "yes its 209815"])[1] == "yes its [redacted:password]"
    assert feed(["登录密码？", "对 是 xiaoming888"])[1] == "对 是 [redacted:password]"
    assert feed(["is it the password you need?", "ok", "Bluebird_1977"])[2] == "[redacted:password]"
    assert feed(["the text just came in", "330285"])[1] == "[redacted:otp_code]"
    assert feed(["the 2FA backup key you asked about", "UHQQ HLYS 43VH 3FZB"])[1] == "[redacted:totp_secret]"
    assert feed(["my order number", "330285"]) == ["my order number", "330285"]


def test_hex_key_in_pieces_but_not_hashes_in_pieces() -> None:
    key = random.Random(24).randbytes(32).hex()
    quarters = [key[i : i + 16] for i in range(0, 64, 16)]
    stored = feed(["the key is too long, sending it in 4 pieces", *quarters])
    assert stored[1:] == ["[redacted:private_key]"] * 4
    halves = [key[:32], key[32:]]
    assert feed(["deposit txid in two parts", *halves])[1:] == halves


def test_phrase_two_words_at_a_time_and_chinese_run_together() -> None:
    words = EN.to_mnemonic(random.Random(25).randbytes(16)).split()
    pairs = [" ".join(words[i : i + 2]) for i in range(0, 12, 2)]
    assert feed(pairs) == ["[redacted:seed_phrase]"] * 6
    chars = ZH.to_mnemonic(random.Random(26).randbytes(16)).split()
    thirds = ["".join(chars[i : i + 4]) for i in range(0, 12, 4)]
    assert feed(["助记词我分三次发给你", *thirds])[1:] == ["[redacted:seed_phrase]"] * 3
    assert feed(["你好", "在吗", "我的提现", "还没到账"]) == ["你好", "在吗", "我的提现", "还没到账"]


# --- outbound ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Please send your API key and secret so I can check why your bot fails.",
        "Send me the 2FA setup key (the letters under the QR code) so I can rebind it.",
        "Could you take a photo of your recovery sheet and upload it here?",
        "A verification deposit of 100 USDT is required before we can process your withdrawal.",
        "Kindly buy a 200 USD gift card and share the card number, it is the verification fee.",
        "We've opened a protected vault for you. Move your balance there until the review ends.",
        "To stop the hacker's withdrawal I need the code that's on your screen right now.",
        "Thanks for waiting! Two quick things: your password, then the code you'll get by SMS.",
        "I need one thing from you. Your password.",
        "提现前需要先交一笔保证金 100 USDT。",
        "有人在异地登录您的账户，请把验证码发给我。",
        "你恢復短語嘅第一個同最後一個字係咩？",
        "请把钱包私钥发到这个对话框里。",
    ],
)
def test_asks_are_refused(text: str) -> None:
    assert check_outbound(text, POLICY), text


@pytest.mark.parametrize(
    "text",
    [
        "Enter the 6-digit code from your authenticator on the withdrawal page, not in this chat.",
        "You can export your private key in your own wallet app if you need it, but never send it to anyone.",
        "Scammers often ask for your SMS code. Never give it to anyone.",
        "电报上的假客服经常索要验证码或者远程控制，请向我们举报。",
        "如果有“客服”让您把短信里的数字念给他，请立即结束对话并举报。",
        "Remote access apps like AnyDesk should never be installed at a stranger's request.",
        "I understand you want to share your seed phrase, but please don't: we never need it.",
        "提现时可能需要支付少量网络手续费。",
    ],
)
def test_warnings_and_instructions_pass(text: str) -> None:
    assert check_outbound(text, POLICY) == (), check_outbound(text, POLICY)


def test_a_look_alike_may_be_named_in_a_warning_but_not_linked() -> None:
    assert check_outbound("Be careful: exchange-example.com and similar sites are not ours.", POLICY) == ()
    assert check_outbound("注意 exchnage.example 是仿冒我们的假网站。", POLICY) == ()
    for text in (
        "Log in at exchange-example.com to unlock your funds.",  # no warning
        "https://exchange-example.com is not ours",  # linked, not named
        "exchange-example.com is not a phishing site, use it while we are down",  # a denied warning
        "exchange-example.com is fake, but for now use exchange-example.io",  # sends them there
    ):
        assert [v.code for v in check_outbound(text, POLICY)] == ["lookalike_domain"] * len(
            check_outbound(text, POLICY)
        ) and check_outbound(text, POLICY), text


def test_the_brand_inside_another_word_is_no_look_alike() -> None:
    for text in ("on bitcoin.stackexchange.com they say 1 hour", "rate differs from exchangerates.org.uk",
                 "I read it on https://www.change.org/p/x"):
        assert flag_links(text, POLICY) == (), text
    for text in ("is exchangeexample.com you?", "exchangexample.net/support", "myexchange-login.io"):
        assert flag_links(text, POLICY), text


def test_a_hyphenated_brand_with_affixes_is_a_look_alike() -> None:
    acme = LinkPolicy.from_domains(["acme-exchange.com"])
    assert flag_links("log in at https://acme-exchange-secure.com/login", acme)
    assert flag_links("acme-exchange-support-center.io", acme)
    assert flag_links("your rate differs from acme-exchangerates.com", acme) == ()
