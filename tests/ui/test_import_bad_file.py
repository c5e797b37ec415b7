"""The app's own import of a file that would make the reader abort: one sentence, no crash.

The files are the ones of tests/core/test_bad_spreadsheets.py (1.5 KB .xlsx, 800-byte
.ods). Before, python-calamine aborted the app's process (SIGABRT); now the import reads
in a child process and the dialog says what is wrong, in the app's language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from checkin.store import Store
from ui.import_dialog import ImportDialog
from ui.settings import Settings
from ui.tasks import Tasks

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_bad_spreadsheets import far_cell_xlsx, far_ods  # noqa: E402


def test_the_import_of_a_far_cell_is_one_sentence(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    path = far_cell_xlsx(tmp_path / "gasten.xlsx")
    before = store.guests()
    dialog = ImportDialog(store, app_settings, inline_tasks, path)
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()  # the first rows preview harmlessly
    dialog.import_button.click()
    assert dialog.problem.text().startswith(
        'gasten.xlsx: the sheet "Gasten" reaches cell XFD1048576'
    )
    assert "nothing was changed" in dialog.problem.text()
    assert store.guests() == before and dialog.import_button.isEnabled()


def test_the_preview_of_a_far_ods_is_one_sentence(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    path = far_ods(tmp_path / "gasten.ods")
    dialog = ImportDialog(store, app_settings, inline_tasks, path)
    qtbot.addWidget(dialog)
    assert dialog.problem.text().startswith('gasten.ods: the sheet "Gasten" reaches cell ')
    assert not dialog.import_button.isEnabled()
