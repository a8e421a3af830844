"""The FRESH held-out set's ordinary images (session 4): support screenshots that must NOT be withheld.

Written before the guard was run on them, without reading its rules: a wallet's home screen, an
exchange's withdrawal form (with empty code fields), a spot trading page, a block explorer's
transaction page, a notes app drafting a question to support in plain prose (English prose is full
of BIP39 words; every common Chinese character is one), a P2P order, a login history, and a photo of
a withdrawal e-mail on a monitor.
"""

from __future__ import annotations

import random

from . import material as m
from .draw import Canvas, Theme, qr, status_bar, table
from .effects import photograph, screenshot
from .fonts import FontSet
from .style import Style

_TOKENS = ["ETH", "USDT", "USDC", "BNB", "ARB", "OP", "LINK", "UNI"]


def wallet_home(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A self-custody wallet's home: total balance, token rows, the shortened address, a receive QR."""
    zh = lang == "zh"
    c = Canvas(fonts, (1080, 2160), Theme.pick(rng), zh=zh, style=style)
    y = status_bar(c, rng) + 50
    address = m.eth_address(rng)
    c.text((540, y), f"{address[:6]}…{address[-4:]}", 32, c.theme.muted, anchor="ma", cjk=False)
    y += 80
    c.text((540, y), f"${m.price(rng, 10, 90000)}", 88, anchor="ma", cjk=False)
    y += 150
    actions = ("发送", "接收", "兑换", "购买") if zh else ("Send", "Receive", "Swap", "Buy")
    for label_x, label in zip((140, 400, 660, 920), actions, strict=True):
        c.draw.ellipse((label_x - 50, y, label_x + 50, y + 100), fill=c.theme.accent)
        c.text((label_x, y + 130), label, 28, anchor="ma")
    y += 230
    c.text((60, y), "代币" if zh else "Tokens", 40)
    y += 90
    for token in rng.sample(_TOKENS, 5):
        c.text((60, y), token, 38, cjk=False)
        c.text((60, y + 50), f"${m.price(rng, 0.5, 4000)}", 26, c.theme.muted, cjk=False)
        c.text((1020, y), m.price(rng, 0.001, 5000, 4), 38, anchor="ra", cjk=False)
        y += 130
    c.text((60, y + 20), "接收地址" if zh else "Your address", 28, c.theme.muted)
    code = qr(address, 5)
    c.paste(code, (60, y + 70))
    c.text((60, y + 90 + code.height), address, 26, cjk=False)
    assert c.image is not None
    return screenshot(c.image, rng)


def withdraw_form(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """An exchange's withdrawal form filled in, its code fields still empty placeholders."""
    zh = lang == "zh"
    c = Canvas(fonts, (1440, 1100), Theme.pick(rng), zh=zh, style=style)
    coin, network, address = rng.choice(
        [
            ("USDT", "TRC20", m.tron_address(rng)),
            ("ETH", "ERC20", m.eth_address(rng)),
            ("BTC", "BTC", m.btc_address(rng)),
        ]
    )
    c.text((60, 50), f"提币 {coin}" if zh else f"Withdraw {coin}", 40)
    rows = [
        ("网络" if zh else "Network", network),
        ("提币地址" if zh else "Address", address),
        ("数量" if zh else "Amount", f"{m.price(rng, 10, 20000)} {coin}"),
        ("手续费" if zh else "Network fee", f"{m.price(rng, 0.1, 5)} {coin}"),
        (
            "邮箱验证码" if zh else "Email verification code",
            "请输入6位验证码" if zh else "Enter 6-digit code",
        ),
        ("谷歌验证码" if zh else "Authenticator code", "请输入6位验证码" if zh else "Enter 6-digit code"),
    ]
    y = 150
    for label, value in rows:
        c.text((60, y), label, 26, c.theme.muted)
        c.box((60, y + 40, 1380, y + 110), c.theme.panel)
        placeholder = value.startswith(("Enter", "请输入"))
        c.text((80, y + 58), value, 28, c.theme.muted if placeholder else None)
        y += 145
    c.box((60, y + 20, 1380, y + 100), c.theme.accent)
    c.text((720, y + 60), "确认提币" if zh else "Confirm withdrawal", 30, (20, 20, 20), anchor="mm")
    assert c.image is not None
    return screenshot(c.image, rng)


def spot_trade_page(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A spot trading page: order book, a grey chart area, the buy form, open orders."""
    zh = lang == "zh"
    c = Canvas(fonts, (1600, 1000), Theme.pick(rng), zh=zh, style=style)
    pair = rng.choice(["BTC/USDT", "ETH/USDT", "SOL/USDT"])
    mid = rng.uniform(20, 70000)
    c.text((40, 30), pair, 36, cjk=False)
    c.text((300, 36), f"{mid:,.2f}", 30, c.theme.good, cjk=False)
    heads = ["价格(USDT)", "数量", "成交额"] if zh else ["Price(USDT)", "Amount", "Total"]
    for i, h in enumerate(heads):
        c.text((40 + i * 150, 100), h, 18, c.theme.muted)
    for i in range(14):
        p = mid * (1 + (7 - i) * 0.0004)
        amt = rng.uniform(0.001, 3)
        colour = c.theme.bad if i < 7 else c.theme.good
        c.text((40, 140 + i * 34), f"{p:,.2f}", 18, colour, cjk=False)
        c.text((190, 140 + i * 34), f"{amt:.4f}", 18, cjk=False)
        c.text((340, 140 + i * 34), f"{p * amt:,.2f}", 18, cjk=False)
    c.box((500, 100, 1150, 620), c.theme.panel, radius=4)
    for _ in range(40):
        x = rng.randint(520, 1130)
        y0 = rng.randint(150, 560)
        c.draw.rectangle(
            (x, y0, x + 8, y0 + rng.randint(10, 50)), fill=rng.choice([c.theme.good, c.theme.bad])
        )
    c.text((1190, 100), "限价买入" if zh else "Limit buy", 26)
    for i, (label, value) in enumerate(
        [
            ("价格" if zh else "Price", f"{mid:,.2f}"),
            ("数量" if zh else "Amount", f"{rng.uniform(0.01, 2):.4f}"),
        ]
    ):
        c.box((1190, 150 + i * 90, 1560, 210 + i * 90), c.theme.panel)
        c.text((1205, 165 + i * 90), f"{label}  {value}", 22)
    c.box((1190, 340, 1560, 400), c.theme.good)
    c.text((1375, 370), "买入" if zh else "Buy", 26, (255, 255, 255), anchor="mm")
    rows = [
        [
            m.timestamp(rng),
            pair,
            "限价" if zh else "Limit",
            f"{mid * rng.uniform(0.9, 1.1):,.2f}",
            f"{rng.uniform(0.01, 2):.4f}",
        ]
        for _ in range(3)
    ]
    heads = ["时间", "交易对", "类型", "价格", "数量"] if zh else ["Date", "Pair", "Type", "Price", "Amount"]
    table(c, 680, heads, rows, 20, [260, 160, 120, 200, 160])
    assert c.image is not None
    return screenshot(c.image, rng)


def explorer_tx(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A block explorer's transaction page: hash, status, block, from, to, value, fee."""
    zh = lang == "zh"
    c = Canvas(fonts, (1440, 900), Theme.pick(rng), zh=zh, style=style)
    c.text((40, 40), "交易详情" if zh else "Transaction Details", 36)
    rows = [
        ("交易哈希:" if zh else "Transaction Hash:", "0x" + m.tx_hash(rng)),
        ("状态:" if zh else "Status:", "成功" if zh else "Success"),
        ("区块:" if zh else "Block:", str(rng.randint(15_000_000, 21_000_000))),
        ("时间:" if zh else "Timestamp:", m.timestamp(rng)),
        ("发送方:" if zh else "From:", m.eth_address(rng)),
        ("接收方:" if zh else "To:", m.eth_address(rng)),
        ("数额:" if zh else "Value:", f"{m.price(rng, 0.01, 50, 6)} ETH"),
        ("手续费:" if zh else "Transaction Fee:", f"0.000{rng.randint(100, 999)}{rng.randint(100, 999)} ETH"),
        ("Gas Price:", f"{rng.randint(5, 80)}.{rng.randint(0, 99)} Gwei"),
    ]
    y = 130
    for label, value in rows:
        c.text((40, y), label, 22, c.theme.muted)
        c.text((330, y), value, 22, cjk=False if value.isascii() else None)
        y += 70
    assert c.image is not None
    return screenshot(c.image, rng)


_DRAFTS = {
    "en": [
        "Question for support: my order to buy bitcoin was cancelled but the balance is still frozen.",
        "I sent the deposit on the wrong network last week. Can you check if it can be recovered?",
        "They asked me to verify my identity again. Why? I already did this in March.",
        "The price shown on the app was different from the price I got. Please explain the fee.",
        "Also ask about the limit for daily withdrawals and when my account level will change.",
    ],
    "zh": [
        "问客服：我买比特币的订单被取消了，但是余额还是冻结状态。",
        "上周充值选错了网络，能不能帮我找回来？",
        "为什么又要我重新认证身份？三月份已经认证过了。",
        "页面上显示的价格和实际成交价格不一样，手续费是怎么算的？",
        "顺便问一下每日提现额度，还有账户等级什么时候升级。",
    ],
}


def notes_app_question(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A notes app with a question drafted for support: prose, wrapped, no secret."""
    zh = lang == "zh"
    c = Canvas(fonts, (1170, 2532), Theme(), zh=zh, style=style)
    y = status_bar(c, rng) + 60
    c.text((60, y), "< " + ("备忘录" if zh else "Notes"), 40, (230, 170, 20))
    y += 120
    c.text((60, y), "客服问题" if zh else "support ticket", 64)
    y += 130
    width = 22 if zh else 44
    for para in rng.sample(_DRAFTS[lang], rng.randint(3, 5)):
        if zh:
            lines = [para[i : i + width] for i in range(0, len(para), width)]
        else:
            lines, line = [], ""
            for word in para.split():
                if len(line) + len(word) + 1 > width:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            lines.append(line)
        for line in lines:
            c.text((60, y), line, 44)
            y += 72
        y += 40
    assert c.image is not None
    return screenshot(c.image, rng)


def p2p_order(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A P2P order waiting for payment: merchant, price, amount, payment method, order number, timer."""
    zh = lang == "zh"
    c = Canvas(fonts, (1080, 1920), Theme.pick(rng), zh=zh, style=style)
    y = status_bar(c, rng) + 50
    c.text((60, y), "待付款" if zh else "Pay the seller", 48)
    c.text(
        (1020, y + 10),
        f"{rng.randint(0, 14):02d}:{rng.randint(0, 59):02d}",
        40,
        c.theme.bad,
        anchor="ra",
        cjk=False,
    )
    y += 120
    price = rng.uniform(6.9, 7.4) if zh else rng.uniform(0.98, 1.02)
    qty = rng.uniform(50, 3000)
    rows = [
        ("商家" if zh else "Seller", rng.choice(["CryptoKing88", "稳稳小店", "FastOTC", "诚信商家"])),
        ("单价" if zh else "Price", f"{price:.3f} {'CNY' if zh else 'USD'}"),
        ("数量" if zh else "Quantity", f"{qty:.2f} USDT"),
        ("总额" if zh else "Total", f"{price * qty:,.2f} {'CNY' if zh else 'USD'}"),
        (
            "付款方式" if zh else "Payment method",
            rng.choice(["支付宝", "银行卡"] if zh else ["Bank transfer", "Wise"]),
        ),
        ("订单号" if zh else "Order number", m.order_id(rng)),
        ("创建时间" if zh else "Created", m.timestamp(rng)),
    ]
    for label, value in rows:
        c.text((60, y), label, 34, c.theme.muted)
        c.text((1020, y), value, 34, anchor="ra")
        y += 95
    c.box((60, y + 40, 1020, y + 150), c.theme.accent)
    c.text(
        (540, y + 95),
        "我已付款，通知卖家" if zh else "Transferred, notify seller",
        36,
        (20, 20, 20),
        anchor="mm",
    )
    assert c.image is not None
    return screenshot(c.image, rng)


def login_history(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """The account's login history: devices, IPs, places, times."""
    zh = lang == "zh"
    c = Canvas(fonts, (1440, 820), Theme.pick(rng), zh=zh, style=style)
    c.text((40, 40), "登录历史" if zh else "Login history", 36)
    heads = (
        ["时间", "设备", "IP 地址", "地点", "结果"]
        if zh
        else ["Time", "Device", "IP address", "Location", "Result"]
    )
    places = ["上海", "深圳", "新加坡", "香港"] if zh else ["Singapore", "London", "Dubai", "Hong Kong"]
    devices = ["iPhone 14", "Chrome / Windows", "Android App", "Safari / macOS"]
    results = ["成功", "失败"] if zh else ["Success", "Failed"]
    rows = [
        [
            m.timestamp(rng),
            rng.choice(devices),
            f"198.51.100.{rng.randint(1, 254)}",
            rng.choice(places),
            rng.choice(results),
        ]
        for _ in range(rng.randint(6, 9))
    ]
    table(c, 120, heads, rows, 22, [270, 300, 260, 220, 150])
    assert c.image is not None
    return screenshot(c.image, rng)


def withdrawal_email_photo(rng: random.Random, fonts: FontSet, lang: str, style: Style) -> bytes:
    """A withdrawal confirmation e-mail on a monitor, photographed with a phone."""
    zh = lang == "zh"
    c = Canvas(fonts, (1280, 800), Theme(), zh=zh, style=style)
    c.text((60, 50), "[交易所] 提币成功" if zh else "[Exchange] Withdrawal Successful", 36)
    c.text((60, 120), "noreply@exchange.example", 22, c.theme.muted, cjk=False)
    body = [
        ("您已成功提取" if zh else "You have successfully withdrawn") + f" {m.price(rng, 10, 5000)} USDT",
        ("提币地址：" if zh else "Address: ") + m.tron_address(rng),
        ("交易哈希：" if zh else "TxID: ") + m.tx_hash(rng)[:40] + "…",
        ("时间：" if zh else "Time: ") + m.timestamp(rng) + " (UTC)",
        "如非本人操作，请立即冻结账户。"
        if zh
        else "If this was not you, please lock your account immediately.",
    ]
    for i, line in enumerate(body):
        c.text((60, 200 + i * 70), line, 26)
    assert c.image is not None
    return photograph(c.image, rng, max_rotation=10, max_skew=0.05, blur=(0.4, 1.0), quality=(50, 80))
