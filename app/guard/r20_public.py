"""Round 20 (guard20in): account names a customer gives are not secrets, dropped after every rule.

r29's touched ordinary messages were sub-account names read as passwords (the learnt scorer's: a
name like ``desk-arb-01`` or ``fund2-hedge`` has a password's shape). The class, not the lines:

* **A name after an account noun** ("statement for sub-accounts mm_team_b and desk-arb-01", "split it
  by sub-account: quant-hk-3 and the master", "transfer from master to fund2-hedge", 子账户fund2-hedge的
  对账单, 从主账户转到 ops-2): a password finding within the clause after sub-account / subaccount /
  master (account) / 子账户 / 子账号 / 主账户 / 母账户, with nothing between but other names, "to",
  "and", "named", a colon … and no secret word (password, pass, pwd, PIN, code, key, secret, 密码, 口令 …)
  between them. The value is a name's shape: letters, digits, ``_ - .`` only (a symbol such as
  ``! ? # $`` is a password's, and stays).

* **An ID glued to its noun** ("I sent them Ticket#Ab12Cd about my password", "case#Q7x9Lm2", "order#A8812x",
  工单#Kf82Lm): a finding that opens with ticket / case / order / ref / invoice and ``#`` is that ID.

``drop_r20_public`` runs after round 19's filter in ``inbound._drop_public_values`` (``scan_inbound``
and ``scan_conversation``). It only ever removes findings.
"""

from __future__ import annotations

import re

from .textutil import ascii_lower
from .types import PASSWORD, Finding

__all__ = ["drop_r20_public"]

_ACCOUNT_NOUN = re.compile(
    r"(?<![a-z])(?:sub[\s-]?accounts?|master(?:\s+account)?|main\s+account)(?![a-z])"
    r"|子账户|子帳戶|子账号|子帳號|主账户|主帳戶|母账户|母帳戶|主账号"
)
_ANY_CUE = re.compile("sub|master|main account|子账|子帳|主账|主帳|母账|母帳")
_SECRET_WORD = re.compile(
    r"(?<![a-z])(?:pass\w*|pwd|pw|pin|passcode|code|key|secret|login|otp|2fa|phrase|seed)(?![a-z])"
    r"|密码|密碼|口令|验证码|驗證碼|私钥|私鑰|助记词|助記詞|登录|登錄"
)
_CLAUSE_END = re.compile(r"[.!?;。！？；\n]")
_NAME = re.compile(r"[A-Za-z0-9._-]+")
_GLUED_ID = re.compile(r"(?:ticket|case|order|ref|invoice|工单|工單|订单|訂單)\s*#", re.I)
_REACH = 60


def _named_account(text: str, low: str, f: Finding) -> bool:
    value = text[f.start : f.end]
    if _NAME.fullmatch(value) is None:
        return False
    lo = max(0, f.start - _REACH)
    before = low[lo : f.start]
    nouns = list(_ACCOUNT_NOUN.finditer(before))
    if not nouns:
        return False
    gap = before[nouns[-1].end() :]
    return _CLAUSE_END.search(gap) is None and _SECRET_WORD.search(gap) is None


def drop_r20_public(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the account names (see the module)."""
    if not findings:
        return findings
    low = ascii_lower(text)
    if "#" in text:
        findings = [f for f in findings if _GLUED_ID.match(text, f.start, f.end) is None]
    if _ANY_CUE.search(low) is None:
        return findings
    kept = [f for f in findings if f.kind != PASSWORD or not _named_account(text, low, f)]
    return kept if len(kept) < len(findings) else findings
