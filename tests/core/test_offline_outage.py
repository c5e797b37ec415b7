"""Four door processes scanning at once through a server stopped hard, or a network cut,
and a door killed while offline: every scan answered within a second, the cap held at
every moment of the time-ordered log, every scan on the server exactly once."""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from checkin.door import over_cap
from checkin.models import GuestInput
from checkin.store import Store, doors
from tests.conftest import seed
from tests.pgcluster import PgCluster, free_port, wait_until

CAPACITY = 120
PACE = 0.12  # seconds between one door's scans

# One door in its own process: the real OfflineDoor, driven by lines on stdin.
DRIVER = r"""
import json, sys, time
from pathlib import Path
from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
url, name, data = sys.argv[1:4]
door = OfflineDoor(url, name, Path(data))
print(json.dumps({"ready": True, "notices": [str(n) for n in door.notices]}), flush=True)
for line in sys.stdin:
    cmd, _, code = line.strip().partition(" ")
    if cmd == "quit":
        break
    if cmd == "link":
        link = door.link()
        print(json.dumps({"online": link.online, "share": link.share,
                          "waiting": link.waiting}), flush=True)
        continue
    if cmd == "walk":  # a walk-in: a new guest, made by the door when offline
        r = door.walk_in(GuestInput(name=code), True, confirmed=True)
    elif cmd == "count":  # the +/- counter
        r = door.count(int(code))
    else:
        r = door.scan(code, exit=cmd == "out")
    print(json.dumps({"verdict": r.verdict.value, "people": r.people, "offline": r.offline,
                      "scan_id": r.scan_id, "share": door.link().share}), flush=True)
door.close()
"""


class DoorProcess:
    def __init__(self, url: str, name: str, data: Path) -> None:
        self.name = name
        self.proc = subprocess.Popen(
            [sys.executable, "-c", DRIVER, url, name, str(data)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._buf = b""
        self.hello = self._read(20)

    def _read(self, timeout: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        end = time.monotonic() + timeout
        while b"\n" not in self._buf:
            left = end - time.monotonic()
            ready, _, _ = select.select([fd], [], [], max(0.0, left))
            if not ready:
                raise AssertionError(f"door {self.name} did not answer in {timeout} s")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise AssertionError(f"door {self.name} ended")
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return json.loads(line)  # type: ignore[no-any-return]

    def ask(self, line: str, timeout: float = 10) -> tuple[dict[str, Any], float]:
        assert self.proc.stdin is not None
        start = time.monotonic()
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()
        answer = self._read(timeout)
        return answer, time.monotonic() - start

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(5)
        self._close()

    def quit(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"quit\n")
        self.proc.stdin.flush()
        self.proc.wait(15)
        self._close()

    def _close(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


class Proxy:
    """A TCP relay on loopback: the venue network, which the test can cut and mend."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.port = free_port()
        self.open = True
        self.socks: list[socket.socket] = []
        self.lock = threading.Lock()
        self.listener = self._listen()
        threading.Thread(target=self._accept, daemon=True).start()

    def _listen(self) -> socket.socket:
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", self.port))
        s.listen(64)
        s.settimeout(0.2)
        return s

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                if not self.open:
                    time.sleep(0.05)
                    continue
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target), timeout=2)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.socks += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        try:
            while True:
                data = a.recv(65536)
                if not data:
                    break
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            with contextlib.suppress(OSError):
                s.close()

    def cut(self) -> None:
        """Every connection closed and no new one taken: the Wi-Fi is gone."""
        self.open = False
        with self.lock:
            socks, self.socks = self.socks, []
        for s in socks:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()
        self.listener.close()

    def mend(self) -> None:
        self.listener = self._listen()
        self.open = True


@dataclass
class Log:
    answers: list[tuple[str, str, dict[str, Any], float]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    notices: list[str] = field(default_factory=list)

    def add(self, door: str, code: str, answer: dict[str, Any], elapsed: float) -> None:
        with self.lock:
            self.answers.append((door, code, answer, elapsed))


def _drive(
    door: DoorProcess,
    codes: list[str],
    stop: threading.Event,
    log: Log,
    restart: Callable[[DoorProcess], DoorProcess] | None,
    holder: dict[str, DoorProcess],
) -> None:
    inside: list[str] = []
    counted = 0
    fresh = iter(codes)
    k = 0
    while not stop.is_set():
        if restart is not None and k == 60:  # well inside the outage
            door = restart(door)
            holder[door.name] = door
        if k % 4 == 3 and inside:
            code, line = inside.pop(0), "out"
        elif k % 11 == 5:  # walk-ins and the counter, through the outage too
            code, line = f"Walk-{door.name}-{k}", "walk"
        elif k % 13 == 7:
            code, line = ("-1" if counted else "+1"), "count"
        else:
            code, line = next(fresh), "in"
        answer, elapsed = door.ask(f"{line} {code}")
        log.add(door.name, code, answer, elapsed)
        if line == "count":
            if answer["verdict"] in ("admitted", "exited"):
                counted += 1 if code == "+1" else -1
        elif answer["verdict"] == "admitted" and line == "in":
            inside.append(code)
        k += 1
        time.sleep(PACE)


def _run(
    url_for_doors: str,
    url: str,
    tmp_path: Path,
    outage: Callable[[], None],
    mend: Callable[[], None],
    seconds: float,
    kill_one: bool = False,
) -> Log:
    store = Store.create(url, name="Zaal", capacity=CAPACITY)
    seed(store, [GuestInput(name=f"Guest {i}", code=f"G{i:04d}") for i in range(800)])
    store.close()
    names = ["Noord", "Oost", "Zuid", "West"]
    doors = {n: DoorProcess(url_for_doors, n, tmp_path / n) for n in names}
    log = Log()
    time.sleep(1.5)  # shares settle: every door has heard the server again
    stop = threading.Event()

    def restart(door: DoorProcess) -> DoorProcess:
        door.kill()
        again = DoorProcess(url_for_doors, door.name, tmp_path / door.name)
        log.notices += again.hello["notices"]
        return again

    threads = [
        threading.Thread(
            target=_drive,
            args=(
                doors[n],
                [f"G{i:04d}" for i in range(j, 800, 4)],
                stop,
                log,
                restart if kill_one and j == 3 else None,
                doors,
            ),
        )
        for j, n in enumerate(names)
    ]
    for t in threads:
        t.start()
    time.sleep(3)
    outage()
    time.sleep(seconds)
    mend()
    time.sleep(2)  # scanning on while the journals go back
    stop.set()
    for t in threads:
        t.join(30)
    assert wait_until(
        lambda: all(d.ask("link")[0]["waiting"] == 0 for d in doors.values()), 30, step=0.5
    ), "the doors' journals were not all sent"
    for d in doors.values():
        d.quit()
    return log


def _check(url: str, log: Log) -> None:
    answers = log.answers
    slow = [(d, c, e) for d, c, _a, e in answers if e >= 1.0]
    assert not slow, f"answered later than 1 s: {slow[:5]}"
    offline = [a for _d, _c, a, _e in answers if a["offline"]]
    assert any(a["verdict"] == "admitted" for a in offline), "no door admitted offline"
    assert any(not a["offline"] for _d, _c, a, _e in answers)
    with Store.open(url) as store:
        assert over_cap(store) is None  # the time-ordered log never passes the cap
        with store.read() as conn:
            uuids = Counter(
                r[0] for r in conn.execute(sa.text("SELECT uuid FROM scan WHERE uuid IS NOT NULL"))
            )
            capacity, inside = conn.execute(sa.text("SELECT capacity, inside FROM event")).one()
            assert inside + doors.held(conn) <= capacity
        answered = [a["scan_id"] for _d, _c, a, _e in answers if a["scan_id"]]
        assert all(uuids[u] == 1 for u in answered), "a scan is missing or stored twice"
        said = sum(
            a["people"]
            if a["verdict"] == "admitted"
            else -a["people"]
            if a["verdict"] == "exited"
            else 0
            for _d, _c, a, _e in answers
        )
        assert inside == said  # the server's headcount is what the doors answered
        walked = sorted(
            c for _d, c, a, _e in answers if c.startswith("Walk-") and a["verdict"] == "admitted"
        )
        # every walk-in a door let in is on the server once, however it was decided
        assert sorted(g.name for g in store.guests() if g.walk_in) == walked
    # each door's offline admissions stayed within the share it held
    for name in {d for d, _c, _a, _e in answers}:
        mine = [a for d, _c, a, _e in answers if d == name]
        held = 0
        net = 0
        for a in mine:
            if not a["offline"]:
                held, net = max(held, a["share"] or 0), 0
            elif a["verdict"] == "admitted":
                net += a["people"]
            elif a["verdict"] == "exited":
                net -= a["people"]
            assert net <= held, f"door {name} admitted past its share offline"
    full = sum(1 for a in offline if a["verdict"] == "full")
    print(
        f"{len(answers)} scans, {len(offline)} offline ({full} full), "
        f"slowest {max(e for *_x, e in answers):.3f} s, inside {inside}"
    )


@pytest.mark.slow
def test_four_doors_through_a_hard_stop_and_a_door_killed_offline(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    log = _run(
        url,
        url,
        tmp_path,
        lambda: pg_cluster.stop("immediate"),
        pg_cluster.start,
        seconds=15,
        kill_one=True,
    )
    assert any("starts offline" in n for n in log.notices)  # the killed door came back
    _check(url, log)


@pytest.mark.slow
def test_four_doors_through_a_network_cut(pg_cluster: PgCluster, tmp_path: Path) -> None:
    url = pg_cluster.create_database()
    proxy = Proxy(pg_cluster.port)
    via = url.replace(f":{pg_cluster.port}/", f":{proxy.port}/")
    log = _run(via, url, tmp_path, proxy.cut, proxy.mend, seconds=6)
    _check(url, log)
