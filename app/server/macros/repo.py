"""The rules of macros and bulk runs, on the database thread.

A run applies its steps to one conversation per call (its own transaction: one conversation that
cannot take a step fails alone, nothing of it half-applied), records what it changed, and holds
its reply. ``release`` sends the held replies once the grace time is over, each with
``client_msg_id = macro:<run_id>:<conversation_id>`` (a retry after a crash or a reconnect sends
nothing twice: ``message.send`` answers the stored message). ``undo`` puts status, priority,
tags, assignee and team back and drops the held replies, while the grace time lasts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import msgspec
import sqlalchemy as sa
from msgspec import UNSET
from sqlalchemy.orm import Session

from app.protocol import macros as pmac
from app.protocol import methods as pm
from app.protocol import routing as pr
from app.protocol.canned_text import fill, normalise_locale
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit
from app.server.attachments import canned as canned_files
from app.server.attachments.repo import Owner
from app.server.db.schema import CannedReply, Conversation
from app.server.dispatch import transfer as dispatch_transfer
from app.server.email import repo as repo_email
from app.server.macros.schema import MacroRow, MacroRunItem, MacroRunRow
from app.server.principal import AgentPrincipal
from app.server.repos import repo_agents, repo_conversations, repo_inbox, repo_messages
from app.server.routing import clock
from app.server.tickets import repo as repo_tickets
from app.server.timeutil import as_utc, utcnow

_steps = msgspec.json.Decoder(list[pmac.MacroStep])
MAX_FAILURES_SHOWN = 50


def _macro(row: MacroRow) -> pmac.Macro:
    return pmac.Macro(id=row.id, name=row.name, steps=_steps.decode(row.steps), created_by=row.created_by,
                      updated_by=row.updated_by, updated_at=as_utc(row.updated_at))


def list_macros(session: Session) -> pmac.MacrosResult:
    rows = session.scalars(sa.select(MacroRow).order_by(MacroRow.name))
    return pmac.MacrosResult(macros=[_macro(r) for r in rows])


def _supervisor(agent: AgentPrincipal) -> None:
    if agent.role != "supervisor":
        raise ProtocolError(ErrorCode.FORBIDDEN, "only supervisors edit macros")


def save(session: Session, agent: AgentPrincipal, params: pmac.MacroSaveParams) -> pmac.MacroResult:
    _supervisor(agent)
    for step in params.steps:
        if isinstance(step, pmac.ReplyStep) and session.scalar(
            sa.select(CannedReply.id).where(CannedReply.key == step.canned_key)
        ) is None:
            raise ProtocolError(ErrorCode.BAD_REQUEST, f"invalid params: no canned reply {step.canned_key!r}")
    clash = session.scalar(sa.select(MacroRow).where(MacroRow.name == params.name))
    now = utcnow()
    if params.id is None:
        if clash is not None:
            raise ProtocolError(ErrorCode.CONFLICT, "a macro with this name exists")
        row = MacroRow(name=params.name, created_by=agent.username, steps="[]", updated_by=agent.username,
                       updated_at=now)
        session.add(row)
    else:
        found = session.get(MacroRow, params.id)
        if found is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "no such macro")
        if clash is not None and clash.id != found.id:
            raise ProtocolError(ErrorCode.CONFLICT, "a macro with this name exists")
        row = found
    row.name, row.steps = params.name, msgspec.json.encode(params.steps).decode()
    row.updated_by, row.updated_at = agent.username, now
    session.flush()
    audit.record(session, agent.username, "macro.save", str(row.id), {"name": row.name})
    return pmac.MacroResult(macro=_macro(row))


def delete(session: Session, agent: AgentPrincipal, params: pmac.MacroDeleteParams) -> pm.Empty:
    _supervisor(agent)
    row = session.get(MacroRow, params.id)
    if row is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such macro")
    session.delete(row)
    audit.record(session, agent.username, "macro.delete", str(params.id), {"name": row.name})
    return pm.Empty()


# --- runs ------------------------------------------------------------------------------------------
def view(session: Session, run: MacroRunRow) -> pmac.MacroRun:
    counts = {
        str(state): int(n)
        for state, n in session.execute(
            sa.select(MacroRunItem.state, sa.func.count()).where(MacroRunItem.run_id == run.run_id)
            .group_by(MacroRunItem.state)
        )
    }
    held = session.scalar(
        sa.select(sa.func.count()).where(MacroRunItem.run_id == run.run_id, MacroRunItem.reply.is_not(None),
                                         MacroRunItem.sent.is_(False), MacroRunItem.state == "applied")
    ) or 0
    sent = session.scalar(
        sa.select(sa.func.count()).where(MacroRunItem.run_id == run.run_id, MacroRunItem.sent.is_(True))
    ) or 0
    failures = [
        pmac.RunFailure(conversation_id=i.conversation_id, code=i.code or "", reason=i.reason or "")
        for i in session.scalars(
            sa.select(MacroRunItem).where(MacroRunItem.run_id == run.run_id, MacroRunItem.state == "failed")
            .order_by(MacroRunItem.position).limit(MAX_FAILURES_SHOWN)
        )
    ]
    return pmac.MacroRun(
        run_id=run.run_id, macro_id=run.macro_id, macro_name=run.macro_name, by=run.by,
        state=run.state,  # type: ignore[arg-type]
        total=run.total, applied=int(counts.get("applied", 0)) + int(counts.get("reverted", 0)),
        failed=int(counts.get("failed", 0)), held=int(held), sent=int(sent),
        started_at=as_utc(run.started_at),
        release_at=as_utc(run.release_at) if run.release_at and run.state == "holding" else None,
        failures=failures,
    )


@dataclass(frozen=True)
class Started:
    run: pmac.MacroRun
    new: bool
    pending: list[int]


def start(session: Session, agent: AgentPrincipal, params: pmac.RunParams) -> Started:
    """A new run (its items pending), or the run of this ``run_id`` as it stands (a retry)."""
    found = session.get(MacroRunRow, params.run_id)
    if found is not None:
        if found.by != agent.username:
            raise ProtocolError(ErrorCode.CONFLICT, "this run id belongs to another run")
        return Started(view(session, found), False, pending_items(session, found.run_id))
    macro = session.get(MacroRow, params.macro_id)
    if macro is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such macro")
    ids = list(dict.fromkeys(params.conversation_ids))
    run = MacroRunRow(run_id=params.run_id, macro_id=macro.id, macro_name=macro.name, steps=macro.steps,
                      by=agent.username, state="running", total=len(ids), started_at=utcnow())
    session.add(run)
    session.flush()  # the run before its items (their foreign key)
    session.add_all(
        MacroRunItem(run_id=run.run_id, conversation_id=cid, position=n, state="pending", sent=False)
        for n, cid in enumerate(ids)
    )
    session.flush()
    audit.record(session, agent.username, "macro.run", run.run_id,
                 {"macro": macro.name, "conversations": len(ids)})
    return Started(view(session, run), True, ids)


def pending_items(session: Session, run_id: str) -> list[int]:
    return list(session.scalars(
        sa.select(MacroRunItem.conversation_id)
        .where(MacroRunItem.run_id == run_id, MacroRunItem.state == "pending").order_by(MacroRunItem.position)
    ))


def runner_of(session: Session, run_id: str) -> AgentPrincipal | None:
    run = session.get(MacroRunRow, run_id)
    return repo_agents.get_agent(session, run.by) if run is not None else None


def render(session: Session, agent: AgentPrincipal, run_id: str, conversation_id: int) -> str | None:
    """The reply this run would send to this conversation (None: no reply step), checking that the
    agent may see it; rendered in the customer's language with the agent's name (a bulk reply
    addresses nobody by name)."""
    run = session.get(MacroRunRow, run_id)
    assert run is not None
    conv, customer, _ = repo_inbox.visible(session, agent, conversation_id)
    for step in _steps.decode(run.steps):
        if isinstance(step, pmac.ReplyStep):
            canned = session.scalar(sa.select(CannedReply).where(CannedReply.key == step.canned_key))
            if canned is None:
                raise ProtocolError(ErrorCode.BAD_REQUEST, f"no canned reply {step.canned_key!r}")
            locale = normalise_locale(customer.language)
            body = canned.body_zh if locale == "zh-CN" and canned.body_zh else canned.body_en
            values = {"customer_name": None, "uid": customer.uid, "agent_name": agent.display_name,
                      "ticket_id": str(conv.id) if conv.channel == "ticket" else None}
            return fill(body, values, locale)
    return None


def _before(session: Session, conv: Conversation) -> dict[str, Any]:
    return {"status": conv.status, "priority": conv.priority, "tags": list(conv.tags or []),
            "assignee": conv.assignee, "team": clock.work_of(session, conv).team}


def apply(
    session: Session, agent: AgentPrincipal, run_id: str, conversation_id: int, reply: str | None
) -> None:
    """Every step on one conversation (raises ``ProtocolError`` and changes nothing if one cannot
    apply); the reply is held, not sent."""
    run = session.get(MacroRunRow, run_id)
    item = session.get(MacroRunItem, (run_id, conversation_id))
    assert run is not None and item is not None
    if item.state != "pending":
        return  # done before (a resumed run)
    conv, _, _ = repo_inbox.visible(session, agent, conversation_id)
    item.before = _before(session, conv)
    for step in _steps.decode(run.steps):
        update: pm.UpdateParams | None = None
        match step:
            case pmac.StatusStep(status=status):
                update = pm.UpdateParams(conversation_id=conversation_id, status=status)
            case pmac.PriorityStep(priority=priority):
                update = pm.UpdateParams(conversation_id=conversation_id, priority=priority)
            case pmac.TagsStep(add=add, remove=remove):
                current = [t for t in (conv.tags or []) if t not in remove]
                tags = list(dict.fromkeys([*current, *add]))[:20]
                update = pm.UpdateParams(conversation_id=conversation_id, tags=tags)
            case pmac.AssignStep(assignee=assignee):
                update = pm.UpdateParams(conversation_id=conversation_id, assignee=assignee)
            case pmac.TransferStep(team=team, note=note):
                dispatch_transfer.transfer(session, agent, pr.TransferParams(
                    conversation_id=conversation_id, team=team, note=note))
            case pmac.ReplyStep():
                pass
        if update is not None:
            repo_conversations.update(session, agent, update, repo_tickets.edit_ticket)
    item.state, item.reply = "applied", reply


def fail(session: Session, run_id: str, conversation_id: int, code: str, reason: str) -> None:
    item = session.get(MacroRunItem, (run_id, conversation_id))
    if item is not None and item.state == "pending":
        item.state, item.code, item.reason = "failed", code, reason[:300]


def finish(session: Session, run_id: str, grace: timedelta) -> pmac.MacroRun:
    """Every conversation done: the grace time starts (undo is possible until ``release_at``)."""
    run = session.get(MacroRunRow, run_id)
    assert run is not None
    if run.state == "running":
        run.state, run.release_at = "holding", utcnow() + grace
    return view(session, run)


def progress(session: Session, run_id: str) -> pmac.MacroRun | None:
    run = session.get(MacroRunRow, run_id)
    return view(session, run) if run is not None else None


def status(session: Session, agent: AgentPrincipal, run_id: str) -> pmac.MacroRun:
    run = session.get(MacroRunRow, run_id)
    if run is None or (run.by != agent.username and agent.role != "supervisor"):
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such run")
    return view(session, run)


def due_runs(session: Session, now: datetime) -> list[tuple[str, str, datetime | None]]:
    """Runs to resume (``running``) or to release (``holding``): ``(run_id, state, release_at)``."""
    return [
        (r.run_id, r.state, as_utc(r.release_at) if r.release_at else None)
        for r in session.scalars(sa.select(MacroRunRow).where(MacroRunRow.state.in_(("running", "holding"))))
    ]


def release(session: Session, run_id: str, limit: int = 100) -> bool:
    """Send up to ``limit`` held replies (each once); True when none is left and the run is released."""
    run = session.get(MacroRunRow, run_id)
    if run is None or run.state != "holding":
        return True
    agent = repo_agents.get_agent(session, run.by)
    items = list(session.scalars(
        sa.select(MacroRunItem).where(MacroRunItem.run_id == run_id, MacroRunItem.state == "applied",
                                      MacroRunItem.reply.is_not(None), MacroRunItem.sent.is_(False))
        .order_by(MacroRunItem.position).limit(limit)
    ))
    key = next((st.canned_key for st in _steps.decode(run.steps) if isinstance(st, pmac.ReplyStep)), None)
    copies = "macro." + hashlib.sha256(run_id.encode()).hexdigest()[:24]  # upload ids fit in 64 chars
    carries = bool(key) and canned_files.carries_files(session, key or "")
    for item in items:
        assert item.reply is not None
        if agent is not None:
            try:
                # the canned reply's files (a help-centre PDF) go with it, as the agent's copies
                ids, files = canned_files.for_reply(
                    session, Owner("agent", agent.username), key, f"{copies}.{item.conversation_id}"
                ) if carries and key else ([], None)
                params = pm.SendParams(conversation_id=item.conversation_id, body=item.reply,
                                       client_msg_id=f"macro:{run_id}:{item.conversation_id}",
                                       attachments=ids)
                repo_messages.agent_send(session, agent, params, repo_email.queue_reply, files)
            except ProtocolError as exc:  # taken out of the agent's view meanwhile: not sent
                item.code, item.reason = exc.code.value, exc.message[:300]
        item.sent = True
    if len(items) < limit:
        run.state = "released"
        return True
    return False


def undo(session: Session, agent: AgentPrincipal, run_id: str) -> pmac.MacroRun:
    run = session.get(MacroRunRow, run_id)
    if run is None or (run.by != agent.username and agent.role != "supervisor"):
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such run")
    if run.state == "undone":
        return view(session, run)
    if run.state != "holding" or run.release_at is None or as_utc(run.release_at) <= utcnow():
        raise ProtocolError(ErrorCode.CONFLICT, "too late to undo: the grace time is over")
    runner = repo_agents.get_agent(session, run.by) or agent
    for item in session.scalars(
        sa.select(MacroRunItem).where(MacroRunItem.run_id == run_id, MacroRunItem.state == "applied")
    ):
        before = item.before or {}
        conv = session.get(Conversation, item.conversation_id)
        if conv is not None and before:
            work = clock.work_of(session, conv)
            if work.team != before.get("team"):
                work.team = before.get("team")
            repo_conversations.update(session, runner, pm.UpdateParams(
                conversation_id=conv.id, status=before.get("status", UNSET),
                priority=before.get("priority", UNSET), tags=before.get("tags", UNSET),
                assignee=before.get("assignee"),
            ), repo_tickets.edit_ticket)
        item.state, item.reply = "reverted", None
    run.state = "undone"
    audit.record(session, agent.username, "macro.undo", run_id, {"macro": run.macro_name})
    return view(session, run)
