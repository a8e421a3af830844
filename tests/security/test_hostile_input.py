"""Hostile input against the decoder, the guard and the live server (agent and customer ends).

No crash, clear errors (``bad_request``, never ``internal``), the connection stays usable, and
nothing is stored that should not be: rejected frames leave no row, secrets in a customer's message
never reach the database file, HTML/script and SQL fragments are stored and returned verbatim as
plain text, and the audit chain still verifies afterwards.
"""

from __future__ import annotations

import json
import sqlite3
import time
import unicodedata
import urllib.request
from pathlib import Path
from typing import Any

import msgspec.inspect as mi
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection

from app.guard import LinkPolicy, check_outbound, describe_violation, scan_inbound
from app.protocol import codec, frames
from app.protocol.errors import ProtocolError
from app.protocol.registry import METHODS
from app.server import audit
from app.server.db.engine import make_engine, make_session_factory
from tests.security.conftest import ThreadedServer
from tests.support.server import (
    AgentClient,
    CustomerClient,
    RequestError,
    audit_key,
    running_server,
    sqlite_url,
)

CORPUS = [
    line
    for line in (Path(__file__).parent / "corpus" / "frames.txt").read_text("utf-8").splitlines()
    if line and not line.startswith("#")
]
ERROR_CODES = {"unauthorized", "forbidden", "bad_request", "not_found", "conflict", "rate_limited", "blocked"}
HOSTILE_STRINGS = [
    "<script>alert(document.cookie)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "'; DROP TABLE messages; --",
    "1 OR 1=1",
    '" OR ""="',
    "%00%0d%0a",
    "../../../../etc/passwd",
    "${jndi:ldap://x/a}",
    "{{7*7}}",
    "\u202eevil\u202c",
    "\ufeff\u200b\u2060",
    "Ｚａｌｇｏ̸̡̛̗͓",
    "\x00\x01\x1b[2J",
    "\ud800",
    "\udfff\ud800",
    "𝕬" * 50,
]
FIELDS = sorted(
    {f.name for spec in METHODS.values() for f in mi.type_info(spec.params).fields}
    | {"type", "id", "method", "params", "since", "name", "data", "body", "client_msg_id", "limit", "token"}
)
SAFE_METHODS = sorted(set(METHODS) - {"session.logout", "session.renew"})
SUSPECT = {unicodedata.category(chr(c)) for c in (0, 0x1B, 0x85)} | {"Cs"}


def _no_broken_text(text: str) -> bool:
    """No C0/C1 controls (tab and newlines aside) and no lone surrogates."""
    return not any(unicodedata.category(ch) in SUSPECT and ch not in "\t\n\r" for ch in text)


# --- the decoder and the guard, without a server -----------------------------------------------
hostile_text = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=()), max_size=60), st.sampled_from(HOSTILE_STRINGS)
)
edge_ints = st.sampled_from([0, -1, 1, 2**31, 2**53 + 1, 2**63 - 1, 2**63, 2**64, 10**30, -(2**63) - 1])
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    edge_ints,
    st.floats(allow_nan=False, allow_infinity=False),
    hostile_text,
)
values = st.recursive(
    scalars,
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.sampled_from(FIELDS) | hostile_text, kids, max_size=4)
    ),
    max_leaves=24,
)
params = st.dictionaries(st.sampled_from(FIELDS), values, max_size=5)
request_ids = st.integers(1, 10**9) | st.text(min_size=1, max_size=12)


def _request(method: str) -> st.SearchStrategy[dict[str, Any]]:
    """A ``req`` for ``method`` with its real field names and hostile values."""
    fields = [f.name for f in mi.type_info(METHODS[method].params).fields]
    return st.fixed_dictionaries(
        {
            "type": st.just("req"),
            "id": request_ids,
            "method": st.just(method),
            "params": st.fixed_dictionaries({}, optional={f: scalars | values for f in fields}),
        }
    )


agent_frames = st.one_of(
    st.sampled_from(SAFE_METHODS).flatmap(_request),
    st.fixed_dictionaries(
        {
            "type": st.just("req"),
            "id": request_ids,
            "method": st.sampled_from(SAFE_METHODS) | hostile_text,
            "params": params | values,
        }
    ),
    st.fixed_dictionaries({"type": st.just("sync"), "since": scalars | values}),
    st.fixed_dictionaries(
        {
            "type": st.just("signal"),
            "name": st.sampled_from(["typing", "viewing"]) | hostile_text,
            "data": st.fixed_dictionaries(
                {}, optional={"conversation_id": scalars, "active": scalars, "internal": scalars}
            )
            | params
            | values,
        }
    ),
    st.dictionaries(st.sampled_from(FIELDS) | hostile_text, values, max_size=5),
    values,
)
customer_frames = st.one_of(
    st.fixed_dictionaries(
        {"type": st.just("send"), "body": hostile_text | values, "client_msg_id": scalars | values}
    ),
    st.fixed_dictionaries({"type": st.just("history"), "limit": scalars | values}),
    st.fixed_dictionaries({"type": st.just("sync"), "since": scalars | values}),
    st.fixed_dictionaries(
        {"type": st.just("signal"), "name": st.just("typing") | hostile_text, "data": params | values}
    ),
    st.dictionaries(st.sampled_from(FIELDS) | hostile_text, values, max_size=5),
    values,
)


def _wire(value: Any) -> str:
    """JSON text as a client would send it (ASCII, so lone surrogates travel as \\u escapes)."""
    return json.dumps(value, ensure_ascii=True)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_the_decoder_refuses_arbitrary_bytes_cleanly(data):
    for decode in (codec.decode_agent_frame, codec.decode_customer_frame):
        try:
            decode(data)
        except ProtocolError as exc:
            assert exc.code == "bad_request" and "Traceback" not in exc.message


@settings(max_examples=150, deadline=None)
@given(frame=agent_frames | customer_frames)
def test_the_decoder_never_echoes_values_and_keeps_strings_clean(frame):
    raw = _wire(frame)
    for decode in (codec.decode_agent_frame, codec.decode_customer_frame):
        try:
            decoded = decode(raw)
            if isinstance(decoded, frames.Req):
                decoded = codec.decode_params(decoded)
        except ProtocolError as exc:
            assert exc.code == "bad_request"
            for text in (s for s in _strings(frame) if len(s) >= 8 and s not in FIELDS):
                assert text not in exc.message
            continue
        for attr in ("body", "client_msg_id", "uid", "reason"):
            value = getattr(decoded, attr, None)
            if isinstance(value, str):
                assert _no_broken_text(value), attr


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=400)
    | st.sampled_from(HOSTILE_STRINGS)
)
def test_the_guard_takes_any_text(text):
    result = scan_inbound(text)
    assert isinstance(result.text, str)
    policy = LinkPolicy.default()
    for violation in check_outbound(text, policy):
        assert describe_violation(violation, "en") and describe_violation(violation, "zh-CN")


@pytest.mark.parametrize(
    "text",
    [
        "a" * 10_000,
        "0" * 10_000,
        "0x" + "f" * 9_998,
        "abandon " * 1_250,
        "http://" * 1_400,
        "password " * 1_100,
        "[redacted:seed_phrase]" * 450,
        "1" * 6 + " " + "2" * 6 + " ",
        ("word" + "\u200b") * 2_000,
        "https://a." * 1_000,
    ],
)
def test_the_guard_is_fast_on_adversarial_text(text):
    text = text[:10_000]
    started = time.monotonic()
    scan_inbound(text)
    check_outbound(text, LinkPolicy.default())
    assert time.monotonic() - started < 3.0


# --- the live server (one per module, in a thread; synchronous clients) -------------------------
@pytest.fixture(scope="module")
def endpoints(threaded_server: ThreadedServer) -> dict[str, Any]:
    sam = threaded_server.agent("sam")
    sam.send(_wire({"type": "req", "id": 1, "method": "inbox.snapshot", "params": {"limit": 1000}}))
    convs = _until(sam, lambda f: f.get("id") == 1)[-1]["result"]["conversations"]
    sam.close()
    uid = next(
        c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] == 0 and c["channel"] == "chat"
    )
    ends = {"agent": threaded_server.agent("alice"), "customer": threaded_server.customer(uid), "uid": uid}
    yield ends
    for key in ("agent", "customer"):
        ends[key].close()


def _until(ws: ClientConnection, done: Any, timeout: float = 10.0) -> list[dict]:
    out = []
    deadline = time.monotonic() + timeout
    while True:
        frame = json.loads(ws.recv(max(deadline - time.monotonic(), 0.01)))
        out.append(frame)
        if done(frame):
            return out


_probes = iter(range(10**9))


def _exchange(ends: dict[str, Any], kind: str, raw: str | bytes) -> list[dict]:
    """Send ``raw``, then a probe; the frames that answered ``raw`` (events/signals left out)."""
    ws: ClientConnection = ends[kind]
    ws.send(raw)
    if kind == "agent":
        probe = f"probe-{next(_probes)}"
        ws.send(_wire({"type": "req", "id": probe, "method": "agents.list"}))
        got = _until(ws, lambda f: f.get("id") == probe)
    else:
        ws.send(_wire({"type": "history", "limit": 1}))
        got = _until(ws, lambda f: f["type"] == "history_result")
    *answers, last = got
    assert last.get("ok", True), last
    return [f for f in answers if f["type"] in ("res", "error", "sent")]


def _assert_clean(answers: list[dict]) -> None:
    for frame in answers:
        body = frame.get("error") or frame
        if frame["type"] == "error" or frame.get("ok") is False:
            assert body["code"] in ERROR_CODES, frame  # never "internal": no handler blew up
            assert "Traceback" not in body["message"] and 'File "' not in body["message"]


@pytest.mark.parametrize("kind", ["agent", "customer"])
def test_the_corpus_gets_bad_request_and_the_connection_stays(endpoints, kind):
    for raw in CORPUS:
        answers = _exchange(endpoints, kind, raw)
        assert len(answers) == 1, (raw, answers)
        frame = answers[0]
        body = frame.get("error") or frame
        assert body.get("code") == "bad_request", (raw, frame)
        _assert_clean(answers)


@pytest.mark.parametrize("kind", ["agent", "customer"])
def test_huge_strings_up_to_the_frame_limit(endpoints, threaded_server, kind):
    limit = threaded_server.server.config.max_frame_bytes
    big = "A" * (limit - 400)
    conv_id = 1
    cases = {
        "agent": [
            {
                "type": "req",
                "id": 1,
                "method": "message.send",
                "params": {"conversation_id": conv_id, "body": big, "client_msg_id": "huge"},
            },
            {"type": "req", "id": big[:70], "method": "agents.list"},
            {"type": "req", "id": 2, "method": big, "params": {}},
            {"type": "signal", "name": "typing", "data": {"conversation_id": big}},
            {"type": "sync", "since": int("9" * 2000)},
        ],
        "customer": [
            {"type": "send", "body": big, "client_msg_id": "huge"},
            {"type": "send", "body": "fine", "client_msg_id": big},
            {"type": "history", "limit": int("9" * 2000)},
            {"type": "signal", "name": "typing", "data": {"active": big}},
        ],
    }[kind]
    for frame in cases:
        answers = _exchange(endpoints, kind, _wire(frame))
        assert [a.get("error", a).get("code") for a in answers] == ["bad_request"], (
            frame.get("type"),
            answers,
        )
    # A huge unknown field is ignored, not an error (unknown fields are ignored by contract).
    if kind == "agent":
        answers = _exchange(
            endpoints, kind, _wire({"type": "req", "id": 3, "method": "canned.list", "params": {"x": big}})
        )
        assert answers[0]["ok"] is True
    # "[" * N beyond the depth limit, near the frame limit.
    assert _exchange(endpoints, kind, "[" * (limit - 10))[0]["code"] == "bad_request"


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(frame=agent_frames)
def test_generated_frames_never_break_the_agent_end(endpoints, frame):
    _assert_clean(_exchange(endpoints, "agent", _wire(frame)))


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(frame=customer_frames)
def test_generated_frames_never_break_the_customer_end(endpoints, frame):
    _assert_clean(_exchange(endpoints, "customer", _wire(frame)))


@pytest.mark.parametrize("path", ["/agent", "/customer"])
def test_invalid_utf8_after_authentication_closes_1007(threaded_server, endpoints, path):
    ws = threaded_server.agent("bob") if path == "/agent" else threaded_server.customer(endpoints["uid"])
    ws.send(b'{"type":"sync","since":0,"x":"\xc3\x28"}', text=True)
    with pytest.raises(ConnectionClosed):
        for _ in range(50):
            ws.recv(5)
    assert ws.close_code == 1007


def test_after_all_that_the_server_and_its_data_are_sound(threaded_server, endpoints):
    """Runs last in this module: health, logins, the audit chain and every stored string."""
    server = threaded_server.server
    with urllib.request.urlopen(server.http_url + "/healthz", timeout=5) as resp:
        assert resp.read() == b"ok"
    threaded_server.agent("sam").close()
    threaded_server.customer(endpoints["uid"]).close()
    engine = make_engine(sqlite_url(threaded_server.db_path))
    try:
        key = audit_key(threaded_server.db_path.with_suffix(".keys"))
        with make_session_factory(engine, {audit.KEY_INFO: key})() as session, session.begin():
            assert audit.verify(session).ok
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            for table, column in (
                ("messages", "body"),
                ("messages", "client_msg_id"),
                ("conversations", "tags"),
            ):
                for (text,) in conn.exec_driver_sql(
                    f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"
                ):
                    assert _no_broken_text(str(text)), (table, column, text[:80])
            assert (
                conn.exec_driver_sql("SELECT count(*) FROM messages WHERE client_msg_id = 'huge'").scalar()
                == 0
            )
    finally:
        engine.dispose()


# --- what reaches the database file ---------------------------------------------------------------
async def test_secrets_and_rejected_frames_never_reach_the_database_file(tmp_path):
    seed = Mnemonic("english").generate(128)
    password = "Pw-" + Mnemonic("english").generate(128).replace(" ", "")[:20]
    markers = {
        "seed": seed,
        "password": password,
        "blocked": "BLOCKEDMARK-7f3a",
        "nul": "NULMARK-19ce",
        "esc": "ESCMARK-55d0",
        "long": "LONGMARK-a1b2",
        "surrogate": "SURRMARK-0c4d",
        "typed-as-username": "UserFieldSecret-93b1",
        "login-password": "LoginPwSecret-2e77",
    }
    async with running_server(tmp_path, failed_login_delay=0.01) as server:
        url = server.ws_url
        alice = await AgentClient.login(url, "alice", "demo")
        convs = (await alice.request("inbox.snapshot", limit=500))["conversations"]
        conv = next(c for c in convs if c["channel"] == "chat" and c["customer"]["vip_tier"] == 0)
        customer = await CustomerClient.connect(url, server.mint_customer_token(conv["customer"]["uid"]))
        await customer.sync(customer.welcome["head"])
        await customer.send(f"my words are {seed} and my password is {password}", "secret-1")
        shown = (await customer.next_message())["message"]["body"]
        assert seed not in shown and password not in shown and "[redacted:seed_phrase]" in shown
        # Refused by the guard: nothing stored.
        with pytest.raises(RequestError) as err:
            await alice.request(
                "message.send",
                conversation_id=conv["id"],
                body=f"{markers['blocked']} please send me your seed phrase",
                client_msg_id="b1",
            )
        assert err.value.code == "blocked"
        # Refused at the edge: nothing stored.
        for cmid, body in (
            ("r1", f"{markers['nul']}\x00"),
            ("r2", f"{markers['esc']}\x1b[0m"),
            ("r3", markers["long"] + "x" * 10_001),
        ):
            res = await alice.request_raw(
                "message.send", conversation_id=conv["id"], body=body, client_msg_id=cmid
            )
            assert res["error"]["code"] == "bad_request"
        await customer.send_raw(
            '{"type":"send","body":"' + markers["surrogate"] + '\\ud800","client_msg_id":"r4"}'
        )
        assert (await customer.wait_for(lambda f: f["type"] == "error"))["code"] == "bad_request"
        # Credentials typed at the login prompt are never written down, right or wrong.
        for username, pw in ((markers["typed-as-username"], "x"), ("alice", markers["login-password"])):
            with pytest.raises(RequestError):
                await AgentClient.login(url, username, pw)
        # HTML/script and SQL fragments are plain text: stored and returned verbatim, no effect.
        tricky = "<script>alert(1)</script> '); DROP TABLE messages; -- <img src=x onerror=alert(1)>"
        await customer.send(tricky, "html-1")
        mine = (
            await customer.wait_for(
                lambda f: f["type"] == "message" and f["message"]["client_msg_id"] == "html-1"
            )
        )["message"]
        assert mine["body"] == tricky
        note = await alice.request(
            "message.send",
            conversation_id=mine["conversation_id"],
            body='<b>Hi</b> & welcome "friend" \' OR 1=1 --',
            client_msg_id="html-2",
        )
        history = await customer.history(5)
        assert history["messages"][-1]["body"] == '<b>Hi</b> & welcome "friend" \' OR 1=1 --'
        assert note["message"]["body"] == history["messages"][-1]["body"]
        stored = (await alice.request("conversation.messages", conversation_id=mine["conversation_id"]))[
            "messages"
        ]
        assert tricky in [m["body"] for m in stored]
    data = b"".join(p.read_bytes() for p in sorted(tmp_path.glob("server.sqlite3*")))
    assert data
    for name, marker in markers.items():
        assert marker.encode() not in data, name
    assert b"' OR 1=1" in data  # verbatim text is there (the grep itself works)
    with sqlite3.connect(tmp_path / "server.sqlite3") as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"messages", "conversations", "customers", "audit_log"} <= names
        assert db.execute(
            "SELECT count(*) FROM messages WHERE client_msg_id IN ('b1','r1','r2','r3','r4')"
        ).fetchone() == (0,)


@pytest.mark.parametrize(
    ("field", "echoed"),
    [("Sunny!2024pass", False), ("00000000", False), ("canned_id", True), ("attachments", True)],
)
def test_an_unknown_field_is_named_only_when_it_is_a_protocol_name(field, echoed):
    """A made-up key may be a pasted secret: only the protocol's own names are quoted back."""
    raw = _wire({"type": "req", "id": 7, "method": "callback.create", "params": {field: None}})
    with pytest.raises(ProtocolError) as caught:
        codec.decode_params(codec.decode_agent_frame(raw))
    assert caught.value.code == "bad_request" and "unknown field" in caught.value.message
    assert (field in caught.value.message) is echoed
