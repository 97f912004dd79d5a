"""``transfer create --format bagit``: the carrier is staged in the bag's data/ and the bag finished
in place (issue 20: every byte written once, read back once, no second copy); a failed read-back or
a crash at any step leaves nothing that looks like a bag, and the transfer resumes from the staging."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import bagit
import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency, copy_archive

from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import StorageError
from desktop_app.core.transfer import carrier as carrier_mod
from desktop_app.core.transfer import verify_path
from desktop_app.core.transfer.bagit.carrier_bag import bag_payload_dir
from desktop_app.core.transfer.create import create_transfer, resume_transfer

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("agency-bag") / "archive"
    return root, build_agency(root, n=3)


@pytest.fixture
def agency(template, tmp_path):
    src, ids = template
    arch = Archive.open(copy_archive(src, tmp_path / "agency"), user="admin", password=PASSWORD)
    yield arch, ids
    arch.close()


def visible(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if not p.name.startswith("."))


def valid_bag(path: Path) -> None:
    bag = bagit.Bag(str(path))
    bag.validate()                                   # bagit-python, independent of our reader
    assert set(bag.algorithms) == {"sha256", "sha512"}
    assert verify_path(path).ok                      # RFC 8493 + the carrier inside (SM3, SM2, 文件目录)


def test_the_bag_is_finished_where_the_carrier_was_written(agency, tmp_path, monkeypatch):
    arch, ids = agency
    copies: list[Path] = []
    real_stage = carrier_mod._stage_one

    def stage(staging, f, *a, **k):
        copies.append(staging)
        return real_stage(staging, f, *a, **k)

    monkeypatch.setattr(carrier_mod, "_stage_one", stage)
    res = create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, fmt="bagit")
    bag = Path(res.volumes[0].path)
    valid_bag(bag)
    label = res.volumes[0].label
    assert {c.name for c in copies} == {"data"} and {c.parent.name for c in copies} == {f".{label}.partial"}
    assert sorted(p.name for p in bag.iterdir()) == [
        "bag-info.txt", "bagit.txt", "data", "manifest-sha256.txt", "manifest-sha512.txt",
        "tagmanifest-sha256.txt", "tagmanifest-sha512.txt"]
    assert not list((tmp_path / "out").glob(".*"))          # no staging or temporary folder left
    # the transfer-stage carrier items found the carrier in the bag's staging folder (data/)
    carrier_items = {(r.item, r.result) for r in arch.catalog.checks.results(res.check_run)
                     if r.item in ("YJ-1-12", "YJ-4-3")}
    assert carrier_items == {("YJ-1-12", "pass"), ("YJ-4-3", "pass")}


def test_every_file_is_read_back_once_and_the_payload_before_the_volume_is_sealed(agency, tmp_path, monkeypatch):
    """The payload is flushed and read back (SHA-256 + SHA-512) while the checks and the 登记表 run;
    only what is written after (其他/) is read back at the end — every file once."""
    from desktop_app.core.transfer import create

    arch, ids = agency
    reads: list[tuple[str, bool]] = []
    sealed = [False]
    real_read, real_seal = carrier_mod._sha256_from_medium, create.seal

    def read(path, *a, **k):
        reads.append((path.as_posix().split(".partial/data/", 1)[1], sealed[0]))
        return real_read(path, *a, **k)

    def seal(*a, **k):
        sealed[0] = True
        return real_seal(*a, **k)

    monkeypatch.setattr(carrier_mod, "_sha256_from_medium", read)
    monkeypatch.setattr(create, "seal", seal)
    res = create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, fmt="bagit")
    bag = Path(res.volumes[0].path)
    valid_bag(bag)                                   # the SHA-512 manifest came from those reads
    payload = sorted(p.relative_to(bag / "data").as_posix() for p in (bag / "data").rglob("*") if p.is_file()
                     and p.name not in ("SHA256SUMS", "SM3SUMS", "SUMS.sig"))
    assert sorted(r for r, _ in reads) == payload                  # each file once, none twice
    assert {r for r, late in reads if not late} == {p for p in payload if not p.startswith("其他/")}


def test_a_failed_read_back_leaves_the_staging_to_resume_without_copying_again(agency, tmp_path, monkeypatch):
    arch, ids = agency
    real = carrier_mod._sha256_from_medium

    def corrupt(path, *a, **k):
        return "0" * 64 if path.name.endswith("-002.pdf") else real(path, *a, **k)

    monkeypatch.setattr(carrier_mod, "_sha256_from_medium", corrupt)
    with pytest.raises(StorageError) as err:
        create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, fmt="bagit")
    assert err.value.code == "readback_failed"
    out = tmp_path / "out"
    assert visible(out) == []
    staging = [p for p in out.iterdir() if p.name.endswith(".partial")]
    assert len(staging) == 1 and (staging[0] / "data" / "文件目录.XML").is_file()
    assert not (staging[0] / "bagit.txt").exists()           # never declared a bag before it is verified
    assert {arch.catalog.cases.get(c).status for c in ids} == {"archived"}
    monkeypatch.setattr(carrier_mod, "_sha256_from_medium", real)
    copied: list[str] = []
    real_copy = carrier_mod._copy_known
    monkeypatch.setattr(carrier_mod, "_copy_known", lambda src, dest, p: copied.append(dest.name) or
                        real_copy(src, dest, p))
    tid = arch.catalog.transfers.list()[0].transfer_id
    res = resume_transfer(arch, tid, passphrase=KEYPASS)
    assert copied == []                                       # the staged content files were kept
    valid_bag(Path(res.volumes[0].path))
    assert {arch.catalog.cases.get(c).status for c in ids} == {"transferred"}


CRASH = """
import os, sys
from pathlib import Path
from desktop_app.core.archive_handle import Archive
from desktop_app.core.transfer.bagit import carrier_bag
from desktop_app.core.transfer import create
where = sys.argv[6]
if where == "tags":             # the tag files written (bagit.txt too), the folder not yet renamed
    real = carrier_bag.write_tags_stream
    def die(*a, **k):
        real(*a, **k)
        os._exit(9)
    carrier_bag.write_tags_stream = die
elif where == "rename":         # the bag renamed into place, the catalog not yet told
    from desktop_app.core.transfer import carrier
    real_fsync = carrier.fsync_dir
    def die(path):
        real_fsync(path)
        os._exit(9)
    carrier.fsync_dir = die
else:                           # read back half-way
    from desktop_app.core.transfer import carrier
    real_read = carrier._sha256_from_medium
    n = [0]
    def die(*a, **k):
        n[0] += 1
        if n[0] > 5:
            os._exit(9)
        return real_read(*a, **k)
    carrier._sha256_from_medium = die
arch = Archive.open(Path(sys.argv[1]), user="admin", password=sys.argv[2])
create.create_transfer(arch, Path(sys.argv[3]), [int(i) for i in sys.argv[4].split(",")], passphrase=sys.argv[5],
                       override_reason="crash test", fmt="bagit")
"""


@pytest.mark.parametrize("where", ["readback", "tags", "rename"])
def test_a_crash_leaves_no_unverified_bag_and_the_batch_resumes(template, tmp_path, where):
    src, ids = template
    root = copy_archive(src, tmp_path / "agency")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-c", CRASH, str(root), PASSWORD, str(out), ",".join(map(str, ids)),
                           KEYPASS, where], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    if where == "rename":           # renamed into place, not yet recorded: complete and valid
        [orphan] = visible(out)
        valid_bag(out / orphan)
    else:
        assert visible(out) == []                            # nothing that looks like a bag, or a carrier
    arch = Archive.open(root, user="admin", password=PASSWORD)      # recovery: the batch is interrupted
    try:
        tid = arch.catalog.transfers.list()[0].transfer_id
        assert arch.catalog.transfers.get(tid).state == "interrupted"
        assert {arch.catalog.cases.get(c).status for c in ids} == {"archived"}
        res = resume_transfer(arch, tid, passphrase=KEYPASS)          # was: 目标已存在 after a kill at 'rename'
        valid_bag(Path(res.volumes[0].path))
        assert {arch.catalog.cases.get(c).status for c in ids} == {"transferred"}
        assert visible(out) == sorted([res.volumes[0].label, f"{tid}-分卷目录.TXT",
                                       f"{tid}-电子档案移交与接收登记表.pdf"])
        assert not list(out.glob(".*"))                               # the replaced bag is gone too
    finally:
        arch.close()


def test_a_folder_of_someone_else_in_the_way_is_never_replaced(agency, tmp_path, monkeypatch):
    from desktop_app.core.errors import UsageError
    from desktop_app.core.transfer.bagit import carrier_bag

    arch, ids = agency
    real = carrier_bag.publish_bag

    def in_the_way(data, dest, transfer_id, *a, **k):
        dest.mkdir()
        (dest / "bag-info.txt").write_text(f"External-Identifier: {dest.name}\nBag-Group-Identifier: 另一批\n", "utf-8")
        return real(data, dest, transfer_id, *a, **k)

    monkeypatch.setattr(carrier_bag, "publish_bag", in_the_way)
    with pytest.raises(UsageError):
        create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, fmt="bagit")
    [kept] = visible(tmp_path / "out")
    assert "另一批" in (tmp_path / "out" / kept / "bag-info.txt").read_text("utf-8")


def test_a_staging_folder_of_the_earlier_layout_moves_into_data(tmp_path):
    final = tmp_path / "out" / "Z001-YJ-1-V01"
    old = tmp_path / "out" / ".Z001-YJ-1-V01.partial"
    (old / "电子档案" / "2024").mkdir(parents=True)
    (old / "电子档案" / "2024" / "a.pdf").write_bytes(b"%PDF")
    (old / "文件目录.XML").write_bytes(b"<x/>")
    data = bag_payload_dir(final)
    assert data == old / "data"
    assert (data / "电子档案" / "2024" / "a.pdf").read_bytes() == b"%PDF"
    assert sorted(p.name for p in old.iterdir()) == ["data"]
    assert bag_payload_dir(final) == data and (data / "文件目录.XML").is_file()        # once only
    # a crash between the two renames: the carrier sits beside, under its interim name
    shutil.move(str(data), str(tmp_path / "out" / ".Z001-YJ-1-V01.partial-carrier"))
    shutil.rmtree(old)
    assert bag_payload_dir(final) == data and (data / "文件目录.XML").is_file()
    # a new volume: nothing is made or moved here (stage_files makes the folder)
    assert bag_payload_dir(tmp_path / "out" / "V02") == tmp_path / "out" / ".V02.partial" / "data"
    assert not (tmp_path / "out" / ".V02.partial").exists()


@pytest.mark.parametrize("fmt", ["folder", "bagit"])
def test_temporary_files_of_a_killed_run_do_not_reach_the_resumed_carrier(agency, tmp_path, monkeypatch, fmt):
    """A run killed in the middle of an atomic write leaves ``.<name>.<random>.archdesk-tmp`` in the
    staging (in a case folder, or beside data/ while the tags were written); the resumed carrier
    must not carry it (the fresh-clone CI's Windows crash test found one in a bag: an extra payload
    file and a wrong Payload-Oxum)."""
    arch, ids = agency
    real = carrier_mod._sha256_from_medium
    monkeypatch.setattr(carrier_mod, "_sha256_from_medium", lambda path, *a, **k: "0" * 64)
    with pytest.raises(StorageError):
        create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, fmt=fmt)
    monkeypatch.setattr(carrier_mod, "_sha256_from_medium", real)
    [staging] = [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".partial")]
    payload = staging / "data" if fmt == "bagit" else staging
    deep = next(p for p in payload.rglob("*.pdf"))
    strays = [deep.parent / f".{deep.name}.1a2b3c4d.archdesk-tmp", payload / ".SM3SUMS.5e6f7a8b.archdesk-tmp"]
    if fmt == "bagit":
        strays.append(staging / ".manifest-sha256.txt.9c0d1e2f.archdesk-tmp")
    for p in strays:
        p.write_bytes(b"half a write")
    res = resume_transfer(arch, arch.catalog.transfers.list()[0].transfer_id, passphrase=KEYPASS)
    vol = Path(res.volumes[0].path)
    assert not [p for p in vol.rglob("*") if p.name.endswith(".archdesk-tmp")]
    if fmt == "bagit":
        valid_bag(vol)
    else:
        assert verify_path(vol).ok
