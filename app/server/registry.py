"""Every request handler of the server, collected explicitly from the feature modules.

One line per feature module: a new method is a handler and a ``route(spec, handler)`` line in its
feature's ``ROUTES``; a new feature module is one more argument below. Nothing registers itself
at import time.
"""

from __future__ import annotations

from app.server.handlers import methods, sessions, vip
from app.server.routes import Route, table

ROUTES: dict[str, Route] = table(methods.ROUTES, sessions.ROUTES, vip.ROUTES)
