"""Issue 16, round 5, last pass: false alarms on safe replies, each rule with its scam twin.

Wording made up here (not copied from a held-out batch).
"""

from __future__ import annotations

import pytest

from app.guard import check_outbound, review_outbound, scan_inbound
from tests.guard.classifier_holds import assert_passes


@pytest.mark.parametrize(
    "text",
    [
        # an ask reported in a relative clause whose subject the sentence disowns
        "The specialist on Telegram who asked for your seed is not us — block them.",
        "The person who asked for your seed phrase is not from our team.",
        "The man who asked you for your password is not us.",
        "The agent who requested your 2FA code wasn't a real agent.",
        "要您助记词的那个人不是我们的员工。",
        "向您要验证码的那个客服是假冒的。",
        # the change of the secret told first (after/once/when …), then a bare "tell me"
        "After you change your password, tell me and I'll lift the lock.",
        "Once you have reset your password, let me know.",
    ],
)
def test_safe_replies_pass(text: str) -> None:
    review = review_outbound(text)
    assert review.sendable, review


@pytest.mark.parametrize(
    "text",
    [
        # the subject is not disowned: "not available" is no "not us"
        "The specialist who asked for your seed is not available, so send it to me instead.",
        "要您助记词的那个专员不在，请直接发给我。",
        # a warning word that is denied warns of nothing
        "The agent who asked for your seed is not a scammer, please send it to him.",
        "The agent who asked for your seed phrase isn't fake, send him the seed phrase.",
        "Our agent is not a scammer, please send him the seed phrase.",
        "I am not a scammer, just send me the 6 digit code.",
        "我不是骗子，把验证码发我就行。",
    ],
)
def test_disowning_needs_a_disowning_predicate(text: str) -> None:
    assert check_outbound(text)


@pytest.mark.parametrize(
    "text",
    [
        # "tell me" with an object after a change still asks for the new secret
        "After you change your password, tell me the new one.",
        "When you have changed your password, send it to me.",
        "After you reset 2FA, tell me the new setup key.",
        # "let me know what it is" after a secret is a hand-back
        "Once you reset your password, let me know what it is.",
        "Check your SMS and let me know what the code is.",
    ],
)
def test_changed_then_asked_is_stopped(text: str) -> None:
    review = review_outbound(text)
    assert not review.sendable, review


@pytest.mark.parametrize(
    "text",
    [
        "Let me know what the error code is.",
        "Please let me know what the TXID is.",
        "Let me know what the deposit address is.",
        "Open the app and let me know what it says on the withdrawal page.",
        "索要助记词的一律是骗子。",
        "问您要验证码的都是骗子，请勿理会。",
        "Never give your code to a scammer.",
    ],
)
def test_twins_of_the_new_rules_pass(text: str) -> None:
    assert_passes(text)  # round 7: the classifier may hold (never refuse) a known few


# --- inbound: ordinary messages the round's recall rules touched ----------------------------------

_ADDRESS = "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV"  # 32 bytes of base58: an address


@pytest.mark.parametrize(
    "text",
    [
        # where a key pair comes from names only a 64-byte key pair; 32 bytes named so is an address
        f"Phantom exported address {_ADDRESS}",
        f"从 Phantom 导出的地址 {_ADDRESS}",
        # a user name after "login": capitalised words, digits at the end
        "login John_Doe88",
        "login TomLee7 works on web but not in the app",
        # a tool with a digit in its name used "for everything"
        "I use 1password for everything",
        "我所有地方都用 1Password",
    ],
)
def test_ordinary_inbound_untouched(text: str) -> None:
    assert scan_inbound(text).findings == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the 32-byte base58 string is still a key after a key word
        (f"my private key {_ADDRESS}", _ADDRESS),
        # a password word spelled in the value is no user name, even name-shaped once folded
        ("email login Pa$$w0rd_Gmail9 the hacker changed it", "Pa$$w0rd_Gmail9"),
        ("login Password_Tom1", "Password_Tom1"),
        # mixed case inside a word or a symbol: a password
        ("email login Pa55Word2020", "Pa55Word2020"),
        ("login SunnyDay_88x", "SunnyDay_88x"),
        # a password used everywhere that is not a tool's name
        ("i use password1 for everything", "password1"),
    ],
)
def test_their_secret_twins_are_redacted(text: str, value: str) -> None:
    result = scan_inbound(text)
    assert value not in result.text, result.text


# --- outbound: questions about the secret, not asks for it -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a self-check of what was typed (分别 no longer reads as 别, so this needs its own reading)
        "请您分别核对登录密码和资金密码是否输入正确（不要发给我）。",
        "请核对密码是否输入正确。",
        "Please double-check whether you typed the password correctly.",
        # whether the secret arrived, not what it says
        "Tell me whether the SMS code arrived.",
        "Please tell me if the SMS code came through.",
        "告诉我验证码有没有收到就行，不用发验证码本身。",
    ],
)
def test_questions_about_a_secret_pass(text: str) -> None:
    review = review_outbound(text)
    assert review.sendable, review


@pytest.mark.parametrize(
    "text",
    [
        "请核对您的助记词。",
        "Please verify your seed phrase with me.",
        "Tell me the SMS code that arrived.",
        "告诉我验证码，有没有收到？",
        "告诉我验证码是多少。",
        # a second hand-back in the sentence after a harmless first one
        "Tell me whether the code arrived, then paste it here.",
    ],
)
def test_their_asking_twins_are_stopped(text: str) -> None:
    review = review_outbound(text)
    assert not review.sendable, review


@pytest.mark.parametrize(
    "text",
    [
        # an incoming call or message that asks, as a condition: the caller's ask, not ours
        "if u get a call from 'support' asking for the sms code, hang up",
        "If you receive an email asking for your seed phrase, delete it.",
        "如果您接到要求提供验证码的电话，请直接挂断。",
    ],
)
def test_incoming_asks_as_conditions_pass(text: str) -> None:
    review = review_outbound(text)
    assert review.sendable, review


@pytest.mark.parametrize(
    "text",
    [
        # the main clause still asks
        "If you get a call from us asking for the sms code, give it to them.",
        "When you get a text asking for the code, reply with it here.",
        "如果您接到要求提供验证码的电话，请把验证码发给我。",
        "When you receive the SMS code, send it to me.",
    ],
)
def test_main_clause_after_an_incoming_ask_is_stopped(text: str) -> None:
    review = review_outbound(text)
    assert not review.sendable, review
