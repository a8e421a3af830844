"""Issue 22: WCAG AA contrast (4.5:1) for all text in both themes, computed over the palettes.

Every rule of the style sheet that sets a text colour is checked: against the background the same
rule sets, or — when it sets none, the text sitting on whatever holds it — against every surface
text may sit on. Then everything the delegates paint (``theme.PAINTED_TEXT``). Disabled controls
are exempt (WCAG 1.4.3 excludes inactive components). The faint grey that failed (2.58:1) is the
anchor: before the fix this test fails on it.
"""

from __future__ import annotations

import re

import pytest

from app.ui import resources, theme

AA = 4.5


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    channels = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rules() -> list[tuple[str, dict[str, str]]]:
    sheet = re.sub(r"/\*.*?\*/", "", resources.read_text("themes", "base.qss"), flags=re.S)
    out = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        decls = dict(
            (k.strip(), v.strip()) for k, v in (d.split(":", 1) for d in body.split(";") if ":" in d)
        )
        out.append((" ".join(selector.split()), decls))
    return out


def token(value: str | None) -> str | None:
    match = re.fullmatch(r"@([a-z_]+)", value or "")
    return match.group(1) if match else None


def text_pairs() -> list[tuple[str, str, str]]:
    """(where, text token, background token) for every text colour the style sheet and the
    delegates use."""
    pairs = []
    for selector, decls in rules():
        if ":disabled" in selector:
            continue
        fg = token(decls.get("color"))
        if fg is None:
            continue
        bg = token(decls.get("background") or decls.get("background-color"))
        for surface in [bg] if bg else theme.SURFACES:
            pairs.append((selector, fg, surface))
        selected = token(decls.get("selection-color"))
        if selected:
            behind = token(decls.get("selection-background-color")) or "selection"
            pairs.append((selector + " (selected)", selected, behind))
    for fg, surfaces in theme.PAINTED_TEXT:
        pairs.extend(("painted", fg, s) for s in surfaces)
    # the application palette: text, placeholders and tooltips
    pairs += [("palette text", "text", s) for s in theme.SURFACES]
    pairs += [("placeholder", "faint", s) for s in ("input", "panel")]
    return pairs


@pytest.mark.parametrize("name", theme.THEMES)
def test_all_text_meets_wcag_aa(name: str) -> None:
    tokens = theme.load_tokens(name)
    failures = sorted(
        {
            f"{where}: @{fg} {tokens[fg]} on @{bg} {tokens[bg]} = {contrast(tokens[fg], tokens[bg]):.2f}"
            for where, fg, bg in text_pairs()
            if contrast(tokens[fg], tokens[bg]) < AA
        }
    )
    assert not failures, f"{name} theme, below {AA}:1:\n" + "\n".join(failures)


def test_the_check_covers_the_rules_that_colour_text() -> None:
    pairs = text_pairs()
    assert len(pairs) > 100
    for wanted in ("faint", "muted", "danger", "warning", "vip", "accent", "system_text"):
        assert any(fg == wanted for _, fg, _ in pairs), wanted
    # the anchor: the old faint grey on white
    assert contrast("#9aa2ae", "#ffffff") < AA
