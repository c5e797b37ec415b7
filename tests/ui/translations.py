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


class Lookups(QTranslator):
    """Asked first (installed last), it records every text that none of ``translators``
    answers, then lets Qt go on asking them: the texts Qt shows untranslated.

    PySide's ``self.tr`` asks for the object's class first, then for each base class in
    turn (``GuestDialog``, ``FormDialog``, ``QDialog``...) until a lookup answers with a
    text other than the source: one ``tr`` call is one run of lookups of the same text,
    and it missed only if no lookup of the run was answered. ``missed`` names the run's
    first context, the class Qt asked for."""

    def __init__(self, translators: list[QTranslator]) -> None:
        super().__init__()
        self.translators = translators
        self.missed: set[tuple[str, str]] = set()
        self.asked: set[tuple[str, str]] = set()
        self.answers: set[str] = set()  # every translation given: Dutch, even if it is "Type"
        self._run: tuple[str, str, bool] | None = None  # first context, source, answered

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.add((context, source))
        answers = [t.translate(context, source, disambiguation, n) for t in self.translators]
        found = any(answers)
        self.answers.update(a for a in answers if a)
        if self._run is not None and self._run[1] == source:
            self._run = (self._run[0], source, self._run[2] or found)
        else:
            self.finish()
            self._run = (context, source, found)
        # None, not "": an empty string would be taken as the translation.
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name; an empty translator is never asked
        return False

    def finish(self) -> set[tuple[str, str]]:
        if self._run is not None and not self._run[2]:
            self.missed.add(self._run[:2])
        self._run = None
        return self.missed


@contextmanager
def recorded(translators: list[QTranslator]) -> Iterator[Lookups]:
    """Every lookup ``translators`` could not answer while the block runs."""
    lookups = Lookups(translators)
    QCoreApplication.installTranslator(lookups)
    try:
        yield lookups
    finally:
        QCoreApplication.removeTranslator(lookups)
