"""The verdict area: the last verdict, big, fading back to "Ready for the next badge"; and sound.

It shows what it is given (a :class:`~ui.door.words.Shown`), or one of the two
prompts in the verdict's place (the door question, how many came along), and it
plays the chime or the buzz. A verdict stays ``VERDICT_SECONDS`` and then gives
way to the neutral ready screen, so the next guest never reads someone else's
Welcome; a prompt stays until it is answered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from checkin.door import ScanResult

from ..kit import style
from .prompts import CompanionsPanel, QuestionPanel
from .sounds import DoorSounds
from .words import Shown, declined, idle, party_name

VERDICT_SECONDS = 6  # then the screen says "Ready for the next badge"


class VerdictView(QFrame):
    """Fills its space with one verdict. A display only: it never takes the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Ignored with a fixed minimum: a long name or an extra line must not change the
        # window's minimum size (which would make the window jump) on every scan.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(320, 220)
        self.setObjectName("verdict")
        self.icon_label = self._label(96, bold=True)
        self.headline_label = self._label(style.VERDICT_PT, bold=True)
        self.name_label = self._label(style.VERDICT_NAME_PT, bold=True)
        self.details_label = self._label(20, bold=False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.icon_label, self.headline_label, self.name_label, self.details_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self.colour_blind = False
        self.shown = idle()
        self.show_verdict(self.shown)

    def _label(self, points: int, *, bold: bool) -> QLabel:
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setFont(style.font(label.font(), points, bold=bold))
        return label

    def show_verdict(self, shown: Shown) -> None:
        self.shown = shown
        pair = style.verdict_colours(shown.tone, colour_blind=self.colour_blind)
        self.setStyleSheet(style.frame_sheet("verdict", pair))
        self.icon_label.setText(shown.icon)
        self.headline_label.setText(shown.headline)
        self.name_label.setText(shown.name)
        self.name_label.setVisible(bool(shown.name))
        self.details_label.setText("\n".join(shown.details))
        self.details_label.setVisible(bool(shown.details))
        self.setAccessibleName(shown.text)

    @property
    def text(self) -> str:
        return self.shown.text


class VerdictArea(QStackedWidget):
    """The verdict, or a prompt in its place; its timer and the door's two sounds."""

    def __init__(self, sounds: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view = VerdictView(self)
        self.question_panel = QuestionPanel(self)
        self.companions_panel = CompanionsPanel(self)
        for page in (self.view, self.question_panel, self.companions_panel):
            # Like the verdict: a long question must not grow the window's minimum size.
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            page.setMinimumSize(320, 220)
            self.addWidget(page)
        self.sounds = DoorSounds(sounds, self)
        self.exit_mode = False
        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.timeout.connect(self.show_ready)
        self.fade_ms = VERDICT_SECONDS * 1000

    @property
    def fading(self) -> bool:
        """A verdict is up and will give way to the ready screen."""
        return self._fade.isActive()

    def show(self, shown: Shown, *, sound: bool | None = None, stay: bool = False) -> None:  # type: ignore[override]
        """``shown`` in the verdict's place; ``sound`` True chimes, False buzzes, None is quiet."""
        self.setCurrentWidget(self.view)
        self.view.show_verdict(shown)
        if stay:
            self._fade.stop()
        else:
            self._fade.start(self.fade_ms)
        if sound is not None:
            self.sounds.play(sound)

    def show_ready(self) -> None:
        self._fade.stop()
        self.setCurrentWidget(self.view)
        self.view.show_verdict(idle(self.exit_mode))

    def set_exit_mode(self, on: bool) -> None:
        self.exit_mode = on
        if self.currentWidget() is self.view and not self.fading:
            self.show_ready()

    def ask(self, result: ScanResult) -> None:
        """The question the service asks about this guest, in the verdict's place."""
        question = result.question
        assert question is not None
        name = (
            result.guest.name
            if result.guest is not None
            else (question.walk_in.name if question.walk_in is not None else result.code)
        )
        if question.kind == "companions":
            self.ask_companions(name, question.max_people - 1, question.text)
        else:
            self.ask_question(question.text, party_name(name, result.people))

    def show_declined(self, result: ScanResult) -> None:
        """No to the door question: "Not let in"; a cancelled companions choice: ready."""
        question = result.question
        if question is not None and question.kind == "question":
            self.show(declined(result.guest.name if result.guest else ""), sound=None)
        else:
            self.show_ready()

    def ask_question(self, question: str, who: str) -> None:
        # No sound: with a health check every guest is asked, and a buzz at each one
        # would teach the crew to ignore it.
        self._fade.stop()
        self.question_panel.ask(question, who)
        self.setCurrentWidget(self.question_panel)

    def ask_companions(self, name: str, most: int, door_question: str = "") -> None:
        self._fade.stop()
        self.companions_panel.ask(name, most, door_question)
        self.setCurrentWidget(self.companions_panel)

    @property
    def asking(self) -> bool:
        return self.currentWidget() is not self.view
