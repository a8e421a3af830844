"""Images are decoded within limits and re-encoded: no metadata and no trailing bytes survive."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms

from app.attachments import AttachmentLimits, AttachmentRefused, FileKind, check_file, prepare_image
from app.attachments.containers import image_layout
from tests.attachments import samples


def reopen(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def test_jpeg_loses_exif_gps_xmp_and_comment_and_stays_upright() -> None:
    original = samples.jpeg_with_metadata(80, 60)
    assert reopen(original).getexif().get_ifd(0x8825)  # the sample really carries a GPS position
    prepared = prepare_image(original)
    out = reopen(prepared.data)
    assert prepared.kind is FileKind.JPEG and out.format == "JPEG"
    assert len(out.getexif()) == 0
    assert not out.getexif().get_ifd(0x8825)
    for marker in (b"Exif", b"GPS", b"xmpmeta", b"home-address", b"taken at home", b"PhoneMaker"):
        assert marker not in prepared.data
    assert "comment" not in out.info and "xmp" not in out.info
    # EXIF orientation 6 was applied before EXIF was dropped: 80x60 is shown as 60x80, green on top
    assert (prepared.width, prepared.height) == (60, 80) == out.size
    top, bottom = out.getpixel((30, 10)), out.getpixel((30, 70))
    assert top[1] > 150 > top[0] and bottom[0] > 150 > bottom[1]


@pytest.mark.parametrize(
    "original",
    [samples.png(), samples.jpeg_with_metadata(), samples.gif(), samples.webp()],
    ids=["png", "jpeg", "gif", "webp"],
)
def test_output_ends_where_its_format_ends_and_passes_the_checks_again(original: bytes) -> None:
    prepared = prepare_image(original)
    layout = image_layout(prepared.kind, prepared.data)
    assert layout.end == len(prepared.data)  # no trailing bytes
    assert check_file(prepared.data, "again").kind is prepared.kind
    thumb = image_layout(prepared.thumbnail_kind, prepared.thumbnail)
    assert thumb.end == len(prepared.thumbnail)


def test_png_text_chunks_are_dropped() -> None:
    original = samples.png(text="seed: abandon ability able")
    assert b"tEXt" in original
    prepared = prepare_image(original)
    assert b"tEXt" not in prepared.data and b"abandon" not in prepared.data
    assert prepared.kind is FileKind.PNG


def test_icc_profile_is_converted_and_dropped() -> None:
    im = Image.new("RGB", (30, 20), (120, 60, 200))
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    im.save(out, "JPEG", icc_profile=icc)
    assert b"ICC_PROFILE" in out.getvalue()
    prepared = prepare_image(out.getvalue())
    assert b"ICC_PROFILE" not in prepared.data
    assert "icc_profile" not in reopen(prepared.data).info


def test_transparency_is_kept_as_png() -> None:
    prepared = prepare_image(samples.png(mode="RGBA"))
    assert prepared.kind is FileKind.PNG
    assert reopen(prepared.data).mode == "RGBA"
    assert prepared.thumbnail_kind is FileKind.PNG


def test_thumbnail_is_bounded_and_dimensions_reported() -> None:
    prepared = prepare_image(samples.png(1200, 400), AttachmentLimits(thumbnail_side=200))
    assert (prepared.width, prepared.height) == (1200, 400)
    assert (prepared.thumbnail_width, prepared.thumbnail_height) == (200, 67)
    assert reopen(prepared.thumbnail).size == (200, 67)


def test_animated_gif_keeps_its_first_frame_only() -> None:
    prepared = prepare_image(samples.gif(frames=3))
    assert prepared.first_frame_only
    out = reopen(prepared.data)
    assert getattr(out, "n_frames", 1) == 1
    assert out.convert("RGB").getpixel((5, 5)) == (0, 255, 0)  # frame 0's colour


def test_bomb_is_refused_before_pillow_opens_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("Pillow was asked to open a bomb")

    monkeypatch.setattr(Image, "open", must_not_open)
    with pytest.raises(AttachmentRefused) as info:
        prepare_image(samples.png_bomb())
    assert info.value.code == "image_too_many_pixels"


def test_polyglot_and_garbage_are_refused_by_prepare_too() -> None:
    with pytest.raises(AttachmentRefused) as info:
        prepare_image(samples.png() + samples.zip_archive())
    assert info.value.code == "polyglot"
    with pytest.raises(AttachmentRefused) as info:
        prepare_image(samples.pdf())
    assert info.value.code == "type_not_allowed"


def test_corrupt_pixel_data_is_malformed_not_a_crash() -> None:
    """A PNG whose chunks are all well formed (CRCs right) but whose IDAT is not zlib data."""
    import struct

    ihdr = struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
    chunks = samples.png_chunk(b"IHDR", ihdr) + samples.png_chunk(b"IDAT", b"not zlib" * 50)
    data = b"\x89PNG\r\n\x1a\n" + chunks + samples.png_chunk(b"IEND", b"")
    assert check_file(data, "x.png").kind is FileKind.PNG  # the container checks cannot tell
    with pytest.raises(AttachmentRefused) as info:
        prepare_image(data)
    assert info.value.code == "malformed"
