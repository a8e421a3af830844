"""Every table of the server, collected explicitly: the one ORM metadata registry.

Core tables are ``db/schema.py`` (+ ``schema_notes.py``, ``schema_sla.py``); each feature keeps its
own tables beside its handlers and repository. Nothing registers itself by being imported from
somewhere else: this module imports them all, so ``create_all`` and the relationships of the
core tables (which name feature tables) see every one. The schema itself is made by the
migrations (``app/server/migrations``), through :func:`create_schema`; a change to a table here
needs a new revision there (``tools/new_migration.py revision --autogenerate -m ...``).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.server import migrations
from app.server.attachments import schema as attachments
from app.server.callbacks import schema as callbacks
from app.server.cover import schema as cover
from app.server.csat import schema as csat
from app.server.db import schema, schema_notes, schema_sla
from app.server.db.schema import Base, Conversation, Customer
from app.server.dispatch import schema as dispatch
from app.server.email import schema as email
from app.server.hooks import schema as hooks
from app.server.identity import schema as identity
from app.server.incidents import schema as incidents
from app.server.macros import schema as macros
from app.server.reports import schema as reports
from app.server.routing import schema as routing
from app.server.telegram import schema as telegram
from app.server.tickets import schema as tickets
from app.server.vip import schema as vip

#: the modules whose tables make up the schema (the order does not matter)
MODULES = (
    schema, schema_notes, schema_sla, email, tickets, callbacks, cover, vip, routing, dispatch, identity,
    hooks,
    attachments,
    incidents, telegram,
    csat, reports, macros,
)
METADATA = Base.metadata

# Indexes on the core tables that these features query by (declared here, made by the migrations).
EXTRA_INDEXES = (
    sa.Index("ix_customers_email_lower", sa.func.lower(Customer.email)),
    sa.Index("ix_conversations_first_response_due", Conversation.first_response_due),
    sa.Index("ix_conversations_resolution_due", Conversation.resolution_due),
    # routing counts each agent's open conversations per channel (routing/assign.py)
    sa.Index("ix_conversations_load", Conversation.assignee, Conversation.status, Conversation.channel),
    # the live floor reads what is not resolved (a few thousand rows of a year's history)
    sa.Index(
        "ix_conversations_unresolved", Conversation.channel,
        sqlite_where=Conversation.status != "resolved", postgresql_where=Conversation.status != "resolved",
    ),
)


def create_schema(engine: Engine) -> None:
    """Make a new database's schema (every migration, ``app/server/migrations``), or check that an
    existing one is at this build's revision: ``migrations.SchemaError`` says what to do if not
    (``agentdesk-server db upgrade``). The models above must agree with the migrations
    (``tests/server/test_migrations.py`` compares them)."""
    migrations.prepare(engine)
