"""Rotating log files in the OS's log folder, with secrets and customer PII redacted from every record.

Why: support needs logs from agents' machines, and those logs travel (attached to tickets, pasted
into chats). The house rule is that secrets never reach a file and customer data stays out of
diagnostics, so redaction happens in a ``logging.Filter`` on our handlers -- the last point every
record passes before it is written, whatever logger or library produced it, including exception
tracebacks. The patterns are deliberately simple and err on the side of over-redaction.

Files: ``<log dir>/agentdesk.log`` rotated at 1 MB, five old files kept (``agentdesk.log.1`` ...),
UTF-8. Only the desk that holds the single-instance claim writes it; headless checks write
``agentdesk-check.log``. On Windows a file another process has open (a second AgentDesk, a scanner)
cannot be renamed: rotation waits that out briefly (:mod:`app.store.files`), and if the file stays
held it keeps writing to the current file and tries again a minute later, instead of failing every
record. The folder comes from ``app.core.paths``: the OS's conventional log folder
(``platformdirs.user_log_dir``), or ``logs`` under ``AGENTDESK_HOME`` when that is set.

Qt-free (``app.core`` sits below the UI); ``app/main.py`` calls :func:`setup_logging` once.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Final

from app.core import paths
from app.store.files import replace_file

LOG_FILE_NAME: Final = "agentdesk.log"
CHECK_LOG_FILE_NAME: Final = "agentdesk-check.log"  # --smoke, --screenshot: beside a running desk
ROTATION_RETRY_S: Final = 60.0
MAX_BYTES: Final = 1_000_000
BACKUP_COUNT: Final = 5
FORMAT: Final = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
REDACTED: Final = "[REDACTED]"
_MARK: Final = "_agentdesk_handler"  # set on the handlers we install, so setup is idempotent

# --- redaction ------------------------------------------------------------------------------------

# Words that name a secret; "key = value", "key: value" and '"key": "value"' have the value masked.
_SECRET_KEYS = (
    r"pass(?:word|wd|phrase)?|pwd|secret|client[_-]?secret|api[_-]?key|private[_-]?key|"
    r"(?:access|refresh|id|auth|session|customer|csrf)?[_-]?token|otp|totp|2fa[_-]?code|"
    r"verification[_-]?code|pin|mnemonic|seed[_-]?phrase|cookie|authorization"
)
_KEY_ASSIGN = re.compile(
    rf"(?i)(?<![A-Za-z0-9])({_SECRET_KEYS})([\"']?\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|[^\s\"',;&)}}\]]+)"
)
# Without "=" or ":": "password hunter2", "password is hunter2", "token <long url-safe string>".
_PASSWORD_WORDS = re.compile(r"(?i)\b(pass(?:word|wd|phrase)|pwd)(\s+(?:is\s+)?)(\S+)")
_TOKEN_WORDS = re.compile(r"(?i)\b(\w*token)(\s+)([A-Za-z0-9_\-.~+/]{16,}={0,2})")
_AUTH_HEADER = re.compile(r"(?i)\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}")
# Bounded parts and a start-of-run lookbehind keep it linear on long runs without "@" (RFC limits).
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{0,63}@"
    r"((?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24})(?![A-Za-z0-9-])"
)
# Phones: international (+ and 8-15 digits with separators), NANP (555) 123-4567, CN mobiles.
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d[\d\s().-]{6,18}\d|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|1[3-9]\d{9})(?![\w])"
)
_HEX_KEY = re.compile(r"\b(?:0x)?[0-9a-fA-F]{64}\b")
_EXTENDED_KEY = re.compile(r"\b[xyzt]prv[1-9A-HJ-NP-Za-km-z]{100,}")
_WIF = re.compile(r"\b[5KLc][1-9A-HJ-NP-Za-km-z]{50,51}\b")
# Long url-safe base64 runs with both letters and digits: tokens that appear without a key name.
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![A-Za-z0-9_-])"
_LONG_TOKEN = re.compile(
    rf"(?<![A-Za-z0-9_/.-])(?!{_UUID})(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{{32,}}={{0,2}}"
)
_WORD_RUN = re.compile(r"(?i)\b[a-z]{3,8}(?:[\s,]+[a-z]{3,8}){11,}\b")
SEED_MIN_WORDS: Final = 12


@cache
def _bip39_words() -> frozenset[str]:
    """English BIP39 words, or an empty set if the wordlist is unavailable (then runs aren't checked)."""
    try:
        from mnemonic import Mnemonic

        return frozenset(Mnemonic("english").wordlist)
    except Exception:  # a logging helper must never fail the app
        return frozenset()


def _redact_seed_runs(text: str) -> str:
    words = _bip39_words()
    if not words:
        return text

    def replace(match: re.Match[str]) -> str:
        tokens = re.split(r"[\s,]+", match.group())
        # Redact maximal windows of >= 12 consecutive BIP39 words inside the run.
        out: list[str] = []
        run: list[str] = []
        for token in [*tokens, ""]:
            if token.lower() in words:
                run.append(token)
                continue
            if len(run) >= SEED_MIN_WORDS:
                out.append("[SEED PHRASE REDACTED]")
            else:
                out.extend(run)
            run = []
            if token:
                out.append(token)
        return " ".join(out)

    return _WORD_RUN.sub(replace, text)


def _mask_value(match: re.Match[str]) -> str:
    """Keep the key and separator, mask the value (unless an earlier rule already masked it)."""
    if match.group(3).startswith("["):
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}{REDACTED}"


_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_AUTH_HEADER, lambda m: f"{m.group(1)} {REDACTED}"),
    (_JWT, REDACTED),
    (_KEY_ASSIGN, _mask_value),
    (_PASSWORD_WORDS, _mask_value),
    (_TOKEN_WORDS, _mask_value),
    (_EXTENDED_KEY, "[KEY REDACTED]"),
    (_HEX_KEY, "[KEY REDACTED]"),
    (_WIF, "[KEY REDACTED]"),
    (_EMAIL, r"\1***@\2"),
    (_PHONE, "[PHONE]"),
    (_LONG_TOKEN, REDACTED),
)


def redact(text: str) -> str:
    """``text`` with tokens, passwords, keys, seed phrases, emails and phone numbers masked."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return _redact_seed_runs(text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message, exception text and stack so nothing secret is emitted.

    Attached to handlers (not loggers): handler filters also see records that propagate from
    child loggers such as ``app.client.session`` or ``websockets``.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format must not hide the record or leak its args
            message = f"{record.msg!s} (unformattable arguments)"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
            record.exc_info = None  # the formatter must use the redacted text, not re-format
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# --- files ----------------------------------------------------------------------------------------
class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file that another process may hold open (Windows): rotation is retried briefly,
    then postponed for :data:`ROTATION_RETRY_S`; the records go on to the current file meanwhile."""

    def __init__(self, filename: Path, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT,
                 clock: Callable[[], float] = time.monotonic,
                 rename: Callable[[str, str], None] | None = None) -> None:
        super().__init__(filename, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=True)
        self._clock = clock
        self._blocked_until = 0.0
        self.rotator = rename or (lambda source, dest: replace_file(Path(source), Path(dest)))
        self.postponed = 0  # rotations put off because the file was held (tests, diagnostics)

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if self._clock() < self._blocked_until:
            return False
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            self.postponed += 1
            self._blocked_until = self._clock() + ROTATION_RETRY_S
            if self.stream is None or self.stream.closed:
                self.stream = self._open()  # keep writing to the current file




def log_dir() -> Path:
    """Where logs go: ``app.core.paths`` decides (``$AGENTDESK_HOME/logs`` or the OS's log folder).

    One place knows the app's folders, so logs follow the same override as settings and cache.
    """
    return paths.app_paths().log_dir


def setup_logging(
    level: int = logging.INFO, directory: Path | None = None, *, console: bool = True,
    file_name: str = LOG_FILE_NAME,
) -> Path:
    """Install the rotating file handler (and a stderr handler) on the root logger; returns the file.

    Idempotent: calling it again replaces the handlers it installed before. The console handler is
    skipped when there is no stderr (a windowed app on Windows).
    """
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            folder.chmod(0o700)  # logs are the agent's business, not other local users'
    path = folder / file_name
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter(FORMAT)
    redactor = RedactingFilter()
    file_handler = SharedRotatingFileHandler(path)
    handlers: list[logging.Handler] = [file_handler]
    if console and sys.stderr is not None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redactor)
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path
