"""Every visible string ships in Simplified Chinese, and the app really shows it.

The catalogue check re-runs ``pyside6-lupdate`` over ``app/ui`` into a copy of the committed .ts,
so a string added to the code but never translated fails here even if nobody ran the tool.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from app.ui import i18n, labels
from tools import update_translations as tool

ROOT = Path(__file__).resolve().parents[2]


def test_committed_catalogue_has_no_unfinished_or_empty_strings() -> None:
    assert tool.unfinished(tool.TS) == []
    assert tool.QM.exists() and tool.QM.stat().st_size > 1000


def test_every_string_in_the_code_is_translated(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copy(tool.TS, copy)
    subprocess.run(
        [
            tool.tool("pyside6-lupdate"),
            *tool.python_sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    missing = tool.unfinished(copy)
    assert missing == [], f"untranslated (run tools/update_translations.py and translate): {missing[:10]}"


def test_chinese_is_installed_and_used(qapp: Any) -> None:
    try:
        assert i18n.install("zh-CN") == "zh-CN"
        assert labels.status("open") == "处理中"
        assert labels.vip_tier(3) == "VIP3"
        from app.ui.panes.connection_indicator import ConnectionIndicator, ConnectionView

        indicator = ConnectionIndicator()
        indicator.set_view(ConnectionView("online"))
        assert indicator.text() == "● 在线"
        indicator.deleteLater()
    finally:
        i18n.install("en")
    assert labels.status("open") == "Open"


def test_language_follows_choice_then_system() -> None:
    assert i18n.resolve("zh-CN") == "zh-CN"
    assert i18n.resolve("en") == "en"
    assert i18n.resolve("system") in ("en", "zh-CN")


def test_the_servers_own_tags_are_shown_in_words_and_an_agents_as_typed(qapp: Any) -> None:
    from app.ui.widgets import TagStrip

    strip = TagStrip()
    try:
        strip.set_tags(["vip_mailbox_not_vip", "incident:12", "refund-2024"])
        assert strip.tags() == ["vip_mailbox_not_vip", "incident:12", "refund-2024"]  # values kept
        assert labels.tag("vip_mailbox_not_vip") == "VIP mailbox: not a VIP client"
        assert labels.tag("incident:12") == "Incident #12"
        assert "Incident #12" in strip.toolTip() and "refund-2024" in strip.toolTip()
        assert i18n.install("zh-CN") == "zh-CN"
        assert labels.tag("vip_mailbox") == "VIP 邮箱"
        assert labels.tag("incident:12") == "事件 #12"
        assert labels.tag("refund-2024") == "refund-2024"
    finally:
        i18n.install("en")
        strip.deleteLater()
