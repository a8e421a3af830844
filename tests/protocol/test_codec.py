"""The one codec: typed frames in, clear ``bad_request`` errors out, never an echoed secret."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.protocol import ErrorCode, ProtocolError, codec
from app.protocol.frames import Auth, CustomerSend, Login, Req, Signal, Sync, Welcome
from app.protocol.methods import SNAPSHOT, SendParams, SnapshotResult, UpdateParams
from app.protocol.types import AgentInfo


def test_login_frame_decodes_to_typed_object_and_hides_password_in_repr() -> None:
    frame = codec.decode_agent_frame('{"type":"login","username":"alice","password":"hunter2"}')
    assert isinstance(frame, Login)
    assert (frame.username, frame.password) == ("alice", "hunter2")
    assert "hunter2" not in repr(frame)
    assert "tok-123" not in repr(Auth(token="tok-123"))


def test_request_params_decode_per_method() -> None:
    req = codec.decode_agent_frame(
        '{"type":"req","id":7,"method":"message.send",'
        '"params":{"conversation_id":3,"body":"hello","client_msg_id":"c-1"}}'
    )
    assert isinstance(req, Req)
    params = codec.decode_params(req)
    assert params == SendParams(conversation_id=3, body="hello", client_msg_id="c-1", internal=False)


def test_update_distinguishes_absent_from_null_assignee() -> None:
    def update(params: dict[str, object]) -> UpdateParams:
        raw = json.dumps({"type": "req", "id": 1, "method": "conversation.update", "params": params})
        return codec.decode_params(codec.decode_agent_frame(raw))

    assert update({"conversation_id": 1}).assignee is msgspec.UNSET
    assert update({"conversation_id": 1, "assignee": None}).assignee is None
    assert update({"conversation_id": 1, "assignee": "bob"}).assignee == "bob"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("not json", "not a JSON object"),
        ("[1, 2]", "Expected `object`"),
        ('{"no_type": 1}', "missing required field `type`"),
        ('{"type": "launch_rockets"}', "Invalid value"),
        ('{"type": "sync", "since": -1}', "`$.since`"),
        ('{"type": "sync", "since": "3"}', "Expected `int`"),
        ('{"type": "req", "id": 1}', "missing required field `method`"),
    ],
)
def test_malformed_frames_are_bad_request(text: str, fragment: str) -> None:
    with pytest.raises(ProtocolError) as info:
        codec.decode_agent_frame(text)
    assert info.value.code is ErrorCode.BAD_REQUEST
    assert fragment in info.value.message


def test_bad_params_keep_the_request_id_for_the_response() -> None:
    req = codec.decode_agent_frame('{"type":"req","id":"r9","method":"customer.get","params":{"uid":5}}')
    with pytest.raises(ProtocolError) as info:
        codec.decode_params(req)
    assert info.value.request_id == "r9"
    assert "$.uid" in info.value.message


def test_unknown_method_is_bad_request_without_echo() -> None:
    req = codec.decode_agent_frame('{"type":"req","id":1,"method":"seed-abandon-ability"}')
    with pytest.raises(ProtocolError) as info:
        codec.decode_params(req)
    assert info.value.code is ErrorCode.BAD_REQUEST
    assert "abandon" not in info.value.message


def test_wrong_typed_password_is_not_echoed() -> None:
    with pytest.raises(ProtocolError) as info:
        codec.decode_agent_frame('{"type":"login","username":"a","password":123456789}')
    assert "123456789" not in info.value.message


def test_deeply_nested_json_is_refused_cheaply() -> None:
    deep = '{"type":"signal","name":"typing","data":{"a":' + "[" * 100_000 + "]" * 100_000 + "}}"
    with pytest.raises(ProtocolError, match="nested too deeply"):
        codec.decode_agent_frame(deep)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    body = "[" * 200
    frame = codec.decode_customer_frame(json.dumps({"type": "send", "body": body, "client_msg_id": "x"}))
    assert isinstance(frame, CustomerSend)
    assert frame.body == body


def test_body_length_limits() -> None:
    too_long = json.dumps({"type": "send", "body": "x" * 10_001, "client_msg_id": "x"})
    with pytest.raises(ProtocolError):
        codec.decode_customer_frame(too_long)
    # An empty body is a message of attachments only (a pasted screenshot): the codec lets it
    # through and the server refuses it without attachments (tests/server/attachments).
    empty = codec.decode_customer_frame('{"type":"send","body":"","client_msg_id":"x","attachments":[7]}')
    assert isinstance(empty, CustomerSend) and empty.attachments == [7]
    with pytest.raises(ProtocolError):  # at most 10 files per message on the wire
        codec.decode_customer_frame(json.dumps({"type": "send", "body": "", "client_msg_id": "x",
                                                "attachments": list(range(1, 12))}))


def test_naive_timestamps_are_refused() -> None:
    raw = (
        '{"type":"req","id":1,"method":"conversation.update","params":{"conversation_id":1,'
        '"snoozed_until":"2026-11-25T10:00:00"}}'
    )
    with pytest.raises(ProtocolError):
        codec.decode_params(codec.decode_agent_frame(raw))


def test_server_frames_round_trip() -> None:
    welcome = Welcome(
        agent=AgentInfo(id=1, username="alice", display_name="Alice", role="agent"),
        head=42,
        server_time=datetime(2026, 11, 25, 13, 0, tzinfo=UTC),
    )
    assert codec.decode_server_frame(codec.encode(welcome)) == welcome
    res = codec.decode_server_frame(codec.encode(codec.failed(3, ErrorCode.BLOCKED, "asks for a code")))
    assert res.ok is False and res.error is not None and res.error.code == "blocked"
    assert '"error"' not in codec.encode(codec.ok(1, UpdateParams(conversation_id=1)))
    snapshot = SnapshotResult(conversations=[], head=12, next_cursor="c2")
    success = codec.decode_server_frame(codec.encode(codec.ok(4, snapshot)))
    assert success.ok is True and success.id == 4
    assert codec.decode_result(SNAPSHOT, success.result) == snapshot


def test_unknown_event_names_are_skipped_not_fatal() -> None:
    event = codec.event(5, "future.thing", msgspec.Raw(b'{"x":1}'))
    assert codec.decode_event(codec.decode_server_frame(codec.encode(event))) is None


def test_customer_frames() -> None:
    assert isinstance(codec.decode_customer_frame('{"type":"sync","since":0}'), Sync)
    assert isinstance(codec.decode_customer_frame('{"type":"signal","name":"typing"}'), Signal)
    with pytest.raises(ProtocolError):  # agents' frames are not customers' frames
        codec.decode_customer_frame('{"type":"login","username":"a","password":"b"}')


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_never_crash_the_decoder(data: bytes) -> None:
    for decode in (codec.decode_agent_frame, codec.decode_customer_frame):
        try:
            decode(data)
        except ProtocolError as exc:
            assert exc.code is ErrorCode.BAD_REQUEST


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["login", "auth", "req", "sync", "signal", "send", "history", "x"]),
    st.dictionaries(
        st.sampled_from(
            [
                "id",
                "method",
                "params",
                "since",
                "body",
                "token",
                "name",
                "data",
                "username",
                "password",
                "client_msg_id",
                "limit",
            ]
        ),
        json_values,
    ),
)
def test_arbitrary_json_objects_decode_or_fail_cleanly(kind: str, fields: dict[str, object]) -> None:
    text = json.dumps({"type": kind, **fields})
    for decode in (codec.decode_agent_frame, codec.decode_customer_frame):
        try:
            frame = decode(text)
        except ProtocolError as exc:
            assert exc.code is ErrorCode.BAD_REQUEST
            continue
        if isinstance(frame, Req):
            try:
                codec.decode_params(frame)
            except ProtocolError as exc:
                assert exc.request_id == frame.id


@pytest.mark.parametrize(
    "params",
    [
        '{"conversation_id":1,"status":"hunter2-secret"}',  # an enum: msgspec quotes the value
        '{"conversation_id":1,"priority":"abandon ability able"}',
    ],
)
def test_enum_errors_name_the_field_but_not_the_value(params: str) -> None:
    req = codec.decode_agent_frame(
        '{"type":"req","id":1,"method":"conversation.update","params":' + params + "}"
    )
    with pytest.raises(ProtocolError) as info:
        codec.decode_params(req)
    assert "$." in info.value.message
    assert "hunter2" not in info.value.message and "abandon" not in info.value.message


def test_tag_errors_do_not_echo_the_type() -> None:
    with pytest.raises(ProtocolError) as info:
        codec.decode_agent_frame('{"type":"my-seed-abandon"}')
    assert "abandon" not in info.value.message and "$.type" in info.value.message
