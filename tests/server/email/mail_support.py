"""Real SMTP for the channel tests: ``smtplib`` against the server's listener, and a relay sink
(an aiosmtpd ``SMTP`` server on loopback, on the test's own loop) that keeps what it receives."""

from __future__ import annotations

import asyncio
import smtplib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

import sqlalchemy as sa
from aiosmtpd.smtp import SMTP, Envelope, Session

from app.server.app import ChatServer
from app.server.db.schema import Customer
from tests.support.server import TRUSTED_MTA


def make_mail(
    from_addr: str,
    subject: str,
    *,
    text: str | None = None,
    html: str | None = None,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    language: str | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = from_addr
    msg["To"] = "support@exchange.example"
    msg["Subject"] = subject
    if message_id:
        msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    if text is not None:
        msg.set_content(text)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if language:
        msg["Content-Language"] = language
    return msg


def vouched(msg: EmailMessage | bytes) -> EmailMessage | bytes:
    """The mail as the trusted MTA in front of the server hands it over: with an
    Authentication-Results header (authserv-id ``TRUSTED_MTA``) saying DMARC passed for its From."""
    if isinstance(msg, bytes):
        head = BytesParser(policy=policy.default).parsebytes(msg, headersonly=True)
        domain = str(head.get("From", "")).rpartition("@")[2].strip(" >") or "example.net"
        return f"Authentication-Results: {TRUSTED_MTA}; dmarc=pass header.from={domain}\r\n".encode() + msg
    if "Authentication-Results" not in msg:
        domain = str(msg.get("From", "")).rpartition("@")[2].strip(" >") or "example.net"
        msg["Authentication-Results"] = f"{TRUSTED_MTA}; dmarc=pass header.from={domain}"
    return msg


async def send_mail(
    port: int, msg: EmailMessage | bytes, mail_from: str | None = None, *, vouch: bool = True
) -> None:
    """Deliver with the standard library's client, in a thread (the server shares our loop).
    ``mail_from``: the envelope sender (default: the From header; ``sender@example.net`` for raw
    bytes). ``vouch``: as through the trusted MTA (``vouched``); False: straight from the sender."""
    if vouch:
        msg = vouched(msg)

    def _send() -> None:
        with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test", timeout=10) as smtp:
            if isinstance(msg, bytes):
                smtp.sendmail(mail_from or "sender@example.net", ["support@exchange.example"], msg)
            else:
                smtp.send_message(msg, from_addr=mail_from)

    await asyncio.to_thread(_send)


class RelaySink:
    """A real SMTP relay on 127.0.0.1 that accepts everything and keeps it."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.recipients: list[list[str]] = []
        self._arrived = asyncio.Event()
        self._server: asyncio.Server | None = None
        self.port = 0

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content
        assert isinstance(raw, bytes)
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        self.recipients.append(list(envelope.rcpt_tos))
        self._arrived.set()
        return "250 OK relayed"

    async def start(self, port: int = 0) -> RelaySink:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: SMTP(self, hostname="relay.test", loop=loop), "127.0.0.1", port
        )
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def wait_for(self, count: int, timeout: float = 10.0) -> list[EmailMessage]:
        async with asyncio.timeout(timeout):
            while len(self.messages) < count:
                self._arrived.clear()
                await self._arrived.wait()
        return self.messages

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()


def free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def customer(server: ChatServer, *, vip: bool = False, manager: str | None = None) -> dict[str, Any]:
    """A demo customer with an email and a phone (read straight from the database)."""

    def pick(session: Any) -> dict[str, Any]:
        query = sa.select(Customer).where(Customer.email != "", Customer.phone != "")
        query = query.where(Customer.vip_tier > 0 if vip else Customer.vip_tier == 0)
        if manager is not None:
            query = query.where(Customer.account_manager == manager)
        c = session.scalars(query.order_by(Customer.uid).limit(1)).one()
        return {"uid": c.uid, "email": c.email, "language": c.language, "tier": c.vip_tier}

    return await server.context.db.run(pick)
