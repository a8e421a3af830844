"""The reference exchange: a small service that serves the demo's customers through the exchange
API (``docs/exchange-api.yaml``) and sends signed account events to ``POST /hooks/exchange``.

``python -m app.demo.exchange`` runs it on its own; ``agentdesk-server --demo`` runs it beside the
demo server (an extension, ``service.ExchangeExtension``) and reads the customer panel through it,
so the demo walks the same path as a production deployment. Not part of the runtime server.
"""
