"""ID token checks: signature with a key from the provider's JWKS (fetched from its discovery
document, cached, fetched again when a token names an unknown key — at most once a minute),
``iss`` exactly the configured issuer, ``aud`` containing the client id (and ``azp`` the client id
when there are several audiences), ``exp``/``iat`` with a minute of leeway, and the nonce."""

from __future__ import annotations

import logging
import ssl
import time
from typing import Any

import httpx
import jwt

from app.server.oidc.config import OidcConfig
from app.server.oidc.nonces import NonceBook

log = logging.getLogger("app.server.oidc")
REFETCH_AFTER = 60.0


class OidcRejected(Exception):
    """Why an ID token was refused (for the log and the audit; never the token)."""


def _verify_context() -> ssl.SSLContext:
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class IdTokenVerifier:
    def __init__(self, config: OidcConfig, nonces: NonceBook) -> None:
        self.config = config
        self.nonces = nonces
        self._jwks: jwt.PyJWKSet | None = None
        self._fetched_at = -REFETCH_AFTER
        self._client = httpx.AsyncClient(timeout=5.0, verify=_verify_context(), trust_env=False)

    async def close(self) -> None:
        await self._client.aclose()

    async def _load_keys(self) -> jwt.PyJWKSet:
        discovery = await self._json(f"{self.config.issuer}/.well-known/openid-configuration")
        if str(discovery.get("issuer", "")).rstrip("/") != self.config.issuer:
            raise OidcRejected("the discovery document names another issuer")
        jwks_uri = discovery.get("jwks_uri")
        if not isinstance(jwks_uri, str):
            raise OidcRejected("the discovery document has no jwks_uri")
        keys = jwt.PyJWKSet.from_dict(await self._json(jwks_uri))
        self._jwks, self._fetched_at = keys, time.monotonic()
        return keys

    async def _json(self, url: str) -> dict[str, Any]:
        try:
            response = await self._client.get(url)
            response.raise_for_status()
            value = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise OidcRejected(f"the identity provider is unreachable ({type(exc).__name__})") from None
        if not isinstance(value, dict):
            raise OidcRejected("the identity provider answered an unexpected document")
        return value

    async def _key_for(self, kid: str | None) -> jwt.PyJWK:
        keys = self._jwks
        if keys is None:
            keys = await self._load_keys()
        for attempt in range(2):
            for key in keys.keys:
                if kid is None or key.key_id == kid:
                    return key
            if attempt == 0 and time.monotonic() - self._fetched_at >= REFETCH_AFTER:
                keys = await self._load_keys()  # the provider rotated its keys
            else:
                break
        raise OidcRejected("the ID token is signed with an unknown key")

    async def verify(self, id_token: str) -> dict[str, Any]:
        """The token's claims, or :class:`OidcRejected`. Takes the nonce back (single use)."""
        c = self.config
        try:
            header = jwt.get_unverified_header(id_token)
        except jwt.PyJWTError:
            raise OidcRejected("the ID token is malformed") from None
        if header.get("alg") not in c.algorithms:
            raise OidcRejected("the ID token's algorithm is not allowed")
        key = await self._key_for(header.get("kid"))
        try:
            claims: dict[str, Any] = jwt.decode(
                id_token,
                key=key,
                algorithms=list(c.algorithms),
                audience=c.client_id,
                issuer=c.issuer,
                leeway=c.leeway_seconds,
                options={"require": ["iss", "aud", "exp", "iat", "sub", "nonce"]},
            )
        except jwt.ExpiredSignatureError:
            raise OidcRejected("the ID token has expired") from None
        except jwt.PyJWTError as exc:
            raise OidcRejected(f"the ID token is not valid ({type(exc).__name__})") from None
        aud = claims.get("aud")
        if isinstance(aud, list) and len(aud) > 1 and claims.get("azp") != c.client_id:
            raise OidcRejected("the ID token was issued to another client")
        if not self.nonces.consume(claims.get("nonce")):
            raise OidcRejected("the ID token's nonce was not issued here, has expired or was used")
        return claims
