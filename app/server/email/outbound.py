"""The outbound mail sender: a background task that delivers queued replies and retries failures.

Mail is queued in the database with the agent's message (``email/repo.py``), so nothing is lost
if the relay is down or the server stops: the task claims due mail, hands it to a transport in a
worker thread (``smtplib`` blocks; the loop must not), and records ``sent`` or ``failed`` with the
error and the next attempt (backoff ``retry_delays``, the last one repeating, never giving up).
Delivery is at least once: a crash between the relay's "250" and our commit resends that mail.

Transports: ``RelayTransport`` (the configured SMTP relay; STARTTLS or implicit TLS, optional
login with the password from ``AGENTDESK_SMTP_PASSWORD`` — never in config, argv or logs) and
``FolderTransport`` (``--demo`` without a relay: each mail becomes an ``.eml`` file).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Protocol

from app.server import sealed
from app.server.db.executor import DbExecutor
from app.server.email import repo as repo_email
from app.server.email.repo import MailJob
from app.server.masking import mask_email
from app.server.timeutil import utcnow

log = logging.getLogger(__name__)

PASSWORD_ENV = "AGENTDESK_SMTP_PASSWORD"
LEASE = timedelta(minutes=5)  # a claimed mail is not claimed again before this (send timeout 60 s)
BATCH = 20


class Transport(Protocol):
    def send(self, job: MailJob, mail_from: str) -> None:
        """Deliver one mail or raise; blocking (runs in a worker thread)."""


class RelayTransport:
    def __init__(
        self,
        host: str,
        port: int,
        *,
        security: str = "none",
        username: str | None = None,
        local_hostname: str = "localhost",
        timeout: float = 60.0,
    ) -> None:
        if security not in ("none", "starttls", "tls"):
            raise ValueError("smtp relay security must be none, starttls or tls")
        self.host, self.port, self.security = host, port, security
        self.username, self.local_hostname, self.timeout = username, local_hostname, timeout

    def __repr__(self) -> str:
        return f"RelayTransport({self.host}:{self.port}, {self.security})"

    def send(self, job: MailJob, mail_from: str) -> None:
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if self.security == "tls":
            smtp = smtplib.SMTP_SSL(
                self.host,
                self.port,
                local_hostname=self.local_hostname,
                timeout=self.timeout,
                context=context,
            )
        else:
            smtp = smtplib.SMTP(
                self.host, self.port, local_hostname=self.local_hostname, timeout=self.timeout
            )
        with smtp:
            smtp.ehlo()
            if self.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if self.username:
                password = os.environ.get(PASSWORD_ENV)
                if not password:
                    raise RuntimeError(f"{PASSWORD_ENV} is not set (needed to log in to the relay)")
                smtp.login(self.username, password)
            refused = smtp.sendmail(mail_from, [job.to_addr], job.raw.encode("ascii"))
            if refused:
                raise smtplib.SMTPRecipientsRefused(refused)


class FolderTransport:
    """``--demo``: mail lands as ``.eml`` files in a folder instead of leaving the machine."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, job: MailJob, mail_from: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"{utcnow().strftime('%Y%m%dT%H%M%S')}-message-{job.message_id}.eml"
        temp = self.folder / (name + ".part")
        temp.write_bytes(job.raw.encode("ascii"))
        os.replace(temp, self.folder / name)  # whole files only: a reader never sees half a mail


def describe(exc: BaseException) -> str:
    """What went wrong, for the message's ``delivery_error``: codes and reasons, never secrets."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = sorted({str(code) for code, _ in exc.recipients.values()})
        return f"recipient refused by the relay (SMTP {', '.join(codes)})"
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return f"relay answered SMTP {exc.smtp_code}: {_mask_addresses(' '.join(text.split()))[:200]}"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "the relay closed the connection"
    if isinstance(exc, TimeoutError):
        return "the relay did not answer in time"
    if isinstance(exc, OSError):
        return f"cannot reach the relay: {exc.strerror or type(exc).__name__}"
    if isinstance(exc, RuntimeError):
        return _mask_addresses(str(exc))[:200]
    return f"delivery failed ({type(exc).__name__})"


_ADDRESS = re.compile(r"[^\s<>()\[\]\"',;:]+@[A-Za-z0-9.-]+")


def _mask_addresses(text: str) -> str:
    """Relays quote the recipient in their errors; agents see this text, so addresses are masked."""
    return _ADDRESS.sub(lambda m: mask_email(m.group(0)), text)


class MailSender:
    def __init__(
        self,
        db: DbExecutor,
        transport: Transport,
        mail_from: str,
        retry_delays: Sequence[float],
        poll_interval: float,
        open_sealed: Callable[[str], str] | None = None,
    ) -> None:
        self._open_sealed = open_sealed  # a sealed mail (identity codes) is opened only here
        self._db = db
        self._transport = transport
        self._mail_from = mail_from
        self._delays = [max(float(d), 0.0) for d in retry_delays] or [60.0]
        self._poll = max(poll_interval, 0.05)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="agentdesk-mail-sender")

    def wake(self) -> None:
        """A reply was queued: send now rather than at the next poll."""
        self._wake.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            try:
                await self._round()
            except Exception:
                log.exception("mail sender round failed; trying again later")
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._poll):  # no extra task left behind on stop
                    await self._wake.wait()

    async def _round(self) -> None:
        while True:
            jobs = await self._db.run(repo_email.claim_due, utcnow(), BATCH, LEASE)
            for job in jobs:
                await self._deliver(job)
            if len(jobs) < BATCH:
                return

    async def _deliver(self, job: MailJob) -> None:
        try:
            if sealed.is_sealed(job.raw):
                if self._open_sealed is None:
                    raise RuntimeError("a sealed mail and no key to open it")
                job = replace(job, raw=self._open_sealed(job.raw))
            await asyncio.to_thread(self._transport.send, job, self._mail_from)
        except Exception as exc:
            delay = self._delays[min(job.attempts, len(self._delays)) - 1]
            error = describe(exc)
            await self._db.run(
                repo_email.mark_failed, job.message_id, error, utcnow() + timedelta(seconds=delay)
            )
            log.warning(
                "mail for message %s not delivered (attempt %d): %s; next try in %.0f s",
                job.message_id,
                job.attempts,
                error,
                delay,
            )
        else:
            await self._db.run(repo_email.mark_sent, job.message_id, utcnow())
