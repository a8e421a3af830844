"""Due times of a new conversation, from the SLA policy (``sla_policy.py``, ``sla_policy.toml``).

Everything that sets due times goes through ``due_times``. The server's policy file travels in the
database session's ``info`` (``POLICY_KEY``), so code on the database thread asks
``policy_for(session)`` and always sees the file as it is now. Due times are fixed when a
conversation is created: a policy change applies to new conversations, existing ones keep theirs
(what was promised to a customer does not move under an agent's feet).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from app.server.sla_policy import PolicyFile, SlaPolicy, default_policy

POLICY_KEY = "agentdesk_sla_policy"
MAX_AHEAD = timedelta(days=365)  # the furthest an agent may set a due date


def policy_for(session: Session | None) -> SlaPolicy:
    """The policy in force for this server (the packaged default outside one)."""
    holder = session.info.get(POLICY_KEY) if session is not None else None
    return holder.current() if isinstance(holder, PolicyFile) else default_policy()


def due_times(
    channel: str, vip_tier: int, created_at: datetime, policy: SlaPolicy | None = None
) -> tuple[datetime, datetime]:
    """``(first_response_due, resolution_due)`` for a conversation created at ``created_at``."""
    targets = (policy or default_policy()).targets(channel, vip_tier)
    return created_at + targets.first_response, created_at + targets.resolution


def callback_due_times(
    vip_tier: int, now: datetime, window_start: datetime, window_end: datetime, policy: SlaPolicy
) -> tuple[datetime, datetime]:
    """A callback is answered by calling: ``first_response`` counts from the window's start (or now,
    if it has started) and never runs past the window's end; resolution is the later of the policy's
    target and the window's end."""
    targets = policy.targets("callback", vip_tier)
    first = min(max(window_start, now) + targets.first_response, window_end)
    resolution = max(now + targets.resolution, window_end)
    return first, resolution


def ticket_due_times(
    vip_tier: int, now: datetime, due_at: datetime | None, policy: SlaPolicy
) -> tuple[datetime, datetime]:
    """A ticket's resolution due is its due date: the one the agent set (in UTC, as every time
    the server keeps and sends), else the policy's."""
    first, resolution = due_times("ticket", vip_tier, now, policy)
    return first, due_at.astimezone(UTC) if due_at is not None else resolution
