"""Loading QtMultimedia without its noise, and knowing whether it is there at all.

QtMultimedia needs system libraries (libpulse) that a bare machine may lack, and
on a machine without sound or video hardware its backends print a dozen
warnings while they look for PipeWire, VA-API and PulseAudio. Those warnings are
about the machine, not about us, so they are swallowed while the backend loads;
every other message passes through to whoever handled messages before.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_BACKEND_NOISE = ("PulseAudioService", "pipewire", "PipeWire", "ALSA lib")

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


def _is_backend_noise(context: QMessageLogContext, message: str) -> bool:
    category = context.category or ""
    return category.startswith("qt.multimedia") or message.startswith(_BACKEND_NOISE)


@contextmanager
def quiet_backend() -> Iterator[None]:
    """Swallow the multimedia backend's own start-up messages for the duration."""
    previous: Handler | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if _is_backend_noise(context, message):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)  # where Qt itself would have written it

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@dataclass(frozen=True)
class MediaSupport:
    module: ModuleType | None  # PySide6.QtMultimedia, or None when it cannot load
    audio_outputs: int
    video_inputs: int
    problem: str  # why there is no multimedia at all, in English for the log


@functools.cache
def media_support() -> MediaSupport:
    """Load QtMultimedia once (a QCoreApplication must exist) and count the devices."""
    with quiet_backend():
        try:
            from PySide6 import QtMultimedia
        except ImportError as exc:
            return MediaSupport(None, 0, 0, str(exc))
        audio = len(QtMultimedia.QMediaDevices.audioOutputs())
        video = len(QtMultimedia.QMediaDevices.videoInputs())
    return MediaSupport(QtMultimedia, audio, video, "")
