"""Safety guard: keeps secrets out of support chats and scam phrasing out of agents' replies.

Pure Python, no Qt and no I/O except reading the BIP39 wordlists packaged with
``mnemonic``. Used identically by the chat backend (authoritative) and the
desktop composer (inline pre-check).

Inbound (customer -> us): ``scan_inbound`` redacts seed phrases, private keys, API
credentials, 2FA secrets, passwords and one-time codes; ``scan_conversation`` also finds a
secret split over consecutive messages of one conversation (and which earlier messages must be
redacted too); ``customer_warning`` is the automatic reply.
``impostor_handles`` finds a "support" account or handle a customer names that is not an official
one (``impostor_warning`` warns them).
``flag_links`` finds customer-pasted links that imitate the official domains (for the agent).
Outbound (agent -> customer): ``check_outbound`` refuses requests for secrets,
remote-access/transfer scams and non-official links; ``describe_violation``
explains a refusal in plain text. ``review_outbound`` adds a second, looser reading whose answer is
"hold for the agent's review" rather than "refuse" (hand-backs told as events, quoted scam lines in
warnings); the server's ``message.send`` uses it.
"""

from .conversation import ConversationScan, EarlierRedaction, scan_conversation
from .explorers import DEFAULT_EXPLORER_DOMAINS
from .handles import impostor_handles, impostor_warning
from .inbound import scan_inbound
from .links import LinkFlag, LinkPolicy, checked_explorers, checked_handles, flag_links
from .outbound import check_outbound
from .outbound_review import OutboundReview, review_outbound
from .reasons import describe_violation
from .types import (
    FINDING_KINDS,
    VIOLATION_CODES,
    Finding,
    InboundResult,
    Violation,
)
from .warnings import customer_warning

__all__ = [
    "DEFAULT_EXPLORER_DOMAINS",
    "FINDING_KINDS",
    "VIOLATION_CODES",
    "ConversationScan",
    "EarlierRedaction",
    "Finding",
    "InboundResult",
    "LinkFlag",
    "LinkPolicy",
    "OutboundReview",
    "Violation",
    "check_outbound",
    "checked_explorers",
    "checked_handles",
    "customer_warning",
    "describe_violation",
    "flag_links",
    "impostor_handles",
    "impostor_warning",
    "review_outbound",
    "scan_conversation",
    "scan_inbound",
]
