"""The image-guard corpus: a deterministic list of generated images, secret and ordinary.

``build(seed, style, per_category)`` returns the same bytes for the same arguments on the same
Pillow and fonts. Each category is built in both languages where it has two; ``per_category`` is
the number of images per category and language. Secret categories: seed phrases on paper
(numbered grids and plain lines), wallet backup screens, key QR codes (hex, WIF, xprv, Solana
base58), otpauth QR codes (setup pages and bare codes), authenticator apps. Ordinary categories:
order history and order detail, error dialogs, deposit pages (address, its QR, transaction hashes),
KYC rejections, support chats, security settings, a photo of an asset page.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from . import fresh_ordinary_images as fo
from . import fresh_secret_images as fs
from . import ordinary_images as o
from . import secret_images as s
from .fonts import FontSet, fonts
from .style import TUNING, Style

Builder = Callable[[random.Random, FontSet, str, Style], bytes]


@dataclass(frozen=True)
class Sample:
    name: str
    category: str
    secret: bool
    lang: str
    data: bytes

    def __repr__(self) -> str:
        return f"Sample({self.name}, {len(self.data)} bytes)"


# (category, secret, languages, builder)
CATEGORIES: list[tuple[str, bool, tuple[str, ...], Builder]] = [
    ("seed_grid_photo", True, ("en", "zh"), partial(s.seed_on_paper, numbered=True)),
    ("seed_lines_photo", True, ("en", "zh"), partial(s.seed_on_paper, numbered=False)),
    ("seed_backup_screen", True, ("en", "zh"), s.wallet_backup_screen),
    ("key_qr_hex", True, ("en",), partial(s.key_qr_photo, key_kind="hex")),
    ("key_qr_wif", True, ("zh",), partial(s.key_qr_photo, key_kind="wif")),
    ("key_qr_xprv", True, ("en",), partial(s.key_qr_photo, key_kind="xprv")),
    ("key_qr_base58", True, ("zh",), partial(s.key_qr_photo, key_kind="base58")),
    ("key_export_screen", True, ("en", "zh"), s.key_export_screen),
    ("otpauth_setup_page", True, ("en", "zh"), s.otpauth_setup_page),
    ("otpauth_qr_photo", True, ("en",), s.otpauth_qr_photo),
    ("authenticator_app", True, ("en", "zh"), s.authenticator_screen),
    ("order_history", False, ("en", "zh"), o.order_history),
    ("order_detail", False, ("en", "zh"), o.order_detail_phone),
    ("error_dialog", False, ("en", "zh"), o.error_dialog),
    ("deposit_page", False, ("en", "zh"), o.deposit_page),
    ("kyc_rejection", False, ("en", "zh"), o.kyc_rejection),
    ("support_chat", False, ("en", "zh"), o.chat_screenshot),
    ("security_settings", False, ("en", "zh"), o.security_settings),
    ("photo_of_screen", False, ("en", "zh"), o.photo_of_screen),
]


# The FRESH held-out set (session 4): other screens, written before the guard was run on them.
FRESH_CATEGORIES: list[tuple[str, bool, tuple[str, ...], Builder]] = [
    ("notes_app_phrase", True, ("en", "zh"), fs.notes_app_phrase),
    ("phrase_sticky_note", True, ("en", "zh"), fs.phrase_sticky_note),
    ("phrase_sideways_photo", True, ("en", "zh"), fs.phrase_sideways_photo),
    ("extension_key_popup", True, ("en", "zh"), fs.extension_key_popup),
    ("key_qr_on_phone", True, ("en", "zh"), fs.key_qr_on_phone),
    ("otp_backup_key_text", True, ("en", "zh"), fs.otp_backup_key_text),
    ("authenticator_export_qr", True, ("en", "zh"), fs.authenticator_export_qr),
    ("hardware_recovery_card", True, ("en", "zh"), fs.hardware_recovery_card),
    ("wallet_home", False, ("en", "zh"), fo.wallet_home),
    ("withdraw_form", False, ("en", "zh"), fo.withdraw_form),
    ("spot_trade_page", False, ("en", "zh"), fo.spot_trade_page),
    ("explorer_tx", False, ("en", "zh"), fo.explorer_tx),
    ("notes_app_question", False, ("en", "zh"), fo.notes_app_question),
    ("p2p_order", False, ("en", "zh"), fo.p2p_order),
    ("login_history", False, ("en", "zh"), fo.login_history),
    ("withdrawal_email_photo", False, ("en", "zh"), fo.withdrawal_email_photo),
]


def build(
    seed: int,
    style: Style = TUNING,
    per_category: int = 1,
    only: set[str] | None = None,
    categories: list[tuple[str, bool, tuple[str, ...], Builder]] | None = None,
) -> list[Sample]:
    """Every category x language x ``per_category``, each image from its own derived seed."""
    font_set = fonts()
    out: list[Sample] = []
    for category, secret, langs, builder in CATEGORIES if categories is None else categories:
        if only is not None and category not in only:
            continue
        for lang in langs:
            for i in range(per_category):
                rng = random.Random(f"{seed}/{style.name}/{category}/{lang}/{i}")
                data = builder(rng, font_set, lang, style)
                out.append(Sample(f"{category}-{lang}-{i}", category, secret, lang, data))
    return out
