"""Round 13, inbound: the kinds of wording r19 let through, and what it wrongly touched, in our own words.

Each kind has secrets it must redact (nothing of the value left in what is stored), in English and
Chinese (Traditional too where the kind was seen in Chinese), and ordinary look-alikes it must leave
alone. None of the wordings is r19's; key material is made up here from a seeded generator.
"""

from __future__ import annotations

import random

import pytest
from mnemonic import Mnemonic

from app.guard import scan_inbound
from app.guard.base58 import b58check_encode
from tests.guard.inbound_checks import MARKER, feed, stored_without, untouched

_RNG = random.Random(1313)


def _hex(n: int) -> str:
    while True:
        value = "".join(_RNG.choice("0123456789abcdef") for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value


def _wif() -> str:
    return b58check_encode(bytes([0x80]) + bytes(_RNG.randrange(256) for _ in range(32)) + b"\x01")


def _mixed(n: int) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
    while True:
        value = "".join(_RNG.choice(alphabet) for _ in range(n))
        upper, lower = sum(c.isupper() for c in value), sum(c.islower() for c in value)
        if upper >= 3 and lower >= 3 and sum(c.isdigit() for c in value) >= 2:
            return value


def _all_stored_without(stored: list[str], secret: str) -> None:
    rest = " ".join(MARKER.sub(" ", s) for s in stored)
    assert secret not in rest, (secret, stored)


# --- split over two messages with a remark between ------------------------------------------------


@pytest.mark.parametrize(
    ("first", "remark", "second"),
    [
        ("my key, piece one: {a}", "hang on the app cut it off", "piece two: {b}"),
        ("private key (first half) {a}", "one sec", "other half {b}"),
        ("私鑰第一段 {a}", "等一下，發不完", "第二段 {b}"),
        ("私钥上半部分 {a}", "消息太长了", "下半部分 {b}"),
    ],
)
def test_a_hex_key_in_halves_with_a_remark_between(first: str, remark: str, second: str) -> None:
    a, b = _hex(32), _hex(32)
    stored = feed([first.format(a=a), remark, second.format(b=b)])
    _all_stored_without(stored, a)
    _all_stored_without(stored, b)
    assert stored[1] == remark


def test_two_transaction_hashes_halves_are_not_a_key_without_a_key_named() -> None:
    a, b = _hex(32), _hex(32)
    stored = feed([f"deposit tx starts {a}", "the explorer is slow", f"and ends {b}"])
    assert not any("private_key" in s for s in stored), stored


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("old btc key from a paper wallet, 1st part {a}", "2nd part {b}"),
        ("冷錢包的私鑰，前半 {a}", "後半 {b}"),
        ("{a}", "{b}"),
    ],
)
def test_a_wif_key_in_two_halves_is_known_by_its_checksum(first: str, second: str) -> None:
    wif = _wif()
    a, b = wif[:25], wif[25:]
    stored = feed([first.format(a=a), second.format(b=b)])
    _all_stored_without(stored, a)
    _all_stored_without(stored, b)


def test_two_random_base58_halves_that_make_no_key_stay() -> None:
    wif = _wif()
    broken = wif[:25] + ("2" if wif[25] != "2" else "3") + wif[26:]
    stored = feed([f"my referral links end in {broken[:25]}", f"and {broken[25:]}"])
    assert not any("wif_key" in s for s in stored), stored


@pytest.mark.parametrize(
    ("first", "remark", "second", "digits"),
    [
        (
            "the text message reads two eight one",
            "phone died for a sec, the rest:",
            "six oh four",
            ("two eight one", "six oh four"),
        ),
        (
            "authy shows nine nought five",
            "and then",
            "three three one",
            ("nine nought five", "three three one"),
        ),
        ("短信上写着六四八", "后面的是", "二零九", ("六四八", "二零九")),
        ("驗證碼是五一七", "螢幕暗了，剩下的", "三八零", ("五一七", "三八零")),
    ],
)
def test_a_code_read_out_over_two_messages(
    first: str, remark: str, second: str, digits: tuple[str, str]
) -> None:
    stored = feed([first, remark, second])
    for piece in digits:
        _all_stored_without(stored, piece)
    assert stored[1] == remark


def test_digit_words_over_two_messages_without_a_code_named_stay() -> None:
    stored = feed(["we have two cats and one dog", "and", "three fish"])
    assert stored == ["we have two cats and one dog", "and", "three fish"]


@pytest.mark.parametrize(
    "messages",
    [
        ["你們要哪個密碼", "我的登入密碼是", "Ah-Wen_1990"],
        ["要哪个密码？", "登录密码是", "Oh-Mei_2020"],
        ["which password?", "my login password is", "ok-Tiger_55"],
    ],
)
def test_a_password_alone_after_its_label_goes_whole_hyphen_included(messages: list[str]) -> None:
    stored = feed(messages)
    assert MARKER.fullmatch(stored[-1].strip()), stored


# --- codes in single messages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("it's six, nought, one, four, four, two off the token", "six, nought, one, four, four, two"),
        ("the number is nought nought seven one nine three", "nought nought seven one nine three"),
    ],
)
def test_spoken_digits_with_nought(text: str, secret: str) -> None:
    stored_without(text, secret, "otp_code")


def test_nought_in_prose_stays() -> None:
    untouched("all my efforts came to nought, one more try tomorrow")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("The confirmation code ZRT-604-117 is in the mail I just got", "ZRT-604-117"),
        ("sms says H4K9PW, should I type it here or in the app", "H4K9PW"),
        ("收到的邮件里写着 Q7M2X8 要发给你吗", "Q7M2X8"),
        ("郵件裡顯示 P3K8WZ，要給你嗎", "P3K8WZ"),
        ("邮件标题里的确认码 KQT-550-281", "KQT-550-281"),
    ],
)
def test_a_code_with_letters(text: str, secret: str) -> None:
    stored_without(text, secret, "otp_code")


@pytest.mark.parametrize(
    "text",
    [
        "the app shows error code AB-1234 after the face check",
        "the deposit page says TRC20 only, is ERC20 fine too?",
        "promo code from the email: SUMMER-2026-XYZ does not apply",
        "my referral code is K7P2M9, friends get a bonus",
    ],
)
def test_public_codes_with_letters_stay(text: str) -> None:
    untouched(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("you wanted the number that came to my phone — 418 552", "418 552"),
        ("the text that came to my mobile just now: 731906", "731906"),
    ],
)
def test_a_number_that_came_to_the_phone(text: str, secret: str) -> None:
    stored_without(text, secret, "otp_code")


@pytest.mark.parametrize(
    "text",
    [
        "I never got the sms, my number is +44 7700 900461",
        "a text came to my phone about order 552190, is it yours?",
        "the sms said 250 000 USDT was sent, that's not mine",
    ],
)
def test_numbers_around_a_phone_that_are_public_stay(text: str) -> None:
    untouched(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the pin you guys sent is 0073 6611", "0073 6611"),
        ("PIN from the card app: 4409-2210", "4409-2210"),
    ],
)
def test_a_pin_in_two_groups(text: str, secret: str) -> None:
    stored_without(text, secret, "otp_code")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("one of the recovery codes, others are at home: 3KDW-Q8ZT-7PLM", ["3KDW-Q8ZT-7PLM"]),
        ("備用碼 M4NX-2RQT-K9VB 還有兩個在抽屜", ["M4NX-2RQT-K9VB"]),
        (
            "the spare codes I printed when I turned on 2fa were b7k1 m3p9 and q2w8 z5x4",
            ["b7k1 m3p9", "q2w8 z5x4"],
        ),
    ],
)
def test_recovery_codes_with_letters_dashed_or_in_pairs(text: str, secrets: list[str]) -> None:
    stored = scan_inbound(text).text
    rest = MARKER.sub(" ", stored)
    for secret in secrets:
        assert secret not in rest, (secret, stored)


def test_api_key_id_beside_its_secret() -> None:
    key, secret = _mixed(32), _mixed(40)
    for text in (
        f"bot keys: key {key} and the secret {secret}",
        f"给量化软件的 API {key} 密钥 {secret}",
    ):
        stored_without(text, key, "api_secret")


def test_a_public_key_or_address_beside_a_secret_word_stays() -> None:
    address = _mixed(40)
    untouched(f"my wallet address {address}, I never shared the secret phrase")


# --- passwords without a label --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("For the app login, use Tarot#1977 — same as my mail", "Tarot#1977"),
        ("the one I use for everything is quietfox88 so reset it to that", "quietfox88"),
        ("the password has been the one from school, Harbor&Kite2001, since forever", "Harbor&Kite2001"),
    ],
)
def test_a_password_named_by_what_the_customer_does_with_it(text: str, secret: str) -> None:
    stored_without(text, secret, "password")


@pytest.mark.parametrize(
    "text",
    [
        "I log in with Firefox_121 on Ubuntu and the page is blank",
        "my username is river_fox88, can you look it up",
        "login works with the app version 3.2.1 but not on web",
        "I use Windows11 and Chrome, the login button does nothing",
    ],
)
def test_logins_with_public_tokens_stay(text: str) -> None:
    untouched(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("credentials if you need them: ana.k@mail.example / Ana-Lupo-1990", "Ana-Lupo-1990"),
        ("my login tom.r@post.example / Velvet!88 pls check", "Velvet!88"),
        ("账号 li.na@mail.example | Lina2020! 你们帮我登一下", "Lina2020!"),
    ],
)
def test_an_email_and_its_password(text: str, secret: str) -> None:
    stored_without(text, secret, "password")


def test_an_email_with_a_public_note_stays() -> None:
    untouched("my account email is ana.k@mail.example / the old one was closed")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("passcode is lemon lemon 8812 (with spaces)", ["lemon lemon 8812"]),
        ("密码是 海 风 2233（带空格）", ["海 风 2233"]),
    ],
)
def test_a_value_typed_with_spaces(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        stored = stored_without(text, secret, "password")
        rest = MARKER.sub(" ", stored)
        assert not any(piece in rest for piece in secret.split()), stored


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("資金密碼（提幣用的六位數）是730519", "730519"),
        ("the funds one is 664120 if that helps", "664120"),
        ("提币那个是 118204", "118204"),
    ],
)
def test_a_password_after_an_aside_or_named_by_its_use(text: str, secret: str) -> None:
    stored_without(text, secret, "password")


def test_the_anti_phishing_phrase_with_words_between() -> None:
    stored_without(
        "the anti-phishing phrase on my account is milk-and-honey-3, mails lack it",
        "milk-and-honey-3",
        "password",
    )


def test_the_anti_phishing_code_an_email_shows_stays() -> None:
    untouched("the anti-phishing code in your mail was ORCA77, same as mine")


# --- what r19 wrongly touched, and the false positives noticed since round 12 ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "I sent XLM without a memo, the memo should have been 880172",
        "Ripple deposit: the destination tag was 4471902, is it credited?",
        "充值XRP忘了填标签，标签是 559301",
        "the destination tag is 104725 or 104752? I got an email saying it failed",
        "充值标签是 884201 还是 884210？收到短信说没到账",
        "is 'Summer2024' really too weak? what are the rules for passwords",
        "密碼規則是什麼？Abcd1234 為什麼不行",
        "someone pretending to be support messaged me, their account is @desk_help_2291",
        "有人冒充客服找我要验证码，帐号是 @cs_service_6620 举报一下",
        "my password manager 1Password crashed, I can't see anything",
        "我所有密码都存在 Bitwarden 里",
        "my password is stored in Google_Chrome v120",
        "the password manager is Google_Chrome v120",
        "I wrote my backup codes down on 2024-05-18 in a notebook",
        "I printed my backup codes 2024-05-18 and lost the paper",
        "备用码 2023/11/02 那天生成的，还能用吗",
        "my code 480112 is the ticket number you gave me",
        "you sent 480112 to my sms, that is the ticket number right?",
    ],
)
def test_public_values_named_so_stay(text: str) -> None:
    untouched(text)


# --- a seed phrase: parts with chatter around them, the missing last word sent later -------------


def _phrase(words: int = 12) -> list[str]:
    entropy = bytes(_RNG.randrange(256) for _ in range(words * 4 // 3))
    return Mnemonic("english").to_mnemonic(entropy).split()


def test_a_phrase_in_parts_with_chatter_in_the_first_and_last_message() -> None:
    w = _phrase()
    stored = feed(
        [
            f"the app asks for the words, my screen is tiny so here it comes in bits {' '.join(w[:4])}",
            " ".join(w[4:8]),
            f"{' '.join(w[8:])} that is all of them",
        ]
    )
    for word in w:
        _all_stored_without(stored, f" {word} ")
    assert all("seed_phrase" in s for s in stored), stored


def test_prose_in_three_messages_of_wordlist_words_stays() -> None:
    messages = [
        "ok so the wallet shows my balance as zero",
        "can you check that account again",
        "thank you very much",
    ]
    assert feed(messages) == messages


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("my recovery words {head}, one is smudged", "found the missing one in my notes, it is {last}"),
        ("我的助记词 {head} 最后一个看不清", "找到了，最后一个是 {last}"),
    ],
)
def test_the_missing_last_word_sent_later(first: str, later: str) -> None:
    w = _phrase()
    stored = feed([first.format(head=" ".join(w[:11])), "稍等 brb", later.format(last=w[11])])
    _all_stored_without(stored, w[0])
    assert MARKER.search(stored[2]) and w[11] not in MARKER.sub(" ", stored[2]), stored


def test_a_last_word_after_talk_about_the_words_stays() -> None:
    messages = [
        "my recovery words are safe at home, I am not sharing them",
        "the last one is about the balance",
    ]
    assert feed(messages) == messages


# --- without the learnt scorer: what the rules themselves now read --------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the app shows 5-0-2-9-1-4, do I type it here", "5-0-2-9-1-4"),
        ("yanzhengma 771290 gang shou dao", "771290"),
        ("passwrod: Cobalt-Rain-5 (typo sorry)", "Cobalt-Rain-5"),
        ("pssword: tulip!tulip9", "tulip!tulip9"),
        ("passcdoe = 8812-ab", "8812-ab"),
    ],
)
def test_the_rules_read_dashed_digits_pinyin_codes_and_misspelt_labels(text: str, secret: str) -> None:
    result = scan_inbound(text, learnt=False)
    assert secret not in MARKER.sub(" ", result.text), result


@pytest.mark.parametrize(
    "text",
    [
        "call us on 1-800-555-0199 if the app fails",
        "my passport: AB1234567 is the one on file",
        "the date 2024-05-18 and steps 1-2-3",
    ],
)
def test_phone_numbers_passports_and_dates_stay_for_the_rules(text: str) -> None:
    assert scan_inbound(text, learnt=False).findings == ()
