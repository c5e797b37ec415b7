"""The app's catalogues installed for a test, as ui/app.py installs them for a language."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from checkin import resources


@contextmanager
def installed(language: str, *, qt: bool = False) -> Iterator[list[QTranslator]]:
    """Every ``*_<language>.qm`` of ours (English: the plural forms), and Qt's own."""
    files = sorted(str(p) for p in resources.translations().glob(f"*_{language}.qm"))
    assert files, f"no {language} catalogue"
    if qt:
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append(f"{folder}/qtbase_{language}.qm")
    translators = []
    for name in files:
        translator = QTranslator()
        assert translator.load(name), name
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    try:
        yield translators
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
