"""Issue 22, what an inbox row says at a glance — painted into an image and measured:

* urgency reads: two labelled timers (time left on the SLA, how long the customer waited) in the
  level's colour; an urgent VIP row's stripe is red, not gold; "Urgent" is a filled badge;
* Chinese unread rows are visibly bold (WenQuanYi has no bold face: a synthesised one);
* row heights come from the fonts' metrics (a 150 % text size, a taller fallback font);
* offline, the timers say "needs connection" instead of counting;
* the search's matches are highlighted.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from app.ui import fonts, i18n, theme
from app.ui.delegates.inbox_delegate import PAD, InboxDelegate, row_height
from app.ui.item_models.roles import InboxRole

NOW = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
WIDTH = 420


def row(**kw: Any) -> dict[int, Any]:
    values = {
        InboxRole.ID: 1, InboxRole.CHANNEL: "email", InboxRole.CUSTOMER_NAME: "Megan A***",
        InboxRole.UID: "7337889916", InboxRole.VIP_TIER: 0, InboxRole.PREVIEW: "Hello",
        InboxRole.UNREAD: 0, InboxRole.STATUS: "open", InboxRole.PRIORITY: "normal",
        InboxRole.ASSIGNEE: None, InboxRole.SLA_DUE: None, InboxRole.SLA_STARTED: None,
        InboxRole.WAITING_SINCE: None, InboxRole.SUBJECT: None, InboxRole.PREVIEW_AUTHOR: "customer",
    }
    values.update({getattr(InboxRole, k.upper()): v for k, v in kw.items()})
    return values


@pytest.fixture
def paint(qapp: QApplication) -> Any:
    i18n.install("en")
    theme.apply(qapp, "light", fonts.ui_font())
    model = QStandardItemModel()

    def painter(values: dict[int, Any], *, font: QFont | None = None, online: bool = True,
                search: str = "", selected: bool = False) -> tuple[QImage, InboxDelegate, int]:
        item = QStandardItem()
        for role, value in values.items():
            item.setData(value, role)
        model.clear()
        model.appendRow(item)
        delegate = InboxDelegate()
        delegate.now, delegate.online, delegate.search = NOW, online, search
        option = QStyleOptionViewItem()
        option.font = font or QApplication.font()
        height = delegate.sizeHint(option, model.index(0, 0)).height()
        option.rect = QRect(0, 0, WIDTH, height)
        image = QImage(WIDTH, height, QImage.Format.Format_ARGB32)
        image.fill(theme.color("panel"))
        p = QPainter(image)
        delegate.paint(p, option, model.index(0, 0))
        p.end()
        return image, delegate, height

    return painter


def count(image: QImage, colour: QColor, box: QRect | None = None, tolerance: int = 12) -> int:
    box = box or image.rect()
    n = 0
    for y in range(box.top(), box.bottom() + 1):
        for x in range(box.left(), box.right() + 1):
            c = QColor(image.pixel(x, y))
            diff = sum(abs(a - b) for a, b in zip(c.getRgb()[:3], colour.getRgb()[:3], strict=True))
            if diff <= tolerance:
                n += 1
    return n


def ink(image: QImage, box: QRect) -> int:
    background = QColor(theme.color("panel"))
    return sum(
        abs(QColor(image.pixel(x, y)).lightness() - background.lightness())
        for y in range(box.top(), box.bottom() + 1)
        for x in range(box.left(), box.right() + 1)
    )


def test_an_urgent_vip_row_has_a_red_stripe_and_a_filled_urgent_badge(paint: Any) -> None:
    image, _, height = paint(row(vip_tier=8, priority="urgent"))
    stripe = QColor(image.pixel(1, height // 2))
    assert stripe == theme.color("danger"), stripe.name()  # was the VIP gold
    third_line = QRect(PAD, height * 2 // 3, WIDTH - 2 * PAD, height // 3 - PAD // 2)
    assert count(image, theme.color("danger"), third_line) > 150  # a filled badge, not faint text
    vip_only, _, _ = paint(row(vip_tier=8))
    assert QColor(vip_only.pixel(1, height // 2)) == theme.color("vip_border")


def test_sla_left_and_waited_are_labelled_and_coloured(paint: Any) -> None:
    values = row(vip_tier=8, priority="urgent", sla_due=NOW + timedelta(hours=3, minutes=40),
                 sla_started=NOW - timedelta(minutes=30), waiting_since=NOW - timedelta(hours=19))
    image, delegate, _ = paint(values)
    urgency = delegate.urgency(values.get)
    assert delegate.sla_text(urgency) == ("3h 40m left", "ok")  # labelled, and not a calm grey
    assert delegate.wait_text(urgency) == ("waited 19h 00m", "warning")  # an email 19 h unanswered
    # antialiased text: pixels near the colour
    assert count(image, theme.color("ok"), tolerance=80) > 15
    assert count(image, theme.color("warning"), tolerance=80) > 15
    overdue = row(sla_due=NOW - timedelta(minutes=3))
    assert delegate.sla_text(delegate.urgency(overdue.get)) == ("overdue 3m", "danger")


def test_offline_the_timers_need_a_connection(paint: Any) -> None:
    values = row(sla_due=NOW + timedelta(minutes=3), waiting_since=NOW - timedelta(hours=2))
    _, delegate, _ = paint(values, online=False)
    urgency = delegate.urgency(values.get)
    assert delegate.sla_text(urgency) == ("needs connection", "muted")
    assert delegate.wait_text(urgency) == ("", "muted")


def test_chinese_unread_rows_are_visibly_bold(paint: Any) -> None:
    font = fonts.sized(QApplication.font(), 13)
    font.setFamilies(["WenQuanYi Micro Hei"])  # no bold face: Qt must synthesise one
    name = QRect(PAD + 26, PAD, 60, 16)
    read, _, _ = paint(row(customer_name="姚*然充值", unread=0), font=font)
    unread, _, _ = paint(row(customer_name="姚*然充值", unread=2), font=font)
    assert ink(unread, name) > ink(read, name) * 1.25


@pytest.mark.parametrize("pixels", [13, 20])
def test_row_height_comes_from_the_fonts_metrics(paint: Any, pixels: int) -> None:
    font = fonts.sized(QApplication.font(), pixels)
    _, _, height = paint(row(), font=font)
    assert height == row_height(font)
    needed = sum(fonts.line_height(f) for f in (fonts.weighted(font, QFont.Weight.Bold), font,
                                                  fonts.sized(font, fonts.scaled(pixels, 11))))
    assert height >= needed + 2 * PAD
    if pixels == 20:  # 150 % text: taller than the old fixed 62 px, so no line is clipped
        assert height > 62


def test_a_taller_fallback_font_makes_taller_rows(qapp: QApplication) -> None:
    latin = QFont()
    latin.setFamilies(["DejaVu Sans"])
    latin.setPixelSize(13)
    with_cjk = QFont(latin)
    with_cjk.setFamilies(["DejaVu Sans", "WenQuanYi Micro Hei"])
    cjk = QFont(latin)
    cjk.setFamilies(["WenQuanYi Micro Hei"])
    taller = max(fonts.line_height(latin), fonts.line_height(cjk))
    assert fonts.line_height(with_cjk) == taller  # the fallback's lines are counted
    assert row_height(with_cjk) >= row_height(latin)


def test_the_search_match_is_highlighted_in_the_row(paint: Any) -> None:
    values = row(preview="I forgot my password yesterday")
    plain, _, _ = paint(values)
    found, _, _ = paint(values, search="passw")
    highlight = theme.color("highlight")
    assert count(plain, highlight, tolerance=4) == 0
    assert count(found, highlight, tolerance=4) > 100


def test_a_match_beyond_the_rows_width_is_brought_into_view(paint: Any) -> None:
    long = "I changed my phone number and my email address this morning and now my withdrawal is stuck"
    found, _, _ = paint(row(preview=long), search="withdr")
    assert count(found, theme.color("highlight"), tolerance=4) > 60  # not elided away
