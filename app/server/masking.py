"""Masking of personal data: what an agent sees without asking to reveal it.

The masks keep just enough to recognise a customer on the phone ("王*明", "Maria G***",
"m***a@example.com", "+86 138****5678") and never enough to contact them.
"""

from __future__ import annotations

import hashlib
import unicodedata


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def mask_name(name: str) -> str:
    name = name.strip()
    if not name:
        return ""
    if any(_is_cjk(ch) for ch in name) and " " not in name:
        if len(name) == 1:
            return name
        if len(name) == 2:
            return name[0] + "*"
        return name[0] + "*" * (len(name) - 2) + name[-1]
    parts = name.split()
    if len(parts) == 1:
        return parts[0][0] + "***"
    return parts[0] + " " + " ".join(p[0] + "***" for p in parts[1:])


def mask_email(email: str) -> str:
    local, sep, domain = email.strip().partition("@")
    if not sep:
        return "***"
    masked = local[:1] + "***" if len(local) <= 2 else local[0] + "***" + local[-1]
    return f"{masked}@{domain}"


def mask_phone(phone: str) -> str:
    digits = [i for i, ch in enumerate(phone) if ch.isdigit()]
    if len(digits) <= 4:
        return "*" * len(phone)
    keep_tail = set(digits[-4:])
    # Keep a leading "+CC" country code (up to 3 digits right after '+').
    keep_head: set[int] = set()
    if phone.startswith("+"):
        for i in digits[:3]:
            if i <= 3 and phone[1 : i + 1].isdigit():
                keep_head.add(i)
    return "".join(
        ch if (not ch.isdigit() or i in keep_tail or i in keep_head) else "*" for i, ch in enumerate(phone)
    )


def email_digest(email: str) -> str:
    """SHA-256 hex of the lower-cased, stripped address (lets the desk match a typed address)."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()
