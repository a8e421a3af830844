"""The two WebSocket endpoints, ``/agent`` and ``/customer``: authentication, the connection's
lifecycle (:mod:`~app.server.endpoints.lifecycle`, written once for both) and the dispatch of
each frame. Request methods are routed through :mod:`app.server.registry`."""
