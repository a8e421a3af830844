"""Agents' sign-in with the company's identity provider (OpenID Connect; ``docs/integration.md``).

The desk runs the authorization code flow with PKCE in the system browser (RFC 8252) and sends
the ID token in a ``login.oidc`` frame; the server checks it (issuer, audience, signature from the
provider's JWKS, a nonce it issued itself, expiry), maps the token's groups to a role and issues
its own desk token, as for a password login."""
