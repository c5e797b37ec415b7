"""Texts that ui/ translates through a helper (``_tr`` in ui/window_parts.py, ``_t`` in
ui/errors.py), listed for lupdate.

lupdate reads only literal ``tr()`` / ``translate()`` calls, so a text passed through
a helper never reaches the catalogue and shows in English on Dutch screens. Until
those calls are literal ``QCoreApplication.translate(context, ...)``, this list keeps
them in the catalogue (the same context and text, so the same entry);
tests/ui/test_dutch_ui.py fails when a helper's text is missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

WINDOW_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "About Door check-in"),
    QT_TRANSLATE_NOOP("MainWindow",
                      "Imports the guest list, prints QR badges, keeps the room to its "
                      "capacity at the door and exports who came."),
    QT_TRANSLATE_NOOP("MainWindow", "Personal data"),
    QT_TRANSLATE_NOOP("MainWindow",
                      "You can remove it in Settings, under Personal data. The counts, scan "
                      "times and the peak stay."),
    QT_TRANSLATE_NOOP("MainWindow", "Go to Settings"),
    QT_TRANSLATE_NOOP("MainWindow", "Later"),
    QT_TRANSLATE_NOOP("MainWindow", "&Event"),
    QT_TRANSLATE_NOOP("MainWindow", "Door check-in %1"),
    QT_TRANSLATE_NOOP("MainWindow",
                      "The retention period of this event ended on %1. The guest list still "
                      "holds names, email addresses and other personal data, which should now "
                      "be removed."),
    QT_TRANSLATE_NOOP("MainWindow", "&Import guest list…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Close event"),
    QT_TRANSLATE_NOOP("MainWindow", "Close &window"),
    QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
    QT_TRANSLATE_NOOP("MainWindow", "&Full screen"),
    QT_TRANSLATE_NOOP("MainWindow", "&About Door check-in"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
    QT_TRANSLATE_NOOP("MainWindow",
                      "The server does not answer, so this page is not available. The "
                      "Door keeps scanning on its own copy; open the event again once the "
                      "server is back."),
)

ERROR_TEXTS = (
    QT_TRANSLATE_NOOP("Errors", "a copy of the file is kept as %1"),
    QT_TRANSLATE_NOOP("Errors", "damaged pages"),
)
