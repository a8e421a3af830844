"""Sign in with the company's identity provider: OpenID Connect, authorization code + PKCE, in the
system browser with a loopback redirect (RFC 8252), Qt-free.

1. Ask the AgentDesk server what to use (``GET /auth/oidc``: issuer, client id, scopes, the name
   on the button, the username claim) and for a nonce it will accept once.
2. Read the issuer's discovery document; listen on ``http://127.0.0.1:<random port>/callback``.
3. Open the authorization URL in the system browser (``open_browser``; tests pass one that drives
   headless Chromium) with ``state``, the nonce and an S256 code challenge.
4. The browser comes back to the loopback listener with ``code`` and ``state`` (checked); the page
   tells the agent to return to the desk; the listener closes.
5. Exchange the code (with the PKCE verifier) at the token endpoint; the ID token goes to the
   server in ``login.oidc`` (it checks issuer, audience, signature, nonce, expiry and maps groups to
   a role) and the server's own desk token comes back as for a password. A refresh token, if the
   provider gives one, is kept in the OS keyring only (never in a file).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import secrets
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from app.client.secret import Secret
from app.client.transport import is_loopback, tls_context

CALLBACK_PATH = "/callback"
DEFAULT_TIMEOUT = 300.0  # the agent has five minutes in the browser


class OidcError(Exception):
    """A sign-in that did not finish; ``code`` is for the UI's translated message:
    ``not_offered``, ``unreachable``, ``denied``, ``state``, ``timeout``, ``token``."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass(frozen=True)
class OidcOffer:
    issuer: str
    client_id: str
    display_name: str
    scopes: tuple[str, ...]
    username_claim: str
    nonce: str = field(repr=False)


@dataclass(frozen=True)
class OidcResult:
    username: str
    id_token: Secret
    refresh_token: Secret | None


def http_url(server_url: str) -> str:
    """``ws://h:p`` → ``http://h:p`` (``wss`` → ``https``): the server's HTTP side, same port."""
    parts = urlsplit(server_url)
    scheme = {"ws": "http", "wss": "https"}.get(parts.scheme, parts.scheme)
    return f"{scheme}://{parts.netloc}"


def _client(url: str, ca_file: str | None) -> httpx.AsyncClient:
    verify: ssl.SSLContext | bool = tls_context(ca_file) if url.startswith("https://") else True
    return httpx.AsyncClient(timeout=10.0, verify=verify, trust_env=True)


async def fetch_offer(server_url: str, ca_file: str | None = None) -> OidcOffer | None:
    """What the server offers (``None``: it has no identity provider configured)."""
    base = http_url(server_url)
    try:
        async with _client(base, ca_file) as client:
            response = await client.get(f"{base}/auth/oidc")
    except httpx.HTTPError as exc:
        raise OidcError("unreachable", type(exc).__name__) from None
    if response.status_code == 404:
        return None
    try:
        data = response.json()
        return OidcOffer(
            issuer=str(data["issuer"]),
            client_id=str(data["client_id"]),
            display_name=str(data["display_name"]),
            scopes=tuple(str(s) for s in data["scopes"]),
            username_claim=str(data["username_claim"]),
            nonce=str(data["nonce"]),
        )
    except (ValueError, KeyError, TypeError):
        raise OidcError("unreachable", "unexpected answer from the server") from None


def pkce_pair() -> tuple[str, str]:
    """``(verifier, S256 challenge)`` (RFC 7636)."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode().rstrip("=")


def claims_of(id_token: str) -> dict[str, object]:
    """The ID token's claims, unverified (only to learn the username; the server verifies)."""
    try:
        payload = id_token.split(".")[1]
        value = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError):
        raise OidcError("token", "malformed ID token") from None
    if not isinstance(value, dict):
        raise OidcError("token", "malformed ID token")
    return value


class LoopbackReceiver:
    """``http://127.0.0.1:<port>/callback``: waits for one redirect, answers ``page`` (HTML the UI
    gives, translated), ignores anything else (a favicon request, a port scan)."""

    def __init__(self, page: str) -> None:
        self._page = page.encode("utf-8")
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[dict[str, str]] | None = None
        self.port = 0

    async def __aenter__(self) -> LoopbackReceiver:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"

    async def wait(self, timeout: float) -> dict[str, str]:
        assert self._result is not None
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), timeout)
        except TimeoutError:
            raise OidcError("timeout") from None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            target = head.split(b" ", 2)[1].decode("ascii", "replace")
            parts = urlsplit(target)
            if parts.path != CALLBACK_PATH or self._result is None or self._result.done():
                writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                b"Connection: close\r\nContent-Length: "
                + str(len(self._page)).encode()
                + b"\r\n\r\n"
                + self._page
            )
            await writer.drain()
            self._result.set_result(query)
        except (
            TimeoutError,
            ConnectionError,
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            IndexError,
        ):
            return
        finally:
            writer.close()


BrowserOpener = Callable[[str], Awaitable[None] | None]


async def sign_in(
    offer: OidcOffer,
    open_browser: BrowserOpener,
    *,
    page: str,
    ca_file: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> OidcResult:
    """Run steps 2-5 of the module docstring; :class:`OidcError` with a code when it does not finish."""
    issuer = offer.issuer.rstrip("/")
    if not issuer.startswith("https://") and not is_loopback(urlsplit(issuer).hostname):
        raise OidcError("unreachable", "the identity provider must use https://")
    async with _client(issuer, ca_file) as client:
        try:
            discovery = (await client.get(f"{issuer}/.well-known/openid-configuration")).json()
            authorize, token_url = str(discovery["authorization_endpoint"]), str(discovery["token_endpoint"])
        except (httpx.HTTPError, ValueError, KeyError, TypeError):
            raise OidcError("unreachable", "no discovery document") from None
        verifier, challenge = pkce_pair()
        state = secrets.token_urlsafe(24)
        async with LoopbackReceiver(page) as receiver:
            query = urlencode(
                {
                    "response_type": "code",
                    "client_id": offer.client_id,
                    "redirect_uri": receiver.redirect_uri,
                    "scope": " ".join(offer.scopes),
                    "state": state,
                    "nonce": offer.nonce,
                    "code_challenge": challenge,
                    "code_challenge_method": "S256",
                }
                # a refresh token (offline_access) is only granted with explicit consent (OIDC Core 11)
                | ({"prompt": "consent"} if "offline_access" in offer.scopes else {})
            )
            opened = open_browser(f"{authorize}{'&' if '?' in authorize else '?'}{query}")
            if opened is not None:
                await opened
            answer = await receiver.wait(timeout)
        if not secrets.compare_digest(answer.get("state", ""), state):
            raise OidcError("state", "the browser came back with another sign-in's state")
        if "error" in answer or "code" not in answer:
            raise OidcError("denied", answer.get("error", "no code"))
        try:
            response = await client.post(
                token_url,
                data={
                    "grant_type": "authorization_code",
                    "code": answer["code"],
                    "redirect_uri": receiver.redirect_uri,
                    "client_id": offer.client_id,
                    "code_verifier": verifier,
                },
            )
            tokens = response.json()
        except (httpx.HTTPError, ValueError):
            raise OidcError("token", "the token endpoint did not answer") from None
    if response.status_code != 200 or not isinstance(tokens, dict) or "id_token" not in tokens:
        raise OidcError(
            "token", str(tokens.get("error", response.status_code)) if isinstance(tokens, dict) else ""
        )
    id_token = str(tokens["id_token"])
    username = claims_of(id_token).get(offer.username_claim)
    if not isinstance(username, str) or not username:
        raise OidcError("token", f"the ID token has no {offer.username_claim}")
    refresh = tokens.get("refresh_token")
    return OidcResult(username, Secret(id_token), Secret(str(refresh)) if refresh else None)
