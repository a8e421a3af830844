"""Outbound guard on phrasings it was not first written for (bench/corpus/heldout_*, fresh*_*).

Representative cases of each way the first version missed a scam or blocked an ordinary reply:
evasive spellings (full-width, spaced-out, zero-width, look-alike letters), requests phrased
around a bare noun ("forward that code to me"), Chinese word order and A-not-A questions,
"fee to verify" transfers without an address, and warnings/descriptions that must still pass.
The figures over whole batches are in bench/guard_false_positives.py; tests do not assert them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.guard import VIOLATION_CODES, check_outbound
from app.guard.fold import Folder, original_span
from app.guard.outbound_triggers import CJK_PAIRS

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus"
FOLDER = Folder(CJK_PAIRS)


def codes(text: str) -> list[str]:
    return [v.code for v in check_outbound(text)]


# --- folding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Please send your ｐａｓｓｗｏｒｄ", "Please send your password"),
        ("请把 ２ＦＡ 验证码发到这里", "请把 2FA 验证码发到这里"),
        ("the pass\u200bword, se\u00aded", "the password, seed"),
        ("What's the p a s s w o r d?", "What's the password?"),
        ("Send me the 2 F A code", "Send me the 2FA code"),
        ("the s.e.e.d phrase", "the seed phrase"),
        ("your wallet's p r i v a t e  k e y.", "your wallet's private  key."),
        ("您的密 码是多少", "您的密码是多少"),
        ("告诉我您的助 记 词", "告诉我您的助记词"),
        ("раsswоrd", "password"),  # Cyrillic р, а, о
    ],
)
def test_fold_reads_evasive_spellings_as_the_plain_word(text: str, folded: str) -> None:
    assert FOLDER.fold(text).text == folded


@pytest.mark.parametrize(
    "text",
    [
        "Plain English text with a b and c.",  # single letters not in a run of three
        "子账户不能划转到主账户 可以设置价格提醒吗",  # a space between clauses, not inside a word
        "Transfer 0.5 BTC, version 1.2 and e.g. this.",
    ],
)
def test_fold_leaves_ordinary_text_alone(text: str) -> None:
    folded = FOLDER.fold(text)
    assert folded.text == text
    assert folded.origin is None


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 1.-\u200b\u3000ａ２密码助记词р '"), max_size=80))
def test_fold_maps_every_character_back(text: str) -> None:
    folded = FOLDER.fold(text)
    origin = folded.origin if folded.origin is not None else list(range(len(text)))
    assert len(origin) == len(folded.text)
    assert origin == sorted(set(origin))
    assert all(0 <= i < len(text) for i in origin)
    for ch, i in zip(folded.text, origin, strict=True):
        assert ch == text[i] or (ch.isascii() and not text[i].isascii())
    if folded.text:
        start, end = original_span(folded, 0, len(folded.text))
        assert 0 <= start < end <= len(text)


def test_violation_points_at_what_the_agent_typed() -> None:
    text = "Hi. Kindly send your se\u200bed phrase. Also tell me your p a s s w o r d."
    found = check_outbound(text)
    assert sorted(v.code for v in found) == ["asks_password", "asks_seed_phrase"]
    for v in found:
        assert text[v.start : v.end] == v.detail
    seed = next(v for v in found if v.code == "asks_seed_phrase")
    assert seed.detail == "send your se\u200bed phrase"


# --- scams the first version let through -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # evasive spellings
        ("Could you let me know the pass\u200bword for your account?", "asks_password"),
        ("What's the p a s s w o r d on your account?", "asks_password"),
        ("Please type your passw0rd here so I can check the login issue.", "asks_password"),
        ("Please share your ２ＦＡ code for verification purposes.", "asks_otp_code"),
        ("请发送助\u200b记词完成核验。", "asks_seed_phrase"),
        ("我们安全团队需要您的私 钥来追踪这笔资金。", "asks_private_key"),
        ("plz give me the verfication code u got by sms", "asks_otp_code"),
        # who is asking: a team, "what password", a bare noun near words about codes
        ("Our security team needs your seed phrase to unlock your account.", "asks_seed_phrase"),
        ("hey, what password did u set when you registered?", "asks_password"),
        ("You will receive an SMS shortly, please forward that code to me here.", "asks_otp_code"),
        ("Once you get the SMS, just paste the number here.", "asks_otp_code"),
        ("Please read me the 6 digits we just sent to your phone.", "asks_otp_code"),
        ("Your 2-step verification code please, it expires soon.", "asks_otp_code"),
        ("Open MetaMask, export the key and paste it in this chat.", "asks_private_key"),
        ("Please enter your ｐｒｉｖａｔｅ ｋｅｙ to verify your wallet.", "asks_private_key"),
        ("Shoot me the password you use on the app.", "asks_password"),
        # Chinese word order, particles and questions
        ("请把您的登录密码告知我们以便解除限制。", "asks_password"),
        ("亲，您的登入密码是啥？", "asks_password"),
        ("收到短信后，把里面的数字告诉我就行。", "asks_otp_code"),
        ("请把手机上收到的那串数字发过来，马上帮您解冻。", "asks_otp_code"),
        ("请把钱包的恢复词写在下面。", "asks_seed_phrase"),
        ("麻烦把您备份的那些单词按顺序发给我。", "asks_seed_phrase"),
        ("能不能拍一张您抄写助记词的卡片发给我？", "asks_seed_phrase"),  # 能不能 is a question
        ("请在验证码刷新之前把它复制到聊天框。", "asks_otp_code"),
        # remote access
        ("Let me remote into your PC so I can finish the KYC for you.", "remote_access"),
        ("请您共享一下屏幕给我，我帮您一步步操作。", "remote_access"),
        ("您可以通过微信视频把手机屏幕给我看一下吗？", "remote_access"),
        # transfers without an address
        ("Please send 0.1 BTC to verify your wallet ownership, it will be returned.", "transfer_request"),
        ("请转50 USDT进行账户验证，验证后立即退还。", "transfer_request"),
        ("为了解除风控，请充值 1000 USDT 到这个地址激活账户。", "transfer_request"),
        ("调查结束前，请先把资产转入受保护的托管钱包。", "transfer_request"),
    ],
)
def test_new_scam_phrasings_are_blocked(text: str, code: str) -> None:
    found = check_outbound(text)
    assert code in [v.code for v in found], (text, found)
    for v in found:
        assert 0 <= v.start < v.end <= len(text)
        assert v.detail


# --- ordinary replies the first version blocked, and look-alikes of the new rules ---------------


@pytest.mark.parametrize(
    "text",
    [
        # blocked by the first version
        "When the app asks for your 2FA code, open your authenticator app and type the current code there.",
        "When you log in from a new device, you'll be asked for an email code. Enter it on the login page.",
        "邮箱验证码会发送到您账户绑定的邮箱。",
        "我们发给您的6位数字不要告诉任何人，包括我们的员工。",
        "我们不提供视频通话或屏幕共享服务，所有客服都在此聊天中进行。",
        "An export string or private key gives full control of a wallet, so keep it offline.",
        "导出的密钥字符串或私钥可以完全控制钱包，请离线保存。",
        "If you already installed a remote app at someone's request, uninstall it and change your passwords.",
        "没有人会因为您不发送验证码而注销您的账户，这是常见的诈骗话术。",
        "我们不通过电话、桌面共享或远程软件提供客服。",
        # near misses of the new rules
        "What is 2FA? It is a second login step.",
        "Please confirm your 2FA is enabled.",
        "Can you confirm the last 4 digits of the phone number linked to your account?",
        "Can you tell me the number of confirmations shown?",
        "Please send me the order number.",
        "We are sending a verification code to your email.",
        "Please send a small test amount first to verify the address.",
        "If you send 0.1 BTC to the wrong network, it will not be returned.",
        "If your private key was exposed, move your funds to a new wallet that you created yourself.",
        "Please list the coins you deposited.",
        "您提到这个地址不是您的？",
        "请把资产转到您自己的冷钱包。",
        "划转 100 USDT 到合约账户作为保证金。",
        "请充值 100 USDT 到您的现货账户。",
        "我们发送的短信只包含需要您在官网输入的验证码。",
        "验证码已发送，请查收。",
        "Never share your seed phrase with anyone, including us.",
        "请勿向任何人提供您的助记词，包括客服。",
    ],
)
def test_ordinary_replies_pass(text: str) -> None:
    assert check_outbound(text) == (), text


# --- the held-out files themselves ------------------------------------------------------------


@pytest.mark.parametrize(
    "path", sorted(CORPUS.glob("heldout_scams_*.txt")) + sorted(CORPUS.glob("fresh*_scams_*.txt")), ids=str
)
def test_heldout_scam_files_are_well_formed(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 25
    for line in lines:
        code, sep, text = line.partition("|")
        assert sep and text.strip(), line
        assert code in VIOLATION_CODES, line
