"""Account events in: ``POST /hooks/exchange``, signed by the exchange (``docs/integration.md``)."""
