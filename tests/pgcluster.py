"""A private PostgreSQL cluster a test may stop, start and freeze.

The shared development server (CHECKIN_TEST_PG_URL) must never be stopped, so a
test that takes the server away, or freezes one of its processes, starts its own
cluster with the ``pg_cluster`` fixture: ``initdb`` and ``pg_ctl`` in a temporary
folder, run as the ``postgres`` user through ``runuser`` when the tests run as
root (the server refuses to run as root), on a free port of 127.0.0.1.

Without PostgreSQL binaries the fixture skips with the reason; with ``CI`` set
it fails instead, since .ci/run installs them.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def pg_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/N/bin (as .ci/run picks it), else initdb on PATH."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    for d in reversed(found):
        if (d / "initdb").exists() and (d / "pg_ctl").exists():
            return d
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> str | None:
    """The user the server runs as: None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and there is no postgres or nobody user to run the server")


class PgCluster:
    """One private cluster. ``url(db)`` for connections; stop/start/freeze for the tests."""

    def __init__(self, bindir: Path, root: Path) -> None:
        self.bindir = bindir
        self.root = root
        self.data = root / "data"
        self.log = root / "log"
        self.port = free_port()
        self.user = _run_as()
        self._frozen: set[int] = set()

    # --- the server ---------------------------------------------------------

    def _cmd(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        argv = list(args)
        if self.user is not None:
            argv = ["runuser", "-u", self.user, "--", *argv]
        return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=True)

    def init(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if self.user is not None:
            shutil.chown(self.root, self.user)
        self._cmd(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "checkin",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        )

    def start(self) -> None:
        """Start (or restart) the server on the same port and wait until it accepts."""
        opts = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
            "-c fsync=off -c max_connections=60"
        )
        self._cmd(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-t",
            "30",
            "-o",
            opts,
            "start",
        )

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server: ``immediate`` is a crash (no goodbye to clients), ``fast`` clean."""
        if mode not in ("immediate", "fast", "smart"):
            raise ValueError(f"stop mode {mode!r}")
        self.thaw_all()
        self._cmd(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop"
        )

    def running(self) -> bool:
        try:
            self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "status")
        except subprocess.CalledProcessError:
            return False
        return True

    # --- addresses ----------------------------------------------------------

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://checkin@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = name or f"checkin_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(self.url(), autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def backend_pids(self, dbname: str | None = None) -> list[int]:
        """The server processes serving clients (optionally of one database)."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True, connect_timeout=5) as conn:
            rows = conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend' "
                "AND pid <> pg_backend_pid() AND (%s::text IS NULL OR datname = %s)",
                (dbname, dbname),
            ).fetchall()
        return [int(r[0]) for r in rows]

    # --- freezing (a laptop lid closed) -------------------------------------

    def postmaster_pid(self) -> int:
        """The server's listening process, which starts a backend for each new connection."""
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def freeze(self, pid: int) -> None:
        """SIGSTOP a backend or a client process; it keeps its sockets and locks."""
        os.kill(pid, signal.SIGSTOP)
        self._frozen.add(pid)

    def thaw(self, pid: int) -> None:
        self._frozen.discard(pid)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)

    def thaw_all(self) -> None:
        for pid in list(self._frozen):
            self.thaw(pid)

    def destroy(self) -> None:
        self.thaw_all()
        if self.data.exists():
            with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
                self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def need_postgres() -> Path:
    """The bin folder, or skip (fail under CI) when PostgreSQL is not installed."""
    bindir = pg_bin_dir()
    if bindir is None:
        why = "PostgreSQL server binaries (initdb, pg_ctl) are not installed"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {why}: .ci/run installs the postgresql package")
        pytest.skip(why)
    return bindir


def wait_until(check: object, timeout: float, step: float = 0.05) -> bool:
    """Poll ``check()`` until it is true or ``timeout`` seconds pass."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():  # type: ignore[operator]
            return True
        time.sleep(step)
    return False


@pytest.fixture
def pg_cluster() -> Iterator[PgCluster]:
    """A private, started cluster for one test; removed afterwards whatever happened."""
    bindir = need_postgres()
    cluster = PgCluster(bindir, Path(tempfile.mkdtemp(prefix="checkin-pg-")))
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        cluster.destroy()
