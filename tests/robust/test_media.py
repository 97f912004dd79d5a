"""Failing media: a real size-limited filesystem (tmpfs, mounted by the test when it runs as root)
filling up during import, archiving, transfer writing and backup; I/O errors injected at the N-th
write/fsync; the destination medium vanishing mid-write.  Each time: a clear Chinese message,
nothing marked done, no partial file visible, the archive passes every invariant, and the
operation completes once the medium is back / has room."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency
from invariants import check_archive
from pkgbuilder import PDF, make_package

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases
from desktop_app.core.errors import ArchDeskError
from desktop_app.core.intake.service import import_paths
from desktop_app.core.preserve import backup
from desktop_app.core.retention import classify_cases, import_default_table
from desktop_app.core.transfer import carrier, verify_path
from desktop_app.core.transfer.create import create_transfer, resume_transfer


def chinese(msg: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in msg)


class SmallDisk:
    """A tmpfs of ``size`` bytes at ``path`` (root only); ``grow`` remounts it bigger."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
        if r.returncode != 0:
            raise PermissionError(r.stderr.decode(errors="replace"))

    def grow(self, size: int) -> None:
        subprocess.run(["mount", "-o", f"remount,size={size}", str(self.path)], check=True)

    def close(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    disks: list[SmallDisk] = []

    def make(name: str, size: int) -> SmallDisk:
        if sys.platform == "win32":
            pytest.skip("a tmpfs mount is a Linux set-up; test_injected_io_errors covers the same paths")
        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root; test_injected_io_errors covers the same paths without it")
        try:
            d = SmallDisk(tmp_path / name, size)
        except PermissionError as exc:
            pytest.skip(f"tmpfs mount not permitted here: {exc}")
        disks.append(d)
        return d
    yield make
    for d in disks:
        d.close()


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    root = tmp_path_factory.mktemp("media") / "agency"
    build_agency(root, n=3, big=300_000)
    return root


def fresh(agency: Path, dest: Path) -> Path:
    shutil.copytree(agency, dest)
    return dest


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) if folder.is_dir() else []


def fill(where: Path) -> Path:
    """Fill the filesystem of ``where`` to the last byte; returns the filler file."""
    filler = where / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (1 << 20, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, bytes(chunk))
    finally:
        os.close(fd)
    return filler


# -- disk full on a real small filesystem -----------------------------------------------------
def test_disk_full_during_transfer_write_then_resume(agency, tmp_path, small_disk, monkeypatch):
    root = fresh(agency, tmp_path / "a")
    usb = small_disk("usb", 600_000)
    monkeypatch.setattr(carrier, "free_bytes", lambda p: 1 << 34)   # the stick lies about its space
    monkeypatch.setattr("desktop_app.core.store.free_bytes", lambda p: 1 << 34)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    ids = [r["id"] for r in arch.catalog.all("SELECT id FROM cases")]
    with pytest.raises(ArchDeskError) as ei:
        create_transfer(arch, usb.path, ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    assert chinese(ei.value.message) and ("空间" in ei.value.message or "写入" in ei.value.message), ei.value.message
    tid = ei.value.details["transfer_id"]
    assert arch.catalog.transfers.get(tid).state == "interrupted"
    assert visible(usb.path) == []                                  # nothing half-written visible
    arch.close()
    check_archive(root, carrier_dirs=(usb.path,))
    usb.grow(50_000_000)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    res = resume_transfer(arch, tid, passphrase=KEYPASS)
    assert arch.catalog.transfers.get(tid).state == "done"
    arch.close()
    assert verify_path(res.volumes[0].path).ok
    check_archive(root, carrier_dirs=(usb.path,))


def test_disk_full_during_backup_then_rerun(agency, tmp_path, small_disk, monkeypatch):
    root = fresh(agency, tmp_path / "a")
    disk = small_disk("disk", 500_000)
    monkeypatch.setattr(backup, "free_bytes", lambda p: 1 << 34)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    with pytest.raises(ArchDeskError) as ei:
        backup.run_backup(arch, disk.path)
    assert chinese(ei.value.message) and "空间" in ei.value.message, ei.value.message
    assert [b.state for b in arch.catalog.preserve.backups()] == ["failed"]
    assert list(disk.path.iterdir()) == []                          # no .partial left behind
    arch.close()
    check_archive(root, backup_dests=(disk.path,))
    disk.grow(50_000_000)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    res = backup.run_backup(arch, disk.path)
    assert arch.catalog.preserve.backups()[0].state == "verified" and Path(res.folder).is_dir()
    arch.close()
    check_archive(root, backup_dests=(disk.path,))


def test_disk_full_under_the_archive_during_import_and_archiving(tmp_path, small_disk):
    disk = small_disk("store", 3_000_000)
    root = disk.path / "archive"
    arch = Archive.init(root, fonds="Z001", name="小磁盘", password=PASSWORD)
    import_default_table(arch)
    from arrange_support import case_fields

    pkgs = [make_package(tmp_path / f"p{i}", case_fields(i), {"申报文件/申请表.pdf": PDF + os.urandom(900_000)})
            for i in range(1, 5)]
    rep = import_paths(arch, pkgs)                                  # the 4th package does not fit
    assert rep.imported and rep.failed and {f.code for f in rep.failed} == {"disk_full"}, rep.failed
    assert all(chinese(f.message) for f in rep.failed)
    arch.close()
    check_archive(root)
    disk.grow(8_000_000)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    rep = import_paths(arch, pkgs)
    assert not rep.failed and len(rep.imported) + len(rep.skipped) == 4
    ids = [r["id"] for r in arch.catalog.all("SELECT id FROM cases")]
    classify_cases(arch, ids)
    filler = fill(root)                                             # not one byte left
    try:
        res = archive_cases(arch, ids, override_reason="测试：磁盘已满")
    except ArchDeskError as exc:                                    # refused as a whole: also fine
        assert chinese(exc.message)
    else:
        assert res.failed and all(chinese(f.message) for f in res.failed), res.failed
    arch.close()
    filler.unlink()
    h = check_archive(root)
    assert h.archived < 4
    arch = Archive.open(root, user="admin", password=PASSWORD)
    left = [r["id"] for r in arch.catalog.all("SELECT id FROM cases WHERE status!='archived'")]
    assert not archive_cases(arch, left, override_reason="测试：磁盘已满").failed
    arch.close()
    assert check_archive(root).archived == 4


# -- the medium vanishes mid-write ------------------------------------------------------------
def test_medium_removed_during_transfer_write_then_resume(agency, tmp_path, monkeypatch):
    root = fresh(agency, tmp_path / "a")
    out = tmp_path / "usb"
    real = carrier._copy_known if hasattr(carrier, "_copy_known") else carrier._copy
    calls = {"n": 0}

    def vanish(*a, **kw):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            shutil.rmtree(out, ignore_errors=True)   # the stick is pulled out (other copies race on)
        return real(*a, **kw)
    monkeypatch.setattr(carrier, real.__name__, vanish)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    ids = [r["id"] for r in arch.catalog.all("SELECT id FROM cases")]
    with pytest.raises(ArchDeskError) as ei:
        create_transfer(arch, out, ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    assert chinese(ei.value.message), ei.value.message
    tid = ei.value.details["transfer_id"]
    assert arch.catalog.transfers.get(tid).state == "interrupted"
    arch.close()
    monkeypatch.undo()
    assert visible(out) == []
    check_archive(root, carrier_dirs=(out,))
    out.mkdir(exist_ok=True)                                        # plugged in again
    arch = Archive.open(root, user="admin", password=PASSWORD)
    res = resume_transfer(arch, tid, passphrase=KEYPASS)
    arch.close()
    assert verify_path(res.volumes[0].path).ok
    check_archive(root, carrier_dirs=(out,))


def test_medium_removed_during_backup_then_rerun(agency, tmp_path, monkeypatch):
    root = fresh(agency, tmp_path / "a")
    dest = tmp_path / "disk"
    real = backup.copy_file_with_digest
    calls = {"n": 0}

    def vanish(*a, **kw):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            shutil.rmtree(dest)
        return real(*a, **kw)
    monkeypatch.setattr(backup, "copy_file_with_digest", vanish)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    with pytest.raises(ArchDeskError) as ei:
        backup.run_backup(arch, dest)
    assert chinese(ei.value.message), ei.value.message
    assert [b.state for b in arch.catalog.preserve.backups()] == ["failed"]
    arch.close()
    monkeypatch.undo()
    check_archive(root, backup_dests=(dest,))
    arch = Archive.open(root, user="admin", password=PASSWORD)
    backup.run_backup(arch, dest)
    arch.close()
    check_archive(root, backup_dests=(dest,))


# -- injected I/O errors (no root needed) -------------------------------------------------------
def _eio_at(monkeypatch, target: str, n: int) -> dict[str, int]:
    """Make ``os.<target>`` raise EIO at its n-th call (writes: only for files in the archive/out)."""
    real = getattr(os, target)
    seen = {"n": 0, "fired": 0}

    def failing(*a, **kw):  # type: ignore[no-untyped-def]
        seen["n"] += 1
        if seen["n"] == n:
            seen["fired"] += 1
            raise OSError(errno.EIO, "Input/output error")
        return real(*a, **kw)
    monkeypatch.setattr(os, target, failing)
    return seen


def _setup_op(op: str, agency: Path, tmp: Path):  # type: ignore[no-untyped-def]
    root = fresh(agency, tmp / "a")
    if op == "import":
        pk = [make_package(tmp / f"p{i}", {"electronic_record_code": f"EIO-{i}", "project_id": f"EIOP-{i}"})
              for i in range(3)]
        return root, lambda a: import_paths(a, pk), lambda a: a.catalog.cases.count() == 6
    if op == "transfer":
        out = tmp / "out"

        def run(a):  # type: ignore[no-untyped-def]
            t = a.catalog.one("SELECT transfer_id FROM transfers WHERE state='interrupted'")
            if t:
                return resume_transfer(a, t[0], passphrase=KEYPASS)
            ids = [r["id"] for r in a.catalog.all("SELECT id FROM cases")]
            return create_transfer(a, out, ids, passphrase=KEYPASS, override_reason=OVERRIDE)
        return root, run, lambda a: a.catalog.one("SELECT 1 FROM transfers WHERE state='done'") is not None
    dest = tmp / "disk"
    return root, lambda a: backup.run_backup(a, dest), \
        lambda a: a.catalog.one("SELECT 1 FROM backups WHERE state='verified'") is not None


SWEEP = int(os.environ.get("ARCHDESK_FAULT_SWEEP", "0"))     # long run: EIO at every call 1..SWEEP
FAULT_POINTS = ([("fsync", 1), ("fsync", 4), ("write", 3), ("write", 40)] if not SWEEP else
                [(t, n) for t in ("fsync", "write") for n in range(1, SWEEP + 1)])


@pytest.mark.parametrize("op", ["import", "transfer", "backup"])
@pytest.mark.parametrize("target,n", FAULT_POINTS)
def test_injected_io_errors(agency, tmp_path, monkeypatch, op, target, n):
    root, run, done = _setup_op(op, agency, tmp_path)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    seen = _eio_at(monkeypatch, target, n)
    outcome = None
    try:
        outcome = run(arch)
    except ArchDeskError as exc:
        assert chinese(exc.message), exc.message
        outcome = exc
    finally:
        monkeypatch.undo()
    if seen["fired"] and not isinstance(outcome, ArchDeskError) and op == "import":
        assert outcome.failed and all(chinese(f.message) for f in outcome.failed), outcome
    if seen["fired"] and not isinstance(outcome, ArchDeskError):
        assert done(arch) or op == "import", f"{op}: reported success after {target} #{n} failed, but is not done"
    arch.close()
    check_archive(root, backup_dests=(tmp_path / "disk",), carrier_dirs=(tmp_path / "out",))
    arch = Archive.open(root, user="admin", password=PASSWORD)
    if not done(arch):
        run(arch)
    assert done(arch)
    arch.close()
    check_archive(root, backup_dests=(tmp_path / "disk",), carrier_dirs=(tmp_path / "out",))
