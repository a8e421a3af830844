"""What the guard remembers between calls, and ``forget()``: for tests that switch a rule off.

Why this exists: the guard keeps answers between calls for speed: ``functools`` caches
(``conversation._part``, ``label_value.label_kinds``, the word lists and models, ...) and one-entry
memos of the last text read (``textutil._last_lower``, ``fold._recent_inbound``/``_by_value``,
``seed_en._last_prefix``/``_last_flags``, ``label_scan.INBOUND``'s last scan, and
``inbound._last_kept``: the findings ``scan_inbound`` last kept,
which ``conversation.drop_public_values`` trusts instead of filtering an equal text again). They are
right while the rules are the shipped ones. A test that monkeypatches a rule off and scans leaves the
patched guard's answers in them after monkeypatch has put the rule back: after round 19's "each case
needs round 19" (the public filters off), a public handle ("the seller Mika_Z9 ...") fed in a
conversation was redacted, where a fresh process leaves it. ``tests/guard/conftest.py`` calls
``forget()`` around every guard test that uses monkeypatch.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

#: the one-entry memos (module, name) and the value that answers no text (their value at import)
LAST_ANSWERS: dict[tuple[str, str], object] = {
    ("app.guard.textutil", "_last_lower"): ("", ""),
    ("app.guard.inbound", "_last_kept"): ("", frozenset()),
    ("app.guard.seed_en", "_last_flags"): ("", b""),
    ("app.guard.seed_en", "_last_prefix"): None,
}
#: memos held in a module-level list or dict, emptied in place (the functions hold no other reference)
KEPT_FOLDS: tuple[tuple[str, str], ...] = (
    ("app.guard.fold", "_recent_inbound"),
    ("app.guard.fold", "_by_value"),
)


def _guard_modules() -> Iterator[tuple[str, Any]]:
    for name, module in list(sys.modules.items()):
        if module is not None and (name == "app.guard" or name.startswith("app.guard.")):
            yield name, module


def guard_caches() -> list[Callable[..., object]]:
    """Every ``functools`` cache defined at the top of a loaded ``app.guard`` module."""
    out: dict[int, Callable[..., object]] = {}
    for name, module in _guard_modules():
        for obj in vars(module).values():
            if callable(getattr(obj, "cache_clear", None)) and getattr(obj, "__module__", None) == name:
                out[id(obj)] = obj
    return list(out.values())


def last_answer_names() -> set[tuple[str, str]]:
    """The module-level ``_last_*`` memos of the loaded guard modules (``LAST_ANSWERS`` must name each)."""
    return {
        (name, attr)
        for name, module in _guard_modules()
        for attr, obj in vars(module).items()
        if attr.startswith("_last_") and not callable(obj)
    }


def forget() -> None:
    """Empty every cache and memo of the guard: the next call computes afresh with the rules in force."""
    for cache in guard_caches():
        cache.cache_clear()  # type: ignore[attr-defined]
    for (name, attr), value in LAST_ANSWERS.items():
        if (module := sys.modules.get(name)) is not None:
            setattr(module, attr, value)
    for name, attr in KEPT_FOLDS:
        if (module := sys.modules.get(name)) is not None:
            getattr(module, attr).clear()
    for table in label_tables():
        table._last = None  # the last text's shared label scan


def label_tables() -> list[Any]:
    """The module-level ``label_scan.LabelTable``s of the loaded guard modules (each keeps its last scan)."""
    label_scan = sys.modules.get("app.guard.label_scan")
    if label_scan is None:
        return []
    kind = label_scan.LabelTable
    tables = {id(o): o for _, m in _guard_modules() for o in vars(m).values() if isinstance(o, kind)}
    return list(tables.values())
