"""Fake support accounts: a customer mentions a "support" handle that is not the exchange's own.

The most common scam on social networks is an account that calls itself support ("@Exchange_
Support_Help", "客服 @xxx") and asks the victim for codes or a transfer. When a customer's message
names such a handle (``@name`` or ``t.me/name``) that is not one of the official handles, they are
warned in their language: the official handles, and that support never contacts them first from
another account. A handle counts as "support" when its name says so (support, help, service,
admin, official, care, desk, kefu...) or the words just before it do ("support", "客服", "官方"...).
Pure and Qt-free, like the rest of the guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_HANDLE = re.compile(r"(?:@|(?:https?://)?(?:t|telegram)\.me/)([A-Za-z][A-Za-z0-9_]{3,31})\b", re.IGNORECASE)
_SUPPORT_NAME = re.compile(
    r"support|help|service|admin|official|care|desk|kefu|kf|staff|team|agent|refund|recover", re.IGNORECASE
)
_SUPPORT_BEFORE = re.compile(
    r"(support|customer service|helpdesk|help desk|admin|official|agent|客服|官方|人工|售后|管理员|工作人员)"
    r"[^\n]{0,16}$",
    re.IGNORECASE,
)


def normalise(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


def impostor_handles(text: str, official: Iterable[str]) -> list[str]:
    """The handles in ``text`` that present as support and are not ``official`` (``@`` optional,
    any case), each once, in order of appearance."""
    allowed = {normalise(h) for h in official}
    found: list[str] = []
    for match in _HANDLE.finditer(text):
        name = match.group(1)
        if name.lower() in allowed or f"@{name}" in found:
            continue
        before = text[max(0, match.start() - 24) : match.start()]
        if _SUPPORT_NAME.search(name) or _SUPPORT_BEFORE.search(before):
            found.append(f"@{name}")
    return found


def impostor_warning(handles: list[str], official: Iterable[str], language: str) -> str:
    """The customer's warning (``zh-CN``: Chinese, otherwise English)."""
    names = ", ".join(handles)
    ours = ", ".join(f"@{normalise(h)}" for h in official)
    if language == "zh-CN":
        text = f"请注意：{names} 不是我们的官方客服账号。"
        if ours:
            text += f"我们唯一的官方客服账号是 {ours}。"
        return text + (
            "官方客服绝不会用其他账号主动联系您，也绝不会索要密码、验证码、私钥或助记词，或要求您转账。"
        )
    text = f"Careful: {names} is not our official support account."
    if ours:
        text += f" Our only official support accounts: {ours}."
    return text + (
        " Official support never contacts you first from another account, and never asks for"
        " passwords, codes, private keys or seed phrases, or for a transfer."
    )
