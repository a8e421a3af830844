"""Turns scenarios plus customer data into concrete, timed conversation threads.

The thread shape follows the conversation status so the inbox looks lived-in:
"open" threads end with the customer waiting (some with no agent reply yet),
"pending" ones end with the agent waiting on the customer, "snoozed" ones carry
an internal note and a reminder, "resolved" ones close the loop. Timestamps are
offsets from ``now`` so SLA timers tick meaningfully in a live demo.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

from app.demo.data.agents import AGENT_NAME_ZH, AGENTS_BY_USERNAME
from app.demo.data.customers import given_name
from app.demo.data.facts import Facts, Scenario, Script, mask_email, money
from app.demo.data.models import DemoConversation, DemoCustomer, DemoMessage
from app.demo.data.scenarios_account import ACCOUNT_SCENARIOS
from app.demo.data.scenarios_funds import FUNDS_SCENARIOS
from app.demo.data.scenarios_trading import TRADING_SCENARIOS
from app.protocol import notes

Note = tuple[str, tuple[tuple[str, str], ...]]  # a system line's code and arguments

SCENARIOS: dict[str, Scenario] = {
    s.name: s for s in (*FUNDS_SCENARIOS, *ACCOUNT_SCENARIOS, *TRADING_SCENARIOS)
}

# How many threads of each scenario to generate (81 in total).
PLAN: tuple[tuple[str, int], ...] = (
    ("deposit_delay", 8),
    ("deposit_failed", 4),
    ("withdrawal_delay", 7),
    ("large_withdrawal", 4),
    ("withdrawals_locked", 4),
    ("p2p_dispute", 3),
    ("kyc_rejected", 6),
    ("kyc_pending", 4),
    ("kyc_expired", 2),
    ("twofa_lost", 5),
    ("login_locked", 4),
    ("account_frozen", 2),
    ("phishing_report", 3),
    ("account_compromise", 2),
    ("futures_liquidation", 5),
    ("partial_fill", 4),
    ("fees_question", 4),
    ("promotion_reward", 4),
    ("vip_api_limit", 3),
    ("stop_not_triggered", 3),
)

# VIP-only scenarios alternate between managers so both books have live threads.
MANAGER_ROTATION = ("vera", "victor")

# The first thread of these scenarios is always a phone callback (emergency line).
FORCED_CALLBACK = frozenset({"account_compromise"})

# Shapes used in order for a scenario before the shared pool is drawn from, so
# the demo always has a brand-new VIP escalation and an untouched emergency.
FORCED_SHAPES: dict[str, tuple[str, ...]] = {
    "large_withdrawal": ("new", "open", "snoozed", "pending"),
    "vip_api_limit": ("new", "resolved", "open"),
    "account_compromise": ("new", "open"),
}

# "new" = open and awaiting first response; the other shapes map 1:1 to statuses.
SHAPE_COUNTS: dict[str, int] = {"new": 16, "open": 20, "pending": 15, "snoozed": 9, "resolved": 21}

# Age of the thread in minutes, per shape.
AGE_MINUTES: dict[str, tuple[int, int]] = {
    "new": (2, 55),
    "open": (12, 8 * 60),
    "pending": (60, 2 * 24 * 60),
    "snoozed": (2 * 60, 3 * 24 * 60),
    "resolved": (5 * 60, 4 * 24 * 60),
}

PRIORITY_BUMP = {"low": "normal", "normal": "high", "high": "high", "urgent": "urgent"}


def _common_facts(c: DemoCustomer) -> Facts:
    manager = AGENTS_BY_USERNAME.get(c.account_manager or "")
    return {
        "name": c.name,
        "first": given_name(c),
        "uid": c.uid,
        "tier": f"VIP{c.vip_tier}" if c.vip_tier else "regular",
        "fee_tier": c.fee_tier,
        "volume": money(Decimal(c.volume_30d_usd)),
        "email_masked": mask_email(c.email),
        "manager_first": manager.display_name.split()[0] if manager else "",
    }


class _Thread:
    """Accumulates messages as (author_kind, author, body, internal, gap_seconds, note); ``note``
    is a system line's (code, arguments), see app/protocol/notes.py."""

    def __init__(self, rng: random.Random, channel: str) -> None:
        self.rng = rng
        self.slow = channel in ("email", "ticket")
        self.items: list[tuple[str, str | None, str, bool, int, Note | None]] = []

    def add(self, kind: str, author: str | None, body: str, internal: bool = False) -> None:
        self._add(kind, author, body, internal, None)

    def system(self, body: str, code: str, **args: str) -> None:
        """A system line: its English ``body``, and the note code and arguments it stands for."""
        notes.check(code, args)
        self._add("system", None, body, False, (code, tuple(sorted(args.items()))))

    def _add(self, kind: str, author: str | None, body: str, internal: bool, note: Note | None) -> None:
        rng = self.rng
        if not self.items:
            gap = 0
        elif kind == "system":
            gap = rng.randint(3, 30)
        elif internal:
            gap = rng.randint(30, 240)
        elif self.slow:
            gap = rng.randint(20 * 60, 6 * 3600)
        elif kind == self.items[-1][0]:
            gap = rng.randint(10, 70)
        else:
            gap = rng.randint(40, 420)
        self.items.append((kind, author, body, internal, gap, note))

    def render(self, created: datetime, now: datetime) -> tuple[DemoMessage, ...]:
        total = sum(item[4] for item in self.items)
        budget = max(int((now - created).total_seconds()) - 20, len(self.items))
        factor = min(1.0, budget / total) if total else 1.0
        at = created
        messages = []
        for i, (kind, author, body, internal, gap, note) in enumerate(self.items):
            if i:
                at += timedelta(seconds=max(1, int(gap * factor)))
            code, args = note if note is not None else (None, ())
            messages.append(DemoMessage(kind, author, body, internal, at, code, args))
        return tuple(messages)


def _agent_body(
    body: str, *, lang: str, channel: str, first_reply: bool, agent: str, facts: Facts, vip: bool
) -> str:
    display = AGENTS_BY_USERNAME[agent].display_name
    zh_name = AGENT_NAME_ZH[agent]
    if channel in ("email", "ticket"):
        if lang == "zh-CN":
            team = "VIP客户经理" if vip else "客户服务中心"
            return f"尊敬的{facts['name']}，您好：\n\n{body}\n\n{zh_name}\n{team}"
        team = "VIP Account Manager" if vip else "Customer Support"
        return f"Dear {facts['first']},\n\n{body}\n\nKind regards,\n{display}\n{team}"
    if not first_reply:
        return body
    if lang == "zh-CN":
        if vip:
            return f"{facts['name']}您好，我是您的专属客户经理{zh_name}。{body}"
        return f"您好，我是客服{zh_name}，很高兴为您服务。{body}"
    if vip:
        return f"Hi {facts['first']}, {body}"
    return f"Hi {facts['first']}, this is {display.split()[0]} from support. {body}"


def _customer_opening(script: Script, *, lang: str, channel: str, facts: Facts) -> list[str]:
    lines = [line.format(**facts) for line in script.opening]
    if channel not in ("email", "ticket"):
        return lines
    joined = "\n\n".join(lines)
    # Messages addressed to a named manager already open with a greeting.
    greeted = joined.startswith(("Hi ", "Hello")) or "你好，" in joined[:12]
    if lang == "zh-CN":
        greeting = "" if greeted else "您好，\n\n"
        return [f"{greeting}{joined}\n\nUID：{facts['uid']}\n{facts['name']}"]
    greeting = "" if greeted else "Hello,\n\n"
    return [f"{greeting}{joined}\n\nUID: {facts['uid']}\nThanks,\n{facts['name']}"]


def _subject(script: Script, *, lang: str, channel: str, facts: Facts, rng: random.Random) -> str | None:
    if channel == "chat":
        return None
    subject = script.subject.format(**facts)
    if channel == "callback" and "callback" not in subject.lower() and "回电" not in subject:
        return ("回电请求：" if lang == "zh-CN" else "Callback request: ") + subject
    if channel == "email" and rng.random() < 0.5:
        return f"[UID {facts['uid']}] {subject}"
    return subject


def _record_time(customer: DemoCustomer, picked: Facts) -> datetime | None:
    """When the transfer or order a thread quotes was created, if it quotes one."""
    for t in customer.transfers:
        if t.tx_hash == picked.get("tx"):
            return t.created_at
    for o in customer.orders:
        if o.order_id == picked.get("order_id"):
            return o.created_at
    return None


def _build_one(
    scenario: Scenario,
    shape: str,
    customer: DemoCustomer,
    picked: Facts,
    rng: random.Random,
    now: datetime,
    *,
    first_of_kind: bool = False,
) -> DemoConversation:
    lang = customer.language
    vip = customer.vip_tier > 0
    script = scenario.zh if lang == "zh-CN" else scenario.en
    facts = {**_common_facts(customer), **picked}

    channel = rng.choice(scenario.channels)
    if first_of_kind and scenario.name in FORCED_CALLBACK:
        channel = "callback"
    if channel == "callback" and not (vip or scenario.priority == "urgent"):
        channel = "chat"  # phone support is only for VIPs and emergencies
    regular_agent = "bob" if lang == "zh-CN" else "alice"
    if shape == "new":
        if vip:
            # The first new thread of a VIP-only scenario always waits in the shared VIP queue.
            queued = first_of_kind and scenario.vip_only
            assignee = customer.account_manager if not queued and rng.random() < 0.3 else None
        else:
            assignee = None if rng.random() < 0.6 else regular_agent
    else:
        assignee = customer.account_manager if vip else regular_agent

    thread = _Thread(rng, channel)
    for line in _customer_opening(script, lang=lang, channel=channel, facts=facts):
        thread.add("customer", None, line)
    if shape != "new":
        assert assignee is not None
        agent = assignee

        def say(text: str, first: bool = False) -> None:
            body = _agent_body(
                text.format(**facts),
                lang=lang,
                channel=channel,
                first_reply=first,
                agent=agent,
                facts=facts,
                vip=vip,
            )
            thread.add("agent", agent, body)

        if channel == "callback":
            phone = f"{customer.phone[:5]}****{customer.phone[-3:]}"
            thread.system(
                f"Callback requested from the app; phone on file {phone}.",
                notes.CALLBACK_REQUESTED_IN_APP,
                phone_masked=phone,
            )
        who = "VIP manager" if vip else "agent"
        name = AGENTS_BY_USERNAME[agent].display_name
        thread.system(
            f"Assigned to {who} {name}.",
            notes.ASSIGNED_VIP_MANAGER if vip else notes.ASSIGNED_AGENT,
            agent_name=name,
        )
        say(script.reply, first=True)
        thread.add("customer", None, script.info.format(**facts))
        with_note = shape == "snoozed" or rng.random() < 0.4
        if with_note:
            note_author = "sam" if scenario.note_by_supervisor else agent
            thread.add("agent", note_author, scenario.note.format(**facts), internal=True)
        if shape == "pending":
            say(script.ask)
        elif shape == "snoozed":
            say(script.snooze)
        elif shape == "resolved":
            say(script.resolve)
            thread.add("customer", None, script.thanks.format(**facts))
            thread.system(f"Marked as resolved by {name}.", notes.RESOLVED, agent_name=name)

    age = timedelta(minutes=rng.randint(*AGE_MINUTES[shape]), seconds=rng.randint(0, 59))
    anchor = _record_time(customer, picked)
    if anchor is not None and age > now - anchor - timedelta(minutes=2):
        # A thread can't start before the deposit/withdrawal/order it is about.
        age = (now - anchor - timedelta(minutes=2)) * rng.uniform(0.3, 0.9)
        age = timedelta(seconds=int(age.total_seconds()))
    created = now - age
    priority = scenario.priority
    if vip and customer.vip_tier >= 3:
        priority = PRIORITY_BUMP[priority]
    snoozed_until = None
    if shape == "snoozed":
        snoozed_until = now + timedelta(minutes=rng.randint(30, 20 * 60))
    return DemoConversation(
        key="",
        customer_uid=customer.uid,
        channel=channel,
        subject=_subject(script, lang=lang, channel=channel, facts=facts, rng=rng),
        status="open" if shape == "new" else shape,
        priority=priority,
        assignee=assignee,
        tags=scenario.tags + (("vip",) if vip else ()),
        created_at=created,
        snoozed_until=snoozed_until,
        messages=thread.render(created, now),
    )


def build_conversations(
    customers: tuple[DemoCustomer, ...], rng: random.Random, now: datetime
) -> tuple[DemoConversation, ...]:
    """Generate all demo threads; keys are assigned in chronological order."""
    pool = [shape for shape, n in SHAPE_COUNTS.items() for _ in range(n)]
    rng.shuffle(pool)
    used: set[str] = set()
    built: list[DemoConversation] = []
    # Scenarios with the fewest allowed shapes go first so the pool can satisfy them.
    plan = sorted(PLAN, key=lambda item: len(SCENARIOS[item[0]].statuses))
    for name, count in plan:
        scenario = SCENARIOS[name]
        forced = FORCED_SHAPES.get(name, ())
        for i in range(count):
            if i < len(forced):
                shape = forced[i]
                if shape in pool:
                    pool.remove(shape)
            else:
                shape = next((s for s in pool if s in scenario.statuses), scenario.statuses[0])
                if shape in pool:
                    pool.remove(shape)
            want_vip = scenario.vip_only or rng.random() < 0.22
            candidates: list[tuple[DemoCustomer, Facts]] = []
            for c in customers:
                if c.uid in used or (scenario.vip_only and not c.vip_tier):
                    continue
                if shape != "new" and c.vip_tier and c.account_manager is None:
                    continue  # nobody could have replied to a manager-less VIP yet
                picked = scenario.picker(c, shape == "resolved", rng)
                if picked is not None:
                    candidates.append((c, picked))
            if scenario.vip_only:
                manager = MANAGER_ROTATION[i % len(MANAGER_ROTATION)]
                preferred = [item for item in candidates if item[0].account_manager == manager]
            else:
                preferred = [item for item in candidates if bool(item[0].vip_tier) == want_vip]
            choices = preferred or candidates
            if not choices:
                continue
            customer, picked = rng.choice(choices)
            used.add(customer.uid)
            built.append(_build_one(scenario, shape, customer, picked, rng, now, first_of_kind=i == 0))
    built.sort(key=lambda conv: (conv.created_at, conv.customer_uid))
    return tuple(replace(conv, key=f"c{i:03d}") for i, conv in enumerate(built, 1))
