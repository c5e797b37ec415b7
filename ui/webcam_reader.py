"""Reading the codes in one webcam frame: what the decoder thread runs for every frame.

Measured on 384 synthetic frames made from our own badges (tests/ui/webcam_frames.py:
tilt, perspective, blur, grain, JPEG, glare, phones in dark mode) in
benchmarks/bench_webcam.py, whose figures are in BENCHMARKS.md:

1. zxing-cpp, QR codes only, its local-average binarizer: dark on light, as printed.
2. Nothing? The global-histogram binarizer, which copes better with glare and dim
   light where the local one breaks the code up, and inverted codes too: a phone in
   dark mode shows the code light on dark, which the panel used to read 0 % of the
   time. Trying inverted codes in the first pass as well reads one frame more in 384
   but costs three times as much on the frames with no code at all, which at a door
   are most frames; the global binarizer's pass costs about 1 ms.
3. Still nothing? The middle of the frame (half its width and height, where the
   preview asks guests to hold the badge) in grey, upscaled 2×: small or blurred
   codes whose modules are 2–3 px. Its pixel count equals the frame's, so this costs
   one more ordinary pass, not four.

Only QR codes: badges carry nothing else, and asking for the linear formats too
(Code 128, EAN-13) makes a noisy frame 10–15 times slower to read. A ticket shop's
barcode is read by the USB scanner.
"""

from __future__ import annotations

import sys

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

FORMATS = (zxingcpp.BarcodeFormat.QRCode,)
# (A tuple, made into zxing's set per call: a module-level nanobind object is
# reported as a leak when the interpreter exits.)
CENTRE = 0.5  # the share of the frame's width and height upscaled in the last pass

# How each QImage format lies in memory, in zxing-cpp's terms. Qt's 32-bit formats
# are native-endian words 0xAARRGGBB, so B, G, R, A bytes on little-endian machines.
_LITTLE = sys.byteorder == "little"
_PIXELS: dict[QImage.Format, zxingcpp.ImageFormat] = {
    QImage.Format.Format_Grayscale8: zxingcpp.ImageFormat.Lum,
    QImage.Format.Format_RGB888: zxingcpp.ImageFormat.RGB,
    QImage.Format.Format_BGR888: zxingcpp.ImageFormat.BGR,
    QImage.Format.Format_RGBX8888: zxingcpp.ImageFormat.RGBA,
    QImage.Format.Format_RGBA8888: zxingcpp.ImageFormat.RGBA,
    QImage.Format.Format_RGBA8888_Premultiplied: zxingcpp.ImageFormat.RGBA,
    **{
        f: zxingcpp.ImageFormat.BGRA if _LITTLE else zxingcpp.ImageFormat.ARGB
        for f in (
            QImage.Format.Format_RGB32,
            QImage.Format.Format_ARGB32,
            QImage.Format.Format_ARGB32_Premultiplied,
        )
    },
}


def image_view(image: QImage) -> tuple[zxingcpp.ImageView, QImage]:
    """The frame's pixels as zxing-cpp reads them, without a copy where the format allows.

    Converting to grey in Qt first costs more than zxing-cpp's own reading of the
    colour bytes (5-10 ms a 720p frame), so only unusual formats are converted.
    The image is returned too: it owns the memory the view points into.
    """
    pixels = _PIXELS.get(image.format())
    if pixels is None:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        pixels = _PIXELS[QImage.Format.Format_RGB32]
    view = zxingcpp.ImageView(
        image.constBits(), image.width(), image.height(), pixels, image.bytesPerLine()
    )
    return view, image


def _read(
    view: zxingcpp.ImageView,
    binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage,
    *,
    invert: bool = True,
    try_downscale: bool = True,
) -> list[str]:
    found = zxingcpp.read_barcodes(
        view,
        formats=zxingcpp.BarcodeFormats(list(FORMATS)),
        try_invert=invert,
        binarizer=binarizer,
        try_downscale=try_downscale,
    )
    return [b.text for b in found if b.text]


def centre_upscaled(image: QImage, share: float = CENTRE) -> QImage:
    """The middle ``share`` of the frame in grey, twice as large (smoothly)."""
    width, height = round(image.width() * share), round(image.height() * share)
    part = image.copy(
        (image.width() - width) // 2, (image.height() - height) // 2, width, height
    ).convertToFormat(QImage.Format.Format_Grayscale8)
    return part.scaled(
        width * 2,
        height * 2,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def read_codes(image: QImage) -> list[str]:
    """Every code found in one frame, in zxing-cpp's reading order (see the module's steps)."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return []
    view, _owner = image_view(image)
    found = _read(view, invert=False) or _read(view, zxingcpp.Binarizer.GlobalHistogram)
    if found:
        return found
    big = centre_upscaled(image)
    big_view, _big_owner = image_view(big)
    # The upscaled picture is only useful at its own size: no downscaled tries.
    return _read(big_view, try_downscale=False)


def read_codes_plain(image: QImage) -> list[str]:
    """What the panel read before (no inverted codes, one pass): for the benchmark."""
    if image.isNull():
        return []
    view, _owner = image_view(image)
    found = zxingcpp.read_barcodes(
        view, formats=zxingcpp.BarcodeFormats(list(FORMATS)), try_invert=False
    )
    return [b.text for b in found if b.text]
