"""Wording pools: pool 0 is the tuning set's wording, pool 1 the held-out set's (written after tuning).

A pool-0 entry that is a plain string is used as is (the tuning builders drew no random number for
it, so the tuning images stay byte-identical); a list is drawn from with the builder's ``rng``.
"""

from __future__ import annotations

import random

from .style import Style

Pool = dict[int, str | list[str]]

WORDING: dict[str, dict[str, Pool]] = {
    "seed_title": {
        "en": {
            0: ["Recovery Phrase", "Secret Recovery Phrase", "Wallet backup", "SEED WORDS - keep safe"],
            1: ["my wallet words", "BACKUP PHRASE (do not lose)", "Trust wallet 24 words", "mnemonic"],
        },
        "zh": {
            0: ["助记词", "钱包助记词", "备份助记词（请勿泄露）", "恢复短语"],
            1: ["我的钱包备份", "助记词备份（12个）", "钱包恢复词", "冷钱包助记词"],
        },
    },
    "backup_title": {
        "en": {0: "Secret Recovery Phrase", 1: ["Back up your wallet", "Your recovery words", "Seed phrase"]},
        "zh": {0: "备份助记词", 1: ["备份您的钱包", "您的恢复短语", "请抄写助记词"]},
    },
    "backup_note": {
        "en": {
            0: "Write down these 12 words in order and keep them safe.",
            1: ["Anyone with these words can take your crypto.", "Store them offline. Never share."],
        },
        "zh": {
            0: "请按顺序抄写以下助记词，并妥善保管。",
            1: ["任何人获得助记词即可转走资产。", "请离线保存，切勿截图或分享。"],
        },
    },
    "backup_button": {
        "en": {0: "I've written it down", 1: ["Continue", "Done, next"]},
        "zh": {0: "我已备份", 1: ["下一步", "完成备份"]},
    },
    "key_caption": {
        "en": {0: "PRIVATE KEY", 1: ["SECRET KEY", "Spend key - keep hidden", "privkey"]},
        "zh": {0: "私钥", 1: ["私钥（请妥善保管）", "钱包密钥", "导出的私钥"]},
    },
    "address_caption": {
        "en": {0: "PUBLIC ADDRESS", 1: ["Receive address", "SHARE THIS"]},
        "zh": {0: "公开地址", 1: ["收款地址", "可以分享"]},
    },
    "export_title": {
        "en": {0: "Export Private Key", 1: ["Show private key", "Account key"]},
        "zh": {0: "导出私钥", 1: ["查看私钥", "账户私钥"]},
    },
    "export_warning": {
        "en": {
            0: "Never share this key. Anyone with it can take your funds.",
            1: ["Warning: this key controls your account.", "Keep this key secret and offline."],
        },
        "zh": {
            0: "切勿向任何人透露私钥，任何人拿到私钥都可以转走您的资产。",
            1: ["警告：私钥可完全控制您的账户。", "请勿截图，请勿发送给任何人。"],
        },
    },
    "otp_title": {
        "en": {
            0: "Enable Google Authenticator",
            1: ["Set up two-factor authentication", "Bind authenticator app"],
        },
        "zh": {0: "绑定谷歌验证器", 1: ["开启双重验证", "设置身份验证器"]},
    },
    "otp_step": {
        "en": {
            0: "Step 2: Scan this QR code with the app",
            1: ["Scan with your authenticator", "Use the app to scan"],
        },
        "zh": {0: "第二步：使用验证器 App 扫描下方二维码", 1: ["请用验证器扫码", "打开 App 扫描二维码"]},
    },
    "otp_manual": {
        "en": {0: "Or enter this key manually:", 1: ["Setup key:", "Can't scan? Use this key:"]},
        "zh": {0: "或手动输入密钥：", 1: ["备用密钥：", "无法扫码？请输入："]},
    },
    "auth_title": {
        "en": {
            0: ["Authenticator", "Google Authenticator"],
            1: ["Microsoft Authenticator", "2FA Codes", "Authy"],
        },
        "zh": {0: ["身份验证器", "谷歌身份验证器"], 1: ["动态口令", "二次验证码", "验证器"]},
    },
    "order_title": {
        "en": {0: "Order History", 1: ["Trade history", "My orders"]},
        "zh": {0: "委托历史", 1: ["历史成交", "我的订单"]},
    },
    "order_headers": {
        "en": {
            0: "Time|Pair|Type|Side|Price|Amount|Filled|Status",
            1: ["Date|Market|Order type|Direction|Avg. price|Qty|Executed|State"],
        },
        "zh": {
            0: "时间|交易对|类型|方向|价格|数量|成交|状态",
            1: ["日期|市场|订单类型|买卖|均价|委托量|已成交|订单状态"],
        },
    },
    "detail_title": {
        "en": {0: "Order Details", 1: ["Order info", "Trade detail"]},
        "zh": {0: "订单详情", 1: ["委托详情", "成交明细"]},
    },
    "deposit_title": {"en": {0: "Deposit", 1: ["Receive", "Top up"]}, "zh": {0: "充值", 1: ["收款", "转入"]}},
    "deposit_history": {
        "en": {0: "Deposit history", 1: ["Recent deposits", "Transfers in"]},
        "zh": {0: "充值记录", 1: ["最近充值", "转入记录"]},
    },
    "tx_label": {
        "en": {0: "TxID", 1: ["Transaction hash", "Hash"]},
        "zh": {0: "交易哈希", 1: ["交易ID", "链上哈希"]},
    },
    "kyc_title": {
        "en": {0: "Verification failed", 1: ["Identity check not passed", "KYC rejected"]},
        "zh": {0: "身份认证未通过", 1: ["实名认证失败", "KYC 审核被拒"]},
    },
    "kyc_reasons": {
        "en": {
            0: [
                "The document photo is blurry or incomplete",
                "The document has expired",
                "The selfie does not match the document photo",
                "Documents from this region are not supported",
            ],
            1: [
                "Glare on the ID card, please retake",
                "Name does not match the account",
                "Address proof older than 3 months",
            ],
        },
        "zh": {
            0: ["证件照片模糊或不完整", "证件已过期", "人脸识别与证件照片不一致", "不支持该国家或地区的证件"],
            1: ["证件反光，请重新拍摄", "姓名与账户信息不符", "地址证明超过三个月"],
        },
    },
    "security_title": {
        "en": {0: "Security", 1: ["Account security", "Safety centre"]},
        "zh": {0: "安全中心", 1: ["账户安全", "安全设置"]},
    },
    "support_title": {
        "en": {0: "Support", 1: ["Live chat", "Help centre"]},
        "zh": {0: "在线客服", 1: ["客服中心", "人工客服"]},
    },
}

CHAT_LINES: dict[int, dict[str, list[tuple[str, str]]]] = {
    1: {
        "en": [
            ("c", "hello? my USDT deposit is not showing"),
            ("a", "Hi! Which network did you use to send it?"),
            ("c", "TRC20, it says success in my other wallet"),
            ("a", "Thanks. It needs 20 confirmations, please wait a few minutes."),
            ("c", "someone on telegram said he is support and asked for my phrase"),
            ("a", "That is a scammer. Never give anyone your phrase or your codes."),
            ("c", "ok I blocked him. also my KYC failed twice"),
            ("a", "Please upload a clear photo of the front of your ID."),
        ],
        "zh": [
            ("c", "在吗？我充的USDT没到账"),
            ("a", "您好，请问您用的是哪个网络？"),
            ("c", "TRC20，另一个钱包显示已成功"),
            ("a", "需要20个区块确认，请稍等几分钟。"),
            ("c", "电报上有人说是客服，让我发助记词"),
            ("a", "那是骗子，任何人索要助记词和验证码都不要给。"),
            ("c", "好的已拉黑，另外我的实名认证失败两次了"),
            ("a", "请上传清晰的证件正面照片。"),
        ],
    }
}

ERROR_CASES: dict[int, list[tuple[str, str, str, str]]] = {
    1: [
        ("转账失败", "收款人UID不存在。", "Transfer failed", "The recipient UID does not exist."),
        (
            "提现受限",
            "修改密码后24小时内无法提现。",
            "Withdrawal locked",
            "Withdrawals are locked for 24 h after a password change.",
        ),
        (
            "操作频繁",
            "请求过于频繁，请一分钟后再试。",
            "Too many requests",
            "Please wait one minute and try again.",
        ),
        (
            "地址错误",
            "该地址不支持所选网络。",
            "Wrong address",
            "This address does not support the selected network.",
        ),
    ]
}


def text(style: Style, name: str, lang: str, rng: random.Random) -> str:
    """The wording for ``name`` in ``lang`` from the style's pool."""
    pools = WORDING[name][lang]
    pool = pools.get(style.wording, pools[0])
    return pool if isinstance(pool, str) else rng.choice(pool)
