"""Runs the real app (``ui.app.main``) on an X server and opens every door window the
way a door person does: keys and clicks sent by xdotool through the window manager.

For each window it prints one JSON line: the window's frame (title bar included) as Qt
knows it from the window manager, the verdict's place, the screen's available area and
what the window shows. tests/ui/test_door_windows_x11.py reads them.

    python door_windows_driver.py SCENARIO EVENT DATA_DIR PIN CODE SHOTS
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ui.app import main  # noqa: E402
from ui.door.screen import DoorScreen  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

PERSON_MS = 120  # a person's typing: far slower than a scanner's burst
SCANNER_MS = 8


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=30)


def key(*keys: str) -> None:
    xdotool("key", "--clearmodifiers", *keys)


def type_text(text: str, delay: int = PERSON_MS) -> None:
    xdotool("type", "--delay", str(delay), text)


def click(widget: QWidget) -> None:
    middle = widget.mapToGlobal(widget.rect().center())
    xdotool("mousemove", "--sync", str(middle.x()), str(middle.y()), "click", "1")


def box(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


class Driver:
    def __init__(self, scenario: str, pin: str, code: str, shots: Path) -> None:
        self.scenario, self.pin, self.code, self.shots = scenario, pin, code, shots
        self.app = QApplication.instance()
        self.steps: Iterator[int] | None = None

    @property
    def window(self) -> MainWindow:
        (found,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return found

    @property
    def door(self) -> DoorScreen:
        door = self.window.door_screen
        assert door is not None
        return door

    def shown(self) -> QWidget | None:
        """The door window open now: a visible dialog or window other than the main one."""
        for w in QApplication.topLevelWidgets():
            kind = w.windowType()
            if (
                w.isVisible()
                and w is not self.window
                and kind in (Qt.WindowType.Dialog, Qt.WindowType.Window)
            ):
                return w
        return None

    def report(self, name: str, **extra: object) -> None:
        window = self.shown()
        verdict = self.door.verdict
        line: dict[str, object] = {
            "name": name,
            "area": box(self.window.screen().availableGeometry()),
            "main": box(self.window.frameGeometry()),
            "verdict": box(QRect(verdict.mapToGlobal(QPoint(0, 0)), verdict.size())),
            "dialog_open": self.door.dialog is not None,
            "verdict_text": self.door.verdict_view.text,
            "kiosk": self.door.kiosk,
        }
        if window is not None:
            problem = getattr(window, "problem", None)
            focus = window.focusWidget()
            line.update(
                title=window.windowTitle(),
                frame=box(window.frameGeometry()),
                client=box(window.geometry()),
                problem=problem.text() if problem is not None and problem.isVisible() else "",
                focus=type(focus).__name__ if focus is not None else "",
                focus_text=focus.text() if focus is not None and hasattr(focus, "text") else "",
            )
            table = getattr(window, "table", None)
            if table is not None:
                row = max(1, table.verticalHeader().defaultSectionSize())
                line["rows"] = table.viewport().height() // row
        line.update(extra)
        print(json.dumps(line), flush=True)
        screen = self.window.screen()
        screen.grabWindow(0).save(str(self.shots / f"{name.replace(' ', '-')}.png"))

    # the scenarios -------------------------------------------------------------------

    def door_windows(self) -> Iterator[int]:
        door = self.door
        self.report("main")
        key("F3")
        yield 900
        self.report("walk-in")
        type_text("Sanne Bakker")
        key("Return")
        yield 1500
        self.report("walk-in question")
        key("Return")  # yes: the question has the focus
        yield 1500
        self.report("walk-in answered")
        key("ctrl+z")
        yield 900
        self.report("undo")
        key("Escape")
        yield 600
        for name, button in (
            ("capacity", door.tools.capacity_button),
            ("door name", door.tools.door_button),
            ("scanner", door.tools.scanner_button),
        ):
            click(button)
            yield 900
            self.report(name)
            key("Escape")
            yield 600
        key("F6")
        yield 1500
        self.report("inside")
        inside = door.inside_window
        if inside is not None:
            click(inside.close_button)
            yield 600
        type_text(self.code, SCANNER_MS)  # a cancelled guest's badge, at scanner speed
        key("Return")
        yield 1200
        click(door.override_button)
        yield 900
        self.report("override")
        type_text("Op de lijst van de organisator")
        key("Return")
        yield 1500
        self.report("override pin")
        type_text("111111")
        key("Return")
        yield 1800
        self.report("override wrong pin")
        type_text(self.pin)
        key("Return")
        yield 1800
        self.report("override done")

    def kiosk_windows(self) -> Iterator[int]:
        door = self.door
        self.report("kiosk")
        key("F3")
        yield 1200
        self.report("kiosk walk-in pin")
        key("Escape")
        yield 600
        click(door.tools.plus_button)
        yield 1200
        self.report("kiosk count pin")
        key("Escape")
        yield 600
        click(door.tools.scanner_button)
        yield 1200
        self.report("kiosk scanner pin")
        key("Escape")
        yield 600
        key("Escape")  # leave kiosk mode?
        yield 1200
        self.report("kiosk leave pin")
        type_text(self.pin)
        key("Return")
        yield 2000
        self.report("kiosk left")

    def open_kiosk_windows(self) -> Iterator[int]:
        """A kiosk on an event without a PIN: Esc and F11 ask "Leave kiosk mode?"."""
        self.report("open kiosk")
        key("Escape")
        yield 1200
        self.report("kiosk leave box")
        key("Escape")  # no: the kiosk stays
        yield 900
        self.report("kiosk stays")
        key("F11")
        yield 1200
        self.report("kiosk f11 box")
        key("alt+y")  # yes, by its mnemonic
        yield 1500
        self.report("open kiosk left")

    # running them ------------------------------------------------------------------------

    def start(self) -> None:
        window = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None
        )
        if window is None or window.door_screen is None or not window.isVisible():
            QTimer.singleShot(200, self.start)  # the event opens after the first paint
            return
        scenario: Callable[[], Iterator[int]] = {
            "kiosk": self.kiosk_windows,
            "open-kiosk": self.open_kiosk_windows,
        }.get(self.scenario, self.door_windows)
        self.steps = scenario()
        QTimer.singleShot(2000, self.next)  # the window manager frames it meanwhile

    def next(self) -> None:
        assert self.steps is not None
        try:
            wait = next(self.steps)
        except StopIteration:
            print(json.dumps({"name": "done"}), flush=True)
            self.window._close_for_good()
            return
        except Exception as exc:  # noqa: BLE001 - said, and the app ends
            print(json.dumps({"name": "error", "error": repr(exc)}), flush=True)
            self.window._close_for_good()
            return
        QTimer.singleShot(wait, self.next)


def run(argv: list[str]) -> int:
    scenario, event, data_dir, pin, code, shots = argv
    app = QApplication([sys.argv[0]])
    driver = Driver(scenario, pin, code, Path(shots))
    QTimer.singleShot(0, driver.start)
    args = [sys.argv[0], event, "--data-dir", data_dir, "--door"]
    if "kiosk" in scenario:
        args.append("--kiosk")
    result = main(args)
    del app
    return result


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
