"""The pure email pieces (no server): MIME parsing, HTML reduction, threading ids, reply composition."""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from app.server.email import compose, threads
from app.server.email.parse import MAX_BODY_CHARS, html_to_text, parse_message


def test_html_is_reduced_to_text_without_markup_scripts_or_styles():
    html = (
        "<html><head><title>t</title><style>.x{}</style></head><body><script>steal()</script>"
        "<h1>Title</h1><p>One&nbsp;&lt;two&gt;</p><table><tr><td>a</td><td>b</td></tr></table>"
        '<a href="javascript:alert(1)">click</a> <a href="https://exchange.example">https://exchange.example</a>'
        "<pre>  keep   spaces</pre><script>never closed"
    )
    text = html_to_text(html)
    assert "steal" not in text and ".x" not in text and "never closed" not in text
    assert "Title" in text and "One <two>" in text and "a b" in text
    assert "javascript" not in text and "(https://exchange.example)" not in text  # same as its text
    assert "keep spaces" in text


def test_forwarded_mail_nested_attachments_and_odd_charsets_degrade_gracefully():
    inner = EmailMessage()
    inner["Subject"] = "fwd"
    inner.set_content("inner text")
    outer = EmailMessage()
    outer["From"] = "x@example.com"
    outer.set_content("see attached")
    outer.add_attachment(inner)
    outer.add_attachment(b"\x89PNG....", maintype="image", subtype="png", filename="C:\\Users\\me\\scan.png")
    raw = outer.as_bytes()
    mail = parse_message(raw)
    assert mail.text == "see attached" and mail.message_id.startswith("<")  # generated: it had none
    names = [(a.filename, a.content_type) for a in mail.attachments]
    assert ("scan.png", "image/png") in names and any(t == "message/rfc822" for _, t in names)

    bogus = b"From: y@example.com\r\nContent-Type: text/plain; charset=x-no-such\r\n\r\nhello \xff\r\n"
    assert parse_message(bogus).text.startswith("hello")
    huge = b"From: z@example.com\r\nContent-Type: text/plain\r\n\r\n" + b"a" * (MAX_BODY_CHARS + 10)
    assert "10 more characters not shown" in parse_message(huge).text


def test_sender_language_and_threading_headers():
    raw = (
        "From: =?utf-8?b?546L5piO?= <Wang@Example.CN>\r\nMessage-ID: <m1@x>\r\n"
        "In-Reply-To: <p@x>\r\nReferences: <r0@x> <p@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "我的充值没有到账\r\n"
    ).encode()
    mail = parse_message(raw)
    assert mail.from_addr == "Wang@Example.CN" and mail.from_name == "王明" and mail.language == "zh-CN"
    assert threads.lookup_order(mail.in_reply_to, mail.references) == ["<p@x>", "<r0@x>"]
    assert threads.ids_in("bare-id@host") == ["<bare-id@host>"]
    chain = threads.reference_chain([f"<{i}@x>" for i in range(40)])
    assert len(chain) == threads.MAX_REFERENCES and chain[0] == "<0@x>" and chain[-1] == "<39@x>"


def test_a_reply_carries_threading_headers_language_and_the_security_reminder():
    raw = compose.build(
        compose.Reply(
            from_addr="support@exchange.example",
            from_name="Exchange Support",
            to_addr="wang@example.cn",
            subject="充值问题",
            body="您好，已为您处理。",
            agent_name="王博",
            language="zh-CN",
            message_id="<new@exchange.example>",
            in_reply_to="<m1@x>",
            references=["<r0@x>", "<m1@x>"],
            date=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
        )
    )
    assert "\r\n" in raw and raw.isascii()
    msg = BytesParser(policy=policy.default).parsebytes(raw.encode())
    assert msg["Subject"] == "Re: 充值问题" and msg["In-Reply-To"] == "<m1@x>"
    assert msg["References"] == "<r0@x> <m1@x>" and msg["Content-Language"] == "zh-CN"
    body = msg.get_content()
    assert body.count("您好") == 1  # the agent greeted already: no second greeting
    assert "绝不会索要您的密码" in body and "王博" in body
def test_relay_errors_shown_to_agents_mask_the_recipient_address() -> None:
    import smtplib

    from app.server.email.outbound import describe

    refused = smtplib.SMTPResponseException(550, b"5.1.1 <maria.gonzalez@gmail.com>: address rejected")
    text = describe(refused)
    assert "maria.gonzalez" not in text and "550" in text and "@gmail.com" in text
    assert "li.wei" not in describe(RuntimeError("mailbox full for li.wei@qq.com"))
