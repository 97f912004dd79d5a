"""Screenshots of the real pages on a demo archive, for the user guide (docs/screenshots/).

    python tools/screenshots.py docs/screenshots [--archive DIR] [--size 1400x900]

Run it under Xvfb (``xvfb-run -a -s "-screen 0 1400x900x24" python -m ...``) or with
``QT_QPA_PLATFORM=offscreen``; every picture is ``QWidget.grab()`` of the main window.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # run as `python tools/…py` from anywhere


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python tools/screenshots.py")
    p.add_argument("out", type=Path)
    p.add_argument("--archive", type=Path, help="demo archive to use (default: a new temporary one)")
    p.add_argument("--size", default="1400x900")
    args = p.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.demo import write_demo
    from desktop_app.core.demo_archive import ensure_demo_archive
    from desktop_app.gui.app import create_application, open_main_window

    app = create_application()
    tmp = Path(tempfile.mkdtemp(prefix="archdesk-shots-"))
    root, user, password = ensure_demo_archive(args.archive or tmp / "archive")
    archive = Archive.open(root, user=user, password=password)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    win = open_main_window(archive, settings)
    win.resize(width, height)
    win.show()
    _wait(300)
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        _wait(250)
        path = args.out / f"{name}.png"
        win.grab().save(str(path))
        print(path)

    # 收集: import a fresh batch with defective packages so the result list shows every outcome.
    batch = tmp / "新批次"
    write_demo(batch, cases=5, seed=2026, faults=True)
    intake = win.show_page("intake")
    loop = QEventLoop()
    intake.start_import([batch])
    intake.job.ended.connect(loop.quit)
    loop.exec()
    failed = intake.rows_of_kind("failed")
    if failed:
        intake.results.setCurrentItem(failed[-1])
    shot("intake")

    cases = win.show_page("cases")
    shot("cases")
    cases.status_box.setCurrentIndex(cases.status_box.findData("imported"))
    cases.task_edit.setText("不动产")
    cases.apply_filter()
    shot("cases-filtered")

    detail = win.show_page("case_detail")
    case_id = next(i for i in archive.catalog.cases.ids()
                   if any(str(c.original_name).lower().endswith(".pdf")
                          for c in archive.catalog.cases.components(i)))
    win.ctx.navigate("case_detail", case_id=case_id)
    pdf_item = next(i for i in detail.tree.component_items if i.text(0).lower().endswith(".pdf"))
    detail.tree.setCurrentItem(pdf_item)
    _wait(800)
    shot("case-detail-materials")
    jpg = [i for i in detail.tree.component_items if i.text(0).lower().endswith((".jpg", ".jpeg"))]
    if jpg:
        detail.tree.setCurrentItem(jpg[0])
        shot("case-detail-image")
    detail.tabs.setCurrentIndex(1)
    shot("case-detail-metadata")
    detail.tabs.setCurrentIndex(2)
    shot("case-detail-events")
    win.close()

    from desktop_app.gui.login import LoginDialog

    login = LoginDialog(root, user)
    login.show()
    _wait(250)
    login.grab().save(str(args.out / "login.png"))
    print(args.out / "login.png")
    login.close()
    archive.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
