"""The provider ``ServerConfig`` asks for, behind its :class:`ContextService`."""

from __future__ import annotations

from app.server.config import ServerConfig
from app.server.db.executor import DbExecutor
from app.server.provider import settings as provider_settings
from app.server.provider.db import DatabaseProvider
from app.server.provider.http import HttpProvider
from app.server.provider.service import ContextService


def make_service(config: ServerConfig, db: DbExecutor) -> ContextService:
    """Raises :class:`~app.server.provider.settings.ProviderConfigError` for a bad configuration."""
    found = provider_settings.from_config(config)
    if found is None:
        # The tables are local and always current: nothing to cache, no deadline to keep short.
        return ContextService(DatabaseProvider(db), ttl=0.0, deadline=10.0)
    return ContextService(HttpProvider(found), ttl=config.context_cache_ttl, deadline=found.deadline)
