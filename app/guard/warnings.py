"""``customer_warning``: the automatic message sent to a customer whose secret we removed.

Plain text, zh-CN or en. The wording is deliberately blunt: the customer has
just shown they would paste a secret into a chat, so they may be talking to a
scammer elsewhere too. Seed phrases and private keys cannot be "changed" - the
only remedy is moving the funds to a new wallet - so that advice is specific.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from .types import (
    API_SECRET,
    EXTENDED_PRIVATE_KEY,
    OTP_CODE,
    PASSWORD,
    PRIVATE_KEY,
    SEED_PHRASE,
    TOTP_SECRET,
    WIF_KEY,
)

_WALLET_KINDS: Final = frozenset({SEED_PHRASE, PRIVATE_KEY, EXTENDED_PRIVATE_KEY, WIF_KEY})

_TEXT: Final[dict[str, dict[str, str]]] = {
    "en": {
        "intro": "For your safety, we removed the {what} you sent from this conversation.",
        "never": (
            "Official support will never ask for your password, SMS or authenticator "
            "codes, private keys or seed phrases. Anyone who asks is a scammer."
        ),
        "wallet": (
            "A seed phrase or private key that has been shared must be considered "
            "exposed: create a new wallet now and move all funds from the old one to it."
        ),
        "password": ("Please change your password right away and never share it with anyone."),
        "otp": (
            "Verification codes expire, but never share them with anyone: they let "
            "someone log in or withdraw in your name. If you shared one, change your "
            "password."
        ),
        "api": (
            "Delete that API key on the API management page now and create a new one if you still need it."
        ),
        "totp": (
            "Anyone with that 2FA key can make your codes: reset your authenticator in the "
            "security settings now and bind it again."
        ),
        "sep": ", ",
        "last_sep": " and ",
    },
    "zh-CN": {
        "intro": "为保障您的安全，我们已从本次对话中删除您发送的{what}。",
        "never": "官方客服绝不会向您索要密码、短信或谷歌验证码、私钥或助记词，任何索要者都是骗子。",
        "wallet": (
            "已经泄露的助记词或私钥必须视为不再安全：请立即创建新钱包，并将旧钱包中的全部资产转入新钱包。"
        ),
        "password": "请立即修改密码，并且不要将密码告诉任何人。",
        "otp": (
            "验证码虽会过期，但切勿告诉任何人：他人可凭验证码以您的名义登录或提现。如已泄露，请立即修改密码。"
        ),
        "api": "请立即在API管理页面删除该API Key，如仍需使用请重新创建。",
        "totp": "他人可凭该谷歌验证密钥生成您的验证码：请立即在安全设置中重置谷歌验证并重新绑定。",
        "sep": "、",
        "last_sep": "和",
    },
}

_NAMES: Final[dict[str, dict[str, str]]] = {
    "en": {
        SEED_PHRASE: "seed phrase",
        PRIVATE_KEY: "private key",
        EXTENDED_PRIVATE_KEY: "private key",
        WIF_KEY: "private key",
        PASSWORD: "password",
        OTP_CODE: "verification code",
        API_SECRET: "API key",
        TOTP_SECRET: "2FA key",
    },
    "zh-CN": {
        SEED_PHRASE: "助记词",
        PRIVATE_KEY: "私钥",
        EXTENDED_PRIVATE_KEY: "私钥",
        WIF_KEY: "私钥",
        PASSWORD: "密码",
        OTP_CODE: "验证码",
        API_SECRET: "API密钥",
        TOTP_SECRET: "谷歌验证密钥",
    },
}
_ORDER: Final = (
    SEED_PHRASE,
    PRIVATE_KEY,
    EXTENDED_PRIVATE_KEY,
    WIF_KEY,
    API_SECRET,
    TOTP_SECRET,
    PASSWORD,
    OTP_CODE,
)


def _language(language: str) -> str:
    return "zh-CN" if language == "zh-CN" else "en"


def _join(names: list[str], text: dict[str, str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return text["sep"].join(names[:-1]) + text["last_sep"] + names[-1]


def customer_warning(kinds: Iterable[str], language: str) -> str:
    """Warning for a customer whose message contained secrets of ``kinds``.

    Unknown kinds are ignored; an empty/unknown set still yields the general
    "we never ask for secrets" warning, which is always safe to send.
    """
    lang = _language(language)
    text = _TEXT[lang]
    names_map = _NAMES[lang]
    present = set(kinds)
    names: list[str] = []
    for kind in _ORDER:
        name = names_map[kind]
        if kind in present and name not in names:
            names.append(name)
    generic = "敏感信息" if lang == "zh-CN" else "sensitive information"
    parts = [text["intro"].format(what=_join(names, text) or generic), text["never"]]
    if present & _WALLET_KINDS:
        parts.append(text["wallet"])
    if PASSWORD in present:
        parts.append(text["password"])
    if OTP_CODE in present:
        parts.append(text["otp"])
    if API_SECRET in present:
        parts.append(text["api"])
    if TOTP_SECRET in present:
        parts.append(text["totp"])
    return ("" if lang == "zh-CN" else " ").join(parts)
