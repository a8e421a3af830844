"""Round 10, outbound: the asks blind batch r16 let through and the safe replies it refused, each rule
with our own wording of the same ask and a genuine reply of the same words that must still pass."""

from __future__ import annotations

import pytest

from app.guard import check_outbound, review_outbound
from app.guard.outbound_secret_nouns import NOUNS, SECRET_HEADS, SECRET_WORD
from app.guard.outbound_triggers import TRIGGERS


def codes(text: str) -> list[str]:
    return [v.code for v in check_outbound(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a threat for not handing it over, in any order
        ("Hand over the SMS code right now or your wallet gets locked for good.", "asks_otp_code"),
        ("Give me your login password or the account will be suspended today.", "asks_password"),
        ("If you do not share the 2FA code in five minutes, the funds will be frozen.", "asks_otp_code"),
        ("拒绝提供短信验证码的，账户将被永久冻结。", "asks_otp_code"),
        ("不告诉我密码的话，后果自负，损失你自己承担。", "asks_password"),
        # a signature or approval in the customer's wallet
        ("Just approve the USDT allowance in Trust Wallet so the refund can go through.", "transfer_request"),
        ('Sign the "claim" signature in MetaMask to unlock your compensation.', "transfer_request"),
        ("为了解冻，请在钱包里签一下这个合约，很快的。", "transfer_request"),
        ("Scan our QR code with your wallet and approve it, the refund is released.", "transfer_request"),
        ("用您的钱包扫描我发的二维码，然后确认支付就行。", "transfer_request"),
        # software we name or link
        ('Get our "Account Guardian" tool and log in with it so we can watch your account.', "remote_access"),
        ("Download the fixer from the link I'll send and open it.", "remote_access"),
        ("请安装“安全卫士”，然后按提示登录。", "remote_access"),
        ("用我们发给您的链接下载，装好后告诉我。", "remote_access"),
        # the authenticator's secret
        ("Screenshot the QR code from your Google Authenticator setup and share it.", "asks_otp_code"),
        ("请把谷歌验证器的密钥截图给我。", "asks_otp_code"),
        ("谷歌验证器里的码每刷新一次就发给我。", "asks_otp_code"),
        ("Tell me the digits on your authenticator app.", "asks_otp_code"),
        # a secret named plainly, asked with a short word
        ("What's the seed? I need to check it against our records.", "asks_seed_phrase"),
        ("Pass us the OTP when it arrives.", "asks_otp_code"),
        ("The security team requires your SMS code to finish the check.", "asks_otp_code"),
        ("Your 2FA code, please.", "asks_otp_code"),
        # a harm avoided is a purpose, not a negation of what follows
        (
            "To avoid a permanent freeze, transfer everything to 0x52908400098527886E0F7030069857D2E4169EE7.",
            "transfer_request",
        ),
        # "还没发": a nudge is still an ask
        ("验证码你还没发给我", "asks_otp_code"),
    ],
)
def test_round10_asks_are_refused(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # threats: a consequence of not receiving, or of not entering in the app
        "If you don't receive the code within 10 minutes, the request will be closed and you can try again.",
        "如果没有收到验证码，工单不会关闭，您可以稍后重试。",
        # signatures: revoking, confirming a deposit, a contract address
        "Please confirm the contract address of the token you deposited so I can check the chain.",
        "请撤销可疑合约的授权，并确认已取消所有授权。",
        "Never sign a permit you do not understand, whoever asks.",
        "When you deposit from MetaMask, confirm the transaction in your wallet as usual.",
        "如果钱包弹出陌生的授权请求，请不要确认。",
        # QR codes: the customer's own deposit page
        "Scan the QR code on your Deposit page with your wallet to send funds to your own account.",
        # software: a known authenticator or the official app
        'Please download "Google Authenticator" from the App Store and scan the QR code on the 2FA page.',
        "请从应用商店下载“谷歌验证器”，然后在安全设置里绑定。",
        "请从官网下载官方App并登录。",
        'Please uninstall the "Exchange Shield" extension: it is not ours.',
        # the authenticator: kept to oneself, typed into the app
        "绑定谷歌验证器时显示的二维码和密钥请自己备份好，不要发给任何人。",
        "请在 App 里输入谷歌验证器的6位数完成提现确认，然后告诉我是否成功。",
        "Keep the backup key of your authenticator offline; never share it.",
        # short asks: not ours, or not a secret
        "Seed round investors are listed in the blog post, tell me the seed round you mean.",
        "Your password, please keep it to yourself.",
        "The withdrawal page needs your email verification code on the confirmation screen.",
        # asks someone else made, reported
        "I see you're worried about the message that asked for your code. You did the right thing.",
        "您好，看到您收到要验证码的消息后没有回复，做得很对，那不是我们。",
        "Did you install any software at someone's request? If yes, uninstall it now.",
        "If a caller tells you to move your funds to a safe wallet, hang up: that's a scam.",
        # what happened to a transfer, a secret acted on in an if-clause
        "您那笔提现是在修改密码后24小时内首次提到新地址，被风控系统拦截。如果改密码不是您本人操作，请马上告诉我。",
        # the API key's public part
        "我们排查只需要API Key（公开的那部分），请不要发送secret。",
        "请把API Key的前6位发我，方便查找，secret不用发。",
        "把助记词发给我们也没有用，任何索要助记词的人都是骗子。",
        # an adjective after a determiner: a noun, not a transfer
        "Your new deposit address is on the Deposit page; the old one "
        "bc1qc2477w906vqgvsnl9e6gp7efzqtvd9vk5pgmza stays valid.",
        # a look-alike named as a fake beside the official login
        "Please log in only at https://www.exchange.example. Sites like exchange-example.support are fakes.",
        "请只在 https://www.exchange.example 登录，exchange-example.support 这类都是假网站。",
        "最近出现了使用 exchange-verify.example 域名的钓鱼活动，请不要在上面输入密码。",
    ],
)
def test_round10_genuine_replies_pass(text: str) -> None:
    assert codes(text) == []
    assert review_outbound(text).blocked == ()


@pytest.mark.parametrize(
    "text",
    [
        "Log in at exchange-example.support, the fake one is exchange.example.com.",
        "请使用 exchange-example.support 登录，那个假网站已经关了。",
        "Sites like exchange-example.support are fakes, log in there anyway",
    ],
)
def test_a_lookalike_that_is_still_where_to_log_in_is_refused(text: str) -> None:
    assert "lookalike_domain" in codes(text)


def test_secret_word_is_derived_from_the_lexicon_heads() -> None:
    """One source of truth: every head names a secret for the hand-back reading and is a trigger word of
    its family (so it starts a phrase the noun patterns read)."""
    en, zh = TRIGGERS
    families = dict(NOUNS)
    for family, heads in SECRET_HEADS.items():
        assert family in families
        for head in heads:
            assert SECRET_WORD.search(f"x {head} y") is not None
            trigger = en if head.isascii() else zh
            assert trigger.search(head) is not None
    assert SECRET_WORD.search("the error status") is None
