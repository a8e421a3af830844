"""Whether a customer's opening text is about an incident: pure rules, no database.

An incident names what it affects by a topic (each topic has English and Chinese words below),
free keywords and asset symbols. A text matches when it contains one of the keywords; otherwise,
when the incident names both a topic and assets, it must mention both (an incident about USDT
deposits is not about a BTC deposit nor about a USDT withdrawal); when it names only one of them,
that one is enough. Matching ignores case; asset symbols match as whole symbols (``USDT`` in
"my usdt deposit" and in "我的USDT充值", never ``ETH`` inside ``ETHW``...). Chinese has no word
breaks, so words are matched as substrings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "deposit": ("deposit", "top up", "top-up", "credited", "充值", "入金", "到账", "充币"),
    "withdrawal": ("withdraw", "withdrawal", "cash out", "提现", "提币", "出金", "转出"),
    "login": (
        "log in", "login", "sign in", "signin", "can't access", "cannot access", "登录", "登陆", "无法进入",
    ),
    "trading": ("order", "trade", "trading", "futures", "spot", "交易", "下单", "订单", "合约", "现货"),
    "security": (
        "hacked", "stolen", "unauthorized", "unauthorised", "takeover", "compromised", "phishing",
        "被盗", "盗号", "被黑", "异常登录", "未经授权", "资产丢失",
    ),
    "account": ("account", "kyc", "verification", "verify", "账户", "账号", "实名", "认证"),
}


@dataclass(frozen=True, slots=True)
class Rule:
    """What an incident matches (``topic`` a key of :data:`TOPIC_WORDS` or None)."""

    topic: str | None
    keywords: Sequence[str]
    assets: Sequence[str]

    def matches(self, text: str) -> bool:
        folded = text.casefold()
        if any(k.casefold() in folded for k in self.keywords):
            return True
        topic_hit = self.topic is not None and any(w in folded for w in TOPIC_WORDS.get(self.topic, ()))
        asset_hit = bool(self.assets) and _assets_pattern(tuple(self.assets)).search(text) is not None
        if self.topic is not None and self.assets:
            return topic_hit and asset_hit
        return topic_hit or asset_hit


_cache: dict[tuple[str, ...], re.Pattern[str]] = {}


def _assets_pattern(assets: tuple[str, ...]) -> re.Pattern[str]:
    found = _cache.get(assets)
    if found is None:
        names = "|".join(re.escape(a) for a in sorted(assets, key=len, reverse=True))
        found = re.compile(rf"(?<![A-Za-z0-9])(?:{names})(?![A-Za-z0-9])", re.IGNORECASE)
        if len(_cache) < 256:
            _cache[assets] = found
    return found


def is_takeover_report(text: str) -> bool:
    """A customer reporting that their account was taken over or funds were stolen (the
    emergency line's rule; the ``security`` topic's words)."""
    return Rule("security", (), ()).matches(text)
