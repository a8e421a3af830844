"""``agentdesk-server`` options of the exchange integration (kept out of ``cli.py``): where the
customer panel's account data comes from, the webhook key, the identity provider.

Secrets are never options (argv is visible to every user of the machine): the exchange API's
bearer token comes from ``AGENTDESK_EXCHANGE_TOKEN`` or ``--exchange-token-file``, the webhook key
from ``AGENTDESK_WEBHOOK_SECRET`` or ``--webhook-secret-file``.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.server.hooks.keys import SECRET_ENV
from app.server.provider.settings import TOKEN_ENV


def add_integration_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("exchange integration (docs/integration.md)")
    group.add_argument(
        "--context-provider",
        choices=("db", "http"),
        default=None,
        help="customer panel data: db (the server's tables) or http (the exchange's API); "
        "default db, --demo: http (the reference exchange beside the demo)",
    )
    group.add_argument("--exchange-api", metavar="URL", help="base URL of the exchange's internal API")
    group.add_argument(
        "--exchange-token-file", metavar="PATH", help=f"bearer token for the exchange API (or ${TOKEN_ENV})"
    )
    group.add_argument("--exchange-ca", metavar="PATH", help="CA bundle (PEM) for the exchange API")
    group.add_argument("--exchange-client-cert", metavar="PATH", help="client certificate (PEM) for mTLS")
    group.add_argument("--exchange-client-key", metavar="PATH", help="client key (PEM) for mTLS")
    group.add_argument(
        "--exchange-deadline",
        type=float,
        default=1.5,
        metavar="SECONDS",
        help="longest wait for the exchange API per customer panel (default 1.5)",
    )
    group.add_argument(
        "--context-cache-ttl",
        type=float,
        default=15.0,
        metavar="SECONDS",
        help="how long a fetched customer panel is served without asking again (default 15)",
    )
    group.add_argument(
        "--webhook-secret-file",
        metavar="PATH",
        help=f"HMAC key of POST /hooks/exchange (or ${SECRET_ENV}); without one the hook is off",
    )
    group.add_argument("--oidc-config", metavar="PATH", help="TOML file with an [oidc] table (agent sign-in)")
    group.add_argument(
        "--demo-events",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="--demo: the reference exchange sends a random account event this often",
    )


def integration_config(args: argparse.Namespace) -> dict[str, Any]:
    """``ServerConfig`` keyword arguments from the options above."""
    provider = args.context_provider or ("http" if args.demo and not args.exchange_api else "db")
    return {
        "context_provider": provider,
        "exchange_api_url": args.exchange_api,
        "exchange_token_file": args.exchange_token_file,
        "exchange_ca_file": args.exchange_ca,
        "exchange_client_cert": args.exchange_client_cert,
        "exchange_client_key": args.exchange_client_key,
        "exchange_deadline": args.exchange_deadline,
        "context_cache_ttl": args.context_cache_ttl,
        "webhook_secret_file": args.webhook_secret_file,
        "oidc_config_path": args.oidc_config,
        "demo_events_interval": max(args.demo_events, 0.0),
    }
