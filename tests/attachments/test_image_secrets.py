"""The image guard's rules on text as OCR returns it: no OCR here, so every case is exact."""

from __future__ import annotations

import random

import pytest
from mnemonic import Mnemonic

from app.attachments.image_secrets import (
    base32_letters,
    classify_binary_qr,
    classify_qr,
    join_wrapped,
    join_wrapped_chinese,
    judge,
    split_glued_labels,
)
from app.attachments.reading import ImageText
from app.attachments.verdict import NOT_CHECKED, SAFE, WITHHELD
from bench._images import material as m


def verdict(lines: list[str], boxes: list[str] | None = None, **qr: object) -> tuple[str, str | None]:
    read = ImageText(tuple(boxes if boxes is not None else lines), tuple(lines), **qr)  # type: ignore[arg-type]
    v = judge(read)
    return v.status, v.detail


def phrase(lang: str, seed: int = 7) -> list[str]:
    return m.seed_words(random.Random(seed), lang, 12)


# --- QR payloads -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (lambda r: m.otpauth_uri(r, "Binance", "alice@example.com"), "two_factor_secret"),
        (lambda r: "otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8", "two_factor_secret"),
        (m.hex_key, "key_qr"),
        (lambda r: "0x" + m.hex_key(r), "key_qr"),
        (m.wif_key, "key_qr"),
        (m.xprv_key, "key_qr"),
        (m.solana_keypair, "key_qr"),
        (lambda r: "[" + ",".join(str(b) for b in r.randbytes(64)) + "]", "key_qr"),
        (lambda r: " ".join(m.seed_words(r, "en", 12)), "seed_phrase"),
        (lambda r: "".join(f"{r.randrange(2048):04d}" for _ in range(12)), "seed_phrase"),  # SeedQR
    ],
    ids=["otpauth", "migration", "hex", "0xhex", "wif", "xprv", "solana", "json-keypair", "words", "seedqr"],
)
def test_secret_qr_payloads(make: object, kind: str) -> None:
    payload = make(random.Random(5))  # type: ignore[operator]
    assert classify_qr(payload) == kind
    assert verdict([], qr_payloads=(payload,)) == (WITHHELD, kind)


@pytest.mark.parametrize(
    "make",
    [
        m.eth_address,
        m.tron_address,
        m.btc_address,
        lambda r: "bitcoin:" + m.btc_address(r) + "?amount=0.01",
        lambda r: "https://www.binance.com/en/support",
        lambda r: "ethereum:" + m.eth_address(r) + "@1",
        lambda r: m.b58encode(r.randbytes(32)),  # a Solana address: public
        lambda r: "WIFI:S:office;T:WPA;P:correct-horse;;",
    ],
    ids=["eth", "tron", "btc", "bip21", "url", "eip681", "solana-address", "wifi"],
)
def test_public_qr_payloads_are_left_alone(make: object) -> None:
    payload = make(random.Random(9))  # type: ignore[operator]
    assert classify_qr(payload) is None
    assert verdict(["Deposit address"], qr_payloads=(payload,)) == (SAFE, None)


def test_binary_qr_of_entropy_size_is_a_key() -> None:
    assert classify_binary_qr(bytes(16)) == "key_qr"
    assert classify_binary_qr(bytes(32)) == "key_qr"
    assert classify_binary_qr(bytes(100)) is None


def test_an_unreadable_qr_is_not_checked_unless_something_else_is_withheld() -> None:
    assert verdict(["Scan to pay"], qr_unreadable=1) == (NOT_CHECKED, "qr_unreadable")
    grid = [f"{i + 1}. {w}" for i, w in enumerate(phrase("en"))]
    assert verdict(grid, qr_unreadable=1) == (WITHHELD, "seed_phrase")


# --- seed phrases as OCR reads them ------------------------------------------------------------------


def test_numbered_grid_with_ocr_errors_and_scrambled_order() -> None:
    words = phrase("en")
    cells = [f"{i + 1}.{w}" for i, w in enumerate(words)]
    cells[3] = cells[3][:-1] + "x"  # one letter misread
    cells[7] = "8."  # one word lost
    rng = random.Random(1)
    rng.shuffle(cells)  # a rotated photo read column by column
    lines = [" ".join(cells[i : i + 3]) for i in range(0, 12, 3)]
    assert verdict(lines) == (WITHHELD, "seed_phrase")


def test_chinese_numbered_grid() -> None:
    chars = phrase("zh")
    lines = [" ".join(f"{i + j + 1} {chars[i + j]}" for j in range(3)) for i in range(0, 12, 3)]
    assert verdict(["助记词", *lines]) == (WITHHELD, "seed_phrase")


def test_unnumbered_english_lines_with_two_misreadings() -> None:
    words = phrase("en", 3)
    words[2] = words[2][0] + "#" + words[2][2:]  # a symbol where a letter was: a token break
    words[9] = words[9] + "q"  # one letter too many
    lines = [" ".join(words[i : i + 4]) for i in range(0, 12, 4)]
    assert verdict(lines) == (WITHHELD, "seed_phrase")


def test_chinese_groups_read_as_clumps() -> None:
    chars = m.seed_words(random.Random(11), "zh", 24)
    lines = [" ".join("".join(chars[i + j : i + j + 4]) for j in range(0, 12, 4)) for i in range(0, 24, 12)]
    assert verdict(lines) == (WITHHELD, "seed_phrase")


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Home Markets Trade Futures Assets",
            "Order History",
            "Time Pair Type Side Price Amount Filled Status",
        ]
        + ["2024-06-01 12:00:00 BTC/USDT Limit Buy 67,000.00 0.0100 100% Filled"] * 6,
        ["首页 行情 交易 合约 资产", "网络错误", "请求超时，请稍后再试。", "错误码：360656", "确定"],
        ["交易对 方向 价格 数量 成交 状态 时间", "买入 限价 完全成交 已撤销 部分成交 卖出"],
        [
            "Steps to reset 2FA:",
            "1. open the app",
            "2. tap security",
            "3. choose reset",
            "4. verify your email",
            "5. upload a selfie",
            "6. wait for review",
        ],
        [
            "Do I need my recovery phrase to get my funds back?",
            "No. We will never ask for your seed phrase, password or 2FA code.",
        ],
    ],
    ids=["order-table", "zh-error", "zh-table", "numbered-steps", "talk-about-seeds"],
)
def test_ordinary_text_is_safe(lines: list[str]) -> None:
    assert verdict(lines) == (SAFE, None)


# --- keys, codes, authenticators ---------------------------------------------------------------------


def test_private_key_text_wrapped_over_lines_is_withheld() -> None:
    key = m.hex_key(random.Random(2))
    lines = ["Export Private Key", "Never share this key.", key[:26], key[26:52], key[52:], "Copy"]
    assert join_wrapped(lines)[2] == key
    assert verdict(lines) == (WITHHELD, "private_key")


def test_a_wrapped_transaction_hash_is_not_a_key() -> None:
    tx = m.tx_hash(random.Random(4))
    lines = ["Deposit history", "120.00 USDT Completed", "TxID", tx[:32], tx[32:]]
    assert verdict(lines) == (SAFE, None)


def test_a_label_glued_to_a_hash_is_split_before_the_guard_reads_it() -> None:
    """OCR drops the space in "TxID 4c58…": the glued token must not read as an API secret, and a
    key glued to its label must still read as a key."""
    tx, key = m.tx_hash(random.Random(5)), m.hex_key(random.Random(6))
    assert split_glued_labels([f"TxID{tx}", f"交易哈希{tx}", f"x{tx}0"]) == [
        f"TxID {tx}",
        f"交易哈希 {tx}",
        f"x{tx}0",  # not exactly 64 hex digits: left alone
    ]
    assert verdict(["Deposit history", "57.32 USDT Confirming 3/12", f"TxID{tx}"]) == (SAFE, None)
    assert verdict(["Deposit history", f"Hash0x{tx}"]) == (SAFE, None)
    assert verdict(["Export", f"Privatekey{key}"]) == (WITHHELD, "private_key")
    assert verdict(["导出", f"私钥{key}"]) == (WITHHELD, "private_key")
    assert split_glued_labels([f"deadbeef{key}"]) == [f"deadbeef{key}"]  # one longer hex string


def test_a_grouped_2fa_key_read_with_digits_for_letters_is_withheld() -> None:
    """OCR reads the O of a base32 key as 0 (base32 has no 0, 1 or 8): read again with letters."""
    grouped = "JBSW Y3DP OHPK 3IXP"  # a 16-character base32 key, grouped as setup pages show it
    misread = "J8SW Y3DP 0HPK 31XP"
    context = ["Save your backup key", "You can restore your authenticator with this key.", "I saved it"]
    lines = [context[0], context[1], misread, context[2]]
    assert base32_letters(lines)[2] == grouped  # the key's own digits 2-7 stay
    assert verdict(lines) == (WITHHELD, "two_factor_secret")
    assert verdict([*context[:2], misread.replace(" ", ""), context[2]]) == (WITHHELD, "two_factor_secret")
    # the same shape without a key's context, and an order number, are left alone
    assert verdict(["Order ID", "AB01 CD23 EF45 GH67"]) == (SAFE, None)
    assert base32_letters(["2024 0101 1800 0000"]) == ["2O24 OIOI IBOO OOOO"]
    assert verdict(["Date", "2024 0101 1800 0000"]) == (SAFE, None)


def test_a_chinese_phrase_wrapped_over_two_lines_without_spaces_is_withheld() -> None:
    """A notes app wraps a 24-character phrase typed without spaces (fresh set, seed 6)."""
    joined = "".join(m.seed_words(random.Random(11), "zh", 24))
    lines = ["备忘录", "钱包", joined[:12], joined[12:]]  # lines of 12: not short groups (list rule)
    assert join_wrapped_chinese(lines) == ["备忘录", "钱包", joined]
    assert verdict(lines) == (WITHHELD, "seed_phrase")
    prose = ["请输入您的手机号", "我们会发送验证码", "充值已到账"]  # UI prose is not joined
    assert join_wrapped_chinese(prose) == prose
    assert verdict(prose) == (SAFE, None)


def test_authenticator_screens() -> None:
    boxes = [
        "Authenticator",
        "Binance: alice@gmail.com",
        "482 913",
        "17",
        "Google (bob@qq.com)",
        "105 332",
        "17",
    ]
    lines = ["Authenticator", "Binance: alice@gmail.com", "482 913 17", "Google (bob@qq.com)", "105 332 17"]
    assert verdict(lines, boxes) == (WITHHELD, "two_factor_secret")
    one = ["身份验证器", "OKX: li.na@163.com", "774 201", "9"]
    assert verdict(one, one) == (WITHHELD, "two_factor_secret")


def test_six_digit_numbers_without_an_authenticator_context_are_safe() -> None:
    boxes = [
        "Security",
        "Google Authenticator",
        "Enabled",
        "SMS",
        "138****5678",
        "Last login",
        "2024-06-01 12:34:56",
    ]
    assert verdict(boxes, boxes) == (SAFE, None)
    receipt = ["Order No.", "928371", "Amount", "0.5000 BTC"]  # one number, no countdown, no app
    assert verdict(receipt, receipt) == (SAFE, None)


def test_guard_finding_from_typed_style_text() -> None:
    words = " ".join(Mnemonic("english").to_mnemonic(bytes(16)).split())
    assert verdict([f"my seed is {words}"]) == (WITHHELD, "seed_phrase")
    assert verdict(["my password is Tr0ub4dor&3 please check"])[0] == WITHHELD


def test_a_wif_key_wrapped_with_a_short_last_line_above_a_button() -> None:
    """The last line of a wrapped key is short, and so is the "Copy" button under it."""
    key = m.wif_key(random.Random(8))
    lines = ["Account key", "Keep it secret.", key[:22], key[22:44], key[44:], "Copy"]
    assert verdict(lines) == (WITHHELD, "private_key")
    assert verdict(["Deposit", "Copy", "Paste"]) == (SAFE, None)


@pytest.mark.parametrize(
    ("guard_kind", "withheld_as"),
    [("totp_secret", "two_factor_secret"), ("api_secret", "api_secret"), ("a_kind_added_later", "secret")],
)
def test_every_text_guard_finding_withholds(
    monkeypatch: pytest.MonkeyPatch, guard_kind: str, withheld_as: str
) -> None:
    """The text guard grows new kinds; an image showing any of them is withheld, never passed."""
    from app.attachments import image_secrets
    from app.guard import Finding, InboundResult

    def fake_scan(text: str) -> InboundResult:
        return InboundResult("[redacted]", (Finding(guard_kind, "high", 0, len(text)),))

    monkeypatch.setattr(image_secrets, "scan_inbound", fake_scan)
    assert verdict(["anything at all"]) == (WITHHELD, withheld_as)
