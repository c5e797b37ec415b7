"""`checkin mail` against a real SMTP server: exit codes, the password's ways in, and a
sender killed mid-batch and run again."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.mail import outbox
from checkin.mail.outbox import Ticket
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import seed
from tests.smtp_server import Behaviour, MailServer, make_certificate

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
FROM = "Bureau Nieuw-West <info@bureau.example>"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def event_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "gala.checkin"
    with Store.create(
        path, name="Gala", capacity=50, event_date=date(2026, 12, 18), language="en", now=NOW
    ) as store:
        seed(
            store,
            [
                GuestInput(
                    first_name=f"Guest{i}",
                    last_name=f"Name{i:02d}",
                    email=f"guest{i}@example.nl",
                    code=f"M{i:03d}",
                )
                for i in range(8)
            ],
        )
    yield path


def run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(args, stdout=out)
    return code, out.getvalue()


def states(path: Path) -> dict[str, Ticket]:
    with Store.open(path, read_only=True) as store:
        guests = store.guests()
        found = outbox.states(store, guests)
    return {g.code: found[g.id].ticket for g in guests}


def test_all_sent_is_0_and_status_counts(event_file: Path) -> None:
    with MailServer() as server:
        code, out = run(
            [
                "mail",
                str(event_file),
                "--smtp",
                f"smtp://127.0.0.1:{server.port}",
                "--tls",
                "none",
                "--from",
                FROM,
                "--rate",
                "6000",
                "--json",
            ]
        )
        assert len(server.received) == 8
    assert code == 0 and json.loads(out)["sent"] == 8
    code, out = run(["mail", str(event_file), "--status", "--json"])
    assert code == 0 and json.loads(out)["sent"] == 8 and json.loads(out)["due"] == 0
    code, out = run(["mail", str(event_file), "--status"])
    assert "to send: 0" in out and "sent: 8" in out


def test_a_refused_address_is_1_and_named_with_the_servers_words(event_file: Path) -> None:
    refusal = "550 5.1.1 Mailbox unavailable"
    with MailServer(behaviour=Behaviour(refuse={"guest3@example.nl": refusal})) as server:
        code, out = run(
            [
                "mail",
                str(event_file),
                "--smtp",
                f"127.0.0.1:{server.port}",
                "--tls",
                "none",
                "--from",
                FROM,
                "--rate",
                "6000",
            ]
        )
    assert code == 1
    assert "Sent 7 tickets." in out
    assert f"Refused: Guest3 Name03 <guest3@example.nl>: {refusal}" in out


def test_an_unreachable_server_is_2_one_sentence_nothing_marked(
    event_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with MailServer() as server:
        port = server.port
    code, _ = run(
        [
            "mail",
            str(event_file),
            "--smtp",
            f"smtp://127.0.0.1:{port}",
            "--tls",
            "none",
            "--from",
            FROM,
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "could not be reached (connection refused)" in err
    assert set(states(event_file).values()) == {Ticket.NOT_SENT}


def test_a_wrong_password_is_2_and_says_authentication(
    event_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cert = make_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert[0]))  # the client trusts the throwaway CA
    monkeypatch.setenv("CHECKIN_SMTP_PASSWORD", "wrong")
    with MailServer(cert=cert, users={"bureau": "geheim"}) as server:
        url = f"smtp://bureau@localhost:{server.port}"
        code, _ = run(["mail", str(event_file), "--smtp", url, "--from", FROM])
        err = capsys.readouterr().err
        assert code == 2 and "refused the login of 'bureau' (authentication: 535" in err
        assert server.received == []
        monkeypatch.setenv("CHECKIN_SMTP_PASSWORD", "geheim")
        code, out = run(
            [
                "mail",
                str(event_file),
                "--smtp",
                url,
                "--from",
                FROM,
                "--rate",
                "6000",
                "--only",
                "M001",
                "M002",
            ]
        )
        assert code == 0 and len(server.received) == 2


def test_no_password_and_no_terminal_is_one_sentence(
    event_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.delenv("CHECKIN_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal
    code, _ = run(["mail", str(event_file), "--smtp", "smtp://bureau@127.0.0.1:1", "--from", FROM])
    err = capsys.readouterr().err
    assert code == 2 and "needs the password of 'bureau'" in err and err.count("\n") == 1


def _subprocess_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CHECKIN_SMTP_PASSWORD"}
    env.update(PYTHONPATH=str(ROOT), **extra)
    return env


def test_the_password_from_the_keychain(event_file: Path, tmp_path: Path) -> None:
    cert = make_certificate(tmp_path)
    env = _subprocess_env(
        tmp_path,
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        XDG_DATA_HOME=str(tmp_path / "data"),
        SSL_CERT_FILE=str(cert[0]),
    )
    with MailServer(cert=cert, users={"bureau": "geheim"}) as server:
        keep = (
            "from checkin.mail.password import keep_in_keychain; "
            "from checkin.mail.smtp import parse_server; "
            f"keep_in_keychain(parse_server('smtp://bureau@localhost:{server.port}'), "
            "'geheim')"
        )
        subprocess.run([sys.executable, "-c", keep], env=env, check=True, timeout=60)
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "checkin.cli",
                "mail",
                str(event_file),
                "--smtp",
                f"smtp://bureau@localhost:{server.port}",
                "--from",
                FROM,
                "--rate",
                "6000",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 0, done.stderr
        assert len(server.received) == 8
    assert "geheim" not in event_file.read_bytes().decode("latin-1")


def test_a_sender_killed_mid_batch_repeats_at_most_the_one_in_flight(
    event_file: Path, tmp_path: Path
) -> None:
    behaviour = Behaviour(hold_at=3, hold_seconds=60)  # the 3rd message: kept, not answered
    with MailServer(behaviour=behaviour) as server:
        command = [
            sys.executable,
            "-m",
            "checkin.cli",
            "mail",
            str(event_file),
            "--smtp",
            f"smtp://127.0.0.1:{server.port}",
            "--tls",
            "none",
            "--from",
            FROM,
            "--rate",
            "6000",
        ]
        child = subprocess.Popen(
            command,
            env=_subprocess_env(tmp_path),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert server.handler.held.wait(60), "the sender never reached the 3rd message"
            os.kill(child.pid, signal.SIGKILL)
            child.wait(30)
        finally:
            if child.poll() is None:
                child.kill()
        first = server.received
        assert len(first) == 3
        before = states(event_file)
        assert list(before.values()).count(Ticket.SENDING) == 1  # the one in flight
        assert list(before.values()).count(Ticket.SENT) == 2
        behaviour.hold_at = 0
        again = subprocess.run(
            command, env=_subprocess_env(tmp_path), timeout=120, capture_output=True, text=True
        )
        assert again.returncode == 0, again.stderr
        received = server.received
    ids = [(r.rcpt_tos[0], r.message()["Message-ID"]) for r in received]
    assert {to for to, _ in ids} == {f"guest{i}@example.nl" for i in range(8)}  # all reached
    assert len(ids) == 9  # one duplicate: the one in flight ...
    repeated = [item for item in set(ids) if ids.count(item) == 2]
    assert len(repeated) == 1  # ... under the same Message-ID
    assert repeated[0] == ids[2]
    assert set(states(event_file).values()) == {Ticket.SENT}
