"""Attachments: content checks, image re-encoding and the image guard (docstring completed below)."""

from .checks import CheckedFile, check_file, check_message
from .errors import REFUSAL_CODES, AttachmentRefused
from .images import PreparedImage, prepare_image
from .kinds import FileKind
from .limits import DEFAULT_LIMITS, AttachmentLimits
from .names import sanitize_filename

__all__ = [
    "DEFAULT_LIMITS",
    "REFUSAL_CODES",
    "AttachmentLimits",
    "AttachmentRefused",
    "CheckedFile",
    "FileKind",
    "PreparedImage",
    "check_file",
    "check_message",
    "prepare_image",
    "sanitize_filename",
]
