"""Save a spreadsheet as .xls and .ods with a password, by LibreOffice (UNO).

Run with the Python that carries LibreOffice's ``uno`` module (on Debian
/usr/bin/python3 with python3-uno):  save_with_password.py SOURCE OUT_DIR PASSWORD
It writes OUT_DIR/gastenlijst-wachtwoord.xls and .ods, for the import's tests.
"""

import os
import subprocess
import sys
import tempfile
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(source, out_dir, password):
    profile = tempfile.mkdtemp()
    pipe = f"checkin{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=pipe,name={pipe};urp;",
        ]
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        for _ in range(300):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.2)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),)
        )
        for suffix, writer in (("xls", "MS Excel 97"), ("ods", "calc8")):
            out = os.path.join(os.path.abspath(out_dir), f"gastenlijst-wachtwoord.{suffix}")
            doc.storeToURL(
                uno.systemPathToFileUrl(out),
                (prop("FilterName", writer), prop("Password", password)),
            )
        doc.close(True)
        desktop.terminate()
    finally:
        try:
            office.wait(30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:4])
