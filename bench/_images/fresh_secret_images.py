"""The FRESH held-out set's secret images (session 4), written before the guard was run on them.

Written without reading the image guard's rules and before any run on them: new wording, new screens
(a notes app, a sticky note, a browser-extension key popup, a key QR on a wallet's screen, a 2FA
backup key as text, a Google Authenticator export QR, a hardware wallet's recovery card) and new
photo effects (stronger rotation, glare, a phone photo stored sideways with an EXIF orientation).
Never tune the guard on these; draw a new seed (``--fresh-seed``) after any change prompted by them.
"""

from __future__ import annotations

import base64
import io
import random
from urllib.parse import quote

from PIL import Image, ImageDraw, ImageFilter

from . import material as m
from .draw import Canvas, Theme, qr, status_bar
from .effects import paper, photograph, screenshot
from .fonts import FontSet
from .style import Style

_NOTE_TITLES = {
    "en": ["wallet stuff", "IMPORTANT dont delete", "exodus backup", "crypto", "old phone wallet"],
    "zh": ["钱包", "重要勿删", "备份", "币安钱包的词", "旧手机钱包"],
}
_NOTE_EXTRA = {
    "en": [
        "pin is my birthday",
        "made 03/2021",
        "the metamask one",
        "ask tom about gas fees",
        "TODO: buy ledger",
    ],
    "zh": ["2021年3月创建", "小狐狸钱包", "别告诉别人", "记得买冷钱包", "密码是生日"],
}


def _phrase_lines(words: list[str], per_line: int, zh: bool) -> list[str]:
    joiner = "" if zh and per_line > 6 else " "
    return [joiner.join(words[i : i + per_line]) for i in range(0, len(words), per_line)]


def notes_app_phrase(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A phone notes app: a title, a line or two of the customer's notes, the phrase as a paragraph."""
    zh = lang == "zh"
    theme = Theme() if rng.random() < 0.6 else Theme((30, 30, 30), (230, 230, 230), (150, 150, 150))
    c = Canvas(fonts, (1170, 2532), theme, zh=zh, style=style)
    y = status_bar(c, rng) + 60
    c.text((60, y), "< " + ("备忘录" if zh else "Notes"), 40, (230, 170, 20))
    y += 120
    c.text((60, y), rng.choice(_NOTE_TITLES[lang]), 64)
    y += 130
    c.text((60, y), rng.choice(_NOTE_EXTRA[lang]), 44)
    y += 100
    words = m.seed_words(rng, lang, rng.choice([12, 24]))
    per_line = rng.choice([4, 5, 6]) if not zh else rng.choice([4, 6, 12])
    for line in _phrase_lines(words, per_line, zh):
        c.text((60, y), line, 46)
        y += 76
    if rng.random() < 0.5:
        c.text((60, y + 40), rng.choice(_NOTE_EXTRA[lang]), 44)
    assert c.image is not None
    return screenshot(c.image, rng)


def _glare(img: Image.Image, rng: random.Random) -> Image.Image:
    """A soft bright spot, as a lamp reflects on glossy paper or a screen."""
    w, h = img.size
    spot = Image.new("L", img.size, 0)
    cx, cy, r = rng.randint(0, w), rng.randint(0, h), rng.randint(min(w, h) // 6, min(w, h) // 3)
    ImageDraw.Draw(spot).ellipse((cx - r, cy - r, cx + r, cy + r), fill=rng.randint(60, 110))
    spot = spot.filter(ImageFilter.GaussianBlur(r / 2))
    white = Image.new("RGB", img.size, (255, 255, 255))
    return Image.composite(white, img.convert("RGB"), spot)


def phrase_sticky_note(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A square sticky note, the phrase in short lines, no numbers, photographed at an angle."""
    zh = lang == "zh"
    words = m.seed_words(rng, lang, 12)
    size = rng.randint(38, 48)
    per_line = rng.choice([3, 4])
    lines = _phrase_lines(words, per_line, zh)
    width = 80 + int(size * per_line * (1.6 if zh else 6.4))
    height = 180 + len(lines) * int(size * 1.7)
    note = Image.new(
        "RGB", (width, height), (rng.randint(245, 255), rng.randint(225, 240), rng.randint(90, 140))
    )
    c = Canvas(fonts, (width, height), zh=zh, style=style, image=note)
    ink = rng.choice([(30, 30, 120), (20, 20, 20), (120, 20, 20)])
    if rng.random() < 0.5:
        c.text((40, 30), "bk" if not zh else "词", size, ink)
    for i, line in enumerate(lines):
        c.text((40, 110 + i * int(size * 1.7)), line, size, ink)
    img = _glare(note, rng) if rng.random() < 0.5 else note
    return photograph(img, rng, max_rotation=15, max_skew=0.07, blur=(0.4, 1.2), quality=(40, 70))


def phrase_sideways_photo(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A numbered phrase on paper, photographed with the phone held sideways.

    The phone stores the pixels on their side and an EXIF Orientation of 6 (rotate 90 degrees
    clockwise to show), as phone cameras do.
    """
    zh = lang == "zh"
    words = m.seed_words(rng, lang, 12)
    size = rng.randint(40, 48)
    cols = 2
    col_w = int(size * (4.5 if zh else 7.5))
    row_h = int(size * 1.9)
    width, height = 80 + cols * col_w, 200 + 6 * row_h
    sheet = Canvas(fonts, (width, height), zh=zh, style=style, image=paper((width, height), rng))
    ink = (25, 25, 35)
    sheet.text((40, 40), "recovery words" if not zh else "恢复词", size, ink)
    for i, word in enumerate(words):
        col, r = divmod(i, 6)  # down the first column, then the second
        sheet.text((40 + col * col_w, 140 + r * row_h), f"{i + 1}. {word}", size, ink)
    assert sheet.image is not None
    upright = Image.open(io.BytesIO(photograph(sheet.image, rng, max_rotation=6)))
    stored = upright.rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=rng.randint(60, 80), exif=exif)
    return out.getvalue()


def extension_key_popup(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A browser wallet extension's "show private key" popup, the key wrapped in a box."""
    zh = lang == "zh"
    c = Canvas(fonts, (720, 1200), Theme.pick(rng), zh=zh, style=style)
    c.text((360, 50), "账户详情" if zh else "Account details", 36, anchor="ma")
    c.text((360, 120), "Account 1", 28, c.theme.muted, anchor="ma", cjk=False)
    c.text((40, 200), "显示私钥" if zh else "Show private key", 32)
    c.box((40, 260, 680, 360), c.theme.panel)
    c.text((60, 285), "请勿泄露此私钥！" if zh else "Do not share this key with anyone!", 24, c.theme.bad)
    key = m.hex_key(rng)
    if rng.random() < 0.3:
        key = "0x" + key
    per_line = rng.choice([22, 24, 33])
    y = 400
    c.box((40, y, 680, y + 40 + 48 * -(-len(key) // per_line)), c.theme.panel, outline=c.theme.muted)
    for i in range(0, len(key), per_line):
        c.text((60, y + 20 + (i // per_line) * 48), key[i : i + per_line], 28, cjk=False)
    c.box((40, 1080, 680, 1150), c.theme.accent)
    c.text((360, 1115), "完成" if zh else "Done", 28, (20, 20, 20), anchor="mm")
    assert c.image is not None
    return screenshot(c.image, rng)


def key_qr_on_phone(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A wallet app's export screen: the key as a QR code, the text of the key masked with dots."""
    zh = lang == "zh"
    key = m.hex_key(rng) if rng.random() < 0.5 else m.wif_key(rng)
    c = Canvas(fonts, (1080, 2160), Theme.pick(rng), zh=zh, style=style)
    y = status_bar(c, rng) + 60
    c.text((540, y), "导出私钥" if zh else "Private key", 48, anchor="ma")
    y += 120
    c.text(
        (540, y),
        "扫码导入另一钱包" if zh else "Scan to import into another wallet",
        30,
        c.theme.muted,
        anchor="ma",
    )
    y += 100
    code = qr(key, rng.randint(9, 12))
    c.paste(code, ((1080 - code.width) // 2, y))
    y += code.height + 60
    c.text((540, y), "•" * 24, 40, anchor="ma", cjk=False)
    y += 100
    c.box((90, y, 990, y + 110), c.theme.accent)
    c.text((540, y + 55), "显示文本" if zh else "Reveal text", 36, (20, 20, 20), anchor="mm")
    assert c.image is not None
    return screenshot(c.image, rng)


def otp_backup_key_text(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A 2FA setup step that shows only the backup key as text (no QR): write it down."""
    zh = lang == "zh"
    secret = m.totp_secret(rng)
    c = Canvas(fonts, (1280, 760), Theme.pick(rng), zh=zh, style=style)
    c.text((80, 60), "保存备用密钥" if zh else "Save your backup key", 44)
    c.text(
        (80, 140),
        "手机丢失时可用此密钥恢复验证器。"
        if zh
        else "You can restore your authenticator with this key if you lose your phone.",
        26,
        c.theme.muted,
    )
    c.box((80, 230, 1200, 360), c.theme.panel)
    grouped = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    c.text((640, 295), grouped, 40, anchor="mm", cjk=False)
    c.text((80, 420), "密钥" if zh else "Key", 24, c.theme.muted)
    c.box((80, 560, 400, 640), c.theme.accent)
    c.text((240, 600), "我已保存" if zh else "I saved it", 28, (20, 20, 20), anchor="mm")
    assert c.image is not None
    return screenshot(c.image, rng)


def _varint(n: int) -> bytes:
    out = b""
    while True:
        byte, n = n & 0x7F, n >> 7
        if n:
            out += bytes([byte | 0x80])
        else:
            return out + bytes([byte])


def _field(tag: int, value: bytes) -> bytes:
    return _varint(tag) + _varint(len(value)) + value


def migration_uri(rng: random.Random, accounts: int) -> str:
    """Google Authenticator's export URI: otpauth-migration://offline?data=<base64 protobuf>."""
    body = b""
    for _ in range(accounts):
        issuer = rng.choice(["Binance", "OKX", "Google", "GitHub", "Kraken"])
        params = (
            _field(0x0A, rng.randbytes(20))
            + _field(0x12, f"{issuer}:{m.email(rng)}".encode())
            + _field(0x1A, issuer.encode())
            + b"\x20\x01\x28\x01\x30\x02"
        )
        body += _field(0x0A, params)
    body += b"\x10\x01\x18\x01\x20\x00\x28" + _varint(rng.randrange(1, 2**31))
    return "otpauth-migration://offline?data=" + quote(base64.b64encode(body).decode(), safe="")


def authenticator_export_qr(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """Google Authenticator's "Export accounts" screen: one QR carrying every account's secret."""
    zh = lang == "zh"
    c = Canvas(fonts, (1080, 2160), Theme.pick(rng), zh=zh, style=style)
    y = status_bar(c, rng) + 60
    c.text((60, y), "导出帐号" if zh else "Export accounts", 52)
    y += 110
    n = rng.randint(2, 4)
    c.text(
        (60, y),
        f"使用新设备扫描此二维码（{n} 个帐号）"
        if zh
        else f"Scan this QR code on your new device ({n} accounts)",
        30,
        c.theme.muted,
    )
    y += 100
    code = qr(migration_uri(rng, n), rng.randint(7, 9))
    c.paste(code, ((1080 - code.width) // 2, y))
    y += code.height + 60
    c.text((540, y), "第 1 个二维码，共 1 个" if zh else "QR code 1 of 1", 30, c.theme.muted, anchor="ma")
    assert c.image is not None
    if rng.random() < 0.5:
        return photograph(c.image, rng, max_rotation=8, blur=(0.3, 0.8), quality=(60, 85), long_side=1600)
    return screenshot(c.image, rng)


def hardware_recovery_card(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A hardware wallet's recovery sheet: 24 numbered boxes in two columns, words in capitals."""
    zh = lang == "zh"
    words = m.seed_words(rng, lang, 24)
    if not zh:
        words = [w.upper() for w in words]
    width, height = 900, 1500
    card = Canvas(fonts, (width, height), zh=zh, style=style, image=paper((width, height), rng))
    ink = (30, 30, 30)
    card.text((450, 40), "恢复表" if zh else "RECOVERY SHEET", 40, ink, anchor="ma")
    for i, word in enumerate(words):
        col, r = divmod(i, 12)
        x, y = 60 + col * 420, 130 + r * 110
        card.text((x, y + 20), f"{i + 1}.", 30, (110, 110, 110), cjk=False)
        card.draw.rectangle((x + 70, y, x + 380, y + 80), outline=(150, 150, 150), width=2)
        card.text((x + 90, y + 18), word, 38, ink)
    assert card.image is not None
    return photograph(card.image, rng, max_rotation=12, blur=(0.3, 1.0))
