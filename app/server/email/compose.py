"""An agent's reply as an RFC 5322 email: threading headers, the customer's language, our footer.

The greeting and signature are in the customer's language (``zh-CN`` or ``en``) and the footer
carries the security reminder every official message must carry: support never asks for
passwords, codes or keys. The result is the exact text handed to the relay (CRLF line ends,
7-bit transfer encodings), stored before the first attempt so every retry sends the same mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

_TEXT = {
    "en": {
        "greeting": "Hello,",
        "regards": "Best regards,",
        "subject": "Your support request",
        "reminder": (
            "Security reminder: official support will never ask for your password, verification "
            "codes or private keys (seed phrase). Never share them with anyone, including us."
        ),
        "anti_phishing": "Your anti-phishing code: {code}. A mail from us without it is not from us.",
    },
    "zh-CN": {
        "greeting": "您好，",
        "regards": "此致",
        "subject": "您的客服请求",
        "reminder": (
            "安全提醒：官方客服绝不会索要您的密码、验证码或私钥（助记词）。"
            "请勿向任何人透露，包括我们。"
        ),
        "anti_phishing": "您的防钓鱼码：{code}。不带此码的邮件并非我们发出。",
    },
}
_GREETINGS = ("hi", "hello", "dear", "good morning", "good afternoon", "good evening", "您好", "你好", "尊敬")


@dataclass(frozen=True, slots=True)
class Reply:
    from_addr: str
    from_name: str
    to_addr: str
    subject: str | None  # the conversation's subject ("Re: " is added)
    body: str
    agent_name: str
    language: str
    message_id: str
    in_reply_to: str | None
    references: list[str]
    date: datetime
    new_thread: bool = False  # outreach: the first mail of a thread, its subject used as is (no "Re: ")
    automatic: bool = False  # sent by the server itself, not an agent (RFC 3834: marked auto-replied)
    anti_phishing_code: str | None = None  # the customer's own code, quoted in the footer (like OKX)


def texts(language: str) -> dict[str, str]:
    return _TEXT.get(language, _TEXT["en"])


def reply_subject(subject: str | None, language: str) -> str:
    subject = (subject or "").strip() or texts(language)["subject"]
    return subject if subject.lower().startswith(("re:", "回复:", "回复：")) else f"Re: {subject}"


def reply_text(
    body: str, agent_name: str, from_name: str, language: str, anti_phishing_code: str | None = None
) -> str:
    t = texts(language)
    opening = body.lstrip().lower()
    parts = [] if opening.startswith(_GREETINGS) else [t["greeting"], ""]
    signed = [agent_name, from_name] if agent_name else [from_name]  # an automatic mail has no agent
    parts += [body.strip(), "", t["regards"], *signed, "", "--", t["reminder"]]
    if anti_phishing_code:
        parts.append(t["anti_phishing"].replace("{code}", anti_phishing_code))
    return "\n".join(parts) + "\n"


def build(reply: Reply) -> str:
    """The complete message (headers and body) as ASCII text with CRLF line ends."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr((reply.from_name, reply.from_addr))
    msg["To"] = reply.to_addr
    msg["Subject"] = (
        (reply.subject or "").strip() or texts(reply.language)["subject"]
        if reply.new_thread
        else reply_subject(reply.subject, reply.language)
    )
    msg["Date"] = format_datetime(reply.date)
    msg["Message-ID"] = reply.message_id
    if reply.in_reply_to:
        msg["In-Reply-To"] = reply.in_reply_to
    if reply.references:
        msg["References"] = " ".join(reply.references)
    if reply.automatic:
        # RFC 3834 §5: marked so the customer's own auto-responder does not answer it (no mail loop).
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"  # the same request, in Microsoft Exchange's terms
    else:
        msg["Auto-Submitted"] = "no"
    msg.set_content(
        reply_text(reply.body, reply.agent_name, reply.from_name, reply.language, reply.anti_phishing_code),
        charset="utf-8",
    )
    msg["Content-Language"] = reply.language  # after set_content, which drops Content-* headers
    return msg.as_bytes(policy=policy.SMTP).decode("ascii")
