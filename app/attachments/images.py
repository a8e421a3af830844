"""Decode an image within limits and re-encode it: what is stored is pixels, nothing else.

Order matters:

1. the container walk (``containers``) gives the dimensions from the header and refuses anything
   over the pixel cap or with trailing data, before Pillow sees the bytes;
2. Pillow opens it with only the sniffed format's decoder allowed, its size is checked again
   against the header (a file that lies is malformed), and only then are pixels decoded; the
   worker process also sets Pillow's own ``MAX_IMAGE_PIXELS`` to the cap (``worker.setup``);
3. the EXIF orientation is applied (the photo stays upright once EXIF is gone), an embedded ICC
   profile is converted to sRGB and dropped (a profile is an arbitrary blob and wide-gamut photos
   would otherwise shift colour), and the pixels are copied into a fresh image, so no ``info``
   (EXIF with GPS, XMP, text chunks, comments) can ride along into the encoder;
4. JPEG stays JPEG (quality 90); everything else becomes PNG, or JPEG when a photo-like PNG/WebP
   would be larger than the per-file cap as PNG. Animated GIF/WebP/APNG keep their first frame
   only (``first_frame_only``): that frame is what the guard reads and what is stored, so nothing
   unread is ever shown.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import Any, Final

from ._optional import optional_module
from .checks import check_pixels
from .containers import image_layout
from .errors import IMAGE_SUPPORT_MISSING, MALFORMED, TYPE_NOT_ALLOWED, AttachmentRefused
from .kinds import FileKind
from .limits import DEFAULT_LIMITS, AttachmentLimits
from .sniff import sniff

_PIL_FORMAT: Final = {FileKind.PNG: "PNG", FileKind.JPEG: "JPEG", FileKind.GIF: "GIF", FileKind.WEBP: "WEBP"}
_JPEG_QUALITY: Final = 90
_THUMB_QUALITY: Final = 80


@dataclass(frozen=True, slots=True)
class PreparedImage:
    """A re-encoded image and its thumbnail: what the server stores and the desk shows."""

    data: bytes
    kind: FileKind
    width: int
    height: int
    thumbnail: bytes
    thumbnail_kind: FileKind
    thumbnail_width: int
    thumbnail_height: int
    first_frame_only: bool = False

    @property
    def mime(self) -> str:
        return self.kind.mime

    def __repr__(self) -> str:
        return f"PreparedImage({self.kind.name} {self.width}x{self.height}, {len(self.data)} bytes)"


def pillow() -> Any:
    """Pillow's ``PIL.Image`` module, or a refusal saying this install cannot decode images."""
    image = optional_module("PIL.Image")
    if image is None:
        raise AttachmentRefused(IMAGE_SUPPORT_MISSING)
    return image


def decode_image(data: bytes, limits: AttachmentLimits = DEFAULT_LIMITS) -> tuple[Any, FileKind, bool]:
    """(a clean RGB or RGBA ``PIL.Image`` of the first frame, the source kind, whether it was animated)."""
    kind = sniff(data)
    if not kind.is_image:
        raise AttachmentRefused(TYPE_NOT_ALLOWED)
    layout = image_layout(kind, data)
    check_pixels(layout.width, layout.height, limits)
    pil = pillow()
    ops = optional_module("PIL.ImageOps")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pil.DecompressionBombWarning)
            im = pil.open(io.BytesIO(data), formats=[_PIL_FORMAT[kind]])
            if im.size != (layout.width, layout.height):
                raise AttachmentRefused(MALFORMED)
            check_pixels(im.width, im.height, limits)
            im.seek(0)
            im.load()
            if ops is not None:
                im = ops.exif_transpose(im)
            im = _to_srgb(im)
            alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
            im = im.convert("RGBA" if alpha else "RGB")
            clean = pil.frombytes(im.mode, im.size, im.tobytes())
    except AttachmentRefused:
        raise
    except Exception as exc:  # Pillow raises many types for damaged data; none may escape as a crash
        raise AttachmentRefused(MALFORMED) from exc
    return clean, kind, layout.animated


def _to_srgb(im: Any) -> Any:
    """Convert pixels from an embedded ICC profile to sRGB; keep them as they are if that fails."""
    icc = im.info.get("icc_profile")
    cms = optional_module("PIL.ImageCms")
    if not icc or cms is None or im.mode not in ("RGB", "RGBA", "CMYK"):
        return im
    try:
        src = cms.ImageCmsProfile(io.BytesIO(icc))
        mode = "RGBA" if im.mode == "RGBA" else "RGB"
        return cms.profileToProfile(im, src, cms.createProfile("sRGB"), outputMode=mode)
    except Exception:  # a broken profile: the pixels are still the pixels
        return im


def _encode(im: Any, kind: FileKind, *, quality: int) -> bytes:
    out = io.BytesIO()
    if kind is FileKind.JPEG:
        im.save(out, format="JPEG", quality=quality, optimize=False)
    else:
        im.save(out, format="PNG", compress_level=6)
    return out.getvalue()


def encode_image(
    im: Any, source: FileKind, animated: bool, limits: AttachmentLimits = DEFAULT_LIMITS
) -> PreparedImage:
    """Re-encode a decoded image and make its thumbnail."""
    alpha = im.mode == "RGBA"
    kind = FileKind.JPEG if source is FileKind.JPEG and not alpha else FileKind.PNG
    data = _encode(im, kind, quality=_JPEG_QUALITY)
    if kind is FileKind.PNG and not alpha and len(data) > limits.max_file_bytes:
        kind = FileKind.JPEG
        data = _encode(im, kind, quality=_JPEG_QUALITY)
    thumb = im.copy()
    thumb.thumbnail((limits.thumbnail_side, limits.thumbnail_side))
    thumb_kind = FileKind.PNG if alpha else FileKind.JPEG
    return PreparedImage(
        data=data,
        kind=kind,
        width=im.width,
        height=im.height,
        thumbnail=_encode(thumb, thumb_kind, quality=_THUMB_QUALITY),
        thumbnail_kind=thumb_kind,
        thumbnail_width=thumb.width,
        thumbnail_height=thumb.height,
        first_frame_only=animated,
    )


def prepare_image(data: bytes, limits: AttachmentLimits = DEFAULT_LIMITS) -> PreparedImage:
    """Decode within ``limits`` and re-encode; raises ``AttachmentRefused`` for a bad image.

    CPU-bound (tens to hundreds of milliseconds for a photo): the server calls it through
    ``ImageChecker``, which runs it in a worker process; tests and tools may call it directly.
    """
    im, kind, animated = decode_image(data, limits)
    return encode_image(im, kind, animated, limits)
