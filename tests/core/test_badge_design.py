"""The badge design kept with the event: logo, accent, role band, one name size a sheet.

Read back from the PDF: word boxes from pdftotext -bbox (a word's box is as tall as its
font size), pages rendered by pdftoppm, QR codes decoded by zxing-cpp."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from checkin.cli import main
from checkin.documents.badges import save_design, write_badges
from checkin.documents.design import (
    BadgeDesign,
    design_of,
    parse_colour,
    role_colour,
    with_changes,
)
from checkin.documents.fonts import BOLD, face
from checkin.documents.frames import frame_for
from checkin.documents.layouts import LAYOUTS, MM, get_layout
from checkin.errors import InvalidValue
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0, seed

LOGO_RGB = (228, 87, 46)  # a colour nothing else on a badge has
TOO_LONG = "Maximiliaan-Constantijn Frederik"
FIRST_NAMES = ["Anna", "Zoë", "Jan", "Mehmet", "Li", "Ğülşen", "Eva", "Bram", "Søren", "Ola"]
SVG_LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
    '<rect width="40" height="40" rx="8" fill="#e4572e"/>'
    '<rect x="48" y="10" width="70" height="20" fill="#e4572e"/></svg>'
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) is not installed",
)


def png_logo(kind: str = "PNG") -> bytes:
    image = Image.new("RGB", (240, 80), LOGO_RGB)
    out = io.BytesIO()
    image.save(out, kind)
    return out.getvalue()


@pytest.fixture
def design_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.create(
        tmp_path / "gala.checkin",
        name="Relatie-evenement Schiphol 2026",
        capacity=300,
        event_date=date(2026, 12, 24),
        now=T0,
        language="nl",
    )
    roles = ["Spreker", "", "Pers", "", "Crew", "", "", "Spreker", "", ""]
    guests = [
        GuestInput(
            first_name=f,
            last_name=f"Achternaam{i}",
            organisation="KLM",
            ticket_type=roles[i],
            seat=str(i) if i % 3 == 0 else "",
        )
        for i, f in enumerate(FIRST_NAMES)
    ]
    guests.insert(3, GuestInput(first_name=TOO_LONG, last_name="Oppenheimer"))
    seed(store, guests)
    yield store
    store.close()


def words_of(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page: (text, x0, y0, x1, y1) of every word, y down from the top."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append(
            [
                (w[4], float(w[0]), float(w[1]), float(w[2]), float(w[3]))
                for w in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" '
                    r'xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                    page,
                )
            ]
        )
    return pages


def colours(image: Image.Image) -> list[tuple[int, tuple[int, int, int]]]:
    return image.getcolors(maxcolors=1 << 24) or []


def rendered(pdf: Path, tmp_path: Path, dpi: int = 150) -> list[Image.Image]:
    prefix = tmp_path / f"{pdf.stem}-page"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True, timeout=120
    )
    return [Image.open(p).convert("RGB") for p in sorted(tmp_path.glob(f"{pdf.stem}-page*.png"))]


@pytest.mark.parametrize("layout_name", list(LAYOUTS))
def test_every_first_name_of_a_sheet_has_one_size_unless_it_is_too_long(
    design_store: Store, tmp_path: Path, layout_name: str
) -> None:
    out = tmp_path / f"{layout_name}.pdf"
    write_badges(design_store, out, layout=layout_name)
    sizes: dict[str, float] = {}
    for page in words_of(out):
        for text, _x0, y0, _x1, y1 in page:
            if text in FIRST_NAMES:  # the big name is the larger of the two
                sizes[text] = max(sizes.get(text, 0.0), round(y1 - y0, 2))
    assert set(sizes) == set(FIRST_NAMES)
    assert len(set(sizes.values())) == 1, sizes
    big = next(iter(sizes.values()))
    long_sizes = [
        round(y1 - y0, 2)
        for page in words_of(out)
        for text, _, y0, _, y1 in page
        if text.startswith("Maximiliaan")
    ]
    assert long_sizes and max(long_sizes) < big  # only the name that does not fit shrinks


def test_a_long_first_name_wraps_to_two_lines_before_it_shrinks_further(
    design_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "a6.pdf"
    write_badges(design_store, out, layout="a6")
    page = next(p for p in words_of(out) if any(t.startswith("Maximiliaan") for t, *_ in p))
    first = next(w for w in page if w[0].startswith("Maximiliaan"))
    second = next(w for w in page if w[0] == "Frederik")
    assert second[2] > first[4] - 1  # Frederik on the line below
    frame = frame_for(get_layout("a6"))
    one_line = frame.column / face(BOLD).width(TOO_LONG, 1.0)
    assert first[4] - first[2] > 1.3 * one_line  # larger than on one line
    assert first[4] - first[2] < frame.name_size


@pytest.mark.parametrize(
    "logo_name, data",
    [
        ("logo.png", png_logo("PNG")),
        ("logo.jpg", png_logo("JPEG")),
        ("logo.svg", SVG_LOGO.encode()),
    ],
)
@pytest.mark.parametrize("layout_name", ["a4-8", "avery-l4785", "label-62mm"])
def test_the_logo_is_on_every_badge_and_every_qr_still_decodes(
    design_store: Store, tmp_path: Path, logo_name: str, data: bytes, layout_name: str
) -> None:
    (tmp_path / logo_name).write_bytes(data)
    design = with_changes(design_of({}), logo=tmp_path / logo_name, accent="#0b6e4f")
    save_design(design_store, design)
    out = tmp_path / "b.pdf"
    write_badges(design_store, out, layout=layout_name)
    layout = get_layout(layout_name)
    guests = design_store.guests(include_cancelled=False)
    dpi = 150
    scale = dpi / 72
    codes: list[str] = []
    for index, image in enumerate(rendered(out, tmp_path, dpi)):
        page_guests = guests[index * layout.per_page : (index + 1) * layout.per_page]
        for slot, _guest in zip(layout.slots, page_guests, strict=False):
            sx, sy = slot
            box = (
                int(sx * scale),
                int((layout.page_height - sy - layout.badge_height) * scale),
                int((sx + layout.badge_width) * scale),
                int((layout.page_height - sy) * scale),
            )
            badge = image.crop(box)
            logo_pixels = sum(
                n
                for n, p in colours(badge)
                if all(abs(a - b) < 30 for a, b in zip(p, LOGO_RGB, strict=True))
            )
            assert logo_pixels > 100, f"no logo on badge {slot} of page {index + 1}"
        codes += [
            b.text
            for b in zxingcpp.read_barcodes(
                image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode
            )
        ]
    assert sorted(codes) == sorted(g.code for g in guests)


def test_role_bands_have_their_own_colour_and_the_qr_decodes_beside_them(
    design_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "b.pdf"
    write_badges(design_store, out, layout="a4-8")
    [image, *_] = rendered(out, tmp_path, 150)
    bands = {
        role: tuple(int(role_colour(role)[i : i + 2], 16) for i in (1, 3, 5))
        for role in ("Spreker", "Pers", "Crew")
    }
    pixels = {p for _, p in colours(image)}
    assert len(set(bands.values())) == 3  # each role its own colour
    for role, rgb in bands.items():
        assert any(all(abs(a - b) < 6 for a, b in zip(p, rgb, strict=True)) for p in pixels), role
    text = " ".join(t for t, *_ in words_of(out)[0])
    assert "Spreker" in text and "Pers" in text
    decoded = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(decoded) == 8


def test_event_name_and_date_are_at_least_9_pt(design_store: Store, tmp_path: Path) -> None:
    for layout_name in LAYOUTS:
        out = tmp_path / f"{layout_name}.pdf"
        write_badges(design_store, out, layout=layout_name)
        for text, _x0, y0, _x1, y1 in words_of(out)[0]:
            if text in ("Relatie-evenement", "december", "2026"):
                assert y1 - y0 >= 8.99, (layout_name, text, y1 - y0)


def test_the_design_is_kept_with_the_event(design_store: Store, tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text(SVG_LOGO)
    design = with_changes(design_of({}), logo=tmp_path / "logo.svg", accent="teal")
    save_design(design_store, design)
    kept = design_of(design_store.event().badge_design)
    assert kept == design
    assert kept.accent == "#008080" and kept.logo_kind == "svg"
    assert design_of({}) == BadgeDesign()
    removed = with_changes(kept, remove_logo=True)
    assert removed.logo_data == b"" and removed.accent == "#008080"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("#1B5E8C", "#1b5e8c"),
        ("1b5e8c", "#1b5e8c"),
        ("#abc", "#aabbcc"),
        ("teal", "#008080"),
    ],
)
def test_colours_people_type(text: str, expected: str) -> None:
    assert parse_colour(text) == expected


def test_a_bad_colour_or_logo_is_one_clear_sentence(tmp_path: Path) -> None:
    with pytest.raises(InvalidValue, match="not a colour"):
        parse_colour("#12345")
    (tmp_path / "logo.gif").write_bytes(b"GIF89a")
    with pytest.raises(InvalidValue, match=r"must be a \.png, \.jpg or \.svg"):
        with_changes(BadgeDesign(), logo=tmp_path / "logo.gif")
    (tmp_path / "broken.png").write_bytes(b"not a png")
    with pytest.raises(InvalidValue, match="not a PNG or JPEG image"):
        with_changes(BadgeDesign(), logo=tmp_path / "broken.png")
    (tmp_path / "broken.svg").write_text("<svg")
    with pytest.raises(InvalidValue, match="not an SVG image"):
        with_changes(BadgeDesign(), logo=tmp_path / "broken.svg")


def test_the_cli_remembers_logo_and_accent_for_next_time(
    design_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = design_store.location
    design_store.close()
    (tmp_path / "logo.png").write_bytes(png_logo())
    assert (
        main(
            [
                "badges",
                str(path),
                "-o",
                str(tmp_path / "a.pdf"),
                "--logo",
                str(tmp_path / "logo.png"),
                "--accent",
                "#c0392b",
            ]
        )
        == 0
    )
    assert main(["badges", str(path), "-o", str(tmp_path / "b.pdf")]) == 0
    with Store.open(path) as store:
        kept = design_of(store.event().badge_design)
    assert kept.accent == "#c0392b" and kept.logo_data == png_logo()
    [page, *_] = rendered(tmp_path / "b.pdf", tmp_path, 100)
    assert any(
        all(abs(a - b) < 30 for a, b in zip(p, LOGO_RGB, strict=True)) for _, p in colours(page)
    )
    # a bad logo: exit 2, one sentence, and the kept design unchanged
    capsys.readouterr()
    assert (
        main(
            [
                "badges",
                str(path),
                "-o",
                str(tmp_path / "c.pdf"),
                "--logo",
                str(tmp_path / "nope.svg"),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "nope.svg" in err and "Traceback" not in err
    with Store.open(path) as store:
        assert design_of(store.event().badge_design) == kept
    assert not (tmp_path / "c.pdf").exists()


def test_the_qr_keeps_its_size_on_every_layout() -> None:
    for layout in LAYOUTS.values():
        assert frame_for(layout).qr_size >= 25 * MM


def test_nothing_on_the_roll_label_is_under_9_pt(design_store: Store, tmp_path: Path) -> None:
    """The 62 mm label is read at arm's length: every word at least 9 pt."""
    out = tmp_path / "label.pdf"
    write_badges(design_store, out, layout="label-62mm")
    sizes = [(text, y1 - y0) for page in words_of(out) for text, _, y0, _, y1 in page]
    assert sizes and min(size for _, size in sizes) >= 8.99, min(sizes, key=lambda s: s[1])
