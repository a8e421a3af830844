"""Reports (issue 20): a period and a dimension, the figures as a table and a chart, CSV and XLSX
export. The figures and rates come from :mod:`app.core.report_table` (rates derived once from
the server's counts); this dialog renders them and forwards gestures."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import report_table
from app.policies.sla_clock import split_seconds
from app.protocol.reports import ReportResult
from app.ui import formats
from app.ui.widgets_bar_chart import BarChart


def _day(day: QDate) -> date:
    """``QDate.toPython`` is typed ``object``; the fields are plain ints."""
    return date(day.year(), day.month(), day.day())


class ReportsDialog(QDialog):
    run_requested = Signal(object, object, str)  # since, until (aware UTC), dimension
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportsDialog")
        self.setWindowTitle(self.tr("Reports"))
        self.resize(1000, 680)
        self.report: ReportResult | None = None
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-29))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
        self.by = QComboBox()
        for code, title in self.dimensions().items():
            self.by.addItem(title, code)
        self.run_button = QPushButton(self.tr("Run report"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setEnabled(False)
        self.status = QLabel()
        self.table = QTableWidget(0, len(report_table.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.titles()[c] for c in report_table.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart_title = QLabel(self.tr("Conversations"))
        self.chart = BarChart()
        self.run_button.clicked.connect(self._run)
        self.export_button.clicked.connect(self.export_requested)
        controls = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.since, QLabel(self.tr("To")), self.until,
                       QLabel(self.tr("By")), self.by, self.run_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart)
        layout.addWidget(buttons)

    def dimensions(self) -> dict[str, str]:
        return {"team": self.tr("Team"), "agent": self.tr("Agent"), "channel": self.tr("Channel"),
                "vip_tier": self.tr("VIP tier"), "topic": self.tr("FAQ topic")}

    def titles(self) -> dict[str, str]:
        """Column titles (also the export's header row)."""
        return {
            "key": self.tr("Group"), "conversations": self.tr("Conversations"),
            "resolved": self.tr("Resolved"),
            "first_response_median": self.tr("First response (median)"),
            "first_response_p90": self.tr("First response (p90)"),
            "resolution_median": self.tr("Resolution (median)"),
            "resolution_p90": self.tr("Resolution (p90)"),
            "sla_first_response_rate": self.tr("First response SLA met"),
            "sla_resolution_rate": self.tr("Resolution SLA met"), "reopen_rate": self.tr("Reopen rate"),
            "csat_average": self.tr("CSAT (average)"), "csat_satisfied_rate": self.tr("CSAT satisfied"),
            "csat_count": self.tr("CSAT answers"),
        }

    def total_label(self) -> str:
        return self.tr("Total")

    def period(self) -> tuple[datetime, datetime]:
        """The chosen days in the desk's time zone, as UTC instants (``until``: the end of its day)."""
        zone = datetime.now().astimezone().tzinfo
        start = datetime.combine(_day(self.since.date()), time(0), tzinfo=zone)
        end = datetime.combine(_day(self.until.date()), time(0), tzinfo=zone) + timedelta(days=1)
        return start.astimezone(UTC), end.astimezone(UTC)

    def _run(self) -> None:
        since, until = self.period()
        self.status.setText(self.tr("Running…"))
        self.run_button.setEnabled(False)
        self.run_requested.emit(since, until, str(self.by.currentData()))

    def show_error(self, text: str) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(text)

    def show_result(self, result: ReportResult) -> None:
        self.report = result
        self.run_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("%1 conversations · generated %2")
                            .replace("%1", str(result.total.conversations))
                            .replace("%2", formats.date_time(result.generated_at)))
        body = report_table.rows(result, self.total_label())
        self.table.setRowCount(len(body))
        for row, line in enumerate(body):
            for column, (name, value) in enumerate(zip(report_table.COLUMNS, line, strict=True)):
                self.table.setItem(row, column, QTableWidgetItem(self._cell(name, value)))
        self.chart.set_bars(
            [(r.key or "—", float(r.conversations), str(r.conversations)) for r in result.rows]
        )

    @staticmethod
    def _cell(name: str, value: report_table.Cell) -> str:
        if value is None:
            return "—"
        if name.endswith(("_median", "_p90")):
            return formats.duration(split_seconds(float(value)))
        if name.endswith("_rate"):
            return f"{float(value) * 100:.1f}%"
        return str(value)
