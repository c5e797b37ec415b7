"""The wheel installed into a fresh venv, used from an empty folder as a new user would.

No checkout on the path, an empty HOME: the commands find their fonts, translations,
sounds, icons and the demo list as package data, and keep their files in the data folder.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import tomllib
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp

from tests.install.installing import ROOT, Installed

pytestmark = pytest.mark.slow

GUESTS = [
    ("Ayşe", "Yılmaz", "Stichting Ğ"),
    ("Łukasz", "Nowak", "Teatr Łódź"),
    ("Zoë", "van den Berg", "Podium Mozaïek"),
]


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font the PDF's text uses: base name -> embedded."""
    fonts: dict[str, bool] = {}
    pdf = pdfium.PdfDocument(path)
    try:
        for page in pdf:
            for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
                font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
                size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
                buffer = (pdfium_c.c_char * size)()
                pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
                name = bytes(buffer).rstrip(b"\0").decode("latin-1")
                fonts[name.split("+")[-1]] = bool(pdfium_c.FPDFFont_GetIsEmbedded(font))
            page.close()
    finally:
        pdf.close()
    return fonts


def pdf_codes(path: Path) -> set[str]:
    codes: set[str] = set()
    pdf = pdfium.PdfDocument(path)
    try:
        for page in pdf:
            bitmap = page.render(scale=4)
            image = bitmap.to_pil().convert("L")
            codes |= {
                b.text
                for b in zxingcpp.read_barcodes(image)
                if b.format == zxingcpp.BarcodeFormat.QRCode
            }
            bitmap.close()
            page.close()
    finally:
        pdf.close()
    return codes


def ok(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 0, (done.stdout, done.stderr)


def test_the_command_runs_a_whole_event_from_an_empty_folder(installed: Installed) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    done = installed.run("checkin", "--version")
    ok(done)
    assert done.stdout.strip() == f"checkin {version}"

    listing = installed.work / "gastenlijst.csv"
    with listing.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(["Voornaam", "Achternaam", "Organisatie"])
        writer.writerows(GUESTS)
    ok(
        installed.run(
            "checkin",
            "new",
            "sessie.checkin",
            "--name",
            "Sessie Nieuw-West",
            "--capacity",
            "25",
            "--date",
            "2021-06-18",
        )
    )
    ok(installed.run("checkin", "import", "sessie.checkin", "gastenlijst.csv"))
    done = installed.run("checkin", "guests", "sessie.checkin", "--json")
    ok(done)
    guests = json.loads(done.stdout)
    assert {g["last_name"] for g in guests} >= {"Yılmaz", "Nowak"}

    ok(installed.run("checkin", "badges", "sessie.checkin", "-o", "badges.pdf"))
    badges = installed.work / "badges.pdf"
    fonts = pdf_fonts(badges)
    assert fonts and all(fonts.values()), fonts  # every font embedded, none substituted
    assert all(name.startswith("DejaVuSans") for name in fonts), fonts
    assert pdf_codes(badges) == {g["code"] for g in guests}

    ok(installed.run("checkin", "scan", "sessie.checkin", guests[0]["code"]))
    ok(installed.run("checkin", "export", "sessie.checkin", "-o", "aanwezig.xlsx"))
    ok(installed.run("checkin", "export", "sessie.checkin", "-o", "aanwezig.csv"))
    assert (installed.work / "aanwezig.xlsx").stat().st_size > 0
    exported = (installed.work / "aanwezig.csv").read_text(encoding="utf-8-sig")
    assert "Yılmaz" in exported and "Łukasz" in exported


def test_the_app_opens_the_demo_and_lists_its_guests(installed: Installed) -> None:
    done = installed.run("checkin-app", "--demo", timeout=120, CHECKIN_PROBE_SHOWN="1")
    ok(done)
    lines = done.stdout.split()
    assert "shown" in lines and "ready" in lines, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    # The demo lands in the platform's data folder under the (empty) HOME: no checkout needed.
    data = installed.home / ".local" / "share" / "DoorCheckin" / "checkin"
    assert (data / "demo.checkin").is_file()
    assert not list(data.glob(".demo*building*"))
    assert not (data / "logs" / "crash.log").exists()


@pytest.mark.parametrize(
    "command, args",
    [
        ("checkin", ("badges", "sessie.checkin", "-o", "no-font.pdf")),
        ("checkin", ("doorlist", "sessie.checkin", "-o", "no-font-list.pdf")),
    ],
)
def test_a_missing_font_is_one_sentence_and_exit_2(
    installed: Installed, command: str, args: tuple[str, ...]
) -> None:
    event = installed.work / "sessie.checkin"
    if not event.exists():
        ok(installed.run("checkin", "new", "sessie.checkin", "--name", "S", "--capacity", "5"))
        (installed.work / "l.csv").write_text("Naam\nAyşe Yılmaz\n", encoding="utf-8")
        ok(installed.run("checkin", "import", "sessie.checkin", "l.csv"))
    font = installed.site_packages / "checkin_resources" / "fonts" / "DejaVuSans.ttf"
    aside = font.with_suffix(".aside")
    shutil.move(font, aside)
    try:
        done = installed.run(command, *args)
    finally:
        shutil.move(aside, font)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "DejaVuSans.ttf" in done.stderr
    assert not (installed.work / args[-1]).exists()


@pytest.mark.parametrize("shipped", ["translations/door_nl.qm", "fonts/DejaVuSans-Bold.ttf"])
def test_a_missing_file_stops_the_app_at_start_with_one_sentence(
    installed: Installed, shipped: str
) -> None:
    """Fonts and catalogues are essential: without one the app does not start."""
    gone = installed.site_packages / "checkin_resources" / shipped
    aside = gone.with_suffix(".aside")
    shutil.move(gone, aside)
    try:
        done = installed.run("checkin-app", "--demo", timeout=120, CHECKIN_PROBE_SHOWN="1")
    finally:
        shutil.move(aside, gone)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert shipped in done.stderr
    assert "shown" not in done.stdout  # refused before any window


@pytest.mark.parametrize("shipped", ["icons/checkin.svg", "sounds/denied.wav"])
def test_a_missing_icon_or_sound_is_named_and_the_app_starts(
    installed: Installed, shipped: str
) -> None:
    """An icon or a sound is an extra (checkin/resources.py): named once, the app goes on."""
    gone = installed.site_packages / "checkin_resources" / shipped
    aside = gone.with_suffix(".aside")
    shutil.move(gone, aside)
    try:
        done = installed.run("checkin-app", "--demo", timeout=120, CHECKIN_PROBE_SHOWN="1")
    finally:
        shutil.move(aside, gone)
    assert "Traceback" not in done.stderr
    assert shipped.split("/")[-1] in done.stderr, done.stderr
    assert "shown" in done.stdout, (done.stdout, done.stderr)
