"""Traditional Chinese characters read as Simplified, one character for one.

Customers in Hong Kong and Taiwan write 密碼, 驗證碼, 助記詞, 私鑰; a Traditional BIP39 phrase
uses the Traditional wordlist. Folding each Traditional character to its Simplified form lets one
set of context words and one wordlist serve both. The table is the BIP39 pair of lists itself
(the two lists are index-aligned: the Traditional word at index i is the Simplified word at index
i written the Traditional way, and no character of one list is a different index of the other),
plus the characters of the guard's own context words that the wordlists lack. It is one for one,
so offsets do not move.

Taiwanese vocabulary that differs by word, not by character (螢幕 for 屏幕, 遠端 for 远程,
簡訊 for 短信, 登入 for 登录, 金鑰 for 密钥), is written into the patterns that need it.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from mnemonic import Mnemonic

# Characters of context words (codes, keys, accounts, remote access) missing from the BIP39 pairs.
_EXTRA: Final = {
    "鑰": "钥",
    "復": "复",
    "螢": "萤",
    "籤": "签",
    "匯": "汇",
    "頁": "页",
    "駭": "骇",
    "詐": "诈",
    "騙": "骗",
    "擷": "撷",
    "碼": "码",
    "鏈": "链",
    "嗎": "吗",
    "綁": "绑",
    "撥": "拨",
    "懇": "恳",
    "妳": "你",
    "帳": "帐",
    "聯": "联",
    "異": "异",
    "貼": "贴",
    "錄": "录",
    "驟": "骤",
    "禎": "祯",
    "後": "后",
    "臺": "台",
    "台": "台",
    "畫": "画",
    "擊": "击",
    "點": "点",
    "讀": "读",
    "唸": "念",
    "傳": "传",
    "鎖": "锁",
    "凍": "冻",
    "滙": "汇",
    "遙": "遥",
    "屆": "届",
    "寫": "写",
    "記": "记",
    "詞": "词",
    "驗": "验",
    "證": "证",
    "簡": "简",
    "訊": "讯",
    "號": "号",
    "錢": "钱",
    "戶": "户",
    "轉": "转",
    "發": "发",
    "給": "给",
    "請": "请",
    "麼": "么",
    "幣": "币",
    "資": "资",
    "認": "认",
    "確": "确",
    "現": "现",
    "網": "网",
    "遠": "远",
    "輸": "输",
    "題": "题",
    "態": "态",
    # round 11: 防釣魚碼 (the anti-phishing code), 設置 (set), 備用 (backup)
    "釣": "钓",
    "設": "设",
    "備": "备",
}


# Cantonese written forms read as Mandarin, one character for one ("俾個驗證碼我" = 给个验证码我;
# "個密碼係" = 个密码是). 唔 ("not") is left alone: 唔該 means "please", 唔好 "don't".
CANTONESE: Final = {
    "俾": "给",
    "畀": "给",
    "係": "是",
    "咗": "了",
    "嘅": "的",
    "睇": "看",
    "佢": "他",
    "哋": "们",
    "咩": "啥",  # "係咩" = 是什么
}


@cache
def trad_to_simp() -> dict[str, str]:
    """Traditional character -> Simplified character (only where they differ)."""
    simp = Mnemonic("chinese_simplified").wordlist
    trad = Mnemonic("chinese_traditional").wordlist
    table = {t: s for s, t in zip(simp, trad, strict=True) if s != t}
    for t, s in _EXTRA.items():
        if t != s:
            table.setdefault(t, s)
    return table
