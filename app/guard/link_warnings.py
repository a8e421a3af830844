"""When an agent may name a look-alike domain: in a sentence that warns about it.

Agents must be able to tell a customer which sites are fake ("exchange-example.com is not ours",
"注意 exchnage.example 是仿冒我们的假网站"); a look-alike sent as a link, or named in a sentence
that sends the customer there, must still be refused. The rule (deliberate, and documented in
``docs/server.md``):

a disallowed host passes ``check_outbound`` only when

1. it is *named*, not linked: written without a scheme (``https://``) and without a user part
   (``exchange.example@evil.com``), so no client turns it into the official-looking link a
   phishing message needs, and
2. its sentence warns about it: it says the site is not ours, fake, phishing, a scam, an
   imitation, or tells the customer to beware of it / not to open it ("be careful with", "不是我们
   的", "仿冒", "钓鱼", "不要打开"), and no such word is itself negated ("it is not a phishing site"), and
3. its sentence sends nobody there: no visit/open/click/log in/use/访问/登录/使用 that is not under
   a negation ("don't log in there" is fine; "use exchange-example.io instead" is not).

Anything else (a bare look-alike, "our backup site is exchange-example.io", a warning that
also says "log in at …") is refused as before.

Round 10: a sending verb whose clause (comma or semicolon apart) names another host and not this
one sends the reader there, not here ("请只在 https://www.exchange.example 登录，exchange-example.support
这类都是假网站"); a Chinese verb in a relative clause on the host ("使用 X 域名的钓鱼活动") is no
instruction.

Issue 16 (guard16safe, r22 zh 35): 登录 before a noun ("登录信息", "登录密码", "登录账号") names the login
details, not "log in there"; it sends nobody there when a negation stands earlier in its clause ("不要在
上面输入任何登录信息") with no contrast after it ("但可以…").
"""

from __future__ import annotations

import re
from typing import Final

from .textutil import ascii_lower, compile_ascii

_SENTENCE_END = re.compile(r"[.!?。！？\n](?=\s|$)|[。！？\n]")
_WARNS = compile_ascii(
    r"\bnot\s+(?:ours|us|official|from\s+us|our\s+(?:site|website|domain|app|page|link|address)s?"
    r"|(?:an?\s+)?(?:official|legit(?:imate)?|real)\b)"
    r"|\bisn'?t\s+(?:ours|us|official)|\baren'?t\s+(?:ours|official)"
    r"|\b(?:fakes?|phishing|scam|scams|frauds?|fraudulent|malicious|imitat\w*|impersonat\w*|look-?alikes?|copycats?"
    r"|counterfeits?|spoof\w*)\b|\bbe\s+careful\b|\bbeware\b|\bwatch\s+out\b|\bwarning\b"
    r"|不是(?:我们|官方|本平台|我司)|假(?:的|网站|网址|冒|客服)|仿冒|钓鱼|诈骗|骗子|冒充|山寨|小心|谨防|警惕|注意"
)
_WARNING_DENIED = compile_ascii(r"(?:\bnot\s+(?:a\s+|an\s+)?|\bisn'?t\s+(?:a\s+|an\s+)?|\bno\s+|不是)$")
_SENDS_THERE = compile_ascii(
    r"\b(?:visit|go\s+to|open|click|tap|log\s*in|sign\s*in|use|access|enter\s+(?:it|your)|head\s+to|download)\b"
    r"|访问|打开|点击|点开|登录|登陆|使用|前往|进入|下载"
)
_NEGATED_BEFORE = compile_ascii(
    r"(?:\bdon'?t|\bdo\s+not|\bnever|\bnot|\bavoid|\bstop|不要|别|勿|切勿|请勿|千万不要|不能)\s*(?:\S+\s+)?$"
    # Chinese puts a place between the negation and the verb: "请不要在上面登录"
    r"|(?:不要|别|勿|切勿|请勿|千万不要|不能|不可)[^\s，。,.!?！？；;:：]{0,6}$"
)
_BEFORE: Final = 16
# round 10: a clause of its own (a comma or semicolon apart): "请只在 https://www.exchange.example 登录，
# exchange-example.support 这类都是假网站" logs in at the official site, not at the fake one
_CLAUSE_BREAK = re.compile(r"[,，;；、]")
_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
# a verb inside a relative clause that names the host: "出现了使用 exchange-verify.example 域名的钓鱼活动"
# (a campaign that uses it), "visiting exchange-x.com's pages" is no instruction
_HOST_MODIFIES = re.compile(r"\s*(?:域名|网站|网址|链接|网页|页面)?的")
# issue 16: 登录 as a modifier of the details typed in ("登录信息"), under a negation earlier in its clause
_LOGIN_NOUN = re.compile(r"(?:信息|密码|账号|账户|帐号|凭证|资料|名|邮箱)")
_CLAUSE_NEGATION = re.compile(r"(?:不要|别|勿|切勿|请勿|千万不要|千万别|不能|不可)[^，。,.!?！？；;]*$")
_CONTRAST = re.compile(r"但|可以|只|只要|就能")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for stop in _SENTENCE_END.finditer(text, 0, start):
        lo = stop.end()
    m = _SENTENCE_END.search(text, end)
    return lo, (m.start() if m else len(text))


def named_in_warning(text: str, start: int, end: int) -> bool:
    """Is the host at [start, end) named (not linked) in a sentence that warns about it?"""
    head = text[max(0, start - 12) : start]
    if "://" in text[start:end] or "@" in text[start:end] or head.rstrip().endswith(("://", "@")):
        return False
    low = ascii_lower(text)
    lo, hi = _sentence(low, start, end)
    warned = False
    for m in _WARNS.finditer(low, lo, hi):
        if _WARNING_DENIED.search(low, max(lo, m.start() - _BEFORE), m.start()) is None:
            warned = True
        elif m.group().startswith(("not", "isn", "aren", "不是")):
            warned = True  # "not ours" is the warning itself
        else:
            return False  # "this is not a phishing site": the opposite of a warning
    if not warned:
        return False
    for m in _SENDS_THERE.finditer(low, lo, hi):
        if _NEGATED_BEFORE.search(low, max(lo, m.start() - _BEFORE), m.start()) is not None:
            continue
        if _elsewhere(low, lo, hi, m.start(), start, end):
            continue
        if _login_details_forbidden(low, lo, m.start(), m.end()):
            continue
        return False
    return True


def _elsewhere(low: str, lo: int, hi: int, verb: int, start: int, end: int) -> bool:
    """Does the verb at ``verb`` send the reader to another host than [start, end), or only describe
    this one (a relative clause ending in 的)? Round 10 (r16, r15)."""
    a = max((m.end() for m in _CLAUSE_BREAK.finditer(low, lo, verb)), default=lo)
    b_match = _CLAUSE_BREAK.search(low, verb, hi)
    b = b_match.start() if b_match is not None else hi
    if a <= start and end <= b:  # this host is in the verb's clause
        return start > verb and _HOST_MODIFIES.match(low, end) is not None and not low.isascii()
    return any(h.start() < start or h.start() >= end for h in _HOST.finditer(low, a, b))


def _login_details_forbidden(low: str, lo: int, verb: int, verb_end: int) -> bool:
    """Is the 登录 at [verb, verb_end) the modifier of a noun ("登录信息") under a negation earlier in
    its clause, with no contrast after the negation? Issue 16 (r22 zh 35)."""
    if low[verb:verb_end] not in ("登录", "登陆") or _LOGIN_NOUN.match(low, verb_end) is None:
        return False
    a = max((m.end() for m in _CLAUSE_BREAK.finditer(low, lo, verb)), default=lo)
    neg = _CLAUSE_NEGATION.search(low, a, verb)
    return neg is not None and _CONTRAST.search(low, neg.end(), verb) is None
