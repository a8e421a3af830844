"""Issue 22, widget by widget: the customer's activity never clips (order ids, a withdrawal's
network and destination, hashes with a visible Copy), the client book's money and headers whole
with more rows, dates in the agent's zone with the year when needed and UTC on hover, the KYC
reason in Chinese, the palette's shortcut column, the F1 list without scrolling, and an honest
sign-in dialog (Remember me without a keyring; the address in a connection error; fields that a
two-line error does not squash)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, Qt, QTimeZone
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from app.client import KeyringStatus
from app.protocol.types import Order, Transfer
from app.protocol.vip import BookRow, VipAlert
from app.ui import commands, formats, i18n, labels
from app.ui.dialogs.command_palette import CommandPalette
from app.ui.dialogs.help_dialog import HelpDialog
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.item_models.book_model import COLUMNS, BookModel
from app.ui.panes.book_pane import BookPane
from app.ui.panes.customer_activity import CustomerActivity
from app.ui.panes.customer_pane import CustomerPane
from tests.ui.test_widgets import customer

NOW = datetime.now(UTC).replace(microsecond=0)
HASH = "0x9f3c" + "ab12" * 15


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Any:
    i18n.install("en")
    yield
    i18n.install("en")
    formats.set_zone(None)


def test_activity_shows_order_ids_withdrawal_network_and_destination_without_clipping(qtbot: Any) -> None:
    activity = CustomerActivity()
    qtbot.addWidget(activity)
    activity.resize(330, 600)  # the customer panel at its narrowest
    activity.show_orders([Order(
        order_id="2194216478655511953", market="futures", symbol="ETH-USDT-SWAP", side="sell",
        order_type="market", price="3348.29", amount="12.5", filled="12.5", status="liquidated",
        created_at=NOW - timedelta(days=400),
    )])
    withdrawal = Transfer(
        transfer_id="w1", direction="withdrawal", asset="USDT", chain="TRC20", amount="250000",
        address="TQxo9L" + "a" * 28, tx_hash=HASH, status="under_review", confirmations=0,
        required_confirmations=20, created_at=NOW,
    )
    activity.show_transfers([], [withdrawal])
    activity.show()
    qtbot.waitExposed(activity)
    [order] = activity.orders.rows
    text = order.text()
    assert "2194216478655511953" in text and "liquidated" in text  # not "liq…", not in a tooltip
    assert str((NOW - timedelta(days=400)).astimezone().year) in text  # the year of an old order
    activity.setCurrentIndex(2)
    [row] = activity.withdrawals.rows
    text = row.text()
    assert "Network TRC20" in text and "To TQxo9L" + "a" * 28 in text and HASH in text
    assert "250,000 USDT" in text and "under review" in text
    for label in row.findChildren(type(row.grid.itemAt(0).widget())):
        assert label.width() <= row.width()  # wrapped inside the row, never cut at its edge
    copy = row.copies["tx_hash"]
    assert copy.isVisibleTo(activity) and copy.text() == "Copy"  # a visible action, not a double-click
    copy.click()
    assert QGuiApplication.clipboard().text() == HASH


def test_client_book_money_and_headers_are_whole_and_alerts_bounded(qtbot: Any) -> None:
    model = BookModel()
    pane = BookPane(model)
    qtbot.addWidget(pane)
    pane.resize(1200, 420)
    alert = VipAlert(id="a1", kind="large_withdrawal_pending", at=NOW,
                     detail={"amount": "250000", "asset": "USDT"})
    model.set_rows([BookRow(uid=f"73378899{i:02d}", name=f"Megan A*** {i}", vip_tier=8, language="en",
                            kyc_status="approved", volume_30d_usd="836047300.92", fee_tier="VIP8",
                            open_conversations=3, last_contact_at=NOW, alerts=[alert] * 3)
                    for i in range(20)], total=20)
    pane.show()
    qtbot.waitExposed(pane)
    table, header = pane.table, pane.table.horizontalHeader()
    fm = table.fontMetrics()
    volume = [key for key, _ in COLUMNS].index("volume")
    assert table.columnWidth(volume) >= fm.horizontalAdvance("836,047,300.92")  # not "836,047,30…"
    for section in range(model.columnCount()):
        title = model.headerData(section, header.orientation())
        assert header.sectionSize(section) >= header.fontMetrics().horizontalAdvance(title), title
    alerts = [key for key, _ in COLUMNS].index("alerts")
    assert table.columnWidth(alerts) < pane.width() // 3  # alerts do not take the width
    visible = table.viewport().height() // table.rowHeight(0)
    assert visible >= 10  # more than six rows in the same height
    assert pane.preferred_height() >= table.rowHeight(0) * 12


def test_dates_in_the_agents_zone_year_when_needed_utc_on_hover() -> None:
    formats.set_zone(QTimeZone(QByteArray(b"Asia/Shanghai")))
    this_year = datetime(NOW.year, 3, 4, 8, 2, tzinfo=UTC)
    assert formats.date_time(this_year) == "4 Mar 16:02"  # not "3/4/26 8:02 AM"
    old = datetime(NOW.year - 1, 12, 4, 0, 2, tzinfo=UTC)
    assert formats.date_time(old) == f"4 Dec {NOW.year - 1} 08:02"
    assert formats.short_time(old) == f"{NOW.year - 1}-12-04 08:02"
    assert formats.zone_label(this_year) == "UTC+8"
    assert formats.utc_hover(this_year) == (
        f"{NOW.year}-03-04 16:02:00 (UTC+8)\n{NOW.year}-03-04 08:02:00 UTC"
    )
    i18n.install("zh-CN")
    assert formats.date_time(old) == f"{NOW.year - 1}年12月4日 08:02"


def test_the_kyc_rejection_reason_is_translated_in_the_chinese_ui(qtbot: Any) -> None:
    i18n.install("zh-CN")
    pane = CustomerPane()
    qtbot.addWidget(pane)
    pane.show_customer(customer(kyc_rejection_reason="Address on proof does not match the address entered"))
    assert pane.kyc_reason.text() == "地址证明与填写的地址不一致"
    pane.show_customer(customer(kyc_rejection_reason="A reason this desk does not know"))
    assert pane.kyc_reason.text() == "A reason this desk does not know"  # shown as it came


def actions(window: QMainWindow) -> list[QAction]:
    handlers = {spec.key: (lambda: None) for spec in commands.SPECS}
    return list(commands.build(window, handlers, views=["all", "mine", "unassigned", "vip"]).values())


def test_palette_shortcuts_stand_in_one_aligned_column(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    palette = CommandPalette(actions(window), window)
    palette.show()
    qtbot.waitExposed(palette)
    tree = palette.list
    rects = [tree.visualItemRect(tree.topLevelItem(i)) for i in range(tree.topLevelItemCount())]
    column_x = tree.header().sectionPosition(1)
    assert all(tree.topLevelItem(i).text(1) == "" or tree.header().sectionSize(1) >= tree.fontMetrics()
               .horizontalAdvance(tree.topLevelItem(i).text(1)) for i in range(len(rects)))
    assert column_x > tree.width() // 2  # the shortcuts form a column at the right, not ragged after a tab
    assert ("Command palette…", "Ctrl+K") in palette.rows()
    palette.close()


def test_the_f1_list_fits_without_scrolling(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = HelpDialog(actions(window), window)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() <= max(screen.height(), 720)
    for table in dialog.tables:
        assert not table.verticalScrollBar().isVisible()
        last = table.rowCount() - 1
        assert table.visualItemRect(table.item(last, 0)).bottom() <= table.viewport().height()
    assert dict(dialog.shortcut_rows())["Next conversation"] == "Ctrl+Down"
    dialog.close()


def test_remember_me_is_honest_without_a_keyring(qtbot: Any) -> None:
    dialog = LoginDialog("wss://desk.example/agent", "alice", keyring=KeyringStatus(
        available=False, backend="keyring.backends.fail.Keyring", problem="no_keyring",
        hint="linux_secret_service"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isChecked() and not dialog.remember.isEnabled()
    assert dialog.keyring_note.isVisibleTo(dialog)  # said on screen, not only in a tooltip
    assert "No system keyring" in dialog.keyring_note.text()
    ok = LoginDialog("wss://desk.example/agent", "alice", keyring=KeyringStatus(available=True, backend="x"))
    qtbot.addWidget(ok)
    assert ok.remember.isChecked() and ok.remember.isEnabled() and ok.keyring_note.isHidden()


def test_a_connection_error_names_the_address_and_does_not_squash_the_fields(qtbot: Any) -> None:
    address = "wss://desk.example.com:8443/agent"
    assert labels.sign_in_error("unreachable", address) == f"Cannot reach the server.\nAddress: {address}"
    assert labels.sign_in_error("bad_credentials", address) == "Wrong username or password."
    dialog = LoginDialog(address, "alice")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.show_error(labels.sign_in_error("unreachable", address))
    qtbot.wait(50)
    assert dialog.height() > before  # the dialog grew
    for field in (dialog.server, dialog.username, dialog.password):
        assert field.height() >= field.sizeHint().height()  # nothing squashed


def test_the_canned_picker_shows_whole_titles_and_no_vip_intro_for_a_regular_customer(qtbot: Any) -> None:
    from app.policies.canned_render import CannedValues
    from app.ui.dialogs.canned_picker import CannedPicker
    from tests.policies.test_canned_offer import demo_replies

    replies = demo_replies()
    regular = CannedPicker(replies, CannedValues(customer_language="en", vip_tier=0))
    qtbot.addWidget(regular)
    regular.show()
    qtbot.waitExposed(regular)
    shown = [regular.list.item(i).text() for i in range(regular.list.count())]
    assert not any("VIP:" in text for text in shown)  # "VIP: introduce the dedicated account manager"
    longest = max((r.titles["en"] for r in replies if "VIP" not in r.titles["en"]), key=len)
    item = next(regular.list.item(i) for i in range(regular.list.count())
                if regular.list.item(i).text().startswith(longest))
    assert item.text().split("\n")[0] == longest  # the whole title, never cut by the list
    rect = regular.list.visualItemRect(item)
    lines = regular.list.fontMetrics().boundingRect(
        rect.adjusted(0, 0, -8, 0), int(Qt.TextFlag.TextWordWrap), item.text()).height()
    assert rect.height() >= lines  # wrapped within its row
    vip = CannedPicker(replies, CannedValues(customer_language="en", vip_tier=5))
    qtbot.addWidget(vip)
    assert any("VIP:" in vip.list.item(i).text() for i in range(vip.list.count()))
