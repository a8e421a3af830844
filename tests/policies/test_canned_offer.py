"""Issue 22: the canned picker inserted the wrong answer ("withdraw" + Enter → "Deposit not yet
credited": the category in the reply's key matched) and offered a VIP intro to a regular customer."""

from __future__ import annotations

from app.demo.data.canned import DEMO_CANNED
from app.policies.canned_render import filter_replies, for_vip_only, offered
from app.protocol.types import CannedReply


def demo_replies() -> list[CannedReply]:
    return [
        CannedReply(id=i, key=r.key, category=r.category, shortcut=r.shortcut,
                    titles={"en": r.title_en, "zh-CN": r.title_zh},
                    bodies={"en": r.body_en, "zh-CN": r.body_zh}, variables=list(r.variables))
        for i, r in enumerate(DEMO_CANNED, start=1)
    ]


def titles(replies: list[CannedReply]) -> list[str]:
    return [r.titles["en"] for r in replies]


def test_withdraw_finds_withdrawal_answers_first_not_the_category() -> None:
    found = filter_replies(demo_replies(), "withdraw")
    assert found and found[0].titles["en"].startswith("Withdrawal")
    assert "Deposit not yet credited" not in titles(found)  # only its key said "withdrawals"


def test_words_that_start_title_words_outrank_body_mentions() -> None:
    found = filter_replies(demo_replies(), "2fa reset")
    assert found[0].shortcut == "2fareset"
    found = filter_replies(demo_replies(), "kyc rejected")
    assert found[0].key == "kyc.rejected"


def test_vip_only_replies_are_offered_to_vip_clients_only() -> None:
    replies = demo_replies()
    intro = next(r for r in replies if r.key == "account_login.vip_intro")
    assert for_vip_only(intro)
    assert intro not in offered(replies, 0)
    assert intro in offered(replies, 3)
    assert len(offered(replies, 0)) == len(replies) - sum(for_vip_only(r) for r in replies)
