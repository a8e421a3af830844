"""Macros on the selected conversations (issue 20): lists the macros, runs the chosen one with a
run id of the desk's (``app.policies.macro_run``), follows ``macro.progress`` signals, asks again
with the same run id after a reconnect (the server starts nothing twice), and undoes on request
while the grace time lasts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.client import ConnectionStatus
from app.policies.macro_form import MacroForm, steps_of
from app.policies.macro_run import TrackedRun, new_run
from app.protocol import macros as pmac
from app.protocol import methods as pm
from app.ui import labels
from app.ui.desk import Desk
from app.ui.dialogs.macro_dialog import MacroDialog
from app.ui.dialogs.macro_editor import MacroEditor


class MacroController(QObject):
    def __init__(
        self, desk: Desk, window: QWidget, selected: Callable[[], list[int]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.window = window
        self.selected = selected
        self.dialog: MacroDialog | None = None
        self.editor: MacroEditor | None = None
        self.tracked: TrackedRun | None = None
        self._ids: list[int] = []
        desk.desk_signal.connect(self._on_signal)
        desk.came_online.connect(self._ask_again)

    def open(self) -> None:
        self._ids = self.selected()[: pmac.MAX_SELECTION]
        if not self._ids:
            return
        dialog = MacroDialog(len(self._ids), self.window)
        dialog.run_requested.connect(self._run)
        dialog.undo_requested.connect(self._undo)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        self.desk.bridge.run(
            self.desk.session.call(pmac.MACROS_LIST, pm.Empty()),
            done=lambda result: dialog.show_macros(result.macros),
            guard=dialog,
            name="macros.list",
        )

    def _error(self, exc: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.show_error(labels.error(getattr(exc, "code", None) or "internal"))

    def _run(self, macro_id: int) -> None:
        self.tracked = TrackedRun(new_run(macro_id, self._ids))
        self._ask_again()

    def _ask_again(self) -> None:
        tracked = self.tracked
        if tracked is None or not tracked.must_ask_again():
            return
        if self.desk.state.status is not ConnectionStatus.ONLINE:
            return  # came_online asks again, with the same run id
        self.desk.bridge.run(
            self.desk.session.call(pmac.MACRO_RUN, tracked.params),
            done=lambda result: self._show(result.run),
            error=self._error,
            name="macro.run",
        )

    def _undo(self) -> None:
        if self.tracked is None:
            return
        self.desk.bridge.run(
            self.desk.session.call(pmac.MACRO_UNDO, pmac.RunRef(run_id=self.tracked.params.run_id)),
            done=lambda result: self._show(result.run),
            error=self._error,
            name="macro.undo",
        )

    def _on_signal(self, signal: object) -> None:
        if isinstance(signal, pmac.MacroProgress):
            self._show(signal.run)

    def _show(self, run: pmac.MacroRun) -> None:
        tracked = self.tracked
        if tracked is None or not tracked.update(run):
            return
        if self.dialog is not None:
            now = self.desk.clock.now()
            self.dialog.show_run(run, tracked.can_undo(now), now)

    # --- supervisors: the shared macros --------------------------------------------------------
    def edit(self, team_names: dict[str, str]) -> None:
        agents = sorted((a.display_name, a.username) for a in self.desk.agents)
        editor = MacroEditor(self.desk.canned, agents, team_names, self.window)
        editor.save_requested.connect(lambda macro_id, form: self._save(editor, macro_id, form))
        editor.delete_requested.connect(lambda macro_id: self._delete(editor, macro_id))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()
        self._reload(editor)

    def _reload(self, editor: MacroEditor) -> None:
        self.desk.bridge.run(
            self.desk.session.call(pmac.MACROS_LIST, pm.Empty()),
            done=lambda result: editor.show_macros(result.macros),
            guard=editor,
            name="macros.list",
        )

    def _save(self, editor: MacroEditor, macro_id: int | None, form: MacroForm) -> None:
        params = pmac.MacroSaveParams(id=macro_id, name=form.name, steps=steps_of(form))

        def saved(result: pmac.MacroResult) -> None:
            editor.saved(result.macro)
            self._reload(editor)

        self.desk.bridge.run(
            self.desk.session.call(pmac.MACRO_SAVE, params),
            done=saved,
            error=lambda exc: editor.show_error(labels.error(getattr(exc, "code", None) or "internal")),
            guard=editor,
            name="macro.save",
        )

    def _delete(self, editor: MacroEditor, macro_id: int) -> None:
        def deleted(_result: object) -> None:
            editor.clear()
            self._reload(editor)

        self.desk.bridge.run(
            self.desk.session.call(pmac.MACRO_DELETE, pmac.MacroDeleteParams(id=macro_id)),
            done=deleted,
            error=lambda exc: editor.show_error(labels.error(getattr(exc, "code", None) or "internal")),
            guard=editor,
            name="macro.delete",
        )

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
