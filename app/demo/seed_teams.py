"""Demo seeding of routing (issue 19): each seeded conversation gets the team the demo's teams
policy (``data/teams_policy.toml``) would route it to, so the desk shows teams from the first
start. Due times stay as seeded (the history predates routing); new conversations get business
hours and amber times from the running server."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.demo.teams import teams_policy_path
from app.server.db import schema as db
from app.server.routing.policy import load_teams
from app.server.routing.schema import ConversationWork


def seed_teams(session: Session) -> None:
    policy = load_teams(teams_policy_path())
    rows = session.execute(
        sa.select(db.Conversation.id, db.Conversation.channel, db.Customer.language, db.Customer.vip_tier)
        .join(db.Customer, db.Customer.uid == db.Conversation.customer_uid)
    )
    for conversation_id, channel, language, tier in rows:
        team = policy.team_for(channel, language, tier)
        session.add(ConversationWork(conversation_id=conversation_id, team=team.code if team else None))
