"""Make a sender's filename safe to show and to save on an agent's Windows or macOS machine.

A filename is customer text: it can carry a path (``../../x``), control characters, bidirectional
overrides that make ``invoice\u202egpj.exe`` read as ``invoiceexe.jpg``, names Windows reserves
(``CON``, ``COM1``) and lengths no file system takes. The result keeps what the sender meant (the
name's words, in any script) and always ends in the extension of the type the bytes really are, so
a JPEG called ``photo.png`` is saved as ``photo.jpg`` and nothing is ever saved as ``.exe``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from .kinds import FileKind

FALLBACK_STEM: Final = "attachment"
_WINDOWS_FORBIDDEN: Final = re.compile(r'[<>:"/\\|?*]')
_RESERVED: Final = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{c}" for c in "123456789¹²³"}
    | {f"lpt{c}" for c in "123456789¹²³"}
)
_SPACES: Final = re.compile(r"\s+")
_LOOKS_LIKE_EXTENSION: Final = re.compile(r"(?=[a-z0-9]*[a-z])[a-z0-9]{1,5}")
_MAX_BYTES: Final = 200  # well under every file system's 255-byte name limit, with room for "(1)"


def _drop_invisible(name: str) -> str:
    """Remove control (Cc), format (Cf: bidi overrides, zero-width) and unassigned/surrogate chars."""
    return "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))


def _truncate(stem: str, max_chars: int, max_bytes: int) -> str:
    stem = stem[:max_chars]
    while len(stem.encode("utf-8")) > max_bytes:
        stem = stem[:-1]
    return stem.rstrip(" .")


def sanitize_filename(name: str, kind: FileKind, *, max_chars: int = 120) -> str:
    """A safe display-and-save name for a file whose content is of ``kind``."""
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]  # path separators of every platform: keep the last part
    name = _drop_invisible(name)
    name = _WINDOWS_FORBIDDEN.sub("_", name)
    name = _SPACES.sub(" ", name).strip(" .")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    ext = ext.lower()
    if not kind.keeps_extension(ext):
        if not _LOOKS_LIKE_EXTENSION.fullmatch(ext):
            stem = name  # "2024.06.01": the last dot is not an extension's, keep the whole name
        ext = kind.extension
    stem = stem.strip(" .")
    if stem.split(".")[0].strip().lower() in _RESERVED:
        stem = "_" + stem
    budget = _MAX_BYTES - len(ext) - 1
    stem = _truncate(stem, max_chars, budget) or FALLBACK_STEM
    return f"{stem}.{ext}"
