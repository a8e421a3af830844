"""Outbound guard: agents may not ask for secrets, remote access or transfers; warnings pass."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.guard import VIOLATION_CODES, LinkPolicy, Violation, check_outbound, describe_violation


def codes(text: str) -> list[str]:
    return [v.code for v in check_outbound(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # passwords
        ("please send me your password", "asks_password"),
        ("What is your login password?", "asks_password"),
        ("Can you tell me your account password so I can check?", "asks_password"),
        ("请提供您的密码", "asks_password"),
        ("告诉我你的登录密码", "asks_password"),
        ("您的资金密码是多少？", "asks_password"),
        # codes
        ("please send me your Google Authenticator code", "asks_otp_code"),
        ("Could you share the 6-digit code you just received?", "asks_otp_code"),
        ("Please type the SMS code here so I can verify you.", "asks_otp_code"),
        ("We will never ask for your password, but we do need your 2FA code.", "asks_otp_code"),
        ("Don't worry, just send me the verification code.", "asks_otp_code"),
        ("We don't need your password, just your 2FA code.", "asks_otp_code"),
        ("请把短信验证码发给我", "asks_otp_code"),
        ("提供一下谷歌验证码", "asks_otp_code"),
        ("收到验证码后发给我", "asks_otp_code"),
        ("验证码是多少？", "asks_otp_code"),
        # keys and seed phrases
        ("Kindly share your private key so we can restore the funds.", "asks_private_key"),
        ("您的私钥发我一下", "asks_private_key"),
        ("To validate your wallet, provide your 12-word recovery phrase.", "asks_seed_phrase"),
        ("Please send me a photo of your seed phrase.", "asks_seed_phrase"),
        ("请提供您的助记词", "asks_seed_phrase"),
        ("需要你的助记词来恢复资产", "asks_seed_phrase"),
        # remote access
        ("Please install AnyDesk and give me the code it shows.", "remote_access"),
        ("Can you share your screen so I can guide you?", "remote_access"),
        ("Download TeamViewer QuickSupport from the store.", "remote_access"),
        ("请下载ToDesk，我远程协助您操作", "remote_access"),
        ("请安装向日葵", "remote_access"),
        ("我们需要屏幕共享来核实您的账户", "remote_access"),
        # transfers
        ("Please transfer your funds to this address to secure them.", "transfer_request"),
        ("send 0.5 BTC to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "transfer_request"),
        ("Move all your assets to a safe account immediately.", "transfer_request"),
        (
            "Please deposit 100 USDT to 0x52908400098527886E0F7030069857D2E4169EE7 to unlock.",
            "transfer_request",
        ),
        ("把资产转到这个地址", "transfer_request"),
        ("转账到以下地址", "transfer_request"),
        ("您的账户有风险，请把USDT转入安全账户", "transfer_request"),
    ],
)
def test_scam_requests_are_blocked(text: str, code: str) -> None:
    found = check_outbound(text)
    assert code in [v.code for v in found], (text, found)
    for v in found:
        assert 0 <= v.start < v.end <= len(text)
        assert v.detail


@pytest.mark.parametrize(
    "text",
    [
        "Never share your password or verification codes with anyone, including us.",
        "官方客服不会向您索要密码或验证码",
        "Please reset your password from the login page",
        "请在App中开启谷歌验证",
        "Please enter the verification code you received into the app (do not send it to us)",
        "We will never ask for your password, SMS codes, authenticator codes, private keys or seed phrases.",
        "If anyone asks for your seed phrase or private key, they are a scammer. Please report them.",
        "Write down your seed phrase on paper and keep it offline; never type it into any website.",
        "Please do not share your screen or install remote access software for anyone claiming to be us.",
        "We will never ask you to install AnyDesk, TeamViewer or any remote-control app.",
        "任何自称客服的人让您共享屏幕或安装远程软件，都不要照做。",
        "我们绝不会要求您安装向日葵、ToDesk或任何远程控制软件。",
        "You can withdraw to your own wallet address at any time.",
        "Please check the deposit address shown in your app before you send funds.",
        "We never ask you to transfer funds to any address. Only deposit to the address shown in your app.",
        "安全限制结束后，您可以随时提现到您自己的钱包地址。",
        "请将USDT从现货账户划转到资金账户。",
        "If your seed phrase was exposed, create a new wallet and move your funds to it.",
        "Could you send me a screenshot of the error message?",
        "Please send a screenshot of the password reset page.",
        "Please provide the transaction hash (TxID) and the deposit network.",
        "请提供一下您的UID和订单号。",
        "Did you receive the verification code now?",
        "Can you confirm whether you have enabled 2FA on your account?",
        "Did you send the funds to 0x52908400098527886E0F7030069857D2E4169EE7 yourself?",
        "Please set a strong password with at least 8 characters.",
        "Our support team will never ask you for your 2FA code, even to verify your account.",
        "请不要将密码或验证码告诉任何人，包括我们。",
        "请勿向任何人透露您的私钥或助记词",
        "如果两步验证设备丢失，可以通过重置流程重新绑定。",
        "You can reset your password here: https://www.exchange.example/account/reset-password",
        "Contact us at support@exchange.example at any time.",
    ],
)
def test_legitimate_support_phrasing_passes(text: str) -> None:
    assert check_outbound(text) == (), text


def test_violation_span_and_detail_point_at_the_request() -> None:
    text = "Thanks for waiting. Please send me your Google Authenticator code."
    (v,) = check_outbound(text)
    assert v == Violation("asks_otp_code", "send me your Google Authenticator code", 27, 65)
    assert text[v.start : v.end] == v.detail


def test_several_violations_in_one_message() -> None:
    text = "Install AnyDesk. Then tell me your password and visit https://exchange-support.com/login"
    assert sorted(codes(text)) == ["asks_password", "lookalike_domain", "remote_access"]


def test_custom_policy_allows_other_domains() -> None:
    policy = LinkPolicy(frozenset({"exchange.example", "status-exchange.example"}))
    assert check_outbound("See https://status-exchange.example/incidents", policy) == ()
    assert codes("See https://status-exchange.example/incidents") == ["lookalike_domain"]


@pytest.mark.parametrize("language", ["en", "zh-CN", "de"])
def test_describe_violation_every_code(language: str) -> None:
    for code in sorted(VIOLATION_CODES):
        text = describe_violation(Violation(code, "evil.example", 0, 1), language)
        assert text and "\n" not in text
        if code in ("link_not_allowed", "lookalike_domain"):
            assert "evil.example" in text
    zh = describe_violation(Violation("asks_password", "x", 0, 1), language)
    assert ("密码" in zh) == (language == "zh-CN")
    assert describe_violation(Violation("unknown_code", "", 0, 0), language)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_check_outbound_never_raises(text: str) -> None:
    for v in check_outbound(text):
        assert v.code in VIOLATION_CODES
        assert 0 <= v.start < v.end <= len(text)
