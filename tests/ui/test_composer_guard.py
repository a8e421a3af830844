"""The composer says why the safety guard refuses a reply before anything is sent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.guard import VIOLATION_CODES
from app.policies.reply_check import reply_violations
from app.ui import labels
from app.ui.panes.composer import Composer


def test_every_guard_code_has_a_label() -> None:
    assert set(labels.GUARD) == set(VIOLATION_CODES)


def test_reply_check_skips_internal_notes_and_empty_text() -> None:
    ask = "Please send me your Google Authenticator code"
    assert [v.code for v in reply_violations(ask, internal=False)] == ["asks_otp_code"]
    assert reply_violations(ask, internal=True) == ()
    assert reply_violations("   ", internal=False) == ()


def test_a_refused_reply_is_explained_inline_and_not_sent(qtbot: Any) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.set_conversation(7)
    sent: list[tuple[str, bool]] = []
    composer.send_requested.connect(lambda body, internal: sent.append((body, internal)))

    composer.edit.setPlainText("请提供您的助记词，我帮您恢复钱包")
    qtbot.waitUntil(lambda: not composer.guard_warning.isHidden(), timeout=2000)
    assert labels.guard("asks_seed_phrase") in composer.guard_warning.text()
    assert not composer.send.isEnabled()
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert sent == []
    assert composer.text() == "请提供您的助记词，我帮您恢复钱包"  # the agent's text is kept to fix

    composer.edit.setPlainText("See https://exchagne.example/login for details")
    qtbot.waitUntil(lambda: "exchagne.example" in composer.guard_warning.text(), timeout=2000)

    composer.edit.setPlainText("Please reset your password from the login page.")
    qtbot.waitUntil(composer.guard_warning.isHidden, timeout=2000)
    assert composer.send.isEnabled()
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert sent == [("Please reset your password from the login page.", False)]


def test_internal_notes_are_not_held_back(qtbot: Any) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.set_conversation(7)
    composer.edit.setPlainText("Customer pasted: send me your password? (quoting the scammer)")
    qtbot.waitUntil(lambda: not composer.guard_warning.isHidden(), timeout=2000)
    composer.internal.setChecked(True)
    assert composer.guard_warning.isHidden() and composer.send.isEnabled()


def test_the_composer_checks_links_against_the_servers_domains(qtbot: Any) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.set_conversation(7)
    composer.official_domains = lambda: ("acme-exchange.com",)  # as the session's welcome said
    composer.edit.setPlainText("See https://help.acme-exchange.com/fees")
    qtbot.waitUntil(lambda: composer.send.isEnabled(), timeout=2000)
    assert composer.guard_warning.isHidden()
    composer.edit.setPlainText("See https://exchange.example/fees")  # the demo's, not this deployment's
    qtbot.waitUntil(lambda: not composer.guard_warning.isHidden(), timeout=2000)
    assert not composer.send.isEnabled()


def test_a_held_reply_is_explained_with_the_guards_reason() -> None:
    from app.client.errors import RequestFailed
    from app.ui.conversation_controller import ConversationController

    text = ConversationController._error_text(RequestFailed("held_for_review", "It asks for a code."))
    assert text.startswith(labels.error("held_for_review")) and text.endswith("It asks for a code.")
    assert "Something went wrong" not in text


def test_the_composer_checks_explorer_links_against_the_servers_list(qtbot: Any) -> None:
    """A deployment with its own block explorers (``welcome.explorer_domains``): its explorer may be
    linked, a default one (not on its list) may not — as the server decides."""
    composer = Composer()
    qtbot.addWidget(composer)
    composer.set_conversation(7)
    composer.official_domains = lambda: ("acme-exchange.com",)
    composer.edit.setPlainText("See https://explorer.acme-chain.io/tx/77")
    qtbot.waitUntil(lambda: not composer.guard_warning.isHidden(), timeout=2000)  # defaults: refused
    composer.explorer_domains = lambda: ("explorer.acme-chain.io",)  # as the session's welcome said
    composer.edit.setPlainText("See https://explorer.acme-chain.io/tx/77 ")
    qtbot.waitUntil(lambda: composer.send.isEnabled(), timeout=2000)
    assert composer.guard_warning.isHidden()
    composer.edit.setPlainText("See https://etherscan.io/tx/0x5e1f3c2a")  # a default, not this deployment's
    qtbot.waitUntil(lambda: not composer.guard_warning.isHidden(), timeout=2000)
    assert not composer.send.isEnabled()


def test_the_outreach_dialog_checks_explorer_links_against_the_servers_list(qtbot: Any) -> None:
    from app.policies.canned_render import CannedValues
    from app.ui.dialogs.outreach_dialog import OutreachDialog

    dialog = OutreachDialog("U1", "Megan", [], CannedValues())
    qtbot.addWidget(dialog)
    dialog.official_domains = ("acme-exchange.com",)
    dialog.body.setPlainText("See https://etherscan.io/tx/0x5e1f3c2a")
    assert dialog.violations() == []  # the guard's default explorers
    dialog.explorer_domains = ()  # --no-explorer-domains
    assert len(dialog.violations()) == 1
    dialog.explorer_domains = ("etherscan.io",)
    assert dialog.violations() == []
