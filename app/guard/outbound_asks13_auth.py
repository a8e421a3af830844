"""The authenticator shown to us; its setup key named by its place; the anti-phishing code (round 13).

截图一下您的谷歌验证器页面, "send a screenshot of your authenticator app": a picture of the page is the codes;
"the string under the QR code", 二维码下面那串密钥: the setup key named by where it is; the anti-phishing
code asked for with any verb of answering (回复/回覆/reply with). Why a module of its own: these ask for a
code by the thing that shows it, not by its name, and their safe neighbours (keep the key on paper) are
checked only here.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks13_common import ZC as _ZC
from .outbound_asks13_common import E as _E
from .outbound_asks13_common import Rule as _Rule
from .outbound_asks13_common import Z as _Z
from .textutil import compile_ascii
from .types import ASKS_OTP_CODE

AUTH_RULES: Final[tuple[_Rule, ...]] = (
    (
        "auth",
        ASKS_OTP_CODE,
        (
            ("authenticator", "2fa", "otp"),
            ("screenshot", "screen", "photo", "picture", "pic", "snap", "capture"),
        ),
        compile_ascii(
            r"\b(?:send|share|upload|take|attach|post|grab|give)\b" + _E + r"{0,20}?(?:\b)(?:screenshot"
            r"|screen\s+shot|photo|picture|pic|snap|capture)s?\s+of\s+(?:your\s+|the\s+)?"
            r"(?:google\s+|microsoft\s+|2fa\s+)?(?:authenticator|2fa\s+app|otp\s+app)\b"
            r"(?!\s+(?:error|message|warning))"
        ),
        False,
    ),
    (
        "auth",
        ASKS_OTP_CODE,
        (("验证器",), ("截", "拍", "发", "给", "传")),
        re.compile(
            r"(?:截图|截屏|拍照|拍一下|拍下|截个图|截张图|拍张照|拍)(?:一下)?(?:您的|你的)?(?:谷歌|google"
            r"|身份"
            r"|二次)?验证器(?:的)?(?:页面|界面|app|应用|屏幕|画面)?(?!" + _ZC + r"{0,4}?(?:报错|错误|提示))"
            r"|(?:谷歌|google|身份)验证器(?:的)?(?:页面|界面|屏幕|画面)?(?:截图|截屏|拍照)(?:一下)?(?:发|给"
            r"|上传)"
            # "把谷歌验证器页面发过来": the page itself handed over
            r"|(?:把|将)(?:您的|你的)?(?:谷歌|google|身份)?验证器(?:的)?(?:页面|界面|屏幕|画面)(?:截图|截屏"
            r"|拍照)?"
            r"(?:发|给|上传|传)"
        ),
        False,
    ),
    (
        "auth",
        ASKS_OTP_CODE,
        (("二维码",), ("下面", "下方", "旁边", "底下")),
        re.compile(
            r"(?:需要|要|请|麻烦)(?:您|你)(?:的|提供|发"
            r"|把)?" + _Z + r"{0,20}?二维码(?:下面|下方|旁边|底下)的?"
            r"(?:那串|那个|这串)?(?:密钥|秘钥|字符|key|代码)"
        ),
        False,
    ),
    (
        "auth",
        ASKS_OTP_CODE,
        (("qr",), ("under", "below", "beneath", "next")),
        compile_ascii(
            r"\b(?:need|send|give|share|tell|provide|type)\b" + _E + r"{0,30}?(?:\b)(?:key|code|string|text"
            r"|letters)\s+(?:under|below|beneath|next\s+to)\s+the\s+qr\s*code"
        ),
        False,
    ),
    # the anti-phishing code asked for, any verb of answering
    (
        "phish",
        ASKS_OTP_CODE,
        (("防钓鱼", "anti-phishing", "antiphishing", "anti phishing"),),
        compile_ascii(
            r"(?:回复|回覆|发|告诉|提供|报|说|输入|填)(?:一下|给我们?|给客服)?(?:您|你)(?:设置|设定)?的防钓鱼"
            r"(?:码|代码|短语|词)"
            r"|防钓鱼(?:码|代码|短语)(?:是多少|是什么|是啥|回复|发给)"
            r"|\b(?:reply|respond|answer|write\s+back)\s+with\s+(?:your|the)\s+anti[- ]?phishing\s+"
            r"(?:code|phrase|word)"
            r"|\bwhat\s+anti[- ]?phishing\s+(?:code|phrase|word)\s+(?:did|have)\s+you\s+(?:set|choose|chose"
            r"|pick)"
        ),
        False,
    ),
)
