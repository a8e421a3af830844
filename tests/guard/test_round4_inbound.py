"""Issue 16, round 4: the general shapes behind r10's inbound misses, one test per shape.

Values and wording are made up here; none is copied from a held-out batch. Each rule has its safe
twin beside it.
"""

from __future__ import annotations

import re

import pytest

from app.guard import scan_inbound
from tests.support.guard_store import feed, left

# --- false alarms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Can I import a BIP39 passphrase wallet here or only plain seeds?",
        "is a passphrase setup supported on hardware wallets",
        "登录一直提示“验证码无效 (40021)”怎么办",
        "code keeps failing with invalid (10023) on the app",
        "绑定失败 (2107)，验证码也收不到",
    ],
)
def test_ordinary_messages_stay_untouched(text: str) -> None:
    assert scan_inbound(text).findings == ()


@pytest.mark.parametrize(
    "text",
    ["api passphrase: Tr0ub4dor", "my api passphrase is meadowlark", "passphrase kX9#pq2w"],
)
def test_a_passphrase_with_something_saying_it_is_one_is_redacted(text: str) -> None:
    assert scan_inbound(text).findings


def test_a_new_code_after_an_invalid_one_is_still_redacted() -> None:
    assert "660172" not in left("验证码无效了，新的验证码 660172")
    assert "551209" not in left("invalid code, the new code is 551209")


# --- a value is one token ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Account login - marigold_2004 is the password, same email as before", "marigold"),
        ("密码是我名字拼音加生日lihua19880712", "lihua"),
    ],
)
def test_a_password_token_goes_whole(text: str, gone: str) -> None:
    assert gone not in left(text)


def test_a_code_label_is_not_part_of_the_token() -> None:
    stored = scan_inbound("my code is G-551902 from the SMS").text
    assert "G-" in stored and "551902" not in stored


def test_a_chinese_password_after_its_description() -> None:
    assert "lihua" not in left("密码是我名字拼音加生日lihua19880712")
    for text in ("密码为 要求的格式 例如Abc12345", "密码是在设置里改的吗 我用的iphone13"):
        assert scan_inbound(text).findings == ()


# --- codes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("sms code W4N8Q2 came with letters in it", "W4N8Q2"),
        ("安全码X3RT72收到了", "X3RT72"),
        ("ok it says: seven one four four zero two", "seven one four"),
        ("收到的验证码是肆陆壹贰零捌", "肆陆壹贰零捌"),
    ],
)
def test_codes_of_other_shapes(text: str, gone: str) -> None:
    assert gone not in left(text)


@pytest.mark.parametrize(
    "text",
    [
        "promo code SAVE20XY does not work",
        "my referral code AB12CD34",
        "order code X7K2P9 status?",
        "the code is in the email but it says ERROR",
        "I counted one two three and stopped",
        "backup codes? where do I find them",
    ],
)
def test_code_shapes_safe_twins(text: str) -> None:
    assert scan_inbound(text).findings == ()


def test_every_code_of_a_backup_list() -> None:
    for text in (
        "my backup codes (printed last year): 5521 0193 8842 7716 2290",
        "备用码 6641 2208 9913 4470",
        "recovery codes:\n1180-4422\n9935-0071",
    ):
        stored = left(text)
        assert not re.search(r"\d{4}", stored), stored


# --- keys -----------------------------------------------------------------------------------------

PEM_BODY = (
    "MHcCAQEEIBq7Lw1v3hXy9T0aQ8mZ2nK5pR4sU6wV7xY8zA1bC2dEoAoGCCqGSM49\n"
    "AwEHoUQDQgAEz9Yx8Wv7Uu6Tt5Ss4Rr3Qq2Pp1Oo0Nn9Mm8Ll7Kk6Jj5Ii4Hh3Gg2Ff1E"
)


def test_a_pem_private_key_body() -> None:
    whole = f"here:\n-----BEGIN EC PRIVATE KEY-----\n{PEM_BODY}\n-----END EC PRIVATE KEY-----\nok?"
    cut = f"-----BEGIN PRIVATE KEY-----\n{PEM_BODY[:70]}"  # pasted half
    for text in (whole, cut):
        stored = left(text)
        assert "MHcCAQ" not in stored and "AwEHoUQ" not in stored
    assert "END EC PRIVATE KEY" in left(whole)
    public = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEz9Yx8Wv7Uu6Tt5Ss\n"
    public += "-----END PUBLIC KEY-----"
    assert scan_inbound(public).findings == ()


def test_openssl_byte_dump_over_lines() -> None:
    raw = bytes(range(7, 7 + 32))
    hexed = ":".join(f"{b:02x}" for b in b"\x00" + raw)
    dump = "\n    ".join(hexed[i : i + 45] for i in range(0, len(hexed), 45))
    stored = left(f"priv:\n    {dump}\npub:\n    04:5c:1e")
    assert "0a:0b" not in stored and "1d:1e:1f" not in stored


def test_swift_code_is_no_code() -> None:
    text = "our SWIFT code DEUTDEFF500 and sort code 40-47-84, when does it post?"
    assert scan_inbound(text).findings == ()


# --- passwords ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("pw got reset?! the old one was Maple#Leaf88", "Maple#Leaf88"),
        ("I signed in with R3dFox!9 and it said locked", "R3dFox!9"),
        ('password has spaces, is that ok? it\'s "blue kettle 42"', "blue kettle"),
    ],
)
def test_passwords_further_from_their_word(text: str, gone: str) -> None:
    assert gone not in left(text)


@pytest.mark.parametrize(
    "text",
    [
        "I logged in with MacBook2021 at home",
        "the old one was iPhone12 and the new one is iPhone15",
        'password keeps failing, it says "error 42 try later"',
        "my password changed. the new one is fine now",
    ],
)
def test_password_safe_twins(text: str) -> None:
    assert scan_inbound(text).findings == ()


# --- conversations --------------------------------------------------------------------------------


def test_a_correction_after_a_leaked_password() -> None:
    stored = feed(["my exchange password is Harbor#1180", "oops typo, Harbor#1181"])
    assert "Harbor" not in " ".join(stored)
    stored = feed(["我的密码是 Qw!8812zz", "写错了 是 Qw!8812zx"])
    assert "Qw!" not in " ".join(stored)


def test_the_old_value_after_a_leaked_one() -> None:
    stored = feed(["new password for the app", "Cedar$$2031", "the previous was Cedar$$2030 fyi"])
    assert "Cedar" not in " ".join(stored)


def test_a_second_key_half_after_a_leaked_one() -> None:
    import base64

    first = base64.b32encode(bytes(range(40, 66))).decode().rstrip("=")  # stands in for any key half
    stored = feed(["api secret part 1", f"api secret {first}", "part 2 Zq8Lm2Np4Rs6Tv8Wx0Yz2Ab4Cd6Ef8Gh"])
    assert "Zq8Lm2" not in stored[-1]


def test_no_follow_up_without_a_leak_or_for_other_things() -> None:
    assert feed(["hi", "my order is Ab#12345678"])[-1] == "my order is Ab#12345678"
    stored = feed(["my password is Harbor#1180", "my email is Mia.Chen2@mail.example"])
    assert "Mia.Chen2@mail.example" in stored[-1]


def test_a_code_sent_in_pieces() -> None:
    for parts in (
        ["the authenticator shows", "three eight one", "zero five two"],
        ["短信验证码来了", "七四二", "零六一"],
        ["sms just came", "55 21", "90 14"],
    ):
        stored = feed(parts)
        assert all("[redacted:otp_code]" in s for s in stored[1:]), stored


def test_number_pieces_without_a_code_are_left() -> None:
    stored = feed(["how many confirmations do I need", "twelve?", "one two"])
    assert stored[-1] == "one two"
    stored = feed(["I bought at", "41 20", "and sold at 43 10"])
    assert stored[1] == "41 20"


def test_a_value_after_here_it_is() -> None:
    stored = feed(["still waiting for the SMS", "oh here it is", "771 204"])
    assert "771" not in stored[-1]


# --- seeds ----------------------------------------------------------------------------------------

PHRASE = "velvet umbrella fossil marine ladder cotton useful harbor pilot island vivid lumber"


def test_a_phrase_read_by_ocr_with_several_misreadings() -> None:
    ocr = PHRASE.replace("useful", "vsefuI").replace("ladder", "Iadder").replace("lumber", "Iumber")
    stored = left(f"from a photo of the card, may be wrong: {ocr}")
    assert not any(w in stored for w in ("Iadder", "vsefuI", "velvet", "Iumber"))


def test_ordinary_prose_with_i_and_v_stays() -> None:
    text = "I have a vivid memory of the ivory tower, I visited it in winter and it was very lovely inside"
    assert scan_inbound(text).findings == ()


def test_a_chinese_phrase_joined_with_middle_dots() -> None:
    stored = left("从备忘录复制的：庄·钟·泼·缓·惯·扩·粘·骤·偶·刻·敏·狼")
    assert "庄" not in stored and "狼" not in stored
    assert scan_inbound("我·爱·你·中·国，周末·愉快").findings == ()


def test_a_link_with_two_at_signs_goes_to_the_last_host() -> None:
    from app.guard import LinkPolicy, flag_links

    flags = flag_links("see https://help@exchange.example@secure-desk.io/claim", LinkPolicy.default())
    assert [f.host for f in flags] == ["secure-desk.io"]
    assert flag_links("https://help@exchange.example/claim", LinkPolicy.default()) == ()


def test_no_follow_up_for_an_id_after_its_label() -> None:
    stored = feed(["my password is Tr!cky2024", "sorry, one more thing: my order ORD-77812x is stuck"])
    assert "ORD-77812x" in stored[-1]


# --- reported by the image-guard bench (attach4): what OCR reads off a form ---------------------

KEY = "5f0c2a9e71d84b36a0e5c7f1b2d9e8a4c3b6f7a1e0d2c5b8a9f4e7d1c0b3a6e2"


@pytest.mark.parametrize("label", ["查看私钥", "导出私钥", "Private key:", "Your private key"])
def test_a_key_under_its_label_on_the_line_above_is_a_key(label: str) -> None:
    text = f"{label}\n{KEY}"
    assert KEY not in left(text)
    assert [f.kind for f in scan_inbound(text).findings] == ["private_key"]


@pytest.mark.parametrize("label", ["交易哈希", "TxID", "查看交易", "我刚才提币了，这是链上记录"])
def test_a_hash_under_a_transaction_label_is_left_alone(label: str) -> None:
    assert scan_inbound(f"{label}\n{KEY}").findings == ()


@pytest.mark.parametrize(
    "text", ["邮箱验证码\n请输入6位验证码", "邮箱验证码 请输入6位验证码", "短信验证码 请输入短信验证码"]
)
def test_a_form_label_and_its_placeholder_are_no_phrase(text: str) -> None:
    assert scan_inbound(text).findings == ()


def test_a_phrase_sent_twice_after_its_context_word_is_still_found() -> None:
    phrase = "穗 稻 林 蓄 眉 史 通 姆 乐 玄 爷 堆"
    found = scan_inbound(f"助记词：{phrase}\n再发一次：{phrase}")
    assert found.findings
    assert "穗" not in found.text
