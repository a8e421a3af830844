"""One base class for the integration's start-up errors (the CLI prints them and exits 2)."""

from __future__ import annotations


class IntegrationConfigError(ValueError):
    pass
