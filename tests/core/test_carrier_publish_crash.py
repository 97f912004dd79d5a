"""A folder carrier renamed into place by a run killed before the catalog recorded it: the resume
replaces it (it used to fail with 目标已存在 after copying the whole volume again, every time), and a
folder that is not this batch's own is never touched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency, copy_archive

from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import UsageError
from desktop_app.core.transfer import carrier, verify_path
from desktop_app.core.transfer.catalogue_xml import CATALOGUE, read_catalogue
from desktop_app.core.transfer.create import create_transfer, resume_transfer
from desktop_app.core.transfer.iso_verify import verify_image

REPO = Path(__file__).resolve().parents[2]

CRASH = """
import os, sys
from pathlib import Path
from desktop_app.core.archive_handle import Archive
from desktop_app.core.transfer import carrier, create
iso_mode = sys.argv[6] == "iso"
real = carrier.rename
def rename(src, dst):
    real(src, dst)
    if not Path(dst).name.startswith("."):      # the carrier renamed into place: die before the catalog
        os._exit(9)
carrier.rename = rename
arch = Archive.open(Path(sys.argv[1]), user="admin", password=sys.argv[2])
create.create_transfer(arch, Path(sys.argv[3]), [int(i) for i in sys.argv[4].split(",")], passphrase=sys.argv[5],
                       override_reason="crash test", iso=iso_mode)
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    root = tmp_path_factory.mktemp("agency-publish") / "archive"
    return root, build_agency(root, n=3)


def verified(path: Path) -> bool:
    return (verify_image(path) if path.suffix == ".iso" else verify_path(path)).ok


def visible(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if not p.name.startswith("."))


@pytest.mark.parametrize("kind", ["folder", "iso"])
def test_a_kill_after_the_rename_resumes_by_replacing_the_unrecorded_carrier(
        template: tuple[Path, list[int]], tmp_path: Path, kind: str) -> None:
    src, ids = template
    root = copy_archive(src, tmp_path / "agency")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-c", CRASH, str(root), PASSWORD, str(out), ",".join(map(str, ids)),
                           KEYPASS, kind], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    [orphan] = visible(out)
    assert verified(out / orphan)                            # complete and valid, but not recorded
    arch = Archive.open(root, user="admin", password=PASSWORD)
    try:
        tid = arch.catalog.transfers.list()[0].transfer_id
        assert arch.catalog.transfers.get(tid).state == "interrupted"
        res = resume_transfer(arch, tid, passphrase=KEYPASS)   # was: 目标已存在，不会覆盖
        assert Path(res.volumes[0].path) == out / orphan and verified(out / orphan)
        assert {arch.catalog.cases.get(c).status for c in ids} == {"transferred"}
        assert visible(out) == sorted([orphan, f"{tid}-分卷目录.TXT", f"{tid}-电子档案移交与接收登记表.pdf"])
        assert not list(out.glob(".*"))                       # the replaced carrier is gone too
    finally:
        arch.close()


def test_a_folder_of_another_batch_in_the_way_is_refused_and_kept(
        template: tuple[Path, list[int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, ids = template
    arch = Archive.open(copy_archive(src, tmp_path / "agency"), user="admin", password=PASSWORD)
    other = tmp_path / "other"
    try:
        first = create_transfer(arch, other, ids[:1], passphrase=KEYPASS, override_reason=OVERRIDE)
        theirs = Path(first.volumes[0].path)          # a real carrier, of another batch
        real = carrier.publish_in_place

        def in_the_way(src: Path, final: Path, *rest: Any) -> None:
            theirs.rename(final)                       # it sits where this batch's volume goes
            real(src, final, *rest)

        monkeypatch.setattr(carrier, "publish_in_place", in_the_way)
        out = tmp_path / "out"
        with pytest.raises(UsageError, match="目标已存在"):
            create_transfer(arch, out, ids[1:], passphrase=KEYPASS, override_reason=OVERRIDE)
        [kept] = visible(out)
        listing = read_catalogue((out / kept / CATALOGUE).read_bytes())
        assert listing.transfer_id == first.transfer_id       # untouched: still the other batch's carrier
        [mine] = [t.transfer_id for t in arch.catalog.transfers.list() if t.transfer_id != first.transfer_id]
        assert not carrier.unrecorded_own_carrier(out / kept, mine)
    finally:
        arch.close()
