"""``GET /auth/oidc``: what the desk needs to start a sign-in — the issuer, the client id, the
scopes, the name on the button, which claim is the username — and a fresh nonce. No secret here:
the desk is a public client (PKCE)."""

from __future__ import annotations

import msgspec

from app.server.http_requests import HttpAnswer, HttpRequest
from app.server.oidc.config import OidcConfig
from app.server.oidc.nonces import NonceBook
from app.server.oidc.verify import IdTokenVerifier

PATH = "/auth/oidc"


class OidcEndpoint:
    def __init__(self, config: OidcConfig) -> None:
        self.config = config
        self.nonces = NonceBook()
        self.verifier = IdTokenVerifier(config, self.nonces)

    async def __call__(self, request: HttpRequest) -> HttpAnswer:
        c = self.config
        body = {
            "issuer": c.issuer,
            "client_id": c.client_id,
            "display_name": c.display_name,
            "scopes": list(c.scopes),
            "username_claim": c.username_claim,
            "nonce": self.nonces.issue(),
        }
        return HttpAnswer(200, msgspec.json.encode(body))

    async def close(self) -> None:
        await self.verifier.close()
