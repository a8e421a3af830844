"""Round 13: block explorers are a second list of sites agents may link to, configured per deployment
(defaults in ``app/guard/explorers.py``); look-alikes of an explorer are refused like look-alikes of
the official domains, and the official domains' own rules are unchanged."""

from __future__ import annotations

import pytest

from app.guard import DEFAULT_EXPLORER_DOMAINS, LinkPolicy, check_outbound, checked_explorers, flag_links

ACME = LinkPolicy.from_domains(["acme-exchange.com"])


def link_codes(text: str, policy: LinkPolicy = ACME) -> list[str]:
    return [v.code for v in check_outbound(text, policy)]


@pytest.mark.parametrize(
    "text",
    [
        "Check the TXID on a block explorer like etherscan.io to see the confirmations.",
        "Here it is: https://etherscan.io/tx/0x5e1f3c2a and it has 12 confirmations.",
        "The Sepolia test tx: https://sepolia.etherscan.io/tx/0xabc",  # an explorer's subdomain
        "可以在tronscan.org上查这笔转账的确认数。",
        "BTC: https://mempool.space/tx/4a5e1e4b and the steps at https://help.acme-exchange.com/deposits",
    ],
)
def test_default_explorers_may_be_linked(text: str) -> None:
    assert link_codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "See https://etherscan-io.com/tx/0xabc for the status.",  # brand + TLD glued on
        "See https://etherscam.io/tx/0xabc for the status.",  # one letter off
        "See https://etherscan.io.tx-verify.com/tx/0xabc",  # the whole name as a subdomain
        "See https://etherscan.io@evil-host.com/tx/0xabc",  # userinfo trick
        "请在 tronscan-verify.org 上核对您的转账。",
    ],
)
def test_lookalikes_of_explorers_are_refused_as_lookalikes(text: str) -> None:
    assert link_codes(text) == ["lookalike_domain"]


def test_other_links_and_lookalikes_of_the_official_domain_stay_refused() -> None:
    assert link_codes("See https://randomsite.com for the status.") == ["link_not_allowed"]
    assert link_codes("Log in at https://acme-exchange-secure.com") == ["lookalike_domain"]


def test_a_deployment_chooses_its_explorers() -> None:
    mine = LinkPolicy.from_domains(["acme-exchange.com"], ["explorer.acme-chain.io"])
    assert link_codes("https://explorer.acme-chain.io/tx/1", mine) == []
    assert link_codes("https://etherscan.io/tx/1", mine) == ["link_not_allowed"]  # not on its list
    none = LinkPolicy.from_domains(["acme-exchange.com"], [])
    assert link_codes("https://etherscan.io/tx/1", none) == ["link_not_allowed"]
    assert LinkPolicy.from_domains(["acme-exchange.com"]).explorer_domains == DEFAULT_EXPLORER_DOMAINS


def test_explorers_are_checked_like_official_domains() -> None:
    assert checked_explorers(None) == DEFAULT_EXPLORER_DOMAINS
    assert checked_explorers(["EtherScan.IO"]) == frozenset({"etherscan.io"})
    for bad, why in (
        ("https://etherscan.io", "host name only"),
        ("etherscan.io/tx", "host name only"),
        ("etherscan", "not a valid host name"),
        ("etherscan.notatld", "top-level domain"),
        ("", "empty"),
    ):
        with pytest.raises(ValueError, match=f"explorer domain.*{why}|{why}.*explorer domain|{why}"):
            checked_explorers([bad])
    with pytest.raises(ValueError, match="explorer domain"):
        LinkPolicy.from_domains(["acme-exchange.com"], ["https://etherscan.io"])


def test_every_default_explorer_is_a_valid_host() -> None:
    assert checked_explorers(sorted(DEFAULT_EXPLORER_DOMAINS)) == DEFAULT_EXPLORER_DOMAINS


def test_a_customers_explorer_link_is_not_flagged_as_imitating_us() -> None:
    """Explorers are not official: a customer's explorer link is no look-alike of the exchange."""
    assert flag_links("my tx: https://etherscan.io/tx/0x5e1f", ACME) == ()
