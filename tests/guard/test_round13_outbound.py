"""Round 13, outbound: the kinds of ask blind batch r19 let through, and the safe kinds it refused.
Every kind has our own wordings in English, Simplified and Traditional Chinese, none of them r19's;
the warnings and genuine replies beside them use the same words and must still pass."""

from __future__ import annotations

import pytest

from app.guard import check_outbound
from app.guard.outbound_asks13 import advice_about, round13_asks
from app.guard.textutil import ascii_lower


def codes(text: str) -> list[str]:
    return [v.code for v in check_outbound(text)]


ASKS = [
    # a token approval or signature in the wallet, for us
    (
        "To get the airdrop, link your wallet on our claim page and confirm the pop-up request.",
        "transfer_request",
    ),
    ("Hook up your MetaMask at our portal, then approve the contract it shows.", "transfer_request"),
    (
        "Grant the refund contract an unlimited USDT allowance so the refund can go through.",
        "transfer_request",
    ),
    ("Please give our sync contract permission to spend your USDT.", "transfer_request"),
    ("Just sign the verification message in Trust Wallet, it costs nothing and no tokens are moved.",
     "transfer_request"),
    ("请用钱包连接我们的活动页面，然后点确认。", "transfer_request"),
    ("麻烦在TP钱包里给退款合约授权一下USDT额度。", "transfer_request"),
    ("签一下这条消息就行，只是签名，不扣任何费用。", "transfer_request"),
    ("请在钱包里确认弹出的授权，只是验证一下，不花钱。", "transfer_request"),
    ("請在錢包裡給同步合約授權無限額度。", "transfer_request"),
    # a deposit before a withdrawal; funds to a wallet we made for the customer
    ("解冻前请先缴纳本金的15%作为保证金。", "transfer_request"),
    ("要先交一笔验证金，之后才能提现。", "transfer_request"),
    ("提幣之前要先儲值三成當作押金。", "transfer_request"),
    (
        "Before we can release your withdrawal you must pay a 10% margin into your account.",
        "transfer_request",
    ),
    ("Please move the coins to the safe wallet we set up for you.", "transfer_request"),
    ("请把USDT转到技术部为您创建的安全钱包。", "transfer_request"),
    # a threat tied to not handing over a secret, with no verb of giving
    (
        "Unless you verify your 2FA code in the next 20 minutes, your account will be suspended.",
        "asks_otp_code",
    ),
    (
        "If you don't re-enter your login password today, the account will be locked for good.",
        "asks_password",
    ),
    ("如果今天不提供谷歌验证码，账户资金将被冻结。", "asks_otp_code"),
    ("Unless you re-verify your password today, your account will be deactivated.", "asks_password"),
    ("Wallets not synced with their recovery phrase by Monday will be liquidated.", "asks_seed_phrase"),
    ("未及時核對資金密碼，帳戶餘額將被凍結。", "asks_password"),
    # the authenticator shown to us; its setup key named by its place
    ("Please send us a photo of your Google Authenticator app so we can check the codes.", "asks_otp_code"),
    ("请把身份验证器的界面截屏发给我。", "asks_otp_code"),
    ("截图一下验证器页面，我们帮您核对。", "asks_otp_code"),
    ("麻煩截個圖，把谷歌驗證器頁面發過來。", "asks_otp_code"),
    ("Please type the letters under the QR code here so we can bind it for you.", "asks_otp_code"),
    ("需要您把绑定时二维码下方那串字符发给我们。", "asks_otp_code"),
    # the anti-phishing code asked for, any verb of answering
    ("Respond with your anti-phishing code so we know the email reached you.", "asks_otp_code"),
    ("麻烦说一下你设置的防钓鱼码。", "asks_otp_code"),
    ("請回復一下您設定的防釣魚碼。", "asks_otp_code"),
    # a code handed to a person of ours
    ("When our specialist calls, give him the 6-digit code you get by SMS.", "asks_otp_code"),
    ("Read the verification code to the agent on the phone.", "asks_otp_code"),
    ("请把刚收到的短信验证码告诉我们的审核员。", "asks_otp_code"),
    ("等一下電話接通，把簡訊驗證碼報給我們的專員。", "asks_otp_code"),
    # slang and pronoun hand-overs into this chat
    ("Which password do you use to log in? Send it over.", "asks_password"),
    ("what's the pass ur using rn, stick it here", "asks_password"),
    ("chuck the otp you got in this chat pls", "asks_otp_code"),
    ("Paste the code here, not in the app, the app is down.", "asks_otp_code"),
    ("别在App里输入了，直接把验证码发给我。", "asks_otp_code"),
    ("第一步：重新获取验证码；第二步：不要在网页上填写；第三步：直接贴到对话框。", "asks_otp_code"),
    ("您现在用的是什么密码？", "asks_password"),
    # we use, collect or import the customer's secret
    ("We can restore your balance using your seed phrase.", "asks_seed_phrase"),
    ("We gather every user's recovery phrases during the migration.", "asks_seed_phrase"),
    ("Read me the words on your backup card and we will rebuild the wallet for you.", "asks_seed_phrase"),
    ("我们可以用您的助记词帮您找回资金。", "asks_seed_phrase"),
    ("我們會用您的私鑰把幣轉回來。", "asks_private_key"),
    # the seed's words listed; an announced code sent back; a secret "needed" by us
    ("你的助记词里都有哪些单词？", "asks_seed_phrase"),
    ("Which words are in your recovery phrase? List them.", "asks_seed_phrase"),
    ("你马上会收到一个验证码，收到直接发我。", "asks_otp_code"),
    ("Your fund password is required as well so I can finish the check.", "asks_password"),
    # checked "yourself", but then handed over
    ("Check your recovery phrase yourself, then paste it here so we can confirm.", "asks_seed_phrase"),
    ("自己先核对一下助记词，然后发给我确认。", "asks_seed_phrase"),
]


@pytest.mark.parametrize(("text", "code"), ASKS)
def test_round13_asks_are_refused(text: str, code: str) -> None:
    assert code in codes(text), text


SAFE = [
    # warnings and explanations about wallet approvals
    "Never connect your wallet to a site someone sends you, and never approve a spending "
    "request you did not start.",
    'If a page asks you to sign a message "for free", close it: that is how drainers work.',
    "You can revoke an old USDT allowance on the approvals page of your wallet.",
    "A signature request can look harmless; read it before you sign.",
    "Signing a permit can give a contract permission to spend your tokens.",
    "请不要连接陌生网站的钱包，也不要授权任何额度。",
    "授权无限额度风险很大，建议定期撤销不用的授权。",
    "如果有人让您签名并说不会动资金，那是骗局。",
    "如果钱包弹出授权请求让您授权无限额度，请直接拒绝。",
    # deposits and fees, told truthfully
    "提币前请先确认地址是否正确。",
    "提币手续费会从提币数量中扣除，无需提前充值。",
    "We never ask you to pay a deposit or a tax before a withdrawal; anyone who does is a scammer.",
    "任何要求您提币前先交保证金的都是诈骗。",
    # threats named as what they are, and real time limits
    "If you don't enter the code within 10 minutes, it expires and you can request a new one.",
    "If you don't confirm the withdrawal in the email within 30 minutes, it will be cancelled.",
    "Accounts that are not verified with KYC documents may be restricted.",
    "在钱包里确认交易时会显示gas费，不是免费的。",
    # the authenticator
    "If Google Authenticator shows an error, send a screenshot of the error message.",
    "Never send anyone a screenshot of your authenticator app.",
    "不要把验证器截图发给任何人。",
    "Write down the key under the QR code on paper and keep it offline.",
    "请把二维码下方的密钥抄在纸上保存好。",
    # the anti-phishing code
    "Check that our emails show your anti-phishing code; never tell it to anyone.",
    "官方邮件里会显示您设置的防钓鱼码，请自行核对，不要告诉任何人。",
    # codes and people of ours
    "Our staff will never ask you for the code you receive; do not tell it to anyone.",
    "Tell the agent your ticket number when they call.",
    "请把工单号告诉我们的专员。",
    # passwords talked about
    "Which password manager are you using? We recommend one.",
    "Which password did you reset, the login one or the fund password?",
    # our use of secrets denied
    "We cannot recover funds with your private key, and we will never ask for it.",
    "Only you can restore a wallet with its seed phrase; we never see it.",
    "您会收到6位验证码，请在App里输入。",
    "收到的验证码只能在App里输入，不要发到聊天框。",
    "Your password is required to sign in; we never see it.",
    # statements about codes after a verb whose object is a clause
    "请确认手机时间是自动同步的，谷歌验证码和时间有关。",
    "请确认您的网络是正常的，验证码会在60秒内过期。",
    "请确认邮箱地址是正确的，验证码会发到这个邮箱。",
    "請確認手機時間是自動同步的，驗證碼是根據時間生成的。",
    "Make sure your phone's clock is set automatically, because authenticator codes depend on the time.",
    # the customer checks a secret alone
    "You can check which words are in your recovery phrase against the BIP39 list yourself, offline.",
    "请自行核对助记词的拼写，离线完成即可。",
    # block explorers (the deployment's default list)
    "Check the TXID on a block explorer like etherscan.io to see the confirmations.",
    "可以在tronscan.org上查这笔转账的确认数。",
    "Your BTC withdrawal: "
    "https://mempool.space/tx/4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b",
]


@pytest.mark.parametrize("text", SAFE)
def test_round13_safe_replies_pass(text: str) -> None:
    assert codes(text) == [], text


def test_the_module_reads_folded_lower_case_text() -> None:
    """``round13_asks`` is called on the folded, lower-cased text: Traditional Chinese arrives as
    Simplified, and the rule names the secret its match holds."""
    found = round13_asks(ascii_lower("We can restore your balance using your seed phrase."))
    assert [a.code for a in found] == ["asks_seed_phrase"]
    assert round13_asks(ascii_lower("We never store your seed phrase.")) == []


def test_a_statement_clears_only_a_verb_whose_object_is_a_clause() -> None:
    """The safe kind needs both: the verb's object is a whole clause (…是…), and the code's own clause
    states something about it. A hand-over in the code's clause stays refused."""
    text = "请确认手机时间是自动同步的，谷歌验证码和时间有关。"
    assert advice_about(text, "asks_otp_code", 1, text.index("码") + 1)
    assert not advice_about(text, "transfer_request", 1, text.index("码") + 1)
    assert codes("请确认账号是您本人的，验证码发过来。") != []
    assert codes("请确认一下，谷歌验证码发给我。") != []


def test_an_ask_after_a_warning_in_another_sentence_is_still_refused() -> None:
    """A warning cancels only its own sentence."""
    text = (
        "Scammers often fake refunds. To get yours, connect your wallet at our portal "
        "and approve the request."
    )
    assert "transfer_request" in codes(text)


def test_a_long_reply_still_finds_the_ask() -> None:
    filler = "Thanks for your patience while we look into the deposit. " * 40
    assert "transfer_request" in codes(filler + "提币前需要先充值余额的30%作为保证金。" + filler)


def _batch_replies() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "guard_batches"
    out: list[str] = []
    for i in range(1, 27):  # the tuning batches (round 18: r26 joined them); r27 and later are not read here
        for path in sorted((root / f"r{i}").glob("*_*.txt")):
            if path.stem.split("_")[0] in ("scams", "replies"):
                out += [line.split("|", 1)[-1] for line in path.read_text(encoding="utf-8").splitlines()]
    return out


def test_the_word_gates_never_hide_a_match() -> None:
    """Speed: a rule runs only when a word of each of its groups is in the text. That must never hide
    a match: wherever a rule's pattern matches, each group has a word in the text."""
    from app.guard import outbound_asks13 as r13
    from app.guard.fold import Folder
    from app.guard.outbound_triggers import CJK_PAIRS

    folder = Folder(CJK_PAIRS)
    texts = [t for t, _ in ASKS] + SAFE + _batch_replies()
    checked = 0
    for text in texts:
        low = ascii_lower(folder.fold(text).text)
        present: set[int] = set()  # what the first stage, one literal scan, lets run
        for found in r13._FIRST_WORDS.finditer(low):
            present |= r13._RULES_AT[found.group()]
        for i, (_, _, needs, pattern, _) in enumerate(r13._RULES):
            if pattern.search(low) is not None:
                checked += 1
                assert i in present, (text, pattern.pattern[:60])
                assert all(any(w in low for w in group) for group in needs), (text, pattern.pattern[:60])
    assert checked > 60
