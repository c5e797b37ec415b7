"""A database's words for a fault reach a sentence without any value of the data.

Real PostgreSQL errors: a unique violation, whose DETAIL says "Key (code)=(…)" with the
guest's code, and a cast whose primary message quotes the value itself.
"""

from __future__ import annotations

import sqlalchemy as sa

from checkin.errors import StoreUnavailable
from checkin.store.faults import fault, safe_detail

CODE = "TKT-778899"
NAME = "Marieke Oosterhuis"


def _errors(url: str) -> list[sa.exc.DBAPIError]:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    found: list[sa.exc.DBAPIError] = []
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE g (code text UNIQUE, name text)")
            conn.execute(sa.text("INSERT INTO g VALUES (:c, :n)"), {"c": CODE, "n": NAME})
        for sql, params in (
            ("INSERT INTO g VALUES (:c, :n)", {"c": CODE, "n": NAME}),
            ("SELECT CAST(:n AS integer)", {"n": NAME}),
        ):
            try:
                with engine.begin() as conn:
                    conn.execute(sa.text(sql), params)
            except sa.exc.DBAPIError as exc:
                found.append(exc)
    finally:
        engine.dispose()
    return found


def test_postgresql_details_never_reach_the_sentence(pg_url: str) -> None:
    errors = _errors(pg_url)
    assert len(errors) == 2
    assert f"Key (code)=({CODE})" in str(errors[0].orig)  # what the driver says
    assert NAME in str(errors[1].orig)
    for exc in errors:
        said = safe_detail(exc)
        made = fault("server/event", exc)
        assert isinstance(made, StoreUnavailable)
        for text in (said, str(made)):
            assert CODE not in text and NAME not in text and "Marieke" not in text
    assert "duplicate key value violates unique constraint" in safe_detail(errors[0])


def test_a_key_and_value_pair_is_replaced_wherever_it_stands() -> None:
    exc = RuntimeError(f"conflict Key (code, email)=({CODE}, a@b.nl) already exists")
    assert safe_detail(exc) == "conflict Key (code, email)=(…) already exists"
    assert safe_detail(RuntimeError(f"bad value '{NAME}' here")) == 'bad value "…" here'
