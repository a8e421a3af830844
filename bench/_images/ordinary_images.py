"""Ordinary support screenshots that must NOT be withheld, in English and Chinese.

They are chosen to sit close to the secrets: order pages full of numbers and BIP39-listed English
words (order, price, amount, limit, cancel ...), deposit pages with a public address, its QR code
and 64-hex transaction hashes, security pages that name the authenticator without showing a code,
and chats in which customers talk ABOUT seed phrases and codes without showing one.
"""

from __future__ import annotations

import random

from . import material as m
from .draw import Canvas, Theme, qr, status_bar, table
from .effects import photograph, screenshot
from .fonts import FontSet
from .style import Style
from .wording import CHAT_LINES, ERROR_CASES, text

_PAIRS = ["BTC/USDT", "ETH/USDT", "SOL/USDT", "BNB/USDT", "XRP/USDT", "DOGE/USDT"]


def _web(
    fonts: FontSet, lang: str, style: Style, rng: random.Random, size: tuple[int, int] = (1440, 900)
) -> Canvas:
    c = Canvas(fonts, size, Theme.pick(rng), zh=lang == "zh", style=style)
    nav = (
        ["首页", "行情", "交易", "合约", "资产"]
        if lang == "zh"
        else ["Home", "Markets", "Trade", "Futures", "Assets"]
    )
    x = 40
    for item in nav:
        x = c.text((x, 24), item, 24, c.theme.muted)[2] + 40
    c.draw.line([(0, 70), (size[0], 70)], fill=c.theme.panel, width=2)
    return c


def order_history(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """Open and past orders: pairs, sides, prices, amounts, status, time, order IDs."""
    zh = lang == "zh"
    c = _web(fonts, lang, style, rng)
    c.text((40, 100), text(style, "order_title", lang, rng), 36)
    headers = text(style, "order_headers", lang, rng).split("|")
    rows = []
    for _ in range(rng.randint(5, 9)):
        side = rng.choice(["买入", "卖出"] if zh else ["Buy", "Sell"])
        kind = rng.choice(["限价", "市价"] if zh else ["Limit", "Market"])
        status = rng.choice(["完全成交", "已撤销", "部分成交"] if zh else ["Filled", "Cancelled", "Partial"])
        rows.append(
            [
                m.timestamp(rng),
                rng.choice(_PAIRS),
                kind,
                side,
                m.price(rng, 0.1, 70000),
                m.price(rng, 0.001, 50, 4),
                f"{rng.randint(0, 100)}%",
                status,
            ]
        )
    y = table(c, 180, headers, rows, 22, [250, 160, 110, 100, 180, 160, 110, 150])
    c.text((40, y + 20), ("订单号 " if zh else "Order ID ") + m.order_id(rng), 22, c.theme.muted)
    assert c.image is not None
    return screenshot(c.image, rng)


def order_detail_phone(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A phone's order detail: the customer asking why it did not fill."""
    zh = lang == "zh"
    c = Canvas(fonts, (1080, 1920), Theme.pick(rng), zh=zh, style=style)
    y = status_bar(c, rng) + 40
    c.text((60, y), text(style, "detail_title", lang, rng), 48)
    y += 110
    fields = [
        ("交易对" if zh else "Pair", rng.choice(_PAIRS)),
        ("方向" if zh else "Side", rng.choice(["买入", "卖出"] if zh else ["Buy", "Sell"])),
        ("委托价格" if zh else "Limit price", m.price(rng, 1, 70000)),
        ("委托数量" if zh else "Amount", m.price(rng, 0.01, 20, 4)),
        ("已成交" if zh else "Filled", "0.0000"),
        ("状态" if zh else "Status", "未成交" if zh else "Open"),
        ("下单时间" if zh else "Created", m.timestamp(rng)),
        ("订单号" if zh else "Order No.", m.order_id(rng)),
        ("手续费" if zh else "Fee", m.price(rng, 0, 5, 6) + " USDT"),
    ]
    for label, value in fields:
        c.text((60, y), label, 34, c.theme.muted)
        c.text((1020, y), value, 34, anchor="ra")
        y += 90
    assert c.image is not None
    return screenshot(c.image, rng)


def error_dialog(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A modal error over an app screen: title, error code, explanation, button."""
    zh = lang == "zh"
    c = _web(fonts, lang, style, rng, (1280, 800))
    cases = [
        (
            "提币失败",
            "提币地址无效，请检查后重试。",
            "Withdrawal failed",
            "The withdrawal address is invalid. Please check it and try again.",
        ),
        ("下单失败", "可用余额不足。", "Order failed", "Insufficient balance for this order."),
        (
            "登录失败",
            "验证码错误或已过期，请重新获取。",
            "Login failed",
            "The verification code is wrong or has expired. Request a new one.",
        ),
        (
            "网络错误",
            "请求超时，请稍后再试。",
            "Network error",
            "The request timed out. Please try again later.",
        ),
        (
            "提币暂停",
            "该网络正在维护，预计 2 小时后恢复。",
            "Withdrawals suspended",
            "This network is under maintenance for about 2 hours.",
        ),
    ]
    title_zh, body_zh, title_en, body_en = rng.choice(ERROR_CASES.get(style.wording, cases))
    c.box((290, 200, 990, 600), c.theme.panel, radius=20)
    c.text((640, 260), title_zh if zh else title_en, 36, c.theme.bad, anchor="mm")
    c.text((640, 340), body_zh if zh else body_en, 24, anchor="mm")
    c.text(
        (640, 400),
        ("错误码：" if zh else "Error code: ") + str(rng.randint(10000, 999999)),
        22,
        c.theme.muted,
        anchor="mm",
    )
    c.box((540, 480, 740, 550), c.theme.accent)
    c.text((640, 515), "确定" if zh else "OK", 28, (20, 20, 20), anchor="mm")
    assert c.image is not None
    return screenshot(c.image, rng)


def deposit_page(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """Deposit address with its QR code, and the deposit history with full transaction hashes."""
    zh = lang == "zh"
    coin, network, address = rng.choice(
        [
            ("USDT", "TRC20", m.tron_address(rng)),
            ("USDT", "ERC20", m.eth_address(rng)),
            ("BTC", "Bitcoin", m.btc_address(rng)),
            ("ETH", "ERC20", m.eth_address(rng)),
        ]
    )
    c = _web(fonts, lang, style, rng, (1440, 1000))
    c.text((40, 100), f"{text(style, 'deposit_title', lang, rng)} {coin}", 36)
    c.text((40, 170), ("网络：" if zh else "Network: ") + network, 24, c.theme.muted)
    code = qr(address, 4)
    c.paste(code, (40, 220))
    c.text((80 + code.width, 240), "充值地址" if zh else "Deposit address", 24, c.theme.muted)
    c.text((80 + code.width, 290), address, 24, cjk=False)
    y = 240 + code.height + 20
    c.text((40, y), text(style, "deposit_history", lang, rng), 28)
    y += 60
    for _ in range(rng.randint(2, 4)):
        c.text((40, y), f"{m.price(rng, 10, 5000)} {coin}", 22)
        c.text(
            (300, y),
            rng.choice(["已完成", "确认中 3/12"] if zh else ["Completed", "Confirming 3/12"]),
            22,
            c.theme.good,
        )
        tx = m.tx_hash(rng)
        if rng.random() < 0.5:  # a narrow layout wraps the hash under its label
            c.text((40, y + 36), text(style, "tx_label", lang, rng), 20, c.theme.muted)
            c.text((40, y + 66), tx[:32], 20, c.theme.muted, cjk=False)
            c.text((40, y + 96), tx[32:], 20, c.theme.muted, cjk=False)
            y += 60
        else:
            c.text((40, y + 36), text(style, "tx_label", lang, rng) + " " + tx, 20, c.theme.muted)
        y += 100
    assert c.image is not None
    return screenshot(c.image, rng)


def kyc_rejection(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """The identity verification result page with a rejection reason."""
    zh = lang == "zh"
    c = Canvas(fonts, (1080, 1920), Theme.pick(rng), zh=zh, style=style)
    y = status_bar(c, rng) + 60
    c.text((540, y), text(style, "kyc_title", lang, rng), 52, c.theme.bad, anchor="ma")
    y += 120
    c.text((60, y), ("原因：" if zh else "Reason: ") + text(style, "kyc_reasons", lang, rng), 32)
    y += 80
    c.text((60, y), ("提交时间：" if zh else "Submitted: ") + m.timestamp(rng), 30, c.theme.muted)
    y += 60
    c.text((60, y), "UID: " + m.uid(rng), 30, c.theme.muted)
    y += 120
    c.box((60, y, 1020, y + 110), c.theme.accent)
    c.text((540, y + 55), "重新提交" if zh else "Resubmit", 40, (20, 20, 20), anchor="mm")
    assert c.image is not None
    return screenshot(c.image, rng)


_CHAT = {
    "en": [
        ("c", "Hi, my withdrawal has been pending for 3 hours"),
        ("a", "Sorry for the wait. Could you send the TxID please?"),
        ("c", "Do I need my recovery phrase to get my funds back?"),
        ("a", "No. We will never ask for your seed phrase, password or 2FA code."),
        ("c", "ok thanks, the order did not fill at my price"),
        ("a", "A limit order fills only when the market reaches your price."),
        ("c", "I lost my phone with Google Authenticator, how do I reset 2FA?"),
        ("a", "Please open Security > Reset 2FA and follow the steps."),
    ],
    "zh": [
        ("c", "你好，我的提币三个小时还没到账"),
        ("a", "抱歉久等了，麻烦提供一下交易哈希"),
        ("c", "客服会要我的助记词吗？"),
        ("a", "不会。客服绝不会索要您的助记词、密码或验证码。"),
        ("c", "我的限价单一直没成交"),
        ("a", "限价单只有在市场价格达到您的委托价时才会成交。"),
        ("c", "手机丢了，谷歌验证器怎么重置？"),
        ("a", "请在 安全中心 > 重置谷歌验证 中按步骤操作。"),
    ],
}


def chat_screenshot(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A support chat on a phone: bubbles left and right, talking about secrets without showing any."""
    zh = lang == "zh"
    theme = Theme.pick(rng)
    c = Canvas(fonts, (1080, 1920), theme, zh=zh, style=style)
    y = status_bar(c, rng) + 30
    c.text((540, y), text(style, "support_title", lang, rng), 40, anchor="ma")
    y += 100
    lines = CHAT_LINES[style.wording][lang] if style.wording in CHAT_LINES else _CHAT[lang]
    start = rng.randrange(0, 3)
    for who, said in lines[start : start + rng.randint(4, 6)]:
        font = c.font(32)
        width = min(int(c.draw.textlength(said, font=font)) + 60, 900)
        if width >= 900:
            half = len(said) // 2
            cut = said.rfind(" ", 0, half + 8) if not zh else half
            parts = [said[:cut].strip(), said[cut:].strip()]
        else:
            parts = [said]
        height = 40 + 48 * len(parts)
        x0 = 40 if who == "c" else 1040 - width
        c.box((x0, y, x0 + width, y + height), theme.panel if who == "c" else theme.accent, radius=24)
        for i, part in enumerate(parts):
            c.text((x0 + 30, y + 20 + 48 * i), part, 32, (20, 20, 20) if who == "a" else None)
        y += height + 40
    assert c.image is not None
    return screenshot(c.image, rng)


def security_settings(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """The security centre: authenticator enabled, masked phone and email, last login. No code."""
    zh = lang == "zh"
    c = Canvas(fonts, (1080, 1920), Theme.pick(rng), zh=zh, style=style)
    y = status_bar(c, rng) + 40
    c.text((60, y), text(style, "security_title", lang, rng), 52)
    y += 130
    rows = [
        ("谷歌验证器" if zh else "Google Authenticator", "已开启" if zh else "Enabled"),
        ("手机验证" if zh else "SMS", f"138****{rng.randint(1000, 9999)}"),
        ("邮箱验证" if zh else "Email", "a***@gmail.com"),
        ("资金密码" if zh else "Fund password", "已设置" if zh else "Set"),
        ("防钓鱼码" if zh else "Anti-phishing code", "已设置" if zh else "Set"),
        ("最近登录" if zh else "Last login", m.timestamp(rng)),
        ("登录 IP" if zh else "Login IP", f"203.0.113.{rng.randint(1, 254)}"),
    ]
    for label, value in rows:
        c.text((60, y), label, 36)
        c.text((1020, y), value, 32, c.theme.muted, anchor="ra")
        y += 110
    assert c.image is not None
    return screenshot(c.image, rng)


def photo_of_screen(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """An order page photographed off a monitor (customers do this): ordinary, but photo-like."""
    zh = lang == "zh"
    c = _web(fonts, lang, style, rng, (1280, 720))
    c.text((40, 100), "资产总览" if zh else "Asset overview", 36)
    headers = ["币种", "总额", "可用", "冻结"] if zh else ["Coin", "Total", "Available", "In order"]
    rows = [
        [coin, m.price(rng, 0, 9000, 4), m.price(rng, 0, 9000, 4), m.price(rng, 0, 100, 4)]
        for coin in rng.sample(["BTC", "ETH", "USDT", "SOL", "BNB", "TRX", "XRP"], 5)
    ]
    table(c, 180, headers, rows, 26, [220, 300, 300, 300])
    assert c.image is not None
    return photograph(c.image, rng, max_rotation=5, max_skew=0.04, blur=(0.3, 0.8), quality=(55, 80))
