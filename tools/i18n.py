"""Qt Linguist workflow for ArchDesk: extract, translate, build.

    python tools/i18n.py update    # pyside6-lupdate: desktop_app/gui/**.py -> resources/i18n/*.ts
    python tools/i18n.py release   # pyside6-lrelease: *.ts -> *.qm (shipped, committed)
    python tools/i18n.py all       # both (the usual command after changing UI strings)
    python tools/i18n.py check     # exit 1 if a source string has no English translation

Source strings are Chinese (``self.tr("导入办件…")``).  ``archdesk_zh_CN.ts`` therefore carries
each source text as its own translation (so the .qm is complete); ``archdesk_en.ts`` holds the
English UI, edited in Qt Linguist or by hand.  lupdate keeps existing translations when it updates.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "desktop_app" / "gui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"zh_CN": "zh_CN", "en": "en_US"}


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` (PySide6-Essentials ships both)."""
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return found
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / name, Path(PySide6.__file__).parent / f"{name}.exe",
                      Path(PySide6.__file__).parent / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6-Essentials")


def sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(lang: str) -> Path:
    return I18N / f"archdesk_{lang}.ts"


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang, qt_lang in LANGUAGES.items():
        subprocess.run([tool("lupdate"), *files, "-no-obsolete", "-locations", "relative",
                        "-source-language", "zh_CN", "-target-language", qt_lang, "-ts", str(ts_path(lang))],
                       cwd=ROOT, check=True)
    fill_identity(ts_path("zh_CN"))


def fill_identity(path: Path) -> None:
    """zh_CN: every source string is its own (finished) translation."""
    tree = ET.parse(path)
    for msg in tree.iter("message"):
        src = msg.find("source")
        tr = msg.find("translation")
        if src is None or tr is None:
            continue
        if msg.get("numerus") == "yes":
            for form in list(tr):
                tr.remove(form)
            ET.SubElement(tr, "numerusform").text = src.text
        else:
            tr.text = src.text
        tr.attrib.pop("type", None)
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def release() -> None:
    """Each .qm written beside itself and renamed into place: a running ArchDesk has its .qm
    mapped into memory (QTranslator), and lrelease rewriting that file in place crashed it
    (a segfault in QTranslator's lookup, seen with the demo GUI open during a release)."""
    for lang in LANGUAGES:
        final = I18N / f"archdesk_{lang}.qm"
        tmp = final.with_name(f".{final.name}.tmp")
        subprocess.run([tool("lrelease"), str(ts_path(lang)), "-qm", str(tmp)], cwd=ROOT, check=True)
        os.replace(tmp, final)


def untranslated(lang: str = "en") -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts_path(lang)).iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and \
                (tr.text or any((f.text or "") for f in tr))
            if not done:
                out.append((name, msg.findtext("source") or ""))
    return out


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "all"
    if cmd in ("update", "all"):
        update()
    if cmd in ("release", "all"):
        release()
    if cmd in ("check", "all"):
        missing = untranslated("en")
        for ctx, src in missing:
            print(f"untranslated [{ctx}] {src!r}")
        if cmd == "check":
            return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
