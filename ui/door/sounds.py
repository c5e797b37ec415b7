"""The two door sounds: a chime when someone goes through, a buzz when not.

Silent, never failing, when the laptop has no audio device, QtMultimedia cannot
load or a sound file is missing from the install (the app said so at start): the
verdict on screen is what counts, the sound only helps.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl

from checkin import resources
from checkin.errors import ResourceMissing

from ..media_probe import media_support, quiet_backend


class DoorSounds(QObject):
    """Plays the chime or the buzz, when enabled and when there is somewhere to play it."""

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._effects: dict[bool, object | None] = {}  # None: its file is missing
        self.last_played: bool | None = None  # what would have sounded last: True = chime

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled

    @property
    def audible(self) -> bool:
        """Whether a sound can actually reach a speaker on this machine."""
        support = media_support()
        return support.module is not None and support.audio_outputs > 0

    def play(self, ok: bool) -> None:
        """The chime for ``ok`` (admitted, exited), the buzz otherwise."""
        if not self._enabled:
            return
        self.last_played = ok
        if not self.audible:
            return
        if ok not in self._effects:
            self._effects[ok] = self._load(ok)
        effect = self._effects[ok]
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]

    def _load(self, ok: bool) -> object | None:
        module = media_support().module
        assert module is not None
        try:
            sound = resources.sound("admitted.wav" if ok else "denied.wav")
        except ResourceMissing:
            return None
        with quiet_backend():
            effect = module.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sound)))
            effect.setVolume(0.8)
        made: object = effect
        return made
