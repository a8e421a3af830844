"""The VIP client book (``vip.book``), its alerts (``vip.alert_ack``) and the changes that raise
them (``customer.set`` → ``record_customer_change``).

A book is small (a manager has tens of clients; every VIP at most a few thousand), so it is read
in a handful of grouped queries and sorted, searched and paged in Python — the masked name, which
is what a manager types, exists only in Python. Alerts are computed from the data on each read:
a pending withdrawal worth ``LARGE_WITHDRAWAL_USD`` or more (``prices.py``), a current withdrawal
lock, and recent rows of ``customer_changes`` (KYC, security flags, tier). An acknowledged alert
(``vip_alert_acks``) leaves the book for everyone who sees it.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.protocol import events as pe
from app.protocol import vip as pv
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit, prices, views
from app.server.cover import repo as repo_cover
from app.server.db.schema import Conversation, Customer, Message, Transfer
from app.server.masking import email_digest, mask_name
from app.server.principal import AgentPrincipal
from app.server.repos import repo_events
from app.server.timeutil import utcnow
from app.server.vip.schema import CustomerChange, VipAlertAck

PENDING_WITHDRAWAL = ("pending", "under_review", "confirming")
ALERT_WINDOW = timedelta(days=30)  # a change older than this is history, not an alert
WATCHED: dict[str, str] = {  # customer field -> alert kind
    "kyc_status": "kyc_changed",
    "kyc_level": "kyc_changed",
    "vip_tier": "tier_changed",
    "twofa_enabled": "security_flag_changed",
    "anti_phishing_code_set": "security_flag_changed",
    "account_frozen": "security_flag_changed",
    "withdrawals_locked": "security_flag_changed",  # locking shows as withdrawals_locked instead
}


def forbidden(message: str) -> ProtocolError:
    return ProtocolError(ErrorCode.FORBIDDEN, message)


# --- who may see what ----------------------------------------------------------------------------
def book_clause(agent: AgentPrincipal, manager: str | None) -> ColumnElement[bool]:
    """The customers of the book asked for: a manager's own; a supervisor's choice (default all VIP)."""
    if agent.role == "supervisor":
        if manager is not None:
            return sa.and_(Customer.vip_tier > 0, Customer.account_manager == manager)
        return Customer.vip_tier > 0
    if agent.role == "vip_manager" and manager in (None, agent.username):
        return sa.and_(Customer.vip_tier > 0, Customer.account_manager == agent.username)
    raise forbidden("the client book is for VIP managers and supervisors (a manager sees their own)")


def client_access(session: Session, agent: AgentPrincipal, customer: Customer) -> bool:
    """Notes and outreach: supervisors; the client's manager; the manager's backup while covering."""
    if agent.role == "supervisor":
        return True
    if agent.role != "vip_manager" or customer.account_manager is None:
        return False
    if customer.account_manager == agent.username:
        return True
    return customer.account_manager in repo_cover.covering_for(session, agent.username)


def client_or_raise(session: Session, agent: AgentPrincipal, uid: str) -> Customer:
    if agent.role not in ("vip_manager", "supervisor"):
        raise forbidden("this is for VIP managers and supervisors")
    customer = session.get(Customer, uid)
    if customer is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such customer")
    if not client_access(session, agent, customer):
        raise forbidden("this client is not in your book")
    return customer


# --- changes and alerts --------------------------------------------------------------------------
def _code(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def record_customer_change(
    session: Session, customer: Customer, field: str, value: object, by: str | None, now: datetime
) -> CustomerChange | None:
    """Set a watched field and write the change (None: it had that value already). Every writer of
    KYC, security flags or tier goes through here, so the book's alerts see every change."""
    if field not in WATCHED:
        raise ValueError(f"{field} is not a watched customer field")
    old = getattr(customer, field)
    if old == value:
        return None
    setattr(customer, field, value)
    row = CustomerChange(
        customer_uid=customer.uid,
        field=field,
        old_value=_code(old),
        new_value=_code(value),
        changed_by=by,
        at=now,
    )
    session.add(row)
    session.flush()
    return row


def change_alert(row: CustomerChange) -> pv.VipAlert | None:
    if row.field == "withdrawals_locked" and row.new_value == "true":
        return None  # the lock is a standing alert of its own (while it lasts)
    return pv.VipAlert(
        id=f"chg:{row.id}",
        kind=WATCHED[row.field],  # type: ignore[arg-type]
        at=row.at,
        detail={"field": row.field, "from": row.old_value or "", "to": row.new_value or ""},
    )


def alerts_for(session: Session, customers: list[Customer], now: datetime) -> dict[str, list[pv.VipAlert]]:
    uids = [c.uid for c in customers]
    out: dict[str, list[pv.VipAlert]] = {uid: [] for uid in uids}
    if not uids:
        return out
    acked = set(session.scalars(sa.select(VipAlertAck.alert_id).where(VipAlertAck.customer_uid.in_(uids))))
    for t in session.scalars(
        sa.select(Transfer).where(
            Transfer.customer_uid.in_(uids),
            Transfer.direction == "withdrawal",
            Transfer.status.in_(PENDING_WITHDRAWAL),
        )
    ):
        value = prices.usd_value(t.asset, t.amount)
        if value is not None and value >= prices.LARGE_WITHDRAWAL_USD:
            detail = {"asset": t.asset, "chain": t.chain, "amount": t.amount, "status": t.status}
            detail |= {"usd_value": format(value.quantize(1), "f"), "transfer_id": t.transfer_id}
            out[t.customer_uid].append(
                pv.VipAlert(
                    id=f"wd:{t.transfer_id}", kind="large_withdrawal_pending", at=t.created_at, detail=detail
                )
            )
    lock_change: dict[str, CustomerChange] = {}
    for row in session.scalars(
        sa.select(CustomerChange)
        .where(CustomerChange.customer_uid.in_(uids), CustomerChange.at >= now - ALERT_WINDOW)
        .order_by(CustomerChange.id)
    ):
        if row.field == "withdrawals_locked" and row.new_value == "true":
            lock_change[row.customer_uid] = row
        alert = change_alert(row)
        if alert is not None:
            out[row.customer_uid].append(alert)
    for c in customers:
        if c.withdrawals_locked:
            change = lock_change.get(c.uid)
            out[c.uid].append(
                pv.VipAlert(
                    id=f"lock:{c.uid}:{change.id if change else 0}",
                    kind="withdrawals_locked",
                    at=change.at if change else c.registered_at,
                    detail={"field": "withdrawals_locked", "to": "true"},
                )
            )
    return {
        uid: sorted((a for a in items if a.id not in acked), key=lambda a: a.at, reverse=True)
        for uid, items in out.items()
    }


def ack(session: Session, agent: AgentPrincipal, params: pv.AlertAckParams) -> pv.AlertAckResult:
    customer = session.get(Customer, params.uid)
    if customer is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such customer")
    if agent.role == "vip_manager" and customer.account_manager != agent.username:
        if not client_access(session, agent, customer):
            raise forbidden("this client is not in your book")
    elif agent.role not in ("vip_manager", "supervisor"):
        raise forbidden("alerts are for VIP managers and supervisors")
    current = {a.id for a in alerts_for(session, [customer], utcnow())[customer.uid]}
    done = [i for i in dict.fromkeys(params.alert_ids) if i in current]
    now = utcnow()
    session.add_all(
        VipAlertAck(alert_id=i, customer_uid=customer.uid, acked_by=agent.username, acked_at=now)
        for i in done
    )
    if done:
        audit.record(session, agent.username, "vip.alert_ack", customer.uid, {"alerts": done})
    return pv.AlertAckResult(acknowledged=done)


def announce_changes(
    session: Session, customer: Customer, rows: list[CustomerChange], actor: str, action: str, now: datetime,
    alerts: list[pv.VipAlert] | None = None,
) -> repo_events.StoredEvent:
    """Audit ``rows`` (changes :func:`record_customer_change` wrote), then ``customer.updated`` and a
    ``vip.alert`` per alert they raise (plus ``alerts``): ``customer.set`` and the exchange's signed
    account events (``app/server/hooks``) both end here."""
    changed = [r.field for r in rows]
    if rows:
        audit.record(
            session, actor, action, customer.uid,
            {"changed": {r.field: [r.old_value, r.new_value] for r in rows}},
        )
    summary = views.customer_summary(customer)
    tier = (customer.vip_tier, customer.account_manager)
    ev = repo_events.append_event(
        session,
        "customer.updated",
        pe.CustomerUpdated(customer=summary),
        customer_uid=customer.uid,
        customer_tier=tier,
    )
    raised = [a for a in (change_alert(r) for r in rows) if a is not None] + list(alerts or ())
    if customer.withdrawals_locked and "withdrawals_locked" in changed:
        raised += [
            a for a in alerts_for(session, [customer], now)[customer.uid] if a.kind == "withdrawals_locked"
        ]
    for alert in raised:
        ev = repo_events.append_event(
            session,
            "vip.alert",
            pv.VipAlertEvent(uid=customer.uid, alert=alert),
            customer_uid=customer.uid,
            customer_tier=tier,
        )
    return ev


# --- the book ------------------------------------------------------------------------------------
def _matches(c: Customer, needle: str) -> bool:
    if "@" in needle:
        return bool(c.email) and email_digest(c.email) == email_digest(needle)
    low = needle.lower()
    if len(low) == 64 and all(ch in "0123456789abcdef" for ch in low):
        return bool(c.email) and email_digest(c.email) == low
    return c.uid.startswith(needle) or low in mask_name(c.name).lower()


def _volume(row: pv.BookRow) -> float:
    try:
        return float(row.volume_30d_usd or 0)
    except ValueError:
        return 0.0


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SORTS = {
    "tier": lambda r: (-r.vip_tier, -_volume(r), r.uid),
    "volume": lambda r: (-_volume(r), r.uid),
    "last_contact": lambda r: (-(r.last_contact_at or _EPOCH).timestamp(), r.uid),
    "alerts": lambda r: (-len(r.alerts), -r.vip_tier, r.uid),
}


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        value = int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
        if not 0 <= value <= 1_000_000:
            raise ValueError
        return value
    except (ValueError, UnicodeDecodeError):
        raise ProtocolError(
            ErrorCode.BAD_REQUEST, "invalid params: cursor is not one this server gave"
        ) from None


def book(session: Session, agent: AgentPrincipal, params: pv.BookParams) -> pv.BookResult:
    clause = book_clause(agent, params.manager)
    customers = list(session.scalars(sa.select(Customer).where(clause, ~Customer.contact.has())))
    if params.search:
        needle = params.search.strip()
        customers = [c for c in customers if _matches(c, needle)]
    uids = [c.uid for c in customers]
    counts: dict[tuple[str, str], int] = {}
    last: dict[str, datetime] = {}
    if uids:
        counts = {
            (uid, ch): n
            for uid, ch, n in session.execute(
                sa.select(Conversation.customer_uid, Conversation.channel, sa.func.count())
                .where(Conversation.customer_uid.in_(uids), Conversation.status != "resolved")
                .group_by(Conversation.customer_uid, Conversation.channel)
            )
        }
        last = {
            uid: at
            for uid, at in session.execute(
                sa.select(Conversation.customer_uid, sa.func.max(Message.created_at))
                .join(Message, Message.conversation_id == Conversation.id)
                .where(
                    Conversation.customer_uid.in_(uids),
                    Message.internal.is_(False),
                    Message.author_kind.in_(("customer", "agent")),
                )
                .group_by(Conversation.customer_uid)
            )
        }
    alerts = alerts_for(session, customers, utcnow())
    rows = [
        pv.BookRow(
            uid=c.uid,
            name=mask_name(c.name),
            vip_tier=c.vip_tier,
            language=c.language,
            kyc_status=c.kyc_status,
            account_manager=c.account_manager,
            volume_30d_usd=c.volume_30d_usd,
            fee_tier=c.fee_tier,
            open_conversations=counts.get((c.uid, "chat"), 0) + counts.get((c.uid, "email"), 0),
            open_tickets=counts.get((c.uid, "ticket"), 0),
            pending_callbacks=counts.get((c.uid, "callback"), 0),
            last_contact_at=_aware(last.get(c.uid)),
            alerts=alerts[c.uid],
        )
        for c in customers
    ]
    rows.sort(key=SORTS[params.sort])
    start = _offset(params.cursor)
    page = rows[start : start + params.limit]
    more = start + params.limit < len(rows)
    cursor = (
        base64.urlsafe_b64encode(str(start + params.limit).encode()).decode().rstrip("=") if more else None
    )
    return pv.BookResult(clients=page, total=len(rows), next_cursor=cursor)


def _aware(value: datetime | str | None) -> datetime | None:
    """``max()`` over a UtcDateTime column comes back as the raw stored value on SQLite."""
    from app.server.timeutil import as_utc

    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return as_utc(value)


# --- customer.set (supervisors; the back office's stand-in) --------------------------------------
def set_customer(
    session: Session, agent: AgentPrincipal, params: pv.CustomerSetParams
) -> pv.CustomerSetResult:
    if agent.role != "supervisor":
        raise forbidden("only supervisors change customer records")
    customer = session.get(Customer, params.uid)
    if customer is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such customer")
    now = utcnow()
    rows = [
        row
        for field in WATCHED
        if getattr(params, field) is not None
        and (
            row := record_customer_change(
                session, customer, field, getattr(params, field), agent.username, now
            )
        )
    ]
    if not rows:
        return pv.CustomerSetResult(
            customer=views.customer_summary(customer), changed=[], seq=repo_events.head(session)
        )
    changed = [r.field for r in rows]
    ev = announce_changes(session, customer, rows, agent.username, "customer.set", now)
    summary = views.customer_summary(customer)
    return pv.CustomerSetResult(customer=summary, changed=changed, seq=ev.seq)
