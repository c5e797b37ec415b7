"""The private cluster fixture itself: it starts, stops, starts again, freezes."""

from __future__ import annotations

import threading

import psycopg
import pytest

from tests.pgcluster import PgCluster

pytestmark = pytest.mark.postgres


def test_the_cluster_stops_and_starts_on_the_same_port(pg_cluster: PgCluster) -> None:
    url = pg_cluster.create_database()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (x int)")
        conn.execute("INSERT INTO t VALUES (1)")
    pg_cluster.stop("immediate")
    assert not pg_cluster.running()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, connect_timeout=2)
    pg_cluster.start()
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT x FROM t").fetchone() == (1,)
        pids = pg_cluster.backend_pids(url.rsplit("/", 1)[1])
    assert pids == [] or all(isinstance(p, int) for p in pids)


def test_a_frozen_backend_does_not_answer_until_thawed(pg_cluster: PgCluster) -> None:
    url = pg_cluster.create_database()
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SELECT pg_backend_pid()").fetchone()
        assert row is not None
        pg_cluster.freeze(row[0])
        answer: list[object] = []
        t = threading.Thread(target=lambda: answer.append(conn.execute("SELECT 7").fetchone()))
        t.start()
        t.join(0.5)
        assert answer == [], "a stopped backend answered"
        pg_cluster.thaw(row[0])
        t.join(10)
        assert answer == [(7,)]
