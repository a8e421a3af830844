"""Issue 16, round 17 (guard17out): asks read by slot (``outbound_intent17``) and safe replies that
hide a secret, need none or ask only for the public part (``outbound_clears17``).

Every case is our own wording (not copied from r24/r25): a variation of a slot r24/r25 showed unread,
in both languages. ``NEW_ASKS`` pass without round 17 (``test_each_ask_needs_round17`` unhooks it),
``CLEARED`` are refused without it; ``STAY_SAFE`` and ``STAY_REFUSED`` are near cases that must not move.
"""

from __future__ import annotations

import pytest

from app.guard import check_outbound, outbound, review_outbound

NEW_ASKS: dict[str, list[str]] = {
    # the hand-over to this chat of what a voice call reads out
    "call digits": [
        "Our robot line will ring you shortly; enter here the numbers it reads out.",
        "An automated call is coming, just write below the code you hear on the call.",
    ],
    "config file": [
        "Could you share your config.json file with me so I can fix the bot?",
        "Please upload your .env so I can see which keys the script uses.",
    ],
    "photo of secrets": [
        "Please post a photo of the page with your backup codes so I can verify them.",
        "Upload a picture showing your seed words so we can confirm the wallet.",
    ],
    "send the code now": [
        "Send me the code now, quick, before it expires.",
        "give the code quick, it expires soon",
    ],
    "money to ours": [
        "Kindly pay 200 USDT again to validate your first payment, it returns in an hour.",
        "Move your coins to the wallet we have just generated for you during the upgrade.",
        "Send the activation fee to our specialist's wallet and your limit goes up today.",
    ],
    "pinyin": ["siyao gei wo, hen kuai jiu hao", "fa wo yi xia mima, wo lai chu li"],
    "zh hand-over": [
        "请马上发您的私钥，只有地址的话不够。",
        "你邮箱的密码还需要，我们看看有没有异常。",
        "现在还差那个验证码，快点，一会就失效。",
        "您在这里打一下密码就可以，我们看不到。",
        "打电话的是我们的同事，验证码可以报给他。",
        "这是我们的风控专员，登录验证码可以直接告诉她。",
        "把整条短信连同数字一起转发给我。",
    ],
    "zh cantonese": ["你的密码系咩？我帮你查下。"],
    "zh account and control": [
        "请把资产转到我们给您开通的钱包，升级完成后再转回。",
        "麻烦您再转一次同样的金额用来核实身份，稍后退还。",
        "打开钱包，用钱包签名领取补偿就可以了。",
        "先开下远程，我帮您看看设置。",
    ],
}

CLEARED: dict[str, list[str]] = {
    "hide it": [
        "Could you attach a screenshot of the issue? Please cover any passwords or codes before you send it."
    ],
    "no need": ["Please check the key in the API page; no need to share the secret with us."],
    "named the scam": ['"Agent" asking for your password = scam.'],
    "public part": ["API Key 可以发给我们查；Secret Key 不可以，永远不要发。"],
    "we send it": ["We'll send the code to your registered email; please don't share it with anyone."],
}

STAY_SAFE = [
    "I'll send you a new code to your phone in a minute.",
    "I will call you from our official line; never tell anyone the digits, we won't ask.",
    "Please send a screenshot of the error message only, without any codes.",
    "Deposit again only if the first deposit was rejected by the network; it is your own wallet.",
    "A screenshot helps; please blur any codes or keys before attaching it.",
    "Anyone asking for your OTP is a scam, full stop.",
    "截图发给我们前请遮住验证码，我们只看报错。",
    "登录密码在安全中心重置就好，不用告诉我们。",
    "支付密码在设置里改，唔使讲俾我知。",
    "请勿把助记词发给任何人，包括客服。",
    "如果有人让您开远程，请立即结束对话。",
    "验证码不可以告诉他，我们的专员不会索要。",
]

# near asks older rounds already refuse: round 17 must not clear them
STAY_REFUSED = [
    "Please send me your seed phrase so I can verify the wallet.",
    "Take a picture of the recovery card and send it over, I'll check the words are readable.",
    "pls give the otp, the window closes soon",
    "Please cover your face in the selfie and send your password too.",
    "请把验证码发给我。",
    "请提供一下您的助记词，光有截图不行。",
    "把那个码报给我，我核对一下。",
    "请在表格里填写您的助记词，我们内部登记用。",
    "麻烦拍一下验证器上面的数字，发给我。",
    "你個私鑰係咩呀？我幫你處理。",
]


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(fam, t) for fam, ts in table.items() for t in ts]


@pytest.mark.parametrize(("family", "text"), _cases(NEW_ASKS))
def test_the_new_asks_are_refused(family: str, text: str) -> None:
    assert check_outbound(text), (family, text)


@pytest.mark.parametrize(("family", "text"), _cases(CLEARED))
def test_the_safe_replies_are_not_refused(family: str, text: str) -> None:
    assert not review_outbound(text, model=False).blocked, (family, text)


@pytest.mark.parametrize("text", STAY_SAFE)
def test_near_safe_replies_stay_safe(text: str) -> None:
    assert not review_outbound(text, model=False).blocked, text


@pytest.mark.parametrize("text", STAY_REFUSED)
def test_near_asks_stay_refused(text: str) -> None:
    assert check_outbound(text), text


def test_each_case_needs_round17(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unhooked, every new ask passes and every cleared reply is refused: each case tests round 17."""
    monkeypatch.setattr(outbound, "intent17_asks", lambda low: [])
    monkeypatch.setattr(outbound, "clears_round17", lambda low, code, start, end: False)
    # round 18's "funds to one of ours" reads "…to our specialist's wallet" too: off, as a later round
    monkeypatch.setattr(outbound, "intent18_asks", lambda low: [])
    monkeypatch.setattr(outbound, "round19_asks", lambda low: [])  # round 19 reads pinyin hand-overs too
    # and "we send the code"
    monkeypatch.setattr(outbound, "clears_round19", lambda low, code, start, end: False)
    # round 20 reads pinyin questions and clears secrets blurred out in a screenshot too
    monkeypatch.setattr(outbound, "round20_asks", lambda low: [])
    monkeypatch.setattr(outbound, "clears_round20", lambda low, code, start, end: False)
    passing = [t for _, t in _cases(NEW_ASKS) if check_outbound(t)]
    assert passing == []
    still_clear = [t for _, t in _cases(CLEARED) if not check_outbound(t)]
    assert still_clear == []


def test_a_dot_inside_a_word_ends_no_sentence() -> None:
    from app.guard.outbound_intent17 import sentence_spans

    low = "paste your .env here. then v1.2 is fine!"
    assert [low[a:b] for a, b in sentence_spans(low)] == ["paste your .env here.", " then v1.2 is fine!"]


# A clearing phrase governs its own clause only: a hand-over to us in a later clause of the same
# sentence is an ask of its own (the lead's last read, session 12: these three were refused on
# c6dcb19 and only held after round 17).
LATER_HAND_OVERS = (
    "Cover your other codes but send me the 6-digit code from the app.",
    "No need to send the password, just type the SMS code here.",
    "请把验证码打码以外的部分截图发我，然后把验证码发我",
    "We'll send the code to your phone, then tell me the code.",
)


@pytest.mark.parametrize("text", LATER_HAND_OVERS)
def test_a_hand_over_after_the_clearing_phrase_is_still_refused(text: str) -> None:
    assert check_outbound(text), text
