"""Issue 17, class 8: a lost catalog.  A 0-byte (or blank, or missing) catalog.sqlite beside records/
is reported as what it is — with ``archdesk rebuild`` and the newest backup (named by the audit.log
mirror) — by every command, by ``init`` (which no longer says "the archive exists" or creates an
empty one over the records) and by the GUI at open; nothing is created in its place; rebuild then
brings the cases back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from carrier_support import PASSWORD, build_agency
from values_support import run_cli

from desktop_app.core.archive_handle import Archive
from desktop_app.core.catalog_loss import CatalogLost
from desktop_app.core.preserve.backup import run_backup


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lost")
    build_agency(tmp / "agency", n=2)
    arch = Archive.open(tmp / "agency", user="admin", password=PASSWORD)
    backup = run_backup(arch, tmp / "bk").folder
    arch.close()
    return tmp, str(backup)


def lose(tmp: Path, dest: Path, how: str) -> Path:
    import shutil

    shutil.copytree(tmp / "agency", dest)
    cat = dest / "catalog.sqlite"
    for side in dest.glob("catalog.sqlite-*"):
        side.unlink()
    if how == "empty":
        cat.write_bytes(b"")
    elif how == "blank":
        cat.unlink()
        sqlite3.connect(cat).close()
        cat.write_bytes(cat.read_bytes() or b"")
        con = sqlite3.connect(cat)
        con.execute("PRAGMA journal_mode=WAL")
        con.close()
    else:
        cat.unlink()
    return dest


@pytest.mark.parametrize("how", ["empty", "blank", "missing"])
def test_every_command_and_init_name_the_lost_catalog(made, tmp_path, capsys, monkeypatch, how):
    tmp, backup = made
    root = lose(tmp, tmp_path / "agency", how)
    before = (root / "catalog.sqlite").read_bytes() if (root / "catalog.sqlite").exists() else None
    cli = run_cli(capsys, monkeypatch)
    for argv in (["list"], ["fixity"], ["audit", "verify"], ["init", "--fonds", "Z001", "--name", "新"]):
        code, text, doc = cli("--archive", str(root), *argv)
        assert code == 2 and "rebuild" in text and backup in text and "records/" in text, (argv, text)
        assert doc["error"]["code"] == "catalog_lost"
        now = (root / "catalog.sqlite").read_bytes() if (root / "catalog.sqlite").exists() else None
        assert now == before                                   # nothing created in its place
    code, text, _ = cli("--archive", str(root), "rebuild")
    assert code == 0, text
    code, text, doc = cli("--archive", str(root), "list")
    assert code == 0 and doc["total"] == 2, text


def test_rebuild_starts_a_new_audit_chain_and_keeps_the_old_log(made, tmp_path, capsys, monkeypatch):
    """With the catalog lost, its audit chain is lost too: the rebuilt catalog starts a new one, and
    the old audit.log — its mirror — is kept as it was beside the new log (before, the new entries
    were appended to the old log and ``audit verify`` reported every entry as changed)."""
    import json

    tmp, _ = made
    root = lose(tmp, tmp_path / "agency", "missing")
    old_log = (root / "audit" / "audit.log").read_bytes()
    cli = run_cli(capsys, monkeypatch)
    code, text, rebuilt = cli("--archive", str(root), "rebuild")
    assert code == 0, text
    code, verify_text, _ = cli("--archive", str(root), "audit", "verify")
    assert code == 0, verify_text
    kept = root / "audit" / rebuilt["audit_kept"]
    assert kept.read_bytes() == old_log and kept.name in text
    first = json.loads((root / "audit" / "audit.log").read_text(encoding="utf-8").splitlines()[0])
    detail = json.loads(first["detail"])
    assert first["action"] == "catalog.rebuild" and int(first["seq"]) == 1
    assert detail["previous_audit_log"] == kept.name
    assert detail["previous_last_hash"] == json.loads(old_log.decode("utf-8").splitlines()[-1])["hash"]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")   # the offscreen platform, on show
def test_the_gui_says_what_happened_at_open(made, tmp_path, monkeypatch, qapp):
    """The GUI shows the lost-catalog dialog (gui/lost_catalog.py; its buttons are clicked in
    tests/gui/test_lost_catalog_dialog.py): what happened and the newest backup, no terminal command;
    closing it changes nothing."""
    from PySide6.QtCore import QTimer

    from desktop_app.gui import app as gui_app
    from desktop_app.gui.lost_catalog import LostCatalogDialog

    tmp, backup = made
    root = lose(tmp, tmp_path / "agency", "empty")
    shown: list[str] = []

    def poll() -> None:
        for w in qapp.topLevelWidgets():
            if isinstance(w, LostCatalogDialog) and w.isVisible():
                shown.append("\n".join(label.text() for label in w.findChildren(type(w.message))))
                w.reject()
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    assert gui_app.run(str(root)) == 1
    assert shown and backup in shown[0] and "0 字节" in shown[0]
    # no terminal command (`archdesk …`) — outside the paths it names (the Windows stage's test
    # folder is C:\archdesk-ci-tmp)
    assert "archdesk" not in shown[0].replace(str(root), "<档案库>").replace(backup, "<备份>")
    assert (root / "catalog.sqlite").stat().st_size == 0
    with pytest.raises(CatalogLost):
        Archive.open(root, user="admin", password=PASSWORD)


def test_a_real_catalog_is_told_from_a_blank_one_by_its_header(made, tmp_path, monkeypatch):
    """Every opening asks whether the catalog is blank: a catalog whose header says it has a schema
    (user_version set) is answered from the header without connecting; a blank one still is blank,
    also in WAL mode, and a catalog whose schema is only in its write-ahead log is not blank."""
    from desktop_app.core.catalog import blank

    tmp, _backup = made
    real = tmp / "agency" / "catalog.sqlite"
    connect = blank.sqlite3.connect

    def no_connect(*a, **k):
        raise AssertionError("connected to a catalog whose header answers")

    monkeypatch.setattr(blank.sqlite3, "connect", no_connect)
    assert blank.is_blank(real) is False
    monkeypatch.setattr(blank.sqlite3, "connect", connect)
    assert blank.is_blank(lose(tmp, tmp_path / "blank", "blank") / "catalog.sqlite") is True
    # a new catalog whose schema never reached a checkpoint: the header still says version 0
    fresh = tmp_path / "fresh.sqlite"
    con = sqlite3.connect(fresh, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE t(x)")
    con.execute("PRAGMA user_version=7")
    assert fresh.read_bytes()[60:64] == bytes(4)
    assert blank.is_blank(fresh) is False
    con.close()
