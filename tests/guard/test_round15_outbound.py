"""Round 15, outbound: r21's Chinese misses by family, with our own wordings written BEFORE the fix.

``OWN`` holds, per family r21 showed passing (or refusing a safe reply), 3-5 wordings of our own and
near-miss safe replies (warnings and advice naming the same danger), none copied from any batch. They
were written and measured once on the round-14 code before any round-15 change (the figure is in
``bench/guard_heldout_results.md``, "Round 15, outbound"); the round was developed with them in view, so
they are tuning cases now, not an unseen figure.

The asks must be stopped (refused or held) by the rules alone (``model=False``), so the learnt scorer
cannot hide a rule's miss; the safe replies must never be refused, with or without the classifier.
"""

from __future__ import annotations

import re

import pytest

from app.guard import outbound_intent15 as intent15
from app.guard import review_outbound
from app.guard.outbound import _FOLDER
from app.guard.textutil import ascii_lower
from tests.guard.corpus_lines import agent_lines


def fold_text(text: str) -> str:
    return _FOLDER.fold(text).text


# family -> (asks, safe replies near them)
OWN: dict[str, tuple[list[str], list[str]]] = {
    "part_of_a_secret": (
        [
            "私钥只要发前十个字符就行，剩下的您自己留着",
            "助记词先发前六个，后面的等核验完再说",
            "密码的最后四位告诉我一下就可以",
            "验证码发后三位给我核对",
            "Just send the last four characters of your password, that's enough for the check.",
        ],
        [
            "哪怕只是密码的后几位，也不要告诉任何人",
            "有人让您只发一半助记词也是诈骗，一半也能被破解",
            "Even part of your seed phrase is dangerous to share, never send any of the words.",
        ],
    ),
    "we_need_it": (
        [
            "您的交易密码和资金密码我这边都需要一下",
            "我们的分析师需要您的API密钥来帮您操作",
            "登录密码我得要一下，才能帮您查",
            "技术部门需要您的助记词来恢复账户",
        ],
        [
            "我们永远不需要您的密码或API密钥",
            "恢复账户不需要您的助记词，请放心",
            "交易密码只在您自己提现时需要输入",
        ],
    ),
    "pinyin_noun": (
        [
            "你的mima发我看看",
            "zhujici多少，发来核对一下",
            "yanzhengma报一下",
        ],
        [
            "mima千万不要发给别人",
            "yanzhengma只在App里输入",
        ],
    ),
    "code_by_where_it_shows": (
        [
            "手机上刚收到的那串数字是多少",
            "邮件里那个确认用的东西发给我一下",
            "点一下重新获取，把新收到的念给我",
            "那四位数字报一下，只是核对用",
            "电话里机器人念的数字告诉我们同事就行",
        ],
        [
            "手机上收到的数字只在App里输入，不要发给任何人",
            "如果收不到短信，请点“重新获取”，收到后在页面上填写",
            "电话里念的验证码不要告诉任何人，包括自称客服的人",
        ],
    ),
    "threat_with_an_ask": (
        [
            "不立即提供验证码，账户将被永久冻结",
            "今天之内不交出私钥，所有资产都会被没收",
            "不马上发密码，余额将全部清零",
            "再不告诉我助记词，币会全部丢失",
        ],
        [
            "骗子会说“不提供验证码账户就会被冻结”，这是恐吓",
            "我们不会因为您不提供验证码而冻结账户",
        ],
    ),
    "a_wallet_we_make": (
        [
            "我给您新开一个钱包，把资产转进去就安全了",
            "我这边帮您生成一个新地址，您把币都转到那里",
            "同事帮您建了个保护钱包，把USDT转过去",
        ],
        [
            "请您自己新建一个钱包，把剩下的币转过去",
            "客服不会帮您建钱包，也不会让您把币转到我们给的地址",
        ],
    ),
    "wallet_prompt": (
        [
            "在钱包里签个名验证一下身份，不花钱",
            "小狐狸弹出的permit点确认就行了",
            "钱包里跳出来的签名请求，点同意就能解冻",
        ],
        [
            "陌生网站让您在钱包里签名时要当心，可能是盗币授权",
            "钱包弹出的permit签名请不要随便点确认",
        ],
    ),
    # English, written after the Chinese fixes and before the English ones (r21's English misses)
    "en_part_of_a_secret": (
        [
            "The first three digits of the SMS code are enough for now.",
            "Only the last five letters of your password, that will do.",
            "Just the first six words for now, the rest later.",
        ],
        [
            "Even the first three digits of a code are enough for a thief, share none of them.",
            "Write the first six words on one card and the last six on another, and keep both at home.",
        ],
    ),
    "en_what_arrives": (
        [
            "Tap resend and tell me what you get.",
            "I'll trigger a new code now, forward me whatever you receive.",
            "Request the SMS again and paste here what arrives.",
        ],
        [
            "If the SMS doesn't come, tap resend and type what you get into the app.",
            "Try the withdrawal again and tell me which error you get.",
        ],
    ),
    "en_api_details": (
        [
            "Share the full API details with me, secret included.",
            "Send over your API credentials so our bot can trade for you.",
            "Paste the API info here, both the key and the secret.",
        ],
        [
            "Never share your API details with anyone, including us.",
            "Create the API key with read-only rights and keep the secret to yourself.",
        ],
    ),
    "en_permit": (
        [
            "Click confirm on the permit request that pops up.",
            "Sign the permit your wallet shows and we're done.",
            "Approve the Permit2 signature in MetaMask.",
        ],
        [
            "A permit signature can hand over your tokens, so reject any you did not start.",
            "If a site asks you to sign a permit, close it and revoke approvals.",
        ],
    ),
    "prohibition_after_the_noun": (
        [],
        [
            "助记词的截图也别发给任何人",
            "私钥照片同样不要发给别人",
            "所谓的“安全账户”根本不存在，别人给的地址千万不要转",
            "陌生人让您授权或者签名都要小心，授权可能转走您的币",
        ],
    ),
}


def _cases(safe: bool) -> list[tuple[str, str]]:
    return [(family, text) for family, (asks, safes) in OWN.items() for text in (safes if safe else asks)]


@pytest.mark.parametrize(("family", "text"), _cases(safe=False))
def test_each_family_is_stopped_by_the_rules(family: str, text: str) -> None:
    review = review_outbound(text, model=False)
    assert review.blocked or review.held, (family, text)


@pytest.mark.parametrize(("family", "text"), _cases(safe=True))
def test_the_warnings_near_each_family_are_not_refused(family: str, text: str) -> None:
    assert not review_outbound(text, model=False).blocked, (family, text)
    assert not review_outbound(text).blocked, (family, text)


def _tuning_texts() -> list[str]:
    return agent_lines(26)  # the tuning batches r1-r26 (round 18: r26 joined them)


def _ungated(low: str) -> list[tuple[str, int]]:
    """Every family read on every sentence, no gate: what ``intent15_asks`` must equal."""
    zh = not low.isascii()
    live = frozenset({"en", "arrives", *intent15._GATES_ZH})
    out: list[tuple[str, int]] = []
    found: set[str] = set()
    for m in re.finditer(r"[^.!?。！？\n]+[.!?。！？\n]*", low):
        a, b = m.span()
        if intent15._REFUSE.search(low, a, b) or (zh and intent15._OTHER_ASKER.search(low, a, b)):
            continue
        for ask in intent15._sentence(low, a, b, zh, live):
            if ask.code not in found:
                out.append((ask.code, ask.start))
                found.add(ask.code)
    return out


def test_the_word_gates_never_hide_a_match() -> None:
    texts = [t for asks, safes in OWN.values() for t in asks + safes] + _tuning_texts()
    assert len(texts) > 7000
    opened = 0
    for text in texts:
        low = ascii_lower(fold_text(text))
        want = _ungated(low)
        opened += bool(want)
        assert sorted((a.code, a.start) for a in intent15.intent15_asks(low)) == sorted(want), text
    assert opened > 20  # the comparison is not vacuous


def test_r21s_chinese_misses_by_family() -> None:
    """r21's Chinese asks round 14 passed, one per family (tuning cases: r21 is no longer blind)."""
    for text in (
        "为了安全，只需要发密码的后五位",
        "APP的密码和邮箱的密码我都需要",
        "你那个mima多少，发来我看看",
        "邮箱里那个验证的东西发我一下",
        "点一下“重新发送”，把收到的发我",
        "带单老师需要您的API信息帮您交易",
        "我帮您建个新钱包，把币转过去",
        "在小狐狸里签个名确认身份，不要钱的",
        "不马上核验密码，资金会被监管没收",
    ):
        review = review_outbound(text, model=False)
        assert review.blocked or review.held, text
    for text in (
        "不存在客服帮您转移资金的“安全钱包”，陌生人发的地址请不要转",
        "不认识的网站让您签名或授权要小心，授权可能把钱包里的币转走",
        "谷歌验证器的截图也不要发给任何人",
    ):
        assert not review_outbound(text, model=False).blocked, text


def test_a_hand_over_to_us_is_not_cleared_by_a_prohibition_after_it() -> None:
    """ "验证码发我，不要告诉别人": the prohibition is about others; the ask to us stands."""
    for text in ("验证码发我，不要告诉别人", "把币转到这个地址，千万别告诉任何人"):
        assert review_outbound(text, model=False).blocked, text


# Written once the rules stood and measured once before any change made for them (never tuned on):
# the rules alone stopped 13 of 14 asks (round 14's code: 12) and refused none of the 8 safe replies.
MEASURED_ONCE_ASKS = [
    "登录密码发个后四位过来，我核对一下",
    "把私钥的开头几位给我就够了",
    "风控那边需要您的资金密码才能解冻",
    "您的助记词我们技术这边要用一下",
    "短信里那串数字麻烦报给我",
    "邮件中收到的确认码念给我听一下",
    "刚刚弹出来的6位数是多少",
    "yzm发我一下",
    "我们给您准备了一个新钱包地址，把余额转进去",
    "钱包里点一下签名就能领取补偿，不花钱",
    "十分钟内不提供验证码，账户将永久冻结",
    "Could you send me just the last 3 digits of the code?",
    "Hit send again and read me back whatever comes through.",
    "Drop your API credentials here so I can link the copy-trading bot.",
]
MEASURED_ONCE_SAFE = [
    "验证码就算只说后几位也不行，请不要告诉任何人",
    "我们不需要您的资金密码，请不要在聊天里发送",
    "短信里的数字只用于在App里完成验证，别发给任何人",
    "如果有人帮您建钱包让您转币，那一定是骗局",
    "自称客服的人让您签名领取补偿，请直接拒绝",
    "谷歌验证器的备份密钥也不要截图发给别人",
    "Only type the code into our app; nobody from support needs even part of it.",
    "Tap resend if the SMS is late, then enter it on the withdrawal page.",
]


def test_the_set_measured_once_keeps_its_figure() -> None:
    """Not a target met: a floor, so that a later change that loses one of these is seen."""
    stopped = [t for t in MEASURED_ONCE_ASKS if (r := review_outbound(t, model=False)).blocked or r.held]
    assert len(stopped) >= 13, set(MEASURED_ONCE_ASKS) - set(stopped)
    for text in MEASURED_ONCE_SAFE:
        assert not review_outbound(text).blocked, text
