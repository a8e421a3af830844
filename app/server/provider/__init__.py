"""Where the customer panel's account data comes from: the database or the exchange's API.

``customer.get`` asks a :class:`~app.server.provider.service.ContextService`, which asks a
:class:`~app.server.provider.base.ContextProvider` (``db.py``: today's tables; ``http.py``: the
exchange's internal API, ``docs/exchange-api.yaml``) through a short-lived cache, a deadline, retries
and a circuit breaker, so a slow or dead source costs the desk a note ("as of 12:03, source
unavailable"), never a hung request.
"""
