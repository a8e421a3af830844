"""The safety guard, run on a reply while the agent writes it.

The server refuses the same replies with ``blocked`` and stays the authority; checking here as
well lets the composer say *why* before anything is sent, so an agent never learns of the rule
from a failed message in front of a customer. Internal notes never reach a customer and are not
checked.

Links are checked against the deployment's official domains, which the server names in its
``welcome`` (``Session.official_domains``): the composer and the server then agree on which links
may go out. A server that does not name them (an older one) leaves the guard's default, the demo
exchange's domain.
"""

from __future__ import annotations

from functools import lru_cache

from app.guard import LinkPolicy, Violation, check_outbound


@lru_cache(maxsize=8)
def link_policy(domains: tuple[str, ...] | None) -> LinkPolicy | None:
    """The link allowlist for the domains a server's ``welcome`` named.

    ``None`` (not named) keeps the guard's default; ``()`` allows no link, as on a server started
    without ``--official-domain``. The server checked its domains at start-up; one the guard would
    not accept here is still allowed as written rather than dropped (the server decides)."""
    if domains is None:
        return None
    if not domains:
        return LinkPolicy(frozenset())
    try:
        return LinkPolicy.from_domains(domains)
    except ValueError:
        return LinkPolicy(frozenset(d.strip().lower() for d in domains if d.strip()))


def reply_violations(
    body: str, *, internal: bool, policy: LinkPolicy | None = None, domains: tuple[str, ...] | None = None
) -> tuple[Violation, ...]:
    """What the guard objects to in ``body``; empty when it may be sent.

    ``domains``: the official domains the server named (``Session.official_domains``); ``policy``
    overrides them."""
    if internal or not body.strip():
        return ()
    return check_outbound(body, policy or link_policy(domains))
