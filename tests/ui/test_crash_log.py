"""The crash log names guests by id only: a real SQLAlchemy error, carrying a guest's name
in its bound parameters and its SQL, reaches the excepthook; the log and the crash dialog
keep the error's type, where it happened and the guest's id, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from ui.crash import CRASH_LOG, CrashDialog, ExceptHook, crash_report

NAME = "Anna van den Berg"
EMAIL = "anna@example.nl"


def _store_the_guest(engine: sa.Engine, guest_id: int) -> None:
    with engine.begin() as connection:
        connection.execute(
            sa.text("INSERT INTO guest (id, name, email) VALUES (:i, :n, :e)"),
            {"i": guest_id, "n": NAME, "e": EMAIL},
        )


def _a_real_error(tmp_path: Path) -> BaseException:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'crash.db'}")
    with engine.begin() as connection:
        connection.execute(
            sa.text("CREATE TABLE guest (id INTEGER PRIMARY KEY, name TEXT, email TEXT UNIQUE)")
        )
    _store_the_guest(engine, 16)
    try:
        _store_the_guest(engine, 17)  # the same email again: the UNIQUE constraint
    except sa.exc.IntegrityError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("no error")


def test_sqlalchemy_puts_the_guest_in_its_message(tmp_path: Path) -> None:
    # Why the log may not simply write the exception: SQLAlchemy's own text holds it all.
    error = _a_real_error(tmp_path)
    assert EMAIL in str(error) and NAME in str(error) and "INSERT INTO guest" in str(error)


def test_the_crash_log_keeps_type_place_and_guest_id_only(qtbot: QtBot, tmp_path: Path) -> None:
    error = _a_real_error(tmp_path)
    hook = ExceptHook(tmp_path, lambda: None)
    hook(type(error), error, error.__traceback__)
    logged = (tmp_path / CRASH_LOG).read_text(encoding="utf-8")
    for secret in (NAME, "Anna", EMAIL, "INSERT", "guest (id", "parameters", "UNIQUE"):
        assert secret not in logged, secret
    assert "sqlalchemy.exc.IntegrityError (from sqlite3.IntegrityError)" in logged
    assert f'File "{__file__}"' in logged and "in _store_the_guest" in logged
    assert "[guest id 17]" in logged
    (dialog,) = hook.dialogs
    assert isinstance(dialog, CrashDialog)
    qtbot.addWidget(dialog)
    shown = dialog.details.toPlainText()
    assert NAME not in shown and EMAIL not in shown and "[guest id 17]" in shown


def test_a_chain_of_errors_is_reported_cause_first(tmp_path: Path) -> None:
    try:
        try:
            {"Zoë Yılmaz": 1}["Søren"]
        except KeyError as inner:
            raise RuntimeError(f"lookup of {inner} failed") from inner
    except RuntimeError as outer:
        report = crash_report(outer, outer.__traceback__)
    assert "Søren" not in report and "Zoë" not in report and "lookup" not in report
    assert report.index("KeyError") < report.index("RuntimeError")
    assert "which led to:" in report


def test_a_guest_object_in_the_failing_frame_gives_its_id() -> None:
    class Row:
        id = 42
        name = NAME

    def show(guest: Row) -> None:
        raise ValueError(guest.name)

    with pytest.raises(ValueError) as caught:
        show(Row())
    report = crash_report(caught.value, caught.value.__traceback__)
    assert "[guest id 42]" in report and NAME not in report
