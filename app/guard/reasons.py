"""``describe_violation``: a short plain-text reason for a refused agent message.

The desktop UI translates violation codes itself; the server needs ready text
for its ``blocked`` error, in zh-CN or en.
"""

from __future__ import annotations

from typing import Final

from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    LINK_NOT_ALLOWED,
    LOOKALIKE_DOMAIN,
    OFF_PLATFORM,
    REMOTE_ACCESS,
    RESEMBLES_SCAM,
    TRANSFER_REQUEST,
    Violation,
)

_REASONS: Final[dict[str, dict[str, str]]] = {
    "en": {
        ASKS_PASSWORD: "Support must never ask customers for their password.",
        ASKS_OTP_CODE: ("Support must never ask customers for SMS, e-mail or authenticator codes."),
        ASKS_PRIVATE_KEY: "Support must never ask customers for a private key.",
        ASKS_SEED_PHRASE: ("Support must never ask customers for a seed phrase / recovery phrase."),
        REMOTE_ACCESS: (
            "Support must never ask customers to install remote-access software or share their screen."
        ),
        TRANSFER_REQUEST: (
            'Support must never ask customers to transfer funds to an address or "safe account".'
        ),
        LINK_NOT_ALLOWED: "Only links to official domains may be sent ({detail}).",
        LOOKALIKE_DOMAIN: "The link imitates an official domain: {detail}.",
        OFF_PLATFORM: (
            "Support must never move customers off the platform: no messenger contact, no payment "
            "outside the order, no release before the payment arrives."
        ),
        RESEMBLES_SCAM: (
            "This reply reads like the scam messages the guard's classifier learned from "
            "(no rule names it): check it before sending."
        ),
    },
    "zh-CN": {
        ASKS_PASSWORD: "客服不得向客户索要密码。",
        ASKS_OTP_CODE: "客服不得向客户索要短信、邮箱或谷歌验证码。",
        ASKS_PRIVATE_KEY: "客服不得向客户索要私钥。",
        ASKS_SEED_PHRASE: "客服不得向客户索要助记词。",
        REMOTE_ACCESS: "客服不得要求客户安装远程控制软件或共享屏幕。",
        TRANSFER_REQUEST: "客服不得要求客户向某个地址或“安全账户”转账。",
        LINK_NOT_ALLOWED: "只能发送官方域名的链接（{detail}）。",
        LOOKALIKE_DOMAIN: "该链接仿冒官方域名：{detail}。",
        OFF_PLATFORM: "客服不得把客户引到平台之外：不加私人联系方式，不在订单外付款，款项到账前不放币。",
        RESEMBLES_SCAM: "这条回复读起来像防护分类模型学过的诈骗消息（没有规则命中），发送前请检查。",
    },
}
_FALLBACK: Final = {
    "en": "The message was blocked by the safety guard.",
    "zh-CN": "该消息已被安全防护拦截。",
}


def describe_violation(v: Violation, language: str) -> str:
    """Human-readable reason for ``v`` in "zh-CN" or "en" (anything else -> "en")."""
    lang = "zh-CN" if language == "zh-CN" else "en"
    template = _REASONS[lang].get(v.code)
    if template is None:
        return _FALLBACK[lang]
    return template.format(detail=v.detail)
