"""Protocol v1 of AgentDesk: typed frames and the one codec (see docs/protocol.md)."""

from app.protocol.codec import (
    decode_agent_frame,
    decode_customer_frame,
    decode_customer_server_frame,
    decode_event,
    decode_params,
    decode_result,
    decode_server_frame,
    encode,
    to_raw,
)
from app.protocol.errors import CloseCode, ErrorCode, ProtocolError
from app.protocol.frames import SUBPROTOCOL

__all__ = [
    "SUBPROTOCOL",
    "CloseCode",
    "ErrorCode",
    "ProtocolError",
    "decode_agent_frame",
    "decode_customer_frame",
    "decode_customer_server_frame",
    "decode_event",
    "decode_params",
    "decode_result",
    "decode_server_frame",
    "encode",
    "to_raw",
]
