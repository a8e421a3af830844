"""Canned-reply rules (Qt-free): language choice, variable filling with fallbacks, filtering."""

from __future__ import annotations

from app.policies.canned_render import (
    CannedValues,
    choose_locale,
    fill,
    filter_replies,
    normalise_locale,
    render,
    unfilled_variables,
)
from app.protocol.types import CannedReply


def reply(
    key: str = "greet",
    shortcut: str = "hi",
    en: str | None = "Hi {customer_name}, I am {agent_name}.",
    zh: str | None = "{customer_name}，您好！我是{agent_name}。",
    title_en: str = "Greeting",
    title_zh: str = "问候",
) -> CannedReply:
    bodies = {k: v for k, v in (("en", en), ("zh-CN", zh)) if v is not None}
    titles = {k: v for k, v in (("en", title_en), ("zh-CN", title_zh)) if k in bodies}
    return CannedReply(
        id=1,
        key=key,
        category="account_login",
        shortcut=shortcut,
        titles=titles,
        bodies=bodies,
        variables=["customer_name", "agent_name"],
    )


def test_locale_normalisation() -> None:
    assert normalise_locale("zh_CN") == "zh-CN"
    assert normalise_locale("zh-Hans") == "zh-CN"
    assert normalise_locale("en-GB") == "en"
    assert normalise_locale(None) == "en"


def test_customer_language_is_chosen_with_fallback_to_the_other() -> None:
    assert choose_locale(reply(), "zh-CN") == "zh-CN"
    assert choose_locale(reply(), "en") == "en"
    assert choose_locale(reply(zh=None), "zh-CN") == "en"
    assert choose_locale(reply(en=None), "en") == "zh-CN"


def test_render_fills_variables() -> None:
    out = render(
        reply(), CannedValues(customer_name="Li Wei", uid="5001", agent_name="Alice", customer_language="en")
    )
    assert out.locale == "en"
    assert out.body == "Hi Li Wei, I am Alice."
    zh = render(reply(), CannedValues(customer_name="李伟", agent_name="Alice", customer_language="zh-CN"))
    assert zh.body == "李伟，您好！我是Alice。"
    assert zh.title == "问候"


def test_missing_or_masked_values_get_language_fallbacks_never_raw_braces() -> None:
    en = render(reply(), CannedValues(customer_language="en"))
    assert en.body == "Hi there, I am the support team."
    zh = render(reply(), CannedValues(customer_name="L*** W***", customer_language="zh-CN"))
    assert "{" not in zh.body and "*" not in zh.body
    assert zh.body.startswith("尊敬的用户")
    assert fill("UID {uid} / {unknown_thing}", {"uid": None}, "en") == "UID — / "
    assert unfilled_variables(en.body) == []
    masked_en = render(
        reply(), CannedValues(customer_name="Maria G***", agent_name="Alice", customer_language="en")
    )
    assert masked_en.body == "Hi Maria, I am Alice."


def test_explicit_locale_overrides_customer_language() -> None:
    out = render(reply(), CannedValues(customer_name="Li", customer_language="zh-CN"), locale="en")
    assert out.locale == "en"


def test_filter_by_shortcut_title_and_body_ranked() -> None:
    replies = [
        reply(key="kyc", shortcut="kyc", en="Your verification is under review.", title_en="KYC pending"),
        reply(
            key="pw", shortcut="reset", en="To reset your password use the app.", title_en="Password reset"
        ),
        reply(
            key="dep",
            shortcut="dep",
            en="Deposits need confirmations, reset nothing.",
            title_en="Deposit delay",
        ),
    ]
    assert [r.key for r in filter_replies(replies, "")] == ["kyc", "pw", "dep"]
    assert [r.key for r in filter_replies(replies, "/res")] == ["pw", "dep"]
    assert [r.key for r in filter_replies(replies, "deposit")] == ["dep"]
    assert [r.key for r in filter_replies(replies, "under review")] == ["kyc"]
    assert [r.key for r in filter_replies(replies, "问候")] == ["kyc", "pw", "dep"]
    assert filter_replies(replies, "nothing-matches-this") == []
