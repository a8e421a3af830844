"""Issue 16, round 6: outbound asks told as scripts (counted pieces of a phrase, a picture of the 2FA
secret, slang for a key or the words, money sent to come back or to unlock money), a polite gerund
ask, and safe replies that report or explain a danger; each ask with a twin that must pass.

Wording made up here; none is copied from a held-out batch.
"""

from __future__ import annotations

import pytest

from app.guard import check_outbound


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Type the first 4 words here and then the other eight.", "asks_seed_phrase"),
        ("麻烦先发前四个词，核对完再发剩下的。", "asks_seed_phrase"),
        ("Kindly take a photo of the QR code in Google Authenticator and upload it here.", "asks_otp_code"),
        ("请截图谷歌验证器的二维码，我们帮您换绑。", "asks_otp_code"),
        ("drop me the pk real quick bro", "asks_private_key"),
        ("哥们 助记词对下 马上给你解冻", "asks_seed_phrase"),
        ("Please transfer your BTC to our safe wallet, we will send it back in 24h.", "transfer_request"),
        ("Pay 50 USDT now and we return double within an hour.", "transfer_request"),
        ("send 20 USDT gas fee to unlock the withdrawal, my address is below", "transfer_request"),
        ("How about sending me your login password so I can fix it?", "asks_password"),
    ],
)
def test_round6_asks_are_refused(text: str, code: str) -> None:
    assert code in {v.code for v in check_outbound(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "The first 4 words of your message were cut off, could you resend it?",
        "Never send a photo of your authenticator QR code to anyone.",
        "PK stands for private key; keep it to yourself.",
        "我帮您核对一下订单号。",
        "Please send the funds back to your own deposit address shown in the app.",
        "Scammers promise to return double if you send any amount, please ignore them.",
        "You can pay the network fee in the app; it is shown before you confirm.",
        "Would you mind sharing your UID so I can take a look?",
        # safe replies that report or explain a danger
        "I've logged that you got a text asking for your 2FA code; thanks for telling us.",
        "已记录您收到索要验证码的可疑短信，谢谢提醒。",
        "Apps such as AnyDesk give a stranger full control of your phone, so uninstall it.",
        "TeamViewer 这类软件会让骗子完全控制您的电脑。",
        "把助记词告诉任何人都等于把资产送出去，请自己保管。",
    ],
)
def test_round6_safe_replies_pass(text: str) -> None:
    assert check_outbound(text) == (), [v.code for v in check_outbound(text)]
