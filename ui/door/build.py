"""The Door screen's parts: built, laid out and wired to the screen's handlers.

Split from screen.py by job: this module knows where each part goes and which
signal reaches which handler; screen.py holds the handlers and the screen's
public face. Its texts keep the screen's translation context ("DoorScreen").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..desk import DeskPanel
from ..kit import style
from ..kit.text import fill
from .camera import CameraSlot
from .headcount import Headcount, RoomBanner
from .keys import DoorKeys
from .search import DoorLineEdit, SearchPanel
from .status import ConnectionBanner, LinkStrip, Notice, ScannerLight
from .steps import DoorSteps
from .tools import DoorTools
from .verdict import VerdictArea
from .words import checking

if TYPE_CHECKING:
    from ..settings import Settings
    from .screen import DoorScreen
    from .where import Where

REFRESH_MS = 1500  # other doors on a shared store change the headcount too


def build(screen: DoorScreen, sounds: bool, where: Where, settings: Settings | None) -> None:
    """Make the screen's parts and lay them out, top to bottom."""
    screen.tools = DoorTools(screen)
    screen.tools.show_door(screen.door_name)
    screen.tools.sound_button.setChecked(sounds)
    screen.light = ScannerLight(screen)
    screen.link = LinkStrip(parent=screen, server=where.server)
    screen.connection_banner = ConnectionBanner(screen)
    screen.exit_banner = QLabel(
        QCoreApplication.translate("DoorScreen", "⇦ EXIT MODE: scans check guests out"), screen
    )
    screen.exit_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    screen.exit_banner.setStyleSheet(
        style.outlined_banner_sheet(style.EXIT_MODE, 24, border=f"dashed {style.EXIT_MODE.text}")
    )
    screen.exit_banner.hide()
    screen.room_banner = RoomBanner(screen)
    screen.headcount = Headcount(
        screen.door_name,
        fill(
            QCoreApplication.translate("DoorScreen", "Server: %1")
            if where.server
            else QCoreApplication.translate("DoorScreen", "File: %1"),
            where.display,
        ),
        screen,
    )
    screen.headcount.store_label.setToolTip(where.display)
    screen.verdict = VerdictArea(sounds, screen)
    screen.steps = DoorSteps(
        screen, screen.flow, screen._step_changed, screen.verdict, lambda: screen._timezone
    )
    screen.override_button = QPushButton(
        QCoreApplication.translate("DoorScreen", "Override… (supervisor)"), screen
    )
    screen.override_button.setToolTip(
        QCoreApplication.translate("DoorScreen", "Let this guest in anyway, with a reason")
    )
    screen.override_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    screen.override_button.clicked.connect(screen.open_override)
    screen.override_button.hide()
    screen.middle = QHBoxLayout()
    screen.middle.addWidget(screen.verdict, 3)
    screen.camera = CameraSlot(screen, screen.middle, lambda c: screen.scan_code(c, camera=True))
    screen.camera.preferences_changed.connect(screen.camera_preferences_changed)
    screen.message_label = Notice(screen)
    screen.scan_field = DoorLineEdit(screen)
    screen.scan_field.setPlaceholderText(
        QCoreApplication.translate("DoorScreen", "Scan a badge (or type its code and Enter)")
    )
    screen.scan_field.setFont(style.font(screen.scan_field.font(), 20))
    screen.scan_field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    screen.search = SearchPanel(screen.service, screen.worker, screen)
    screen.search.hide()
    status = QHBoxLayout()
    status.addWidget(screen.light)
    status.addWidget(screen.link, 1)
    layout = QVBoxLayout(screen)
    layout.setSpacing(4)
    layout.addLayout(status)
    layout.addWidget(screen.tools.top)
    for w in (screen.connection_banner, screen.exit_banner, screen.room_banner, screen.headcount):
        layout.addWidget(w)
    layout.addLayout(screen.middle, 1)
    layout.addWidget(screen.override_button, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(screen.message_label)
    layout.addWidget(screen.scan_field)
    layout.addWidget(screen.tools.bottom)
    screen.desk = DeskPanel.attach(
        screen, layout, screen.service, where.location, screen.worker, settings
    )
    layout.addWidget(screen.search)
    screen.setFocusProxy(screen.scan_field)


def wire(screen: DoorScreen, full_screen_key: bool) -> None:
    """Connect the parts' signals to the screen's handlers; start the refresh timer."""
    f, t = screen.flow, screen.tools
    screen.scanner.scanned.connect(screen._on_burst)
    screen.scan_field.returnPressed.connect(screen._on_scan_entered)
    screen.scan_field.moved.connect(screen._on_arrow)
    f.shown.connect(screen._on_shown)
    f.asked.connect(screen._on_asked)
    f.declined.connect(screen._on_declined)
    f.checking.connect(lambda code: screen.verdict.show(checking(code), stay=True))
    f.waiting_changed.connect(lambda _n: screen._update_light())
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.applicationStateChanged.connect(screen._update_light)
    f.problem.connect(screen.show_problem)
    f.unanswered.connect(screen._on_unanswered)
    f.connected_changed.connect(screen._on_connected)
    f.pin_wanted.connect(screen.steps.ask_pin)
    f.room_changed.connect(screen._on_room)
    f.link_changed.connect(screen.link.show_link)
    f.feed_changed.connect(lambda feed: screen.headcount.add_feed(feed, feed.names))
    f.exit_mode_changed.connect(screen._on_exit_mode)
    screen.search.chosen.connect(screen._on_chosen)
    screen.search.closed.connect(screen.focus_scan_field)
    screen.search.failed.connect(screen.show_problem)
    vp = screen.verdict
    vp.question_panel.answered.connect(screen.answer_question)
    vp.companions_panel.chosen.connect(screen.choose_companions)
    vp.companions_panel.cancelled.connect(screen.cancel_prompt)
    t.find_guest.connect(screen.focus_search)
    t.walk_in.connect(screen.open_walk_in)
    t.undo.connect(screen.undo_last)
    t.counted.connect(screen.count)
    t.capacity.connect(screen.open_capacity)
    t.door_name.connect(screen.open_door_name)
    t.scanner.connect(screen.open_scanner)
    t.exit_mode.connect(screen.set_exit_mode)
    t.sound.connect(screen.set_sounds_enabled)
    t.camera.connect(screen.set_camera_enabled)
    t.full_screen.connect(lambda: screen.kiosk_mode.toggle_full_screen())
    t.inside.connect(screen.open_inside)
    screen._refresh_timer = QTimer(screen)
    screen._refresh_timer.timeout.connect(screen.refresh)
    screen._refresh_timer.start(REFRESH_MS)
    screen.keys = DoorKeys(screen, full_screen_key)
