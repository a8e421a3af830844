"""Attachments: what a customer's file must pass before anyone sees it, and the guard that reads images.

Qt-free and layer-neutral (no imports from ``app.server``, ``app.ui``, ``app.client``, ``app.store``;
``lint-imports`` checks it), so the server, the web-chat and e-mail paths, and the desk can share it.
Pure content checks need only the standard library; image decoding, OCR and QR decoding need the
``attachments`` extra (Pillow, RapidOCR on ONNX Runtime, zxing-cpp), which the server installs and
the desktop app does not. Everything customer-controlled is handled as bytes; nothing here logs,
and no error message or ``repr`` contains a filename, a byte of content or text read from an image.

How the server uses it (the upload path, step 2 of issue 18)
-----------------------------------------------------------
1. Before accepting a message's files::

       check_message([len(b) for b in blobs], limits)       # too_many_files / message_too_large

2. For each file, fast and synchronous (no pixel decoding; milliseconds for 10 MB)::

       checked = check_file(data, sender_filename, limits)   # -> CheckedFile, or AttachmentRefused

   ``checked.kind`` (a ``FileKind``: PNG, JPEG, WEBP, GIF, PDF, TEXT, CSV, MP4, WEBM) is decided by
   the bytes, never by the name or a declared MIME type; ``checked.mime`` is what to serve;
   ``checked.filename`` is sanitised (no path, controls, bidi overrides or reserved Windows names;
   the extension matches the real type). For documents and recordings ``checked.data`` is what to
   store (MP4/WebM metadata blanked in place). A refusal is ``AttachmentRefused`` with ``.code``
   (``REFUSAL_CODES``: ``file_too_large``, ``type_not_allowed``, ``polyglot``,
   ``image_too_many_pixels``, ``malformed``, ``pdf_active_content`` ...) and ``.limit`` when a
   configured bound was exceeded; store nothing of a refused file.

3. For images, through the worker pool, started once with the server and stopped with it::

       checker = ImageChecker(workers=2, deadline=8.0, max_queue=32, limits=limits)
       await checker.start()                      # spawns worker processes, loads OCR (seconds)
       result = await checker.check(checked.data)  # -> ImageCheck; never raises for content
       await checker.stop()

   The process that starts the pool must guard its entry point (``if __name__ == "__main__":``),
   as ``multiprocessing``'s spawn method requires on every platform; ``agentdesk-server`` does.

   ``result.verdict`` is a ``Verdict`` with ``status`` one of:

   * ``safe``: the image was read (OCR, QR) and holds no secret. Store ``result.image`` (a
     ``PreparedImage``: re-encoded PNG/JPEG without EXIF/GPS/XMP/ICC/text chunks or trailing data,
     its ``thumbnail`` of at most ``limits.thumbnail_side`` pixels, ``width``/``height``).
   * ``withheld``: ``verdict.kind`` is one of ``WITHHELD_KINDS`` (``seed_phrase``,
     ``private_key``, ``key_qr``, ``two_factor_secret``, ``api_secret``, ``password``,
     ``one_time_code``, and ``secret`` for a kind the text guard finds that this package does
     not name yet). Store
     NOTHING of the image (``result.image`` is None); tell the agent "image withheld: it showed a
     recovery phrase" (the UI translates the kind) and warn the customer in their language.
   * ``not_checked``: ``verdict.reason`` is one of ``NOT_CHECKED_REASONS`` (``timeout``,
     ``ocr_unavailable``, ``qr_unreadable``, ``overloaded``, ``worker_failed``, ``not_running``,
     ``undecodable``). Never shown as safe: if ``result.image`` is present the desk may show it
     marked "not checked"; if ``result.refusal`` is set the bytes were not a decodable image within
     the limits and the upload is refused with that code.

   ``result.seconds`` is the wall time (queueing included); ``result.cpu_seconds`` the worker's CPU.
   Videos and documents are not read by the guard: the server marks them ``not_checked``.

Limits live in one ``AttachmentLimits`` (10 MB per file and per message by default).
"""

from .checker import ImageChecker, WorkerStartError
from .checks import CheckedFile, check_file, check_message
from .errors import REFUSAL_CODES, AttachmentRefused
from .images import PreparedImage, prepare_image
from .kinds import FileKind
from .limits import DEFAULT_LIMITS, AttachmentLimits
from .names import sanitize_filename
from .verdict import (
    NOT_CHECKED,
    NOT_CHECKED_REASONS,
    SAFE,
    WITHHELD,
    WITHHELD_KINDS,
    ImageCheck,
    Verdict,
)

__all__ = [
    "DEFAULT_LIMITS",
    "NOT_CHECKED",
    "NOT_CHECKED_REASONS",
    "REFUSAL_CODES",
    "SAFE",
    "WITHHELD",
    "WITHHELD_KINDS",
    "AttachmentLimits",
    "AttachmentRefused",
    "CheckedFile",
    "FileKind",
    "ImageCheck",
    "ImageChecker",
    "PreparedImage",
    "Verdict",
    "WorkerStartError",
    "check_file",
    "check_message",
    "prepare_image",
    "sanitize_filename",
]
