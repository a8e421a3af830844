"""Round 15, inbound: the FAMILIES of wording r21 let through, in our own words (none is r21's).

Each family was named from one or more r21 misses and written out in 3-5 variations of our own, in
English and Chinese, BEFORE any rule of this round existed; ``FAMILIES`` is counted on the guard
before and after the round (``bench/guard_heldout_results.md``, "Round 15, inbound"): a weak but
honest check that a rule solves the family and not the phrase. ``PICKUPS`` are round 14's three
"written after the rules" misses. ``MUST_STAY`` holds ordinary look-alikes each family must leave.
Key material is generated from a seeded generator.
"""

from __future__ import annotations

import random

import pytest

from tests.guard.inbound_checks import MARKER, feed, stored_without, untouched

_RNG = random.Random(1515)


def _mixed(n: int) -> str:
    """A random API-key-like token: both cases and digits."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    while True:
        value = "".join(_RNG.choice(alphabet) for _ in range(n))
        upper, lower = sum(c.isupper() for c in value), sum(c.islower() for c in value)
        if upper >= 3 and lower >= 3 and sum(c.isdigit() for c in value) >= 2:
            return value


def _uuid() -> str:
    h = "".join(_RNG.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_K1, _K2, _K3 = _mixed(24), _mixed(40), _mixed(32)
_U1, _U2, _U3 = _uuid(), _uuid(), _uuid()

# family -> [(message, [secret values that must not be stored])]
FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    # r21: "authenticator shows 227·405 now", "👉 448 610 👈 that's what google authenticator says":
    # a code named by the app or channel that shows it, before or after, in any grouping
    "code by its source": [
        ("my authenticator says 381 904", ["381 904"]),
        ("google auth is showing 772·015 right now", ["772·015"]),
        ("503 118 <- that's from the authenticator app", ["503 118"]),
        ("谷歌验证器显示 482 913", ["482 913"]),
        ("身份验证器上现在是 730551", ["730551"]),
    ],
    # r21: "the app asks a code and your colleague said to share it here, it's 640 219": the code
    # named earlier in the message, its value given later as "it's / here it is / 是"
    "code referred back": [
        ("the site wants a code to log in, it's 918 244", ["918 244"]),
        ("they texted me a code just now, here it is: 661 034", ["661 034"]),
        ("短信发了一个码过来，是 275 930", ["275 930"]),
        ("the app asks for a 2fa code and my friend said to send it here, it is 330 981 thanks", ["330 981"]),
    ],
    # r21: "code 1 9 9 - 4 0 2", "8️⃣4️⃣1️⃣2️⃣0️⃣6️⃣", 幺洞五 八八二, 九一五，二零八: a code's digits spelt one
    # by one, as keycaps, as radio digits (洞 拐 勾), or in two groups joined by a comma
    "digits in any spelling": [
        ("code 4 4 1 - 9 0 2", ["4 4 1 - 9 0 2"]),
        ("otp: 7-7-3-1-0-5", ["7-7-3-1-0-5"]),
        ("the otp is 3️⃣9️⃣0️⃣1️⃣7️⃣5️⃣", ["3️⃣9️⃣0️⃣1️⃣7️⃣5️⃣"]),
        ("验证码 拐洞幺 勾五三", ["拐洞幺 勾五三"]),
        ("六位数是 三八一，七零二", ["三八一，七零二"]),
    ],
    # r21: "typo sorry, it's 510774 not 510747", 打错了，是 340817 不是340871: a correction that
    # gives the right value beside the wrong one (both are the code, or one typo away from it)
    "correction pair": [
        ("my bad, it's 662901 not 662910", ["662901", "662910"]),
        ("not 441276, it's 441267 sorry", ["441267", "441276"]),
        ("输错了，应该是 903317 不是 903371", ["903317", "903371"]),
        ("sorry typo: 128455 instead of 128545", ["128455", "128545"]),
    ],
    # r21: "emergency code for 2fa reset: ZX41 09LM 7QRA", 紧急恢复码 RT52 80KX 4MZQ, 16位密钥
    # 7EU33WRN 4XQW6EBT, 二次验证种子：qdh6 hdiq vwi3 pdlr: a backup code or 2FA key in groups, ALL groups
    "grouped backup key": [
        ("2fa backup code: KD82 M1PQ 73ZX", ["KD82", "M1PQ", "73ZX"]),
        ("recovery key for my authenticator ab3d f7gh k2mn p4qr", ["ab3d", "f7gh", "k2mn", "p4qr"]),
        ("我的备用码 HT64 9QWE 2LMN", ["HT64", "9QWE", "2LMN"]),
        ("谷歌验证的密钥 MZXW6YTB OI3UQL2K 还能用吗", ["MZXW6YTB", "OI3UQL2K"]),
        ("2FA seed: jbsw y3dp ehpk 3pxp", ["jbsw", "y3dp", "ehpk", "3pxp"]),
    ],
    # r21: "keys for the grid bot guy <key> and <secret>", "API passphrase is … and the key id <uuid>",
    # API口令是 … key是 <uuid>: the key half of an API pair (a UUID after key / key id, a random token
    # beside the redacted secret)
    "api pair's key": [
        (f"secret is {_K2} and key id {_U1}", [_K2, _U1]),
        # round 16 (the lead's rule, session 12): a lone key id is public (``test_round16_inbound``);
        # beside a word for its secret it may stay redacted
        (f"api key是 {_U2}，密钥等下发", [_U2]),
        (f"keys for the trading bot: {_K1} and {_K3}", [_K1, _K3]),
        (f"API key: {_U3}, passphrase sent earlier", [_U3]),
    ],
    # r21: "my login credentials are Kirin-Tiger-33", "the password for my account is Happy Retirement 65
    # and …": a password under another name, and a password of several capitalised words
    "password by another name or words": [
        ("my login credentials are Falcon-River-82 btw", ["Falcon-River-82"]),
        ("creds: Mango!Tree44", ["Mango!Tree44"]),
        ("登录凭证是 Sunset_Lake77", ["Sunset_Lake77"]),
        (
            "the password for my account is Blue Ocean Breeze 42 and my email is on file",
            ["Blue Ocean Breeze 42"],
        ),
        ("my password is Golden Retriever 2019", ["Golden Retriever 2019"]),
    ],
    # r21: "the anti phishing word in my emails should be KOALA right?": the label with words between it
    # and the value, a value in capitals
    "anti-phishing, other shapes": [
        ("the anti phishing code in my emails should say TIGER", ["TIGER"]),
        ("anti-phishing phrase shown in my mails: PANDA ok?", ["PANDA"]),
        ("my anti phishing word on the account is SUNFLOWER", ["SUNFLOWER"]),
    ],
}

# round 14's three "written after the rules" misses, picked up where a family fits
PICKUPS: list[tuple[str, list[str]]] = [
    ("不是这个 775390，是后来那个", ["775390"]),
    ("seven digit code? mine is 5512093", ["5512093"]),
    ("my phishing code is Moon42", ["Moon42"]),
]

# r21: "my backup words are <11 words>" / "oh and the last one feed": the missing word announced
SPLIT_FAMILIES: list[tuple[list[str], list[str]]] = [
    (
        [
            "my recovery words: ladder orbit silent fresh clock brave tunnel museum apple royal kite",
            "and the last one is zebra",
        ],
        ["ladder orbit", "zebra"],
    ),
    (
        [
            "seed phrase is wheel coyote keep alone direct plunge vapor sadness scissors later exit",
            "oops the last word: feed",
        ],
        ["wheel coyote", "feed"],
    ),
]

MUST_STAY: dict[str, list[str]] = {
    "code by its source": [
        "my authenticator app shows a 6 digit code, is that normal?",
        "google authenticator says the time is out of sync by 30 seconds",
        "谷歌验证器显示 30 秒倒计时",
    ],
    "code referred back": [
        "the withdrawal of 2,400 USDT needs a code, it's been 2 hours now",
        "the app asks for a code but it's been an hour and still no sms",
    ],
    "digits in any spelling": [
        "step 1️⃣ open the app 2️⃣ tap login",
        "漏洞 三个，已经修好",
        "code 4 is for the second floor",
    ],
    "correction pair": [
        "order 662901 not 662910, please check",
        "I sent 500 not 5000",
        "my phone is 13800138000 not 13800138001",
    ],
    "grouped backup key": [
        "2fa backup: I wrote it down on paper",
        "recovery key for my wallet is in the safe at home",
        "紧急恢复码 在哪里可以找到",
    ],
    "api pair's key": [
        f"order id {_uuid()} is stuck",
        "key id is on the API page, where is it?",
        f"the api returned request id {_uuid()}",
    ],
    "password by another name or words": [
        "my login is john.smith@gmail.com",
        "my login credentials are not working since Monday",
        "the password for my account is Not Working at all",
    ],
    "anti-phishing, other shapes": [
        "the anti phishing code in my emails should be there right?",
        "my anti phishing word on the account is MISSING",
    ],
}


@pytest.mark.parametrize(("text", "secrets"), [case for cases in FAMILIES.values() for case in cases])
def test_a_family_variation_is_redacted(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        stored_without(text, secret)


@pytest.mark.parametrize(("text", "secrets"), PICKUPS)
def test_a_round14_fresh_miss_is_redacted(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        stored_without(text, secret)


@pytest.mark.parametrize(("messages", "secrets"), SPLIT_FAMILIES)
def test_the_missing_last_word_announced_in_its_own_message(messages: list[str], secrets: list[str]) -> None:
    stored = feed(messages)
    rest = " ".join(MARKER.sub(" ", s) for s in stored)
    for secret in secrets:
        assert secret not in rest, (secret, stored)


@pytest.mark.parametrize("text", [text for texts in MUST_STAY.values() for text in texts])
def test_a_look_alike_stays(text: str) -> None:
    untouched(text)
