"""Round 19 inbound (guard19in): r27 and r28's families, in variations of our own (not the batches').

``SECRETS``: values redacted only since round 19 (``round19``, the order-number fix in ``r13_public``).
``PUBLIC``: values a customer shows that are not secrets, each redacted before round 19 (``r19_public``).
``SPLIT``: a secret's next piece in its own message (``r19_split``, and ``round19``'s numbered words).
``test_each_case_needs_round19`` removes the round's hooks and checks that every one of these cases then
fails, so none of them passes for another rule's sake. ``KEPT``: neighbours that must stay redacted;
``LEFT``: look-alikes that must stay untouched (both pass with and without the round).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

import app.guard.conversation as conversation
import app.guard.inbound as inbound
import app.guard.r13_public as r13_public
from app.guard import scan_inbound
from tests.support.guard_memos import forget
from tests.support.guard_store import feed
from tests.support.guard_stubs import keep_all, no_finds, no_piece

SECRETS = [
    # a secret set to a value
    ("I set the card PIN to 7305 last night", "7305"),
    ("we changed the withdrawal pin to 4471 yesterday", "4471"),
    ("yesterday I set my anti phishing phrase to 海豚88, is it on?", "海豚88"),
    # a code named earlier in its clause (a digit in its own words)
    ("the bank otp for my 2nd transfer was 551903 btw", "551903"),
    # a code whose length the customer confirms
    ("那个码是3307，四位的，对吧", "3307"),
    ("这个码是55213，五位的吗", "55213"),
    # a code offered here
    ('seller Li uid 99887766554433 wants "the code". fine if I type 307719 here instead?', "307719"),
    ('the guy keeps asking for "the code". can I just send 307719 here instead?', "307719"),
    # a pinyin label with its pinyin connector
    ("mima shi Hu4n9@ , zenme ban", "Hu4n9"),
    # a password given after the hand-over clause
    ("让我把密码发给他，zhaolei2291$，我发了", "zhaolei2291"),
    # a backup-code list named differently
    ("the backup key list: 40913377 k8s2mx0qpa", "40913377"),
    # a password whose value is followed by an order number
    ("Trading pwd = 880213 , order 55120093318 says wrong password", "880213"),
]

PUBLIC = [
    # a person named after their role
    "the seller Mika_Z9 keeps asking me to release first",
    "lead trader Kite_88 closed all positions, can I see why?",
    "带单员Kite_88全部平仓了",
    "卖家Mika_Z9一直催我放币",
    # the public half of an API key, said to be only the key
    "created API key 8c2d4e6f-1a3b-4c5d-9e8f-0a1b2c3d4e5f read only, ok to share the key (not the secret)"
    " with my accountant?",
    "API key 8c2d4e6f-1a3b-4c5d-9e8f-0a1b2c3d4e5f 给会计看行吗（不是secret）",
    "API key 给 taxbot9 安全吗",
    # a code read off an e-mail
    "the e-mail said my anti-phishing code was Orca_77 but I don't remember it",
    "the email says code Pluto_31 at the top and wants me to log in, I didn't",
    "邮件顶部的码是Koala5521，这封是真的吗",
    # the sender of an SMS
    "I got an SMS from 95588123 saying my card is frozen, fake?",
    "got a text from 10690012 saying I won a prize",
]

SPLIT = [
    # the rest of a key that got cut
    (
        ["my grid bot broke", "Secret: 3A9F0C6B1E2D4F58", "77C1D0E9B8A6F423 oops it was cut off"],
        "77C1D0E9B8A6F423",
    ),
    (["机器人停了", "Secret Key 3A9F0C6B1E2D4F58", "77C1D0E9B8A6F423 后面那段刚才漏了"], "77C1D0E9B8A6F423"),
    # the next backup code
    (["lost my phone", "I still have my recovery codes", "40913377", "58821046 maybe that one"], "58821046"),
    (["换手机了", "我有恢复码", "k2m9-x7qp", "58821046"], "58821046"),
    (["I lost my authenticator", "got backup codes", "55012477", "40913 58821"], "58821"),
    # a numbered phrase written without spaces
    (["my words in order", "1.ramp 2.lazy 3.bubble 4.crisp 5.fossil 6.tent"], "ramp|lazy|bubble|tent"),
]

KEPT = [
    ("my anti-phishing code is Heron44, please put it in your emails", "Heron44"),  # stated: their setting
    ("the email says my verification code is 482913, is it safe to use?", "482913"),  # a one-time code
    ("邮件里的码 Q7WZ2K 我念给你", "Q7WZ2K"),  # an e-mail's code from its body
    ("the seller asked for my password, it's Ginkgo#2219", "Ginkgo#2219"),
    ("got a SMS code 482913 from the exchange just now", "482913"),
    ("I changed my secret key to Qw8812!zz", "Qw8812!zz"),  # no hand-over: "to" names the new value
]

LEFT = [
    "changed my password to withdraw faster",
    "they want me to set the PIN to 6 digits",
    "the error code was 4012 when I withdrew",
    "my deposit code (reference) for the bank transfer is 88217345",
    "steps I did: 1. open app 2. click withdraw 3. confirm",
    "the code didnt come, I need to send 5000 now",  # an amount, no "here"
]

# Variations written for the round that pass WITHOUT its hooks (kept out of the lists above, so the reach of
# each family is not overstated): an older rule or the learnt scorer takes them.
NOT_ROUND19_ALONE = [
    "对方要验证码，我可以把661204发这里吗",  # the learnt scorer
    "the buyer wants the code, ok if I paste 661204 in the chat?",  # the learnt scorer
    "dlmm shi Qw8812zz , wangji le",  # the learnt scorer
    "他让我把密码告诉他，qiang_5520，我说了",  # the learnt scorer
    "the SMS code for the C2C payment was 448120, do you need it",  # an older rule
    "the code was 8794, four digits",  # an older rule
    "the mail says code kiwi771 at the top, is this real?",  # never touched
    "邮件开头的码是Fox2288，是你们发的吗",  # never touched
]
# Not reached: "my card OTP for the C2C order was 308812" (an order word in the clause keeps the number
# public).

# r13_public's order-number pattern as it was before round 19 (for the unhooked run)
_OLD_NAMED_AFTER = re.compile(
    r"^[\s,;:)]*(?:(?:is|was|that's|that\s+is|it's|as)\s+)?(?:(?:the|my|our|your|a)\s+)?"
    r"(?:ticket|order|reference|ref|case|invoice|tracking)\s*(?:number|no\.?|#|id)?(?![a-z])"
    r"|^[^.!?。！？]{0,24}?(?<![a-z])(?:ticket|order|reference|case|invoice)\s+(?:number|no\.?|#|id)(?![a-z])"
    r"|^\s*(?:是|为)?\s*(?:工单号|订单号|单号|编号)"
)


def _split_caught(messages: list[str], secrets: str) -> bool:
    stored = feed(messages)
    return not any(secret in s for s in stored for secret in secrets.split("|"))


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_a_round19_secret_is_redacted(text: str, secret: str) -> None:
    out = scan_inbound(text).text
    assert secret not in out
    assert "[redacted:" in out


@pytest.mark.parametrize("text", PUBLIC)
def test_a_public_value_is_left(text: str) -> None:
    assert scan_inbound(text).text == text
    assert feed([text]) == [text]


@pytest.mark.parametrize(("messages", "secret"), SPLIT)
def test_a_piece_in_its_own_message_is_redacted(messages: list[str], secret: str) -> None:
    assert _split_caught(messages, secret)


@pytest.mark.parametrize(("text", "secret"), KEPT)
def test_a_neighbour_stays_redacted(text: str, secret: str) -> None:
    assert secret not in scan_inbound(text).text


@pytest.mark.parametrize("text", LEFT)
def test_a_look_alike_is_left(text: str) -> None:
    assert scan_inbound(text).text == text


def test_a_public_remark_after_a_cut_secret_leaves_the_token() -> None:
    stored = feed(["secret: 3A9F0C6B1E2D4F58", "a1b2c3d4e5f60718 is the tx hash of my deposit"])
    assert "a1b2c3d4e5f60718" in stored[1]


def test_a_code_after_an_unrelated_message_is_no_backup_code() -> None:
    stored = feed(["I have backup codes", "but where do I type them?", "58821046"])
    assert stored[2] == "58821046"


def _unhooked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound, "find_round19", no_finds)
    monkeypatch.setattr(inbound, "drop_r19_public", keep_all)
    # round 18 (merged beside this round) also leaves a code an e-mail shows: off, as an overlapping round
    monkeypatch.setattr(inbound, "drop_r18_public", keep_all)
    monkeypatch.setattr(conversation, "continued_piece", no_piece)
    monkeypatch.setattr(r13_public, "_NAMED_AFTER", _OLD_NAMED_AFTER)
    forget()  # the cases were read with the round on just before (conftest forgets again after the test)


# round 20's scorer (trained on r1-r29) leaves this one by itself: it no longer needs round 19
_SCORER_LEAVES = {"the seller Mika_Z9 keeps asking me to release first"}


def _cases() -> Iterator[tuple[str, bool]]:
    """(case, passes now) for every case the round claims. A secret is found by the rules alone (round 19
    is rules; the learnt scorer, retrained in round 18, reads some of them too); a public value is left
    with the scorer on (it is what read most of them as secrets)."""
    for text, secret in SECRETS:
        yield text, secret not in scan_inbound(text, learnt=False).text
    for text in PUBLIC:
        if text not in _SCORER_LEAVES:
            yield text, scan_inbound(text).text == text
    for messages, secret in SPLIT:
        yield " / ".join(messages), _split_caught(messages, secret)


def test_each_case_needs_round19(monkeypatch: pytest.MonkeyPatch) -> None:
    assert all(ok for _, ok in _cases())
    _unhooked(monkeypatch)
    still = [case for case, ok in _cases() if ok]
    assert still == [], f"passes without round 19: {still}"
