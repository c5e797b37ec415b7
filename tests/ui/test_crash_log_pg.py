"""PostgreSQL's error DETAIL ("Key (code)=(…)", with the guest's code) never reaches the
crash log or the crash dialog: a real unique violation on a real server."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from ui.crash import CRASH_LOG, ExceptHook

CODE = "TKT-778899"


def _insert(engine: sa.Engine, guest_id: int) -> None:
    with engine.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO guest (id, code) VALUES (:i, :c)"), {"i": guest_id, "c": CODE}
        )


def test_a_unique_violation_on_postgresql_logs_no_key_or_value(
    qtbot: QtBot, tmp_path: Path, pg_url: str
) -> None:
    engine = sa.create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE guest (id integer PRIMARY KEY, code text UNIQUE)")
        _insert(engine, 16)
        try:
            _insert(engine, 17)
        except sa.exc.IntegrityError as exc:
            error = exc
    finally:
        engine.dispose()
    assert f"Key (code)=({CODE})" in str(error)  # the driver does say it
    hook = ExceptHook(tmp_path, lambda: None)
    hook(type(error), error, error.__traceback__)
    logged = (tmp_path / CRASH_LOG).read_text(encoding="utf-8")
    assert CODE not in logged and "Key (" not in logged and "DETAIL" not in logged
    assert "IntegrityError (from psycopg.errors.UniqueViolation)" in logged
    assert "[guest id 17]" in logged
    for dialog in hook.dialogs:
        qtbot.addWidget(dialog)
        assert CODE not in dialog.details.toPlainText()
