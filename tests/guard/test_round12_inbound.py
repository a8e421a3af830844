"""Round 12, inbound: the kinds of wording blind batch r18 let through, in our own words.

Each kind has secrets it must redact (nothing of the value left in what is stored), in English or
Chinese as the kind was seen, and ordinary look-alikes it must leave alone: people talking ABOUT a
password, a code, a key or a phrase without giving one, amounts, ids, dates, device names. The two
false positives r18 showed are here as kinds too: a backup-code label's reach ("from when" read as a
code) and a Chinese question after a phrase sent in halves (read as the phrase's next part).
Key material is made up here from a seeded generator, not taken from any batch.
"""

from __future__ import annotations

import random

import pytest

from app.guard.wordlists import ENGLISH, checksum_ok, english_words
from tests.guard.inbound_checks import MARKER, feed, stored_without, untouched

_RNG = random.Random(1212)


def _hex(n: int) -> str:
    while True:
        value = "".join(_RNG.choice("0123456789abcdef") for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value




# --- a password label, the value, then the sentence goes on (no "is", no colon) -------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my password Tr0ub4dor&3 stopped working after the update", "Tr0ub4dor&3"),
        ("the login password Maple#2021 isnt accepted", "Maple#2021"),
        ("account pwd blue_Sky77 pls check whats wrong", "blue_Sky77"),
        ("login details kiwi_Pie42 dont work on the app", "kiwi_Pie42"),
        ("my creds Sunset@99 were fine yesterday", "Sunset@99"),
        ("old pw river.Stone8 new pw river.Stone9 both fail", "river.Stone8"),
    ],
)
def test_a_label_then_the_value_then_the_sentence(text: str, secret: str) -> None:
    stored_without(text, secret, "password")


# --- a password typed in leetspeak (the fold reads it as the word "password") ---------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my password P4ssw0rd! is rejected every time", "P4ssw0rd!"),
        ("old pass Pa$$word1 doesnt work since yesterday", "Pa$$word1"),
        ("login password p@ssw0rd_7 keeps failing", "p@ssw0rd_7"),
    ],
)
def test_a_leetspeak_value_after_a_label(text: str, secret: str) -> None:
    stored_without(text, secret, "password")


# --- a value offered to try, with a habit after it -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("can you try Bluebird#88, it's the one I always use", "Bluebird#88"),
        ("i use Otter_Pop2020 everywhere so it must be right", "Otter_Pop2020"),
        ("log in with Zebra-Crossing7 thats my usual one", "Zebra-Crossing7"),
    ],
)
def test_a_value_offered_to_try(text: str, secret: str) -> None:
    stored_without(text, secret, "password")


# --- an anti-phishing phrase / word / code with no connector --------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("anti-phishing word Blue-77 is what i set", "Blue-77"),
        ("anti phishing text River88 set last week", "River88"),
        ("my antiphishing phrase is lotus_9 but emails show something else", "lotus_9"),
    ],
)
def test_an_anti_phishing_phrase(text: str, secret: str) -> None:
    stored_without(text, secret)


# --- Chinese: the value named after it; a password of Chinese characters --------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("我习惯用 qwe12345 这个密码，今天登不上", "qwe12345"),
        ("Tiger2020做登录密码的，一直没改过", "Tiger2020"),
        ("以前都是 zx_8899 这个口令", "zx_8899"),
        ("口令 春眠不觉晓2024", "春眠不觉晓2024"),
        ("密码：小猫钓鱼666", "小猫钓鱼666"),
        ("资金密码 88长城万里", "88长城万里"),
    ],
)
def test_chinese_password_values(text: str, secret: str) -> None:
    stored_without(text, secret, "password")


# --- a code the customer says they received -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("got 552 781 by sms just now, what do i do", "552 781"),
        ("the app texted me 604218 but it expired", "604218"),
        ("received code 330917 on my phone", "330917"),
        ("it emailed me X7P4QK for the login", "X7P4QK"),
        ("you sent 718402 to my email again", "718402"),
    ],
)
def test_a_code_the_customer_received(text: str, secret: str) -> None:
    stored_without(text, secret, "otp_code")


# --- 2FA backup codes with a prefix or in three groups ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("backup codes: ABX-2231-8890 and more", "2231-8890"),
        ("recovery code 4471-0932-1187 from the sheet", "0932"),
        ("备用码 KQ-5521-0093 还能用吗", "5521"),
    ],
)
def test_grouped_backup_codes(text: str, secret: str) -> None:
    stored_without(text, secret)


def test_a_backup_code_label_reaches_only_values_with_digits() -> None:
    """r18: "recovery codes from when i set up 2fa: …" read "from when" as a code (the pattern's
    look-ahead for a digit reached "2fa"); the words stay, the code goes."""
    code = "a8k2-m4p7"
    stored = stored_without(f"recovery codes from when i set up 2fa: {code}", code)
    assert "from when" in stored


# --- a 64-hex key in dash, colon or space groups ---------------------------------------------------


@pytest.mark.parametrize("sep", ["-", ":", " "])
@pytest.mark.parametrize("size", [8, 16])
def test_a_grouped_hex_key(sep: str, size: int) -> None:
    key = _hex(64)
    grouped = sep.join(key[i : i + size] for i in range(0, 64, size))
    stored_without(f"found this in an old backup folder {grouped} is it my wallet?", key[size : 2 * size])


# --- an API key pair: UUID and hex ------------------------------------------------------------------


@pytest.mark.parametrize("between", [" / ", ", ", " 和 ", " | "])
def test_a_uuid_and_hex_api_pair(between: str) -> None:
    uuid = f"{_hex(8)}-{_hex(4)}-{_hex(4)}-{_hex(4)}-{_hex(12)}"
    secret = _hex(32).upper()
    text = f"机器人要填这两个 {uuid}{between}{secret} 对不对"
    stored = stored_without(text, secret, "api_secret")
    assert uuid not in stored


# --- a seed word corrected after the phrase ---------------------------------------------------------


def _phrase(n: int = 12) -> list[str]:
    words = sorted(english_words())
    while True:
        picked = [_RNG.choice(words) for _ in range(n)]
        if checksum_ok(picked, ENGLISH):
            return picked


@pytest.mark.parametrize(
    "correction",
    [
        "oops the 7th word should be {w}",
        "sorry, last one is actually {w}",
        "typo: it's {w} not {t}",
        "不好意思，第三个词应该是 {w}",
    ],
)
def test_a_seed_word_corrected_after_the_phrase(correction: str) -> None:
    words = _phrase()
    word = words[-1]
    typo = word[:-1] + ("x" if word[-1] != "x" else "z")
    shown = " ".join([*words[:-1], typo])
    stored = feed([f"my recovery words {shown}", correction.format(w=word, t=typo)])
    assert "[redacted:seed_phrase]" in stored[0], stored
    assert word not in MARKER.sub(" ", stored[1]), stored


@pytest.mark.parametrize(
    "after",
    [
        "the last word is wrong, I think",
        "maybe one word is off, the wallet says invalid",
        "the first one is fine",
        "is the last word the checksum?",
        "第一个词是什么意思",
    ],
)
def test_talk_about_a_word_after_a_phrase_stays(after: str) -> None:
    words = _phrase()
    stored = feed([f"recovery words {' '.join(words)}", after])
    assert stored[1] == after, stored


def test_a_word_named_without_any_phrase_stays() -> None:
    for text in ("the last word is hello", "the 2nd word should be bright, right?"):
        assert feed(["hi, question about my order", text])[1] == text


# --- a Chinese question after a phrase sent in halves ------------------------------------------------


@pytest.mark.parametrize("question", ["能恢复吗", "还能找回吗", "这样可以吧", "好了吗"])
def test_a_chinese_question_after_a_split_phrase_stays(question: str) -> None:
    words = _phrase()
    halves = [f"前六个：{' '.join(words[:6])}", f"后六个：{' '.join(words[6:])}"]
    stored = feed(["助记词分两次发", *halves, question])
    assert "[redacted:seed_phrase]" in stored[1] and "[redacted:seed_phrase]" in stored[2], stored
    assert stored[3] == question, stored


# --- ordinary look-alikes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my password reset link expired, can you send another",
        "my password was changed on 2024-03-01 without me",
        "the password field shows 6-20 characters only",
        "my login details are below",
        "my password manager crashed after version 4.2",
        "my p4ssw0rd is not working",
        "try restarting the app, it always works for me",
        "i always use Chrome 120 for the exchange",
        "try iPhone15Pro, thats the one i always use",
        "anti phishing code is not showing in emails",
        "the email had anti phishing phrase Kx93 in it, is it really you?",
        "where do i set the anti phishing phrase? step 2 fails",
        "i received 150000 usdt yesterday",
        "got 120000 from the airdrop",
        "i received my order 553210 by email",
        "i got 250 emails from you today",
        "received 2 confirmations so far, the code page is stuck",
        "backup code page opened on 2024-01-15",
        "order 0ca6c3e8-1b09-4c0e-a685-1a5489181291 is stuck",
        "my router mac is aa:bb:cc:dd:ee:ff",
        "密码 错误3次了",
        "密码 至少8位",
        "密码 长度至少12",
        "密码 要求大写字母加数字88",
        "i received 100250 sats in the app yesterday",
        "i got 352145 gwei back from the system",
        "我的密码 是不是太简单了123",
        "recovery code page says error 404-500-600",
        "我用的是 iPhone15 这个手机",
        "密码 忘记了123",
        "recovery codes from when i set up 2fa are gone",
        # the learnt scorer's public labels reach past a short phrase after them
        "promo code from the app: Q7K-29W",
        "referral code from my friend: K8P2QX",
        "448201 is the reference from the bank",
        "Q7W2KP is my invoice number i think",
        # a number joined to its unit, a file name (the r18-trained scorer took these in agent text)
        "address is whitelisted, so the withdrawal goes through after the 24-hour delay right?",
        "support said my 12-word recovery phrase is needed to sync, is that true?",
        "the api key page says it reached its 90-day expiry",
        "i ran export_keys.py from your docs and it crashed",
        "call me on 07700 912384 after six",
        "add my wechat lucky_trader88 if easier",
    ],
)
def test_ordinary_look_alikes_stay(text: str) -> None:
    untouched(text)


@pytest.mark.parametrize(
    "text",
    [
        "i use MetaMask-Flask12 always",  # a product (the older rules still take it: noted, not theirs)
        "you sent 480112 to my email as the ticket number",  # named a public number after it
    ],
)
def test_round12_itself_leaves_named_public_values(text: str) -> None:
    from app.guard.round12 import find_round12

    assert find_round12(text, text) == []
