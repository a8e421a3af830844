"""The strings the images show, generated from a seeded ``random.Random``: secrets and public data.

Secrets: BIP39 phrases with valid checksums (``mnemonic``), raw hex keys, WIF and xprv keys
(Base58Check), Solana keypairs (base58 of 64 bytes), ``otpauth://`` URIs, six-digit codes.
Public data that must NOT be withheld: addresses (ETH, TRON, BTC bech32), transaction hashes.
"""

from __future__ import annotations

import base64
import hashlib
import random

from mnemonic import Mnemonic

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b58encode(raw: bytes) -> str:
    value = int.from_bytes(raw, "big")
    out = ""
    while value:
        value, digit = divmod(value, 58)
        out = _B58[digit] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def b58check(payload: bytes) -> str:
    return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def seed_words(rng: random.Random, language: str, count: int) -> list[str]:
    entropy = rng.randbytes(16 if count == 12 else 32)
    return Mnemonic("english" if language == "en" else "chinese_simplified").to_mnemonic(entropy).split()


def hex_key(rng: random.Random) -> str:
    return rng.randbytes(32).hex()


def wif_key(rng: random.Random) -> str:
    return b58check(b"\x80" + rng.randbytes(32) + b"\x01")


def xprv_key(rng: random.Random) -> str:
    body = b"\x04\x88\xad\xe4" + b"\x00" * 9 + rng.randbytes(32) + b"\x00" + rng.randbytes(32)
    return b58check(body)


def solana_keypair(rng: random.Random) -> str:
    return b58encode(rng.randbytes(64))


def totp_secret(rng: random.Random) -> str:
    return base64.b32encode(rng.randbytes(10 if rng.random() < 0.5 else 20)).decode().rstrip("=")


def otpauth_uri(rng: random.Random, issuer: str, account: str) -> str:
    return f"otpauth://totp/{issuer}:{account.replace('@', '%40')}?secret={totp_secret(rng)}&issuer={issuer}"


def six_digits(rng: random.Random) -> str:
    return f"{rng.randrange(10**6):06d}"


def eth_address(rng: random.Random) -> str:
    return "0x" + rng.randbytes(20).hex()


def tron_address(rng: random.Random) -> str:
    return b58check(b"\x41" + rng.randbytes(20))


def btc_address(rng: random.Random) -> str:
    return "bc1q" + "".join(rng.choice(_BECH32) for _ in range(38))


def tx_hash(rng: random.Random) -> str:
    return rng.randbytes(32).hex()


def order_id(rng: random.Random) -> str:
    return str(rng.randrange(10**17, 10**18))


def uid(rng: random.Random) -> str:
    return str(rng.randrange(10**7, 10**9))


def email(rng: random.Random) -> str:
    name = rng.choice(["alice", "bob.chen", "wei.zhang", "mike88", "linda.w", "crypto_fan", "li.na"])
    return f"{name}@{rng.choice(['gmail.com', 'outlook.com', 'qq.com', '163.com', 'proton.me'])}"


def price(rng: random.Random, low: float, high: float, decimals: int = 2) -> str:
    return f"{rng.uniform(low, high):,.{decimals}f}"


def timestamp(rng: random.Random) -> str:
    return (
        f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    )
