"""The event's own file chosen as the guest list: refused before it is opened.

Opening the event file a second time in the process that holds it, and closing it
again, drops SQLite's POSIX locks on it (docs/faults.md): `checkin import EVENT EVENT`
read its header twice for the type sniff while holding the event. Now it is refused
by the file system's identity (stat), with one sentence, and never opened."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.errors import IsTheEventFile
from checkin.guestlist import import_guest_list
from checkin.guestlist.previewing import preview
from checkin.store import Store

OPENED: list[str] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and args and isinstance(args[0], str | Path):
        OPENED.append(str(args[0]))


sys.addaudithook(_audit)  # Python's own record of every file opened (os.open, io.open)


def _event(tmp_path: Path) -> Path:
    path = tmp_path / "zaal.checkin"
    Store.create(path, name="Zaal", capacity=10).close()
    return path


def test_the_event_file_as_its_own_guest_list_is_refused_unopened(tmp_path: Path) -> None:
    path = _event(tmp_path)
    alias = tmp_path / "lijst.xlsx"
    alias.symlink_to(path)  # under another name, still the same file
    with Store.open(path) as store:
        for chosen in (path, alias, Path(f"{path}-wal")):
            if not chosen.exists():
                continue
            OPENED.clear()
            with pytest.raises(IsTheEventFile) as err:
                import_guest_list(store, chosen)
            assert not [p for p in OPENED if Path(p).name.startswith(("zaal", "lijst"))]
            assert "the event's own file" in str(err.value) and chosen.name in str(err.value)
        OPENED.clear()
        with pytest.raises(IsTheEventFile):
            preview(alias, event_file=path)
        assert not [p for p in OPENED if Path(p).name.startswith(("zaal", "lijst"))]
        assert store.guests() == []


def test_the_command_says_it_in_one_sentence_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _event(tmp_path)
    assert main(["import", str(path), str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "the event's own file, not a guest list" in err
    assert "Traceback" not in err
