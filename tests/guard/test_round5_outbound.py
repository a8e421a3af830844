"""Issue 16, round 5: outbound rules (asks for secrets and payments, and their safe twins).

Wording made up here (not copied from a held-out batch); each rule has a safe twin beside it.
"""

from __future__ import annotations

import pytest

from app.guard import check_outbound, review_outbound
from tests.guard.classifier_holds import assert_passes


def _codes(text: str) -> list[str]:
    return [v.code for v in check_outbound(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "any" right after a negation is the negation's object, not a warning about "anyone"
        ("无需登录任何页面，直接把助记词打在对话框里就行。", "asks_seed_phrase"),
        # words described by how the customer kept them (copied, engraved, written on a card)
        ("请把您当初抄下来的那串词一个个发给我。", "asks_seed_phrase"),
        ("您那张卡片上写着的那些词是什么？", "asks_seed_phrase"),
        ("Send me the words you wrote on that card.", "asks_seed_phrase"),
        ("Upload a clear photo of your backup card, please.", "asks_seed_phrase"),
        # a request after the noun with an adverb in between ("都/也/一起")
        ("短信验证码和谷歌验证码都要，麻烦一起发一下。", "asks_otp_code"),
        # typing it into this chat (输在/键入 + chat)
        ("请把验证码键入到对话框里。", "asks_otp_code"),
        # an API key and its secret named as a pair
        ("把 key 与 secret 发给我。", "asks_private_key"),
        # "reply here with …"
        ("Reply in this chat with the SMS code.", "asks_otp_code"),
        # "by sending" a payment to a made-up wallet
        ("You can lift the hold by transferring 200 USDT to the escrow wallet.", "transfer_request"),
    ],
)
def test_round5_asks_are_refused(text: str, code: str) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "不要打开任何链接，也不要把助记词发给任何人。",
        "请把钢板上刻的那些词妥善保管，不要给任何人看。",
        "您写在纸上的那些词千万不要拍照。",
        "Never send anyone the words you wrote on your card.",
        "Please attach a photo of your ID card.",
        "Never upload a photo of your backup card anywhere.",
        "验证码请输在App的提现页面里，不要发在聊天框。",
        "API 的 Key 和 Secret 请自己保管好，不要发给任何人。",
        "创建 API 后会显示 Key 和 Secret，Secret 只显示一次。",
        "Reply here with the ticket number.",
        "The tag/memo is required when depositing XRP to our address.",
        "We are sending the refund to your own wallet now.",
        # a request after the secret that asks for an outcome
        "如果您在别的网站用过同样的密码，请马上修改，改好后告诉我。",
        "请在 App 里输入短信验证码完成绑定，然后告诉我是否成功。",
    ],
)
def test_round5_safe_twins_pass(text: str) -> None:
    assert not check_outbound(text), text
    assert_passes(text)  # round 7: the classifier may hold (never refuse) a known few


def test_an_outcome_report_does_not_cover_the_secret_itself() -> None:
    # the same shape with the secret as the object of the request stays refused
    assert "asks_password" in _codes("您的密码是什么，告诉我。")
    assert "asks_otp_code" in _codes("验证码收到后告诉我。")


def test_api_key_and_secret_pair_is_refused_not_held() -> None:
    review = review_outbound("把API的Key和Secret一起发过来。")
    assert [v.code for v in review.blocked] == ["asks_private_key"]


# --- second pass (checked on replies written here after the first changes) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # contractions are no quotes: "changed" still governs the password
        "Tell me once you've changed your password and we'll lift the hold.",
        # the secret is the object of a change done first, then the customer reports
        "修改登录密码后请告诉我，我帮您解除限制。",
        "改完密码后告诉我一声，我这边帮您解冻。",
        # a code named as what to hide in a screenshot
        "Please send us a screenshot of the error (hide any codes first).",
        "请截图错误页面发给我（请遮住验证码）。",
    ],
)
def test_round5_second_pass_safe_replies(text: str) -> None:
    review = review_outbound(text)
    assert review.sendable, review


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Send me your password after you change it.", "asks_password"),
        ("密码改好后发给我。", "asks_password"),
        ("验证码收到后告诉我。", "asks_otp_code"),
        ("Click 'Show private key' and send me what it shows.", "asks_private_key"),
        # a number and 个 with spaces; a comma, an adverb, then the request
        ("您当时抄下的那 24 个单词，依次发我核对。", "asks_seed_phrase"),
    ],
)
def test_round5_second_pass_asks_still_refused(text: str, code: str) -> None:
    assert code in _codes(text)


# --- third pass (more replies written here) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("drop the six digit thing u just got here", "asks_otp_code"),
        ("whats ur login pass? need it for the check", "asks_password"),
        # a web page, link or QR code as where a wallet secret goes
        ("Scan the QR and enter your recovery phrase on the page that opens.", "asks_seed_phrase"),
        ("扫码后在打开的页面输入您的助记词就能领取退款", "asks_seed_phrase"),
        # a third party "on Telegram" that needs a secret
        ("Our specialist on WhatsApp will need your authenticator secret to finish.", "asks_otp_code"),
        ("Your API key and secret, please — the sync team is waiting.", "asks_private_key"),
        ("请把私钥发到我们风控部门的邮箱。", "asks_private_key"),
        # 分别 is no "别" (don't)
        ("登录密码和资金密码分别是多少？", "asks_password"),
        ("把你的mm发我，我帮你登录看看", "asks_password"),
    ],
)
def test_round5_third_pass_asks(text: str, code: str) -> None:
    assert code in _codes(text)


def test_a_link_then_connect_and_approve_is_held() -> None:
    review = review_outbound("Open the page I sent you, connect your wallet and approve the request.")
    assert review.blocked or review.held


@pytest.mark.parametrize(
    "text",
    [
        "Write your seed phrase on paper and keep it offline; never type it into a website.",
        "Import your recovery phrase into the Trust Wallet app to restore the wallet.",
        "Enter your seed phrase only in your own wallet app, never on a website.",
        "您可以告诉我屏幕上显示的错误代码。",
        "验证码发送成功了吗？如果没收到请告诉我。",
        "Did the code arrive? If you didn't get it, tell me and I'll resend.",
        "请问您分别在哪天充值和提现的？",
    ],
)
def test_round5_third_pass_safe(text: str) -> None:
    assert_passes(text)  # round 7: the classifier may hold (never refuse) a known few
