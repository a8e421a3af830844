"""Deciding who gets a conversation, inside the transaction that writes it.

The rule: a VIP client's conversation goes to their account manager, then the manager's named
backup, then the VIP team; anything else to the team that matches its channel, the customer's
language and tier (the teams policy, first match in file order). Within a team: the least-loaded
member who is ``available`` and has room on that channel (load = open conversations of the channel
assigned to them; capacity from the policy), ties to whoever got work longest ago (round robin).
Nobody with room: the conversation waits in the team's queue (``queued_at``) for the queue job.

Never twice, also with several server nodes: before counting anyone's load, the candidates'
``routing_agents`` rows are locked (``SELECT ... FOR UPDATE``, in username order so two deciders
never wait on each other) and held until commit; the conversation row itself is locked by its
writer (a new row, or ``FOR UPDATE`` in the jobs). On SQLite the single writer (``BEGIN IMMEDIATE``)
does the same. Presence comes from the database (``routing/presence.py``), so every node decides
by the same facts.

Cover (``app/server/cover``) keeps working: while a manager is away or offline (or busy), the new
conversation is written to the cover log with where it went.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, object_session

from app.server.cover import repo as repo_cover
from app.server.db import log_lock, tx_memo, upsert
from app.server.db.schema import Agent, Conversation, Customer
from app.server.routing import clock, presence
from app.server.routing.policy import Team, TeamsPolicy
from app.server.routing.schema import AgentPresenceRow, AssignmentLog, ConversationWork, RoutingAgent

AUTO_CHANNELS = ("chat", "email", "ticket")
BUSY = "busy"  # a job's decision not taken: another transaction holds a candidate's routing row


@dataclass(frozen=True, slots=True)
class Decision:
    agent: str | None  # None: queued for ``team`` (or nowhere to go)
    team: str | None
    reason: str


def _insert_missing(session: Session, usernames: Sequence[str]) -> None:
    rows = [{"username": u} for u in usernames]
    session.execute(upsert.insert(session, RoutingAgent).values(rows).on_conflict_do_nothing())


def lock_agents(
    session: Session, usernames: Iterable[str], *, skip_locked: bool = False
) -> dict[str, RoutingAgent]:
    """Lock the routing rows of these agents (made if missing), in a fixed order. ``skip_locked``
    (the periodic jobs): rows another transaction holds are left out instead of waited for."""
    names = sorted(set(usernames))
    if not names:
        return {}
    ours: dict[str, RoutingAgent] = tx_memo.of(session).setdefault(_LOCKED, {})
    if all(n in ours for n in names):
        # this transaction locked them all already (an earlier opening of the batch, a burst of
        # new chats): they are ours to the commit, and these are the identity map's objects
        return {n: ours[n] for n in names}
    # The event log's lock first (PostgreSQL): a routing row is only ever waited for by a
    # transaction that holds the log's lock already, so no two writers can each hold one and wait
    # for the other (seen as "deadlock detected" when three nodes routed a storm of new chats:
    # tests/server/test_cluster_jobs.py). A job that must not wait takes it only if it is free.
    query = sa.select(RoutingAgent).order_by(RoutingAgent.username).with_for_update(skip_locked=skip_locked)
    first = query.where(RoutingAgent.username.in_(names))
    if skip_locked:
        if not log_lock.try_lock_log(session):
            return {}
    elif log_lock.needs_lock(session):
        # PostgreSQL: the log's lock in the same statement (one round trip, not two: issue 15, a
        # chat's opening on the writer). An uncorrelated EXISTS over the lock's CTE is a one-time
        # filter PostgreSQL evaluates before it reads (and locks) any routing row, so the order
        # log → routing rows holds (tests/server/routing/test_opening_statements.py checks the plan).
        first = first.where(sa.exists(sa.select(log_lock.lock_cte().c.locked)))
        log_lock.mark_locked(session)
    else:
        log_lock.lock_log(session)
    rows = {r.username: r for r in session.scalars(first)}
    missing = [n for n in names if n not in rows]
    if missing and skip_locked:  # rows that exist but were skipped: another transaction holds them
        exists = sa.select(RoutingAgent.username).where(RoutingAgent.username.in_(missing))
        held = set(session.scalars(exists))
        missing = [n for n in missing if n not in held]
    if missing:  # an agent's first assignment: their row is made (a racing node's insert waits for ours)
        _insert_missing(session, missing)
        rows |= {r.username: r for r in session.scalars(query.where(RoutingAgent.username.in_(missing)))}
    ours.update(rows)
    return rows


#: ``tx_memo``: the routing rows this transaction holds ``FOR UPDATE``, by username
_LOCKED = "routing_locked"
#: ``tx_memo``: loads counted ahead for one conversation's decision (:func:`counted_ahead`)
_AHEAD = "routing_loads_ahead"


def locked_names(session: Session) -> list[str]:
    """The agents whose routing rows this transaction holds already (an earlier decision of it)."""
    return sorted(tx_memo.of(session).get(_LOCKED, {}))


def counted_ahead(session: Session, conversation_id: int, channel: str, counts: dict[str, int]) -> None:
    """Loads of the agents :func:`locked_names` named, counted in another statement of the same
    request before ``conversation_id``'s decision (a new chat's ids drawn: ``repos/opening_write.py``):
    their routing rows were locked before that statement, and nothing between it and the decision
    writes a conversation, so :func:`loads` would count the same. Used once, by the next
    :func:`loads` for that conversation and channel; :func:`drop_ahead` forgets it otherwise."""
    tx_memo.of(session)[_AHEAD] = (conversation_id, channel, counts)


def drop_ahead(session: Session) -> None:
    tx_memo.drop(session, _AHEAD)


#: ``tx_memo.run``: the loads a run of chat openings carries from one decision to the next
#: (:func:`carry_loads`), by channel then username
_LEDGER = "routing_ledger"


def carry_loads(session: Session) -> None:
    """From now to the end of this run of requests (``tx_memo.run``), the loads :func:`loads` counts
    are kept and moved by each decision of the run (:func:`_write`: +1 for the agent it assigns a new
    conversation to), so the next opening's decision reads them instead of counting again (issue 15,
    pg17: a burst of chat openings; a further opening of the batch then has no read of its own).

    Why that is the count :func:`loads` would make: the names were counted after this transaction
    locked their routing rows (``lock_agents`` before ``loads`` in :func:`decide`), so no other
    writer's decision can assign them anything before the commit; the run holds only chat openings
    and messages to open chats (the caller, ``repo_messages.customer_send``, ends the carry —
    :func:`drop_carried` — on any other path, and the executor drops the run's memo at a request of
    another kind). What it does not see is a change no routing row guards, committed by another
    node in the run's few milliseconds (an agent resolving or taking a chat by hand): the same window
    as the loads counted with a new chat's ids (:func:`counted_ahead`) or the presence read once per
    transaction (:func:`active_agents_and_presence`), landing in the next transaction."""
    tx_memo.run(session).setdefault(_LEDGER, {})


def carries(session: Session, channel: str, names: Iterable[str]) -> bool:
    """Whether the loads carried in this run (:func:`carry_loads`) cover all ``names``."""
    ledger: dict[str, dict[str, int]] | None = tx_memo.in_run(session, _LEDGER)
    carried = ledger.get(channel) if ledger is not None else None
    return carried is not None and all(n in carried for n in names)


def drop_carried(session: Session) -> None:
    """Stop carrying loads (a request of the run took a path that may change one unseen)."""
    if tx_memo.in_run(session, _LEDGER) is not None:
        tx_memo.run(session).pop(_LEDGER, None)


def loads(
    session: Session, usernames: Iterable[str], channel: str, *, skip: int | None = None
) -> dict[str, int]:
    """Open conversations of ``channel`` assigned to each agent (``skip``: the one being placed)."""
    names = list(dict.fromkeys(usernames))
    if not names:
        return {}
    ledger: dict[str, dict[str, int]] | None = tx_memo.in_run(session, _LEDGER)
    carried = ledger.setdefault(channel, {}) if ledger is not None else None
    ahead = tx_memo.of(session).pop(_AHEAD, None)
    if ahead is not None and skip is not None and ahead[0] == skip and ahead[1] == channel:
        counts: dict[str, int] = ahead[2]
        if carried is not None:
            carried.update(counts)
        if all(n in counts for n in names):
            return {n: counts[n] for n in names}
    if carried is not None and all(n in carried for n in names):
        return {n: carried[n] for n in names}
    query = (
        sa.select(Conversation.assignee, sa.func.count())
        .where(
            Conversation.assignee.in_(names), Conversation.channel == channel, Conversation.status == "open"
        )
        .group_by(Conversation.assignee)
    )
    if skip is not None:
        query = query.where(Conversation.id != skip)
    found = {str(a): int(n) for a, n in session.execute(query)}
    counted = {n: found.get(n, 0) for n in names}
    if carried is not None:
        carried.update(counted)
    return counted


def active_agents(session: Session) -> list[tuple[str, str]]:
    return [
        (u, r)
        for u, r in session.execute(sa.select(Agent.username, Agent.role).where(Agent.active.is_(True)))
    ]


_AGENTS_AND_PRESENCE = (
    sa.select(Agent.username, Agent.role, AgentPresenceRow)
    .outerjoin(AgentPresenceRow, AgentPresenceRow.username == Agent.username)
    .where(Agent.active.is_(True))
)


_AgentsAndPresence = tuple[list[tuple[str, str]], dict[str, list[AgentPresenceRow]]]


def active_agents_and_presence(
    session: Session,
) -> tuple[list[tuple[str, str]], dict[str, list[AgentPresenceRow]]]:
    """:func:`active_agents` and every node's presence row of each, in one statement (they were
    two: issue 15, a chat's opening on the writer). Presence takes no routing lock — a node writes
    it without one — so reading it with the agents, before the routing rows are locked, sees
    what reading it after them could (a change racing the decision lands on either side).

    Read once per writer transaction (``db/tx_memo.py``): a batch of new chats decides one after
    another with what the first read, as one decision reads presence before it locks. This session's
    own writes of presence (``presence.record``, ``heartbeat``, ``node_stopped``) and of agents drop
    it; another node's change lands in the next transaction, as it would have a moment later."""
    memo = tx_memo.of(session)
    known: _AgentsAndPresence | None = memo.get(presence.MEMO_KEY)
    if known is not None:  # read by an earlier decision of this transaction (a burst of new chats)
        return list(known[0]), {u: list(r) for u, r in known[1].items()}
    agents: dict[str, str] = {}
    rows: dict[str, list[AgentPresenceRow]] = {}
    for username, role, row in session.execute(_AGENTS_AND_PRESENCE):
        agents.setdefault(username, role)
        found = rows.setdefault(username, [])
        if row is not None:
            found.append(row)
    memo[presence.MEMO_KEY] = (list(agents.items()), {u: list(r) for u, r in rows.items()})
    return list(agents.items()), rows


def _agents_changed(_mapper: object, _connection: object, target: Agent) -> None:
    """An agent was made, changed (deactivated, a new role) or removed in a session: the memo of
    active agents and presence (:func:`active_agents_and_presence`) is stale."""
    session = object_session(target)
    if session is not None:
        tx_memo.drop(session, presence.MEMO_KEY)


for _event in ("after_insert", "after_update", "after_delete"):
    sa.event.listen(Agent, _event, _agents_changed)


def _has_room(policy: TeamsPolicy, load: dict[str, int], username: str, channel: str) -> bool:
    return load.get(username, 0) < policy.capacity_of(username, channel)


def decide(
    session: Session,
    conv: Conversation,
    customer: Customer,
    now: datetime,
    *,
    reason: str,
    team: Team | None = None,
    exclude: Iterable[str] = (),
    vip_first: bool = True,
    skip_locked: bool = False,
) -> Decision:
    """Pick an agent for ``conv`` (see the module docstring) and write the choice: the assignee,
    the team, the queue mark and the assignment log. ``team`` forces a team (transfer,
    escalation); ``exclude`` leaves agents out (the absent owner of a re-routed chat).
    ``skip_locked`` (the periodic jobs, which hold the conversation's row already): when another
    transaction holds a candidate's routing row, nothing is decided or written (reason ``BUSY``)
    and the job tries again on its next pass. Waiting there could close a cycle with another
    node's writer that locked that routing row for a new chat and then wants this conversation's
    row for a message: a deadlock, broken by PostgreSQL only after ``deadlock_timeout`` (1 s) with
    every event of the cluster queued behind the writer's log lock."""
    policy = clock.teams_for(session)
    work = clock.work_of(session, conv)
    if policy is None:
        return Decision(conv.assignee, work.team, "off")
    if team is None:
        team = policy.teams.get(work.team or "") or policy.team_for(
            conv.channel, customer.language, customer.vip_tier
        )
    if team is not None:
        work.team = team.code
    skip = set(exclude)
    everyone, presence_rows = active_agents_and_presence(session)
    agents = [(u, r) for u, r in everyone if u not in skip]
    members = policy.members(team, agents) if team is not None else []
    vip = (
        vip_first
        and customer.vip_tier > 0
        and customer.account_manager is not None
        and customer.contact is None
    )
    manager = customer.account_manager if vip else None
    backup = repo_cover.backup_of(session, manager) if manager is not None else None
    known = {u for u, _ in agents}
    ladder = [n for n in (manager, backup) if n is not None and n in known]
    candidates = {*ladder, *members}
    locked = lock_agents(session, candidates, skip_locked=skip_locked)
    if skip_locked and len(locked) < len(candidates):
        return Decision(conv.assignee, work.team, BUSY)
    watched = [*locked, *([manager] if manager is not None and manager not in locked else [])]
    # the manager's too, even when left out (an inactive one's rows were not read with the agents)
    unread = [n for n in watched if n not in presence_rows]
    seen = presence.of_rows(session, [r for n in watched if n in presence_rows for r in presence_rows[n]],
                            watched, now)
    if unread:
        seen |= presence.effective(session, unread, now)
    load = loads(session, locked, conv.channel, skip=conv.id)

    def takes(name: str) -> bool:
        return seen[name].presence == presence.TAKES_WORK and _has_room(policy, load, name, conv.channel)

    chosen: str | None = None
    why = reason
    covered: repo_cover.CoverDecision | None = None
    if manager is not None:
        state = seen[manager].presence if manager in seen else "offline"
        if manager in locked and takes(manager):
            chosen, why = manager, "manager"
        elif backup is not None and backup in locked and takes(backup):
            chosen, why = backup, "backup"
        if state != presence.TAKES_WORK and backup is not None:
            covered = repo_cover.CoverDecision(
                manager, backup, None, COVER_REASONS.get(state, "manager_offline")
            )
    if chosen is None and members:
        room = [m for m in members if takes(m)]
        if room:
            chosen = min(room, key=lambda m: (load[m], _stamp(locked[m].last_assigned_at), m))
    decision = _write(session, conv, work, chosen, team, why, now, locked)
    if covered is not None:
        repo_cover.record(session, replace(covered, routed_to=chosen), conv, now)
    return decision


COVER_REASONS = {"away": "manager_away", "busy": "manager_busy", "offline": "manager_offline"}


def _stamp(value: datetime | None) -> float:
    return value.timestamp() if value is not None else float("-inf")


def _write(
    session: Session,
    conv: Conversation,
    work: ConversationWork,
    chosen: str | None,
    team: Team | None,
    reason: str,
    now: datetime,
    locked: dict[str, RoutingAgent],
) -> Decision:
    previous = conv.assignee
    conv.assignee = chosen
    _carry(session, conv, previous, chosen)
    work.routed_at = now
    work.queued_at = None if chosen is not None or team is None else (work.queued_at or now)
    if chosen is not None:
        locked[chosen].last_assigned_at = now
    session.add(
        AssignmentLog(
            conversation_id=conv.id,
            agent=chosen,
            previous=previous,
            team=team.code if team else None,
            reason=reason,
            at=now,
        )
    )
    return Decision(chosen, team.code if team else None, reason)


def _carry(session: Session, conv: Conversation, previous: str | None, chosen: str | None) -> None:
    """A decision moves the carried loads (:func:`carry_loads`): a new open conversation assigned
    adds one to its agent; anything else (a reassignment, a status not open) ends the carry."""
    ledger: dict[str, dict[str, int]] | None = tx_memo.in_run(session, _LEDGER)
    if ledger is None or chosen is None:
        return
    carried = ledger.get(conv.channel)
    if previous is not None or conv.status != "open" or carried is None or chosen not in carried:
        drop_carried(session)
        return
    carried[chosen] += 1


def keeps(session: Session, conv: Conversation, now: datetime) -> bool:
    """Whether a reopened conversation stays with its assignee (present: available or busy)."""
    if conv.assignee is None:
        return False
    return presence.effective(session, [conv.assignee], now)[conv.assignee].presence not in presence.ABSENT
