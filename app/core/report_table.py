"""A report as a table and as files (issue 20): the columns the desk shows, the rates derived
from the raw counts, and CSV and XLSX export.

Rates are derived here, once, from the counts the server sends (so a total is never an average of
averages). The column titles come from the caller (the UI translates them); without them the
field names are used. XLSX is written with the standard library (an Office Open XML workbook of
one sheet, inline strings, numbers as numbers): no spreadsheet dependency for one sheet of figures.
Cells that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@`` first) are written
with a leading apostrophe in CSV: a username never becomes a formula.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from app.protocol.reports import ReportResult, ReportRow

Cell = str | int | float | None

#: the columns, in order: a field of ``ReportRow`` or a derived rate (``*_rate``, ``csat_average``)
COLUMNS: tuple[str, ...] = (
    "key", "conversations", "resolved",
    "first_response_median", "first_response_p90", "resolution_median", "resolution_p90",
    "sla_first_response_rate", "sla_resolution_rate", "reopen_rate", "csat_average", "csat_satisfied_rate",
    "csat_count",
)


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def cell(row: ReportRow, column: str) -> Cell:
    """One figure: seconds for durations, a share (0–1) for rates, null when there is nothing."""
    derived: dict[str, Cell] = {
        "sla_first_response_rate": _rate(row.sla_first_response_met, row.sla_first_response_due),
        "sla_resolution_rate": _rate(row.sla_resolution_met, row.sla_resolution_due),
        "reopen_rate": _rate(row.reopened, row.ever_resolved),
        "csat_average": round(row.csat_sum / row.csat_count, 2) if row.csat_count else None,
        "csat_satisfied_rate": _rate(row.csat_satisfied, row.csat_count),
    }
    if column in derived:
        return derived[column]
    value = getattr(row, column)
    return value if isinstance(value, (str, int, float)) or value is None else str(value)


def rows(result: ReportResult, total_label: str = "total") -> list[list[Cell]]:
    """The body: a row per key (an empty key as ``—``), then the total."""
    out = [[r.key or "—", *(cell(r, c) for c in COLUMNS[1:])] for r in result.rows]
    out.append([total_label, *(cell(result.total, c) for c in COLUMNS[1:])])
    return out


def _header(titles: Mapping[str, str] | None) -> list[str]:
    return [(titles or {}).get(c, c) for c in COLUMNS]


def _safe(value: Cell) -> Cell:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def to_csv(result: ReportResult, titles: Mapping[str, str] | None = None, total_label: str = "total") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_header(titles))
    for line in rows(result, total_label):
        writer.writerow(["" if v is None else _safe(v) for v in line])
    return buffer.getvalue()


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _sheet(lines: Sequence[Sequence[Cell]]) -> str:
    out = []
    for r, line in enumerate(lines, start=1):
        cells = []
        for c, value in enumerate(line):
            ref = f"{_column_name(c)}{r}"
            if value is None:
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                text = escape(str(value))
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(out)}</sheetData></worksheet>"
    )


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)


def _workbook(sheet_name: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{escape(sheet_name[:31])}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )


def to_xlsx(
    result: ReportResult, titles: Mapping[str, str] | None = None, total_label: str = "total",
    sheet_name: str = "Report",
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/workbook.xml", _workbook(sheet_name))
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        book.writestr("xl/worksheets/sheet1.xml", _sheet([_header(titles), *rows(result, total_label)]))
    return buffer.getvalue()


def export(path: Path, result: ReportResult, titles: Mapping[str, str] | None = None,
           total_label: str = "total") -> None:
    """Write ``path`` as CSV or XLSX by its suffix (``.xlsx``; anything else is CSV, UTF-8 with a
    BOM so spreadsheet programs read Chinese team names right)."""
    if path.suffix.lower() == ".xlsx":
        path.write_bytes(to_xlsx(result, titles, total_label))
    else:
        path.write_text(to_csv(result, titles, total_label), encoding="utf-8-sig", newline="")
