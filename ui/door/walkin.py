"""A walk-in: someone not on the list, added at the door and let in.

Name, organisation and email go to the door service, which decides: a name it
cannot use comes back as a sentence shown here (the dialog stays open); a person
who looks like an invited guest comes back as a match, and the dialog asks
"Is this Jan de Vries (Gemeente Amsterdam)?" — yes lets that guest in, no adds
the walk-in as a new guest. The question is answered with the keys too: Enter is yes
(it has the focus), Tab then Enter is no, Esc cancels the walk-in; the door never
waits on a question nobody can reach.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from checkin.models import Guest, GuestInput

from ..kit.form import FormDialog, Send
from ..kit.text import fill


class WalkInDialog(FormDialog):
    """``send`` gets the :class:`GuestInput`; ``as_new`` says it is not the match."""

    is_match = Signal(object)  # Guest: yes, this walk-in is that invited guest

    def __init__(self, send: Send, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Walk-in"),
            send=send,
            intro=self.tr("Someone not on the guest list."),
            ok_text=self.tr("Add and let in"),
            what=self.tr("the walk-in"),
            parent=parent,
        )
        self.name_field = QLineEdit(self)
        self.organisation_field = QLineEdit(self)
        self.email_field = QLineEdit(self)
        self.form.addRow(self.tr("Name"), self.name_field)
        self.form.addRow(self.tr("Organisation"), self.organisation_field)
        self.form.addRow(self.tr("Email"), self.email_field)
        self.match: Guest | None = None
        self.as_new = False  # "no, someone else": add them even though they look like a guest
        self.yes_button = QPushButton(self)
        self.no_button = QPushButton(self.tr("No, someone else: add as new"), self)
        for b in (self.yes_button, self.no_button):
            b.hide()
            self.main_layout.insertWidget(self.main_layout.count() - 1, b)
        self.yes_button.clicked.connect(self._yes)
        self.no_button.clicked.connect(self._no)

    def value(self) -> GuestInput:
        return self.guest_input()

    def guest_input(self) -> GuestInput:
        return GuestInput(
            name=self.name_field.text(),
            organisation=self.organisation_field.text(),
            email=self.email_field.text(),
            walk_in=True,
        )

    def ask_match(self, guest: Guest) -> None:
        """The service found this walk-in on the list already."""
        self.match = guest
        who = f"{guest.name} ({guest.organisation})" if guest.organisation else guest.name
        self.say(fill(self.tr("Is this %1? They are on the guest list."), who))
        self.yes_button.setText(fill(self.tr("Yes, let %1 in"), guest.name))
        self.yes_button.show()
        self.no_button.show()
        self._sending(False)  # the service answered: the next press is the person's
        self.ok_button.setEnabled(False)
        self.ok_button.setDefault(False)
        self.yes_button.setDefault(True)
        self.yes_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _yes(self) -> None:
        if self.match is not None:
            self.is_match.emit(self.match)

    def _no(self) -> None:
        self.as_new = True
        self.try_submit()
