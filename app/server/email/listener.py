"""The SMTP listener: aiosmtpd's ``SMTP`` protocol on the chat server's own asyncio loop.

No ``aiosmtpd.controller.Controller`` (it runs a second loop in a thread): the server is created
with ``loop.create_server`` next to the WebSocket server, parsing runs in a worker thread and
storing on the database thread, so a big mail never blocks the loop.

Answers: ``250`` once the mail is committed (or was already, for a redelivery); ``552`` over the
size limit (aiosmtpd, from ``data_size_limit``); ``550`` without a sender address; ``554`` for a
mail that cannot be read at all; ``451`` when storing failed — the sending server then retries, so
a mail is never lost on our side. The listener only receives: it never relays anything anywhere.
When the guard removed a secret, the chat's safety warning is queued back to the sender as an
automatic reply (``repo_email.store_inbound``), unless the mail may not be answered automatically.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from app.server import safety
from app.server.db.executor import DbExecutor
from app.server.email import authcheck
from app.server.email import repo as repo_email
from app.server.email.parse import ParsedMail, parse_message
from app.server.timeutil import utcnow

log = logging.getLogger(__name__)

MAX_RECIPIENTS = 50


def _read(
    raw: bytes, envelope_from: str | None, domain: str
) -> tuple[ParsedMail, list[dict[str, str]], tuple[str, ...]]:
    """Parse and pass the text and the subject through the safety guard (CPU work: runs in a
    worker thread). The subject too: it is stored as the conversation's and quoted in replies.
    Returns the mail as stored, its redactions and the kinds of secret to warn about."""
    mail = parse_message(raw, envelope_from, id_domain=domain)
    body = safety.scan_customer_text(mail.text) if mail.text else None
    subject = safety.scan_customer_text(mail.subject) if mail.subject else None
    found = [scan for scan in (body, subject) if scan is not None and scan.redactions]
    if not found:
        return mail, [], ()
    redactions = [{"kind": k, "severity": s} for scan in found for k, s in scan.redactions]
    kinds = tuple(dict.fromkeys(kind for scan in found for kind in scan.warning_kinds))
    return (
        replace(
            mail,
            text=body.text if body is not None else mail.text,
            subject=subject.text[:256] if subject is not None else mail.subject,
        ),
        redactions,
        kinds,
    )


@dataclass(frozen=True)
class SenderChecks:
    """How the listener checks senders (``authcheck.py``): the DNS seam and the trusted MTA's id."""

    resolver: authcheck.DnsResolver
    trusted_authserv_id: str | None = None

    def check(
        self, raw: bytes, ip: str | None, helo: str | None, mail_from: str | None
    ) -> authcheck.MailAuth:
        try:
            return authcheck.check(raw, ip=ip, helo=helo, mail_from=mail_from, resolver=self.resolver,
                                   trusted_authserv_id=self.trusted_authserv_id)
        except Exception:  # a library's bug must not make a mail look proven, nor lose it
            log.warning("the sender checks failed on a mail; it is stored as not proven")
            return authcheck.MailAuth(False, None, reason="checks failed", source="none")


class InboundHandler:
    """aiosmtpd handler: ``handle_RCPT`` and ``handle_DATA`` hooks."""

    def __init__(self, db: DbExecutor, id_domain: str, checks: SenderChecks | None = None) -> None:
        self._db = db
        self._domain = id_domain
        self._checks = checks
        self.received = 0

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return "452 4.5.3 Too many recipients"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        try:
            mail, redactions, kinds = await asyncio.to_thread(_read, raw, envelope.mail_from, self._domain)
        except Exception:
            log.exception("an inbound mail could not be read")
            return "554 5.6.0 Message could not be read"
        auth = None
        if self._checks is not None:
            peer = session.peer[0] if isinstance(session.peer, tuple) else None
            checks = self._checks
            auth = await asyncio.to_thread(checks.check, raw, peer, session.host_name, envelope.mail_from)
        if not mail.from_addr:
            return "550 5.1.7 A sender address is required"
        # The chat's warning, one source of text: the language is picked once the sender is known.
        warning = partial(safety.customer_warning, kinds) if kinds else None
        try:
            outcome = await self._db.run(repo_email.store_inbound, mail, redactions, utcnow(), warning, auth)
        except Exception:
            log.exception("an inbound mail could not be stored")
            return "451 4.3.0 Temporary failure, please try again later"
        self.received += 1
        log.info(
            "mail %s conversation %d (%s sender%s)%s%s",
            "joined" if not outcome.new_conversation else "opened",
            outcome.conversation_id,
            "registered" if outcome.verified else "unverified",
            f", NOT PROVEN: {auth.summary}" if auth is not None and not auth.proven else "",
            " [duplicate]" if outcome.duplicate else "",
            _warning_note(outcome.warned, kinds, mail.auto_reply_blocked) if not outcome.duplicate else "",
        )
        return "250 2.0.0 Message accepted"


def _warning_note(warned: bool, kinds: tuple[str, ...], blocked: str | None) -> str:
    """The log's word on the safety warning: kinds and reasons only, never the mail's text."""
    if not kinds:
        return ""
    if warned:
        return f" [secrets removed: {', '.join(kinds)}; warning queued]"
    return f" [secrets removed: {', '.join(kinds)}; no automatic warning: {blocked or 'not answerable'}]"


class SmtpListener:
    def __init__(self, handler: InboundHandler, *, max_bytes: int, hostname: str) -> None:
        self.handler = handler
        self._max_bytes = max_bytes
        self._hostname = hostname
        self._server: asyncio.Server | None = None
        self._protocols: weakref.WeakSet[SMTP] = weakref.WeakSet()

    def _protocol(self) -> SMTP:
        proto = SMTP(
            self.handler,
            data_size_limit=self._max_bytes,
            hostname=self._hostname,  # given, so aiosmtpd does not resolve our name (blocking DNS)
            ident="AgentDesk",
            enable_SMTPUTF8=True,
            timeout=120,
            loop=asyncio.get_running_loop(),
        )
        self._protocols.add(proto)
        return proto

    async def start(self, host: str, port: int) -> int:
        # aiosmtpd logs every command at INFO, "MAIL FROM:<address>" included: personal data that
        # has no place in our logs. Its warnings (bogus commands, aborted AUTH) still show.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self._protocol, host, port)
        return int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for proto in list(self._protocols):
            transport: Any = getattr(proto, "transport", None)
            if transport is not None:
                transport.close()
        await self._server.wait_closed()
        self._server = None
