"""Where a window goes: wholly on the screen that holds the main window, and beside the
door's verdict when there is room, never over more of it than it must.

The one way to place a door window (the form dialogs, the PIN, the inside list, the
kiosk's question) and to size the main window. Sizes and positions are those of the
window's *frame*: the window manager's title bar and borders count, and the screen is
its available geometry (without the task bar). A frame that is not known yet (a window
never shown) is taken from the main window's, else guessed; once the window manager has
framed the window it is placed again with the real one.

:func:`choose` is the rule, on plain rectangles: of the places beside the verdict,
beside the main window and in the screen's corners, the one that covers least of the
verdict, then off the main window when the screen has room, then the largest (a
window may be made shorter or narrower to fit beside the verdict, never below what
its contents need), then nearest the verdict's top right corner.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

GAP = 8  # between a window and what it stands beside
# A frame not seen yet: a title bar and thin borders, about what common window managers draw.
GUESSED_FRAME = QMargins(4, 32, 4, 4)
# Once shown, the window manager frames a window within a moment; look again then.
RECHECK_MS = (120, 500)
MAIN_SIZE = QSize(1180, 760)  # the main window's size on a screen with room for it


def frame_margins(window: QWidget, like: QWidget | None = None) -> QMargins:
    """The window manager's frame around ``window``: its own once shown, else the
    framed ``like`` window's (the main window), else a guess."""
    for widget in (window, like):
        if widget is None or not widget.isVisible() or widget.isFullScreen():
            continue
        outer, inner = widget.frameGeometry(), widget.geometry()
        margins = QMargins(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
        if margins.top() > 0:
            return margins
    return GUESSED_FRAME


def _overlap(a: QRect, b: QRect | None) -> int:
    if b is None:
        return 0
    both = a.intersected(b)
    return 0 if both.isEmpty() else both.width() * both.height()


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


def _sizes(area: QRect, frame: QSize, least: QSize, avoid: QRect | None) -> list[QSize]:
    """The frame as wanted, and as much of it as fits in each gap beside ``avoid`` (never
    below ``least``, what its contents need): shorter rather than over the verdict."""
    full = QSize(min(frame.width(), area.width()), min(frame.height(), area.height()))
    sizes = [full]
    if avoid is None:
        return sizes
    if least.width() < full.width() or least.height() < full.height():
        sizes.append(least.boundedTo(full))  # no room beside it: the least it can be
    for room in (avoid.top() - GAP - area.top(), area.bottom() - avoid.bottom() - GAP):
        if least.height() <= room < full.height():
            sizes.append(QSize(full.width(), room))
    for room in (avoid.left() - GAP - area.left(), area.right() - avoid.right() - GAP):
        if least.width() <= room < full.width():
            sizes.append(QSize(room, full.height()))
    return sizes


def choose(
    area: QRect,
    frame: QSize,
    avoid: QRect | None = None,
    main: QRect | None = None,
    least: QSize | None = None,
) -> QRect:
    """Where a frame of ``frame`` (at least ``least``) goes inside ``area`` (the screen)."""
    best: tuple[int, int, int, int] | None = None
    chosen = QRect(area.topLeft(), frame)
    target = avoid.topRight() if avoid is not None else area.center()
    for size in _sizes(area, frame, least or frame, avoid):
        w, h = size.width(), size.height()
        xs = [area.left(), area.right() + 1 - w]
        ys = [area.top(), area.bottom() + 1 - h]
        for near in (avoid, main):
            if near is None:
                continue
            xs += [near.right() + 1 + GAP, near.left() - GAP - w, near.left(), near.right() + 1 - w]
            ys += [near.top(), near.bottom() + 1 + GAP, near.top() - GAP - h]
        for x in xs:
            for y in ys:
                spot = QRect(
                    _clamp(x, area.left(), area.right() + 1 - w),
                    _clamp(y, area.top(), area.bottom() + 1 - h),
                    w,
                    h,
                )
                middle = spot.center()
                distance = abs(middle.x() - target.x()) + abs(middle.y() - target.y())
                # Least of the verdict covered, then off the main window if it can be,
                # then the most of the window shown, then nearest the verdict.
                score = (_overlap(spot, avoid), int(_overlap(spot, main) > 0), -w * h, distance)
                if best is None or score < best:
                    best, chosen = score, spot
    return chosen


def screen_area(anchor: QWidget) -> QRect:
    """The available geometry of the screen that holds ``anchor``'s window."""
    screen = anchor.window().screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _global_rect(widget: QWidget | None) -> QRect | None:
    if widget is None or not widget.isVisible():
        return None
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def place(
    window: QWidget, anchor: QWidget, avoid: QWidget | None = None, size: QSize | None = None
) -> QRect:
    """Size ``window`` (``size``, else its own, never below what its contents need and
    never beyond the screen) and move it by :func:`choose`; returns its frame."""
    main = anchor.window()
    area = screen_area(anchor)
    margins = frame_margins(window, main)
    own = (
        window.size() if window.testAttribute(Qt.WidgetAttribute.WA_Resized) else window.sizeHint()
    )  # a window never sized nor shown is 640×480 in Qt's books
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    wanted = (size or own).expandedTo(least)
    extra = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
    framed = main.frameGeometry() if main is not window and main.isVisible() else None
    spot = choose(area, wanted + extra, _global_rect(avoid), framed, least + extra)
    window.resize(spot.size() - extra)
    window.move(spot.topLeft())  # a window's position is its frame's
    return spot


def _again(window: QWidget, anchor: QWidget, avoid: QWidget | None) -> None:
    """Placed again, now that the window manager may have framed it: only while both are
    still there and shown."""
    if not (shiboken6.isValid(window) and shiboken6.isValid(anchor)):
        return
    if avoid is not None and not shiboken6.isValid(avoid):
        avoid = None
    if window.isVisible() and anchor.isVisible():
        place(window, anchor, avoid)


def keep_placed(
    window: QWidget, anchor: QWidget, avoid: QWidget | None = None, size: QSize | None = None
) -> QRect:
    """:func:`place` now (before the window is shown), and again just after it is shown,
    with the real frame."""
    frame = place(window, anchor, avoid, size)
    for ms in RECHECK_MS:
        QTimer.singleShot(ms, window, lambda: _again(window, anchor, avoid))
    return frame


def refit(window: QWidget, anchor: QWidget, avoid: QWidget | None = None) -> None:
    """A window whose contents grew (a problem line, a question) placed again once its
    layout has settled, so that it stays wholly on the screen."""
    QTimer.singleShot(0, window, lambda: _again(window, anchor, avoid))


def fit_main(window: QWidget, wanted: QSize = MAIN_SIZE) -> None:
    """The main window at ``wanted`` or less, its frame (title bar too) wholly on the
    screen, centred; checked again just after it is first shown, with the real frame."""
    given = _fit(window, wanted)
    for ms in RECHECK_MS:
        QTimer.singleShot(ms, window, lambda: _refit_main(window, wanted, given))


def _fit(window: QWidget, wanted: QSize) -> QSize:
    area = screen_area(window)
    margins = frame_margins(window)
    client = QSize(
        min(wanted.width(), area.width() - margins.left() - margins.right()),
        min(wanted.height(), area.height() - margins.top() - margins.bottom()),
    )
    window.resize(client)
    frame = QSize(
        client.width() + margins.left() + margins.right(),
        client.height() + margins.top() + margins.bottom(),
    )
    window.move(
        area.left() + (area.width() - frame.width()) // 2,
        area.top() + (area.height() - frame.height()) // 2,
    )
    return client


def _refit_main(window: QWidget, wanted: QSize, given: QSize) -> None:
    """Fitted again with its real frame, unless someone sized it since (the person, full
    screen, maximised)."""
    if (
        shiboken6.isValid(window)
        and window.isVisible()
        and window.size() == given
        and not window.isFullScreen()
        and not window.isMaximized()
        and not screen_area(window).contains(window.frameGeometry())
    ):
        _fit(window, wanted)
