"""Attachments: content checks, image re-encoding and the image guard (docstring completed below)."""

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
