"""Quoted history and signatures cut off inbound mail: the pure splitter on samples written the way
real clients write replies, the MIME parser on plain and HTML parts, and one reply through the
real SMTP listener whose stored body is only what the customer wrote this time."""

from __future__ import annotations

import pytest

from app.server.email.parse import parse_message
from app.server.email.quoted import split_quoted
from tests.server.email.mail_support import customer, make_mail, send_mail
from tests.support.server import AgentClient, running_server

# --- replies whose history must go: (sample, the new text that must remain) ----------------------

GMAIL = (
    "Thanks, I can see the deposit now.\n"
    "\n"
    "On Tue, 3 Nov 2026 at 10:02, Exchange Support <support@exchange.example> wrote:\n"
    "\n"
    "> Hello,\n"
    ">\n"
    "> We found your deposit; it is credited now.\n"
    ">\n"
    "> On Mon, 2 Nov 2026 at 22:10, Li Wei <li.wei@example.net> wrote:\n"
    ">> My USDT deposit is missing.\n"
)
GMAIL_WRAPPED = (  # Gmail wraps a long attribution line: "On … <" / "address> wrote:"
    "Still not there, please check again.\r\n"
    "\r\n"
    "On Tue, 3 Nov 2026 at 10:02, Exchange Support Team (VIP desk) <\r\n"
    "support@exchange.example> wrote:\r\n"
    "\r\n"
    "> Hello,\r\n"
    "> It is on its way.\r\n"
)
OUTLOOK = (
    "Hi team,\n"
    "the withdrawal is still pending after 6 hours.\n"
    "\n"
    "Regards\n"
    "Maria\n"
    "\n"
    "-----Original Message-----\n"
    "From: Exchange Support <support@exchange.example>\n"
    "Sent: Tuesday, November 3, 2026 10:02 AM\n"
    "To: Maria Gonzalez <maria@example.org>\n"
    "Subject: RE: Withdrawal pending\n"
    "\n"
    "Hello, your withdrawal is in the queue.\n"
)
OUTLOOK_RULE = (  # Outlook's newer plain text: a rule line, then the header block, no "Original"
    "It arrived, thank you!\n"
    "\n"
    "________________________________\n"
    "From: Exchange Support <support@exchange.example>\n"
    "Sent: Tuesday, November 3, 2026 10:02\n"
    "To: maria@example.org\n"
    "Subject: Withdrawal pending\n"
    "\n"
    "Hello, your withdrawal is in the queue.\n"
)
OUTLOOK_BARE_HEADERS = (  # no separator at all: the reply subject says it is history
    "Any update?\n"
    "\n"
    "From: Exchange Support <support@exchange.example>\n"
    "Sent: Tuesday, November 3, 2026 10:02 AM\n"
    "To: Maria Gonzalez\n"
    "Cc: vip@exchange.example\n"
    "Subject: RE: KYC review\n"
    "\n"
    "We are reviewing your documents.\n"
)
APPLE_MAIL = (  # iOS puts the attribution inside the quote, below "Sent from my iPhone"
    "Done, I sent the screenshot.\n"
    "\n"
    "Sent from my iPhone\n"
    "\n"
    "> On 3 Nov 2026, at 10:02, Exchange Support <support@exchange.example> wrote:\n"
    "> \n"
    "> Please send a screenshot of the transaction.\n"
)
APPLE_MAIL_MAC = (
    "Here is the TXID: 0x5f2a9c1e\n"
    "\n"
    "> On Nov 3, 2026, at 10:02 AM, Exchange Support <support@exchange.example> wrote:\n"
    "> \n"
    "> Could you send the TXID?\n"
    "> \n"
    "> Best regards,\n"
)
QQ_MAIL = (
    "好的，我已经重新提交了身份证照片。\n"
    "\n"
    "------------------ 原始邮件 ------------------\n"
    '发件人: "交易所客服"<support@exchange.example>;\n'
    "发送时间: 2026年11月3日(星期二) 上午10:02\n"
    '收件人: "王明"<wang@example.cn>;\n'
    "主题: 回复：KYC 审核\n"
    "\n"
    "您好，您的证件照片不清晰，请重新上传。\n"
)
QQ_MAIL_ENGLISH_UI = (
    "已收到，谢谢\n"
    "\n"
    "------------------ Original ------------------\n"
    'From: "Exchange Support"<support@exchange.example>;\n'
    "Date: Tue, Nov 3, 2026 10:02 AM\n"
    'To: "wang"<wang@example.cn>;\n'
    "Subject: Re: 提现\n"
    "\n"
    "您好，已处理。\n"
)
FOXMAIL = (
    "提现还没到账，请帮忙查一下。\n"
    "\n"
    "\n"
    "王明\n"
    "\n"
    "-----原始邮件-----\n"
    "发件人：交易所客服 <support@exchange.example>\n"
    "发送时间：2026年11月3日 10:02\n"
    "收件人：wang@example.cn\n"
    "主题：回复：提现\n"
    "\n"
    "您好，提现正在处理中。\n"
)
CHINESE_ATTRIBUTION = (
    "收到，谢谢！\n"
    "\n"
    "在 2026年11月3日 星期二 10:02，交易所客服 <support@exchange.example> 写道：\n"
    "> 您好，\n"
    "> 已为您处理。\n"
)
CHINESE_GMAIL_WRAPPED = (
    "还是没有到账。\n"
    "\n"
    "交易所客服 Exchange Support <support@exchange.example> 于2026年11月3日周二\n"
    "上午10:02写道：\n"
    "\n"
    "> 您好，已到账。\n"
)
THUNDERBIRD_SIGNATURE = (
    "Please close my account.\n"
    "\n"
    "-- \n"
    "Jan Novak\n"
    "Novak Trading s.r.o.\n"
    "+420 000 000 000\n"
    "\n"
    "On 11/3/26 10:02 AM, Exchange Support wrote:\n"
    "> Hello Jan,\n"
    "> Which account do you mean?\n"
)
LEADING_WHITESPACE = (
    "\n"
    "   I did, it still fails.\n"
    "\n"
    "   On Tue, 3 Nov 2026 at 10:02, support@exchange.example wrote:\n"
    "   > Did you clear the cache?\n"
    "   >  > The app crashes on login.\n"
)

STRIPPED = [
    pytest.param(GMAIL, "Thanks, I can see the deposit now.", id="gmail"),
    pytest.param(GMAIL_WRAPPED, "Still not there, please check again.", id="gmail-wrapped-crlf"),
    pytest.param(
        OUTLOOK, "Hi team,\nthe withdrawal is still pending after 6 hours.\n\nRegards\nMaria", id="outlook"
    ),
    pytest.param(OUTLOOK_RULE, "It arrived, thank you!", id="outlook-rule"),
    pytest.param(OUTLOOK_BARE_HEADERS, "Any update?", id="outlook-headers"),
    pytest.param(APPLE_MAIL, "Done, I sent the screenshot.", id="apple-ios"),
    pytest.param(APPLE_MAIL_MAC, "Here is the TXID: 0x5f2a9c1e", id="apple-mac"),
    pytest.param(QQ_MAIL, "好的，我已经重新提交了身份证照片。", id="qq-mail"),
    pytest.param(QQ_MAIL_ENGLISH_UI, "已收到，谢谢", id="qq-mail-english"),
    pytest.param(FOXMAIL, "提现还没到账，请帮忙查一下。\n\n\n王明", id="foxmail"),
    pytest.param(CHINESE_ATTRIBUTION, "收到，谢谢！", id="chinese-attribution"),
    pytest.param(CHINESE_GMAIL_WRAPPED, "还是没有到账。", id="chinese-gmail-wrapped"),
    pytest.param(THUNDERBIRD_SIGNATURE, "Please close my account.", id="signature-above-quote"),
    pytest.param(LEADING_WHITESPACE, "\n   I did, it still fails.", id="leading-whitespace"),
]


@pytest.mark.parametrize(("body", "expected"), STRIPPED)
def test_trailing_history_is_cut_and_only_the_new_text_remains(body: str, expected: str) -> None:
    text, quoted = split_quoted(body)
    assert text == expected
    assert quoted is True
    assert "\r" not in text


def test_a_signature_alone_is_cut_without_claiming_a_quote() -> None:
    text, quoted = split_quoted("Please reset my 2FA.\n\nThanks\nAnna\n-- \nAnna Schmidt\nBerlin\n")
    assert text == "Please reset my 2FA.\n\nThanks\nAnna"
    assert quoted is False
    assert split_quoted("Thank you\n\n发自我的iPhone\n") == ("Thank you", False)


# --- bodies that must be kept whole ----------------------------------------------------------------

INLINE_REPLY = (
    "On Tue, 3 Nov 2026 at 10:02, Exchange Support <support@exchange.example> wrote:\n"
    "> Which network did you use?\n"
    "TRC20.\n"
    "\n"
    "> And the amount?\n"
    "500 USDT, sent at 09:14.\n"
)
ONLY_A_QUOTE = (
    "On Tue, 3 Nov 2026 at 10:02, Exchange Support <support@exchange.example> wrote:\n"
    "> Please confirm your withdrawal address.\n"
)
ONLY_OUTLOOK_HISTORY = (
    "-----Original Message-----\n"
    "From: Exchange Support <support@exchange.example>\n"
    "Sent: Tuesday, November 3, 2026 10:02 AM\n"
    "Subject: RE: Withdrawal\n"
    "\n"
    "Please confirm.\n"
)
FORWARDED_PHISHING = (
    "Is this email from you? It looks fake.\n"
    "\n"
    "---------- Forwarded message ---------\n"
    "From: Exchange Security <security@exchange-verify.example>\n"
    "Date: Tue, 3 Nov 2026 at 09:00\n"
    "Subject: Verify your wallet now\n"
    "To: <li.wei@example.net>\n"
    "\n"
    "Your account is locked. Enter your seed phrase at https://exchange-verify.example\n"
    "\n"
    "-- \n"
    "Exchange Security Team\n"
)
PASTED_HEADERS = (  # a mail pasted in without a forward marker: not a reply's subject, so kept
    "I got this, is it real?\n"
    "\n"
    "From: Exchange <no-reply@exchange-support.example>\n"
    "Sent: Tuesday, November 3, 2026 09:00\n"
    "Subject: Urgent: confirm your withdrawal\n"
    "\n"
    "Click here to confirm.\n"
)
TRANSFER_DETAILS = (  # "From:"/"To:" lines of a transfer are not a mail header block
    "The transfer failed.\n"
    "From: 0x1111111111111111111111111111111111111111\n"
    "To: 0x2222222222222222222222222222222222222222\n"
    "Amount: 2 ETH\n"
)
DASHES_IN_CONTENT = (  # "--" above a long tail is a divider, not a signature
    "Steps I tried:\n--\n" + "".join(f"step {n}\n" for n in range(1, 20))
)

KEPT = [
    pytest.param(INLINE_REPLY, id="inline-reply"),
    pytest.param(ONLY_A_QUOTE, id="only-a-quote"),
    pytest.param(ONLY_OUTLOOK_HISTORY, id="only-outlook-history"),
    pytest.param(FORWARDED_PHISHING, id="forwarded-phishing"),
    pytest.param(PASTED_HEADERS, id="pasted-headers"),
    pytest.param(TRANSFER_DETAILS, id="transfer-details"),
    pytest.param(DASHES_IN_CONTENT, id="dashes-in-content"),
    pytest.param("I wrote: nothing changed.\nOn my phone it still fails.", id="plain"),
]


@pytest.mark.parametrize("body", KEPT)
def test_bodies_without_trailing_history_are_kept_whole(body: str) -> None:
    assert split_quoted(body) == (body, False)


def test_a_body_that_is_only_a_quote_keeps_its_crlf_free_original() -> None:
    body = "> > old text\r\n> older text\r\n"
    assert split_quoted(body) == ("> > old text\n> older text\n", False)


def test_an_attribution_right_under_the_customers_sentence_takes_only_its_own_line() -> None:
    body = (
        "On my phone it still fails.\n"
        "On Tue, 3 Nov 2026 at 10:02, Exchange Support <support@exchange.example> wrote:\n"
        "> Try again.\n"
    )
    assert split_quoted(body) == ("On my phone it still fails.", True)


def test_an_unanswered_quote_below_an_inline_reply_goes_but_the_answers_stay() -> None:
    body = INLINE_REPLY + "\n> Best regards,\n> Exchange Support\n"
    text, quoted = split_quoted(body)
    assert text == INLINE_REPLY.rstrip() and quoted is True


# --- the MIME parser uses it -------------------------------------------------------------------------


def test_parse_message_stores_the_new_text_and_notes_the_cut() -> None:
    mail = make_mail("li.wei@example.net", "Re: Deposit", text=GMAIL, language="en")
    parsed = parse_message(mail.as_bytes())
    assert parsed.text == "Thanks, I can see the deposit now."
    assert parsed.quoted_removed is True
    plain = parse_message(make_mail("li.wei@example.net", "Hi", text=INLINE_REPLY).as_bytes())
    assert plain.text == INLINE_REPLY.strip() and plain.quoted_removed is False


def test_the_language_guess_reads_the_new_text_not_the_quoted_history() -> None:
    # An English reply to a thread in Chinese: the quoted Chinese must not make the guess zh-CN.
    body = "It still has not arrived, please check.\n\n" + CHINESE_ATTRIBUTION.split("\n\n", 1)[1]
    parsed = parse_message(make_mail("wang@example.cn", "Re", text=body).as_bytes())
    assert parsed.text == "It still has not arrived, please check." and parsed.language == "en"


def test_html_only_replies_lose_their_blockquoted_and_outlook_history() -> None:
    gmail = (
        '<div dir="ltr">Thanks, I see it now.</div><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">On Tue, 3 Nov 2026 at 10:02, Exchange Support '
        "&lt;support@exchange.example&gt; wrote:<br></div>"
        '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex">Hello,<br>it is credited.'
        "<blockquote>my password is Hunter2!xyz</blockquote></blockquote></div>"
    )
    parsed = parse_message(make_mail("li.wei@example.net", "Re: Deposit", html=gmail).as_bytes())
    assert parsed.html_only is True
    assert parsed.text == "Thanks, I see it now." and parsed.quoted_removed is True

    outlook = (
        '<div>Still missing.</div><hr><div id="divRplyFwdMsg"><b>From:</b> Exchange Support '
        "&lt;support@exchange.example&gt;<br><b>Sent:</b> Tuesday, November 3, 2026 10:02 AM<br>"
        "<b>To:</b> Maria<br><b>Subject:</b> RE: Deposit</div><div>Hello, it is credited.</div>"
    )
    parsed = parse_message(make_mail("maria@example.org", "RE: Deposit", html=outlook).as_bytes())
    assert parsed.text == "Still missing." and parsed.quoted_removed is True

    only_quote = "<blockquote>Hello,<br>it is credited.</blockquote>"
    parsed = parse_message(make_mail("maria@example.org", "Fwd", html=only_quote).as_bytes())
    assert parsed.text == "> Hello,\n> it is credited." and parsed.quoted_removed is False


# --- end to end: smtplib → the SMTP listener → the stored message ----------------------------------


def _created_with(conversation_id: int):
    def check(frame: dict) -> bool:
        return (
            frame.get("type") == "event"
            and frame["name"] == "message.created"
            and frame["data"]["message"]["conversation_id"] == conversation_id
            and frame["data"]["message"]["author_kind"] == "customer"
        )

    return check


async def test_a_replys_stored_body_is_only_the_new_text(tmp_path) -> None:
    async with running_server(tmp_path, smtp_listen_port=0, mail_poll_interval=0.1) as server:
        port = server.channels.smtp_port
        who = await customer(server)
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        first_id = "<first.quoted@mail.example.net>"
        await send_mail(
            port, make_mail(who["email"], "Deposit missing", text="Where is my deposit?", message_id=first_id)
        )
        created = await alice.wait_for(
            lambda f: f.get("type") == "event" and f["name"] == "conversation.created"
        )
        conv_id = created["data"]["conversation"]["id"]
        await alice.wait_for(_created_with(conv_id))

        # The customer answers from Gmail: new text on top, the whole thread quoted below it,
        # including a secret from an earlier mail that the guard would otherwise flag again.
        reply = (
            "Thanks, I can see it now.\r\n"
            "\r\n"
            "On Tue, 3 Nov 2026 at 10:02, Exchange Support <\r\n"
            "support@exchange.example> wrote:\r\n"
            "\r\n"
            "> Hello,\r\n"
            "> We found your deposit; it is credited now.\r\n"
            ">\r\n"
            "> On Mon, 2 Nov 2026 at 22:10, me <me@example.net> wrote:\r\n"
            ">> Where is my deposit? my password is Hunter2!xyz\r\n"
        )
        await send_mail(
            port,
            make_mail(
                who["email"],
                "Re: Deposit missing",
                text=reply,
                message_id="<second.quoted@mail.example.net>",
                in_reply_to=first_id,
                references=first_id,
            ),
        )
        stored = (await alice.wait_for(_created_with(conv_id)))["data"]["message"]
        assert stored["body"] == "Thanks, I can see it now."
        assert stored["redactions"] == []  # the stale quoted secret was never scanned
        history = await alice.request("conversation.messages", conversation_id=conv_id)
        bodies = [m["body"] for m in history["messages"]]
        assert bodies == ["Where is my deposit?", "Thanks, I can see it now."]
        assert not any("wrote:" in b or "credited" in b or "Hunter2" in b for b in bodies)
