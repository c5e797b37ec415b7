"""Redraws docs/badges/<layout>.png: the first page of each layout from a real PDF.

Run from the repository root: ``.venv/bin/python docs/badges/make_previews.py``.
The guests are made up to show the hard cases: a long name, a long
organisation, Latin Extended letters, a seat.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import pypdfium2 as pdfium  # noqa: E402

from checkin.documents.badges import write_badges  # noqa: E402
from checkin.documents.layouts import LAYOUTS  # noqa: E402
from checkin.models import GuestInput  # noqa: E402
from checkin.store import Store  # noqa: E402

DPI = 100
GUESTS = [
    GuestInput(first_name="Maximiliaan Alexander", middle="van den",
               last_name="Heuvel-Oppenheimer", seat="4",
               organisation="Stichting voor Internationale Samenwerking in Kunst en Cultuur"),
    GuestInput(first_name="Zoë", last_name="Yılmaz", organisation="Studio Ğ", seat="Tafel 12"),
    GuestInput(first_name="Łucja", last_name="Øberg-Şahin", organisation="Ó Cuinn & Ëlst"),
    GuestInput(first_name="Anna", middle="van den", last_name="Berg",
               organisation="Podium Mozaïek"),
    GuestInput(first_name="Jan", middle="de", last_name="Vries", organisation="Gemeente Amsterdam"),
    GuestInput(first_name="Gülşen", last_name="Işıkoğlu", organisation="Atelier Nieuw-West"),
    GuestInput(first_name="Ola", last_name="Nørgaard"),
    GuestInput(first_name="Bram", last_name="Aalders", organisation="Het Huis"),
]


def main() -> int:
    now = datetime(2021, 6, 1, 12, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        with Store.create(work / "preview.checkin", name="Inspiratiesessie Nieuw-West",
                          capacity=25, event_date=date(2021, 6, 18), now=now) as store:
            store.merge_guests([(g, False) for g in GUESTS], file_name="preview", skipped=0,
                               duplicates=0, now=now)
            for name in LAYOUTS:
                pdf_path = work / f"{name}.pdf"
                write_badges(store, pdf_path, layout=name)
                pdf = pdfium.PdfDocument(pdf_path)
                try:
                    page = pdf[0]
                    bitmap = page.render(scale=DPI / 72)
                    bitmap.to_pil().convert("RGB").save(HERE / f"{name}.png", optimize=True)
                    bitmap.close()
                    page.close()
                finally:
                    pdf.close()
                print(f"wrote {HERE / f'{name}.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
