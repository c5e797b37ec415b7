"""The badge design of the event, set on the Badges screen: logo, accent colour, role band.

Kept with the event (``event.badge_design``), so every laptop that opens the
event prints the same badges, and the CLI's ``--logo`` / ``--accent`` change
the same design.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from checkin.documents.design import BadgeDesign, design_of, with_changes
from checkin.errors import CheckinError, InvalidValue
from checkin.store import Store

from .errors import error_text
from .files import FileChooser
from .kit.text import fill
from .settings import Settings


class BadgeDesignBox(QGroupBox):
    changed = Signal()  # a new design is kept with the event

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Badge design"))
        self.store = store
        self.settings = settings
        self.dialog: QFileDialog | QColorDialog | None = None
        self.logo_name = QLabel()
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.logo_button.setToolTip(self.tr("A PNG, JPEG or SVG image, printed on every badge."))
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.accent_swatch = QLabel()
        self.accent_swatch.setFixedSize(28, 20)
        self.accent_button = QPushButton(self.tr("Choose colour…"))
        self.accent_button.clicked.connect(self.choose_accent)
        self.role_band = QCheckBox(self.tr("Role band (from the role or ticket type column)"))
        self.role_band.toggled.connect(self.set_role_band)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_name, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.remove_logo_button)
        accent_row = QHBoxLayout()
        accent_row.addWidget(self.accent_swatch)
        accent_row.addWidget(self.accent_button)
        accent_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Accent colour"), accent_row)
        form.addRow(self.role_band)
        form.addRow(self.message)
        self.show_design()

    @property
    def design(self) -> BadgeDesign:
        return design_of(self.store.event().badge_design)

    def show_design(self) -> None:
        design = self.design
        self.logo_name.setText(design.logo_name or self.tr("No logo"))
        self.remove_logo_button.setEnabled(bool(design.logo_data))
        self.accent_swatch.setStyleSheet(
            f"background: {design.accent}; border: 1px solid #777; border-radius: 3px;"
        )
        self.role_band.blockSignals(True)
        self.role_band.setChecked(design.role_band)
        self.role_band.blockSignals(False)

    def choose_logo(self) -> QFileDialog:
        dialog = FileChooser(
            self,
            self.tr("Choose the logo"),
            self.settings.last_folder,
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.set_logo(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def choose_accent(self) -> QColorDialog:
        dialog = QColorDialog(QColor(self.design.accent), self)
        dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
        dialog.colorSelected.connect(lambda colour: self.set_accent(colour.name()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def set_logo(self, path: Path) -> bool:
        self.settings.last_folder = str(path.parent)
        return self._keep(
            lambda d: with_changes(d, logo=path),
            fill(
                self.tr(
                    "%1 cannot be used as the logo: choose a PNG, JPEG or SVG image of at most "
                    "2 MB."
                ),
                path.name,
            ),
        )

    def remove_logo(self) -> bool:
        return self._keep(lambda d: with_changes(d, remove_logo=True))

    def set_accent(self, colour: str) -> bool:
        return self._keep(lambda d: with_changes(d, accent=colour))

    def set_role_band(self, on: bool) -> bool:
        return self._keep(lambda d: with_changes(d, role_band=on))

    def _keep(self, change: Callable[[BadgeDesign], BadgeDesign], refused: str = "") -> bool:
        from checkin.documents.badges import save_design

        try:
            design = change(self.design)
            save_design(self.store, design)
        except CheckinError as exc:
            bad_value = isinstance(exc, InvalidValue) and refused
            self.message.setText(refused if bad_value else error_text(exc))
            self.message.show()
            self.show_design()
            return False
        self.message.hide()
        self.show_design()
        self.changed.emit()
        return True
