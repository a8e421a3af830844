"""Is a secret the sentence names asked for? The request decisions for passwords, codes, keys, seeds.

``check_outbound`` finds a secret's noun; this module decides, on the sentence's reading
(``outbound_sentence``), whether the reply asks the customer to hand it over: a request verb
governing it (and not one that only means "type it into the app", unless a wallet secret, which
no page of ours takes), a list after a colon, the noun alone as a question, or a request after it
in Chinese word order ("把验证码发给我", "密码是多少"). What passes: a property of the secret ("the
label of the API key"), what "(not the secret)" names, the noun as a modifier ("password reset
page"), a secret to be hidden (请把私钥遮住), the product as the destination, a screenshot of a page
that is no secret, whether a code arrived, and any of it under a negation or a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from . import outbound_cues as cues
from . import outbound_not_asks as na
from . import outbound_request_words as request_words
from . import outbound_screens as screens
from . import outbound_secret_nouns as secret_nouns
from .outbound_sentence import Sentence, Verb
from .textutil import compile_ascii
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE, Violation

_CJK = re.compile(r"[\u3400-\u9fff]")
_WINDOW_EN: Final = 60
_WINDOW_ZH: Final = 25
NEAR: Final = 120  # chars around a verb/noun that qualify it (keeps long sentences linear)
_LOOSE_AFTER: Final = 90  # "A code was sent to you to verify this session, can you tell me what it says?"


def _request_before(s: Sentence, code: str, start: int, zh: bool, end: int) -> Verb | None:
    window = _WINDOW_ZH if zh else _WINDOW_EN
    i = bisect_right(s.verb_ends, start) - 1  # the verb ending last before the noun
    # "发一下绑定邮箱的密码", "分享一下创建钱包时得到的助记词", "需要您创建钱包时抄下的那几个词": a safe
    # verb inside a relative clause (closed by 的 before the noun or inside it) describes the noun;
    # the verb before the clause governs it
    while zh and i > 0 and not s.verbs[i].request and "的" in s.low[s.verbs[i].end : end]:
        i -= 1
    # "send over the string MetaMask shows": a product's verb ("shows", "displays") describes the
    # object; the request before it governs
    while (
        not zh
        and i > 0
        and not s.verbs[i].request
        and (_PRODUCT_VERB.fullmatch(s.low, *s.verbs[i][:2]) or s.in_quotes(s.verbs[i].start))
    ):
        i -= 1
    if i < 0 or start - s.verbs[i].end > window:
        return None
    verb = s.verbs[i]
    if not verb.request:
        return None
    if ";" in s.low[verb.end : start] or "；" in s.low[verb.end : start]:
        return None  # "the address is fine to share; the private key never is": another clause
    # "enter your private key to verify": nothing of ours takes a key or a seed phrase
    wallet_secret = code in (ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE)
    keyed = wallet_secret and (
        s.pretext
        or s.low[verb.start : verb.end].strip() in request_words.NEED_WORDS
        or s.web_place(verb.start, end)
    )
    if verb.conditional and not s.chat_destination and not keyed:
        return None
    if verb.conditional and na.TYPED_IN_PRODUCT_ZH.search(s.low, max(s.start, verb.start - 16), verb.start):
        return None  # "在新手机的谷歌验证器里自己输入密钥": typed into the authenticator, not to us
    if screens.in_product(s.low, verb.end, start):
        return None  # "需要您在官网输入的验证码": the product is where it goes
    visual = request_words.VISUAL_OBJECT.search(s.low, verb.end, start)
    if (
        visual is not None
        and code in (ASKS_PASSWORD, ASKS_OTP_CODE)
        and request_words.VISUAL_OF_SECRET.search(s.low, visual.end(), min(s.end, start + _WINDOW_EN)) is None
    ):
        return None  # "send a screenshot of the password page" - not "of your authenticator"
    return None if s.negated(verb.start) or s.negated(start) else verb


_PRODUCT_VERB = re.compile(r"shows|displays|gives|generates|creates|prints")
_LIST_BEFORE = re.compile(r"[\s\w'’,、，/&+()-]*")
_YOURS = re.compile(r"(?:^|(?<=[^a-z]))(?:your|ur)\s|您的|你的")


def _listed_after_colon(s: Sentence, start: int) -> int | None:
    """ "Two quick things: your password, then the code": the secret is an item of a list the sentence
    introduces with a colon, and nothing before the colon makes it a warning or advice."""
    colon = max(s.low.rfind(":", s.start, start), s.low.rfind("：", s.start, start))
    if colon < 0:
        return None
    between = s.low[colon + 1 : start]
    if _LIST_BEFORE.fullmatch(between) is None or len(between.split()) > 8 or na.WHOEVER_IN.search(between):
        return None  # "切记：谁拿到您的12个单词，就能…": whoever gets them, not a list
    # the customer's own secrets are listed ("your password, then the code …"), not a topic ("Good
    # question: a 24-word phrase is …")
    if _YOURS.search(between) is None and _YOURS.match(s.low, start) is None:
        return None
    # only list fillers and other items between the colon and this secret, no verb of its own
    if s.verbs and any(colon < v.start < start for v in s.verbs):
        return None
    if any(s.start <= v.start < colon and not v.request for v in s.verbs) or s.negated(colon):
        return None  # "keep these safe: your password, …", "we never ask for: …"
    if _STATE_AFTER.match(s.low, start, s.end) is not None:
        return None  # round 9: "Review complete: … your password and 2FA are reset": a report
    return colon + 1


# round 9: the listed secrets are told to be in a state ("your password and 2FA are reset")
_STATE_AFTER = compile_ascii(
    r"(?:(?:your|the)\s+)?[\w-]+(?:\s*(?:,|and|&)\s*(?:your\s+|the\s+)?[\w-]+)*\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+|both\s+|all\s+)?"
    r"(?:reset|changed|updated|disabled|enabled|locked|unlocked|frozen|restored|cleared|removed|revoked"
    r"|secured|protected)\b"
)


_NOUN_QUESTION_BEFORE = re.compile(r"\s*(?:(?:and|your|ur|the|您的|你的|那)\s*)*$")
_NOUN_QUESTION_AFTER = re.compile(r"\s*(?:pls|please|plz|呢|呀|啊)?\s*[?？]")
_NOUN_ONLY_AFTER = re.compile(r"\s*(?:please|pls|plz|thanks|谢谢|麻烦了)?\s*")


def noun_only(s: Sentence, start: int, end: int) -> bool:
    """Is the sentence nothing but the secret ("Your password.", "您的密码。")?"""
    return (
        _NOUN_QUESTION_BEFORE.fullmatch(s.low, s.start, start) is not None
        and _NOUN_ONLY_AFTER.fullmatch(s.low, end, s.end) is not None
    )


def _noun_question(s: Sentence, start: int, end: int) -> bool:
    """Is the sentence only the secret and a question mark ("password?", "your code?", "验证码？")?"""
    return (
        _NOUN_QUESTION_BEFORE.fullmatch(s.low, s.start, start) is not None
        and _NOUN_QUESTION_AFTER.fullmatch(s.low, end, min(len(s.low), s.end + 1)) is not None
    )


# round 9 (the product's own demo): "send me the label of the API key (not the secret)": a property of
# the secret is asked for, and the secret in "(not the secret)", "（不是密钥）" is what is NOT asked
_PROPERTY_OF = compile_ascii(
    r"\b(?:label|name|nickname|note|remark|permissions?|settings|status|whitelist|restrictions?|expiry"
    r"|creation\s+date|rate\s+limit|limits?)\s+of\s+(?:the\s+|your\s+|this\s+|that\s+)?(?:api\s+)?$"
)
_PUBLIC_PART = compile_ascii(
    r"\s*[(（]\s*(?:公开|public)|\s*的?(?:前|后|末|最后)\s*[0-9一二三四五六七八九十几]+\s*(?:位|个字符|个字)"
    r"|\s*的(?:前几位|开头|名称|备注)|\s*\(?\s*(?:the\s+)?(?:public\s+(?:part|half|one)|first\s+\d+\s+char)"
)
_NOT_THIS = compile_ascii(r"(?:不是|并非|而非|而不是)$|[(（]\s*not\s+(?:the\s+|your\s+|its\s+)?(?:api\s+)?$")


def secret_request(s: Sentence, code: str, start: int, end: int) -> Violation | None:
    low = s.low
    near_end = min(s.end, end + NEAR)
    before = low[max(s.start, start - 40) : start]
    # each pattern ends the text before, so ``re`` tries it at every character: a literal every match
    # holds ("of"; "not", 是 or 非) is looked for first
    if "of" in before and _PROPERTY_OF.search(before) is not None:
        return None
    if ("not" in before or "是" in before or "非" in before) and _NOT_THIS.search(before) is not None:
        return None
    if "api" in low[start:end] and _PUBLIC_PART.match(low, end, s.end) is not None:
        return None  # round 10 (r15): "API Key（公开的那部分）", "API Key的前6位": the public half
    if FORBIDDEN_AFTER.match(low, end, s.end) is not None:
        return None  # round 11 (r17): "只是钱包的单词和私钥千万不要发": the secret is what must not be sent
    if secret_nouns.NOUN_FOLLOWERS.match(low, end, s.end) or na.AMOUNTS_TO.match(low, end, s.end):
        return None  # "password reset page", "助记词等于…"
    if na.ba_to_keep(low, s.start, s.end, start, end, s.verbs):
        return None  # "请把私钥和助记词都遮住": what 把 takes is hidden, not handed over
    place = screens.in_product(low, end, near_end)
    web = code in (ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE) and place is not None and s.web_place(start, end)
    if (
        place is not None
        and request_words.RELATIVE_USE.fullmatch(low, end, place.start()) is None
        and not web
    ):
        return None  # "enter the code in the app" - but not "the password you use on the app"
    zh = not low.isascii() and _CJK.search(low, start, end) is not None
    verb = _request_before(s, code, start, zh, end)
    if verb is not None and (
        cues.checks_own_typing(low, verb.start, verb.end, end, s.end)
        or cues.whether_delivered(low, verb.end, start, end, s.end)
    ):
        return None  # "核对登录密码是否输入正确", "tell me whether the SMS code arrived": no hand-over
    if verb is not None:
        return Violation(code, s.text[verb.start : end], verb.start, end)
    listed = _listed_after_colon(s, start)
    if listed is not None:
        return Violation(code, s.text[listed:end].strip(), listed, end)  # "two quick things: your password"
    if _noun_question(s, start, end) and not s.negated(start):
        return Violation(code, s.text[start : s.end].strip(), start, s.end)  # "password?", "验证码？"
    if na.REPORTED_TO_US.search(low, max(s.start, start - 24), start):
        return None  # "report the number to us here": the caller's number, reported
    after = request_words.AFTER_NOUN_REQUEST.match(low, end, s.end)
    done = after is not None and cues.done_then_tell(low, s.start, start, end, after.end())
    done = done or (after is not None and cues.TO_ANYONE.match(low, after.end(), s.end) is not None)
    # round 9 (r15): "把助记词发给我们也没有用": handing it over is said to be useless
    done = done or (after is not None and na.USELESS_AFTER.match(low, after.end(), s.end) is not None)
    done = done or (after is not None and _not_done(low, s.start, after))
    acted_on = not zh_free(low, start) and (
        _ACTED_ON_ZH.search(low, max(s.start, start - 20), start) is not None
    )
    done = done or acted_on
    if after is not None and not s.negated(after.end()) and not done:
        return Violation(code, s.text[start : after.end()].strip(), start, after.end())
    loose = request_words.AFTER_NOUN_LOOSE.search(low, end, min(s.end, end + _LOOSE_AFTER))
    outcome = loose is not None and cues.asks_outcome(low, s.start, start, end, *loose.span())
    outcome = outcome or (loose is not None and na.USELESS_AFTER.match(low, loose.end(), s.end) is not None)
    outcome = outcome or (loose is not None and _not_done(low, s.start, loose)) or acted_on
    if loose is not None and not s.negated(loose.start()) and not outcome:
        return Violation(code, s.text[start : loose.end()], start, loose.end())
    return None


# round 11 (r17): the secret (or a list it opens) is the object of a prohibition right after it:
# "单词和私钥千万不要发", "助记词也绝对不能给任何人", "your seed phrase and key: never send them"
# round 20: "Secret和Passphrase不要发" (a second noun between), "the secret stays with you" (kept, not sent)
FORBIDDEN_AFTER = compile_ascii(
    r"\s+(?:stays?|remains?|must\s+stay|should\s+stay|must\s+remain)\s+(?:with\s+you|private|secret|on\s+your\s+(?:side"
    r"|device|computer))\b"
    r"|[^，。！？,;；:：\n]{0,16}?(?:千万|一定|绝对|永远|也|都|请|是)?(?:不要|别|切勿|勿|不能|不可以|不可|禁止|绝不|从不)"
    r"(?:[^，。！？,;；\n]{0,3}?)(?:发|给|告诉|分享|透露|提供|泄露|说|截图|输入|交)"
    r"|(?:\s+(?:and|or|&)\s+[^.,;:!?\n]{0,24}?)?\s*[,:—–-]*\s*(?:never|don'?t|do\s+not)\s+(?:ever\s+)?"
    r"(?:send|share|give|tell|show|type|post|reveal)\s+(?:them|it|those|these|that)\b"
)


# round 10 (r16): "如果改密码不是您本人操作，请马上告诉我": the secret is the object of an action in an
# if-clause (改密码, 重置了密码), and what to tell is whether that action was the customer's
_ACTED_ON_ZH = re.compile(
    r"(?:如果|若|要是|假如|万一)[^，。！？,]{0,12}?(?:改|修改|更改|重置|重设|设置|找回|换)(?:了|过)?(?:登录|资金|交易|支付)?$"
)


def zh_free(low: str, pos: int) -> bool:
    """No Chinese before ``pos`` (the Chinese-only checks are skipped)."""
    return low.isascii() or _CJK.search(low, 0, pos) is None


_NOT_DONE_TAIL = re.compile(r"(?<![还都么])没有?[^\u3400-\u9fff]{0,2}[\u3400-\u9fff]{1,3}$")


def _not_done(low: str, lo: int, after: re.Match[str]) -> bool:
    """Round 10 (r16): "收到要验证码的消息后没有回复": the verb after the noun is said not to have happened
    (没有回复), which reports, not asks ("还没发给我" is still a nudge)."""
    tail = _NOT_DONE_TAIL.search(low, max(lo, after.end() - 7), after.end())
    return "没" in after.group() and tail is not None
