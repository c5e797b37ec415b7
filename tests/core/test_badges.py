"""Badge PDFs as a printer and a door scanner see them: real PDFs rasterised with
pypdfium2, every QR decoded with zxing-cpp, text positions read back from the page."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from PIL import Image

from checkin.cli import main
from checkin.codes import new_code
from checkin.documents.badges import (
    BOLD,
    ELLIPSIS,
    REGULAR,
    BadgeResult,
    fit_name,
    qr_matrix,
    render_badges,
    seat_text,
    wrap,
    write_badges,
)
from checkin.documents.fonts import face as _face
from checkin.documents.frames import frame_for
from checkin.documents.layouts import LAYOUTS, MM, Layout, get_layout
from checkin.errors import Cancelled, GuestNotFound, InvalidValue, OutputError
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0, seed

DPI = 200
SCALE = DPI / 72
LONG_NAME = "Maximiliaan Alexander van den Heuvel-Oppenheimer"
LONG_WORD = "Wolfeschlegelsteinhausenbergerdorff"
LONG_ORG = (
    "Stichting voor Internationale Samenwerking in Kunst, Cultuur en "
    "Erfgoed in Amsterdam Nieuw-West en Omstreken"
)
BASE_14 = {"Courier", "Helvetica", "Times", "Symbol", "ZapfDingbats"}


# --- reading a PDF back ----------------------------------------------------------


@dataclass(frozen=True)
class Found:
    code: str
    centre: tuple[float, float]  # points, PDF coordinates
    width: float  # points, the symbol from corner to corner
    corners: tuple[tuple[int, int], ...]  # pixels, y down


@dataclass(frozen=True)
class Char:
    text: str
    box: tuple[float, float, float, float]  # left, bottom, right, top in points


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    image: Image.Image
    codes: list[Found]
    chars: list[Char]


def read_pdf(path: Path) -> Iterator[Page]:
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            bitmap = page.render(scale=SCALE)
            try:
                width, height = page.get_size()
                image = bitmap.to_pil().convert("L")
                chars = []
                for i in range(textpage.count_chars()):
                    char = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i))
                    if char.strip():
                        chars.append(Char(char, textpage.get_charbox(i)))
            finally:
                bitmap.close()
                textpage.close()
                page.close()
            found = []
            for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
                pos = barcode.position
                corners = tuple(
                    (p.x, p.y)
                    for p in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
                )
                cx = sum(x for x, _ in corners) / 4 / SCALE
                cy = height - sum(y for _, y in corners) / 4 / SCALE
                side = (pos.top_right.x - pos.top_left.x) / SCALE
                found.append(Found(barcode.text, (cx, cy), side, corners))
            yield Page(width, height, image, found, chars)
    finally:
        pdf.close()


def slot_of(layout: Layout, x: float, y: float) -> int | None:
    for index, (sx, sy) in enumerate(layout.slots):
        if sx <= x <= sx + layout.badge_width and sy <= y <= sy + layout.badge_height:
            return index
    return None


def squash(text: str) -> str:
    return "".join(text.split())


# --- fixtures --------------------------------------------------------------------


HARD_GUESTS = [
    GuestInput(
        first_name="Maximiliaan Alexander",
        middle="van den",
        last_name="Heuvel-Oppenheimer",
        organisation=LONG_ORG,
        seat="4",
    ),
    GuestInput(first_name="Zoë", last_name="Yılmaz", organisation="Studio Ğ", seat="Tafel 12"),
    GuestInput(first_name="Łucja", last_name="Øberg-Şahin", organisation="Ó Cuinn & Ëlst"),
    GuestInput(first_name="Gülşen", last_name="Işıkoğlu", organisation="Ateliér Ďábel"),
    GuestInput(first_name=LONG_WORD),
    GuestInput(
        first_name="Anna",
        middle="van den",
        last_name="Berg",
        organisation="Podium Mozaïek",
        code="100234",
    ),
    GuestInput(first_name="Jan", middle="de", last_name="Vries"),
    GuestInput(first_name="Ola", last_name="Nørgaard", organisation="Ørsted"),
    GuestInput(first_name="Ana", last_name="Kowalczyk-Ó'Brien", organisation="Łódź Kultura"),
    GuestInput(first_name="Piet", last_name="Klaassen", cancelled=True, code="999999"),
    GuestInput(first_name="Eva", last_name="Zeeman", organisation="Gemeente Amsterdam"),
    GuestInput(first_name="Bram", last_name="Aalders", organisation="Het Huis"),
]


@pytest.fixture
def hard_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.create(
        tmp_path / "hard.checkin",
        name="Inspiratiesessie Nieuw-West: pioniers van kunst en cultuur",
        capacity=50,
        event_date=date(2021, 6, 18),
        now=T0,
    )
    seed(store, HARD_GUESTS)
    yield store
    store.close()


# --- every layout, read back -----------------------------------------------------


@pytest.mark.parametrize("layout_name", list(LAYOUTS))
def test_every_layout_decodes_and_keeps_everything_on_its_badge(
    hard_store: Store, tmp_path: Path, layout_name: str
) -> None:
    layout = get_layout(layout_name)
    out = tmp_path / f"{layout_name}.pdf"
    result = write_badges(hard_store, out, layout=layout_name)

    guests = hard_store.guests(include_cancelled=False)
    assert len(guests) == len(HARD_GUESTS) - 1
    per_page = layout.per_page
    expected_pages = [guests[i : i + per_page] for i in range(0, len(guests), per_page)]
    assert result == BadgeResult(path=out, badges=len(guests), pages=len(expected_pages))

    pages = list(read_pdf(out))
    assert len(pages) == len(expected_pages)
    for page, expected in zip(pages, expected_pages, strict=True):
        assert (page.width, page.height) == pytest.approx((layout.page_width, layout.page_height))
        assert sorted(f.code for f in page.codes) == sorted(g.code for g in expected)
        by_code = {g.code: g for g in expected}
        for sx, sy in layout.slots:
            assert sx >= 0 and sx + layout.badge_width <= page.width + 0.01
            assert sy >= 0 and sy + layout.badge_height <= page.height + 0.01
        text_of_slot: dict[int, str] = {}
        for char in page.chars:
            left, bottom, right, top = char.box
            slot = slot_of(layout, (left + right) / 2, (bottom + top) / 2)
            assert slot is not None, f"{char.text!r} at {char.box} lies on no badge"
            sx, sy = layout.slots[slot]
            assert sx - 0.5 <= left and right <= sx + layout.badge_width + 0.5, char
            assert sy - 0.5 <= bottom and top <= sy + layout.badge_height + 0.5, char
            text_of_slot[slot] = text_of_slot.get(slot, "") + char.text
        for found in page.codes:
            # The symbol itself is at least 25 mm wide.
            assert found.width >= 24.8 * MM
            slot = slot_of(layout, *found.centre)
            assert slot is not None
            guest = by_code[found.code]
            text = text_of_slot[slot]
            # the first name whole, and the full name whole or cut with an ellipsis
            assert squash(guest.first_name) in text
            full = squash(guest.name)
            assert full in text or (full[:12] in text and ELLIPSIS in text)
            if guest.organisation:
                org = squash(guest.organisation)
                assert org in text or (org[:10] in text and ELLIPSIS in text)
            if guest.seat:
                assert squash(seat_text(guest.seat)) in text
            assert "18June2021" in text
            assert_quiet_zone(page.image, found, len(qr_matrix(found.code)))


def assert_quiet_zone(image: Image.Image, found: Found, modules: int) -> None:
    """Four modules of white around the symbol (less half a module for anti-aliasing)."""
    xs = [x for x, _ in found.corners]
    ys = [y for _, y in found.corners]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    module = (right - left) / modules
    ring = 4 * module
    outer = (
        int(left - ring + module / 2),
        int(top - ring + module / 2),
        int(right + ring - module / 2),
        int(bottom + ring - module / 2),
    )
    inner_margin = int(module / 2) + 2
    strips = [
        (outer[0], outer[1], outer[2], int(top) - inner_margin),  # above
        (outer[0], int(bottom) + inner_margin, outer[2], outer[3]),  # below
        (outer[0], outer[1], int(left) - inner_margin, outer[3]),  # left
        (int(right) + inner_margin, outer[1], outer[2], outer[3]),  # right
    ]
    for strip in strips:
        darkest = image.crop(strip).getextrema()[0]
        assert darkest > 200, f"quiet zone of {found.code} is not white in {strip}"
    # and the symbol itself is right there: its corner modules are dark
    assert image.getpixel((int(left + module / 2), int(top + module / 2))) < 80
    assert image.getpixel((int(left + 3.5 * module), int(top + 3.5 * module))) < 80


def test_the_long_word_is_cut_only_where_a_line_cannot_hold_it(tmp_path: Path) -> None:
    """On the narrow roll label the long single word must break mid-word; on a wide line
    it fits whole."""
    bold = _face(BOLD)
    lines, _ = fit_name(LONG_WORD, bold, 330, 200, 24, 8)
    assert lines == [LONG_WORD]
    for layout_name, expect_cut in (("label-62mm", True),):
        frame = frame_for(get_layout(layout_name))
        lines, size = fit_name(LONG_WORD, bold, frame.column, 200, frame.name_size, frame.name_min)
        assert "".join(lines) == LONG_WORD
        assert (len(lines) == 2) == expect_cut
        assert all(bold.width(line, size) <= frame.column + 0.01 for line in lines)


# --- the text fitting ------------------------------------------------------------


def test_a_long_name_breaks_at_a_space_into_two_lines() -> None:
    bold = _face(BOLD)
    lines, size = fit_name(LONG_NAME, bold, 230, 60, 24, 8)
    assert len(lines) == 2
    assert " ".join(lines) == LONG_NAME  # broken at a space, nothing lost
    assert 8 <= size < 24
    assert all(bold.width(line, size) <= 230.01 for line in lines)
    assert bold.height(2, size) <= 60.01


def test_the_break_after_the_first_name_wins_when_it_costs_little() -> None:
    bold = _face(BOLD)
    plain, plain_size = fit_name(LONG_NAME, bold, 230, 60, 24, 8)
    assert plain == ["Maximiliaan Alexander van", "den Heuvel-Oppenheimer"]
    lines, size = fit_name(
        LONG_NAME,
        bold,
        230,
        60,
        24,
        8,
        prefer=("Maximiliaan Alexander", "van den Heuvel-Oppenheimer"),
    )
    assert lines == ["Maximiliaan Alexander", "van den Heuvel-Oppenheimer"]
    assert 0.9 * plain_size <= size < plain_size
    # but not when it would shrink the name by more than a tenth
    lines, _ = fit_name("Anna van den Berg", bold, 100, 60, 24, 8, prefer=("Anna", "van den Berg"))
    assert lines == ["Anna van", "den Berg"]


def test_a_short_name_stays_on_one_line_at_the_largest_size() -> None:
    lines, size = fit_name("Zoë Yılmaz", _face(BOLD), 230, 60, 24, 8)
    assert (lines, size) == (["Zoë Yılmaz"], 24)


def test_a_name_shrinks_before_it_would_overflow() -> None:
    bold = _face(BOLD)
    lines, size = fit_name("Anna van den Berg", bold, 120, 20, 24, 8)
    assert size < 24
    assert all(bold.width(line, size) <= 120.01 for line in lines)
    assert bold.height(len(lines), size) <= 20.01


def test_a_bare_table_number_gets_a_word_and_anything_else_prints_as_typed() -> None:
    assert seat_text(" 4 ") == "Table 4"
    assert seat_text("Tafel 12") == "Tafel 12"
    assert seat_text("A12") == "A12"


def test_wrap_ends_what_does_not_fit_in_an_ellipsis() -> None:
    face = _face(REGULAR)
    lines = wrap(LONG_ORG, face, 9, 110, 2)
    assert len(lines) == 2
    assert lines[-1].endswith(ELLIPSIS)
    assert all(face.width(line, 9) <= 110.01 for line in lines)
    assert LONG_ORG.startswith(lines[0])
    assert wrap("Studio Ğ", face, 9, 110, 2) == ["Studio Ğ"]


# --- the QR ----------------------------------------------------------------------


def test_generated_codes_use_alphanumeric_mode_and_the_smallest_symbol() -> None:
    # 28 letters in byte mode would need version 3 (29 modules) at level M.
    assert len(qr_matrix(new_code("BCDF"))) == 25
    assert len(qr_matrix("100234")) == 21  # numeric mode, version 1


def test_imported_codes_of_every_shape_scan_back_exactly(tmp_path: Path) -> None:
    """Ticket-shop codes: lower case (byte mode), long alphanumeric (a larger version
    than generated codes), long numeric, and mixed."""
    codes = ["tk-00123-ab", "BCDF" + "X" * 40, "12345678901234567890123", "A1 $%*+-./:"]
    with Store.create(tmp_path / "e.checkin", name="Shop", capacity=9, now=T0) as store:
        seed(
            store,
            [
                GuestInput(first_name=f"Gast{i}", last_name="Test", code=code)
                for i, code in enumerate(codes)
            ],
        )
        write_badges(store, tmp_path / "b.pdf")
    [page] = list(read_pdf(tmp_path / "b.pdf"))
    assert sorted(f.code for f in page.codes) == sorted(codes)


def test_the_pdf_holds_the_qr_as_vector_paths_and_embeds_its_fonts(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "b.pdf"
    write_badges(store, out)
    data = out.read_bytes()
    assert not re.search(rb"/Subtype\s*/Image", data)  # no bitmap QR
    fonts = [f.decode().split("+")[-1] for f in re.findall(rb"/BaseFont\s*/([^\s/>\]]+)", data)]
    assert fonts and all(name.startswith("DejaVuSans") for name in fonts)
    assert not {f.split("-")[0] for f in fonts} & BASE_14
    descriptors = len(re.findall(rb"/Type\s*/FontDescriptor", data))
    assert descriptors >= 2  # regular and bold
    assert len(re.findall(rb"/FontFile2", data)) == descriptors


# --- which guests ----------------------------------------------------------------


def codes_in_slot_order(path: Path, layout: Layout) -> list[str]:
    ordered: list[str] = []
    for page in read_pdf(path):
        by_slot = {slot_of(layout, *f.centre): f.code for f in page.codes}
        ordered += [by_slot[s] for s in sorted(by_slot, key=lambda s: s if s is not None else -1)]
    return ordered


def test_all_badges_skip_the_cancelled_and_follow_the_door_list_order(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "all.pdf"
    result = write_badges(store, out)
    assert (result.badges, result.pages) == (4, 1)
    # Berg, Østergaard, (de) Vries, Yılmaz: last name, tussenvoegsel ignored; 1005 cancelled.
    assert codes_in_slot_order(out, get_layout("a4-8")) == ["1001", "1004", "1003", "1002"]


def test_a_reprint_holds_exactly_the_guests_asked_for_cancelled_too(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "reprint.pdf"
    result = write_badges(store, out, layout="a6", codes=["1003", " 1005\r\n", "1003"])
    assert (result.badges, result.pages) == (2, 2)
    assert codes_in_slot_order(out, get_layout("a6")) == ["1003", "1005"]


def test_an_unknown_code_fails_before_anything_is_written(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "reprint.pdf"
    with pytest.raises(GuestNotFound) as info:
        write_badges(store, out, codes=["1001", "4242"])
    assert info.value.key == "4242"
    assert list(tmp_path.glob("*.pdf*")) == [] and not list(tmp_path.glob(".*.checkin-part"))


def test_an_event_without_guests_is_a_clear_error(tmp_path: Path) -> None:
    with Store.create(tmp_path / "empty.checkin", name="Leeg", capacity=5, now=T0) as store:
        seed(store, [GuestInput(first_name="Piet", last_name="Klaassen", cancelled=True)])
        with pytest.raises(InvalidValue, match="no guests to print badges for"):
            write_badges(store, tmp_path / "b.pdf")
        with pytest.raises(InvalidValue, match="no guests"):
            render_badges(store.event(), [], tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()


def test_an_unknown_layout_names_the_ones_there_are(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue) as info:
        write_badges(store, tmp_path / "b.pdf", layout="a5")
    assert str(info.value) == (
        "layout: 'a5' is not a layout; choose one of "
        "a4-8, avery-l4785, a6, label-62mm, card-86x54, a4-1."
    )
    assert get_layout(" Avery-L4785 ") is LAYOUTS["avery-l4785"]


# --- writing the file ------------------------------------------------------------


@pytest.mark.parametrize(
    "where, reason",
    [
        ("missing/b.pdf", "the folder does not exist"),
        ("folder", "is a folder"),
        ("afile/b.pdf", "part of the path is a file"),
    ],
)
def test_an_unwritable_output_is_an_output_error(
    store: Store, tmp_path: Path, where: str, reason: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "afile").write_text("x")
    out = tmp_path / where
    with pytest.raises(OutputError) as info:
        write_badges(store, out)
    assert info.value.path == out
    assert reason in str(info.value) and str(out) in str(info.value)


def test_cancelling_leaves_no_file_and_keeps_the_old_one(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    out.write_bytes(b"the badges printed yesterday")
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        write_badges(
            store,
            out,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen == [(1, 4), (2, 4)]
    assert out.read_bytes() == b"the badges printed yesterday"
    assert [p.name for p in tmp_path.glob(".*.checkin-part")] == []


def test_progress_counts_every_badge_and_the_file_replaces_the_old(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "b.pdf"
    out.write_bytes(b"old")
    seen: list[tuple[int, int]] = []
    write_badges(
        store, out, layout="label-62mm", progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.glob(".*.checkin-part")] == []


# --- layouts ---------------------------------------------------------------------


def test_layouts_have_their_real_geometry() -> None:
    a4 = (210 * MM, 297 * MM)
    expected = {
        "a4-8": (a4, (90, 55), 8),
        "avery-l4785": (a4, (80, 50), 10),
        "a6": ((105 * MM, 148 * MM), (105, 148), 1),
        "label-62mm": ((62 * MM, 100 * MM), (62, 100), 1),
    }
    for name, (page, badge, count) in expected.items():
        layout = LAYOUTS[name]
        assert (layout.page_width, layout.page_height) == pytest.approx(page)
        assert (layout.badge_width / MM, layout.badge_height / MM) == pytest.approx(badge)
        assert layout.per_page == count
        boxes = [(x, y, x + layout.badge_width, y + layout.badge_height) for x, y in layout.slots]
        for i, a in enumerate(boxes):
            assert a[0] >= 0 and a[2] <= layout.page_width + 1e-6
            assert a[1] >= 0 and a[3] <= layout.page_height + 1e-6
            for b in boxes[i + 1 :]:  # badges never overlap
                assert (
                    a[2] <= b[0] + 1e-6
                    or b[2] <= a[0] + 1e-6
                    or a[3] <= b[1] + 1e-6
                    or b[3] <= a[1] + 1e-6
                )
    a48 = LAYOUTS["a4-8"]
    assert a48.cut_marks and a48.slots[0] == pytest.approx((15 * MM, (297 - 38.5 - 55) * MM))
    avery = LAYOUTS["avery-l4785"]
    # Avery's template: 13.5 mm top, 17.5 mm left, pitch 95 x 55 mm.
    assert avery.slots[0] == pytest.approx((17.5 * MM, (297 - 13.5 - 50) * MM))
    assert avery.slots[3] == pytest.approx(((17.5 + 95) * MM, (297 - 13.5 - 55 - 50) * MM))


def test_cut_marks_lie_outside_every_badge(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    write_badges(store, out)
    layout = get_layout("a4-8")
    page = next(read_pdf(out))
    image = page.image
    # Dark pixels in the margins (outside the block of badges) are the cut marks.
    left_px = int(layout.slots[0][0] * SCALE)
    top_px = int((page.height - layout.slots[0][1] - layout.badge_height) * SCALE)
    margin = image.crop((0, 0, left_px - 2, image.height))
    assert margin.getextrema()[0] < 128  # marks are there
    above = image.crop((0, 0, image.width, top_px - 2))
    assert above.getextrema()[0] < 128
    # and they sit on the badge edges: a mark above the middle cut
    middle_px = int((layout.slots[0][0] + layout.badge_width) * SCALE)
    column = image.crop((middle_px - 2, 0, middle_px + 3, top_px - 2))
    assert column.getextrema()[0] < 128


# --- the command -----------------------------------------------------------------


def test_cli_writes_badges_that_scan(
    store: Store, event_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "labels.pdf"
    out = io.StringIO()
    assert (
        main(["badges", str(event_path), "-o", str(pdf), "--layout", "avery-l4785"], stdout=out)
        == 0
    )
    assert "Wrote 4 badges on 1 page to" in out.getvalue()
    [page] = list(read_pdf(pdf))
    assert sorted(f.code for f in page.codes) == ["1001", "1002", "1003", "1004"]

    pdf2 = tmp_path / "one.pdf"
    assert (
        main(
            ["badges", str(event_path), "-o", str(pdf2), "--guest", "1002", "--guest", "1005"],
            stdout=io.StringIO(),
        )
        == 0
    )
    [page] = list(read_pdf(pdf2))
    assert sorted(f.code for f in page.codes) == ["1002", "1005"]


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--layout", "a5"], "is not a layout; choose one of a4-8"),
        (["--guest", "4242"], "No guest '4242'"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    store: Store,
    event_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    pdf = tmp_path / "b.pdf"
    assert main(["badges", str(event_path), "-o", str(pdf), *extra], stdout=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not pdf.exists()
