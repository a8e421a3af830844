"""The safety guard, run on a reply while the agent writes it.

The server refuses the same replies with ``blocked`` and stays the authority (its link allowlist
is the one that counts); checking here as well lets the composer say *why* before anything is
sent, so an agent never learns of the rule from a failed message in front of a customer.
Internal notes never reach a customer and are not checked.
"""

from __future__ import annotations

from app.guard import LinkPolicy, Violation, check_outbound


def reply_violations(body: str, *, internal: bool, policy: LinkPolicy | None = None) -> tuple[Violation, ...]:
    """What the guard objects to in ``body``; empty when it may be sent."""
    if internal or not body.strip():
        return ()
    return check_outbound(body, policy)
