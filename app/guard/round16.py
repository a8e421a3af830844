"""Round 16's inbound detectors behind one call, so ``inbound`` registers one line.

``find_round16`` runs ``r16_secrets`` (a phrase one word short, a 2FA key in letter groups or solid, a
base58 key pair named as a key, spoken digits in a row, a new password reported, an API secret by a short
label or after its pair's slash, an API passphrase of words), each a family named from r22 and r23's
missed secrets. The public values of round 16 are dropped at the end instead (``r16_public``).
"""

from __future__ import annotations

from .r16_secrets import R16Hit, find_r16_secrets
from .textutil import ascii_lower

__all__ = ["find_round16"]


def find_round16(text: str, again: bool = False) -> list[R16Hit]:
    """Every round-16 finding in the folded ``text`` (``again``: a later pass of ``inbound``, see
    ``find_r16_secrets``)."""
    return find_r16_secrets(text, ascii_lower(text), again)
