"""`make dist-check`: the frozen folder works on its own, outside the checkout.

From an empty folder with an empty HOME, the frozen `checkin` makes an event, imports
a list with names outside Latin-1, makes badges (the PDF must embed DejaVu Sans) and
exports; the frozen `checkin-app` opens the demo under the offscreen platform until its
guests are listed. Exits 0 when all of it worked, else 1 with what failed.

    python packaging/dist_check.py [FOLDER]     # default: dist/checkin
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if os.name == "nt" else ""
SECONDS = 120


def run(folder: Path, name: str, *args: str, cwd: Path, env: dict[str, str]) -> str:
    command = [str(folder / (name + EXE)), *args]
    done = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=SECONDS,
    )
    if done.returncode != 0 or "Traceback" in done.stderr:
        raise SystemExit(
            f"dist-check: `{name} {' '.join(args)}` failed "
            f"({done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return done.stdout


def check(folder: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="checkin-dist-check-") as tmp:
        home, work = Path(tmp, "home"), Path(tmp, "work")
        home.mkdir()
        work.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            LOCALAPPDATA=str(home / "local"),
            XDG_DATA_HOME=str(home / "data"),
            QT_QPA_PLATFORM="offscreen",
        )
        print(run(folder, "checkin", "--version", cwd=work, env=env).strip())
        (work / "gasten.csv").write_text(
            "Voornaam;Achternaam;Organisatie\nAyşe;Yılmaz;Stichting Ğ\nŁukasz;Nowak;Teatr\n",
            encoding="utf-8",
        )
        run(
            folder,
            "checkin",
            "new",
            "e.checkin",
            "--name",
            "Dist check",
            "--capacity",
            "5",
            cwd=work,
            env=env,
        )
        run(folder, "checkin", "import", "e.checkin", "gasten.csv", cwd=work, env=env)
        run(folder, "checkin", "badges", "e.checkin", "-o", "badges.pdf", cwd=work, env=env)
        pdf = (work / "badges.pdf").read_bytes()
        fonts = set(re.findall(rb"/BaseFont\s*/[A-Z]{6}\+([\w-]+)", pdf))
        if (
            not fonts
            or not all(f.startswith(b"DejaVuSans") for f in fonts)
            or b"/FontFile2" not in pdf
        ):
            raise SystemExit(f"dist-check: badges.pdf does not embed DejaVu Sans ({fonts})")
        run(folder, "checkin", "export", "e.checkin", "-o", "aanwezig.csv", cwd=work, env=env)
        if "Yılmaz" not in (work / "aanwezig.csv").read_text(encoding="utf-8-sig"):
            raise SystemExit("dist-check: the export lost 'Yılmaz'")
        print("checkin: new, import, badges (DejaVu Sans embedded), export: ok")

        start = time.time()
        out = run(
            folder, "checkin-app", "--demo", cwd=work, env={**env, "CHECKIN_PROBE_SHOWN": "1"}
        )
        times = dict(
            line.split() for line in out.splitlines() if line.startswith(("shown ", "ready "))
        )
        if set(times) != {"shown", "ready"}:
            raise SystemExit(f"dist-check: the app did not list the demo's guests:\n{out}")
        print(
            f"checkin-app --demo: shown after {float(times['shown']) - start:.2f} s, "
            f"guests listed after {float(times['ready']) - start:.2f} s: ok"
        )


if __name__ == "__main__":
    check((Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "checkin").resolve())
