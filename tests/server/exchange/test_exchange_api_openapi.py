"""The reference exchange answers what docs/exchange-api.yaml says (openapi-core validates every
answer against the document), and the account events it sends match the document's webhook."""

from __future__ import annotations

from pathlib import Path

import httpx
import jsonschema
import msgspec
import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from app.demo.exchange.sender import DEMO_KINDS, make_event
from app.demo.exchange.service import ExchangeService
from app.demo.exchange.store import Books
from app.server.provider import model
from app.server.timeutil import utcnow

SPEC = Path(__file__).resolve().parents[3] / "docs" / "exchange-api.yaml"
SERVER = "https://exchange-internal.example.com"


@pytest.fixture(scope="module")
def openapi() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC))


async def _check(
    openapi: OpenAPI, client: httpx.AsyncClient, path: str, **query: str | int
) -> httpx.Response:
    response = await client.get(path, params=query)
    request = MockRequest(SERVER, "get", path, args={k: str(v) for k, v in query.items()})
    openapi.validate_response(
        request,
        MockResponse(
            response.content,
            status_code=response.status_code,
            content_type=response.headers.get("content-type", "application/json"),
        ),
    )
    return response


async def test_every_endpoint_answers_as_documented(openapi: OpenAPI) -> None:
    service = ExchangeService(token="t0ken")
    await service.start()
    try:
        books = service.books
        uids = sorted(books.profiles)
        rich = max(uids, key=lambda u: len(books.orders[u]) + len(books.withdrawals[u]))
        headers = {"Authorization": "Bearer t0ken"}
        async with httpx.AsyncClient(base_url=service.url, headers=headers) as client:
            checked = 0
            for uid in [*uids[:10], rich]:
                assert (await _check(openapi, client, f"/v1/customers/{uid}")).status_code == 200
                assert (
                    await _check(openapi, client, f"/v1/customers/{uid}/context", limit=5)
                ).status_code == 200
                for kind in ("orders", "deposits", "withdrawals"):
                    cursor = None
                    while True:
                        query: dict[str, str | int] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
                        page = (await _check(openapi, client, f"/v1/customers/{uid}/{kind}", **query)).json()
                        checked += 1
                        cursor = page.get("next_cursor")
                        if not cursor:
                            break
            assert checked > 40
            assert (await _check(openapi, client, "/v1/customers/NOPE")).status_code == 404
            assert (
                await _check(openapi, client, f"/v1/customers/{rich}/orders", cursor="bogus")
            ).status_code == 400
        async with httpx.AsyncClient(base_url=service.url) as anonymous:
            assert (await _check(openapi, anonymous, f"/v1/customers/{rich}")).status_code == 401
    finally:
        await service.close()


def test_the_demo_events_match_the_documented_webhook() -> None:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    schema = {"$ref": "#/components/schemas/AccountEvent", "components": document["components"]}
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    books = Books(utcnow())
    uid = next(u for u, w in books.withdrawals.items() if w)
    for kind in DEMO_KINDS:
        validator.validate(msgspec.json.decode(model.ENCODER.encode(make_event(books, kind, uid))))
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"id": "e1", "type": "kyc.changed", "uid": uid, "data": {}})  # no occurred_at


def test_the_check_fails_on_an_answer_that_breaks_the_document(openapi: OpenAPI) -> None:
    broken = b'{"uid": "1", "name": "x"}'  # no kyc, vip, security, ...
    with pytest.raises(Exception, match=r"(?i)invalid|validat"):
        openapi.validate_response(
            MockRequest(SERVER, "get", "/v1/customers/1"),
            MockResponse(broken, status_code=200, content_type="application/json"),
        )
