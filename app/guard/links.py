"""Links in agents' messages: only the exchange's own domains may be sent.

Phishing links are the other half of fake support. Every URL or bare domain in
an outbound message (with or without scheme, also glued to Chinese text:
"请访问exchange-support.com登录") must be an allowed domain or a subdomain of
one. Anything else is ``link_not_allowed``; hosts that *imitate* an allowed
domain get the sharper ``lookalike_domain`` so the agent (and the audit log)
sees it was not just an off-topic link: IDN/punycode homoglyphs, edit-distance
typos, the brand as a token ("exchange-support.example", "exchange.com") or the
whole allowed name used as a subdomain ("exchange.example.evil.com"), and
"https://exchange.example@evil.com" userinfo tricks.

Round 13: well-known block explorers are a second, deployment-configured list (``explorers``): an
agent may link to a transaction on one; a host imitating an explorer is a look-alike too.

E-mail addresses are not links, but a look-alike e-mail domain is reported.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from .confusables import max_edits, osa_distance, skeleton
from .domains import FILE_LIKE_TLDS, is_tld, registrable
from .explorers import DEFAULT_EXPLORER_DOMAINS
from .link_warnings import named_in_warning
from .types import LINK_NOT_ALLOWED, LOOKALIKE_DOMAIN, Violation

_H = (
    "0-9A-Za-z\\-_\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u1d00-\u1dbf"
    "\u1e00-\u1eff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0d"
)
_DOT = "[.\u3002\uff0e\uff61]"
_STOP = "\\s<>\"'`\u3000-\u303f\u3400-\u9fff\uff01-\uff0f\uff1a-\uff20"
_HOST = rf"[{_H}]++(?:{_DOT}[{_H}]++)*"
_URL = re.compile(
    # the host follows the LAST "@" before the path, as browsers read it ("https://a@exchange.example@x.io")
    rf"(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{{1,15}}://(?:(?P<user>[^\s/?#]+)@)?"
    rf"(?P<host>\[[0-9A-Fa-f:.]+\]|{_HOST})(?::\d{{1,5}})?(?:[/?#][^{_STOP}]*+)?"
)
# Possessive quantifiers (Python 3.11+): a word that is not followed by a dot fails
# at once instead of being re-tried from every shorter prefix.
_BARE = re.compile(
    rf"(?<![{_H}@.\u3002\uff0e\uff61])(?P<host>[{_H}]++(?:{_DOT}[{_H}]++)+)"
    rf"(?::\d{{1,5}})?(?:[/?#][^{_STOP}]*+)?"
)
_EMAIL = re.compile(rf"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]++@(?P<host>{_HOST}{_DOT}[{_H}]+)")
# cheap pre-check: no "x.y", no link. Found from the dot (the rarer character) with a host character
# on either side, exactly where "[H].[H]" is; ``re`` skips ahead in C to the next dot.
_MAYBE_DOMAIN = re.compile(rf"{_DOT}(?<=[{_H}].)(?=[{_H}])")
_DOTTED = re.compile(rf"(?<![{_H}@.])[{_H}]++(?:{_DOT}[{_H}]++)+")
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
_TRAILING: Final = ".,;:!?'\"-"
_MAX_HOST: Final = 253


@dataclass(frozen=True, slots=True)
class LinkPolicy:
    """Which link targets agents may send.

    ``allowed_domains`` are registrable domains; their subdomains are allowed too.
    ``explorer_domains`` (round 13): block explorers agents may link to as well (their subdomains
    too); not official, so a customer's link imitating one is not flagged as imitating *us*.
    ``official_handles`` (offhandles): the deployment's own support accounts (Telegram), lower case
    without "@" (``checked_handles``); a reply pointing only to them is no move off the platform
    (``off_platform``). Empty (the default): every handle is someone else's.
    """

    allowed_domains: frozenset[str]
    explorer_domains: frozenset[str] = DEFAULT_EXPLORER_DOMAINS
    official_handles: frozenset[str] = frozenset()

    @classmethod
    def default(cls) -> LinkPolicy:
        """The demo exchange's official domain (a deployment configures its own: ``from_domains``)."""
        return cls(frozenset({"exchange.example"}))

    @classmethod
    def from_domains(cls, domains: Iterable[str], explorers: Iterable[str] | None = None) -> LinkPolicy:
        """A deployment's official domains, checked: ``ValueError`` names the first bad one.

        Each is a host name ("example.com", "help.example.com", an IDN): no scheme, path, port,
        user or IP address; letters, digits and "-" in labels of 1-63 characters; a known TLD.
        ``explorers``: the block explorers (``checked_explorers``; None: the defaults).
        """
        out: set[str] = set()
        for raw in domains:
            out.add(_checked_domain(raw))
        if not out:
            raise ValueError("no official domain given")
        return cls(frozenset(out), checked_explorers(explorers))


def checked_handles(handles: Iterable[str]) -> frozenset[str]:
    """A deployment's official handles as ``LinkPolicy.official_handles`` compares them: "@" dropped,
    lower case; ``ValueError`` names the first that is no handle (a letter, then 3-31 letters, digits
    or "_", as Telegram's usernames)."""
    out: set[str] = set()
    for raw in handles:
        name = raw.strip().lstrip("@").lower()
        if _HANDLE_NAME.fullmatch(name) is None:
            raise ValueError(f"official handle {raw!r} is no handle (a letter, 3-31 letters, digits or _)")
        out.add(name)
    return frozenset(out)


_HANDLE_NAME: Final = re.compile(r"[a-z][a-z0-9_]{3,31}")


def checked_explorers(explorers: Iterable[str] | None) -> frozenset[str]:
    """A deployment's block explorers, checked like the official domains (``ValueError`` names the
    first bad one); ``None``: the defaults (``explorers.DEFAULT_EXPLORER_DOMAINS``); empty: none."""
    if explorers is None:
        return DEFAULT_EXPLORER_DOMAINS
    return frozenset(_checked_domain(raw, "explorer domain") for raw in explorers)


class Host(NamedTuple):
    """A host normalised for comparison."""

    ascii: str  # lower case, punycode labels ("xn--...") for IDN
    unicode: str  # lower case, NFKC, punycode decoded


class LinkHit(NamedTuple):
    """A host found in text: its span and whether it came from an e-mail."""

    start: int
    end: int
    host: Host
    userinfo: str
    is_email: bool


_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


def _checked_domain(raw: str, what: str = "official domain") -> str:
    text = raw.strip()
    if not text:
        raise ValueError(f"an {what} is empty")
    if any(ch in text for ch in "/:@ ?#") or text.startswith("."):
        raise ValueError(f"{what} {raw!r} must be a host name only (no scheme, path, port or user)")
    try:
        host = normalize_host(text).ascii
    except UnicodeError as exc:
        raise ValueError(f"{what} {raw!r} is not a valid host name") from exc
    labels = host.split(".")
    if len(host) > _MAX_HOST or len(labels) < 2 or not all(_LABEL.fullmatch(x) for x in labels):
        raise ValueError(f"{what} {raw!r} is not a valid host name")
    if labels[-1].isdigit() or not is_tld(labels[-1]):
        raise ValueError(f"{what} {raw!r} does not end in a known top-level domain")
    return host


def _label_forms(label: str) -> tuple[str, str]:
    if label.startswith("xn--"):
        try:
            return label, label[4:].encode("ascii").decode("punycode")
        except (UnicodeError, ValueError):
            return label, label
    if label.isascii():
        return label, label
    try:
        return "xn--" + label.encode("punycode").decode("ascii"), label
    except UnicodeError:
        return label, label


def normalize_host(raw: str) -> Host:
    """Lower-case, fold ideographic dots, and derive ASCII/Unicode forms."""
    text = unicodedata.normalize("NFKC", raw.translate(_DOTS)).lower().strip(".")
    forms = [_label_forms(label) for label in text.split(".")]
    return Host(".".join(a for a, _ in forms), ".".join(u for _, u in forms))


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if end > start and text[end - 1] == ")":
        span = text[start:end]
        if span.count(")") > span.count("("):
            end -= 1
    return end


def _bare_is_domain(raw_host: str, host: Host, has_path: bool) -> bool:
    """Filter bare "a.b" tokens that are not domains (e.g., report.pdf, Mr.Li)."""
    labels = host.ascii.split(".")
    tld = labels[-1]
    if any(not label or label.startswith("-") or label.endswith("-") for label in labels):
        return False
    if not is_tld(tld):
        return False
    raw_tld = re.split(_DOT, raw_host)[-1]
    www = labels[0] == "www"
    if tld in FILE_LIKE_TLDS and not (www or has_path):
        return False
    # "...the account.Please" / "Mr.Li": sentence case after a dot is prose.
    return not (raw_tld[:1].isupper() and raw_tld[1:].islower() and not www)


class _Taken:
    """Spans already claimed by a URL or e-mail (added left to right, so sorted)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)

    def covers(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def find_links(text: str) -> Iterator[LinkHit]:
    """URLs, bare domains and e-mail domains in ``text``, left to right."""
    if _MAYBE_DOMAIN.search(text) is None and "://" not in text:
        return
    urls = _Taken()
    urls_iter = _URL.finditer(text) if "://" in text else iter(())
    for m in urls_iter:
        end = _trim_end(text, m.start(), m.end())
        urls.add(m.start(), end)
        host = normalize_host(m.group("host").strip("[]"))
        yield LinkHit(m.start(), end, host, (m.group("user") or "").lower(), False)
    emails = _Taken()
    emails_iter = _EMAIL.finditer(text) if "@" in text else iter(())
    for m in emails_iter:
        if urls.covers(m.start()):
            continue
        end = _trim_end(text, m.start(), m.end())
        emails.add(m.start(), end)
        yield LinkHit(m.start(), end, normalize_host(m.group("host")), "", True)
    for m in _BARE.finditer(text):
        if urls.covers(m.start()) or emails.covers(m.start()):
            continue
        hit = _bare_hit(text, m)
        if hit is not None:
            yield hit


def _bare_hit(text: str, m: re.Match[str]) -> LinkHit | None:
    """Validate a bare-domain match, dropping trailing non-TLD labels.

    "visit evil.com.Thanks" is the domain "evil.com" followed by prose. Names longer
    than DNS allows (253 chars, e.g. "a.a.a.a..." noise) are not domains at all.
    """
    raw_host = m.group("host").rstrip(_TRAILING)
    if len(raw_host) > _MAX_HOST:
        return None
    if m.end("host") < m.end():  # has a path/port: the host is what it is
        host = normalize_host(raw_host)
        if _bare_is_domain(raw_host, host, True):
            return LinkHit(m.start(), _trim_end(text, m.start(), m.end()), host, "", False)
        return None
    parts = re.split(f"({_DOT})", raw_host)  # labels interleaved with dots
    while len(parts) >= 3:
        candidate = "".join(parts)
        host = normalize_host(candidate)
        if _bare_is_domain(candidate, host, False):
            return LinkHit(m.start(), m.start() + len(candidate), host, "", False)
        parts = parts[:-2]
    return None


def is_allowed(host: str, allowed: Iterable[str]) -> bool:
    """``host`` equals an allowed domain or is a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in allowed)


def _tokens(labels: list[str]) -> Iterator[str]:
    for label in labels:
        yield label
        if "-" in label:
            yield label.replace("-", "")
            yield from (t for t in label.split("-") if t)


# What phishing hosts glue to a brand ("exchange-support", "myexchange", "secureexchange2"). The
# brand inside another word ("stackexchange", "exchangerates") is that word, not an imitation.
_AFFIXES: Final = frozenset(
    [
        "support",
        "help",
        "helpdesk",
        "service",
        "services",
        "care",
        "login",
        "signin",
        "secure",
        "security",
        "verify",
        "verification",
        "auth",
        "account",
        "accounts",
        "official",
        "app",
        "apps",
        "web",
        "wallet",
        "my",
        "online",
        "portal",
        "center",
        "centre",
        "team",
        "bonus",
        "airdrop",
        "promo",
        "reward",
        "rewards",
        "gift",
        "claim",
        "refund",
        "unlock",
        "recovery",
        "restore",
        "sync",
        "update",
        "mail",
        "pay",
        "pro",
        "global",
        "intl",
        "hk",
        "cn",
        "us",
        "uk",
        "eu",
        "asia",
        "io",
        "vip",
        "new",
        "main",
        "backup",
        "mirror",
        "m",
        "www",
        "api",
        "kyc",
        "safe",
        "safety",
        "alert",
        "notice",
        "info",
        "id",
        "hub",
        "net",
        "chat",
        "live",
        "desk",
        "admin",
        "staff",
        "fund",
        "funds",
        "crypto",
        "coin",
        "token",
        "swap",
        "trade",
        "trading",
        "get",
        "go",
        "the",
        "real",
        "true",
    ]
)


def _affix_run(part: str, own: frozenset[str]) -> bool:
    """Is ``part`` empty, digits, or one or two phishing affixes (or labels of the official name)
    run together or joined by hyphens ("acme-exchange-secure")?"""
    part = part.strip("-")
    if "-" in part:
        return all(_affix_run(piece, own) for piece in part.split("-"))
    if not part or part.isdigit() or part in _AFFIXES or part in own:
        return True
    return any(
        (part[:i] in _AFFIXES or part[:i] in own) and (part[i:] in _AFFIXES or part[i:] in own)
        for i in range(1, len(part))
    )


def _affixed(token: str, brand: str, domain_skeleton: str) -> bool:
    at = token.find(brand)
    if at < 0:
        return False
    own = frozenset(domain_skeleton.split("."))
    return _affix_run(token[:at], own) and _affix_run(token[at + len(brand) :], own)


def lookalike_of(host: Host, allowed: Iterable[str], userinfo: str = "") -> str | None:
    """The allowed domain a (not allowed) host imitates, or None."""
    host_skel = skeleton(host.unicode)
    labels = host_skel.split(".")
    for domain in allowed:
        dom_skel = skeleton(domain)
        if dom_skel in userinfo or domain in userinfo:
            return domain
        if host_skel == dom_skel or f".{host_skel}.".find(f".{dom_skel}.") >= 0:
            return domain
        if skeleton(registrable(host.unicode)) == dom_skel:
            return domain
        brand = dom_skel.split(".")[0]
        whole = dom_skel.replace(".", "")  # the official name run together: "exchangeexample"
        limit = max_edits(brand)
        for token in _tokens(labels):
            if token == brand or (len(brand) >= 5 and _affixed(token, brand, dom_skel)):
                return domain
            if len(token) >= len(whole) - 2 and (whole in token or osa_distance(token, whole, 3) <= 2):
                return domain
            # a typo keeps the length give or take a letter: "exchnage", "exchannge"; "change" is
            # two deletions from "exchange" and another word
            if limit and abs(len(token) - len(brand)) <= 1 and osa_distance(token, brand, limit + 1) <= limit:
                return domain
    return None


def is_lookalike(host: Host, allowed: Iterable[str], userinfo: str = "") -> bool:
    """Does a (not allowed) host imitate one of the allowed domains?"""
    return lookalike_of(host, allowed, userinfo) is not None


@lru_cache(maxsize=16)
def _normalised(domains: frozenset[str]) -> frozenset[str]:
    """A domain list as hosts compare (lower case, no edge dots); cached: a deployment has one list and
    every reply is checked against it."""
    return frozenset(d.lower().strip(".") for d in domains)


def check_links(text: str, policy: LinkPolicy) -> list[Violation]:
    """Violations for every link in an agent's text that the policy does not allow (neither an
    official domain nor a block explorer; a look-alike of either is ``lookalike_domain``)."""
    allowed = frozenset(d.lower().strip(".") for d in policy.allowed_domains)
    explorers = _normalised(policy.explorer_domains)
    out: list[Violation] = []
    for hit in find_links(text):
        host = hit.host.ascii
        if is_allowed(host, allowed) or is_allowed(host, explorers):
            continue
        if named_in_warning(text, hit.start, hit.end):
            continue  # "exchange-example.com is not ours" (see ``link_warnings``)
        if is_lookalike(hit.host, allowed, hit.userinfo) or is_lookalike(hit.host, explorers, hit.userinfo):
            out.append(Violation(LOOKALIKE_DOMAIN, host, hit.start, hit.end))
        elif not hit.is_email:
            out.append(Violation(LINK_NOT_ALLOWED, host, hit.start, hit.end))
    return out


class LinkFlag(NamedTuple):
    """A look-alike link in a customer's message: shown to the agent, never removed."""

    host: str  # as normalised (punycode for IDN)
    imitates: str  # the official domain it looks like
    start: int
    end: int


def flag_links(text: str, policy: LinkPolicy) -> tuple[LinkFlag, ...]:
    """Links a customer pasted that imitate the deployment's official domains.

    Customers paste phishing links to ask whether they are real (or after using one); the agent
    must see at once that the link is a look-alike. Official links and unrelated sites
    (explorers, the customer's own e-mail) are not flagged.
    """
    allowed = frozenset(d.lower().strip(".") for d in policy.allowed_domains)
    out: list[LinkFlag] = []
    taken = _Taken()
    for hit in find_links(text):
        taken.add(hit.start, hit.end)
        if is_allowed(hit.host.ascii, allowed):
            continue
        domain = lookalike_of(hit.host, allowed, hit.userinfo)
        if domain is not None:
            out.append(LinkFlag(hit.host.ascii, domain, hit.start, hit.end))
    # a look-alike of the whole name with a made-up TLD ("exchange.exarnple") is no domain to
    # find_links, but a reader takes it for the official one
    if _MAYBE_DOMAIN.search(text) is not None:
        for m in _DOTTED.finditer(text):
            if taken.covers(m.start()):
                continue
            host = normalize_host(m.group())
            skel = skeleton(host.unicode)
            for domain in allowed:
                if host.ascii != domain and osa_distance(skel, skeleton(domain), 3) <= 2:
                    out.append(LinkFlag(host.ascii, domain, m.start(), m.end()))
                    break
    return tuple(sorted(out, key=lambda f: f.start))
