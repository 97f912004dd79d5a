"""Screenshots of what each role sees (users, audit, search pages) on a demo archive.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_access.py docs/screenshots

Logs in as 系统管理员, 安全保密员, 安全审计员, 档案员 and 利用者 in turn (三员分立 on) and saves
``QWidget.grab()`` of the main window on the page each role works on.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # run as `python tools/…py` from anywhere

PW = "password123"
ROLES = (("sys1", "王管理", ["sysadmin"]), ("sec1", "李保密", ["secadmin"]), ("aud1", "赵审计", ["auditor"]),
         ("clerk1", "陈档案", ["clerk"]), ("reader1", "刘利用", ["reader"]))


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _prepare(root: Path) -> None:
    from desktop_app.core import audit, search_text, use, users
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.crypto import keystore
    from desktop_app.core.demo_archive import DEMO_KEY_PASSPHRASE, ensure_demo_archive

    root, user, password = ensure_demo_archive(root, cases=30)
    with Archive.open(root, user=user, password=password) as a:
        for name, display, roles in ROLES:
            if a.catalog.users.get(name) is None:
                users.create_user(a, name, PW, roles, display)
        search_text.index_text(a)
    with Archive.open(root, user="sys1", password=PW) as a:
        users.set_roles(a, user, ["clerk"])
        users.set_role_separation(a, True)
    with Archive.open(root, user="sec1", password=PW) as a:
        if keystore.key_info(a) is None:                         # the demo archive comes with one
            keystore.generate_key(a, DEMO_KEY_PASSPHRASE, "示例县政务服务中心")
        keystore.load_private_key(a, DEMO_KEY_PASSPHRASE)        # signs an audit checkpoint
        cid = a.catalog.cases.ids()[0]
        use.grant_permit(a, cid, "reader1", expires="2099-12-31", note="核对办理结果")
    with Archive.open(root, user="reader1", password=PW) as a:
        use.open_for_use(a, cid, "核对办理结果")
    with Archive.open(root, user="aud1", password=PW) as a:
        audit.verify(a)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python tools/screenshots_access.py")
    p.add_argument("out", type=Path)
    p.add_argument("--archive", type=Path)
    args = p.parse_args(argv)
    from desktop_app.core.archive_handle import Archive
    from desktop_app.gui.app import create_application, open_main_window

    app = create_application()
    tmp = Path(tempfile.mkdtemp(prefix="archdesk-access-"))
    root = args.archive or tmp / "archive"
    _prepare(root)
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(win: object, name: str) -> None:
        _wait(300)
        path = args.out / f"{name}.png"
        win.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    def window(user: str) -> object:
        arch = Archive.open(root, user=user, password=PW)
        win = open_main_window(arch, QSettings(str(tmp / f"{user}.ini"), QSettings.Format.IniFormat))
        win.resize(1400, 900)
        win.show()
        return win

    win = window("sys1")
    win.show_page("users")                          # type: ignore[attr-defined]
    shot(win, "access-sysadmin-users")
    win.show_page("audit")                          # type: ignore[attr-defined]
    shot(win, "access-sysadmin-audit-denied")
    win.close()                                     # type: ignore[attr-defined]

    win = window("aud1")
    page = win.show_page("audit")                   # type: ignore[attr-defined]
    page.start_verify()
    _wait(3000)
    shot(win, "access-auditor-audit-ok")
    # edit entry 5 in audit/audit.log behind the program's back (and put it back afterwards)
    log = root / "audit" / "audit.log"
    original = log.read_bytes()
    lines = original.decode("utf-8").splitlines(keepends=True)
    lines[4] = lines[4].replace('"actor":"', '"actor":"mallory-', 1)
    tampered = "".join(lines).encode("utf-8")
    log.write_bytes(tampered)
    page.start_verify()
    _wait(3000)
    shot(win, "access-auditor-audit-broken")
    log.write_bytes(original + log.read_bytes()[len(tampered):])
    win.close()                                     # type: ignore[attr-defined]

    for user, name in (("reader1", "access-reader-search"), ("clerk1", "access-clerk-search")):
        win = window(user)
        page = win.show_page("search")              # type: ignore[attr-defined]
        page.query_edit.setText("许可")
        page.run_search()
        shot(win, name)
        win.close()                                 # type: ignore[attr-defined]

    win = window("reader1")
    page = win.show_page("use")                     # type: ignore[attr-defined]
    page.open_case(1, "核对办理结果")
    page.files_table.selectRow(0)
    page.preview_selected()                         # the watermarked copy
    shot(win, "access-reader-use")
    win.close()                                     # type: ignore[attr-defined]

    win = window("sec1")
    win.show_page("users")                          # type: ignore[attr-defined]
    shot(win, "access-secadmin-users-denied")
    page = win.show_page("use")                     # type: ignore[attr-defined]
    page.tabs.setCurrentIndex(1)
    shot(win, "access-secadmin-permits")
    win.close()                                     # type: ignore[attr-defined]

    win = window("aud1")
    page = win.show_page("use")                     # type: ignore[attr-defined]
    page.tabs.setCurrentIndex(2)
    page.refresh_uses()
    shot(win, "access-auditor-use-register")
    win.close()                                     # type: ignore[attr-defined]
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
