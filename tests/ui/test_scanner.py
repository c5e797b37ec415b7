"""The scanner filter on its own: bursts become scans wherever the focus is, typing stays typing.

Keys are sent as the window system sends them, with timestamps (tests/ui/scanner_keys.py);
two tests use QTest with real waits instead, for events that carry no timestamp.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.scanner_keys import burst, burst_live, key, typed
from ui.door.scanner import SCAN_GAP_MS, ScannerInput


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        self.spin = QSpinBox(self)
        self.spin.setRange(1, 1_000_000)
        self.spin.setValue(25)
        self.entered: list[str] = []
        self.field.returnPressed.connect(lambda: self.entered.append(self.field.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.spin)


@pytest.fixture
def scanner(qtbot: QtBot) -> Iterator[ScannerInput]:
    s = ScannerInput()
    s.install()
    yield s
    s.uninstall()
    s.deleteLater()


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    w = Form()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.field.setFocus()
    qtbot.waitUntil(w.field.hasFocus)
    return w


def scans(scanner: ScannerInput) -> list[str]:
    got: list[str] = []
    scanner.scanned.connect(got.append)
    return got


def test_a_burst_is_a_scan_and_never_reaches_the_field(scanner: ScannerInput, form: Form) -> None:
    got = scans(scanner)
    burst("C0001234")
    assert got == ["C0001234"]
    assert form.field.text() == ""
    assert form.entered == []  # the Enter did not reach the field either


def test_capitals_with_shift_and_a_slow_scanner_still_scan(
    scanner: ScannerInput, form: Form
) -> None:
    got = scans(scanner)
    burst("AbC-77", gap_ms=SCAN_GAP_MS)  # at the limit
    assert got == ["AbC-77"]
    assert form.field.text() == ""


def test_typing_at_a_persons_pace_reaches_the_field(
    scanner: ScannerInput, form: Form, qtbot: QtBot
) -> None:
    got = scans(scanner)
    typed("vries")
    assert form.field.text() == "vries"
    typed("\n")
    assert form.entered == ["vries"]
    assert got == []


def test_a_fast_pair_then_a_pause_is_typing(scanner: ScannerInput, form: Form) -> None:
    got = scans(scanner)
    key("t", 200)
    key("h", 20)  # a rolled-over pair, faster than the gap
    key("e", 180)
    key("\n", 40)  # an Enter after a person's pause
    assert form.field.text() == "the"
    assert form.entered == ["the"]
    assert got == []


def test_too_short_or_interrupted_bursts_are_typing(scanner: ScannerInput, form: Form) -> None:
    got = scans(scanner)
    burst("12")  # shorter than any code
    assert form.field.text() == "12"
    form.field.clear()
    for char in "123":
        key(char, 4)
    QTest.keyClick(form.field, Qt.Key.Key_Backspace)
    assert form.field.text() == "12"
    assert got == []


def test_a_burst_into_a_spin_box_leaves_its_value(
    scanner: ScannerInput, form: Form, qtbot: QtBot
) -> None:
    got = scans(scanner)
    form.spin.setFocus()
    qtbot.waitUntil(form.spin.hasFocus)
    burst("100234")
    assert got == ["100234"]
    assert form.spin.value() == 25
    assert form.spin.text() == "25"


def test_a_burst_into_a_message_box_does_not_answer_it(
    scanner: ScannerInput, form: Form, qtbot: QtBot
) -> None:
    got = scans(scanner)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Leave?",
        "Leave kiosk mode?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        form,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    burst("1001")
    assert got == ["1001"]
    assert box.isVisible()  # its default button was not pressed by the scanner's Enter
    box.reject()


def test_live_keys_without_timestamps_by_arrival_time(
    scanner: ScannerInput, form: Form, qtbot: QtBot
) -> None:
    got = scans(scanner)
    burst_live("4711", gap_ms=1)
    assert got == ["4711"]
    assert form.field.text() == ""
    for char in "ab":
        QTest.keyClick(form.field, Qt.Key(ord(char.upper())))
        QTest.qWait(120)
    assert form.field.text() == "ab"
    assert got == ["4711"]


def test_a_prefix_key_makes_any_pace_a_scan(scanner: ScannerInput, form: Form) -> None:
    got = scans(scanner)
    scanner.set_prefix("F12")
    assert scanner.prefix == "F12"
    QTest.keyClick(form.field, Qt.Key.Key_F12)
    typed("1003\n", settle=False)  # slowly: a remote desktop that clumps or delays keys
    assert got == ["1003"]
    assert form.field.text() == ""
    burst("77")  # with a prefix, a burst without it is typing
    assert form.field.text() == "77"
    assert got == ["1003"]
