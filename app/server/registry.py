"""Every request handler of the server, collected explicitly from the feature modules.

One line per feature module: a new method is a handler and a ``route(spec, handler)`` line in its
feature's ``ROUTES``; a new feature module is one more argument below. Nothing registers itself
at import time.
"""

from __future__ import annotations

from app.server.attachments import handlers as attachments
from app.server.callbacks import handlers as callbacks
from app.server.dispatch import handlers as dispatch
from app.server.floor import handlers as floor
from app.server.handlers import methods, sessions
from app.server.identity import handlers as identity
from app.server.incidents import handlers as incidents
from app.server.macros import handlers as macros
from app.server.reports import handlers as reports
from app.server.routes import Route, table
from app.server.search import handlers as search
from app.server.telegram import handlers as telegram
from app.server.tickets import handlers as tickets
from app.server.vip import handlers as vip

ROUTES: dict[str, Route] = table(
    methods.ROUTES, sessions.ROUTES, tickets.ROUTES, callbacks.ROUTES, vip.ROUTES, dispatch.ROUTES,
    identity.ROUTES, attachments.ROUTES, incidents.ROUTES, telegram.ROUTES, reports.ROUTES, floor.ROUTES,
    macros.ROUTES, search.ROUTES,
)
