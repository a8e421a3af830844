"""The words of a transfer ask: moving funds, its pretext and amount, a destination that is ours.

Why a module of its own: a transfer is refused by verb + destination (or amount + pretext), not by a
secret noun, so its words differ from the secrets'; ``outbound_sentence``, ``outbound_action_asks``
and ``outbound_screens`` read them, ``outbound_triggers`` scans for the verbs. Remote access has its
own module (``outbound_remote``). Every pattern except ``ADDRESS_LITERAL`` (addresses are
case-sensitive) is matched against the ASCII-lower-cased message; compiled once at import.
"""

from __future__ import annotations

import re

from .textutil import compile_ascii

# --- transfers (remote access: outbound_remote) ------------------------------------
TRANSFER_VERBS = compile_ascii(
    r"\b(?:transfer|send|move|deposit|pay|paid|payable|wire|top[- ]up|withdraw|stake"
    r"|by\s+(?:transferring|sending|moving|depositing|paying|wiring))\b"  # "clear it by sending 10% to …"
    # a payment owed ("a 50 USDT fee must be sent to …"), not one reported ("was sent")
    r"|\b(?:must|needs?\s+to|has\s+to|have\s+to|should)\s+be\s+(?:sent|paid|transferred|deposited|wired)\b"
    r"|质押|交(?=一笔|\s*[0-9])|先(?:收|付|交|缴)(?=\s*[0-9]|一笔|百分)|预付"
    r"|(?<!划)转(?:账|到|入|移|至|给|出|回|进|过)|(?<!划)转(?=\s*[0-9]|一笔|一小笔|小额|点|些)|挪(?:到|至|去)|移(?:到|至)|付(?:到|至)|打(?:到|入|款)|汇(?:款|到|入)|充值?到|存入|提(?:现|币)到"
    r"|支付|付款|缴纳|交纳|(?:充值|充|存|汇|付|打)(?=\s*[0-9])|打(?:一笔|一点|点|些)"
    # "提到" also means "mentioned": only before a destination, never "您提到"
    r"|(?<![您你他她])提到(?=这个|该|此|以下|下面|下方|指定|我们|临时|安全|官方|新|托管|审计|冷|我)"
)
# Fake "verification" payments name no address in the sentence ("send 0.1 BTC to verify your
# wallet, it will be returned"): an amount plus a pretext stands in for the destination.
TRANSFER_PRETEXT = compile_ascii(
    r"\bto\s+(?:verify|validate|activate|unlock|unfreeze|release)\s+(?:your\s+|the\s+)?"
    r"(?:wallet|account|identity|ownership|funds|assets|withdrawal)"
    r"|\bfor\s+(?:(?:wallet|account|identity)\s+)?(?:verification|validation|activation)"
    r"|\bas\s+(?:a\s+|the\s+)?(?:verification|security|unlock(?:ing)?|activation|gas|guarantee|collateral)"
    r"\s+(?:fee|deposit|payment)"
    r"|\b(?:unlock|unfreeze|unfreezing|activation|verification|release)\s+fee"
    r"|\b(?:will|would)\s+be\s+(?:returned|refunded|sent\s+back)|\brefund(?:ed)?\s+(?:double|twice|2x)"
    r"|\bto\s+(?:get|claim|receive)\s+(?:the\s+|your\s+)?(?:airdrop|reward|bonus|refund)"
    r"|\bto\s+prove\s+(?:ownership|it'?s\s+you)|\bto\s+(?:lift|remove)\s+the\s+(?:risk|freeze|restriction)"
    r"|\bwe(?:'ll|\s+will)\s+(?:return|refund|send\s+(?:it|them)\s+back)"
    r"|作为验证|验证费|解冻费|激活费|(?:解冻|验证|激活|安全)(?:保证金|押金)|激活(?:账户|账号|钱包)"
    r"|(?:账户|钱包|身份|资产)(?:验证|核验|认证)|进行[^，。]{0,4}?验证|(?:验证|核实)后[^，。]{0,4}?(?:退还|退回|返还)"
    r"|解除风控|以(?:便)?验证|进行验证|用于验证|激活提现|激活功能|证明是本人|证明(?:您|你)?本人|领取空投"
    r"|证明(?:账户|钱包|资产)?(?:是|属于|归)(?:您|你)|可退(?:还|回)?|会退(?:还|回)|(?:解锁|解冻)(?:提现|账户|资金|钱包)"
)
# Searched for every transfer verb without a destination, so both start with a character
# class or literals (``re`` then skips ahead in C) instead of a word boundary.
TRANSFER_AMOUNT = (
    compile_ascii(
        r"[0-9]+(?:[.,][0-9]+)?\s*(?:个|枚)?(?:btc|eth|usdt|usdc|bnb|trx|sol|xrp|doge|ltc|busd|dai|ton"
        r"|ada|u|比特币|以太坊)\b"
    ),
    re.compile(
        r"small\s+amount|tiny\s+amount|test\s+amount|some\s+(?:btc|eth|usdt|crypto|coin|fund)|一笔|少量|小额"
    ),
    re.compile(r"[0-9]+(?:\.[0-9]+)?\s*%|百分之"),  # "a 10% fee"
)
WITHDRAW_VERB = compile_ascii(r"^(?:withdraw|提现到|提币到)$")
ADDRESS_LITERAL = re.compile(  # on the original text: addresses are case-sensitive
    r"(?<![0-9A-Za-z])(?:bc1[ac-hj-np-z02-9]{11,71}|ltc1[ac-hj-np-z02-9]{11,71}"
    r"|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})(?![0-9A-Za-z])",
)
_OWN = r"(?!\s+(?:that\s+|which\s+)?you\s+(?:control|own|created|trust)|\s+of\s+your\s+own)"
TRANSFER_DESTINATION = compile_ascii(
    r"\b(?:to|into)\s+(?:(?:this|that|these|the\s+following|the\s+below|our|my)\s+"
    r"(?:[\w-]+\s+)?(?:address|wallet|account|vault)"
    r"|(?:the\s+|a\s+|an\s+|our\s+|this\s+)?(?:official\s+)?(?:safe|protected|temporary|escrow|audit|promotion|promo"
    r"|official"
    r"|event|airdrop|reserve|custody|custodial|insurance|compliance|recovery|unlock|activation"
    r"|holding|security|designated|verification|insured)\s+(?:\w+\s+)?"
    r"(?:address|wallet|account|vault)"
    r"|(?:the|our|this|that)\s+(?:new\s+)?secured?\s+(?:\w+\s+)?(?:address|wallet|account|vault)"
    r"|the\s+(?:[\w-]+\s+){0,3}(?:address|wallet|account)\s+(?:in\s+my\s+(?:previous|last|earlier)\s+message|below|above"
    r"|(?:that\s+)?(?:i|we)(?:'ll|\s+will)?\s+(?:just\s+)?(?:sent|gave|provided|shared|posted"
    r"|send|give|provide|share|post)|provided|given))"
    + _OWN
    + r"|\b(?:safe|protected)\s+(?:account|wallet)\b"
    r"|这个(?:地址|账户|钱包|账号)|该地址|此地址|以下(?:地址|账户|钱包)"
    r"|(?:下面|下方|以下)的?[^，。,\s]{0,4}?(?:地址|账户|钱包)"
    r"|如下地址|指定(?:的)?(?:地址|账户|钱包)|我(?:们)?的(?:地址|账户|钱包|账号)"
    r"|验证(?:地址|账户|钱包)|(?<!自己的)(?<!自己)(?<![您你]的)冷钱包"
    r"|新的?(?:安全|冷)?(?:钱包)?地址|新的?(?:安全|冷)钱包"
    r"|(?:受保护|保护|托管|隔离|冷存储)的?(?:账户|钱包|账号|地址)"
    r"|安全(?:账户|钱包|账号|地址)|保护(?:账户|钱包)|临时(?:账户|钱包|地址)"
    r"|(?:审计|托管|活动|空投|验证|解冻|监管|备用|保证金|风控)(?:账户|钱包|账号|地址)|(?:安全|保险)?金库|保险库"
    r"|\b(?:the|a|our|this)\s+(?:new\s+)?cold\s+(?:storage\s+)?(?:wallet|address|vault)(?!\s+of\s+your)"
    r"|\bthe\s+(?:new\s+)?(?:wallet|address|account)\s+(?:that\s+)?(?:we|i)\s+(?:generated|created|made|set\s+up|prepared|opened)"
    r"|官方(?:安全)?(?:账户|钱包|地址)"
    r"|(?:我|我们|客服|工作人员|专员)(?:提供|发|给|发送|分享|指定)(?:给您|给你|您|你)?的(?:地址|账户|钱包|账号)"
    r"|我们(?:为您|给您|帮您|替您|为你|给你)?(?:创建|开设|准备|提供|指定|生成)的\S{0,8}?(?:地址|账户|钱包|账号)"
)
PAST_INQUIRY = compile_ascii(
    # 之前 asks about the past after "you" ("您之前转到…"); "提现之前" is a condition ("before withdrawing")
    r"\b(?:did|have|had|has)\s+you\b|\bwhether\b|\bif\s+you\b|是否|有没有|[您你]之前|了吗|过吗"
)
