"""Round 13: values the older rules took that are public by what the message says they are.

r19's ordinary messages and the false positives noticed since round 12 share one cause: a rule read a
value next to a password's or a code's word without asking what the message says the value is.
Each test here drops a password or code finding (never a key or a seed) when:

* **it names a product** ("my password manager 1Password crashed", "Google_Chrome v120"): the
  value is an app, a browser or a device (an app's name with at most a version);
* **it is someone's handle or account name** ("the fake agent's account is @help_desk_771"): it
  starts with @, or follows an account / handle / 账号 label in a report about someone else;
* **it is part of a date** ("backup codes 2024-05-18"): a year joined to a month and day;
* **it is named a public number** ("480112 is the ticket number", "the code 55120, that's my order
  number"): ticket / order / reference / case number within a few words after it;
* **it is an amount** ("the sms said 250 000 USDT was sent"): a currency or coin right after it;
* **it is a destination tag or memo** ("destination tag should have been 104725", 备注 8812, "the tag
  is 104725 or 104752"): the number a deposit needs, shown on every deposit page;
* **it is the example in a question about the password rules** ("is 'Password1' really rejected?
  what are the rules?", 密码规则是什么？Abc12345 为什么不行): a value the customer asks about
  in a message that asks for the rules and why it is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .textutil import ascii_lower
from .types import OTP_CODE, PASSWORD, Finding

_KINDS: Final = frozenset({PASSWORD, OTP_CODE})
# an app or a browser by its name, with at most a version ("1Password", "Google_Chrome", "Firefox_121")
_APP_NAME = re.compile(
    r"(?:1password|lastpass|bitwarden|keepass\w*|dashlane|nordpass|protonpass|google[_-]?chrome|chrome|firefox"
    r"|safari|edge|brave|opera|authy|metamask|trust[_-]?wallet)(?:[_ -]?v?\d+(?:\.\d+)*)?"
)
_HANDLE_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:account|handle|username|user\s+name|profile|telegram|tg|wechat|whatsapp)"
    r"(?:\s+(?:name|id))?\s*(?:is|was|:|=)?|账号|帐号|账户|用户名|昵称|电报|微信)\s*(?:是|为|[:：])?\s*$"
)
_REPORT = re.compile(
    r"(?<![a-z])(?:scam\w*|fake|impersonat\w*|pretend\w*|claiming|report\w*|fraud\w*)(?![a-z])"
    r"|自称|冒充|假的|骗子|诈骗|举报|投诉"
)
_DATE_AROUND = re.compile(r"(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])")
_NAMED_AFTER = re.compile(
    r"^[\s,;:)]*(?:(?:is|was|that's|that\s+is|it's|as)\s+)?(?:(?:the|my|our|your|a)\s+)?"
    r"(?:ticket|order|reference|ref|case|invoice|tracking)\s*(?:number|no\.?|#|id)?(?![a-z])(?![\s:：#=]*\d)"
    r"|^[^.!?。！？]{0,24}?(?<![a-z])(?:ticket|order|reference|case|invoice)\s+(?:number|no\.?|#|id)(?![a-z])"
    r"(?![\s:：#=]*\d)"  # round 19: "pwd = 244773, order 7452…" (the noun names its own number)
    r"|^\s*(?:是|为)?\s*(?:工单号|订单号|单号|编号)"
)
_TAG_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:destination\s+tag|dest\.?\s+tag|tag|memo|memo\s+id|payment\s+id)"
    r"(?:\s+(?:should\s+have\s+been|should\s+be|is|was|of))?\s*[:：=#]?|备注|标签|memo码)\s*(?:是|为|[:：])?\s*$"
)
_UNIT_AFTER = re.compile(
    r"\s*(?:usdt|usdc|usd|btc|eth|bnb|sol|trx|xrp|eur|gbp|cny|rmb|dollars?|coins?|tokens?|sats?)(?![a-z])"
    r"|\s*(?:元|块|美元|个币)"
)
_RULES = re.compile(r"(?<![a-z])(?:rules?|requirements?|policy|criteria)(?![a-z])|规则|要求|规定")
_REFUSED = re.compile(
    r"(?<![a-z])(?:rejected|refused|not\s+accepted|not\s+allowed|invalid|too\s+weak|why\s+not)(?![a-z])"
    r"|为什么不行|不行|不允许|不符合|不通过|被拒"
)
_BEFORE: Final = 40
_HANDLE_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.")


_TAG_WORD = re.compile(r"(?<![a-z])(?:destination\s+tag|tag|memo)(?![a-z])|备注|标签")
_SECRET_WORD = re.compile(r"(?<![a-z])(?:code|otp|2fa|pin|password|sms)(?![a-z])|验证码|密码|短信")
_CLAUSE_END = re.compile(r"[.!?;。！？；\n]")
_ALTERNATIVE = re.compile(r"(?:\s*(?:,|，|、|or|and|还是|或者|或|和)\s*)$")


def _tag_in_clause(before: str) -> bool:
    """A tag or memo label earlier in the same clause, values joined by "or"/还是 after it, no secret's
    word between: the value is another tag the customer weighs."""
    clause = _CLAUSE_END.split(before)[-1]
    tags = list(_TAG_WORD.finditer(clause))
    if not tags or _ALTERNATIVE.search(clause) is None:
        return False
    return _SECRET_WORD.search(clause, tags[-1].end()) is None


def _public(f: Finding, work: str, low: str) -> bool:
    value = work[f.start : f.end]
    start = f.start
    while start > 0 and work[start - 1] in _HANDLE_CHARS:
        start -= 1
    if start > 0 and work[start - 1] == "@":
        return True  # a handle (an e-mail's name part is no secret either)
    before = low[max(0, f.start - _BEFORE) : f.start]
    if _APP_NAME.fullmatch(ascii_lower(value)) is not None:
        return True
    if _DATE_AROUND.search(low, max(0, f.start - 6), min(len(low), f.end + 6)) is not None:
        return True
    if _NAMED_AFTER.search(low[f.end : f.end + 40]) is not None:
        return True
    if f.kind == OTP_CODE and _TAG_BEFORE.search(before) is not None:
        return True
    if f.kind == OTP_CODE and _tag_in_clause(before):
        return True  # "tag is 104725 or 104752", 标签是 884201 还是 884210: the second one too
    if f.kind == OTP_CODE and _UNIT_AFTER.match(low, f.end) is not None:
        return True
    if _HANDLE_BEFORE.search(before) is not None and _REPORT.search(low) is not None:
        return True
    return f.kind == PASSWORD and _RULES.search(low) is not None and _REFUSED.search(low) is not None


def drop_public(found: Sequence[Finding], work: str) -> list[Finding]:
    """``found`` without the password and code findings that ``work`` (folded) names as public."""
    if not any(f.kind in _KINDS for f in found):
        return list(found)
    low = ascii_lower(work)
    return [f for f in found if f.kind not in _KINDS or not _public(f, work, low)]
