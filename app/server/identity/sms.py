"""The SMS provider seam: how a verification code reaches the registered phone.

A real deployment plugs in its SMS gateway as an :class:`SmsProvider` (``send`` blocks; it runs
in a worker thread and raises when the gateway refuses). The one provider shipped is
:class:`LogSmsProvider`, for the demo: it prints the SMS, code included, to the demo's own console
so a person can play the customer — and only in demo mode. Outside the demo it sends nothing and
says so (the verification fails as undeliverable): a code must never land in a production log,
and a log line is not an SMS.
"""

from __future__ import annotations

import logging
import sys
from typing import Protocol, TextIO

from app.server.masking import mask_phone

log = logging.getLogger(__name__)


class SmsUnavailable(RuntimeError):
    """The SMS could not be sent (the text is never part of the message)."""


class SmsProvider(Protocol):
    def send(self, phone: str, text: str) -> None:
        """Deliver ``text`` to ``phone`` or raise; blocking (runs in a worker thread)."""


class LogSmsProvider:
    def __init__(self, demo: bool, stream: TextIO | None = None) -> None:
        self.demo = demo
        self.stream = stream
        self.sent = 0

    def send(self, phone: str, text: str) -> None:
        if not self.demo:
            log.warning(
                "no SMS provider configured: a verification SMS to %s was not sent", mask_phone(phone)
            )
            raise SmsUnavailable("no SMS provider is configured on this server")
        self.sent += 1
        out = self.stream or sys.stdout
        one_line = " ".join(text.split())
        print(f"AgentDesk demo SMS to {mask_phone(phone)}: {one_line}", file=out, flush=True)
        log.info(
            "demo SMS %d to %s printed to the demo's console (the code is not logged)",
            self.sent,
            mask_phone(phone),
        )


def provider(name: str, demo: bool, stream: str) -> SmsProvider:
    if name != "log":
        raise ValueError(f"unknown SMS provider {name!r} (this build ships 'log', for the demo)")
    return LogSmsProvider(demo, sys.stdout if stream == "stdout" else sys.stderr)
