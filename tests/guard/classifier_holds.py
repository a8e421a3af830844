"""Safe replies of earlier rounds' tests that the outbound classifier (round 7) holds.

The classifier reads n-grams, not who asks whom: a short reply that names a code or a phrase in a
safe way can score like a scam ask. Such a reply is *held* (the agent sees the reason and may
"Send anyway"), never refused. These are the ones known today; the rounds' tests check them with
``assert_passes`` (the rules alone pass them, the classifier only holds them) and every other
safe twin fully. A retrained model that stops holding one fails ``test_outbound_model`` until
it is removed here.
"""

from __future__ import annotations

from app.guard import review_outbound
from app.guard.types import RESEMBLES_SCAM

KNOWN_FALSE_HOLDS = frozenset(
    {
        "Import your recovery phrase into the Trust Wallet app to restore the wallet.",
        # round 9's retraining (r14, r15 and new hard negatives in, threshold 0.5872 -> 0.5865)
        "We are sending the refund to your own wallet now.",
        # "谁知道您的助记词，谁就能转走您的资产。" was held from round 9 to round 14; round 15's retraining
        # (r21 in, threshold 0.5999 -> 0.6053) passes it
        # "把私钥截图发给别人就等于把钱包送给对方。" was held from round 10 (r16 and the demo's agent
        # replies in, threshold 0.5865 -> 0.5909: 0.595) to round 17; round 18's retraining (r26 in,
        # threshold 0.6216 -> 0.6211) passes it
        # round 11's retraining (r17 in, threshold 0.5909 -> 0.6078) held "The man who asked you to send
        # 0.1 BTC to verify the wallet was a fraudster." (0.612); round 12's (r18 in, threshold 0.6074) no
        # longer does (0.599)
    }
)


def assert_passes(text: str) -> None:
    """``text`` is sendable, or one of the known false holds: passed by the rules, held only by
    the classifier."""
    review = review_outbound(text)
    if text in KNOWN_FALSE_HOLDS:
        assert review_outbound(text, model=False).sendable, text
        assert not review.blocked and [v.code for v in review.held] == [RESEMBLES_SCAM], review
    else:
        assert review.sendable, review
