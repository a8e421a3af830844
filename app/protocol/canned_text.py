"""The text of a canned reply: its variables filled in a language, the same way wherever a reply
is written — by the desk when an agent inserts one (``app/policies/canned_render.py``) and by the
server when a macro replies to a selection (``app/server/macros``).

A filled reply never contains a raw ``{variable}``: a value that is missing (the customer's name
is masked or unknown, no ticket number) is replaced by a fallback phrased for the reply's language,
so nobody sends "Hi {customer_name}," to a customer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

LOCALES: tuple[str, ...] = ("en", "zh-CN")
DEFAULT_LOCALE = "en"

_VARIABLE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

# Fallbacks per language for values that are missing. They read naturally where the variable
# usually stands ("Hi {customer_name}," → "Hi there,"; "{customer_name}，您好" → "尊敬的用户，您好").
FALLBACKS: dict[str, dict[str, str]] = {
    "en": {
        "customer_name": "there",
        "uid": "—",
        "agent_name": "the support team",
        "ticket_id": "—",
    },
    "zh-CN": {
        "customer_name": "尊敬的用户",
        "uid": "—",
        "agent_name": "客服团队",
        "ticket_id": "—",
    },
}


def normalise_locale(locale: str | None) -> str:
    """``zh``, ``zh_CN``, ``zh-Hans`` → ``zh-CN``; anything else that is not Chinese → ``en``."""
    if not locale:
        return DEFAULT_LOCALE
    return "zh-CN" if locale.replace("_", "-").lower().startswith("zh") else "en"


def _is_missing(value: str | None) -> bool:
    return value is None or not value.strip()


def fill(template: str, values: Mapping[str, str | None], locale: str) -> str:
    """Replace every ``{name}``; missing or unknown names get the language's fallback (or "")."""
    fallbacks = FALLBACKS.get(normalise_locale(locale), FALLBACKS[DEFAULT_LOCALE])

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name)
        if name == "customer_name":
            value = usable_name(value)
        if _is_missing(value) or "*" in str(value):
            return fallbacks.get(name, "")
        return str(value).strip()

    return _VARIABLE.sub(substitute, template)


def usable_name(name: str | None) -> str | None:
    """The part of a (possibly masked) name that may address the customer.

    The desk sees names masked ("Maria G***", "王*明"): the unmasked words ("Maria") are kept,
    a name with nothing unmasked (most Chinese names) gives ``None`` and so the fallback.
    """
    if name is None:
        return None
    words = [w for w in name.split() if "*" not in w]
    return " ".join(words) or None


def unfilled_variables(text: str) -> list[str]:
    """Names still written as ``{name}`` in ``text`` (a check before sending; normally empty)."""
    return _VARIABLE.findall(text)
