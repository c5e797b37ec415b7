"""Redraws docs/badges/<layout>.png (the first page of each layout) and sheet.png (a whole
A4 sheet, larger, for the README) from real PDFs, rendered by pdftoppm.

Run from the repository root: ``.venv/bin/python docs/badges/make_previews.py``.
A Dutch event with the design an organiser would set: the sample logo
(docs/badges/sample-logo.svg, made for these pictures), a green accent, and role
bands from the ticket type. The guests show the hard cases: a long name, a long
organisation, Latin Extended letters, a seat.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from checkin.documents.badges import save_design, write_badges  # noqa: E402
from checkin.documents.design import design_of, with_changes  # noqa: E402
from checkin.documents.layouts import LAYOUTS  # noqa: E402
from checkin.models import GuestInput  # noqa: E402
from checkin.store import Store  # noqa: E402

DPI = 100
SHEET_DPI = 130
GUESTS = [
    GuestInput(first_name="Maximiliaan", middle="van den", last_name="Heuvel-Oppenheimer",
               seat="4", ticket_type="Spreker",
               organisation="Stichting voor Internationale Samenwerking in Kunst en Cultuur"),
    GuestInput(first_name="Zoë", last_name="Yılmaz", organisation="Studio Ğ", seat="Tafel 12"),
    GuestInput(first_name="Łucja", last_name="Øberg-Şahin", organisation="Ó Cuinn & Ëlst",
               ticket_type="Pers"),
    GuestInput(first_name="Anna", middle="van den", last_name="Berg",
               organisation="Podium Mozaïek"),
    GuestInput(first_name="Jan-Willem", middle="de", last_name="Vries",
               organisation="Gemeente Amsterdam", ticket_type="Crew"),
    GuestInput(first_name="Gülşen", last_name="Işıkoğlu", organisation="Atelier Nieuw-West"),
    GuestInput(first_name="Ola", last_name="Nørgaard", ticket_type="Spreker"),
    GuestInput(first_name="Bram", last_name="Aalders", organisation="Het Huis"),
]


def render(pdf: Path, png: Path, dpi: int) -> None:
    stem = png.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True, timeout=120)
    print(f"wrote {png}")


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    now = datetime(2021, 6, 1, 12, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        with Store.create(work / "preview.checkin", name="Inspiratiesessie Nieuw-West",
                          capacity=25, event_date=date(2021, 6, 18), now=now,
                          language="nl") as store:
            for g in GUESTS:  # as the Guests screen adds a guest: a fresh code each
                store.add_guest(g, now=now)
            save_design(store, with_changes(design_of({}), logo=HERE / "sample-logo.svg",
                                            accent="#0b6e4f"))
            for name in LAYOUTS:
                pdf_path = work / f"{name}.pdf"
                write_badges(store, pdf_path, layout=name)
                render(pdf_path, HERE / f"{name}.png", DPI)
                if name == "a4-8":
                    render(pdf_path, HERE / "sheet.png", SHEET_DPI)
    return 0


if __name__ == "__main__":
    sys.exit(main())
