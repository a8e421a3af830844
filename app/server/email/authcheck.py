"""Does a received mail prove its sender? SPF, DKIM and DMARC — or a trusted MTA's word.

A ``From:`` header is text anyone can write: a mail "from" a VIP client, sent by
``attacker@evil.example``, used to land in that client's VIP conversation marked verified, asking
to whitelist the attacker's address. So every inbound mail is checked here, in the listener's
worker thread, before it is stored:

- **DKIM** with dkimpy (the reference implementation in Python, maintained), **DMARC** (the
  record, organizational domain via the public suffix list, alignment) with authheaders (built on
  dkimpy, maintained), **SPF** with pyspf (the RFC 7208 reference implementation, which authheaders
  itself uses). checkdmarc was considered: it audits a domain's published records, it does not
  evaluate a message, and brings a heavier dependency tree.
- All DNS goes through one resolver seam (:class:`DnsResolver`: dnspython, pointed at the
  configured servers — ``dns_servers``/``dns_port`` — or the system's), so tests run a real DNS
  server on loopback serving their domains' TXT records. pyspf reads DNS through its module-level
  ``DNSLookup`` hook; it is pointed at the seam for the duration of a check (per thread).
- With ``trusted_authserv_id`` set (``--trusted-authserv-id``), an ``Authentication-Results``
  header carrying exactly that id — added by the MTA in front, which must strip such headers from
  incoming mail (RFC 8601 §5) — is taken as is, and no DNS is asked.

The sender is **proven** when DMARC passes for the ``From:`` domain, or — when the domain
publishes no DMARC record — when a DKIM signature of that domain (relaxed alignment) or SPF for an
aligned envelope sender passes. Anything else (fail, none, temperror, no ``From:``) is *not
proven*: such a mail is never attached to a registered customer (it goes to an unverified contact
of the address), its message and conversation carry ``sender_not_proven``, and it gets no
automatic reply (the reply would go to whoever the forger named).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import policy
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from typing import Any

import dns.exception
import dns.resolver

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MailAuth:
    """The verdict on one mail: ``proven`` and the results behind it (for the log and the desk)."""

    proven: bool
    from_domain: str | None
    spf: str = "none"
    dkim: str = "none"
    dmarc: str = "none"
    source: str = "dns"  # dns | trusted-mta | none
    reason: str = ""

    @property
    def summary(self) -> str:
        return f"spf={self.spf} dkim={self.dkim} dmarc={self.dmarc} ({self.source})"


# --- the resolver seam --------------------------------------------------------------------------------
class DnsResolver:
    """DNS for the checks: dnspython against ``servers``:``port`` (the system's when empty)."""

    def __init__(self, servers: tuple[str, ...] = (), port: int = 53, timeout: float = 5.0) -> None:
        if servers:
            self._resolver = dns.resolver.Resolver(configure=False)
            self._resolver.nameservers = list(servers)
            self._resolver.port = port
        else:
            self._resolver = dns.resolver.Resolver()
        self._resolver.lifetime = timeout
        self._resolver.timeout = timeout

    def query(self, name: str, qtype: str) -> list[Any]:
        """The answer's records; [] for none; ``TempFailure`` when DNS did not answer."""
        try:
            answer = self._resolver.resolve(name, qtype, raise_on_no_answer=False, search=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        except (
            dns.exception.Timeout,
            dns.resolver.NoNameservers,
            dns.resolver.NoResolverConfiguration,
        ) as exc:
            raise TempFailure(type(exc).__name__) from None
        return list(answer)

    def txt(self, name: str) -> list[bytes]:
        return [b"".join(record.strings) for record in self.query(name, "TXT")]

    # dkimpy's ``dnsfunc(name, timeout=5)``: the first TXT record, joined, or None
    def dkim_txt(self, name: bytes | str, timeout: float = 5) -> bytes | None:
        text = name.decode() if isinstance(name, bytes) else name
        try:
            found = self.txt(text.rstrip("."))
        except TempFailure:
            import dkim

            raise dkim.DnsTimeoutError("DNS did not answer") from None
        return found[0] if found else None

    # authheaders' DMARC ``dnsfunc(name)``: the record as text (it adds the quotes back)
    def dmarc_txt(self, name: str) -> str | None:
        for record in self.txt(name.rstrip(".")):
            text = record.decode("utf-8", "replace")
            if text.startswith("v=DMARC1"):
                return text
        return None

    # pyspf's ``DNSLookup(name, qtype, strict, timeout)``: [((name, qtype), value), ...]
    def spf_lookup(self, name: str, qtype: str, strict: bool = True, timeout: float = 30) -> list[Any]:
        import spf

        try:
            records = self.query(name, qtype)
        except TempFailure as exc:
            raise spf.TempError(f"DNS {exc}") from None
        out: list[Any] = []
        for r in records:
            if qtype in ("A", "AAAA"):
                out.append(((name, qtype), r.address))
            elif qtype == "MX":
                out.append(((name, qtype), (r.preference, r.exchange)))
            elif qtype == "PTR":
                out.append(((name, qtype), r.target.to_text(True)))
            elif qtype in ("TXT", "SPF"):
                out.append(((name, qtype), r.strings))
        return out


class TempFailure(Exception):
    """DNS did not answer (timeout, no server): a temporary error, never a pass."""


_local = threading.local()
_installed = False
_install_lock = threading.Lock()


def _spf_lookup(name: str, qtype: str, strict: bool = True, timeout: float = 30) -> list[Any]:
    resolver: DnsResolver | None = getattr(_local, "resolver", None)
    if resolver is None:
        raise RuntimeError("SPF lookups go through app.server.email.authcheck only")
    return resolver.spf_lookup(name, qtype, strict, timeout)


@contextmanager
def _spf_through(resolver: DnsResolver) -> Iterator[None]:
    """Point pyspf's DNS hook at ``resolver`` for this thread, for the duration of one check."""
    global _installed
    import spf

    with _install_lock:
        if not _installed:
            spf.DNSLookup = _spf_lookup
            _installed = True
    _local.resolver = resolver
    try:
        yield
    finally:
        _local.resolver = None


# --- the checks ---------------------------------------------------------------------------------------
def _domain(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rpartition("@")[2].strip().strip(">").lower() or None


def _aligned(domain: str | None, from_domain: str) -> bool:
    """Relaxed alignment: the same domain, or one a subdomain of the other's organizational
    domain (approximated by suffix match on label boundaries, as relaxed DMARC does)."""
    if not domain:
        return False
    domain = domain.lower().rstrip(".")
    return domain == from_domain or domain.endswith("." + from_domain) or from_domain.endswith("." + domain)


def from_domains(raw: bytes) -> list[str]:
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    values = headers.get_all("From") or []
    return [d for _, addr in getaddresses([str(v) for v in values]) if (d := _domain(addr))]


def _trusted(raw: bytes, authserv_id: str, from_domain: str) -> MailAuth | None:
    """The trusted MTA's Authentication-Results for this mail, if it left one."""
    import authres

    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    for value in headers.get_all("Authentication-Results") or []:
        try:
            parsed = authres.AuthenticationResultsHeader.parse(
                "Authentication-Results: " + " ".join(str(value).split())
            )
        except Exception:
            continue
        if str(parsed.authserv_id).lower() != authserv_id.lower():
            continue
        found: dict[str, str] = {}
        aligned_pass = False
        for result in parsed.results:
            method = str(result.method).lower()
            verdict = str(result.result).lower()
            found.setdefault(method, verdict)
            props = {f"{p.type}.{p.name}".lower(): str(p.value) for p in result.properties}
            if method == "dmarc" and verdict == "pass":
                aligned_pass = aligned_pass or _aligned(props.get("header.from"), from_domain)
            if method == "dkim" and verdict == "pass":
                aligned_pass = aligned_pass or _aligned(
                    props.get("header.d") or props.get("header.i", "").lstrip("@"), from_domain
                )
            if method == "spf" and verdict == "pass":
                aligned_pass = aligned_pass or _aligned(_domain(props.get("smtp.mailfrom")), from_domain)
        dmarc = found.get("dmarc", "none")
        proven = dmarc == "pass" and aligned_pass if "dmarc" in found else aligned_pass
        return MailAuth(
            proven,
            from_domain,
            found.get("spf", "none"),
            found.get("dkim", "none"),
            dmarc,
            "trusted-mta",
            "" if proven else "the trusted MTA did not vouch for the From domain",
        )
    return None


def check(
    raw: bytes,
    *,
    ip: str | None,
    helo: str | None,
    mail_from: str | None,
    resolver: DnsResolver,
    trusted_authserv_id: str | None = None,
) -> MailAuth:
    """The verdict on one received mail (blocking: DNS; runs in the listener's worker thread)."""
    domains = from_domains(raw)
    if len(set(domains)) != 1:
        return MailAuth(False, None, reason="no single From address")
    from_domain = domains[0]
    if trusted_authserv_id:
        trusted = _trusted(raw, trusted_authserv_id, from_domain)
        if trusted is not None:
            return trusted
    import authheaders
    import spf

    spf_result = "none"
    if ip:
        try:
            with _spf_through(resolver):
                spf_result, _ = spf.check2(
                    ip, mail_from or "", helo or "", timeout=resolver_timeout(resolver)
                )
        except Exception:
            spf_result = "temperror"
    signed = any(
        name.lower() == "dkim-signature" for name in BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    )
    dkim_result = authheaders.check_dkim(raw, dnsfunc=resolver.dkim_txt) if signed else None
    spf_obj = authheaders.SPFAuthenticationResult(result=spf_result, smtp_mailfrom=mail_from or None)
    try:
        dmarc_obj = authheaders.check_dmarc(raw, spf_obj, dkim_result, dnsfunc=resolver.dmarc_txt)
        dmarc = str(dmarc_obj.result or "none")
    except TempFailure:
        dmarc = "temperror"
    dkim = str(dkim_result.result or "none") if dkim_result is not None else "none"
    dkim_domain = getattr(dkim_result, "header_d", None)
    if dmarc == "pass":
        proven = True
    elif dmarc == "none":
        proven = (dkim == "pass" and _aligned(dkim_domain, from_domain)) or (
            spf_result == "pass" and _aligned(_domain(mail_from), from_domain)
        )
    else:
        proven = False
    reason = (
        "" if proven else f"From domain {from_domain} not authenticated ({dmarc=}, {dkim=}, spf={spf_result})"
    )
    return MailAuth(proven, from_domain, str(spf_result), dkim, dmarc, "dns", reason)


def resolver_timeout(resolver: DnsResolver) -> float:
    return float(resolver._resolver.lifetime or 5.0)
