"""The content checks: type by magic bytes, the allow-list, caps, polyglots, filenames."""

from __future__ import annotations

import pytest

from app.attachments import (
    REFUSAL_CODES,
    AttachmentLimits,
    AttachmentRefused,
    FileKind,
    check_file,
    check_message,
    sanitize_filename,
)
from tests.attachments import samples


def refused(data: bytes, name: str = "file.png", limits: AttachmentLimits | None = None) -> AttachmentRefused:
    with pytest.raises(AttachmentRefused) as info:
        check_file(data, name, limits or AttachmentLimits())
    assert info.value.code in REFUSAL_CODES
    assert name not in str(info.value)  # value-free: never the customer's filename
    return info.value


# --- the four refusals the issue names -------------------------------------------------------------


def test_an_exe_renamed_png_is_refused_as_not_allowed() -> None:
    assert refused(samples.windows_exe(), "holiday.png").code == "type_not_allowed"


@pytest.mark.parametrize(
    "payload",
    [samples.zip_archive(), b"<html><script>fetch('//evil')</script></html>", b"%PDF-1.7\n%%EOF\n"],
    ids=["zip", "html-script", "pdf-header"],
)
@pytest.mark.parametrize("image", ["png", "jpeg", "gif", "webp"])
def test_an_image_with_a_payload_after_its_end_is_a_polyglot(image: str, payload: bytes) -> None:
    base = {
        "png": samples.png(),
        "jpeg": samples.jpeg_with_metadata(),
        "gif": samples.gif(),
        "webp": samples.webp(),
    }[image]
    assert refused(base + payload).code == "polyglot"


def test_a_20000_by_20000_png_bomb_is_refused_from_its_header() -> None:
    bomb = samples.png_bomb()
    assert len(bomb) < 1_000_000  # small on the wire: the point of a bomb
    err = refused(bomb, "bomb.png")
    assert err.code == "image_too_many_pixels"
    assert err.limit == AttachmentLimits().max_pixels


def test_an_11_mb_file_is_refused_with_the_limit() -> None:
    err = refused(b"a" * 11_000_000, "big.txt")
    assert err.code == "file_too_large"
    assert err.limit == 10 * 1024 * 1024


# --- the allow-list --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name", "kind", "saved_as"),
    [
        (samples.png(), "shot.png", FileKind.PNG, "shot.png"),
        (samples.jpeg_with_metadata(), "shot.png", FileKind.JPEG, "shot.jpg"),  # the name lied
        (samples.gif(), "anim", FileKind.GIF, "anim.gif"),
        (samples.webp(), "x.webp", FileKind.WEBP, "x.webp"),
        (samples.pdf(), "help centre.pdf", FileKind.PDF, "help centre.pdf"),
        ("订单号 12345\n".encode(), "说明.txt", FileKind.TEXT, "说明.txt"),
        (b"uid,amount\n1,2\n", "orders.CSV", FileKind.CSV, "orders.csv"),
        (b"plain words", "page.html", FileKind.TEXT, "page.txt"),  # served as inert text
        (samples.mp4(), "rec.mov", FileKind.MP4, "rec.mp4"),
        (samples.webm(), "rec.webm", FileKind.WEBM, "rec.webm"),
    ],
)
def test_allowed_types_by_content(data: bytes, name: str, kind: FileKind, saved_as: str) -> None:
    checked = check_file(data, name)
    assert checked.kind is kind
    assert checked.filename == saved_as
    assert checked.mime == kind.mime


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (samples.zip_archive(), "type_not_allowed"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(100), "type_not_allowed"),
        (b"II*\x00" + bytes(100), "type_not_allowed"),
        (b"\x00\x00\x00\x18ftypheic" + bytes(100), "type_not_allowed"),
        (b"\xff\xfe" + "text".encode("utf-16-le"), "type_not_allowed"),
        (b"ok text\n" * 200 + b"\x00", "text_binary"),
        (b"ok text\n" * 200 + b"\x1b[31mred\x1b[0m \x03", "text_binary"),
        (b"ok text\n" * 200 + b"\xc3\x28", "text_not_utf8"),
        (b"", "empty_file"),
    ],
    ids=["zip", "elf", "tiff", "heic", "utf16", "nul", "control", "latin1", "empty"],
)
def test_not_allowed_content(data: bytes, code: str) -> None:
    assert refused(data, "notes.txt").code == code


def test_log_colour_codes_are_text() -> None:
    assert check_file(b"\x1b[31mERROR\x1b[0m withdraw failed\r\n\tretry\n", "app.log").kind is FileKind.TEXT


def test_animated_gif_is_accepted_and_flagged() -> None:
    checked = check_file(samples.gif(frames=3), "sticker.gif")
    assert checked.animated
    assert not check_file(samples.gif(frames=1), "still.gif").animated


def test_truncated_and_corrupt_images_are_malformed() -> None:
    data = samples.png()
    assert refused(data[:-20]).code == "malformed"
    broken_crc = bytearray(data)
    broken_crc[30] ^= 0xFF  # inside IHDR: its CRC no longer matches
    assert refused(bytes(broken_crc)).code == "malformed"
    assert refused(samples.jpeg_with_metadata()[:200], "x.jpg").code == "malformed"


# --- documents and recordings --------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ",
        b"/Names << /EmbeddedFiles 3 0 R >> ",
        b"/AA << /O << /S /Launch /F (cmd.exe) >> >> ",
        b"/OpenAction << /S /J#61vaScript >> ",
    ],
    ids=["javascript", "embedded", "launch", "escaped-name"],
)
def test_pdf_with_active_content_is_refused(body: bytes) -> None:
    assert refused(samples.pdf(body), "guide.pdf").code == "pdf_active_content"


def test_pdf_with_an_archive_appended_is_a_polyglot() -> None:
    assert refused(samples.pdf() + samples.zip_archive(), "guide.pdf").code == "polyglot"
    assert refused(samples.pdf()[:-8], "guide.pdf").code == "malformed"


def test_mp4_metadata_is_blanked_in_place_and_length_checked() -> None:
    original = samples.mp4(seconds=30)
    checked = check_file(original, "screen.mp4")
    assert len(checked.data) == len(original)  # no offset moved: the video still plays
    assert b"52.3667" in original and b"52.3667" not in checked.data
    assert b"udta" not in checked.data
    assert refused(samples.mp4(seconds=600), "long.mp4").code == "video_too_long"
    assert refused(original + samples.zip_archive(), "x.mp4").code == "polyglot"


def test_webm_tags_are_blanked_and_length_checked() -> None:
    original = samples.webm(seconds=20)
    checked = check_file(original, "screen.webm")
    assert len(checked.data) == len(original)
    assert b"52.36,13.40" in original and b"52.36,13.40" not in checked.data
    assert check_file(checked.data, "again.webm").kind is FileKind.WEBM  # still a valid WebM
    assert refused(samples.webm(seconds=900), "long.webm").code == "video_too_long"
    assert refused(original + b"<script>x</script>", "x.webm").code == "polyglot"


# --- per-message caps -----------------------------------------------------------------------------


def test_message_caps() -> None:
    limits = AttachmentLimits(max_message_bytes=1000, max_file_bytes=600, max_files_per_message=3)
    check_message([500, 400], limits)
    with pytest.raises(AttachmentRefused) as info:
        check_message([500, 501], limits)
    assert (info.value.code, info.value.limit) == ("message_too_large", 1000)
    with pytest.raises(AttachmentRefused) as info:
        check_message([1, 1, 1, 1], limits)
    assert info.value.code == "too_many_files"
    with pytest.raises(AttachmentRefused) as info:
        check_message([601], limits)
    assert info.value.code == "file_too_large"


def test_limits_are_configurable_per_file() -> None:
    small = AttachmentLimits(max_file_bytes=100)
    assert refused(samples.png(), "x.png", small).code == "file_too_large"
    assert refused(samples.png(300, 300), "x.png", AttachmentLimits(max_pixels=10_000)).code == (
        "image_too_many_pixels"
    )


# --- filenames -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("../../etc/passwd", FileKind.TEXT, "passwd.txt"),
        ("C:\\Users\\me\\photo.png", FileKind.PNG, "photo.png"),
        ("invoice\u202egnp.exe", FileKind.PNG, "invoicegnp.png"),  # bidi override dropped
        ("zero\u200bwidth\x07bell\nname.png", FileKind.PNG, "zerowidthbellname.png"),
        ("CON.png", FileKind.PNG, "_CON.png"),
        ("lpt1.tar.pdf", FileKind.PDF, "_lpt1.tar.pdf"),
        ('a<b>c:d"e|f?g*h.png', FileKind.PNG, "a_b_c_d_e_f_g_h.png"),
        ("   ...   ", FileKind.PNG, "attachment.png"),
        ("截图 2024-06-01.PNG", FileKind.PNG, "截图 2024-06-01.png"),
        ("photo.jpeg", FileKind.JPEG, "photo.jpeg"),
        ("v1.2.3", FileKind.PNG, "v1.2.3.png"),
        ("trailing dots...", FileKind.PDF, "trailing dots.pdf"),
    ],
)
def test_filenames_are_sanitised(name: str, kind: FileKind, expected: str) -> None:
    assert sanitize_filename(name, kind) == expected


def test_long_filenames_are_cut_within_bytes_and_chars() -> None:
    name = sanitize_filename("订" * 500 + ".png", FileKind.PNG)
    assert name.endswith(".png")
    assert len(name.encode("utf-8")) <= 200
    assert len(sanitize_filename("a" * 500 + ".png", FileKind.PNG, max_chars=40)) == 44


def test_refusal_text_is_value_free_and_repr_hides_content() -> None:
    err = refused(b"secret-seed-words " * 10 + b"\x00", "my seed abandon.txt")
    assert "seed" not in str(err) and "abandon" not in str(err)
    checked = check_file(b"abandon ability", "seed.txt")
    assert "abandon" not in repr(checked) and "seed" not in repr(checked)
