"""Test helpers for the preserve tests: archived cases built by hand (independent of the
archiving step), a second user, tree snapshots."""

from __future__ import annotations

import shutil
from pathlib import Path

from pkgbuilder import PDF, make_package

from desktop_app.core.archive_handle import Archive
from desktop_app.core.digest import digest_file
from desktop_app.core.intake.service import import_paths
from desktop_app.core.security import hash_password

PASSWORD = "password123"


def archived_cases(archive: Archive, tmp: Path, n: int = 3, *, year: int = 2024, retention: str = "D30",
                   files: dict[str, bytes] | None = None) -> list[int]:
    """Import ``n`` packages and move them to records/ as archived cases (store paths updated)."""
    pkgs = []
    for i in range(n):
        f = files or {"申报文件/申请表.pdf": PDF + b"%case" + str(i).encode() + b"\n",
                      "结果文件/执照.pdf": PDF + b"%r" + str(i).encode() * 50 + b"\n"}
        pkgs.append(make_package(tmp / f"pkg-{year}-{retention}-{i}", files=f, fields={
            "electronic_record_code": f"E-{year}-{retention}-{i}", "project_id": f"P-{year}-{retention}-{i}",
            "retention_period": retention, "transact_time": f"{year}-03-05 16:30:00",
            "receive_time": f"{year}-03-01 09:00:00"}))
    rep = import_paths(archive, pkgs)
    assert not rep.failed, rep.failed
    conn = archive.catalog.conn
    for cid in rep.imported:
        row = conn.execute("SELECT store_path, year FROM cases WHERE id=?", (cid,)).fetchone()
        code = f"{archive.fonds_code}-WS·{year}-{retention}-{cid:04d}"
        rel = f"records/{archive.fonds_code}/{year}/{retention}/{code}"
        dest = archive.root / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(archive.root / row["store_path"]), str(dest))
        (dest / f"{code}.xml").write_text(f"<record code='{code}'/>", "utf-8")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE cases SET status='archived', retention=?, year=?, archival_code=?, store_path=? "
                     "WHERE id=?", (retention, year, code, rel, cid))
        for c in conn.execute("SELECT id, store_path FROM components WHERE case_id=?", (cid,)).fetchall():
            new = rel + c["store_path"][len(row["store_path"]):]
            conn.execute("UPDATE components SET store_path=? WHERE id=?", (new, c["id"]))
        conn.execute("COMMIT")
    return list(rep.imported)


def second_user(archive: Archive, name: str, roles: list[str]) -> Archive:
    with archive.catalog.write():
        archive.catalog.users.create(name, hash_password(PASSWORD), roles)
    return Archive.open(archive.root, user=name, password=PASSWORD)


def tree(root: Path, skip: tuple[str, ...] = ("catalog.sqlite", ".tmp", "logs", "audit")) -> dict[str, str]:
    """relative path -> SM3 of every file under root (catalog and scratch excluded)."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_file() and not rel.startswith(skip) and "catalog.sqlite" not in rel:
            out[rel] = digest_file(p).sm3
    return out
