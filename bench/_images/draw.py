"""Drawing helpers shared by the corpus builders: canvases, text rows, chips, QR codes, tables."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import segno
from PIL import Image, ImageDraw, ImageFont

from .fonts import FontSet
from .style import TUNING, Style

Color = tuple[int, int, int]


@dataclass
class Theme:
    """Colours of a screen: light or dark UI, with an accent."""

    background: Color = (255, 255, 255)
    text: Color = (25, 25, 30)
    muted: Color = (120, 125, 135)
    accent: Color = (240, 185, 11)
    panel: Color = (245, 246, 248)
    good: Color = (14, 160, 100)
    bad: Color = (220, 60, 60)

    @classmethod
    def pick(cls, rng: random.Random) -> Theme:
        if rng.random() < 0.4:
            return cls((24, 26, 32), (235, 236, 240), (140, 145, 155), (240, 185, 11), (40, 43, 52))
        return cls(accent=rng.choice([(240, 185, 11), (30, 110, 240), (0, 170, 140), (230, 90, 40)]))


@dataclass
class Canvas:
    """An image with a pen: ``font(size)`` picks the CJK face for Chinese, Latin otherwise.

    Sizes are scaled by the style, so a held-out style changes every text size at once.
    """

    fonts: FontSet
    size: tuple[int, int]
    theme: Theme = field(default_factory=Theme)
    zh: bool = False
    style: Style = TUNING
    image: Image.Image | None = None

    def __post_init__(self) -> None:
        if self.image is None:
            self.image = Image.new("RGB", self.size, self.theme.background)
        self.draw = ImageDraw.Draw(self.image)

    def font(self, size: int, *, cjk: bool | None = None) -> ImageFont.FreeTypeFont:
        use_cjk = self.zh if cjk is None else cjk
        return self.fonts.get(
            self.style.size(size), self.style.face, cjk=use_cjk, variant=self.style.cjk_variant
        )

    def text(
        self,
        xy: tuple[float, float],
        s: str,
        size: int,
        fill: Color | None = None,
        *,
        cjk: bool | None = None,
        anchor: str = "la",
    ) -> tuple[int, int, int, int]:
        font = self.font(size, cjk=cjk if cjk is not None else (self.zh or not s.isascii()))
        self.draw.text(xy, s, font=font, fill=fill or self.theme.text, anchor=anchor)
        return self.draw.textbbox(xy, s, font=font, anchor=anchor)

    def box(
        self,
        rect: tuple[float, float, float, float],
        fill: Color,
        radius: int = 12,
        outline: Color | None = None,
    ) -> None:
        self.draw.rounded_rectangle(rect, radius=radius, fill=fill, outline=outline)

    def paste(self, img: Image.Image, xy: tuple[int, int]) -> None:
        assert self.image is not None
        self.image.paste(img, xy)


def qr(
    payload: str | bytes,
    module: int,
    *,
    border: int = 4,
    dark: Color = (0, 0, 0),
    light: Color = (255, 255, 255),
) -> Image.Image:
    """A QR code with ``module`` pixels per module."""
    code = segno.make(payload, error="m", micro=False)
    matrix = code.matrix
    n = len(matrix)
    img = Image.new("RGB", ((n + 2 * border) * module,) * 2, light)
    draw = ImageDraw.Draw(img)
    for y, row in enumerate(matrix):
        for x, bit in enumerate(row):
            if bit:
                x0, y0 = (x + border) * module, (y + border) * module
                draw.rectangle([x0, y0, x0 + module - 1, y0 + module - 1], fill=dark)
    return img


def status_bar(c: Canvas, rng: random.Random) -> int:
    """A phone status bar; returns the y below it."""
    c.text((40, 22), f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}", 30, c.theme.text, cjk=False)
    c.text((c.size[0] - 40, 22), f"{rng.randint(12, 99)}%", 28, c.theme.text, cjk=False, anchor="ra")
    return 90


def table(
    c: Canvas,
    top: int,
    headers: list[str],
    rows: list[list[str]],
    size: int,
    widths: list[int],
    left: int = 40,
    row_h: int | None = None,
) -> int:
    """Header and rows at fixed column widths; returns the y below the table."""
    row_h = row_h or int(size * 2.2)
    x = left
    for head, w in zip(headers, widths, strict=True):
        c.text((x, top), head, size, c.theme.muted)
        x += w
    y = top + row_h
    for row in rows:
        c.draw.line(
            [(left, y - int(row_h * 0.3)), (sum(widths) + left, y - int(row_h * 0.3))],
            fill=c.theme.panel,
            width=2,
        )
        x = left
        for cell, w in zip(row, widths, strict=True):
            colour = (
                c.theme.good if cell in ("Buy", "买入", "Completed", "已完成", "Filled", "完全成交") else None
            )
            colour = (
                c.theme.bad if cell in ("Sell", "卖出", "Failed", "失败", "Cancelled", "已撤销") else colour
            )
            c.text((x, y), cell, size, colour)
            x += w
        y += row_h
    return y
