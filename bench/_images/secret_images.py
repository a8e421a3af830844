"""Images that hold a secret and must be withheld.

Each builder takes a seeded ``random.Random``, the fonts and a language ("en"/"zh") and returns the
encoded image bytes as a customer would send them (a JPEG phone photo or a screenshot).
"""

from __future__ import annotations

import random

from PIL import Image

from . import material as m
from .draw import Canvas, Theme, qr, status_bar
from .effects import paper, photograph, screenshot
from .fonts import FontSet
from .style import Style
from .wording import text


def seed_on_paper(rng: random.Random, fonts: FontSet, lang: str, style: Style, *, numbered: bool) -> bytes:
    """A sheet with a seed phrase: numbered grid (2-4 columns) or plain lines, photographed."""
    count = rng.choice([12, 12, 24])
    words = m.seed_words(rng, lang, count)
    zh = lang == "zh"
    size = rng.randint(34, 46)
    cols = rng.choice(style.grid_columns if numbered else style.line_columns)
    rows = -(-count // cols)
    col_w = int(style.size(size) * (4.2 if zh else 7.2))
    row_h = int(style.size(size) * 1.9)
    width = 80 + cols * col_w
    height = 200 + rows * row_h
    sheet = Canvas(
        fonts,
        (width, height),
        zh=zh,
        style=style,
        image=paper((width, height), rng, ruled=rng.random() < 0.4),
    )
    ink = rng.choice([(20, 20, 30), (25, 40, 110), (40, 40, 40)])
    sheet.text((40, 40), text(style, "seed_title", lang, rng), int(size * 1.1), ink)
    for i, word in enumerate(words):
        r, col = divmod(i, cols)
        label = f"{i + 1}. {word}" if numbered else word
        if numbered and rng.random() < 0.3:
            label = f"{i + 1} {word}"
        if numbered and style.layout == 1:
            label = rng.choice([f"{i + 1:02d}) {word}", f"#{i + 1} {word}", f"{i + 1}-{word}"])
        sheet.text((40 + col * col_w, 140 + r * row_h), label, size, ink)
    assert sheet.image is not None
    return photograph(sheet.image, rng)


def wallet_backup_screen(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A wallet app's "write down your phrase" screen: numbered chips in a grid."""
    zh = lang == "zh"
    count = 12
    words = m.seed_words(rng, lang, count)
    theme = Theme.pick(rng)
    c = Canvas(fonts, (1080, 1920), theme, zh=zh, style=style)
    y = status_bar(c, rng) + 60
    c.text((60, y), text(style, "backup_title", lang, rng), 56)
    y += 110
    note = (
        "请按顺序抄写以下助记词，并妥善保管。"
        if zh
        else "Write down these 12 words in order and keep them safe."
    )
    c.text((60, y), note, 32, theme.muted)
    y += 100
    cols = (3 if zh else 2) + style.layout
    chip_w = (960 - (cols - 1) * 30) // cols
    for i, word in enumerate(words):
        r, col = divmod(i, cols)
        x0, y0 = 60 + col * (chip_w + 30), y + r * 120
        c.box((x0, y0, x0 + chip_w, y0 + 96), theme.panel)
        c.text((x0 + 28, y0 + 48), str(i + 1), 32, theme.muted, cjk=False, anchor="lm")
        c.text((x0 + 90, y0 + 48), word, 40, anchor="lm")
    y += (count // cols) * 120 + 80
    c.box((60, y, 1020, y + 110), theme.accent)
    c.text((540, y + 55), text(style, "backup_button", lang, rng), 40, (20, 20, 20), anchor="mm")
    assert c.image is not None
    return screenshot(c.image, rng)


def key_qr_photo(rng: random.Random, fonts: FontSet, lang: str, style: Style, key_kind: str) -> bytes:
    """A printed key QR (hex, WIF, xprv, Solana base58), sometimes a paper wallet beside its address QR."""
    key = {"hex": m.hex_key, "wif": m.wif_key, "xprv": m.xprv_key, "base58": m.solana_keypair}[key_kind](rng)
    zh = lang == "zh"
    module = rng.randint(5, 8)
    key_img = qr(key, module)
    paper_wallet = key_kind == "wif" and rng.random() < 0.6
    width = key_img.width * (2 if paper_wallet else 1) + 200
    height = key_img.height + 260
    sheet = Canvas(fonts, (width, height), zh=zh, style=style, image=paper((width, height), rng))
    x = 100
    if paper_wallet:
        addr_img = qr(m.btc_address(rng), module)
        sheet.paste(addr_img, (x, 150))
        sheet.text((x, 90), text(style, "address_caption", lang, rng), 36)
        x += addr_img.width
    sheet.paste(key_img, (x, 150))
    sheet.text((x, 90), text(style, "key_caption", lang, rng) + ("" if rng.random() < 0.5 else " (WIF)"), 36)
    assert sheet.image is not None
    return photograph(sheet.image, rng, max_rotation=12, blur=(0.3, 1.0))


_ISSUERS = ["Binance", "Google", "GitHub", "OKX", "Coinbase", "Kraken", "Bybit", "Microsoft"]


def otpauth_setup_page(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """An exchange's "enable Google Authenticator" page: the otpauth QR and the manual key."""
    zh = lang == "zh"
    issuer = rng.choice(_ISSUERS[:6])
    account = m.email(rng)
    uri = m.otpauth_uri(rng, issuer, account)
    c = Canvas(fonts, (1280, 900), Theme.pick(rng), zh=zh, style=style)
    c.text((80, 60), text(style, "otp_title", lang, rng), 44)
    c.text(
        (80, 140),
        text(style, "otp_step", lang, rng),
        28,
        c.theme.muted,
    )
    code = qr(uri, 5)
    c.paste(code, (80, 220))
    secret = uri.split("secret=")[1].split("&")[0]
    spaced = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    c.text(
        (80 + code.width + 60, 260),
        text(style, "otp_manual", lang, rng),
        28,
        c.theme.muted,
    )
    c.text((80 + code.width + 60, 320), spaced, 30, cjk=False)
    assert c.image is not None
    return screenshot(c.image, rng)


def otpauth_qr_photo(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A bare otpauth QR, photographed off a screen or a printout."""
    uri = m.otpauth_uri(rng, rng.choice(_ISSUERS), m.email(rng))
    img = qr(uri, rng.randint(5, 7))
    sheet = Image.new("RGB", (img.width + 120, img.height + 120), (250, 250, 250))
    sheet.paste(img, (60, 60))
    return photograph(sheet, rng, max_rotation=10, blur=(0.3, 0.9))


def authenticator_screen(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """An authenticator app's list: issuer, account, a six-digit code, the countdown."""
    zh = lang == "zh"
    theme = Theme.pick(rng)
    c = Canvas(fonts, (1080, 1920), theme, zh=zh, style=style)
    y = status_bar(c, rng) + 40
    c.text((60, y), text(style, "auth_title", lang, rng), 52)
    y += 120
    countdown = str(rng.randint(3, 29))
    for _ in range(rng.randint(3, 5)):
        issuer = rng.choice(_ISSUERS)
        label = f"{issuer}: {m.email(rng)}" if rng.random() < 0.6 else f"{issuer} ({m.email(rng)})"
        if style.layout == 1:  # issuer in bold on its own line, the account under the code
            c.text((60, y - 10), issuer, 34)
            label = m.email(rng)
            y += 30
        c.text((60, y), label, 32, theme.muted)
        code = m.six_digits(rng)
        c.text(
            (60, y + 50),
            f"{code[:3]} {code[3:]}",
            88,
            theme.accent if rng.random() < 0.5 else theme.text,
            cjk=False,
        )
        cx, cy = 980, y + 100
        c.draw.ellipse((cx - 34, cy - 34, cx + 34, cy + 34), outline=theme.accent, width=6)
        c.text((cx, cy), countdown, 30, anchor="mm", cjk=False)
        y += 230
        c.draw.line([(60, y - 30), (1020, y - 30)], fill=theme.panel, width=2)
    assert c.image is not None
    return screenshot(c.image, rng)


def key_export_screen(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A wallet's "export private key" screen: the key as text, wrapped over lines, no QR."""
    zh = lang == "zh"
    key = m.hex_key(rng) if rng.random() < 0.6 else m.wif_key(rng)
    c = Canvas(fonts, (1080, 1920), Theme.pick(rng), zh=zh, style=style)
    y = status_bar(c, rng) + 60
    c.text((60, y), text(style, "export_title", lang, rng), 52)
    y += 120
    warning = text(style, "export_warning", lang, rng)
    c.text((60, y), warning, 28, c.theme.bad)
    y += 100
    c.box((60, y, 1020, y + 260), c.theme.panel)
    per_line = rng.choice([22, 26, 32])
    for i in range(0, len(key), per_line):
        c.text((100, y + 40 + (i // per_line) * 56), key[i : i + per_line], 40, cjk=False)
    y += 320
    c.box((60, y, 1020, y + 110), c.theme.accent)
    c.text((540, y + 55), "复制" if zh else "Copy", 40, (20, 20, 20), anchor="mm")
    assert c.image is not None
    return screenshot(c.image, rng)
