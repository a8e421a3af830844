"""Fake support handles (issue 23): cases written after ``app/guard/handles.py`` (never tuned on),
so the figures below are what the rule does on text it has not seen. The official handles are
``@ExchangeSupport`` and ``@Exchange_CN``."""

from __future__ import annotations

from app.guard import impostor_handles, impostor_warning

OFFICIAL = ("ExchangeSupport", "@Exchange_CN")

IMPOSTORS = [
    ("A guy from @ExchangeSupportTeam said my account is frozen", "@ExchangeSupportTeam"),
    ("support told me to write to @exchange_help_center", "@exchange_help_center"),
    ("客服 @okx_kefu_01 让我把币转到安全账户", "@okx_kefu_01"),
    ("官方客服@ExchangeOfficial88 私信我了", "@ExchangeOfficial88"),
    ("is t.me/Exchange_Refund_Desk real?", "@Exchange_Refund_Desk"),
    ("https://t.me/RecoverFundsAdmin says they can recover my BTC", "@RecoverFundsAdmin"),
    ("the admin @CryptoWalletFix asked for my seed", "@CryptoWalletFix"),
    ("I got a DM from @Exchange_Service_Bot", "@Exchange_Service_Bot"),
    ("人工客服 @zhangsan_888 说要验证资金", "@zhangsan_888"),
    ("Customer service @Maria_Lopez_2024 contacted me about a refund", "@Maria_Lopez_2024"),
    ("@ExchangeCare wants my 2FA code, is that you?", "@ExchangeCare"),
    ("工作人员 @vip_manager_li 要我下载一个软件", "@vip_manager_li"),
]
CLEAN = [
    "I talked to @ExchangeSupport yesterday about my deposit",
    "@exchange_cn 说充值已经到账了",
    "My friend @bob_trader recommended your exchange",
    "email me at alice@example.com please",
    "my deposit of 500 USDT is late",
    "Follow @ElonMusk for news lol",
    "I sent it from my wallet @ 14:05",
    "t.me/ExchangeSupport is the link I used",
    "我的用户名是 @xiaoming_1990",
    "Is @binance listing this coin?",
    "the support team was great, thanks!",
    "ping @Exchange_CN please",
]


def test_impostor_handles_on_unseen_cases() -> None:
    found = sum(impostor_handles(text, OFFICIAL) == [handle] for text, handle in IMPOSTORS)
    false_alarms = [text for text in CLEAN if impostor_handles(text, OFFICIAL)]
    print(f"impostor handles: {found}/{len(IMPOSTORS)} found, {len(false_alarms)}/{len(CLEAN)} false alarms")
    assert found >= len(IMPOSTORS) - 1, found
    assert len(false_alarms) <= 1, false_alarms


def test_the_warning_names_the_handle_and_the_official_ones_in_the_customers_language() -> None:
    zh = impostor_warning(["@fake_kefu"], OFFICIAL, "zh-CN")
    en = impostor_warning(["@fake_kefu"], OFFICIAL, "en")
    assert "@fake_kefu" in zh and "@exchangesupport" in zh and "不是我们的官方客服账号" in zh
    assert "@fake_kefu" in en and "@exchange_cn" in en and en.startswith("Careful")
    assert impostor_handles("support: @fake_kefu", ()) == ["@fake_kefu"]  # no official handle configured
