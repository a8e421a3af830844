"""Make a clean rendering look like what customers send: a phone photo or a recompressed screenshot.

Photo: the page lies on a table, shot at an angle (rotation, perspective), under uneven light, with
sensor noise, a little defocus and JPEG compression. Screenshot: optional downscaling and the JPEG
recompression chat apps apply. Every parameter is drawn from the caller's seeded ``random.Random``.
"""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def paper(size: tuple[int, int], rng: random.Random, *, ruled: bool = False) -> Image.Image:
    """A sheet of slightly yellowed paper with fibre noise and, optionally, ruled lines."""
    w, h = size
    base = np.array([rng.randint(232, 250), rng.randint(226, 244), rng.randint(205, 230)], dtype=np.float32)
    nprng = np.random.default_rng(rng.randrange(2**32))
    noise = nprng.normal(0, 4, (h, w, 1)).astype(np.float32)
    img = Image.fromarray(np.clip(base + noise, 0, 255).astype(np.uint8))
    if ruled:
        draw = ImageDraw.Draw(img)
        for y in range(60, h, rng.randint(44, 56)):
            draw.line([(0, y), (w, y)], fill=(170, 190, 215), width=1)
    return img


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array(src, dtype=float).reshape(8)
    return list(np.linalg.solve(a, b))


def _jpeg(img: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    img.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def photograph(
    img: Image.Image,
    rng: random.Random,
    *,
    max_rotation: float = 8.0,
    max_skew: float = 0.06,
    blur: tuple[float, float] = (0.3, 1.1),
    quality: tuple[int, int] = (45, 75),
    long_side: int = 1400,
) -> bytes:
    """The sheet photographed: on a table, rotated, in perspective, unevenly lit, noisy, JPEG."""
    table = tuple(rng.randint(70, 140) for _ in range(3))
    pad = int(max(img.size) * 0.12)
    canvas = Image.new("RGB", (img.width + 2 * pad, img.height + 2 * pad), table)
    canvas.paste(img, (pad, pad))
    canvas = canvas.rotate(rng.uniform(-max_rotation, max_rotation), resample=Image.BICUBIC, fillcolor=table)
    w, h = canvas.size
    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    moved = [
        (x + rng.uniform(-max_skew, max_skew) * w, y + rng.uniform(-max_skew, max_skew) * h)
        for x, y in corners
    ]
    canvas = canvas.transform(
        (w, h), Image.PERSPECTIVE, _perspective_coeffs(corners, moved), Image.BICUBIC, fillcolor=table
    )
    arr = np.asarray(canvas).astype(np.float32)
    gx = np.linspace(rng.uniform(0.7, 0.95), rng.uniform(0.95, 1.1), w, dtype=np.float32)
    gy = np.linspace(rng.uniform(0.8, 1.0), rng.uniform(0.95, 1.1), h, dtype=np.float32)
    arr *= (gy[:, None] * gx[None, :])[:, :, None]
    arr += (
        np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(2, 7), arr.shape).astype(np.float32)
    )
    canvas = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    canvas = canvas.filter(ImageFilter.GaussianBlur(rng.uniform(*blur)))
    scale = long_side / max(canvas.size)
    if scale < 1:
        canvas = canvas.resize((int(canvas.width * scale), int(canvas.height * scale)), Image.LANCZOS)
    return _jpeg(canvas, rng.randint(*quality))


def screenshot(img: Image.Image, rng: random.Random, *, recompress: bool = True) -> bytes:
    """A screenshot as a chat app forwards it: sometimes scaled down, often JPEG-recompressed."""
    if rng.random() < 0.5:
        scale = rng.uniform(0.7, 0.95)
        img = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    if recompress and rng.random() < 0.7:
        return _jpeg(img, rng.randint(60, 90))
    out = io.BytesIO()
    img.convert("RGB").save(out, "PNG")
    return out.getvalue()
