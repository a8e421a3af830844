"""Every request handler of the server, collected explicitly from the feature modules.

One line per feature module: a new method is a handler and a ``route(spec, handler)`` line in its
feature's ``ROUTES``; a new feature module is one more argument below. Nothing registers itself
at import time.
"""

from __future__ import annotations

from app.server.callbacks import handlers as callbacks
from app.server.handlers import methods, sessions
from app.server.routes import Route, table
from app.server.search import handlers as search
from app.server.tickets import handlers as tickets
from app.server.vip import handlers as vip

ROUTES: dict[str, Route] = table(
    methods.ROUTES, sessions.ROUTES, tickets.ROUTES, callbacks.ROUTES, vip.ROUTES, search.ROUTES
)
