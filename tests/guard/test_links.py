"""Links in agents' messages: official domains only, look-alikes named as such."""

from __future__ import annotations

import pytest

from app.guard import LinkPolicy, Violation, check_outbound
from app.guard.confusables import osa_distance, skeleton
from app.guard.links import find_links


def link_violations(text: str, policy: LinkPolicy | None = None) -> list[tuple[str, str]]:
    return [
        (v.code, v.detail) for v in check_outbound(text, policy) if v.code.endswith(("_allowed", "_domain"))
    ]


def test_default_policy() -> None:
    assert LinkPolicy.default() == LinkPolicy(frozenset({"exchange.example"}))


@pytest.mark.parametrize(
    "text",
    [
        "https://www.exchange.example/help/futures/liquidation",
        "See exchange.example/fees for details.",
        "Apply here: https://institutional.exchange.example/apply",
        "官网：www.exchange.example，谢谢",
        "请访问https://www.exchange.example/help查看",
        "Link: <https://exchange.example/a?b=c#d>.",
        "Write to support@exchange.example",
        "HTTPS://WWW.EXCHANGE.EXAMPLE/HELP",
        "Version 2.3.1 fixed it, e.g. the report.pdf export and main.py, see Fig.2 (Mr.Li agreed).",
        "It costs 0.5 BTC, i.e. about 1.5%.",
        "Please restart the app.Then log in again.",
    ],
)
def test_allowed_and_non_links(text: str) -> None:
    assert link_violations(text) == []


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("Download it from https://bit.ly/abc123", "bit.ly"),
        ("请登录www.somewallet.io领取空投", "www.somewallet.io"),
        ("go to evil.com.Thanks", "evil.com"),
        ("http://192.168.1.10:8080/login", "192.168.1.10"),
        ("网址：claim-airdrop.xyz，谢谢", "claim-airdrop.xyz"),
        ("tg://resolve?domain=freecoins", "resolve"),
        ("see https://evil.com/exchange.example/help", "evil.com"),
    ],
)
def test_other_links_are_not_allowed(text: str, detail: str) -> None:
    assert link_violations(text) == [("link_not_allowed", detail)]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("visit exchagne.example now", "exchagne.example"),  # swapped letters
        ("https://exchnage.example/login", "exchnage.example"),
        ("https://exchange-support.example/reset", "exchange-support.example"),
        ("exchange-support.com", "exchange-support.com"),
        ("请访问exchange-support.com登录", "exchange-support.com"),
        ("https://exchange.example.evil.com/login", "exchange.example.evil.com"),
        ("https://login.exchange.example.verify-account.net", "login.exchange.example.verify-account.net"),
        ("https://exchange.com", "exchange.com"),  # same name, other TLD
        ("https://exchanges.example", "exchanges.example"),  # insertion
        ("https://exchang3.example", "exchang3.example"),  # digit for letter
        ("https://myexchange-login.io", "myexchange-login.io"),
        ("https://exchange.example@evil.com/x", "evil.com"),  # userinfo trick
        ("http://ехchange.example/", "xn--change-2of2k.example"),  # Cyrillic е, х
        ("https://xn--change-2of2k.example/", "xn--change-2of2k.example"),  # the same, punycode
        ("https://ｅｘｃｈａｎｇｅ-help.com", "exchange-help.com"),  # full-width letters
        ("exchange。example。evil。com", "exchange.example.evil.com"),  # ideographic dots
        ("Write to support@exchagne.example", "exchagne.example"),  # e-mail with a look-alike
    ],
)
def test_lookalikes_are_named(text: str, detail: str) -> None:
    assert link_violations(text) == [("lookalike_domain", detail)]


def test_violation_span_covers_the_whole_url() -> None:
    text = "Please log in at https://exchange-support.com/login?next=/withdraw."
    (v,) = check_outbound(text)
    assert v == Violation("lookalike_domain", "exchange-support.com", 17, len(text) - 1)


def test_short_brand_and_digit_substitution() -> None:
    policy = LinkPolicy(frozenset({"okx.com"}))
    assert link_violations("https://www.okx.com/help", policy) == []
    assert link_violations("https://0kx.com", policy) == [("lookalike_domain", "0kx.com")]
    assert link_violations("https://okx-support.com", policy) == [("lookalike_domain", "okx-support.com")]
    assert link_violations("https://ok.com", policy) == [("link_not_allowed", "ok.com")]
    policy = LinkPolicy(frozenset({"coinmarket.example"}))
    assert link_violations("https://coinrnarket.example", policy) == [
        ("lookalike_domain", "coinrnarket.example")
    ]
    assert link_violations("https://c0inmarket.example", policy) == [
        ("lookalike_domain", "c0inmarket.example")
    ]


def test_emails_are_not_links() -> None:
    assert link_violations("mail me at someone@gmail.com") == []
    hits = list(find_links("mail someone@gmail.com"))
    assert len(hits) == 1 and hits[0].is_email


def test_confusable_helpers() -> None:
    assert skeleton("ехсhаngе") == skeleton("exchange")  # Cyrillic look-alikes
    assert skeleton("rnoney") == skeleton("money")
    assert skeleton("paypa1") == skeleton("paypal")
    assert osa_distance("exchagne", "exchange") == 1
    assert osa_distance("exchange", "exchange") == 0
    assert osa_distance("abc", "xyz", limit=2) == 2


# --- issue 16: official domains are configuration; customers' look-alikes are flagged ---------------


def test_official_domains_are_checked() -> None:
    from app.guard import LinkPolicy

    assert LinkPolicy.from_domains(["Acme-Exchange.COM", "help.acme-exchange.com"]).allowed_domains == (
        frozenset({"acme-exchange.com", "help.acme-exchange.com"})
    )
    for bad, why in (
        ("https://acme.com", "host name only"),
        ("acme.com/help", "host name only"),
        ("acme", "not a valid host name"),
        ("-acme.com", "not a valid host name"),
        ("acme.notatld", "top-level domain"),
        ("10.0.0.1", "top-level domain"),
        ("", "empty"),
    ):
        with pytest.raises(ValueError, match=why):
            LinkPolicy.from_domains([bad])
    with pytest.raises(ValueError, match="no official domain"):
        LinkPolicy.from_domains([])


def test_a_deployments_own_domain_may_be_linked() -> None:
    from app.guard import LinkPolicy

    policy = LinkPolicy.from_domains(["acme-exchange.com"])
    assert link_violations("Steps: https://help.acme-exchange.com/2fa", policy) == []
    assert link_violations("See https://exchange.example/fees", policy) != []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("is https://exchange-example.com/verify you?", "exchange-example.com"),
        ("they said go to exchange.exarnple to unlock funds", "exchange.exarnple"),
        ("https://exchange.example@login-secure.io/reset is this official?", "login-secure.io"),
        ("support said secure-exchange.example.co", "secure-exchange.example.co"),
    ],
)
def test_customer_pasted_lookalikes_are_flagged(text: str, host: str) -> None:
    from app.guard import LinkPolicy, flag_links

    flags = flag_links(text, LinkPolicy.default())
    assert [f.host for f in flags] == [host]
    assert flags[0].imitates == "exchange.example"
    assert text[flags[0].start : flags[0].end].lower().find(host.split(".")[0][:5]) >= 0


@pytest.mark.parametrize(
    "text",
    [
        "I read https://exchange.example/support/faq/deposit",
        "my tx on https://etherscan.io/tx/0x5e1f shows success",
        "my email is jane@gmail.com",
        "tradingview.com shows a different price",
    ],
)
def test_ordinary_links_are_not_flagged(text: str) -> None:
    from app.guard import LinkPolicy, flag_links

    assert flag_links(text, LinkPolicy.default()) == ()
