"""Which replies the outbound classifier may read: its gate in ``review_outbound``.

Why a module of its own: the classifier (``outbound_model``) only holds, never refuses, and only
reads prose it can judge: not a short reply, not markup, not a reply that names what support may
ask for, and not one that names nothing a scam wants (``_SOUGHT``). Each condition came from a safe
reply the classifier held; they are kept together here, apart from the rules.
"""

from __future__ import annotations

import re

from .outbound_hand_backs import SUPPORT_MAY_ASK
from .outbound_model import load_model, normalise

#: the least a reply must hold for the classifier to read it: non-space characters, a CJK character
#: counting two. A short reply gives it a handful of n-grams whose weights then decide alone: the
#: suite's own everyday replies were held ("reply 0-1" 0.68, "Here is our guide." and "ticket 3
#: about the PAGEWORD refund" above the 0.59 threshold). An ask that short is the rules' to catch;
#: the classifier is for the long replies where an ask hides. At 32, over r1-r14 it gives up 5 of
#: the 52 scams it held (r14: 1 of 31).
CLASSIFIER_MIN_UNITS = 32
_SPACE = re.compile(r"\s+")
#: markup or code in a reply (a tag, ``name=value``): not prose, so not the classifier's to read. It
#: learned from sentences, and on markup its n-grams say nothing: the suite's plain-text test
#: reply ``<script>window.__pwned=2</script><b>bold</b>…`` scored 0.60, above the threshold. No
#: scam ask in r1-r14 carries either; menu paths ("Profile > Security") are not tags.
_MARKUP = re.compile(r"<[a-z/!]|\w=\S")
_CJK = re.compile(r"[\u3400-\u9fff]")


#: what a scam ask wants or where it sends the customer: a secret, an account's access, a wallet or
#: funds, a piece of software, another channel. A reply that names none of these is no ask the
#: classifier should hold, whatever its n-grams weigh: the retrained model of round 9 held "Hi!
#: Welcome back. What can I help you with today?" (0.65) in blind batch r16, and "I understand,
#: that's really frustrating. Let me see what I can do." in r2. Over r1-r16 every scam the classifier
#: holds names one of these (the Cantonese and Traditional ones in their own characters).
_SOUGHT = re.compile(
    r"pass|pwd|code|otp|2fa|auth|key|\bpk\b|seed|phrase|\bwords?\b|secret|access|log ?in|sign|wallet"
    r"|metamask|approv|send|move|fund|install|download|\bapps?\b|\.exe|apk|screen|remote|desk"
    # round 12: handing the conversation over ("I'll transfer this chat to the security team", 转接) moves
    # no funds
    r"|transfer(?!\s+(?:this|the|your)\s+(?:chat|conversation|ticket|case|call)\b|\s+you\s+to\b)"
    r"|verif|confirm|account|address|card|backup|recovery|\bpin\b|credential|detail|\binfo|telegram"
    r"|whatsapp|wechat|\bdm\b|contact|link|click|passport|selfie|\bid card"
    r"|密码|密碼|验证|驗證|私钥|私鑰|助记|助記|密钥|密鑰|单词|單詞|词|詞|字|钱包|錢包|转(?!接)|轉(?!接)|授权|授權|签名|簽名"
    r"|下载|下載|安装|安裝|登录|登錄|登陆|屏幕|螢幕|遥控|遙距|远程|遠程|备份|備份|口令|账户|帳戶|账号|帳號"
    r"|地址|资金|資金|资产|資產|链接|鏈接|连结|連結|码|碼|安全|信息|資料|微信|电报|電報|联系|聯繫|加我"
    r"|身份证|身份證|证件|證件|护照|護照|手持"
)


def classifier_holds(low: str) -> bool:
    dense = _SPACE.sub("", low)
    if len(dense) + len(_CJK.findall(dense)) < CLASSIFIER_MIN_UNITS or SUPPORT_MAY_ASK.search(low):
        return False
    if _MARKUP.search(low) or _SOUGHT.search(low) is None:
        return False
    model = load_model()
    return model.score_normalised(normalise(low)) >= model.threshold
