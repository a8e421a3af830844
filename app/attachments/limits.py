"""The bounds an attachment must stay within: one settings object for the server and the worker pool.

The defaults follow the issue (10 MB per file and per message) and what customers really send: a
48-megapixel phone photo and a long scrolling screenshot (1080 x 20,000) both fit under the pixel
cap; a 20,000 x 20,000 "decompression bomb" does not. The pixel cap bounds the worker's memory: an
image is decoded only after its header showed it is within the cap.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

MB: Final = 1024 * 1024


@dataclass(frozen=True, slots=True)
class AttachmentLimits:
    """Configurable bounds; every field is checked before any large allocation."""

    max_file_bytes: int = 10 * MB
    max_message_bytes: int = 10 * MB
    max_files_per_message: int = 10
    max_pixels: int = 50_000_000
    max_side: int = 30_000
    max_video_seconds: int = 180
    thumbnail_side: int = 320
    max_filename_chars: int = 120

    def __post_init__(self) -> None:
        for name in self.__slots__:
            if getattr(self, name) <= 0:
                raise ValueError(f"AttachmentLimits.{name} must be positive")


DEFAULT_LIMITS: Final = AttachmentLimits()
