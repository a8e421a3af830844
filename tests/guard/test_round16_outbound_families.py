"""Issue 16, outbound round 16 (guard16out, session 12): r22's and r23's misses, by family.

Every wording here is this round's own (none copied from a batch); they were written while the families
were built, so they are tuning cases, not a measure. ``CLEARED`` and ``NEW_ASKS`` hold only wordings the
code before this round got wrong (refused or held safe replies; asks passed or only held), so each
parametrised case fails without ``outbound_clears16`` / ``outbound_intent16``. ``STAY_REFUSED`` and
``STAY_SAFE`` are the near neighbours on the other side of each family: they guard against a family
reaching too far (the code before this round already got them right).
"""

from __future__ import annotations

import pytest

from app.guard import check_outbound, outbound_intent16, review_outbound
from app.guard.outbound import _FOLDER
from app.guard.textutil import ascii_lower
from tests.guard.corpus_lines import agent_lines

# family -> safe replies the rules refused (or held) before round 16 and must now let pass unrefused
CLEARED: dict[str, list[str]] = {
    "ours_never_asks": [
        "Please read the banner on the login page: staff will never request your password.",
        "Please read the notice in the app: support will never request your SMS code.",
    ],
    "no_need_to_give_it": [
        "唔使俾密碼我，我哋用註冊電郵就可以查到。",
        "唔需要提供驗證碼，我用 UID 查到。",
        "唔使send驗證碼俾我，我睇到記錄。",
    ],
    "whoever_asks_dont": [
        "不管谁让您开远程协助，都不要开。",
        "不管谁叫您打开屏幕共享，都别开。",
        "無論誰叫您開遠程協助，都不要開。",
        "無論邊個叫你開屏幕共享，都唔好開。",
    ],
    "official_install_advice": [
        "建议下载“全民反诈”APP，可以拦截诈骗电话。",
        "推荐安装“国家反诈中心”，收到可疑短信可以举报。",
        "安卓用户请在应用市场下载，不要用“内测版”。",
        "請用 App Store 下載，唔好裝「企業簽名版」。",
        'Download the "National Anti-Fraud Center" app; it can flag scam calls.',
    ],
    "move_funds_after_a_leak": [
        "Your private key is compromised; move the funds in that wallet to a new wallet.",
        "请尽快把这个钱包里的资产转到新钱包，您的私钥已经泄露了。",
    ],
    "label_instead_of_the_secret": [
        "您说的“私钥”如果是 API Secret，请不要发出来；告诉我 API 备注就行。",
        "如果您指的是 API Secret，千萬不要發出來；告訴我 API 的備註就可以。",
    ],
}

# family -> asks the rules let pass (or only held) before round 16 and must now refuse
NEW_ASKS: dict[str, list[str]] = {
    "number_by_purpose_handed_back": ["Tell me the one you just received and we are done."],
    "slang_noun_or_hand_over": [
        "dm me the api creds and I'll check",
        "私钥甩过来，我帮你弄",
        "验证码丢过来就行",
        "那条短信直接截图发我",
        "您钱包的“记忆词”请提供一下",
    ],
    "words_one_by_one": ["把詞按編號逐個發我", "Type the seed words one per message so nothing gets lost."],
    "secret_by_wallet_screen": ["Paste the long string that starts with 0x, not the address, the other one."],
    "refusal_price": ["不提供验证码的话，我们这边没办法处理", "私钥不给的话，资产冻结我们不负责"],
    "account_of_made_up_purpose": ["把 USDT 全部轉到保險賬戶"],
    "remote_control_allowed": ["麻烦允许一下屏幕控制，我帮您操作"],
    "wallet_prompt_as_protection": ['Sign the "Shield" transaction in your wallet, it protects your tokens.'],
}

# near scam asks on the far side of a clearing family: must stay refused by the rules alone
STAY_REFUSED: list[str] = [
    "Support will never ask for this normally, but today please send me your 2FA code.",
    "客服不会随便索要验证码，但这次请发给我。",
    "唔使驚，畀驗證碼我，好快搞掂。",
    "不用担心，验证码发给我就行。",
    "No need to worry, just send me your password.",
    "不管谁让您开屏幕共享，您都先开一下，我这边要看。",
    "在应用商店下载 AnyDesk，把识别码发给我。",
    "请到官网下载我们的远程协助工具，然后告诉我设备码。",
    "您的私钥泄露了，请把资产转到我们为您新建的安全钱包。",
    "Your key leaked, move everything to a new wallet at 0x8b3c1e2f9a0d4c5b6e7f8091a2b3c4d5e6f70812 now.",
    "唔好畀人知，將助記詞畀我。",
    'Download our new "Support Assistant" from the Play Store link I\'ll send, then log in with me.',
]

# near safe replies on the far side of an ask family: must not be refused
STAY_SAFE: list[str] = [
    "The verification code you just got expires in 5 minutes; enter it in the app.",
    "Never share the confirmation number you receive with anyone, including us.",
    "The security code from the app is only for the app; don't give it to anyone.",
    "Your PK match starts at 8pm, good luck.",
    "如果有人让您把验证码甩过去，那一定是骗子。",
    "二维码复制过来也可以，我帮您看看能不能识别。",
    "邀请码发过来，我帮您查返佣。",
    "不要把短信转发给任何人，包括自称客服的人。",
    "Write the words down one per line on paper, never in a chat.",
    "Last step: enable 2FA in the security center.",
    "最后一步：在安全中心开启 2FA。",
    "不提供身份证照片的话，我们没办法完成认证。",
    "助记词不给任何人的话，就没有人能转走您的资产。",
    "不要把资金转入所谓的“安全账户”，那是骗局。",
    'Don\'t move funds to any "verification account" anyone gives you.',
    "Never allow remote control of your computer to anyone who contacts you.",
    "不要在钱包里确认陌生合约，说是能保护资产的都是骗子。",
]


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(family, text) for family, texts in table.items() for text in texts]


@pytest.mark.parametrize(("family", "text"), _cases(CLEARED))
def test_a_safe_reply_of_the_family_is_not_refused(family: str, text: str) -> None:
    assert check_outbound(text) == (), family


@pytest.mark.parametrize(("family", "text"), _cases(NEW_ASKS))
def test_an_ask_of_the_family_is_refused_by_the_rules(family: str, text: str) -> None:
    assert check_outbound(text) != (), family
    assert review_outbound(text, model=False).blocked, family


@pytest.mark.parametrize("text", STAY_REFUSED)
def test_a_near_ask_beside_a_clearing_family_stays_refused(text: str) -> None:
    assert review_outbound(text, model=False).blocked


@pytest.mark.parametrize("text", STAY_SAFE)
def test_a_near_safe_reply_beside_an_ask_family_passes_the_rules(text: str) -> None:
    assert not review_outbound(text, model=False).blocked


def _tuning_texts() -> list[str]:
    return agent_lines(26)  # the tuning batches r1-r26 (round 18)


def test_the_word_gates_never_hide_a_match() -> None:
    """The literal gates (one trie scan of a Chinese reply, ``in`` over an English one) are for speed:
    on every own and r1-r23 text, ``intent16_asks`` finds what it finds with every gate open."""
    own = [t for table in (CLEARED, NEW_ASKS) for ts in table.values() for t in ts] + STAY_REFUSED + STAY_SAFE
    texts = own + _tuning_texts()
    assert len(texts) > 8000
    opened = 0
    for text in texts:
        low = ascii_lower(_FOLDER.fold(text).text)
        want = outbound_intent16._asks(low, outbound_intent16.ALL_FAMILIES)
        opened += bool(want)
        assert outbound_intent16.intent16_asks(low) == want, text
    assert opened > 40  # the comparison is not vacuous
