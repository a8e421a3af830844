"""The webhook's HMAC key: ``ServerConfig.webhook_secret`` (embedded), the file
``--webhook-secret-file`` or the environment variable ``AGENTDESK_WEBHOOK_SECRET``. No key: the
endpoint answers 404 (off), so an unconfigured server accepts no unsigned events."""

from __future__ import annotations

import os
from pathlib import Path

from app.server.config import ServerConfig
from app.server.integration_errors import IntegrationConfigError

SECRET_ENV = "AGENTDESK_WEBHOOK_SECRET"
MIN_KEY_BYTES = 16


class WebhookConfigError(IntegrationConfigError):
    pass


def webhook_key(config: ServerConfig) -> bytes | None:
    key: bytes | None = config.webhook_secret
    if key is None and config.webhook_secret_file:
        path = Path(config.webhook_secret_file)
        if not path.is_file():
            raise WebhookConfigError(f"--webhook-secret-file: no such file: {path}")
        key = path.read_bytes().strip()
    if key is None:
        env = os.environ.get(SECRET_ENV, "").strip()
        key = env.encode() if env else None
    if key is not None and len(key) < MIN_KEY_BYTES:
        raise WebhookConfigError(f"the webhook secret is too short ({MIN_KEY_BYTES} bytes at least)")
    if config.webhook_tolerance_seconds <= 0 or config.webhook_tolerance_seconds > 3600:
        raise WebhookConfigError("webhook_tolerance_seconds: expected (0, 3600]")
    return key
