"""Round 9, outbound: scam asks blind batch r15 let through (``outbound_asks9``), in our own wording
and r15's, each next to a safe reply of the same words that must still pass."""

from __future__ import annotations

import pytest

from app.guard import check_outbound


def codes(text: str) -> list[str]:
    return [v.code for v in check_outbound(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # remote control without a brand
        (
            "I'm going to send you a small tool called ExchangeGuard.exe, run it as administrator.",
            "remote_access",
        ),
        ("Download SecureFix.msi from the link and run it, it repairs your wallet.", "remote_access"),
        ("install the support app from this apk link and accept all permissions", "remote_access"),
        ("Just allow all permissions when the helper app asks.", "remote_access"),
        (
            'Please install our "security certificate" profile on your iPhone from the link I send.',
            "remote_access",
        ),
        ("我发给您一个小工具“交易所安全卫士.exe”，用管理员身份运行一下。", "remote_access"),
        ("从这个链接安装客服APP，所有权限都点允许", "remote_access"),
        ("请从我发的链接安装“安全证书”描述文件到您的iPhone。", "remote_access"),
        # the authenticator shown or read
        ("Please screenshot the authenticator app screen and send it to me.", "asks_otp_code"),
        (
            "One more step: send the code shown in your Authy app, I will enter it on my side.",
            "asks_otp_code",
        ),
        ("请把谷歌验证器截图发给我核对。", "asks_otp_code"),
        ("您的身份验证器现在显示的是多少？", "asks_otp_code"),
        # slang
        ("bro what r the 12 words", "asks_seed_phrase"),
        ("ok so what are ur 24 words", "asks_seed_phrase"),
        ("gimme the 2fa code real quick", "asks_otp_code"),
        ("lemme get ur password and I'll sort it", "asks_password"),
        # a threat instead of a verb
        ("如果5分钟内不提供验证码，您的账户将被永久冻结。", "asks_otp_code"),
        ("不提供恢复短语的话验证会失败。", "asks_seed_phrase"),
        ("密码加验证码马上发，不然号就封了", "asks_otp_code"),
        ("If you don't send the code within 10 minutes your account will be frozen.", "asks_otp_code"),
        # a transfer to an address we write out; an unlimited approval called normal
        (
            "Please withdraw your full balance to the cold-storage address "
            "0x03c2475a49533c5c48e58aeee4c8b309cc07b239, controlled by our security department.",
            "transfer_request",
        ),
        (
            "我稍后发一个签名请求，您在小狐狸里确认一下就行（会提示无限授权USDT，这是正常的）。",
            "transfer_request",
        ),
        ("It will ask for unlimited USDT spending, that's normal, just approve.", "transfer_request"),
        # wrapped in a warning
        (
            "Support never asks for your code... except in this verification step, "
            "which is why I need it now.",
            "asks_otp_code",
        ),
        ("Please don't share your seed phrase with anyone else — only with me.", "asks_seed_phrase"),
        ("Never give your private key to anyone, except me of course.", "asks_private_key"),
        ("请不要把助记词告诉其他任何人，只发给我就行，我是官方的恢复专员。", "asks_seed_phrase"),
        # vague nouns and politeness
        (
            'I need the "key" to your wallet, the long one that starts with 0x or the words.',
            "asks_private_key",
        ),
        ("把账号信息给我，剩下的我全帮您搞定，您什么都不用做。", "asks_password"),
        (
            "If it is not too much trouble, could you share the verification code you received?",
            "asks_otp_code",
        ),
    ],
)
def test_round9_scam_asks_are_refused(text: str, code: str) -> None:
    assert code in codes(text), (text, check_outbound(text))


@pytest.mark.parametrize(
    "text",
    [
        "Never run an .exe file that someone in a chat sends you.",
        "Do not install any apk or profile a stranger sends you; we have no such app.",
        "If an app asks you to accept all permissions, don't: uninstall it.",
        "不要安装任何人发给您的.exe文件或描述文件。",
        "Never send a screenshot of your authenticator to anyone.",
        "不要把谷歌验证器截图发给任何人。",
        "没有人会因为您不发送验证码而注销您的账户，这是常见的诈骗话术。",
        "If you shared your seed phrase with someone, move your funds to a new wallet right away.",
        "To move your assets to the funding account, go to Assets > Transfer.",
        "Your new deposit address is on the Deposit page.",
        "An unlimited approval is never normal: revoke it at revoke.cash-style tools in your wallet.",
        "We only need your UID; please keep your password and codes to yourself.",
        "The code shown in your Authy app is for you alone: type it on the login page, never in chat.",
        "The 12 words you wrote down are yours alone; never share them, not even with us.",
    ],
)
def test_round9_warnings_and_advice_pass(text: str) -> None:
    assert codes(text) == [], (text, check_outbound(text))
