"""Inbound MIME → what the desk stores: plain text, threading ids, sender, attachments' metadata.

Pure standard library (``email`` with ``policy.default``), no I/O: the listener runs it in a worker
thread (a 10 MB message takes longer than the loop may be blocked). Customer text is plain text
everywhere, so HTML is reduced to text here (``html.parser``: markup, scripts and styles dropped,
link targets kept visible next to their text because a phishing link's text lies; blockquotes
become ``>`` lines). The quoted history of a reply is cut off (``quoted.py``) before the text is
capped, so agents and the safety guard see only what the customer wrote this time. Attachments
are recorded as name, type and size; their bytes are never kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from html.parser import HTMLParser

from app.server.email.autoreply import blocked_reason
from app.server.email.quoted import split_quoted
from app.server.email.threads import ids_in, new_message_id

MAX_BODY_CHARS = 50_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_HEADER_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Private-use marks for where a <blockquote> opens and closes while HTML is reduced to text.
_QUOTE_OPEN, _QUOTE_CLOSE = "\ue000", "\ue001"


@dataclass(frozen=True, slots=True)
class ParsedAttachment:
    filename: str
    content_type: str  # as declared by the sender; the attachments feature decides by content
    size: int
    data: bytes | None = field(default=None, repr=False)  # the decoded bytes (None: a forwarded mail)


@dataclass(frozen=True, slots=True)
class ParsedMail:
    message_id: str  # "<id@host>"; generated when the mail had none
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    from_addr: str | None
    from_name: str | None
    subject: str | None
    text: str
    language: str  # "zh-CN" or "en": Content-Language, else a guess from the text
    attachments: tuple[ParsedAttachment, ...]
    html_only: bool = False
    quoted_removed: bool = False  # the quoted history of earlier mail was cut off the text
    auto_reply_blocked: str | None = None  # why no automatic answer may go back (``autoreply.py``)


def _header(msg: Message, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # a malformed header the policy could not parse
        return None
    if value is None:
        return None
    text = _HEADER_CONTROL.sub(" ", str(value)).strip()
    return text or None


def _sender(msg: Message, envelope_from: str | None) -> tuple[str | None, str | None]:
    try:
        header = msg.get("From")
        addresses = getattr(header, "addresses", ()) if header is not None else ()
        for address in addresses:
            if address.addr_spec and "@" in address.addr_spec:
                name = _HEADER_CONTROL.sub(" ", address.display_name or "").strip() or None
                return address.addr_spec.strip(), name
    except Exception:
        pass
    if envelope_from and "@" in envelope_from:
        return envelope_from.strip(), None
    return None, None


def _text_of(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        return content if isinstance(content, str) else content.decode("utf-8", "replace")
    except (LookupError, UnicodeError, AttributeError, ValueError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""


def clean_text(text: str) -> str:
    """Newlines normalised, control characters gone, blank runs collapsed, length capped."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    text = "\n".join(out).strip()
    if len(text) > MAX_BODY_CHARS:
        more = len(text) - MAX_BODY_CHARS
        text = text[:MAX_BODY_CHARS] + f"\n[… {more} more characters not shown]"
    return text


class _HtmlText(HTMLParser):
    _SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "object"})
    _BLOCK = frozenset(
        {
            "p",
            "div",
            "tr",
            "table",
            "ul",
            "ol",
            "blockquote",
            "section",
            "article",
            "header",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "pre",
            "form",
            "center",
            "dl",
            "dt",
            "dd",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._href: str | None = None
        self._link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "blockquote":
            self.parts.append("\n" + _QUOTE_OPEN)
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in self._BLOCK:
            self.parts.append("\n")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self._href = href.strip() if href.strip().lower().startswith(("http:", "https:")) else None
            self._link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "blockquote":
            self.parts.append(_QUOTE_CLOSE + "\n")
        elif tag in self._BLOCK:
            self.parts.append("\n")
        elif tag == "a" and self._href is not None:
            shown = "".join(self._link_text).strip()
            if self._href.rstrip("/") != shown.rstrip("/"):
                self.parts.append(f" ({self._href})")
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        data = re.sub(r"\s+", " ", data)  # HTML whitespace rules (<pre> is not kept apart)
        data = data.replace(_QUOTE_OPEN, "").replace(_QUOTE_CLOSE, "")  # the marks are ours alone
        self.parts.append(data)
        if self._href is not None:
            self._link_text.append(data)


def _quote_lines(text: str) -> str:
    """Blockquote marks → ``> `` per nesting level, as a mail client's plain-text part has them."""
    out: list[str] = []
    depth = 0
    for line in text.split("\n"):
        opens, closes = line.count(_QUOTE_OPEN), line.count(_QUOTE_CLOSE)
        level = depth + opens
        depth = max(0, depth + opens - closes)
        line = re.sub(r"[ \t]+", " ", line.replace(_QUOTE_OPEN, "").replace(_QUOTE_CLOSE, "")).strip()
        out.append("> " * level + line if line and level else line)
    return "\n".join(out)


def _html_lines(html: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; this is a last resort
        return re.sub(r"<[^>]*>", " ", html)
    return _quote_lines("".join(parser.parts))


def html_to_text(html: str) -> str:
    """The readable text of an HTML body: no markup, no scripts or styles."""
    return clean_text(_html_lines(html))


def _new_text(text: str) -> tuple[str, bool]:
    """The cleaned text without quoted history (cut first: the cap must not hide the history's end)."""
    new, quoted = split_quoted(text)
    cleaned = clean_text(new)
    return (cleaned, quoted) if cleaned else (clean_text(text), False)


def _body(msg: EmailMessage) -> tuple[Message | None, str, bool, bool]:
    """The chosen body part, its text, whether it came from HTML (text/plain preferred) and whether
    quoted history was cut off."""
    plain = msg.get_body(preferencelist=("plain",))
    if plain is not None:
        text, quoted = _new_text(_text_of(plain))
        if text:
            return plain, text, False, quoted
    html = msg.get_body(preferencelist=("html",))
    if html is not None:
        text, quoted = _new_text(_html_lines(_text_of(html)))
        return html, text, plain is None, quoted
    return plain, "", False, False


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        name = ""
    name = _HEADER_CONTROL.sub("", name).replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name[:255] or "unnamed"


def _attachments(part: Message, body: Message | None, out: list[ParsedAttachment]) -> None:
    if part is body:
        return
    ctype = part.get_content_type()
    if ctype == "message/rfc822":  # a forwarded mail: one attachment, not its insides
        try:
            size = len(part.as_bytes())
        except Exception:
            size = 0
        name = _filename(part)
        out.append(ParsedAttachment("message.eml" if name == "unnamed" else name, ctype, size))
        return
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                _attachments(sub, body, out)
        return
    try:
        has_name = bool(part.get_filename())
    except Exception:
        has_name = False
    disposition = (part.get_content_disposition() or "").lower()
    if part.get_content_maintype() == "text" and not has_name and disposition != "attachment":
        return  # the other alternative of the body, not an attachment
    payload = part.get_payload(decode=True)
    size = len(payload) if isinstance(payload, bytes) else 0
    data = payload if isinstance(payload, bytes) else None
    out.append(ParsedAttachment(_filename(part), ctype[:127], size, data))


def _language(msg: Message, text: str) -> str:
    tag = (_header(msg, "Content-Language") or "").split(",")[0].strip().lower()
    if tag.startswith("zh"):
        return "zh-CN"
    if tag.startswith("en"):
        return "en"
    sample = text[:2000]
    return "zh-CN" if len(_CJK.findall(sample)) >= 2 else "en"


def parse_message(
    raw: bytes, envelope_from: str | None = None, *, id_domain: str = "agentdesk.invalid"
) -> ParsedMail:
    """Parse one inbound message (never raises on malformed MIME: it degrades to what it can read)."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    message_ids = ids_in(_header(msg, "Message-ID"))
    body_part, text, html_only, quoted_removed = _body(msg)
    found: list[ParsedAttachment] = []
    _attachments(msg, body_part, found)
    from_addr, from_name = _sender(msg, envelope_from)
    subject = _header(msg, "Subject")
    return ParsedMail(
        message_id=message_ids[0] if message_ids else new_message_id(id_domain, "in"),
        in_reply_to=tuple(ids_in(_header(msg, "In-Reply-To"))),
        references=tuple(ids_in(_header(msg, "References"))),
        from_addr=from_addr,
        from_name=from_name,
        subject=subject[:256] if subject else None,
        text=text,
        language=_language(msg, text),
        attachments=tuple(found),
        html_only=html_only,
        quoted_removed=quoted_removed,
        auto_reply_blocked=blocked_reason(msg, envelope_from, from_addr),
    )
