"""A real DNS server on loopback for the mail authentication tests (dnslib's server, UDP).

    with LoopbackDns({"bank.example": ["v=spf1 ip4:127.0.0.0/8 -all"],
                      "_dmarc.bank.example": ["v=DMARC1; p=reject"]}) as dns:
        ServerConfig(dns_servers=("127.0.0.1",), dns_port=dns.port, ...)

Serves TXT records (long ones split into 255-byte strings, as a real server does); every other
name or type is NXDOMAIN. Also :func:`dkim_keys` — an RSA key pair for signing with dkimpy and the
``v=DKIM1`` record that publishes its public half.
"""

from __future__ import annotations

import base64
from types import TracebackType
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from dnslib import QTYPE, RCODE, RR, TXT
from dnslib.server import BaseResolver, DNSLogger, DNSServer


class _Records(BaseResolver):
    def __init__(self, records: dict[str, list[str]]) -> None:
        self.records = {k.lower().rstrip("."): v for k, v in records.items()}
        self.asked: list[tuple[str, str]] = []

    def resolve(self, request: Any, handler: Any) -> Any:
        reply = request.reply()
        name = str(request.q.qname).lower().rstrip(".")
        qtype = QTYPE[request.q.qtype]
        self.asked.append((name, qtype))
        found = self.records.get(name)
        if found is None:
            reply.header.rcode = RCODE.NXDOMAIN
            return reply
        if qtype == "TXT":
            for text in found:
                data = text.encode()
                chunks = [data[i : i + 255] for i in range(0, len(data), 255)] or [b""]
                reply.add_answer(RR(request.q.qname, QTYPE.TXT, rdata=TXT(chunks), ttl=60))
        return reply


class LoopbackDns:
    def __init__(self, records: dict[str, list[str]]) -> None:
        self.resolver = _Records(records)
        quiet = DNSLogger(log="-request,-reply,-truncated,-error,-recv,-send,-data", prefix=False)
        self._server = DNSServer(self.resolver, address="127.0.0.1", port=0, logger=quiet)
        self.port = 0

    def __enter__(self) -> LoopbackDns:
        self._server.start_thread()
        self.port = int(self._server.server.server_address[1])
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.stop()
        self._server.server.server_close()

    def add(self, name: str, *texts: str) -> None:
        self.resolver.records.setdefault(name.lower().rstrip("."), []).extend(texts)


def dkim_keys() -> tuple[bytes, str]:
    """``(private key PEM for dkimpy, the DKIM TXT record with the public key)``."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private, "v=DKIM1; k=rsa; p=" + base64.b64encode(public).decode()
