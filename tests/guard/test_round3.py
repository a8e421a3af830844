"""Issue 16, round 3: the general shapes behind r9's misses, one test per shape.

Values and wording are made up here; none is copied from a held-out batch.
"""

from __future__ import annotations

import pytest

from app.guard import check_outbound, scan_inbound
from tests.support.guard_store import feed, left

# --- inbound: a masked number is never a secret --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the verification SMS never reaches 186****0423, can you check",
        "code not coming to +61 4** ***872 since the update",
        "验证码一直收不到，手机号150****7731",
        "短信验证码发到尾号****2904的手机了吗",
        "OTP goes to 07**-***-554 which I no longer have",
    ],
)
def test_masked_number_is_never_a_code(text: str) -> None:
    assert scan_inbound(text).findings == ()


def test_masked_number_after_a_code_question_in_a_conversation() -> None:
    stored = feed(["the sms code never arrives", "phone 177****3306"])
    assert stored[-1] == "phone 177****3306"


def test_a_real_code_next_to_a_masked_number_is_still_redacted() -> None:
    out = left("SMS to 136****0912 says verification code 730164")
    assert "730164" not in out and "136****0912" in out


# --- outbound: asks worded around the old nouns -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Generate a new key with trading rights and paste the key and its secret here.", "asks_private_key"),
        ("Kindly share both your access key and secret so compliance can audit.", "asks_private_key"),
        ("Type your recovery words below to finish the migration.", "asks_seed_phrase"),
        ("请把您的谷歌备用码发我一份，方便我们帮您解锁。", "asks_otp_code"),
        ("谷歌验证器上现在显示几位数？说一下。", "asks_otp_code"),
        ("您的谷歌验证器现在显示的是哪几个数？", "asks_otp_code"),
        ("加一下我们的客服微信，然后把登录密码发到那边。", "asks_password"),
        ("Tracing starts once the 15% fee is paid upfront in USDT.", "transfer_request"),
        ("Before the refund, a 30 USDT release fee must be paid to our escrow wallet.", "transfer_request"),
        ("解冻前先交200 USDT保证金，付完马上处理。", "transfer_request"),
        ("找回服务先收20%的费用，用USDT支付。", "transfer_request"),
        ("去超市买两张e卡，把卡密拍给我。", "transfer_request"),
    ],
)
def test_scam_asks_of_round3_are_refused(text: str, code: str) -> None:
    assert code in {v.code for v in check_outbound(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The network fee of 0.0004 BTC is shown before you confirm.",
        "提现时会收取少量网络手续费，金额以页面显示为准。",
        "Never share your API key and secret with anyone, including us.",
        "请勿把2FA备用码发给任何人，包括客服。",
        "Your 100 USDT withdrawal was sent to your address at 09:12.",
        "We never ask for an upfront fee; anyone who does is a scammer.",
        "exchange-example.help 不是我们的网站，请不要在上面登录。",
    ],
)
def test_round3_lookalike_replies_pass(text: str) -> None:
    assert check_outbound(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "A page that makes you type your recovery phrase to 'sync' your wallet is a scam.",
        "Whoever DMs you to read out your 2FA code is a fraudster.",
        "Anything that asks you to enter your 24 words to claim an airdrop is phishing.",
    ],
)
def test_a_sentence_that_calls_the_ask_a_scam_passes(text: str) -> None:
    """The English half of the 'X is a scam' predicate (it had backspace characters, not \\b)."""
    assert check_outbound(text) == ()


# --- outbound: scripts told as a procedure -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Reversing the charge. You will receive a text with 6 digits, read it back to me.", "asks_otp_code"),
        ("A security code was just sent to your phone, please copy it here to cancel it.", "asks_otp_code"),
        ("系统马上给您发一条短信，收到后直接念给我就行。", "asks_otp_code"),
        ("稍后您会收到一个码，收到了报给我。", "asks_otp_code"),
        ("To get past the filter, send the recovery phrase a few words per message.", "asks_seed_phrase"),
        ("Give me the first six words of your backup, then the rest after I check.", "asks_seed_phrase"),
        ("助记词太长的话分两次发，先发前六个。", "asks_seed_phrase"),
        ("单词一个一个发给我，系统就不会拦截。", "asks_seed_phrase"),
    ],
)
def test_scripts_are_refused(text: str, code: str) -> None:
    assert code in {v.code for v in check_outbound(text)}


@pytest.mark.parametrize(
    "text",
    [
        "You will receive a text with 6 digits; type it on the withdrawal page, never share it with us.",
        "您会收到一条短信验证码，请只在App内输入，不要告诉任何人。",
        "Fraudsters may ask for your phrase word by word to slip past filters.",
        "有骗子会让您把助记词分两次发，这是诈骗。",
        "If an 'investigator' asked you for your 2FA code, reset your 2FA now.",
        "如果您已经把验证码告诉了对方，请立即修改密码。",
        "Please create a new wallet yourself and move what is left there.",
        "如果私钥已经泄露，请自己新建一个钱包，把余下的币转过去。",
    ],
)
def test_warnings_about_scripts_pass(text: str) -> None:
    assert check_outbound(text) == ()


# --- inbound: passwords without a label next to them -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("pass for the app is the same as always Rowan#Hill55 can you check", "Rowan#Hill55"),
        ("my trading pwd is probably still the one from last year Quartz!71 or not?", "Quartz!71"),
        ("the caller said it was needed so I told him Velvet.Moon3 and then hung up", "Velvet.Moon3"),
        ("I have been using Harbor_Light9 on every site, is that the problem", "Harbor_Light9"),
        ("客服问我要密码我说了 Zq77.Lotus 现在怎么办", "Zq77.Lotus"),
        ("Bitwarden export:\nexchange.example\tkim.lee\tOtter$Pond8", "Otter$Pond8"),
        ("1Password row: exchange.example | kim_l | river-stone-4", "river-stone-4"),
    ],
)
def test_passwords_near_a_word_a_verb_or_in_a_row(text: str, secret: str) -> None:
    assert secret not in left(text)


@pytest.mark.parametrize(
    "text",
    [
        "password page shows ERR_AUTH_401 every time I try",
        "password reset mail never came, order #Q82Lm0X is stuck too",
        "I use Windows11 and Chrome, the password field is greyed out",
        "I sent them Ticket#Ab12Cd yesterday about my password",
        "site | status | note",
        "BTC | 0.52 | 2026-03-04",
    ],
)
def test_ids_and_error_codes_near_a_password_word_stay(text: str) -> None:
    assert scan_inbound(text).findings == ()


# --- inbound: codes read by OCR, codes in pairs ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("(copied from the screenshot) Verif1cation c0de: 58O27l expires in 5 rnin", "58O27l"),
        ("Login c0de 9O4417", "9O4417"),
        ("图片识别结果：验证码 4O8826，请勿泄露", "4O8826"),
        ("security code 83-40-96", "83-40-96"),
    ],
)
def test_codes_misread_by_ocr_or_in_pairs(text: str, secret: str) -> None:
    assert secret not in left(text)


@pytest.mark.parametrize(
    "text",
    ["my birthday is 12-05-88 and the code never came", "order BOSS12 and the code page is blank"],
)
def test_dates_and_ids_near_a_code_word_stay(text: str) -> None:
    assert scan_inbound(text).findings == ()


# --- conversations: labelled parts, the customer's own question -----------------------------------

_HEX_A = "9c0ffee1" * 4
_HEX_B = "d15ea5e2" * 4


def test_hex_key_in_labelled_halves() -> None:
    stored = feed(["the key is long so two bits", f"part 1: {_HEX_A}", f"part 2: {_HEX_B}"])
    assert _HEX_A not in stored[1] and _HEX_B not in stored[2]


def test_phrase_parts_after_labels_and_before_a_question() -> None:
    first = "choice enable member flame spray bleak"  # a valid phrase (fixed entropy)
    second = "school chaos creek payment eternal hurt"
    stored = feed(["I split it over two notes", f"note 1 {first}", f"note 2 is {second} is that enough?"])
    assert first not in stored[1] and second not in stored[2]
    assert "is that enough" in stored[2]


def test_chinese_phrase_halves_after_labels() -> None:
    first, second = "几 遂 进 字 近 利", "庄 络 至 未 浙 村"  # a valid phrase (fixed entropy)
    stored = feed(["助记词分两半发", f"上半部分 {first}", f"下半部分 {second}"])
    assert "遂 进 字" not in stored[1] and "络 至 未" not in stored[2]


def test_value_after_own_question_and_one_word_answer() -> None:
    stored = feed(["which password do you mean, app or fund?", "app", "Lantern#882"])
    assert "Lantern#882" not in stored[-1]
    stored = feed(["你说的是哪个密码 交易的还是登录的", "交易的", "Pw_55lotus"])
    assert "Pw_55lotus" not in stored[-1]


def test_lead_in_with_a_misspelt_short_run_is_not_a_part() -> None:
    stored = feed(["ok phrase coming, one sec", "abandon ability able", "about above absent"])
    assert stored[0] == "ok phrase coming, one sec"


# --- inbound: keys as spaced bytes, hardware OTPs; outbound: "re-verify in this chat" ---------------


def test_hex_key_as_space_separated_bytes() -> None:
    key = " ".join(f"{(i * 37 + 11) % 256:02x}" for i in range(32))
    assert "[redacted:private_key]" in scan_inbound(f"the recovery tool printed: {key}").text


def test_yubikey_style_otp_is_a_code() -> None:
    otp = "vvccccdefghi" + "jklnrtuvcbde" * 3
    assert otp not in left(f"here is what the key typed {otp}")


def test_reverify_the_phrase_in_this_chat_is_refused() -> None:
    assert check_outbound("系统升级，请在本对话中重新验证助记词，否则账户将被冻结。")
    assert check_outbound("请不要在任何对话中重新验证助记词，这是诈骗。") == ()


# --- inbound: Chinese phrases after a lead-in word, numbered with 第N个 ----------------------------

_ZH_PHRASE = ["几", "遂", "进", "字", "近", "利", "庄", "络", "至", "未", "浙", "村"]  # valid (fixed entropy)


def test_chinese_phrase_with_full_width_commas_after_a_lead_in() -> None:
    text = "表格那一栏我写的是 " + "，".join(_ZH_PHRASE) + " 这样对吗"
    out = left(text)
    assert "遂" not in out and "浙" not in out and "这样对吗" in out


def test_chinese_phrase_numbered_with_ordinals() -> None:
    text = " ".join(f"第{i}个{c}" for i, c in enumerate(_ZH_PHRASE, 1))
    out = left(text)
    assert not any(c in out for c in _ZH_PHRASE)


def test_ordinals_in_chinese_prose_stay() -> None:
    assert scan_inbound("这是我第一次用，第二个问题是到账时间，第三个是手续费").findings == ()


# --- inbound: numbered items keep their labels, a phrase remembered in part --------------------------

_EN_PHRASE = "choice enable member flame spray bleak school chaos creek payment eternal hurt".split()  # noqa: SIM905


def test_numbering_labels_go_with_the_phrase() -> None:
    lines = "\n".join(f"Word {i}: {w}" for i, w in enumerate(_EN_PHRASE, 1))
    out = left(f"typed it out:\n{lines}")
    assert "Word" not in out and not any(w in out for w in _EN_PHRASE)
    dashed = " ".join(f"{i}-{w}" for i, w in enumerate(_EN_PHRASE, 1))
    out = left(f"here: {dashed}")
    assert "1-" not in out and not any(w in out for w in _EN_PHRASE)


def test_nine_to_eleven_words_after_a_word_that_names_the_phrase() -> None:
    part = " ".join(_EN_PHRASE[:10])
    out = left(f"I lost two of my recovery words, here are the rest: {part}")
    assert not any(w in out for w in _EN_PHRASE[:10])


def test_ten_wordlist_words_without_a_phrase_word_stay() -> None:
    assert scan_inbound("choice enable member flame spray bleak school chaos creek payment").findings == ()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("they must have cracked Copper#Fox31 since I reuse it everywhere", "Copper#Fox31"),
        ("KeePassXC row: exchange.example / lin.w / Maple-Leaf!9", "Maple-Leaf!9"),
    ],
)
def test_more_password_shapes(text: str, secret: str) -> None:
    assert secret not in left(text)


def test_a_contraction_after_a_password_word_is_no_password() -> None:
    assert "hasn't" in scan_inbound("my pass hasn't changed since 2021").text
    assert scan_inbound("deposit 0.5 / fee 0.001 / total 0.501").findings == ()


def test_a_choice_the_question_offered_is_an_answer_not_a_value() -> None:
    stored = feed(["do you need my login or my withdrawal password?", "withdrawal", "Tulip#Garden5"])
    assert stored[1] == "withdrawal" and "Tulip#Garden5" not in stored[2]


def test_hex_halves_after_letter_labels() -> None:
    stored = feed(["splitting the key", f"A: {_HEX_A}", f"B: {_HEX_B}"])
    assert _HEX_A not in stored[1] and _HEX_B not in stored[2]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Look at your phone, there's a code from our team. Paste it here.", "asks_otp_code"),
        ("验证码到了吗？到了就读一下。", "asks_otp_code"),
        ("Your wallet must be re-synced. Type your twelve words on the next message.", "asks_seed_phrase"),
        ("Download the helper from this page so I can view your screen.", "remote_access"),
        ("Move 300 USDT to the audit wallet and we'll return it tomorrow.", "transfer_request"),
    ],
)
def test_more_scripts_are_refused(text: str, code: str) -> None:
    assert code in {v.code for v in check_outbound(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Check your phone, there's a code from us; enter it on the login page and never share it.",
        "I can't see your screen, so please describe the error.",
        "验证码到了的话请在App里输入，不要读给任何人。",
    ],
)
def test_more_instructions_pass(text: str) -> None:
    assert check_outbound(text) == ()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("我平时都用 Songshu.77 这个密码，会不会被猜到", "Songshu.77"),
        ("Rv8#Lake9 is my trading password, should I change it", "Rv8#Lake9"),
        ("密码管理器里的记录：exchange.example | zhang.w | Hai@Yan55", "Hai@Yan55"),
    ],
)
def test_value_before_its_label_and_rows_after_chinese(text: str, secret: str) -> None:
    assert secret not in left(text)


def test_chinese_digit_words_in_groups_are_a_code() -> None:
    out = left("短信验证码是 七四一 八二六")
    assert "七四一" not in out and "八二六" not in out


@pytest.mark.parametrize(
    "text",
    [
        "You'll receive a ticket number by email; send it to us if the deposit doesn't arrive.",
        "You will get a reference number from your bank, please forward it to us so we can trace the wire.",
        "You'll receive an error code on screen; read it back to me so I can look it up.",
        "您会收到一条退款短信通知，里面的订单号请发给我。",
        "您的工单号稍后会通过短信发给您，收到后回复给我们即可。",
    ],
)
def test_other_numbers_announced_and_asked_back_pass(text: str) -> None:
    assert check_outbound(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "my password is fine, but my iPhone14 says SessionExpired_2",
        "I use MacBookPro2021 and Chrome",
        "the password field says Min8Chars+1Digit",
        "my exchange password has Upper+lower+Symbols as required",
    ],
)
def test_screens_rules_and_products_near_a_password_word_stay(text: str) -> None:
    assert scan_inbound(text).findings == ()


def test_api_secret_after_its_key_in_the_message_before() -> None:
    key, secret = "7f3a9c2e1b4d5f6a" * 2, "9e8d7c6b5a4f3e2d" * 2
    stored = feed(["api key and secret in two messages", key, secret])
    assert key not in stored[1] and secret not in stored[2]


def test_copying_both_api_values_into_ones_own_bot_passes() -> None:
    assert check_outbound("Create an API key in Settings, then copy both values into your bot.") == ()
    assert check_outbound("Create an API key, then paste both values here so I can check them.")


@pytest.mark.parametrize(
    "text",
    ["图片太大的话可以分两次发，文字也可以。", "Send the logs in two parts, with a few words on the error."],
)
def test_other_things_sent_in_parts_pass(text: str) -> None:
    assert check_outbound(text) == ()


def test_a_phrase_written_as_a_list_with_and() -> None:
    text = ", ".join(_EN_PHRASE[:-1]) + " and " + _EN_PHRASE[-1]
    out = left(f"my words: {text}")
    assert not any(w in out for w in _EN_PHRASE)
