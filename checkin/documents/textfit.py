"""Fitting text into a box: wrapping, ellipsis, and a name at the largest size that fits."""

from __future__ import annotations

from checkin.documents.fonts import Face

ELLIPSIS = "…"
PREFERRED_BREAK_SHARE = 0.9


def _break_word(word: str, face: Face, size: float, width: float) -> list[str]:
    """A word too wide for one line, cut into pieces that fit (the only mid-word break)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and face.width(current + char, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def ellipsize(text: str, face: Face, size: float, width: float) -> str:
    """The longest start of ``text`` that fits with an ellipsis after it."""
    if face.width(text, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if face.width(text[:mid].rstrip() + ELLIPSIS, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap(text: str, face: Face, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy wrap at spaces into at most ``max_lines`` lines no wider than ``width``;
    a word wider than a line is cut, and what does not fit ends in an ellipsis."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if face.width(candidate, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if face.width(word, size) <= width:
            current = word
        else:
            *whole, current = _break_word(word, face, size, width)
            lines.extend(whole)
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = lines[: max_lines - 1] + [ellipsize(rest, face, size, width)]
    return lines


def fit_name(
    text: str,
    face: Face,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    prefer: tuple[str, str] | None = None,
) -> tuple[list[str], float]:
    """The name on one or two lines at the largest size up to ``max_size`` that fits.

    Width grows linearly with size, so each way of breaking at a space gives its
    largest size directly; the best break wins, one line on a tie. ``prefer``
    (first name, then tussenvoegsel and last name) wins while it loses less than
    a tenth of the size: "Anna / van den Berg" reads better than "Anna van /
    den Berg". Below ``min_size`` the name is wrapped at the smallest size
    instead, cutting a word only when it cannot fit a line by itself.
    """
    words = text.split()
    if not words:
        return [], max_size

    def largest(lines: list[str]) -> float:
        widest = max(face.width(line, 1.0) for line in lines)
        return float(min(max_size, width / widest, height / face.height(len(lines), 1.0)))

    options = [[" ".join(words)]]
    options += [[" ".join(words[:i]), " ".join(words[i:])] for i in range(1, len(words))]
    best: list[str] = []
    best_size = 0.0
    for lines in options:
        size = largest(lines)
        if size > best_size:
            best, best_size = lines, size
    if prefer is not None and len(best) == 2 and all(part.strip() for part in prefer):
        preferred = [" ".join(part.split()) for part in prefer]
        size = largest(preferred)
        if size >= PREFERRED_BREAK_SHARE * best_size and size >= min_size:
            return preferred, size
    if best_size >= min_size:
        return best, best_size
    return wrap(text, face, min_size, width, 2), min_size
