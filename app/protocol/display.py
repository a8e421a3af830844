"""Showing text from the wire where a person reads it as evidence (the audit log): every
control, format and bidirectional character is shown as its escape, not obeyed.

U+202E (RIGHT-TO-LEFT OVERRIDE) and its kin reorder what follows them, so an audit ``target`` of
``"\\u202e4321 tnuocca"`` prints as if it were another account; zero-width and other format
characters hide text; C0/C1 controls drive terminals. Shown escaped (``\\u202e``), the bytes
that were recorded are what the reader sees. The server's ``audit list`` and the desk's audit
viewer both use this one function.
"""

from __future__ import annotations

import unicodedata

_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def escape_controls(text: str, *, double_backslash: bool = True) -> str:
    """``text`` with controls, format (bidi, zero-width), private-use, unassigned characters and
    line/paragraph separators written as escapes; a backslash is doubled so the result is
    unambiguous (not in JSON text, whose backslashes are escapes already)."""
    out = []
    for ch in text:
        if ch == "\\" and double_backslash:
            out.append("\\\\")
        elif unicodedata.category(ch) in _ESCAPED_CATEGORIES:
            out.append(_escape(ch))
        else:
            out.append(ch)
    return "".join(out)
