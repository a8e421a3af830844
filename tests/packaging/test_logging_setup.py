"""The log file never receives a token, password, private key, seed phrase, email or phone number.

Logs leave agents' machines (attached to tickets), so these tests write real records through the
real handler into a real file and read the file back, rather than testing the regexes alone.
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest
from mnemonic import Mnemonic

from app.core import logging_setup
from app.core.logging_setup import REDACTED, redact, setup_logging

TOKEN = "q8Zr2mK5vN7xB1cD4fG6hJ9kL0pQ3sT5uW8yA1bC"  # url-safe base64, 40 chars
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOiI1MDAxMjM0NTY3In0.Xk3vT9qLm2Rp8sWz1cYb5nHd0gFe7aJu"
PASSWORD = "hunter2-Secret!"
EMAIL = "jane.doe@example.com"
PHONES = ("+1 (555) 123-4567", "+86 138 0013 8000", "13800138000", "555-123-4567")
PRIVATE_KEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
SEED = Mnemonic("english").to_mnemonic(bytes(range(16)))


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """Install the real handlers into a temp folder; restore the root logger afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    path = setup_logging(logging.DEBUG, tmp_path / "logs", console=False)
    try:
        yield path
    finally:
        for handler in list(root.handlers):
            if handler not in saved_handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(saved_level)


def _read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_secrets_and_pii_never_reach_the_file(log_file: Path) -> None:
    log = logging.getLogger("app.client.session")
    log.info("connecting with token=%s", TOKEN)
    log.info("customer token %s", TOKEN)
    log.info("header Authorization: Bearer %s", JWT)
    log.warning("login failed, password: %s", PASSWORD)
    log.warning('frame {"password": "%s", "user": "alice"}', PASSWORD)
    log.info("email from %s about their withdrawal", EMAIL)
    for phone in PHONES:
        log.info("callback requested on %s", phone)
    log.error("guard caught a pasted key %s", PRIVATE_KEY)
    log.error("guard caught a seed phrase: %s", SEED)
    logging.getLogger("websockets.client").debug("> GET /agent?token=%s HTTP/1.1", TOKEN)

    text = _read(log_file)
    for secret in (TOKEN, JWT, PASSWORD, EMAIL, PRIVATE_KEY, SEED, *PHONES):
        assert secret not in text
    assert "liar amount expire" not in text  # not even part of the seed phrase
    assert "j***@example.com" in text  # the domain stays: it helps support, it is not the person
    assert text.count(REDACTED) >= 6
    assert "[PHONE]" in text and "[KEY REDACTED]" in text and "[SEED PHRASE REDACTED]" in text
    assert "app.client.session" in text and "INFO" in text  # time, level and logger are kept


def test_exception_text_is_redacted_too(log_file: Path) -> None:
    try:
        raise ValueError(f"server refused token={TOKEN} for {EMAIL}")
    except ValueError:
        logging.getLogger("app.client").exception("resume failed")
    text = _read(log_file)
    assert "Traceback" in text and "ValueError" in text
    assert TOKEN not in text and EMAIL not in text


def test_ordinary_diagnostics_survive() -> None:
    line = (
        "conversation 46fbf73a-c5ce-572d-90cd-62d483f823b1 at 2024-05-01 12:30:00 uid 5001234567 "
        "on 127.0.0.1:8765 took 812 ms; pinned 3, seeded 57 conversations, HTTP status code 404"
    )
    assert redact(line) == line


def test_the_file_rotates_in_the_conventional_place(log_file: Path, tmp_path: Path) -> None:
    assert log_file == tmp_path / "logs" / "agentdesk.log"
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(ours) == 1
    assert ours[0].maxBytes == 1_000_000 and ours[0].backupCount == 5
    setup_logging(logging.INFO, tmp_path / "logs", console=False)  # idempotent: still one handler
    again = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(again) == 1


def test_log_dir_follows_agentdesk_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AGENTDESK_HOME", str(tmp_path))
    assert logging_setup.log_dir() == tmp_path / "logs"
    monkeypatch.delenv("AGENTDESK_HOME")
    assert not logging_setup.log_dir().is_relative_to(tmp_path)


@pytest.mark.timeout(30)
def test_a_huge_record_does_not_hang_the_app() -> None:
    """Redaction runs on the UI thread: no pattern may backtrack quadratically (a regression took
    minutes on 200 KB of letters); each input below takes well under a second when linear."""
    for text in ("a" * 200_000, "a." * 100_000 + "@", "a1" * 100_000, "1 " * 100_000, "abandon " * 25_000):
        assert len(redact(text)) > 0
