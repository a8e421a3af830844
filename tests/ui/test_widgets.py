"""Widgets on their own (no server): rendering protocol data, keys, dialogs, painting 100k rows."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem

from app.core.settings import Settings
from app.policies.canned_render import CannedValues
from app.protocol.types import (
    CannedReply,
    ConversationBrief,
    CustomerContext,
    Order,
    SecurityFlags,
    Transfer,
)
from app.store import InboxQuery
from app.ui import i18n, theme
from app.ui.async_bridge import AsyncBridge
from app.ui.delegates.inbox_delegate import InboxDelegate
from app.ui.dialogs.canned_picker import CannedPicker
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.item_models.inbox_model import InboxModel
from app.ui.panes.composer import Composer
from app.ui.panes.customer_pane import CustomerPane
from tests.ui.test_inbox_model import FakeStore

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def customer(**overrides: Any) -> CustomerContext:
    values: dict[str, Any] = dict(
        uid="5001234567",
        name="<b>Maria</b> G***",
        email="m***a@example.com",
        phone="+86 138****5678",
        revealed=False,
        language="en",
        registered_at=NOW - timedelta(days=400),
        kyc_level=2,
        kyc_status="rejected",
        kyc_rejection_reason="Document <i>blurry</i>",
        vip_tier=3,
        security=SecurityFlags(
            twofa_enabled=False, anti_phishing_code_set=True, withdrawals_locked=True, account_frozen=False
        ),
        account_manager="vera",
        volume_30d_usd="1234567.5",
        orders=[
            Order(
                order_id="o1",
                market="spot",
                symbol="BTC-USDT",
                side="buy",
                order_type="limit",
                price="60000",
                amount="0.5",
                filled="0.25",
                status="partially_filled",
                created_at=NOW,
            )
        ],
        deposits=[
            Transfer(
                transfer_id="d1",
                direction="deposit",
                asset="USDT",
                chain="TRC20",
                amount="100",
                address="T" * 34,
                tx_hash="0x" + "ab" * 32,
                status="pending",
                confirmations=3,
                required_confirmations=20,
                created_at=NOW,
            )
        ],
        conversations=[
            ConversationBrief(
                id=9, channel="email", status="resolved", created_at=NOW, subject="Old question"
            )
        ],
    )
    values.update(overrides)
    return CustomerContext(**values)


def test_customer_pane_renders_context_as_plain_text(qtbot: Any) -> None:
    i18n.install("en")
    pane = CustomerPane()
    qtbot.addWidget(pane)
    pane.show_customer(customer())
    assert pane.name.text() == "<b>Maria</b> G***"
    assert pane.name.textFormat() == Qt.TextFormat.PlainText
    assert pane.kyc_reason.text() == "Document <i>blurry</i>"
    assert pane.kyc_reason.textFormat() == Qt.TextFormat.PlainText
    assert pane.security_badges() == ["2FA off", "Anti-phishing code", "Withdrawals locked"]
    assert pane.fees.text().endswith("1,234,567.5")
    assert pane.reveal.isVisibleTo(pane)
    [deposit] = pane.activity.deposits.rows
    assert "0x" + "ab" * 32 in deposit.text()  # the whole hash, wrapping, never cut
    deposit.copies["tx_hash"].click()  # a visible Copy button
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "0x" + "ab" * 32
    assert "3/20 confirmations" in deposit.text()
    with qtbot.waitSignal(pane.reveal_requested) as blocker:
        pane.reveal.click()
    assert blocker.args == ["5001234567"]
    pane.show_customer(customer(revealed=True, email="maria.g@example.com"))
    assert not pane.reveal.isVisibleTo(pane)


def test_composer_keys_drafts_and_typing(qtbot: Any) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.set_conversation(7, "draft text")
    assert composer.text() == "draft text"
    sent: list[tuple[str, bool]] = []
    composer.send_requested.connect(lambda body, internal: sent.append((body, internal)))
    typing: list[bool] = []
    composer.typing_changed.connect(lambda _cid, active, _internal: typing.append(active))
    composer.edit.clear()
    QTest.keyClicks(composer.edit, "line one")
    QTest.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(composer.edit, "a/b stays")  # "/" inside a word is just a slash
    with qtbot.waitSignal(composer.canned_requested):
        QTest.keyClick(composer.edit, Qt.Key.Key_Space)
        QTest.keyClick(composer.edit, Qt.Key.Key_Slash)
    composer.internal.setChecked(True)
    QTest.keyClick(composer.edit, Qt.Key.Key_Enter)
    assert sent == [("line one\na/b stays", True)]
    assert typing == [True, False]
    with qtbot.waitSignal(composer.draft_changed) as blocker:
        QTest.keyClicks(composer.edit, "next draft")
    assert blocker.args == [7, "next draft"]


def test_canned_picker_filters_switches_language_and_fills(qtbot: Any) -> None:
    replies = [
        CannedReply(
            id=1,
            key="greet",
            category="account_login",
            shortcut="hi",
            titles={"en": "Greeting", "zh-CN": "问候"},
            bodies={
                "en": "Hello {customer_name}, I am {agent_name}.",
                "zh-CN": "{customer_name}您好，我是{agent_name}。",
            },
        ),
        CannedReply(
            id=2,
            key="kyc",
            category="kyc",
            shortcut="kycwhy",
            titles={"en": "Why KYC"},
            bodies={"en": "KYC protects UID {uid}."},
        ),
    ]
    values = CannedValues(customer_name="王*明", uid="5001", agent_name="Alice", customer_language="zh-CN")
    picker = CannedPicker(replies, values)
    qtbot.addWidget(picker)
    assert picker.zh_button.isChecked()
    assert picker.preview.toPlainText() == "尊敬的用户您好，我是Alice。"
    QTest.keyClicks(picker.filter, "kyc")
    assert picker.list.count() == 1
    assert picker.rendered_current() == "KYC protects UID 5001."  # no Chinese version: English
    picker.filter.clear()
    picker.en_button.click()
    picker.list.setCurrentRow(0)
    with qtbot.waitSignal(picker.picked) as blocker:
        QTest.keyClick(picker.filter, Qt.Key.Key_Return)
    assert blocker.args == ["Hello there, I am Alice."]


def test_settings_dialog_edits_settings(qtbot: Any) -> None:
    dialog = SettingsDialog(Settings(theme="light", idle_away_minutes=5))
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.idle.setValue(12)
    dialog.sound.setChecked(False)
    with qtbot.waitSignal(dialog.applied) as blocker:
        dialog.accept()
    chosen = blocker.args[0]
    assert (chosen.theme, chosen.idle_away_minutes, chosen.sound) == ("dark", 12, False)


def test_delegate_paints_rows_of_a_100k_inbox(qtbot: Any, loop: Any) -> None:
    model = InboxModel(FakeStore(100_000), AsyncBridge())
    model.set_query(InboxQuery())

    async def loaded() -> None:
        while not model.loaded:
            await asyncio.sleep(0.01)

    loop.run_until_complete(loaded())
    delegate = InboxDelegate()
    delegate.now = NOW
    option = QStyleOptionViewItem()
    height = delegate.sizeHint(option, model.index(0)).height()  # from the font's metrics
    image = QImage(400, height * 12, QImage.Format.Format_ARGB32)
    image.fill(theme.color("panel"))
    painter = QPainter(image)
    for row in range(12):
        option.rect = QRect(0, row * height, 400, height)
        index = model.index(row)
        assert delegate.sizeHint(option, index).height() == height  # one height for every row
        delegate.paint(painter, option, index)
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 400, 5) for y in range(0, height * 12, 5)}
    assert len(colours) > 10
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
