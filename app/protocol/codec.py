"""The one codec: every frame in and out of AgentDesk passes through here.

Decoding validates at the edge, so the rest of the code handles typed frames. A frame that does
not decode raises ``ProtocolError(bad_request)`` whose message names the field and the problem
but never echoes the value (it could be a password or a seed phrase).
"""

from __future__ import annotations

import functools
import re
from typing import TypeVar, cast

import msgspec
import msgspec.inspect

from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.frames import (
    AgentClientFrame,
    CustomerClientFrame,
    Error,
    ErrorBody,
    Event,
    Req,
    Res,
    ServerToAgentFrame,
    ServerToCustomerFrame,
    Signal,
)
from app.protocol.registry import EVENTS, METHODS, ServerEvent
from app.protocol.signals import AnySignal
from app.protocol.spec import MethodSpec

T = TypeVar("T")
S = TypeVar("S", bound=msgspec.Struct)
R = TypeVar("R", bound=msgspec.Struct)

MAX_DEPTH = 32  # deeper JSON than any frame of ours is refused before it is decoded
# Every string pattern of the protocol forbids control characters (types.SINGLE_LINE/MULTI_LINE);
# say that instead of showing the regular expression.
_REGEX = re.compile(r"matching regex '.*?' - at")

_encoder = msgspec.json.Encoder()
_agent_in: msgspec.json.Decoder[AgentClientFrame] = msgspec.json.Decoder(AgentClientFrame)
_agent_out: msgspec.json.Decoder[ServerToAgentFrame] = msgspec.json.Decoder(ServerToAgentFrame)
_customer_in: msgspec.json.Decoder[CustomerClientFrame] = msgspec.json.Decoder(CustomerClientFrame)
_customer_out: msgspec.json.Decoder[ServerToCustomerFrame] = msgspec.json.Decoder(ServerToCustomerFrame)


def describe(exc: msgspec.ValidationError) -> str:
    """msgspec's message minus any value it quotes (it does for enum and tag errors: "Invalid enum
    value 'hunter2' - at `$.outcome`"): the field and the problem, never what was sent. An unknown
    field's name is quoted only when it is a name of the protocol (sent to the wrong method): a
    name the sender made up may be anything, a password pasted as a key included."""
    head, sep, path = _REGEX.sub("without control characters - at", str(exc)).partition(" - at ")
    unknown = _UNKNOWN_FIELD.fullmatch(head)
    if unknown is not None and unknown.group(1) not in _protocol_field_names():
        head = "Object contains an unknown field"
    elif "'" in head:
        head = head.split("'", 1)[0].rstrip()
    return head + sep + path


_UNKNOWN_FIELD = re.compile(r"Object contains unknown field `(.*)`", re.S)


@functools.cache
def _protocol_field_names() -> frozenset[str]:
    """Every field name (as on the wire) of a request's params or an event's payload."""
    types = [spec.params for spec in METHODS.values()] + list(EVENTS.values())
    names: set[str] = set()
    for struct in types:
        info = msgspec.inspect.type_info(struct)
        names.update(f.encode_name for f in getattr(info, "fields", ()))
    return frozenset(names)


def encode(frame: msgspec.Struct) -> str:
    """A frame as the JSON text of one WebSocket text frame."""
    return _encoder.encode(frame).decode()


def encode_bytes(frame: msgspec.Struct) -> bytes:
    """The same, as the UTF-8 bytes a server writes (frames sent to many connections)."""
    return _encoder.encode(frame)


class _SummaryOut(msgspec.Struct, tag_field="type", tag="summary", frozen=True):
    """``frames.Summary`` with its entries already encoded (each once, however many desks get it)."""

    head: int
    conversations: list[msgspec.Raw]


def summary_frame(head: int, entries: list[msgspec.Raw]) -> bytes:
    """A ``summary`` frame from pre-encoded ``ConversationSummary`` entries (see ``to_raw``)."""
    return _encoder.encode(_SummaryOut(head=head, conversations=entries))


def to_raw(value: msgspec.Struct) -> msgspec.Raw:
    """Pre-encode a payload (method result, event data) for a frame's Raw field."""
    return msgspec.Raw(_encoder.encode(value))


def _decode(decoder: msgspec.json.Decoder[T], data: str | bytes) -> T:
    raw = data.encode() if isinstance(data, str) else data
    if not nesting_ok(raw):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid frame: nested too deeply (or unbalanced)")
    try:
        return decoder.decode(raw)
    except msgspec.ValidationError as exc:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"invalid frame: {describe(exc)}") from None
    except (msgspec.DecodeError, RecursionError):  # RecursionError: a second lock behind nesting_ok
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid frame: not a JSON object") from None


# Brackets outside strings, as "(" and ")", everything else deleted (bytes.translate: C speed).
_SHAPE = bytes.maketrans(b"[{]}", b"(())")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
# A JSON string, unrolled so the regex engine runs tight loops over the plain characters.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')


def _balanced(depth: int) -> re.Pattern[bytes]:
    """Balanced brackets nested at most ``depth`` deep, as a regular expression: a bounded depth
    is a regular language. Possessive repeats (``*+``) never backtrack, so a match is one linear
    pass in the regex engine's C loop."""
    pattern = ""
    for _ in range(depth):
        pattern = r"(?:\(" + pattern + r"\))*+"
    return re.compile(pattern.encode())


_WITHIN_DEPTH = _balanced(MAX_DEPTH)


def nesting_ok(raw: bytes) -> bool:
    """Whether ``raw``'s brackets balance and nest at most ``MAX_DEPTH`` deep — checked before any
    decode, without recursion and without a Python-level loop over the bytes.

    msgspec has no depth limit of its own: it recurses until Python's recursion limit and raises
    ``RecursionError`` (a 100,000-deep frame used to reach it). Here strings are cut out (their
    brackets do not nest), the rest is reduced to its brackets and matched against a regular
    expression of bounded nesting. Each step is one C-level pass (count, regex, translate): about
    2 ms for the worst 256 KiB frame, microseconds for a normal one (``bench/preauth_attack.py``)."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_DEPTH:
        return True
    if b'"' in raw:
        raw = _STRING.sub(b"", raw)
    return _WITHIN_DEPTH.fullmatch(raw.translate(_SHAPE, _NOT_BRACKETS)) is not None


def decode_agent_frame(data: str | bytes) -> AgentClientFrame:
    """A frame the desktop app sent to ``/agent``."""
    return _decode(_agent_in, data)


def decode_customer_frame(data: str | bytes) -> CustomerClientFrame:
    """A frame the customer widget sent to ``/customer``."""
    return _decode(_customer_in, data)


def decode_server_frame(data: str | bytes) -> ServerToAgentFrame:
    """A frame the server sent to the desktop app."""
    return _decode(_agent_out, data)


def decode_customer_server_frame(data: str | bytes) -> ServerToCustomerFrame:
    """A frame the server sent to a customer (used by tests and the traffic simulator)."""
    return _decode(_customer_out, data)


def method_spec(req: Req) -> MethodSpec[msgspec.Struct, msgspec.Struct]:
    spec = METHODS.get(req.method)
    if spec is None:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "unknown method", request_id=req.id)
    return spec


def request(request_id: int, spec: MethodSpec[S, msgspec.Struct], params: S) -> Req:
    """The ``req`` frame calling ``spec`` with ``params`` (checked against the spec's type)."""
    if type(params) is not spec.params:
        raise TypeError(f"{spec.name} takes {spec.params.__name__}, not {type(params).__name__}")
    return Req(id=request_id, method=spec.name, params=to_raw(params))


def decode_params(req: Req) -> msgspec.Struct:
    """The typed params of a request; ``bad_request`` carries the request id for the ``res``."""
    spec = method_spec(req)
    try:
        return msgspec.json.decode(req.params, type=spec.params)
    except msgspec.ValidationError as exc:
        raise ProtocolError(
            ErrorCode.BAD_REQUEST, f"invalid params: {describe(exc)}", request_id=req.id
        ) from None
    except (msgspec.DecodeError, RecursionError):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params", request_id=req.id) from None


def decode_result(spec: MethodSpec[msgspec.Struct, R], raw: msgspec.Raw | None) -> R:
    """The typed result of a ``res`` to a call of ``spec``."""
    try:
        return msgspec.json.decode(raw or b"{}", type=spec.result)
    except msgspec.ValidationError as exc:
        message = f"invalid result of {spec.name}: {describe(exc)}"
        raise ProtocolError(ErrorCode.BAD_REQUEST, message) from None
    except msgspec.DecodeError:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"invalid result of {spec.name}") from None


def decode_event(event: Event) -> ServerEvent | None:
    """The event's payload as a member of the :data:`~app.protocol.registry.ServerEvent` union;
    ``None`` for a name this build does not know (a newer server)."""
    payload = EVENTS.get(event.name)
    if payload is None:
        return None
    try:
        return cast(ServerEvent, msgspec.json.decode(event.data, type=payload))
    except msgspec.ValidationError as exc:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"invalid event {event.name}: {describe(exc)}") from None
    except msgspec.DecodeError:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"invalid event {event.name}") from None


def signal_frame(signal: AnySignal) -> Signal:
    """The ``signal`` frame of a signal struct (:mod:`app.protocol.signals`): its ``NAME`` and fields."""
    return Signal(name=signal.NAME, data=to_raw(signal))


def decode_signal(frame: Signal, kind: type[S]) -> S:
    """A signal's data as ``kind``; ``bad_request`` naming the field when it does not fit."""
    try:
        return msgspec.json.decode(frame.data, type=kind)
    except msgspec.ValidationError as exc:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"invalid signal data: {describe(exc)}") from None
    except msgspec.DecodeError:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid signal data") from None


def ok(request_id: int | str, result: msgspec.Struct) -> Res:
    return Res(id=request_id, ok=True, result=to_raw(result))


def failed(request_id: int | str, code: ErrorCode, message: str) -> Res:
    return Res(id=request_id, ok=False, error=ErrorBody(code=str(code), message=message))


def error(code: ErrorCode, message: str) -> Error:
    return Error(code=str(code), message=message)


def event(seq: int, name: str, data: msgspec.Struct | msgspec.Raw) -> Event:
    raw = data if isinstance(data, msgspec.Raw) else to_raw(data)
    return Event(seq=seq, name=name, data=raw)
