"""What must hold after any crash, fault or refusal: the archive is whole and says what it holds.

``check_archive`` reopens the archive (``Archive.open`` runs start-up recovery) and asserts:
``PRAGMA integrity_check`` ok; no journal row left 'running'; no half-done case, carrier or
backup; every catalog component present with its recorded SM3; no file in intake/ or records/
the catalog does not know; no duplicate 档号.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from desktop_app.core.archive_handle import Archive
from desktop_app.core.digest import digest_file
from desktop_app.core.model import Status

CASE_STATES = {s.value for s in Status}
METADATA_NAME = "基本信息元数据.xml"


@dataclass
class Health:
    cases: int = 0
    archived: int = 0
    recovered: list[str] = field(default_factory=list)   # kinds of operations recovery finished


def known_files(cat: Any) -> set[str]:
    known = {c.store_path for c in cat.cases.all_component_paths() if c.present}
    for row in cat.all("SELECT store_path, archival_code, status FROM cases"):
        if row["store_path"]:
            known.add(f"{row['store_path']}/{METADATA_NAME}")
            if row["archival_code"]:
                known.add(f"{row['store_path']}/{row['archival_code']}.xml")
    for rf in cat.all("SELECT c.store_path, r.name FROM record_files r JOIN cases c ON c.id=r.case_id"):
        known.add(f"{rf['store_path']}/{rf['name']}")     # record versions and the 来源/ originals
    return known


def is_record_version(rel: str, codes: set[str]) -> bool:
    """``<档号>.vN.xml``: a later version of an archival record (corrections, receipt)."""
    p = PurePosixPath(rel)
    m = re.fullmatch(r"(.+)\.v\d+\.xml", p.name)
    return bool(m and m.group(1) in codes and p.parent.name == m.group(1))


def store_files(root: Path) -> set[str]:
    out = set()
    for top in ("intake", "records"):
        base = root / top
        if base.is_dir():
            out |= {p.relative_to(root).as_posix() for p in base.rglob("*") if p.is_file()}
    return out


def check_archive(root: Path, *, backup_dests: tuple[Path, ...] = (), carrier_dirs: tuple[Path, ...] = ()
                  ) -> Health:
    """Reopen ``root`` (recovery runs) and assert every invariant; returns counts for the caller."""
    arch = Archive.open(root, as_system=True)
    try:
        return _check(arch, root, backup_dests, carrier_dirs)
    finally:
        arch.close()


def _check(arch: Archive, root: Path, backup_dests: tuple[Path, ...], carrier_dirs: tuple[Path, ...]) -> Health:
    cat = arch.catalog
    assert cat.integrity_check() == ["ok"]
    assert cat.ops.count("running") == 0, cat.ops.running()
    # every catalog entry: file there, same digest
    for comp in cat.cases.all_component_paths():
        if not comp.present:
            continue
        p = root / comp.store_path
        assert p.is_file(), f"catalog entry without file: {comp.store_path}"
        assert digest_file(p).sm3 == comp.sm3, f"file differs from catalog: {comp.store_path}"
    # no store file the catalog does not know
    codes = {r["archival_code"] for r in cat.all("SELECT archival_code FROM cases WHERE archival_code IS NOT NULL")}
    stray = {f for f in store_files(root) - known_files(cat) if not is_record_version(f, codes)}
    assert not stray, f"store files unknown to the catalog: {sorted(stray)[:5]}"
    # no half-done case
    rows = cat.all("SELECT id, status, archival_code, store_path FROM cases")
    for r in rows:
        assert r["status"] in CASE_STATES, dict(r)
        if r["status"] == "archived":
            assert r["archival_code"] and r["store_path"].startswith("records/"), dict(r)
            assert (root / r["store_path"]).is_dir(), dict(r)
        elif r["status"] in ("imported", "classified", "checked", "returned"):
            assert r["store_path"].startswith("intake/"), dict(r)
    codes = Counter(r["archival_code"] for r in rows if r["archival_code"])
    assert not [c for c, n in codes.items() if n > 1], codes
    # no half-done backup or carrier
    assert int(cat.scalar("SELECT count(*) FROM backups WHERE state='running'")) == 0
    assert int(cat.scalar("SELECT count(*) FROM transfers WHERE state='writing'")) == 0
    verified = {Path(b.dest).resolve() for b in cat.preserve.backups("verified")}
    for dest in backup_dests:
        for entry in (dest.iterdir() if dest.is_dir() else []):
            assert not entry.name.endswith(".partial"), f"partial backup left: {entry}"
            assert entry.resolve() in verified, f"backup folder not verified in catalog: {entry}"
    for out in carrier_dirs:
        for vol in (out.iterdir() if out.is_dir() else []):
            if vol.name.startswith(".") or not vol.is_dir():   # staging, or the volume list file
                continue          # staging of an interrupted (resumable) transfer, never a carrier
            from desktop_app.core.transfer.verify import verify_path

            rep = verify_path(vol)
            assert rep.ok, (vol, [p.to_json() if hasattr(p, "to_json") else p for p in rep.problems][:3])
    archived = sum(1 for r in rows if r["status"] == "archived")
    return Health(cases=len(rows), archived=archived)
