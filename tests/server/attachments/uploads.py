"""Upload and download helpers over the real protocol (customer frames, agent methods)."""

from __future__ import annotations

import base64
import itertools
import json
from typing import Any

from tests.support.server import AgentClient, CustomerClient, RequestError

CHUNK = 96 * 1024
_ids = itertools.count(1)


def new_upload_id() -> str:
    return f"upload-{next(_ids):06d}"


def chunks(data: bytes, start: int = 0, size: int = CHUNK) -> list[tuple[int, bytes]]:
    return [(o, data[o : o + size]) for o in range(start, len(data), size)]


async def customer_frame(customer: CustomerClient, frame: dict[str, Any], *types: str) -> dict[str, Any]:
    await customer.send_raw(json.dumps(frame))
    wanted = {*types, "error"}
    return await customer.wait_for(lambda f: f["type"] in wanted, 30)


async def customer_upload(
    customer: CustomerClient, data: bytes, filename: str, upload_id: str | None = None
) -> dict[str, Any]:
    """begin, every chunk, finish: the ``upload_done`` / ``upload_refused`` / ``error`` frame."""
    uid = upload_id or new_upload_id()
    state = await customer_frame(
        customer,
        {"type": "upload_begin", "upload_id": uid, "filename": filename, "size": len(data)},
        "upload_state",
        "upload_refused",
    )
    if state["type"] != "upload_state":
        return state
    for offset, piece in chunks(data, state["received"]):
        state = await customer_frame(customer, chunk_frame(uid, offset, piece), "upload_state")
        if state["type"] != "upload_state":
            return state
    return await customer_frame(
        customer, {"type": "upload_finish", "upload_id": uid}, "upload_done", "upload_refused"
    )


def chunk_frame(upload_id: str, offset: int, piece: bytes) -> dict[str, Any]:
    return {
        "type": "upload_chunk",
        "upload_id": upload_id,
        "offset": offset,
        "data": base64.b64encode(piece).decode(),
    }


async def customer_send(
    customer: CustomerClient, body: str, attachments: list[int], cmid: str | None = None
) -> dict[str, Any]:
    cmid = cmid or f"m-{next(_ids)}"
    await customer.send_raw(
        json.dumps({"type": "send", "body": body, "client_msg_id": cmid, "attachments": attachments})
    )
    return await customer.wait_for(
        lambda f: (f["type"] == "sent" and f["client_msg_id"] == cmid) or f["type"] == "error", 30
    )


async def customer_fetch(customer: CustomerClient, attachment_id: int, variant: str = "file") -> bytes:
    out = b""
    while True:
        frame = await customer_frame(
            customer,
            {"type": "fetch", "attachment_id": attachment_id, "variant": variant, "offset": len(out)},
            "file_chunk",
        )
        if frame["type"] == "error":
            raise RequestError(frame["code"], frame["message"])
        out += base64.b64decode(frame["data"])
        if frame["last"]:
            return out


async def agent_upload(agent: AgentClient, data: bytes, filename: str, upload_id: str | None = None) -> Any:
    uid = upload_id or new_upload_id()
    state = await agent.request("attachment.upload.begin", upload_id=uid, filename=filename, size=len(data))
    for offset, piece in chunks(data, state["received"]):
        await agent.request(
            "attachment.upload.chunk", upload_id=uid, offset=offset, data=base64.b64encode(piece).decode()
        )
    return (await agent.request("attachment.upload.finish", timeout=60, upload_id=uid))["attachment"]


async def agent_fetch(
    agent: AgentClient, attachment_id: int, variant: str = "file"
) -> tuple[bytes, dict[str, Any]]:
    out = b""
    while True:
        res = await agent.request(
            "attachment.get", attachment_id=attachment_id, variant=variant, offset=len(out)
        )
        out += base64.b64decode(res["data"])
        if res["last"]:
            return out, res


def traffic_counts(session: Any) -> dict[str, int]:
    """Rows of the attachment tables that traffic made: the demo's canned reply files (a help-centre
    PDF, seeded with the database) and their blobs are left out."""
    import sqlalchemy as sa

    from app.server.attachments.schema import (
        AttachmentBlob,
        AttachmentFile,
        AttachmentUpload,
        AttachmentUploadPart,
    )

    canned = sa.select(AttachmentFile.sha256).where(
        AttachmentFile.owner_kind == "canned", AttachmentFile.sha256.is_not(None)
    )

    def count(table: Any, *where: Any) -> int:
        return int(session.scalar(sa.select(sa.func.count()).select_from(table).where(*where)) or 0)

    return {
        "attachment_files": count(AttachmentFile, AttachmentFile.owner_kind != "canned"),
        "attachment_blobs": count(AttachmentBlob, AttachmentBlob.sha256.not_in(canned)),
        "attachment_uploads": count(AttachmentUpload),
        "attachment_upload_parts": count(AttachmentUploadPart),
    }
