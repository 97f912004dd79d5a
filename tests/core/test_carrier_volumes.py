"""Multi-volume carriers, ISO images with Chinese names, BagIt output, resuming after disk full."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import bagit
import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive, build_agency, copy_archive

from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import DiskFullError, StorageError
from desktop_app.core.receipt.receive import receive_carrier
from desktop_app.core.transfer import carrier as carrier_mod
from desktop_app.core.transfer import verify_path
from desktop_app.core.transfer.create import create_transfer, resume_transfer
from desktop_app.core.transfer.iso import iso_files

MB = 1_000_000


@pytest.fixture(scope="session")
def big_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("agency-big") / "archive"
    return root, build_agency(root, n=4, big=2_500_000)     # ~2.5 MB per case


@pytest.fixture
def agency(big_template, tmp_path):
    src, ids = big_template
    shutil.copy(src.parent / "agency.pem", tmp_path / "agency.pem")
    arch = Archive.open(copy_archive(src, tmp_path / "agency"), user="admin", password=PASSWORD)
    yield arch, ids
    arch.close()


def test_multi_volume_iso_round_trip(agency, tmp_path):
    arch, ids = agency
    res = create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE,
                          media="16M", iso=True)       # 16 MB - 8 MB reserve: four cases never fit
    assert len(res.volumes) == 2 and sorted(c for v in res.volumes for c in v.cases) == sorted(ids)
    for v in res.volumes:
        iso = Path(v.path)
        assert iso.suffix == ".iso" and iso.is_file() and v.bytes < 8 * MB
        names = iso_files(iso)
        assert "文件目录.XML" in names and "其他/电子档案移交与接收登记表.pdf" in names
        # outside tools see the Chinese names: xorriso through Rock Ridge and through Joliet (Linux;
        # .ci/run installs it — Windows has no xorriso)
        assert shutil.which("xorriso") or sys.platform == "win32"
        for opts in ([], ["-rockridge", "off", "-joliet", "on"]) if shutil.which("xorriso") else ():
            xo = subprocess.run(["xorriso", *opts, "-indev", str(iso), "-find", "/", "-type", "f"],
                                capture_output=True, check=True).stdout.decode("utf-8")
            assert "'/说明文件.TXT'" in xo and "'/其他/分卷目录.TXT'" in xo, xo
            assert f"'/电子档案/2024/D30/{v.archival_codes[0]}/{v.archival_codes[0]}.xml'" in xo
    assert not list((tmp_path / "out").glob(".*"))            # no staging left
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    first = receive_carrier(archives, res.volumes[0].path, "accept", override_reason=OVERRIDE)
    assert first.ok and first.reconciliation.missing == (2,) and not first.reconciliation.complete
    second = receive_carrier(archives, res.volumes[1].path, "accept", override_reason=OVERRIDE)
    assert second.ok and second.reconciliation.complete and second.reconciliation.cases == 4
    assert archives.catalog.cases.count() == 4
    archives.close()


def test_disk_full_then_resume(agency, tmp_path, monkeypatch):
    arch, ids = agency
    real = carrier_mod._copy_known
    calls = {"n": 0}

    def flaky(src, dest, progress):
        calls["n"] += 1
        if calls["n"] == 5:
            raise DiskFullError("磁盘空间不足（模拟）", path=str(dest))
        return real(src, dest, progress)

    monkeypatch.setattr(carrier_mod, "_copy_known", flaky)
    with pytest.raises(DiskFullError) as err:
        create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    tid = err.value.details["transfer_id"]
    assert "续写" in err.value.message and tid in err.value.message
    assert {arch.catalog.cases.get(c).status for c in ids} == {"archived"}       # nothing marked
    assert arch.catalog.transfers.get(tid).state == "interrupted"
    assert not [p for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")]
    monkeypatch.setattr(carrier_mod, "_copy_known", real)
    res = resume_transfer(arch, tid, passphrase=KEYPASS)
    assert res.transfer_id == tid and verify_path(res.volumes[0].path).ok
    assert {arch.catalog.cases.get(c).status for c in ids} == {"transferred"}
    assert arch.catalog.transfers.get(tid).state == "done"


CRASH = """
import os, sys
from pathlib import Path
from desktop_app.core.archive_handle import Archive
from desktop_app.core.transfer import create
create.seal = lambda *a, **k: os._exit(9)          # the process dies after staging, before sealing
arch = Archive.open(Path(sys.argv[1]), user="admin", password=sys.argv[2])
create.create_transfer(arch, Path(sys.argv[3]), [int(sys.argv[4])], passphrase=sys.argv[5],
                       override_reason="crash test")
"""


def test_crash_leaves_batch_resumable(agency, tmp_path):
    arch, ids = agency
    root = arch.root
    arch.close()
    proc = subprocess.run([sys.executable, "-c", CRASH, str(root), PASSWORD, str(tmp_path / "out"), str(ids[0]),
                           KEYPASS], cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    reopened = Archive.open(root, user="admin", password=PASSWORD)      # runs recovery
    tid = reopened.catalog.transfers.list()[0].transfer_id
    assert reopened.catalog.transfers.get(tid).state == "interrupted"
    assert reopened.catalog.cases.get(ids[0]).status == "archived"
    res = resume_transfer(reopened, tid, passphrase=KEYPASS)
    assert verify_path(res.volumes[0].path).ok
    assert reopened.catalog.cases.get(ids[0]).status == "transferred"
    reopened.close()


def test_bagit_format_validates_with_bagit_python(agency, tmp_path):
    arch, ids = agency
    res = create_transfer(arch, tmp_path / "out", ids[:2], passphrase=KEYPASS, override_reason=OVERRIDE,
                          fmt="bagit")
    bag_dir = Path(res.volumes[0].path)
    bag = bagit.Bag(str(bag_dir))
    bag.validate()
    assert set(bag.algorithms) >= {"sha256", "sha512"}
    assert (bag_dir / "data" / "文件目录.XML").is_file()
    assert verify_path(bag_dir).ok
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    extra = bag_dir / "data" / "电子档案" / "多余.txt"
    extra.write_text("x", "utf-8")
    rep = receive_carrier(archives, bag_dir, "accept", override_reason=OVERRIDE)
    assert not rep.ok and any(p.path.endswith("多余.txt") for p in rep.problems)
    extra.unlink()
    rep = receive_carrier(archives, bag_dir, "accept", override_reason=OVERRIDE)
    assert rep.decision == "accepted" and len(rep.cases) == 2
    for a, run in ((arch, res.check_run), (archives, rep.check_run)):   # sender's and receiver's carrier items
        assert {(r.item, r.result) for r in a.catalog.checks.results(run) if r.item in ("YJ-1-12", "YJ-4-3")} \
            == {("YJ-1-12", "pass"), ("YJ-4-3", "pass")}
    archives.close()


def test_bad_readback_is_not_a_finished_carrier(agency, tmp_path, monkeypatch):
    arch, ids = agency
    real = carrier_mod._sha256_from_medium

    def corrupt(path):
        return "0" * 64 if path.name.endswith("-002.pdf") else real(path)

    monkeypatch.setattr(carrier_mod, "_sha256_from_medium", corrupt)
    with pytest.raises(StorageError) as err:
        create_transfer(arch, tmp_path / "out", ids[:1], passphrase=KEYPASS, override_reason=OVERRIDE)
    assert err.value.code == "readback_failed" and "-002.pdf" in err.value.message
    assert arch.catalog.cases.get(ids[0]).status == "archived"
    assert not [p for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")]


def test_folder_carrier_reads_every_file_back_once_payload_while_the_checks_run(agency, tmp_path, monkeypatch):
    """Issue 20: the payload is read back while the transfer-stage checks run (EarlyReadback), the
    files written after (其他/, SUMS) at the end — every file of the carrier exactly once."""
    from desktop_app.core.transfer import create as create_mod

    arch, ids = agency
    reads: list[str] = []
    real = carrier_mod._sha256_from_medium
    monkeypatch.setattr(carrier_mod, "_sha256_from_medium", lambda p, *a, **k: reads.append(p.as_posix()) or real(p, *a, **k))
    during: list[int] = []
    real_checks = create_mod._checks

    def checks(*a, **k):  # type: ignore[no-untyped-def]
        out = real_checks(*a, **k)
        deadline = time.monotonic() + 20            # reading goes on while the checks run: not after them
        while not reads and time.monotonic() < deadline:
            time.sleep(0.01)
        during.append(len(reads))
        return out

    monkeypatch.setattr(create_mod, "_checks", checks)
    res = create_transfer(arch, tmp_path / "out", ids[:3], passphrase=KEYPASS, override_reason=OVERRIDE)
    final = Path(res.volumes[0].path)
    on_carrier = sorted(p.relative_to(final).as_posix() for p in final.rglob("*") if p.is_file()
                        and p.name not in ("SHA256SUMS", "SM3SUMS", "SUMS.sig"))
    read = [r.split(".partial/", 1)[1] for r in reads]
    assert sorted(read) == on_carrier                          # each file once, none left out
    assert during and during[0] > 0                            # read back while the checks ran …
    assert not any(r.startswith("其他/") for r in read[:during[0]])   # … the payload, before 其他/ was written


def test_second_volume_first_sees_no_false_gap_in_archival_numbers(agency, tmp_path):
    """YJ-2-6 counts the 档号 the batch's 分卷目录 puts on the other volumes (received later)."""
    arch, ids = agency
    res = create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, media="16M")
    assert len(res.volumes) == 2
    second = res.volumes[1]
    assert not any(c.endswith("-0001") for c in second.archival_codes)   # its numbers start after a gap
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    rep = receive_carrier(archives, second.path)
    rows = [r for r in rep.check_results if r.item == "YJ-2-6"]
    assert len(rows) == len(second.archival_codes) and {r.result for r in rows} == {"pass"}, rows
    assert "YJ-2-6" not in rep.blocked
    # a 档号 missing from the whole batch is still a gap
    from desktop_app.core.transfer import yj_items

    index = Path(second.path) / "其他" / "分卷目录.TXT"
    first_code = res.volumes[0].archival_codes[0]
    copy = tmp_path / "copy"
    shutil.copytree(second.path, copy)
    (copy / "其他" / "分卷目录.TXT").write_text(index.read_text("utf-8").replace(f"    {first_code}\n", ""),
                                             encoding="utf-8")
    from desktop_app.core.checks.context import RunEnv

    env = RunEnv(stage="receipt", scheme=None, now=None, carrier=copy)      # type: ignore[arg-type]
    assert first_code not in yj_items.batch_codes(env) and second.archival_codes[0] in yj_items.batch_codes(env)
    archives.close()


def test_an_iso_is_checked_by_reading_the_image_back(agency, tmp_path, monkeypatch):
    """--iso (issue 20): the staged folder is not read back; the image is, in full — a file whose
    bytes in the image differ from the write-time digests refuses the carrier, staging kept."""
    from desktop_app.core.transfer import iso_verify

    arch, ids = agency
    staged_reads: list[str] = []
    monkeypatch.setattr(carrier_mod, "_sha256_from_medium", lambda p, *a, **k: staged_reads.append(str(p)) or "")
    real = iso_verify._digest_extent

    def corrupt(fd, fh, offset, size, *sm3):  # type: ignore[no-untyped-def]
        dg = real(fd, fh, offset, size, *sm3)
        return type(dg)(dg.size, dg.sm3, "0" * 64) if size > 100_000 else dg

    monkeypatch.setattr(iso_verify, "_digest_extent", corrupt)
    with pytest.raises(StorageError) as err:
        create_transfer(arch, tmp_path / "out", ids[:1], passphrase=KEYPASS, override_reason=OVERRIDE, iso=True)
    assert err.value.code == "readback_failed" and "-002.pdf" in err.value.message
    assert staged_reads == []                                   # the staging copy was not read back
    assert arch.catalog.cases.get(ids[0]).status == "archived"
    assert not list((tmp_path / "out").glob("*.iso"))
    assert [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".partial")]   # resumable
    monkeypatch.setattr(iso_verify, "_digest_extent", real)
    sm3_made: list[int] = []
    real_sm3 = iso_verify.new_sm3
    monkeypatch.setattr(iso_verify, "new_sm3", lambda: sm3_made.append(1) or real_sm3())
    tid = arch.catalog.transfers.list()[0].transfer_id
    res = resume_transfer(arch, tid, passphrase=KEYPASS)
    assert Path(res.volumes[0].path).suffix == ".iso"
    assert sm3_made == []       # the image's SM3SUMS is compared whole with the written list: no SM3 recomputed
    assert iso_verify.verify_image(Path(res.volumes[0].path)).ok      # and a full check (SM3 too) agrees
    assert sm3_made
    assert arch.catalog.cases.get(ids[0]).status == "transferred"
