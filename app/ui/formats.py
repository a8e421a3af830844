"""Durations, dates, times and amounts as the agent reads them, in the agent's zone and language.

Split from :mod:`app.ui.labels` (codes turned into words): these turn *values* into text. The
strings keep the ``Labels`` translation context, so the shipped translations apply unchanged.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from app.policies.sla_clock import Remaining


def duration(r: Remaining) -> str:
    """Compact ``45s``, ``12m``, ``1h 05m``, ``2d 3h`` with translated units."""
    if r.days:
        text = (
            QCoreApplication.translate("Labels", "%1d %2h")
            .replace("%1", str(r.days))
            .replace("%2", str(r.hours))
        )
    elif r.hours:
        text = (
            QCoreApplication.translate("Labels", "%1h %2m")
            .replace("%1", str(r.hours))
            .replace("%2", f"{r.minutes:02d}")
        )
    elif r.minutes:
        text = QCoreApplication.translate("Labels", "%1m").replace("%1", str(r.minutes))
    else:
        text = QCoreApplication.translate("Labels", "%1s").replace("%1", str(r.seconds))
    return text


def due_in(r: Remaining) -> str:
    """``due in 12m`` or ``overdue 3m``."""
    if r.overdue:
        return QCoreApplication.translate("Labels", "overdue %1").replace("%1", duration(r))
    return QCoreApplication.translate("Labels", "due in %1").replace("%1", duration(r))


def sla_left(r: Remaining) -> str:
    """The SLA timer of an inbox row: ``12m left`` or ``overdue 3m``."""
    if r.overdue:
        return QCoreApplication.translate("Labels", "overdue %1").replace("%1", duration(r))
    return QCoreApplication.translate("Labels", "%1 left").replace("%1", duration(r))


def sla_paused(r: Remaining) -> str:
    """The SLA timer of a pending or snoozed row: the clock stopped with ``3h 40m`` left."""
    return QCoreApplication.translate("Labels", "paused, %1 left").replace("%1", duration(r))


def waited(r: Remaining) -> str:
    """How long the customer has waited for an answer: ``waited 3h 40m``."""
    return QCoreApplication.translate("Labels", "waited %1").replace("%1", duration(r))


def timer_offline() -> str:
    """A row's timer while the desk is not connected (its data may be out of date)."""
    return QCoreApplication.translate("Labels", "needs connection")


# --- dates and times: in the agent's zone, the year when it is not this year, UTC on hover ------
_zone: QTimeZone | None = None  # tests pin a zone; None: the computer's


def set_zone(zone: QTimeZone | None) -> None:
    global _zone
    _zone = zone


def _qdt(moment: datetime) -> QDateTime:
    utc = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc())
    return utc.toTimeZone(_zone) if _zone is not None else utc.toLocalTime()


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def _this_year(moment: QDateTime) -> bool:
    now = QDateTime.currentDateTimeUtc()
    now = now.toTimeZone(_zone) if _zone is not None else now.toLocalTime()
    return moment.date().year() == now.date().year()


def zone_label(moment: datetime | None = None) -> str:
    """The agent's zone as an offset: ``UTC+8``, ``UTC-4:30``, ``UTC``."""
    when = _qdt(moment) if moment else _qdt(datetime.now(UTC))
    seconds = when.offsetFromUtc()
    if seconds == 0:
        return "UTC"
    sign = "+" if seconds > 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    return f"UTC{sign}{hours}" + (f":{rest // 60:02d}" if rest else "")


def date(moment: datetime | None) -> str:
    """A date, with the year: ``4 Dec 2026`` (``2026年12月4日``)."""
    if not moment:
        return ""
    return QLocale().toString(_qdt(moment).date(), "yyyy年M月d日" if _chinese() else "d MMM yyyy")


def date_time(moment: datetime | None) -> str:
    """A date and time in the agent's zone: ``4 Dec 08:02``, the year only when not this year
    (``4 Dec 2025 08:02``). The zone is on the status bar and, with UTC, in :func:`utc_hover`."""
    if not moment:
        return ""
    local = _qdt(moment)
    if _chinese():
        pattern = "M月d日 HH:mm" if _this_year(local) else "yyyy年M月d日 HH:mm"
    else:
        pattern = "d MMM HH:mm" if _this_year(local) else "d MMM yyyy HH:mm"
    return QLocale().toString(local, pattern)


def clock(moment: datetime | None) -> str:
    """``14:05`` (today's messages in the thread)."""
    return QLocale().toString(_qdt(moment).time(), "HH:mm") if moment else ""


def short_time(moment: datetime | None) -> str:
    """``11-23 19:05``, ``2025-11-23 19:05`` when not this year: compact, for tables."""
    if not moment:
        return ""
    local = _qdt(moment)
    return QLocale().toString(local, "MM-dd HH:mm" if _this_year(local) else "yyyy-MM-dd HH:mm")


def utc_hover(moment: datetime | None) -> str:
    """The tooltip of a time: the full local time with its zone, and the same moment in UTC
    (customers quote "16:00 UTC")."""
    if not moment:
        return ""
    local = QLocale().toString(_qdt(moment), "yyyy-MM-dd HH:mm:ss")
    utc = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc())
    return f"{local} ({zone_label(moment)})\n{QLocale().toString(utc, 'yyyy-MM-dd HH:mm:ss')} UTC"


def amount(text: str | None) -> str:
    """A decimal string from the server with grouping (``836,047,300.92``); unchanged if not a number."""
    if not text:
        return ""
    try:
        value = float(text)
    except ValueError:
        return text
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return QLocale().toString(value, "f", min(decimals, 8))
