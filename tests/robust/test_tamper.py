"""Tampering behind ArchDesk's back, and the check that must catch it, through the CLI (--json):
records/ and the catalog → ``fixity`` (the daily check); a written carrier → ``transfer verify`` and
``receive``; a backup → ``restore``; the audit log (catalog table and audit.log) → ``audit verify``.
Each detector exits 1 and names what was changed."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive, build_agency

from desktop_app.cli import main
from desktop_app.core import audit
from desktop_app.core.archive_handle import Archive
from desktop_app.core.preserve.backup import run_backup
from desktop_app.core.transfer.create import create_transfer


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tamper")
    build_agency(tmp / "agency", n=3, big=2000)
    arch = Archive.open(tmp / "agency", user="admin", password=PASSWORD)
    b = run_backup(arch, tmp / "backups")
    shutil.copytree(tmp / "agency", tmp / "agency-t")
    arch.close()
    arch = Archive.open(tmp / "agency-t", user="admin", password=PASSWORD)
    ids = [r["id"] for r in arch.catalog.all("SELECT id FROM cases")]
    res = create_transfer(arch, tmp / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    arch.close()
    archives_archive(tmp / "archives", tmp / "agency.pem").close()
    return {"tmp": tmp, "agency": tmp / "agency", "transferred": tmp / "agency-t", "backup": Path(b.folder), "carrier": Path(res.volumes[0].path),
            "archives": tmp / "archives"}


@pytest.fixture
def cli(capsys, monkeypatch):
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", PASSWORD)

    def run(*argv: str) -> tuple[int, dict, str]:
        code = main(["--json", *argv])
        out, err = capsys.readouterr()
        return code, (json.loads(out) if out.strip().startswith("{") else {}), out + err
    return run


def copy(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


# -- file tamperings, applied to any tree ----------------------------------------------------------
def _pick(root: Path, under: str) -> Path:
    return sorted(p for p in (root / under).rglob("*.pdf") if p.is_file())[0]


def flip(p: Path) -> str:
    b = bytearray(p.read_bytes())
    b[len(b) // 2] ^= 0x01
    p.write_bytes(bytes(b))
    return p.name


def truncate(p: Path) -> str:
    p.write_bytes(p.read_bytes()[:-7])
    return p.name


def delete(p: Path) -> str:
    p.unlink()
    return p.name


def rename(p: Path) -> str:
    p.rename(p.with_name("改名-" + p.name))
    return p.name


def add(p: Path) -> str:
    extra = p.with_name("后加-" + p.name)
    extra.write_bytes(b"%PDF-1.4\n% slipped in\n")
    return extra.name


FILE_TAMPERINGS: dict[str, Callable[[Path], str]] = {"flip": flip, "truncate": truncate, "delete": delete,
                                                       "rename": rename, "add": add}


# -- records/ and the catalog → daily check ----------------------------------------------------------
@pytest.mark.parametrize("how", list(FILE_TAMPERINGS))
def test_fixity_names_tampered_record_files(made, tmp_path, cli, how):
    root = copy(made["agency"], tmp_path / "a")
    named = FILE_TAMPERINGS[how](_pick(root, "records"))
    code, res, text = cli("--archive", str(root), "fixity")
    assert code == 1 and not res["ok"], text
    assert named in text and any(p["kind"] in ("missing", "damaged", "extra", "unknown") for p in res["problems"]), text


def test_fixity_checks_the_folders_of_transferred_cases(made, tmp_path, cli):
    """A transferred case stays in records/ until it is destroyed: the daily check still proves its
    folder holds nothing else (it looked at archived cases only)."""
    root = copy(made["transferred"], tmp_path / "t")
    code, res, text = cli("--archive", str(root), "fixity")
    assert code == 0 and res["ok"], text
    named = add(_pick(root, "records"))
    code, res, text = cli("--archive", str(root), "fixity")
    assert code == 1 and named in text, text
    assert any(p["kind"] == "extra" for p in res["problems"]), text


def test_fixity_names_record_xml_changed(made, tmp_path, cli):
    root = copy(made["agency"], tmp_path / "a")
    xml = sorted((root / "records").rglob("Z001-*.xml"))[0]
    con = sqlite3.connect(root / "catalog.sqlite")
    sm3 = con.execute("SELECT sm3 FROM components ORDER BY id LIMIT 1").fetchone()[0]
    con.close()
    data = xml.read_bytes()
    assert sm3.encode() in data
    xml.write_bytes(data.replace(sm3.encode(), b"0" * 64))     # someone "fixes" a digest in the record
    code, res, text = cli("--archive", str(root), "fixity")
    assert code == 1 and xml.name in text, text


def _sql(root: Path, sql: str, params: tuple = ()) -> None:
    con = sqlite3.connect(root / "catalog.sqlite")
    with con:
        con.execute(sql, params)
    con.close()


def test_fixity_names_a_component_whose_catalog_digest_was_changed(made, tmp_path, cli):
    root = copy(made["agency"], tmp_path / "a")
    con = sqlite3.connect(root / "catalog.sqlite")
    path = con.execute("SELECT store_path FROM components ORDER BY id LIMIT 1").fetchone()[0]
    con.close()
    _sql(root, "UPDATE components SET sm3=? WHERE store_path=?", ("0" * 64, path))
    code, res, text = cli("--archive", str(root), "fixity")
    assert code == 1 and Path(path).name in text, text


def test_changed_archival_code_in_the_catalog_is_named(made, tmp_path, cli):
    root = copy(made["agency"], tmp_path / "a")
    con = sqlite3.connect(root / "catalog.sqlite")
    cid, code_ = con.execute("SELECT id, archival_code FROM cases ORDER BY id LIMIT 1").fetchone()
    con.close()
    _sql(root, "UPDATE cases SET archival_code=? WHERE id=?", (code_[:-1] + "9", cid))
    code, res, text = cli("--archive", str(root), "fixity")
    assert code == 1 and code_ in text, text


# -- a written carrier → transfer verify and receive -----------------------------------------------
@pytest.mark.parametrize("how", list(FILE_TAMPERINGS))
def test_verify_and_receive_name_tampered_carrier_files(made, tmp_path, cli, how):
    vol = copy(made["carrier"], tmp_path / made["carrier"].name)
    named = FILE_TAMPERINGS[how](_pick(vol, "."))
    code, res, text = cli("transfer", "verify", str(vol))
    assert code == 1 and not res["ok"] and named in text, text
    archives = copy(made["archives"], tmp_path / "archives")
    code, res, text = cli("--archive", str(archives), "receive", str(vol), "--accept")
    assert code == 1 and named in text, text
    a = Archive.open(archives, as_system=True)
    assert a.catalog.cases.count() == 0            # nothing from a tampered carrier was taken in
    a.close()


# -- a backup → restore -----------------------------------------------------------------------------
@pytest.mark.parametrize("how", list(FILE_TAMPERINGS))
def test_restore_names_tampered_backup_files(made, tmp_path, cli, how):
    bk = copy(made["backup"], tmp_path / made["backup"].name)
    named = FILE_TAMPERINGS[how](_pick(bk, "."))
    code, res, text = cli("restore", str(bk), "--to", str(tmp_path / "restored"))
    if how == "add":
        # a file slipped into a backup is not in its manifest: restore never copies it, and names it
        assert not list((tmp_path / "restored").rglob(named))
    assert code == 1 and named in text, text


# -- the audit log ---------------------------------------------------------------------------------
def _rows(root: Path) -> list[tuple]:
    con = sqlite3.connect(root / "catalog.sqlite")
    rows = con.execute("SELECT seq, time, actor, action, object_type, object_id, outcome, detail, prev_hash, hash "
                       "FROM audit_log ORDER BY seq").fetchall()
    con.close()
    return rows


def t_edit(root: Path) -> int:
    seq = _rows(root)[3][0]
    _sql(root, "UPDATE audit_log SET actor='nobody' WHERE seq=?", (seq,))
    return seq


def t_delete(root: Path) -> int:
    seq = _rows(root)[4][0]
    _sql(root, "DELETE FROM audit_log WHERE seq=?", (seq,))
    return seq


def t_insert(root: Path) -> int:
    last = _rows(root)[-1]
    _sql(root, "INSERT INTO audit_log(seq, time, actor, action, object_type, object_id, outcome, detail, prev_hash,"
               " hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
         (last[0] + 1, last[1], "admin", "case.delete", "case", "1", "ok", "{}", last[9], "f" * 64))
    return last[0] + 1


def t_reorder(root: Path) -> int:
    rows = _rows(root)
    a, b = rows[2], rows[3]
    _sql(root, "UPDATE audit_log SET hash='tmp' WHERE seq=?", (a[0],))       # hash is UNIQUE: swap via a temp
    _sql(root, "UPDATE audit_log SET hash='tmp2' WHERE seq=?", (b[0],))
    _sql(root, "UPDATE audit_log SET time=?, actor=?, action=?, object_type=?, object_id=?, outcome=?, detail=?,"
               " prev_hash=?, hash=? WHERE seq=?", (*b[1:], a[0]))
    _sql(root, "UPDATE audit_log SET time=?, actor=?, action=?, object_type=?, object_id=?, outcome=?, detail=?,"
               " prev_hash=?, hash=? WHERE seq=?", (*a[1:], b[0]))
    return a[0]


def t_edit_and_rehash(root: Path) -> int:
    """A careful forger: edits one entry and recomputes every hash after it (the mirror still differs)."""
    rows = _rows(root)
    seq = rows[3][0]
    prev = rows[2][9]
    con = sqlite3.connect(root / "catalog.sqlite")
    with con:
        for r in rows[3:]:
            entry = dict(zip(("time", "actor", "action", "object_type", "object_id", "outcome", "detail"), r[1:8],
                             strict=True))
            if r[0] == seq:
                entry["actor"] = "nobody"
            h = audit.entry_hash(prev, entry)
            con.execute("UPDATE audit_log SET actor=?, prev_hash=?, hash=? WHERE seq=?", (entry["actor"], prev, h, r[0]))
            prev = h
    con.close()
    return seq


def _mirror_lines(root: Path) -> list[str]:
    return (root / "audit" / "audit.log").read_text("utf-8").splitlines(keepends=True)


def _write_mirror(root: Path, lines: list[str]) -> None:
    (root / "audit" / "audit.log").write_text("".join(lines), "utf-8")


def m_edit(root: Path) -> int:
    lines = _mirror_lines(root)
    d = json.loads(lines[3])
    d["actor"] = "nobody"
    lines[3] = json.dumps(d, ensure_ascii=False) + "\n"
    _write_mirror(root, lines)
    return int(d["seq"])


def m_delete(root: Path) -> int:
    lines = _mirror_lines(root)
    seq = int(json.loads(lines[4])["seq"])
    del lines[4]
    _write_mirror(root, lines)
    return seq


def m_insert(root: Path) -> int:
    lines = _mirror_lines(root)
    d = json.loads(lines[2])
    d["action"] = "case.delete"
    lines.insert(3, json.dumps(d, ensure_ascii=False) + "\n")
    _write_mirror(root, lines)
    return int(d["seq"])


def m_reorder(root: Path) -> int:
    lines = _mirror_lines(root)
    lines[2], lines[3] = lines[3], lines[2]
    _write_mirror(root, lines)
    return int(json.loads(lines[3])["seq"])


AUDIT_TAMPERINGS = {"catalog-edit": t_edit, "catalog-delete": t_delete, "catalog-insert": t_insert,
                    "catalog-reorder": t_reorder, "catalog-edit-rehash": t_edit_and_rehash,
                    "mirror-edit": m_edit, "mirror-delete": m_delete, "mirror-insert": m_insert,
                    "mirror-reorder": m_reorder}


@pytest.mark.parametrize("how", list(AUDIT_TAMPERINGS))
def test_audit_verify_names_the_tampered_entry(made, tmp_path, cli, how):
    root = copy(made["agency"], tmp_path / "a")
    code, res, text = cli("--archive", str(root), "audit", "verify")
    assert code == 0 and res["ok"], text
    root2 = copy(made["agency"], tmp_path / "b")
    seq = AUDIT_TAMPERINGS[how](root2)
    code, res, text = cli("--archive", str(root2), "audit", "verify")
    assert code == 1 and not res["ok"], text
    assert any(abs(p["seq"] - seq) <= 1 for p in res["problems"]), (seq, res["problems"])
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in p["detail"]) for p in res["problems"])
