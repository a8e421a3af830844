"""Outbound guard, issue 16: asks recognised by who must give what to whom, in slang, vague nouns,
Traditional Chinese and Cantonese; warnings and advice that name the danger pass."""

from __future__ import annotations

import pytest

from app.guard import check_outbound


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("send ur pass so i can check", "asks_password"),
        ("Please share your login details so I can look into the account.", "asks_password"),
        ("hey can u tell me ur p4ssw0rd? need to check something", "asks_password"),
        ("To verify wallet ownership, please confirm your words.", "asks_seed_phrase"),
        ("核对一下您的助记词", "asks_seed_phrase"),
        ("請把助記詞發給我們進行驗證", "asks_seed_phrase"),
        ("麻煩把登入密碼告訴我", "asks_password"),
        ("請把簡訊驗證碼發給我", "asks_otp_code"),
        ("唔該俾你個密碼我，我幫你查", "asks_password"),
        ("Do you remember your password? Please type it here so I can compare.", "asks_password"),
        ("收到码了吗？发过来", "asks_otp_code"),
        ("I've requested a code for you, please give it to me when it arrives.", "asks_otp_code"),
        ("能分享一下创建钱包时得到的助记词吗", "asks_seed_phrase"),
        ("The password needs to be provided before we can proceed with the unlock.", "asks_password"),
        ("password?", "asks_password"),
        ("验证码？", "asks_otp_code"),
        ("Send the export string from your wallet settings (the long one).", "asks_private_key"),
        ("Let me access your PC remotely to fix this.", "remote_access"),
        ("请開啟螢幕共享，我幫您處理", "remote_access"),
        ("Move your coins to the address in my previous message, then I'll unlock it.", "transfer_request"),
        ("把币挪到下面这个地址", "transfer_request"),
        ("转50 USDT解锁提现，可退", "transfer_request"),
    ],
)
def test_asks_in_many_shapes_are_refused(text: str, code: str) -> None:
    assert code in [v.code for v in check_outbound(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "Never install AnyDesk at anyone's request.",
        "任何索要验证码的都是骗子。",
        "索要助记词的一律是骗子。",
        "Any person who asks for your seed phrase is trying to steal your funds.",
        "Someone asking for your recovery phrase is always a scammer.",
        "If a caller asks for the code we texted you, hang up: we never call to ask for it.",
        "如有人要求您安裝遠端軟體，請立即停止對話。",
        "有人就账户问题联系您并要求共享屏幕，请一律拒绝。",
        "如果您把助记词告诉过别人，请立即把资产转到新钱包。",
        "When you log in from a new device, you'll be asked for an email code. Enter it on the login page.",
        "The words your grandson wrote down are the key to your wallet; keep the card safe.",
        "我们不做远程协助，请按照指引操作。",
        "Please transfer the USDT from your funding account to your futures account first.",
        "请在C2C订单聊天里上传付款凭证。",
        "唔好將驗證碼話俾任何人知。",
        "如果点过，请立即在官方App内修改密码，并告诉我一声。",
        "We'll send you a code by SMS; please don't share it with anyone.",
    ],
)
def test_warnings_and_advice_pass(text: str) -> None:
    assert check_outbound(text) == (), text
