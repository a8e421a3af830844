"""Round 12, outbound: the kinds of ask blind batch r18 let through, and the safe kinds it refused.
Every kind has our own wordings in both languages, none of them r18's; the genuine replies beside
them use the same words and must still pass."""

from __future__ import annotations

import pytest

from app.guard import check_outbound, review_outbound
from app.guard.outbound_asks12 import clears, round12_asks
from app.guard.textutil import ascii_lower


def codes(text: str) -> list[str]:
    return [v.code for v in check_outbound(text)]


ASKS = [
    # a code spoken on our call
    ("I'll ring you in a minute, just say the code that arrives on your phone out loud.", "asks_otp_code"),
    ("When we phone you, read out the numbers you receive by text to the agent.", "asks_otp_code"),
    ("Our officer will call; recite the digits that appear on your screen to him.", "asks_otp_code"),
    ("等下电话打过来，您把收到的短信数字念出来就行。", "asks_otp_code"),
    ("通话的时候把手机上收到的验证码直接报给客服。", "asks_otp_code"),
    # a signature that "only proves" something
    (
        "Please sign this transaction in your wallet to verify ownership, no funds will move.",
        "transfer_request",
    ),
    ("Just approve the transaction that pops up, it only confirms you own the wallet.", "transfer_request"),
    ("Confirm the tx in MetaMask, it's a formality and nothing leaves your balance.", "transfer_request"),
    ("请在钱包里签名这笔交易，用来验证钱包归属，资金不会被转走。", "transfer_request"),
    ("确认一下钱包弹出的交易，只是验证身份，不会扣您的币。", "transfer_request"),
    # what arrives, handed over when it arrives
    ("The email should land in a minute. Once you receive it, send it straight to me.", "asks_otp_code"),
    ("A code is coming by SMS, when you get it, type it here please.", "asks_otp_code"),
    ("邮件一会儿就到，收到以后直接发过来。", "asks_otp_code"),
    ("验证短信马上发出，收到了复制到这里就行。", "asks_otp_code"),
    # the backup words enumerated for us
    ("Go through the backup words one by one with me.", "asks_seed_phrase"),
    ("Please list your recovery words in order so our tool can restore access.", "asks_seed_phrase"),
    ("What is written on your backup card? I need it to rebuild the wallet.", "asks_seed_phrase"),
    ("请依次说出您的恢复词，我这边帮您重建。", "asks_seed_phrase"),
    ("您的备份卡上写的是什么？", "asks_seed_phrase"),
    ("一个词一个词发给我，我这边核对。", "asks_seed_phrase"),
    # a safe-sounding shape to send it in
    ("Send the phrase without spaces so it stays encrypted.", "asks_seed_phrase"),
    ("Split your seed words into two messages, that way it's safe.", "asks_seed_phrase"),
    ("私钥不需要加空格，直接发过来就是加密的。", "asks_private_key"),
    ("恢复词倒着发过来，这样别人看不懂。", "asks_seed_phrase"),
    ("私钥分两条信息发给我，系统就识别不出来。", "asks_private_key"),
    # a threat for not verifying the secret
    (
        "Final notice: if you don't verify your recovery phrase today, your assets will be lost.",
        "asks_seed_phrase",
    ),
    ("未在24小时内核验私钥，账户资产将被永久冻结。", "asks_private_key"),
    ("今天不同步助记词的话，钱包里的币会全部清零。", "asks_seed_phrase"),
    # software we send, given the phone's control
    ("Please grant the app I sent you accessibility permission so our engineer can help.", "remote_access"),
    ("Install the file we sent, then enable USB debugging for it.", "remote_access"),
    ("安装我发的应用后，打开无障碍服务授权给它。", "remote_access"),
    ("请允许未知来源，然后装一下我们发的安装包。", "remote_access"),
    # the seed by a slang or variant noun
    ("密语发我一下，帮你找回", "asks_seed_phrase"),
    ("把你的记忆词给我，马上恢复", "asks_seed_phrase"),
    ("種子詞發一下，我幫你查", "asks_seed_phrase"),
    # a picture of what holds the seed
    ("Upload a photo of your seed backup paper so we can confirm it's you.", "asks_seed_phrase"),
    ("Take a picture of the recovery card and send it to me.", "asks_seed_phrase"),
    ("把恢复词那张备份卡拍下来发给我。", "asks_seed_phrase"),
]


@pytest.mark.parametrize(("text", "code"), ASKS)
def test_round12_asks_are_refused(text: str, code: str) -> None:
    assert code in codes(text), codes(text)
    assert not review_outbound(text).sendable


SAFE = [
    # part of a public identifier: what support may ask for
    "Please tell me the last 6 digits of the TXID so I can find your deposit.",
    "Could you send the first 4 and last 4 characters of your deposit address?",
    "Tell me the last 4 digits of your order number and I'll look it up.",
    "请告诉我交易哈希的后6位，我帮您查。",
    "麻烦提供一下收款地址的后四位，方便核对。",
    # an address to check, not to pay to
    "请再核对一下收款地址 0x5c2b1f0e9d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c，它不是我们的官方地址。",
    "请仔细核对一下提币的地址 0x5c2b1f0e9d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c，它和您白名单里的不一致。",
    "Please double-check the address you sent to, 0x5c2b1f0e9d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c: not ours.",
    # the same words as the asks, in warnings and advice
    "Never say the code you receive by SMS out loud to anyone who calls you.",
    "If a caller asks you to read out the digits you get by text, hang up.",
    "If someone asks you to sign a transaction to prove ownership, it is a scam.",
    "签名交易前请仔细核对内容，不会动资金的说法常被骗子利用。",
    "When the SMS arrives, enter it in the app's verification box.",
    "短信验证码收到后，请在App里输入，不要告诉任何人。",
    "您的工单号会通过短信发给您，收到后回复给我们即可。",
    "Write your recovery words down in order on paper and keep them offline.",
    "请按顺序把助记词抄在纸上，离线保存。",
    "The words on your backup card are for you alone; keep it somewhere safe.",
    "助记词不要拆开发给任何人，分几条发也一样危险。",
    "骗子常说“今天不验证助记词，资产将永久丢失”，这是诈骗话术。",
    "If you lose your recovery phrase, no one can restore the wallet, not even us.",
    "Never install files a stranger sends you or grant them accessibility access.",
    "请勿开启USB调试，也不要安装陌生人发来的安装包。",
    "截图里如果有私钥，千万别发给任何人。",
    "Don't upload a photo of your backup card anywhere, not even to us.",
    "密语、记忆词都是助记词的别称，任何人索要都是诈骗。",
    "Please confirm the transaction in the app to verify your withdrawal.",
    "请确认这笔交易是否是您本人操作，核验后不会影响您的资金。",
    # handing the conversation over moves no funds (the classifier is not consulted)
    "I'll transfer this conversation to our security team right away.",
    "我现在帮您转接到安全团队，请稍等。",
]


@pytest.mark.parametrize("text", SAFE)
def test_round12_safe_replies_pass(text: str) -> None:
    assert review_outbound(text).sendable, review_outbound(text)


def test_an_ask_beside_a_public_identifier_is_still_refused() -> None:
    """The part of a TXID clears itself, not a code asked for in the same sentence."""
    assert codes("Tell me the last 6 digits of the TXID and the code we just texted you.")
    assert codes("请告诉我TXID的后6位和刚收到的验证码。")


def test_a_transfer_after_the_checked_address_is_still_refused() -> None:
    text = (
        "请核对一下转入的地址 0x5c2b1f0e9d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c，然后再转0.1 BTC到这个地址完成验证。"
    )
    assert "transfer_request" in codes(text)


def test_the_module_reads_folded_lower_case_text() -> None:
    """``round12_asks`` is the registration's one entry; ``clears`` only clears its own kinds."""
    low = ascii_lower("Split your seed words into two messages, that way it's safe.")
    assert [a.code for a in round12_asks(low)] == ["asks_seed_phrase"]
    assert round12_asks(ascii_lower("Thanks, your withdrawal is on its way.")) == []
    # a reference code is no secret (the older noun rules still refuse this sentence: a known false stop)
    reference = (
        "When our agent calls, read out the reference code you received by email so we can find your case."
    )
    assert round12_asks(ascii_lower(reference)) == []
    txid = ascii_lower("Please tell me the last 6 digits of the TXID.")
    assert clears(txid, "asks_otp_code", 7, 32)
    assert not clears(txid, "asks_seed_phrase", 7, 32)


def test_a_long_reply_still_finds_the_ask() -> None:
    """Past 440 characters the rules search only near their first words."""
    filler = "Thanks for your patience while we look into this for you. " * 12
    assert codes(filler + "Go through the backup words one by one with me.") == ["asks_seed_phrase"]
