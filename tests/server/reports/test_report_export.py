"""A report from the real server, exported as CSV and XLSX by the desk's core
(app/core/report_table.py), reads back to the same figures; a username that looks like a formula
stays text; Chinese titles survive both formats."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
import zipfile
from datetime import UTC, datetime, timedelta

import msgspec

from app.core import report_table
from app.protocol.reports import ReportResult, ReportRow
from tests.server.reports.test_report_figures import DAYS, _iso, history
from tests.server.routing.support import floor, teams_file
from tests.support import report_history as hist
from tests.support.server import AgentClient

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
TITLES = {"key": "团队", "conversations": "会话数"}


async def _report(tmp_path) -> ReportResult:
    policy = teams_file(tmp_path, hours=hist.HOURS, tz=hist.ZONE)
    now = datetime.now(UTC)
    async with floor(tmp_path, customers=2, teams_policy_path=str(policy)) as server:
        await history(server, 2000, now)
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        since, until = now - timedelta(days=DAYS + 1), now + timedelta(minutes=1)
        raw = await sam.request("report.get", since=_iso(since), until=_iso(until), by="team")
        await sam.close()
    return msgspec.convert(raw, ReportResult)


def _number(text: str) -> float | None:
    return None if text == "" else float(text)


def _expected(result: ReportResult) -> list[list[report_table.Cell]]:
    return report_table.rows(result, "合计")


async def test_csv_and_xlsx_read_back_to_the_reports_figures(tmp_path):
    result = await _report(tmp_path)
    assert len(result.rows) == 4  # en, zh, vip and no team
    want = _expected(result)

    csv_path = tmp_path / "report.csv"
    report_table.export(csv_path, result, TITLES, "合计")
    lines = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert lines[0][:2] == ["团队", "会话数"] and lines[0][2:] == list(report_table.COLUMNS[2:])
    assert len(lines) == len(want) + 1
    for got, expected in zip(lines[1:], want, strict=True):
        assert got[0] == expected[0]
        assert [_number(v) for v in got[1:]] == [None if v is None else float(v) for v in expected[1:]]
    assert lines[-1][1] == str(result.total.conversations)

    xlsx_path = tmp_path / "report.xlsx"
    report_table.export(xlsx_path, result, TITLES, "合计")
    with zipfile.ZipFile(xlsx_path) as book:
        assert "xl/workbook.xml" in book.namelist()
        sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    cells: dict[str, str] = {}
    for c in sheet.iter(f"{{{NS['m']}}}c"):
        text = c.find("m:is/m:t", NS) if c.get("t") == "inlineStr" else c.find("m:v", NS)
        assert text is not None
        cells[c.get("r", "")] = text.text or ""
    assert cells["A1"] == "团队" and cells["B1"] == "会话数"
    for r, expected in enumerate(want, start=2):
        assert cells[f"A{r}"] == expected[0]
        for c, value in enumerate(expected[1:], start=1):
            ref = f"{report_table._column_name(c)}{r}"
            assert (ref not in cells) if value is None else float(cells[ref]) == float(value)


def test_rates_come_from_the_counts_and_a_formula_like_key_stays_text():
    row = ReportRow(key="=cmd()", conversations=10, sla_first_response_met=3, sla_first_response_due=4,
                    reopened=1, ever_resolved=5, csat_count=4, csat_sum=14, csat_satisfied=3)
    assert report_table.cell(row, "sla_first_response_rate") == 0.75
    assert report_table.cell(row, "reopen_rate") == 0.2
    assert report_table.cell(row, "csat_average") == 3.5
    assert report_table.cell(row, "sla_resolution_rate") is None  # nothing decided yet
    now = datetime.now(UTC)
    result = ReportResult(
        by="agent", since=now, until=now, rows=[row], total=row, generated_at=now, scope="all"
    )
    text = report_table.to_csv(result)
    assert "'=cmd()" in text and "\n=cmd()" not in text
