"""A macro as a form (issue 20): the supervisor's editor fills a :class:`MacroForm` (each field
empty for "leave as it is") and :func:`steps_of` turns it into the protocol's steps, in the one
order a macro applies them — reply, tags, priority, status, then assign or transfer (a transfer
last: it may hand the conversation to a team the runner cannot see). :func:`form_of` reads a
saved macro back. Problems come back as codes for the UI to word."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.protocol import macros as pmac

MAX_TAGS = 20


@dataclass
class MacroForm:
    name: str = ""
    canned_key: str | None = None
    status: str | None = None  # open | pending | resolved
    priority: str | None = None
    add_tags: list[str] = field(default_factory=list)
    remove_tags: list[str] = field(default_factory=list)
    assign: str | None = None  # a username; "" unassigns; None leaves it
    transfer_team: str | None = None
    transfer_note: str = ""


def parse_tags(text: str) -> list[str]:
    """``"kyc, chain delay"`` → ``["kyc", "chain delay"]`` (trimmed, no blanks, no repeats)."""
    return list(dict.fromkeys(t.strip() for t in text.replace("，", ",").split(",") if t.strip()))


def problems(form: MacroForm) -> list[str]:
    found = []
    if not form.name.strip():
        found.append("name_missing")
    if form.transfer_team and not form.transfer_note.strip():
        found.append("transfer_note_missing")
    if form.transfer_team and form.assign is not None:
        found.append("assign_and_transfer")
    if len(form.add_tags) > MAX_TAGS or len(form.remove_tags) > MAX_TAGS:
        found.append("too_many_tags")
    if not steps_of(form):
        found.append("no_steps")
    return found


def steps_of(form: MacroForm) -> list[pmac.MacroStep]:
    steps: list[pmac.MacroStep] = []
    if form.canned_key:
        steps.append(pmac.ReplyStep(canned_key=form.canned_key))
    if form.add_tags or form.remove_tags:
        steps.append(pmac.TagsStep(add=form.add_tags[:MAX_TAGS], remove=form.remove_tags[:MAX_TAGS]))
    if form.priority:
        steps.append(pmac.PriorityStep(priority=form.priority))  # type: ignore[arg-type]
    if form.status:
        steps.append(pmac.StatusStep(status=form.status))  # type: ignore[arg-type]
    if form.transfer_team:
        steps.append(pmac.TransferStep(team=form.transfer_team, note=form.transfer_note.strip()))
    elif form.assign is not None:
        steps.append(pmac.AssignStep(assignee=form.assign or None))
    return steps


def form_of(macro: pmac.Macro) -> MacroForm:
    form = MacroForm(name=macro.name)
    for step in macro.steps:
        match step:
            case pmac.ReplyStep(canned_key=key):
                form.canned_key = key
            case pmac.StatusStep(status=status):
                form.status = status
            case pmac.PriorityStep(priority=priority):
                form.priority = priority
            case pmac.TagsStep(add=add, remove=remove):
                form.add_tags, form.remove_tags = list(add), list(remove)
            case pmac.AssignStep(assignee=assignee):
                form.assign = assignee or ""
            case pmac.TransferStep(team=team, note=note):
                form.transfer_team, form.transfer_note = team, note
    return form
