"""Customer data in the cache is sealed with AES-256-GCM under a per-cache key from the OS keyring.

Why: the cache is a SQLite file in the agent's home directory. A stolen laptop, a synced backup
or another program running as the agent must not read customers' names, messages or drafts from
it. The key lives in the OS keyring (``app.client.credentials``), never in a file.

- **Sealing**: each value gets a random 96-bit nonce; the associated data names the value's
  table, column and row id (``messages.body`` of row 42), so a value copied into another row or
  column fails to authenticate instead of showing up in the wrong conversation. Stored form:
  ``b"\\x01" + nonce + ciphertext-and-tag``.
- **Blind search index**: the full-text index holds keyed HMAC-SHA256 tokens (80 bits, base32)
  of the words instead of the words; a search tokenises and HMACs the typed words the same way.
  The search key is derived from the data key with HKDF, so one keyring entry serves both. What
  the index still reveals: which conversations share a word, and how often (never the word).
- **Key check**: a sealed constant in ``kv`` tells a right key from a wrong one at open, before
  any customer value is read (a wrong key means the cache is unreadable: it is emptied and taken
  again from the server, which is the system of record).

Nothing here keeps a global: a :class:`CacheCipher` belongs to one store.
"""

from __future__ import annotations

import base64
import hmac
import os
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.store.cache.search_text import index_words

KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # 96 bits, random per value
FORMAT_V1 = b"\x01"
TOKEN_BYTES = 10  # 80-bit search tokens: 16 base32 characters
_AD_PREFIX = b"agentdesk-cache-v1"
_CHECK_LABEL, _CHECK_ROW, _CHECK_TEXT = "kv.value", "key_check", "agentdesk cache key"
_TOKEN_MEMO = 65_536  # words repeat a lot: remember this many word -> token results (a few MB)


class CacheLocked(RuntimeError):
    """Customer data was read or written before the store had its key (``Store.unlock``)."""

    code = "cache_locked"


class UnreadableCache(RuntimeError):
    """A sealed value did not authenticate: a wrong key, a value moved between rows, a damaged
    file. The message never holds the value, the key or the row's content."""

    code = "cache_unreadable"


class CacheKey:
    """32 random bytes that never show themselves (``repr`` is ``***``; cannot be pickled)."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError(f"a cache key is {KEY_BYTES} bytes")
        self._raw = bytes(raw)

    @classmethod
    def generate(cls) -> CacheKey:
        return cls(os.urandom(KEY_BYTES))

    @classmethod
    def from_text(cls, text: str) -> CacheKey:
        """The keyring's form back into a key (``ValueError`` if it is not one)."""
        try:
            raw = base64.urlsafe_b64decode(text.encode("ascii"))
        except (UnicodeEncodeError, ValueError):
            raise ValueError("not a cache key") from None
        return cls(raw)

    def to_text(self) -> str:
        """The form kept in the OS keyring (and only there)."""
        return base64.urlsafe_b64encode(self._raw).decode("ascii")

    def raw(self) -> bytes:
        return self._raw

    def __repr__(self) -> str:
        return "CacheKey('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CacheKey) and hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(("CacheKey", self._raw))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a cache key cannot be pickled")


def _derive(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


def associated_data(label: str, row_id: object) -> bytes:
    """``table.column`` and the row's id: what a sealed value is bound to."""
    return b"\x00".join((_AD_PREFIX, label.encode(), str(row_id).encode()))


class CacheCipher:
    """Seals and opens one cache's values, and makes its blind search tokens."""

    __slots__ = ("_aead", "_memo", "_search_key")

    def __init__(self, key: CacheKey) -> None:
        self._aead = AESGCM(key.raw())
        self._search_key = _derive(key.raw(), b"agentdesk cache search index v1")
        self._memo: dict[str, str] = {}

    def __repr__(self) -> str:
        return "CacheCipher('***')"

    # --- values -----------------------------------------------------------------------------------
    def seal(self, label: str, row_id: object, plain: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plain.encode("utf-8"), associated_data(label, row_id))
        return FORMAT_V1 + nonce + sealed

    def open(self, label: str, row_id: object, blob: object) -> str:
        """The plaintext of a sealed value; :class:`UnreadableCache` if it does not authenticate
        (plain text where a sealed value belongs counts as tampering, too)."""
        if not isinstance(blob, bytes) or len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] != FORMAT_V1:
            raise UnreadableCache(f"{label}: not a sealed value")
        nonce, sealed = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            plain = self._aead.decrypt(nonce, sealed, associated_data(label, row_id))
        except InvalidTag:
            raise UnreadableCache(f"{label}: the value does not authenticate") from None
        return plain.decode("utf-8")

    def seal_bytes(self, label: str, row_id: object, plain: bytes) -> bytes:
        """Like :meth:`seal`, for bytes (a cached attachment)."""
        nonce = os.urandom(NONCE_BYTES)
        return FORMAT_V1 + nonce + self._aead.encrypt(nonce, plain, associated_data(label, row_id))

    def open_bytes(self, label: str, row_id: object, blob: bytes) -> bytes:
        if len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] != FORMAT_V1:
            raise UnreadableCache(f"{label}: not a sealed value")
        try:
            return self._aead.decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :],
                                      associated_data(label, row_id))
        except InvalidTag:
            raise UnreadableCache(f"{label}: the value does not authenticate") from None

    def key_check(self) -> str:
        """A value for ``kv`` that only this key opens (base64 text)."""
        return base64.b64encode(self.seal(_CHECK_LABEL, _CHECK_ROW, _CHECK_TEXT)).decode("ascii")

    def verify(self, check: str) -> bool:
        try:
            return self.open(_CHECK_LABEL, _CHECK_ROW, base64.b64decode(check)) == _CHECK_TEXT
        except (UnreadableCache, ValueError):
            return False

    # --- the blind search index -------------------------------------------------------------------
    def token(self, word: str) -> str:
        """The index token of one normalised word: HMAC-SHA256, 80 bits, lower-case base32."""
        found = self._memo.get(word)
        if found is None:
            digest = hmac.digest(self._search_key, word.encode("utf-8"), "sha256")[:TOKEN_BYTES]
            found = base64.b32encode(digest).decode("ascii").lower()
            if len(self._memo) >= _TOKEN_MEMO:
                self._memo.clear()
            self._memo[word] = found
        return found

    def blind(self, text: str | None) -> str:
        """The indexed form of ``text``: its words' tokens (and their prefixes'), space-separated,
        in order (:func:`~app.store.cache.search_text.index_words`)."""
        if not text:
            return ""
        return " ".join(self.token(word) for word in index_words(text))

    def blind_words(self, words: Iterable[str]) -> list[str]:
        return [self.token(word) for word in words]
