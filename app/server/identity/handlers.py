"""The identity methods (``identity.verify.start``, ``identity.status``, ``identity.override``,
``identity.request``) and the customer's ``verify`` frame and ``/verify`` link. Rules live in
``repo.py`` and ``requests.py``; ``ROUTES`` is collected by :mod:`app.server.registry`.

After ``identity.verify.start`` commits, the customer's open web chats get the ``verify_prompt``
frame and, for a phone, the code goes to the SMS provider (in a worker thread; a refusal fails the
challenge as undeliverable). The result the agent gets never holds the code.
"""

from __future__ import annotations

import asyncio
import logging
from typing import cast

from app.protocol import codec, frames
from app.protocol import identity as pi
from app.protocol.errors import ErrorCode, ProtocolError
from app.server.connection import AgentConn, CustomerConn
from app.server.context import ServerContext
from app.server.identity import repo, requests
from app.server.identity.sms import SmsProvider
from app.server.routes import Route, route

log = logging.getLogger(__name__)
SMS_KEY = "identity_sms"  # ServerContext.services key of the SmsProvider


def sms_provider(ctx: ServerContext) -> SmsProvider:
    found = ctx.services.get(SMS_KEY)
    assert found is not None, "no SMS provider configured"
    return cast(SmsProvider, found)


async def verify_start(
    ctx: ServerContext, conn: AgentConn, params: pi.VerifyStartParams
) -> pi.VerificationResult:
    started = await ctx.db.run(repo.start, conn.agent, params)
    for customer in ctx.hub.customer_conns(started.uid):
        customer.outbox.put(codec.encode(started.prompt))
    if started.phone is not None and started.sms_text is not None:
        try:
            await asyncio.to_thread(sms_provider(ctx).send, started.phone, started.sms_text)
        except Exception as exc:
            log.warning("verification SMS not sent: %s", type(exc).__name__)
            await ctx.db.run(repo.undeliverable, started.prompt.challenge_id)
            return pi.VerificationResult(verification=await ctx.db.run(repo.status, started.uid))
    return started.result


async def status(ctx: ServerContext, conn: AgentConn, params: pi.StatusParams) -> pi.VerificationResult:
    return await ctx.db.run(repo.visible_status, conn.agent, params.uid)


async def override(ctx: ServerContext, conn: AgentConn, params: pi.OverrideParams) -> pi.VerificationResult:
    result = await ctx.db.run(repo.override, conn.agent, params)
    if result is None:
        raise ProtocolError(ErrorCode.FORBIDDEN, "only a supervisor can vouch for a customer")
    return result


async def request(
    ctx: ServerContext, conn: AgentConn, params: pi.SecurityRequestParams
) -> pi.SecurityRequestResult:
    filed = await ctx.db.run(requests.file_request, conn.agent, params)
    if filed.result is None:
        raise ProtocolError(ErrorCode.VERIFICATION_REQUIRED, repo.REFUSAL.format(action=params.kind))
    return filed.result


# --- the customer's side ---------------------------------------------------------------------------
async def customer_verify(ctx: ServerContext, conn: CustomerConn, frame: frames.Verify) -> None:
    """The code typed into the web chat's prompt: checked on the server, answered to this
    customer only (the agents learn the outcome from the note and the event, never the code)."""
    result = await ctx.db.run(repo.confirm_code, conn.uid, frame.challenge_id, frame.code)
    conn.outbox.put(codec.encode(result))


async def prompt_on_connect(ctx: ServerContext, conn: CustomerConn) -> None:
    """A web chat that (re)connects while a code waits for it shows the prompt again."""
    prompt = await ctx.db.read(repo.pending_prompt, conn.uid)  # a read: never behind the writer
    if prompt is not None:
        conn.outbox.put(codec.encode(prompt))


async def redact_pending_code(ctx: ServerContext, conn: CustomerConn, text: str) -> tuple[str, bool]:
    """Before a customer's chat message is stored: their pending code, typed into the chat by
    mistake, is cut out (and the prompt shown again). Only text with a run of six digits costs a
    look in the database."""
    if not repo.may_hold_code(text):
        return text, False
    cleaned, found = await ctx.db.run(repo.redact_code, conn.uid, text)
    if found:
        await prompt_on_connect(ctx, conn)
    return cleaned, found


async def confirm_link(ctx: ServerContext, token: str) -> str:
    return await ctx.db.run(repo.confirm_link, token)


ROUTES: tuple[Route, ...] = (
    route(pi.VERIFY_START, verify_start),
    route(pi.STATUS, status),
    route(pi.OVERRIDE, override),
    route(pi.REQUEST, request),
)
