"""The supervisor's views in the real window against the real backend (demo data): the live floor
shows queues and agents, a click lists a queue's conversations and one is reassigned from there;
a report runs, fills the table and the chart, and exports a CSV that reads back; a low CSAT score
raises a desktop notification on the supervisor's desk (not on the agent's)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog

from app.core import report_table
from tests.support.server import AgentClient, CustomerClient
from tests.ui.helpers import until


def test_the_live_floor_lists_a_queue_and_reassigns_from_it(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("sam")
        window.supervisor.show_floor()
        dialog = window.supervisor.floor_dialog
        await until(lambda: dialog.queue_data and dialog.agent_data, what="the floor")
        assert dialog.queues.rowCount() == len(dialog.queue_data)
        busiest = max(range(len(dialog.queue_data)), key=lambda n: dialog.queue_data[n].open)
        assert dialog.queue_data[busiest].open > 0
        dialog.queues.cellClicked.emit(busiest, 0)
        await until(lambda: dialog.conversation_ids, what="the queue's conversations")
        cid = dialog.conversation_ids[0]
        dialog.conversations.selectRow(0)
        dialog.assignee.setCurrentIndex(dialog.assignee.findData("bob"))
        dialog.reassign_button.click()
        alice = await AgentClient.login(server.ws_url, "sam", "demo")
        for _ in range(100):
            conv = (await alice.request("conversation.get", conversation_id=cid))["conversation"]
            if conv["assignee"] == "bob":
                break
            await until(lambda: True)
        assert conv["assignee"] == "bob"
        await alice.close()
        dialog.reject()
        await until(lambda: window.supervisor.floor_dialog is None, what="closed")

    aio(body)


def test_a_report_fills_table_and_chart_and_exports_a_csv(
    open_desk: Any, aio: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    async def body() -> None:
        window = await open_desk("sam")
        window.supervisor.show_reports()
        dialog = window.supervisor.reports_dialog
        dialog.since.setDate(dialog.since.date().addDays(-365))
        dialog.by.setCurrentIndex(dialog.by.findData("channel"))
        dialog.run_button.click()
        await until(lambda: dialog.report is not None, timeout=30, what="the report")
        result = dialog.report
        assert result.total.conversations > 0 and {r.key for r in result.rows} <= {"chat", "email", "ticket",
                                                                                   "callback"}
        assert dialog.table.rowCount() == len(result.rows) + 1
        assert dialog.table.item(len(result.rows), 0).text() == "Total"
        assert len(dialog.chart.bars) == len(result.rows)
        target = tmp_path / "out.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
        dialog.export_button.click()
        await until(target.exists, what="the CSV")
        lines = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
        assert lines[0][0] == "Group" and lines[-1][0] == "Total"
        assert int(lines[-1][1]) == result.total.conversations
        assert len(lines) == len(report_table.rows(result)) + 1

    aio(body)


def test_a_low_score_alerts_the_supervisor(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("sam")
        window.attention.is_active = lambda: False
        service = window.attention.service
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        snapshot = await alice.request("inbox.snapshot", limit=500)
        conv = next(c for c in snapshot["conversations"]
                    if c["channel"] == "chat" and c["status"] == "open" and not c["customer"]["vip_tier"])
        token = server.mint_customer_token(conv["customer"]["uid"])
        customer = await CustomerClient.connect(server.ws_url, token)
        await alice.request("conversation.update", conversation_id=conv["id"], status="resolved")
        await customer.wait_for(
            lambda f: f.get("type") == "csat_prompt" and f["conversation_id"] == conv["id"]
        )
        await customer.ws.send(json.dumps({"type": "csat_answer", "conversation_id": conv["id"], "score": 1,
                                           "comment": "Nobody answered my question"}))
        await until(lambda: any(t == "Low satisfaction score: 1/5" for t, _x, _v in service.notifications),
                    what="the alert")
        text = next(x for t, x, _v in service.notifications if t == "Low satisfaction score: 1/5")
        assert "Nobody answered my question" in text
        assert window.csat.alerted[-1].rating.conversation_id == conv["id"]
        await customer.close()
        await alice.close()

    aio(body)


def test_a_macro_runs_on_a_selection_and_is_undone_from_the_desk(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        canned = (await sam.request("canned.list"))["replies"][0]["key"]
        steps = [{"kind": "reply", "canned_key": canned}, {"kind": "priority", "priority": "urgent"}]
        await sam.request("macro.save", name="Urgent with a reply", steps=steps)
        window = await open_desk("alice")
        pane = window.inbox
        pane.list.selectAll()
        chosen = pane.selected_ids()[:2]
        pane.list.clearSelection()
        for cid in chosen:
            index = window.inbox_model.index(window.inbox_model.row_of(cid))
            pane.list.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)
        assert sorted(pane.selected_ids()) == sorted(chosen)
        before = {c: (await sam.request("conversation.get", conversation_id=c))["conversation"]["priority"]
                  for c in chosen}
        window.macros.open()
        dialog = window.macros.dialog
        await until(lambda: dialog.macros, what="the macros")
        assert "Urgent with a reply" in dialog.choice.currentText()
        dialog.run_button.click()
        await until(lambda: dialog.undo_button.isEnabled(), timeout=30, what="the grace time")
        assert "2 of 2 done" in dialog.progress.text()
        dialog.undo_button.click()
        await until(lambda: window.macros.tracked.finished, timeout=30, what="undone")
        assert window.macros.tracked.run.state == "undone"
        for cid in chosen:
            conv = (await sam.request("conversation.get", conversation_id=cid))["conversation"]
            assert conv["priority"] == before[cid]
        await sam.close()

    aio(body)


def test_a_supervisor_makes_a_macro_in_the_editor(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("sam")
        await until(lambda: window.desk.canned, what="canned replies")
        window.macros.edit({"en": "English"})
        editor = window.macros.editor
        editor.save_button.click()  # an empty form is refused with the reasons
        assert "name" in editor.message.text()
        editor.name.setText("Chain delay")
        editor.reply.setCurrentIndex(1)
        editor.add_tags.setText("chain_delay, waiting")
        editor.status.setCurrentIndex(editor.status.findData("pending"))
        editor.save_button.click()
        await until(lambda: editor.macros, what="the saved macro listed")
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        [macro] = (await sam.request("macros.list"))["macros"]
        assert macro["name"] == "Chain delay"
        assert [s["kind"] for s in macro["steps"]] == ["reply", "tags", "status"]
        assert macro["steps"][1]["add"] == ["chain_delay", "waiting"]
        editor.delete_button.click()
        for _ in range(100):
            if not (await sam.request("macros.list"))["macros"]:
                break
            await until(lambda: True)
        assert (await sam.request("macros.list"))["macros"] == []
        await sam.close()

    aio(body)
