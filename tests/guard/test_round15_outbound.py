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

import pytest

from app.guard import review_outbound

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
