"""The provider's settings, read from :class:`~app.server.config.ServerConfig` and checked at start.

A bad value stops the server with a message that names the flag (``ProviderConfigError``, exit 2),
never a token. The bearer token comes from the environment (``AGENTDESK_EXCHANGE_TOKEN``) or a file
(``--exchange-token-file``), never from the command line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from app.server.config import ServerConfig

from app.server.integration_errors import IntegrationConfigError

TOKEN_ENV = "AGENTDESK_EXCHANGE_TOKEN"
PROVIDERS = ("db", "http")


class ProviderConfigError(IntegrationConfigError):
    pass


@dataclass(frozen=True)
class ProviderSettings:
    url: str
    token: str | None = field(default=None, repr=False)
    ca_file: str | None = None
    client_cert: str | None = None
    client_key: str | None = None
    attempt_timeout: float = 0.8
    deadline: float = 1.5  # a whole customer.get's wait for the source, retries included
    attempts: int = 4  # a panel fails only if four tries in a row do (0.16% at 20% errors)
    backoff_base: float = 0.02  # the first retry waits up to 20 ms, the next up to 40 ms, ...
    backoff_cap: float = 0.4
    breaker_threshold: int = 5
    breaker_cooldown: float = 5.0
    max_connections: int = 32


def _readable(path: str | None, flag: str) -> None:
    if path is not None and not Path(path).is_file():
        raise ProviderConfigError(f"{flag}: no such file: {path}")


def read_token(config: ServerConfig) -> str | None:
    if config.exchange_token:
        return config.exchange_token
    if config.exchange_token_file:
        path = Path(config.exchange_token_file)
        if not path.is_file():
            raise ProviderConfigError(f"--exchange-token-file: no such file: {path}")
        token = path.read_text(encoding="utf-8").strip()
        if not token:
            raise ProviderConfigError("--exchange-token-file: the file is empty")
        return token
    token = os.environ.get(TOKEN_ENV, "").strip()
    return token or None


def from_config(config: ServerConfig) -> ProviderSettings | None:
    """``None`` for the database provider; the HTTP provider's settings, checked, otherwise."""
    if config.context_provider not in PROVIDERS:
        raise ProviderConfigError(f"--context-provider: expected db or http, got {config.context_provider!r}")
    if config.context_provider == "db":
        return None
    url = config.exchange_api_url
    if not url:
        raise ProviderConfigError("--context-provider http needs --exchange-api URL")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProviderConfigError("--exchange-api: expected an http:// or https:// URL")
    if parts.username or parts.password:
        raise ProviderConfigError("--exchange-api: no credentials in the URL (use the token file or mTLS)")
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ProviderConfigError("--exchange-api: plain http:// only on loopback; use https://")
    _readable(config.exchange_ca_file, "--exchange-ca")
    _readable(config.exchange_client_cert, "--exchange-client-cert")
    _readable(config.exchange_client_key, "--exchange-client-key")
    if bool(config.exchange_client_cert) != bool(config.exchange_client_key):
        raise ProviderConfigError("--exchange-client-cert and --exchange-client-key go together")
    token = read_token(config)
    if token is None and not config.exchange_client_cert:
        raise ProviderConfigError(
            f"the exchange API needs a bearer token ({TOKEN_ENV} or --exchange-token-file) "
            "or a client certificate (--exchange-client-cert/--exchange-client-key)"
        )
    if config.exchange_deadline <= 0 or config.exchange_deadline > 10:
        raise ProviderConfigError("--exchange-deadline: expected seconds in (0, 10]")
    return ProviderSettings(
        url=url,
        token=token,
        ca_file=config.exchange_ca_file,
        client_cert=config.exchange_client_cert,
        client_key=config.exchange_client_key,
        attempt_timeout=min(config.exchange_deadline, max(config.exchange_deadline / 2, 0.3)),
        deadline=config.exchange_deadline,
    )
