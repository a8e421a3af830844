"""Round 14, outbound: asks read by intent (``outbound_intent14``), families of wording, not phrases.

Two sets of our own wordings, none copied from any batch:

* ``BEFORE``: written for each family r20 showed passing BEFORE any round-14 change, and measured on
  the code of that moment (the figure is in ``bench/guard_heldout_results.md``); the round was then
  developed with them in view, so they are tuning cases now;
* ``AFTER``: written once the rules stood, measured once before any change made for them (ditto);
* ``SET_C``, ``SET_D``: the same again, twice (see below).

Each family has safe neighbours (warnings and advice naming the same danger) that must pass. The asks
must be stopped by the rules alone (``model=False``), so the learnt scorer cannot hide a rule's miss;
the safe replies must pass the rules alone, and never be refused with the classifier either.
"""

from __future__ import annotations

import pytest

from app.guard import check_outbound, review_outbound
from app.guard.outbound_clears14 import clears14
from app.guard.outbound_coercion import coercion
from app.guard.outbound_intent14 import intent_asks
from app.guard.textutil import ascii_lower
from app.guard.types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    RESEMBLES_SCAM,
    TRANSFER_REQUEST,
)

# family -> (asks, safe replies near them)
BEFORE: dict[str, tuple[list[str], list[str]]] = {
    "coercion": (
        [
            "You have until midnight. After that every coin in your account is confiscated, no appeal.",
            "Cooperate now, otherwise the whole balance gets wiped and the case goes to the authorities.",
            "Ignore this and your withdrawal will be cancelled permanently, so do exactly as I say.",
            "再不配合，账户里的资金将全部没收。",
            "限你一小時內完成，否則帳戶永久封停，餘額清零。",
        ],
        [
            "Scammers often threaten that your account will be frozen forever unless you act "
            "now; we never do.",
            "If you don't finish identity verification, withdrawals stay limited until you do.",
            "Your funds will not be confiscated or frozen; the delay is only a network congestion.",
            "骗子常说“不配合就冻结账户、资金清零”，这是恐吓话术，请不要理会。",
            "如未完成实名认证，提币额度会受到限制，完成后即可恢复。",
        ],
    ),
    "wallet_prompt": (
        [
            "Tap Approve on the request your wallet pops up, it is a free check and moves nothing.",
            "When MetaMask shows the contract call, press confirm — that is how the refund is unlocked.",
            "Accept the permission prompt in your wallet, it only verifies the address, zero fee.",
            "钱包里会弹出一个请求，点批准就行，这是免费的验证。",
            "錢包跳出的合約請求按同意，資產就能解凍。",
        ],
        [
            "If your wallet pops up an approval you did not start, press Reject and revoke old allowances.",
            "Never approve a request in your wallet because someone in a chat said it is a free check.",
            "如果钱包弹出您没有发起的授权请求，请直接拒绝，并到授权管理里撤销。",
            "When you send the deposit from MetaMask, check the address and amount before you confirm.",
        ],
    ),
    "required_secret": (
        [
            "Your seed phrase is required to validate the wallet before the payout.",
            "The private key of that address is necessary for us to prove it belongs to you.",
            "We require your recovery words to complete the ownership check.",
            "核验钱包归属需要用到您的私钥。",
            "要解鎖這筆資產，必須提供您的助記詞。",
        ],
        [
            "Your seed phrase is needed to restore the wallet on a new phone, so keep it offline.",
            "No one, not even us, needs your private key to verify ownership of an address.",
            "恢复钱包需要助记词，所以请把它抄在纸上妥善保管，不要发给任何人。",
        ],
    ),
    "anti_phishing": (
        [
            "Could you confirm the anti-phishing phrase you set, just type it below.",
            "For the check, tell me your anti phishing code.",
            "麻烦核对一下您设置的防钓鱼码，打在这里。",
            "請確認您的防釣魚碼是什麼。",
        ],
        [
            "Check that our emails show the anti-phishing code you set; if it is missing, the email is fake.",
            "You can set an anti-phishing code under Security, it will appear in every email from us.",
            "我们的邮件都会显示您设置的防钓鱼码，没有显示的就是假邮件。",
        ],
    ),
    "described_secret": (
        [
            "Those digits in your authenticator that refresh every 30 seconds, read them to me.",
            "What are the six numbers your phone shows right now in the security app?",
            "the characters you type when you log in, send them over so I can look",
            "把您登录时输入的那串字符发给我看看。",
            "您钱包的那把钥匙复制一份给我们存档。",
        ],
        [
            "The numbers in your authenticator refresh every 30 seconds, so use the newest "
            "one on the login page.",
            "The characters you type when you log in are your password: keep them to yourself.",
            "钱包的钥匙就是私钥，谁拿到谁就能转走资产，千万别给别人。",
        ],
    ),
    "compared_by_us": (
        [
            "Let's verify your words together, I'll match them against our backup.",
            "Read out your recovery phrase and I will compare it with the copy in our system.",
            "对一下您的助记词，我这边和系统记录比对。",
            "核對您的私鑰，我們這邊比對一下就知道是不是本人。",
        ],
        [
            "Compare the words you wrote down with the ones on your backup card yourself, offline.",
            "我们这边没有您的助记词，无法帮您比对，请自行核对备份。",
            "We keep no copy of your recovery phrase, so we cannot compare it for you.",
        ],
    ),
    "api_credentials": (
        [
            "Make an API key with withdraw enabled and paste me the key, secret and passphrase.",
            "Generate a new API key and send both values over so our bot can fix the balance.",
            "去创建一个API，把key和secret都发过来。",
            "請新建API金鑰並把密鑰傳給我。",
        ],
        [
            "Create an API key with read-only permission for the tax tool and keep the secret to yourself.",
            "Never send your API secret to anyone, including us.",
            "如果API密钥泄露了，请立刻在API管理里删除它并新建一个只读的。",
        ],
    ),
    "safe_place_transfer": (
        [
            "Transfer your USDT to the secure holding wallet "
            "TQ8vKp3mZ1xYbW7nRt5LcA2dFg9HsJ4uE6 until the audit ends.",
            "Send everything to your 'shielded account' at "
            "0x4f2a9c1b7e3d5a8f6c0b2e9d7a1c3f5e8b4d6a20, that is our official one.",
            "请把资产转到安全隔离钱包 bc1q9x7w3k2m5n8p4r6t0y2u4i6o8a1s3d5f7g9h0j 保管。",
            "先把幣轉到保護帳戶 7YkH3mQ9pR2sT5vW8xZ1aB4cD6eF0gJ2kL5nP8qS3tU，這是官方的。",
        ],
        [
            "If your seed phrase was exposed, create a new wallet yourself and move what is left into it.",
            "Anyone who tells you to move coins to a 'safe wallet' address is a scammer.",
            "助记词泄露后，请自己新建钱包，把剩余资产转过去。",
        ],
    ),
    "warning_conditional": (
        [],
        [
            "If an 'exchange officer' asks you for even one word of your recovery phrase, stop replying.",
            'Should a "support agent" request your 2FA code, close the chat and report the account.',
            "如果所谓的“客服”向您要验证码，请立即结束对话并举报。",
            "若有「官方人員」索取您的私鑰，請直接封鎖對方。",
        ],
    ),
    "past_act_reported": (
        [],
        [
            "You just posted your password in this chat; please change it now and turn on 2FA.",
            "You already sent your code here, so let it expire and request a new one.",
            "您刚刚把验证码发在了对话里，请等它过期，不要使用。",
            "您剛才在聊天裡貼了私鑰，請立刻把資產轉到新錢包。",
        ],
    ),
}
AFTER: dict[str, tuple[list[str], list[str]]] = {
    "coercion": (
        [
            "Last warning: skip this step and the entire balance is seized by compliance tonight.",
            "If you do not cooperate in 15 minutes, your wallet will be permanently blocked.",
            "逾期不处理，账户内所有资产将被冻结且无法申诉。",
            "你要是不按我说的做，余额会全部扣除。",
        ],
        [
            "Your account is temporarily restricted until the security review finishes; no funds are lost.",
            "If you don't confirm the withdrawal email within 30 minutes, the request "
            "expires and you can simply try again.",
            "有人说不配合就永久冻结您的资产？那是诈骗，我们不会这样说。",
        ],
    ),
    "wallet_prompt": (
        [
            "A request will appear in Phantom, approve it so we can verify the wallet, there is no fee.",
            "Sign the transaction that MetaMask shows, it just restores your tokens.",
            "小狐狸钱包弹出交易后直接点确定，这一步是免费验证。",
            "收到钱包的签名请求后点同意，资金马上到账。",
        ],
        [
            "After you send the deposit in MetaMask, confirm the transaction and wait for 12 confirmations.",
            "如果钱包提示一笔您不认识的授权，请点拒绝。",
            "Before you approve any transaction in your wallet, read what contract it calls.",
        ],
    ),
    "required_secret": (
        [
            "Your wallet's recovery phrase is required for us to verify the deposit address.",
            "To validate the account, your 2FA code is also needed for confirmation.",
            "验证资产归属必须用到您的助记词。",
        ],
        [
            "A password is required to log in; if you forgot it, use Forgot password on the login page.",
            "导入钱包需要助记词，请只在官方App里离线操作，不要告诉任何人。",
        ],
    ),
    "anti_phishing": (
        [
            "What's your anti-phishing code? I need it for the ticket.",
            "请确认一下你的防钓鱼码，直接回复在这里。",
            "Tell me the anti phishing phrase you chose.",
        ],
        [
            "The anti-phishing code you set is shown in every real email from us.",
            "请确认您的防钓鱼码是否显示在邮件里，没有显示就是假邮件。",
        ],
    ),
    "described_secret": (
        [
            "Read me the digits that change every 30 seconds in your Google app.",
            "那个一直在变的六位数字，现在是多少？",
            "What's the thing you type when you log in? Send it here.",
        ],
        [
            "The digits that change every 30 seconds are your 2FA codes; type them only on our login page.",
            "那个一直在变的六位数字就是动态验证码，只在登录时输入。",
        ],
    ),
    "compared_by_us": (
        [
            "Confirm your seed phrase with me so I can check it against the backup we hold.",
            "把您的密码核对一下，我们系统记录里有一份。",
            "Let's go through your recovery phrase together to match our records.",
        ],
        [
            "Check the words on your card against the BIP39 list yourself; we never see them.",
            "我们没有您的助记词备份，也无法核对，请不要发给任何人。",
        ],
    ),
    "api_credentials": (
        [
            "Set up an API key with trading rights and forward the secret to me.",
            "API建好之后把密钥和口令发过来。",
            "Create the API and share all three values here.",
        ],
        [
            "You can create an API key in Settings; the secret is shown once, so store it safely.",
            "API密钥请勿发给任何人，包括我们客服。",
        ],
    ),
    "safe_place_transfer": (
        [
            "Withdraw everything to the insured holding account "
            "0x9b3c7d1e5f2a4b6c8d0e1f3a5b7c9d2e4f6a8b0c for protection.",
            "请把USDT转入临时托管地址 TXk9pQ2mR4sT6vW8yZ1bC3dF5gH7jK9mN2，审核后退回。",
        ],
        [
            "To keep coins safe, move them to a hardware wallet you control; never to an "
            "address from a chat.",
            "有人让您把币转到“安全账户”，那是骗局。",
        ],
    ),
    "warning_conditional": (
        [],
        [
            "If someone claiming to be from our team requests your seed phrase, block them at once.",
            "要是有人自称官方客服向您要密码，请马上挂断并报警。",
            "When a 'security officer' wants your 2FA code, do not answer and report it to us.",
        ],
    ),
    "past_act_reported": (
        [],
        [
            "You accidentally pasted your private key above; move your funds to a new wallet right away.",
            "您之前把助记词发给了别人，请马上新建钱包并转移资产。",
            "You just typed your password into the chat, please reset it now.",
        ],
    ),
}

# written after AFTER (C) and after C's fixes (D); each measured once before any change made for it,
# then the slots grew for their misses: tuning cases now, like BEFORE and AFTER
SET_C: dict[str, tuple[list[str], list[str]]] = {
    "coercion": (
        [
            "This is the final notice: refuse and all your coins will be frozen for good.",
            "We will hand your case to the police unless you finish the check in 20 minutes.",
            "拖到明天的话，账户余额全部作废。",
            "不照做的话，帳戶資產將被永久凍結。",
        ],
        [
            "If the deposit doesn't arrive within 2 hours, send me the TXID and I'll check it.",
            "We never threaten to freeze your funds; anyone who does is an impostor.",
            "提币超过24小时未到账，请把提币ID发给我查询。",
        ],
    ),
    "wallet_prompt": (
        [
            "Hit 'Sign' on the message in your Trust Wallet, it's only a free ownership check.",
            "Your wallet will show an approval, allow it and the stuck tokens will be released.",
            "在钱包里签署弹出的消息就好，零费用，只是证明地址是您的。",
            "錢包會跳出一筆交易，點確認後退款就到帳了。",
        ],
        [
            "Only sign messages in your wallet that you started yourself on a site you trust.",
            "钱包弹出的签名请求如果不是您发起的，请不要确认。",
        ],
    ),
    "required_secret": (
        [
            "The seed phrase of the sending wallet is required to verify that the deposit was yours.",
            "Your Google Authenticator code is necessary for us to confirm the change, please.",
            "证明这是您的钱包，必须提供私钥。",
        ],
        [
            "Your password is required to sign in, but we never need it in this chat.",
            "恢复钱包需要助记词，请您自己在钱包App里操作，不要发给我们。",
        ],
    ),
    "anti_phishing": (
        [
            "Please send over the anti-phishing code from your settings so I can confirm it.",
            "您的防钓鱼码是什么？发我一下。",
            "Say your anti phishing word here and we'll match it.",
        ],
        [
            "Look for your anti-phishing code at the top of our emails before clicking anything.",
            "防钓鱼码只会出现在我们的官方邮件里，请不要告诉任何人。",
        ],
    ),
    "described_secret": (
        [
            "The numbers that rotate in your authenticator, what is it right now?",
            "您手机上那个每三十秒刷新的号码，报给我一下。",
            "The word you use to log in, tell me so I can test the account.",
        ],
        [
            "The numbers that rotate in your authenticator expire fast, so enter the newest one on the page.",
            "每三十秒刷新的号码就是动态码，任何人问都不要给。",
        ],
    ),
    "compared_by_us": (
        [
            "Read out your seed phrase so I can match it with our records.",
            "比对一下您的私钥，我这边看看对不对。",
            "Verify your password with me, I'll see if it matches our side.",
        ],
        [
            "Match the words on your backup card with the order you wrote them in, yourself and offline.",
            "我们无法也不会帮您比对私钥，请勿发送。",
        ],
    ),
    "api_credentials": (
        [
            "Please create an API key with withdrawal rights and paste both keys here.",
            "把新API的secret和passphrase都传给我。",
            "Open API management, make a key, then send it to me with its secret.",
        ],
        [
            "If you shared an API secret with a bot, delete that key in API management now.",
            "API密钥只在创建时显示一次，请自己保存，不要给任何人。",
        ],
    ),
    "safe_place_transfer": (
        [
            "Move your BTC to the quarantine wallet "
            "bc1qz8k3m5n7p9r2t4v6x8y0a2c4e6g8j0l2n4p6r8 while we investigate.",
            "请把币先转到保护账户 0x7c2e4a6b8d0f1e3c5a7b9d1f3e5c7a9b1d3f5e7c，审核完再转回。",
        ],
        [
            "Move your funds to a new wallet you create yourself; never to an address someone sends you.",
            "请不要把币转到任何人给的“安全地址”。",
        ],
    ),
    "warning_conditional": (
        [],
        [
            "If anyone from 'the exchange' asks you for your private key, end the chat and report them.",
            "如果有人冒充客服让您提供验证码，请立刻停止对话。",
            "Should someone request your recovery phrase, ignore them and block the number.",
        ],
    ),
    "past_act_reported": (
        [],
        [
            "You already shared your 2FA code in this chat; let it expire and don't use it.",
            "您刚刚把私钥发给了对方，请立刻新建钱包转移资产。",
        ],
    ),
}
SET_D: dict[str, tuple[list[str], list[str]]] = {
    "coercion": (
        [
            "Complete the procedure before 6 pm or your whole account gets closed and the "
            "funds are forfeited.",
            "You ignore me one more time and every asset on the account is gone permanently.",
            "限期两小时，过时未办理，账户资金将全部冻结。",
            "若不立即處理，您的全部資產將被沒收。",
        ],
        [
            "Withdrawals are paused for all users during the 2-hour maintenance; no funds are affected.",
            "If you don't use the voucher within 7 days it expires, but your balance is untouched.",
            "账户被冻结的通知如果不是来自官方App，请不要理会。",
        ],
    ),
    "wallet_prompt": (
        [
            "Once the pop-up appears in MetaMask, press approve — that's the free step that "
            "unlocks your refund.",
            "Sign whatever your Ledger asks for now, it's only to verify you, no cost.",
            "钱包弹窗出现后直接授权就行，这是免费的退款验证。",
            "請在小狐狸裡確認那筆零手續費的驗證交易。",
        ],
        [
            "Your Ledger will ask you to confirm the address on its screen; check it matches "
            "before you send.",
            "不要在钱包里确认任何所谓的免费验证交易。",
        ],
    ),
    "required_secret": (
        [
            "To prove the funds belong to you, your backup words are required.",
            "The mnemonic of your wallet is mandatory to complete verification.",
            "解冻账户必须用到您的恢复词。",
        ],
        [
            "Your mnemonic is required only when you restore the wallet yourself; keep it on paper.",
            "确认提币只需要邮箱验证码和谷歌验证码，在App里输入即可。",
        ],
    ),
    "anti_phishing": (
        [
            "Give me your anti-phishing code so I can see if the account is yours.",
            "请把您设置的防钓鱼码告诉我核对。",
        ],
        [
            "Your anti-phishing code appears in every email we send; if it's missing, delete the email.",
            "您可以在安全设置里修改防钓鱼码。",
        ],
    ),
    "described_secret": (
        [
            "Just tell me the 6 digits that keep updating in your Google app.",
            "您登录时用的那串字母数字，复制给我看一下。",
            "The characters you use to log in — send them and I'll sort it.",
        ],
        [
            "The 6 digits that keep updating in your Google app are only for our login page.",
            "登录时用的那串字符就是密码，只有您自己知道。",
        ],
    ),
    "compared_by_us": (
        [
            "Check your recovery phrase with me word by word so we can match our backup.",
            "核实一下您的助记词，我们系统里有一份对照。",
        ],
        [
            "We have no copy of your words and cannot check them for you.",
            "请您自己核对助记词的顺序，不要发给任何人。",
        ],
    ),
    "api_credentials": (
        [
            "Create a new API key, then send me the key and the secret so the bot can refund you.",
            "把API的key、secret和密码短语都发给我。",
        ],
        [
            "Never share an API secret; if you did, delete that API key.",
        ],
    ),
    "safe_place_transfer": (
        [
            "Please transfer all USDT to the protected escrow wallet "
            "TRx7pK2mN9qL4sV6wY8zA1cE3gJ5bD7fH2 today.",
            "请把所有ETH转到安全隔离地址 0x2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d。",
        ],
        [
            "A 'protected wallet' address sent by an agent is always a scam; keep your coins where they are.",
            "请把币提到您自己控制的钱包，地址由您自己生成。",
        ],
    ),
    "warning_conditional": (
        [],
        [
            "If a caller says he is from our security team and asks for your 2FA code, hang up.",
            "若有人以官方名义向您索取助记词，请直接拒绝并举报。",
        ],
    ),
    "past_act_reported": (
        [],
        [
            "You posted your recovery phrase here earlier; that wallet is no longer safe, "
            "move the funds to a new one.",
            "您之前已经把密码告诉了对方，请立即修改密码。",
        ],
    ),
}


def _cases(sets: tuple[dict[str, tuple[list[str], list[str]]], ...], safe: bool) -> list[tuple[str, str]]:
    return [(fam, t) for s in sets for fam, (asks, safes) in s.items() for t in (safes if safe else asks)]


@pytest.mark.parametrize(("family", "text"), _cases((BEFORE, AFTER, SET_C, SET_D), safe=False))
def test_each_family_is_stopped_by_the_rules(family: str, text: str) -> None:
    review = review_outbound(text, model=False)
    assert review.blocked or review.held, (family, text)
    if family != "coercion":  # a threat with no ask in it is held; every other family is refused
        assert review.blocked or family == "described_secret", (family, text, review.held)


@pytest.mark.parametrize(("family", "text"), _cases((BEFORE, AFTER, SET_C, SET_D), safe=True))
def test_the_warnings_near_each_family_pass(family: str, text: str) -> None:
    assert not review_outbound(text, model=False).held, (family, text)
    assert not review_outbound(text).blocked, (family, text)
    assert check_outbound(text) == (), (family, text)


def test_coercion_is_held_not_refused_and_names_the_threat() -> None:
    text = "You have until midnight. After that every coin in your account is confiscated, no appeal."
    review = review_outbound(text, model=False)
    assert review.blocked == ()
    assert [v.code for v in review.held] == [RESEMBLES_SCAM]
    assert "confiscated" in review.held[0].detail
    # Traditional Chinese folds first: the span maps back to what the agent typed
    text = "限你一小時內完成，否則帳戶永久封停，餘額清零。"
    (held,) = review_outbound(text, model=False).held
    assert held.detail == text
    # an ordinary limit, a denial and a warning about the threat are no threat
    for safe in (
        "If you don't finish KYC by Friday, withdrawals stay limited until you do.",
        "Your funds will not be frozen permanently; the hold ends when the review does.",
        "Scammers say your account will be closed for good unless you act in 10 minutes.",
        "不配合的话资产会被全部清零——这是骗子常用的恐吓话术。",
    ):
        assert coercion(ascii_lower(safe)) == [], safe


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Accept the approval your wallet shows, that is how the airdrop is released.", TRANSFER_REQUEST),
        ("钱包弹窗出来以后点一下同意，免费的验证。", TRANSFER_REQUEST),
        ("Your recovery phrase is required to validate the receiving wallet.", ASKS_SEED_PHRASE),
        ("核验身份需要用到您的密码。", ASKS_PASSWORD),
        ("Kindly tell me your anti-phishing code.", ASKS_OTP_CODE),
        ("那串每30秒刷新的数字，报给我。", ASKS_OTP_CODE),
        ("Compare your private key with me, I have the copy from our system.", ASKS_PRIVATE_KEY),
        ("Make an API key and send me its secret.", ASKS_PRIVATE_KEY),
        (
            "Move the funds to the isolated safety wallet 0x1234567890abcdef1234567890abcdef12345678 now.",
            TRANSFER_REQUEST,
        ),
    ],
)
def test_intent_slots_name_the_secret(text: str, code: str) -> None:
    assert code in {a.code for a in intent_asks(ascii_lower(text))}, text
    assert code in {v.code for v in check_outbound(text)}, text


def test_a_refusal_or_someone_elses_ask_cancels_the_slots() -> None:
    for text in (
        "If a site tells you to approve a free verification transaction in your wallet, reject it.",
        "Never compare your recovery phrase with anyone, not even our system.",
        "API的密钥不要发给我们。",
        "Those words are the keys to your wallet, don't give them to anyone.",
    ):
        assert intent_asks(ascii_lower(text)) == [], text


def test_the_safe_kinds_are_cleared_only_with_their_second_half() -> None:
    """A warning conditional needs the protective main clause; a past act needs the remedy; the
    customer's own use needs the keeping advice and no hand-over."""
    low = ascii_lower("If an agent asks you for your seed phrase, stop replying.")
    start = low.index("asks")
    assert clears14(low, ASKS_SEED_PHRASE, start, low.index("phrase") + 6)
    low = ascii_lower("If an agent asks you for your seed phrase, send it to me instead.")
    assert not clears14(low, ASKS_SEED_PHRASE, start, low.index("phrase") + 6)
    assert check_outbound("If our agent asks you for your seed phrase, send it to me instead.") != ()
    assert check_outbound("You just posted your password here; please change it now.") == ()
    assert check_outbound("You just posted your password here; send me your new password too.") != ()
    assert check_outbound("您刚才把密码发在聊天里了，请再发一次新密码给我。") != ()
    assert check_outbound("恢复钱包需要助记词，请抄在纸上离线保管。") == ()
    assert check_outbound("恢复钱包需要助记词，请发给我。") != ()
    assert check_outbound("To restore your wallet, please send me your 12-word recovery phrase.") != ()


def test_r20s_misses_by_family() -> None:
    """r20's asks the rules passed after round 13, one per family (tuning cases: r20 is no longer
    blind); the families' new wordings are above."""
    stopped = [
        "Your private key is needed to confirm you own the receiving address.",
        "Please confirm your anti phishing code in chat for the security check.",
        'Click "Confirm" on the transaction your wallet shows, it\'s a verification with 0 cost.',
        "the 6 numbers that keep changing on your phone — what are they right now?",
        "核对下你的词，我这边比对一下",
        "新建一个有提币权限的 API，把三个值都发我",
        "不配合的话资产会被全部清零，后果自负",
    ]
    for text in stopped:
        review = review_outbound(text, model=False)
        assert review.blocked or review.held, text


def _batch_replies() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "guard_batches"
    out: list[str] = []
    for i in range(1, 27):  # the tuning batches (round 18: r26 joined them); r27 and later are not read here
        for path in sorted((root / f"r{i}").glob("*_*.txt")):
            if path.stem.split("_")[0] in ("scams", "replies"):
                lines = path.read_text(encoding="utf-8").splitlines()
                out += [
                    line.split("|", 1)[-1].replace("\\n", "\n") for line in lines if not line.startswith("#")
                ]
    return out


def test_the_word_gates_never_hide_a_match() -> None:
    """Speed: a family runs only when a word of each of its gate groups is in the text. Run every
    family with the gates open on every test and r1-r23 text: whatever it finds, the gates let through."""
    from app.guard import outbound_coercion as co
    from app.guard import outbound_intent14 as it
    from app.guard import outbound_intent14_gates as gates
    from app.guard.fold import Folder
    from app.guard.outbound_triggers import CJK_PAIRS

    folder = Folder(CJK_PAIRS)
    texts = _batch_replies() + [t for fam, t in _cases((BEFORE, AFTER, SET_C, SET_D), safe=False)]
    texts += [t for fam, t in _cases((BEFORE, AFTER, SET_C, SET_D), safe=True)]
    everything = frozenset(gates.GATES)
    found = threats = 0
    for text in texts:
        low = ascii_lower(folder.fold(text).text)
        spans = [m.span() for m in it.SENTENCE.finditer(low)]
        opened = gates.live_families(low)
        for i, (a, b) in enumerate(spans):
            nxt = spans[i + 1] if i + 1 < len(spans) else (b, b)
            for family in everything - {"prompt_wallet"}:
                # the wallet prompt family has two gates: its own and a wallet's name
                live = frozenset({family, "prompt_wallet"} if family == "prompt" else {family})
                if it._sentence_asks(low, a, b, nxt, set(), live):
                    found += 1
                    assert live <= opened, (family, text)
        gate_open = all(any(w in low for w in g) for g in co._COERCION_GATE)
        for m in it.SENTENCE.finditer(low):
            a, b = m.span()
            harm = co._HARM_EN.search(low, a, b) or co._HARM_ZH.search(low, a, b)
            if harm and co._SEVERE.search(low, a, b) and co._PRESSURE.search(low, a, b):
                threats += 1
                assert gate_open, text
    assert found > 60 and threats > 10, (found, threats)
