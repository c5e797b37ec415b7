"""A real printer for the badge tests: a private CUPS queue on the cups-pdf backend.

`.ci/run` starts cupsd and points cups-pdf at one folder (``Out`` in
/etc/cups/cups-pdf.conf, ``Label 2``: files named ``..job_<id>.pdf``). Each
test gets its own queue, so pausing it (``cupsdisable``) touches no other test;
the PDF a job printed is found by its job id and its QR codes decoded with
zxing-cpp, as a person's phone would read the badge.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

CONF = Path("/etc/cups/cups-pdf.conf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


def _lack(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CUPS with cups-pdf is needed (.ci/run sets it up): {why}")
    pytest.skip(f"no CUPS printer to print to: {why}")


def cups_out() -> Path:
    """The folder cups-pdf writes into."""
    given = os.environ.get("CHECKIN_TEST_CUPS_PDF_OUT")
    if given:
        return Path(given)
    if CONF.exists():
        for line in CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("Out "):
                return Path(line.split(None, 1)[1].strip())
    _lack("no Out folder in /etc/cups/cups-pdf.conf")
    raise AssertionError("unreachable")


def _cups(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args),
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
        env=dict(os.environ, LC_ALL="C"),
    )


def private_queue() -> Iterator[str]:
    """A new cups-pdf queue of a test's own, removed afterwards (a fixture's body)."""
    if shutil.which("lpadmin") is None or not PPD.exists():
        _lack("lpadmin or the cups-pdf driver is not installed")
    if _cups("lpstat", "-r").returncode != 0:
        _lack("cupsd is not running")
    name = "checkin-test-" + uuid.uuid4().hex[:8]
    made = _cups("lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-P", str(PPD))
    assert made.returncode == 0, made.stderr
    try:
        yield name
    finally:
        _cups("cancel", "-a", name)
        _cups("lpadmin", "-x", name)


def pause(printer: str) -> None:
    assert _cups("cupsdisable", printer).returncode == 0


def resume(printer: str) -> None:
    assert _cups("cupsenable", printer).returncode == 0


def not_completed(printer: str) -> set[str]:
    done = _cups("lpstat", "-W", "not-completed", "-o", printer)
    return {line.split()[0] for line in done.stdout.splitlines() if line.strip()}


def printed(job: str, *, seconds: float = 60.0) -> Path:
    """The PDF cups-pdf wrote for ``job`` ("checkin-test-1a2b-17"), once it is whole."""
    number = job.rsplit("-", 1)[1]
    pattern = re.compile(rf"job_{number}\.pdf$")
    folder = cups_out()
    printer = job.rsplit("-", 1)[0]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if job not in not_completed(printer):
            found = [p for p in folder.glob("*.pdf") if pattern.search(p.name)]
            if found:
                return found[0]
        time.sleep(0.2)
    raise AssertionError(f"{job} printed nothing into {folder} within {seconds:g} s")


def files_of(jobs: set[str]) -> dict[str, Path]:
    return {job: printed(job) for job in jobs}


def qr_codes(pdf: Path) -> list[list[str]]:
    """The QR codes on each page of ``pdf``, as text."""
    doc = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(doc)):
            page = doc[index]
            image = page.render(scale=4).to_pil()
            page.close()
            pages.append(
                [
                    b.text
                    for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
                ]
            )
        return pages
    finally:
        doc.close()


def page_size_mm(pdf: Path) -> tuple[float, float]:
    doc = pdfium.PdfDocument(pdf)
    try:
        w, h = doc[0].get_size()
        return round(w * 25.4 / 72), round(h * 25.4 / 72)
    finally:
        doc.close()
