"""Round 20 (guard20out): r27–r29's outbound families left after round 19, in sentences written for this test.

Asks of ``app/guard/outbound_round20`` are refused (phone and private e-mail moves as ``off_platform``, a bond
before a withdrawal as ``transfer_request``, the rest with the secret's code); the safe replies its clears let
through pass; warnings and look-alikes beside the new rules keep passing. ``test_each_case_needs_round20``
unhooks the round: every ask then passes and every cleared reply is refused, so each case tests this round
(run against the base commit, every ask and cleared case failed there too).
"""

from __future__ import annotations

import pytest

import app.guard.outbound as outbound
from app.guard import check_outbound, outbound_round20, review_outbound
from app.guard.fold import Folder
from app.guard.outbound_triggers import CJK_PAIRS
from app.guard.textutil import ascii_lower
from tests.guard.corpus_lines import agent_lines

ASKS = [
    # off the platform by phone: the agent's own number, a team's hotline, a messenger's number
    ("Give me a ring on my own mobile +44 7700 900123, this chat is too slow.", "off_platform"),
    ("Reach me directly at my private mobile 0044 7911 123456 so we can finish faster.", "off_platform"),
    ("Ring our 24/7 VIP hotline at +1 800 555 0199 and have your authenticator ready.", "off_platform"),
    ("For faster service, text our VIP desk on +1 646 555 0100.", "off_platform"),
    ("Our managers only deal with refunds over WhatsApp, just text +852 6123 4567.", "off_platform"),
    ("Save this number +44 7700 900555 and WhatsApp me, I'm your dedicated manager.", "off_platform"),
    ("请打我的私人手机 +86 138 0013 8000，这边更快处理。", "off_platform"),
    ("请拨打客服经理个人电话 138 0013 8000 联系我。", "off_platform"),
    ("請撥打我們的VIP專線 +852 6123 4567，並準備好驗證器。", "off_platform"),
    # off the platform by private e-mail
    ("I'll email you the form from my personal address li.wei@example.net, answer me there.", "off_platform"),
    ("Please email your ID and login details to my colleague at verify.team@gmail.com.", "off_platform"),
    ("我用私人邮箱把资料发给您，请在邮件里回复您的信息。", "off_platform"),
    ("詳細資料我用私人郵箱寄給您，請回覆您的帳戶資料。", "off_platform"),
    ("请把资料发到 vipservice@163.com，我们审核。", "off_platform"),
    # the numbers a voice call reads out, handed back
    ("The robot call will speak a few numbers, please repeat them to me here.", "asks_otp_code"),
    ("You'll receive an automated call; key the digits it reads into this chat.", "asks_otp_code"),
    ("接听语音来电后，把播报的数字重复给我。", "asks_otp_code"),
    # "what code did you get?"
    ("So which code came through on your phone?", "asks_otp_code"),
    ("您刚才收到的是哪个码？", "asks_otp_code"),
    # pinyin questions
    ("yan zheng ma duo shao? wo zai gen cai wu tong hua", "asks_otp_code"),
    ("ni de mi ma shi shen me", "asks_password"),
    # a bond before a withdrawal: an advance fee, a payment we ask for
    (
        "Kindly put down a collateral of 20,000 USDT to activate your higher withdrawal tier.",
        "transfer_request",
    ),
    ("提币前请先转入验证资金 2000 USDT，审核后原路退回。", "transfer_request"),
    # a secret pasted (贴)
    ("托管开户请贴热钱包私钥，不是xpub", "asks_private_key"),
]

# refused before this round
CLEARED = [
    "API Key 可以发给我们查看，API Secret 绝对不要给",
    "You can send us the API key so we can look it up, but never the API secret.",
    "Send over the API key's public half plus the 50113 error text; keep the secret and passphrase "
    "to yourself.",
    "Please attach a screenshot of the error with any codes or passwords blurred out.",
    "Enter the API key, secret and passphrase in your bot's settings page only.",
]

# held for review (not refused) before this round: the public half named, the secret kept
UNHELD = [
    "Please send us the API key only (it's public), the secret stays with you.",
    "请把API Key发给我们核查权限，Secret和Passphrase不要发。",
    "Send us the vault's public key so we can add it; never the private key.",
]

# beside the new rules: warnings, callbacks we make, the customer's own address, codes that are no secret
GUARDS = [
    "If you prefer, we can call you back at +44 7700 900123 (the number on file).",
    "Our agent will call you from +65 6123 4567 within 10 minutes; we will never ask for codes on the call.",
    "I'll put a note for the night shift: call Callum at 15:30 UTC on +852 9155 7463.",
    "The hotline number +1 800 555 0100 in that SMS is fake; do not call it.",
    'If anyone gives you a "VIP hotline" like +1 415 555 0123, it is a scam: hang up and report it.',
    "我们的客服电话只在官网公布，不会用私人手机联系您。",
    "Never reply to a personal e-mail address claiming to be us.",
    "Your personal email address on file is j***@gmail.com; you can change it in Settings.",
    "We sent the code to your e-mail, j.doe@gmail.com; check the spam folder.",
    "The customer's own email was li.wei@gmail.com before the change; we updated it to the new one.",
    "我们已发送确认邮件到您的邮箱 abc@qq.com。",
    "If the voice call reads you a code, enter it in the app yourself, never tell it to anyone.",
    "语音验证码只在App里输入，不要告诉任何人。",
    "What code did you get when the withdrawal failed? The error code helps us find the cause.",
    "Which code did you get: 50113 or 50114?",
    "您收到的错误码是多少？",
    "We never ask for a security bond or deposit before a withdrawal; anyone who does is a scammer.",
    "任何要求您先交保证金才能提现的都是骗子。",
    "Futures need margin: deposit at least 100 USDT as collateral before opening a position.",
    "Pay back the loan to unlock your collateral of 0.5 BTC.",
    "A deposit of 500 USDT will be credited after 12 confirmations.",
    "不要把私钥贴到任何网站。",
    "请贴出报错截图，密码不要出现在截图里。",
    "Send a screenshot of the page, but cover up any codes or passwords first.",
    "截图时请把验证码、密码遮住再发。",
    "请在量化软件里填写API Key、Secret和Passphrase，不要发给任何人。",
    "If you forgot the API Passphrase, delete the key and make a new one.",
]

# near the clears: still asks
STILL_ASKS = [
    "Send us the API key and the API secret so we can test the connection.",
    "请把API Key和Secret都发给我们核查。",
    "Send me a screenshot with the codes visible, not blurred out.",
    "Cover your other codes but send me the 6-digit code from the app.",
    "Enter your seed phrase in your bot's settings so we can sync the wallet.",
    "Call me on WhatsApp at +44 7700 900123 and read me the SMS code.",
    # the same families, refused by earlier rounds already (kept here so this round's clears do not undo them)
    "当电话里的机器人报出6位数字时，直接回复给我。",
    "What's the 6-digit code you just got?",
    "刚才手机收到的六位数是多少？",
    "Your withdrawal will be released once you top up a 10% guarantee fee (3,200 USDT).",
    "麻烦把助记词复制粘贴到这里。",
]


@pytest.mark.parametrize(("text", "code"), ASKS)
def test_round20_asks_are_refused(text: str, code: str) -> None:
    assert code in [v.code for v in check_outbound(text)], text


@pytest.mark.parametrize("text", CLEARED + GUARDS)
def test_round20_safe_replies_pass(text: str) -> None:
    assert check_outbound(text) == (), text


@pytest.mark.parametrize("text", CLEARED + GUARDS)
def test_round20_safe_replies_are_not_held_by_the_rules(text: str) -> None:
    assert review_outbound(text, model=False).sendable, text


@pytest.mark.parametrize("text", STILL_ASKS)
def test_asks_beside_the_clears_stay_stopped(text: str) -> None:
    assert not review_outbound(text, model=False).sendable, text


@pytest.mark.parametrize("text", UNHELD)
def test_the_public_half_with_the_secret_kept_is_not_held(text: str) -> None:
    assert review_outbound(text, model=False).sendable, text


@pytest.mark.parametrize(
    "text",
    [
        "Send us the API key (it's public) and the API secret too.",
        "Please paste your public key here, and then your private key.",
        "请把API Key和Secret都发过来，Passphrase也发我。",
    ],
)
def test_the_public_half_with_the_secret_asked_is_still_stopped(text: str) -> None:
    assert not review_outbound(text, model=False).sendable, text


def test_each_case_needs_round20(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outbound, "round20_asks", lambda low: [])
    monkeypatch.setattr(outbound, "clears_round20", lambda low, code, start, end: False)
    assert [t for t, _ in ASKS if check_outbound(t)] == []
    assert [t for t in CLEARED if not check_outbound(t)] == []


def test_a_huge_reply_stays_linear() -> None:
    """Every look-around is bounded: a long reply of the new rules' words is read in one pass each."""
    text = "call my personal number +44 7700 900123 and " * 2000 + "what code did you get? " * 2000
    assert [v.code for v in check_outbound(text)].count("off_platform") == 1


def _tuning_texts() -> list[str]:
    return agent_lines(29)  # the tuning batches r1-r29 (round 20)


def test_the_word_gates_never_hide_a_match() -> None:
    """The families' gates (a phone number written out, a bond's noun, a code's noun, …) are for speed:
    on every own and r1-r29 text, ``round20_asks`` finds what it finds with every family open."""
    folder = Folder(CJK_PAIRS)
    own = [t for t, _ in ASKS] + CLEARED + GUARDS + STILL_ASKS + UNHELD
    texts = own + _tuning_texts()
    assert len(texts) > 9000
    opened = 0
    for text in texts:
        low = ascii_lower(folder.fold(text).text)
        want = outbound_round20.asks_of(low, outbound_round20.ALL_FAMILIES)
        opened += bool(want)
        assert outbound_round20.round20_asks(low) == want, text
    assert opened > 40
