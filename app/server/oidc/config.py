"""The ``[oidc]`` table of ``--oidc-config FILE`` (TOML)::

    [oidc]
    issuer = "https://login.example.com/realms/exchange"   # exactly the ID token's "iss"
    client_id = "agentdesk"                                # the desk's (public) client
    display_name = "Example Exchange"                      # "Sign in with Example Exchange"
    username_claim = "preferred_username"                  # default
    groups_claim = "groups"                                # default
    scopes = ["openid", "profile", "email", "groups"]      # default ["openid", "profile", "email"]

    [oidc.roles]              # group -> role; the most privileged role among the agent's groups
    "support-agents" = "agent"
    "vip-managers" = "vip_manager"
    "support-leads" = "supervisor"

Checked at start: a missing key, an unknown role or an issuer that is not https (loopback may be
http, for tests) stops the server with a message naming the key (exit 2).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from app.server.integration_errors import IntegrationConfigError

ROLES = ("agent", "vip_manager", "supervisor")  # least to most privileged


class OidcConfigError(IntegrationConfigError):
    pass


@dataclass(frozen=True)
class OidcConfig:
    issuer: str
    client_id: str
    display_name: str
    roles: dict[str, str] = field(default_factory=dict)
    username_claim: str = "preferred_username"
    groups_claim: str = "groups"
    scopes: tuple[str, ...] = ("openid", "profile", "email")
    leeway_seconds: int = 60
    algorithms: tuple[str, ...] = ("RS256", "ES256", "PS256", "EdDSA")

    def role_for(self, groups: object) -> str | None:
        """The most privileged role any of ``groups`` maps to (None: no AgentDesk role)."""
        if isinstance(groups, str):
            groups = [groups]
        if not isinstance(groups, list):
            return None
        found = {self.roles[g] for g in groups if isinstance(g, str) and g in self.roles}
        return max(found, key=ROLES.index) if found else None


def _str(table: dict[str, object], key: str, default: str | None = None) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise OidcConfigError(f"--oidc-config: [oidc] {key} must be a non-empty string")
    return value.strip()


def parse(table: dict[str, object]) -> OidcConfig:
    issuer = _str(table, "issuer").rstrip("/")
    parts = urlsplit(issuer)
    loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
        raise OidcConfigError("--oidc-config: [oidc] issuer must be an https:// URL")
    roles = table.get("roles", {})
    if not isinstance(roles, dict) or not roles:
        raise OidcConfigError("--oidc-config: [oidc.roles] must map at least one group to a role")
    for group, role in roles.items():
        if role not in ROLES:
            raise OidcConfigError(
                f"--oidc-config: [oidc.roles] {group!r}: role must be one of {', '.join(ROLES)}"
            )
    scopes = table.get("scopes", ["openid", "profile", "email"])
    if not isinstance(scopes, list) or "openid" not in scopes or not all(isinstance(s, str) for s in scopes):
        raise OidcConfigError('--oidc-config: [oidc] scopes must be a list of strings with "openid"')
    return OidcConfig(
        issuer=issuer,
        client_id=_str(table, "client_id"),
        display_name=_str(table, "display_name", parts.hostname or "your company"),
        roles={str(k): str(v) for k, v in roles.items()},
        username_claim=_str(table, "username_claim", "preferred_username"),
        groups_claim=_str(table, "groups_claim", "groups"),
        scopes=tuple(scopes),
    )


def load_oidc(path: str | None) -> OidcConfig | None:
    if path is None:
        return None
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OidcConfigError(f"--oidc-config: no such file: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise OidcConfigError(f"--oidc-config: not valid TOML: {exc}") from None
    table = data.get("oidc")
    if not isinstance(table, dict):
        raise OidcConfigError("--oidc-config: the file has no [oidc] table")
    return parse(table)
