"""The door's two prompts: the door question, and how many came with a guest.

They are panels that take the verdict's place on the Door screen rather than
dialogs: nothing pops up over the door, and a scan that arrives while one is up
waits in line behind the guest being asked (the flow keeps the line). The screen
routes the few keys they answer to (a bare Enter, Esc, the arrow keys) and their
buttons never take the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..kit import style
from ..kit.text import fill

PROMPT_STYLE = style.panel_sheet("prompt", style.QUESTION, style.CHOSEN.background)


def _font(widget: QWidget, points: int, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _big_button(text: str, parent: QWidget, background: str, points: int = 24) -> QPushButton:
    button = QPushButton(text, parent)
    # Never the focus: the scan field keeps it, so the next badge is never lost.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setFont(_font(button, points))
    button.setMinimumHeight(72)
    # The preselected number must stand out by more than a colour: a thick frame too.
    button.setStyleSheet(style.big_button_sheet(background))
    return button


def _label(text: str, parent: QWidget, points: int, bold: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(_font(label, points, bold))
    return label


class QuestionPanel(QFrame):
    """The event's door question, large, with "Yes, let in" and "No"."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompt")
        self.setStyleSheet(PROMPT_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.icon_label = _label("?", self, 56)
        self.question_label = _label("", self, 30)
        self.guest_label = _label("", self, 20, bold=False)
        go, stop = style.VERDICT[style.Tone.GO], style.VERDICT[style.Tone.STOP]
        self.yes_button = _big_button(self.tr("✓ Yes, let in"), self, go.background)
        self.no_button = _big_button(self.tr("✗ No"), self, stop.background)
        self.yes_button.clicked.connect(lambda: self.answered.emit(True))
        self.no_button.clicked.connect(lambda: self.answered.emit(False))
        self.hint_label = _label(
            self.tr("Enter (scan field empty): yes  ·  Esc: no  ·  the next badges wait in line"),
            self,
            12,
            bold=False,
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.yes_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.no_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (self.icon_label, self.question_label, self.guest_label):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)

    def ask(self, question: str, who: str) -> None:
        self.question_label.setText(question)
        self.guest_label.setText(who)
        self.guest_label.setVisible(bool(who))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 220)


class CompanionsPanel(QFrame):
    """How many came with a guest: one button per number, the largest chosen already."""

    chosen = Signal(int)  # companions who came (0..the most the guest may bring)
    cancelled = Signal()
    PER_ROW = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompt")
        self.setStyleSheet(PROMPT_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.question_label = _label("", self, 28)
        self.door_question_label = _label("", self, 20)
        self.door_question_label.hide()
        self.hint_label = _label(
            self.tr("↑ ↓ choose  ·  Enter (scan field empty): let in  ·  Esc: cancel"),
            self,
            12,
            bold=False,
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.chosen.emit)
        self._grid = QGridLayout()
        self._grid.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.question_label)
        layout.addWidget(self.door_question_label)
        layout.addSpacing(12)
        layout.addLayout(self._grid)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def ask(self, name: str, most: int, door_question: str = "") -> None:
        """``door_question``: the event's question, asked in the same breath (choosing a
        number answers it yes)."""
        self.question_label.setText(fill(self.tr("How many came with %1?"), name))
        self.door_question_label.setText(door_question)
        self.door_question_label.setVisible(bool(door_question))
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = []
        for n in range(most + 1):
            button = _big_button(str(n), self, style.QUIET, points=26)
            button.setCheckable(True)
            button.setMinimumWidth(80)
            button.setMaximumWidth(200)  # a target, not a bar: centred, not stretched
            self.group.addButton(button, n)
            self._grid.addWidget(button, n // self.PER_ROW, n % self.PER_ROW)
            self.buttons.append(button)
        self.buttons[-1].setChecked(True)

    @property
    def selected(self) -> int:
        return max(0, self.group.checkedId())

    def step(self, delta: int) -> None:
        n = max(0, min(len(self.buttons) - 1, self.selected + delta))
        self.buttons[n].setChecked(True)

    def confirm(self) -> None:
        self.chosen.emit(self.selected)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 220)
