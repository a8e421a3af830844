"""Issue 16, round 6: secrets in pieces smaller than a fragment (one seed word per message, a key
pair in base58 halves), a hex key's labelled halves after a message about a deposit, and a longer
aside between two halves of a phrase; each with a twin that must stay untouched.

Wording and values made up here (the phrases and keys are generated, not copied from a batch).
"""

from __future__ import annotations

from collections.abc import Sequence

from mnemonic import Mnemonic

from app.guard import scan_conversation
from app.guard.base58 import ALPHABET


def _chat(messages: Sequence[str]) -> list[str]:
    """Feed messages as the server does: each with the stored (redacted) earlier ones."""
    stored: list[str] = []
    for text in messages:
        scan = scan_conversation(text, stored)
        for e in scan.earlier:
            stored[e.index] = e.result.text
        stored.append(scan.current.text)
    return stored


def _b58(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = ALPHABET[r] + out
    return out


_PHRASE = Mnemonic("english").to_mnemonic(bytes(range(40, 56))).split()  # 12 words, valid


def test_one_word_per_message_is_accumulated() -> None:
    stored = _chat(["typing it word by word so it can't be copied", *_PHRASE, "did you get it?"])
    for word, text in zip(_PHRASE, stored[1:13], strict=True):
        assert word not in text, stored
    assert stored[-1] == "did you get it?"


def test_one_word_replies_that_are_everyday_words_stay() -> None:
    chat = ["is my withdrawal stuck?", "yes", "order", "today", "please", "help", "account", "thank"]
    assert _chat(chat) == chat


def test_five_one_word_messages_are_not_a_phrase() -> None:
    chat = ["what coins can I stake?", "solar", "cactus", "tiger", "melody", "orbit", "ok?"]
    assert _chat(chat) == chat


def _key_pair() -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = bytes(range(7, 39))
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    return seed + public


def test_base58_key_pair_in_halves_is_redacted() -> None:
    key = _b58(_key_pair())
    half = len(key) // 2
    stored = _chat(["my solflare export is long, sending in 2", key[:half], key[half:]])
    assert key[:half] not in stored[1] and key[half:] not in stored[2], stored


def test_two_solana_addresses_in_a_row_stay() -> None:
    a, b = _b58(bytes(range(1, 33))), _b58(bytes(range(90, 122)))
    chat = ["sent from this address to that one", a, b]
    assert _chat(chat) == chat


def test_labelled_hex_halves_after_a_deposit_message_are_a_key() -> None:
    first, second = "7f3a9c01d2e4b5a6978877665544332a", "1b2c3d4e5f60718293a4b5c6d7e8f901"
    stored = _chat(
        [
            "my deposit landed in the wallet but it won't open",
            f"private key part 1 {first}",
            f"part 2 {second}",
        ]
    )
    assert first not in stored[1] and second not in stored[2], stored


def test_unlabelled_hex_halves_after_a_deposit_message_stay() -> None:
    chat = [
        "my deposit hash is long, two parts",
        "7f3a9c01d2e4b5a6978877665544332a",
        "1b2c3d4e5f60718293a4b5c6d7e8f901",
    ]
    assert _chat(chat) == chat


def test_long_aside_about_the_phrase_between_halves() -> None:
    stored = _chat(
        [
            " ".join(_PHRASE[:6]),
            "wait, I only pasted half of my seed words, do you need the rest?",
            " ".join(_PHRASE[6:]),
        ]
    )
    assert _PHRASE[0] not in stored[0] and _PHRASE[-1] not in stored[2], stored


def test_long_unrelated_message_between_word_groups_still_breaks_them() -> None:
    chat = [
        " ".join(_PHRASE[:6]),
        "wait, my internet connection dropped for a few minutes, are you still there?",
        " ".join(_PHRASE[6:]),
    ]
    assert _chat(chat)[0] == chat[0]


def test_a_prose_lead_in_made_of_wordlist_words_is_not_part_of_the_phrase() -> None:
    lead = "can you check my wallet"
    stored = _chat([lead, " ".join(_PHRASE[:6]), " ".join(_PHRASE[6:])])
    assert stored[0] == lead, stored
    assert _PHRASE[0] not in stored[1] and _PHRASE[-1] not in stored[2], stored


def test_a_phrase_whose_first_part_is_everyday_words_is_still_found_after_a_random_part() -> None:
    # the twin: the everyday-looking lead-in is skipped, the random parts after it still join
    stored = _chat(["please help me", " ".join(_PHRASE[:6]), " ".join(_PHRASE[6:])])
    assert stored[0] == "please help me" and _PHRASE[0] not in stored[1], stored
