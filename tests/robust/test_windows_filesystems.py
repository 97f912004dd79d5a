"""A clerk's USB stick: the carrier written to, verified on and received from a real exFAT file system
(``mount.exfat-fuse``: case-insensitive, no ``:*?"<>|``, no symbolic links) and a real NTFS one
(``ntfs-3g -o windows_names``: also refuses CON, ``a:b`` and names ending in a dot or space), each a
loop image mounted by the test.  What Windows would refuse is refused before anything is written,
naming the file.

Needs root, FUSE and the Debian packages exfat-fuse, exfatprogs and ntfs-3g: elsewhere the tests
skip saying why — except in Linux CI (``CI`` set), where a missing piece fails them (the Windows
stage of CI, under Wine, skips them: the mounts are made on the Linux side).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive, build_agency

from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import UsageError
from desktop_app.core.receipt.receive import receive_carrier
from desktop_app.core.transfer import carrier, verify_path
from desktop_app.core.transfer.create import create_transfer

TOOLS = {"exfat": ("mkfs.exfat", "mount.exfat-fuse"), "ntfs": ("mkfs.ntfs", "ntfs-3g")}


def _unavailable(fs: str) -> str | None:
    if sys.platform != "linux":
        return "loop images and FUSE mounts are Linux set-ups"
    if os.geteuid() != 0:
        return "mounting a loop image needs root"
    if not os.path.exists("/dev/fuse"):
        return "no /dev/fuse"
    missing = [t for t in TOOLS[fs] if shutil.which(t) is None]
    if missing:
        return f"missing {', '.join(missing)} (Debian: exfat-fuse exfatprogs ntfs-3g)"
    return None


def _run(*cmd: str) -> str:
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        raise OSError(f"{' '.join(cmd)}: {r.stderr.strip() or r.stdout.strip()}")
    return r.stdout.strip()


@contextlib.contextmanager
def mounted(fs: str, where: Path, size_mb: int = 64) -> Iterator[Path]:
    img, mnt = where / f"{fs}.img", where / f"{fs}-盘"
    mnt.mkdir(parents=True)
    with open(img, "wb") as fh:
        fh.truncate(size_mb * 1024 * 1024)
    loop = ""
    if fs == "exfat":
        _run("mkfs.exfat", "-L", "USB", str(img))
        loop = _run("losetup", "-f", "--show", str(img))
        _run("mount.exfat-fuse", loop, str(mnt))
    else:
        _run("mkfs.ntfs", "-F", "-Q", "-L", "USB", str(img))
        _run("ntfs-3g", "-o", "windows_names", str(img), str(mnt))
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True, timeout=120)
        if loop:
            subprocess.run(["losetup", "-d", loop], capture_output=True, timeout=60)


@pytest.fixture(params=["exfat", "ntfs"])
def stick(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    fs = request.param
    why = _unavailable(fs)
    if why is None:
        try:
            with mounted(fs, tmp_path) as mnt:
                yield mnt
            return
        except OSError as exc:
            why = f"cannot mount {fs}: {exc}"
    if os.environ.get("CI") and sys.platform == "linux":     # the Linux stage of CI has all the pieces
        pytest.fail(f"{fs} carrier tests must run in CI (root, FUSE): {why}")
    pytest.skip(why)


@pytest.fixture(scope="module")
def agency_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("usb") / "agency"
    build_agency(root, n=2)
    return root


def test_the_stick_behaves_like_windows(stick: Path) -> None:
    """The mount refuses what Windows refuses (else the tests below would prove nothing)."""
    with pytest.raises(OSError):
        (stick / "a:b.pdf").write_bytes(b"x")
    if stick.name.startswith("exfat"):
        (stick / "Case.PDF").write_bytes(b"x")
        assert (stick / "case.pdf").read_bytes() == b"x"           # case-insensitive
        with pytest.raises(OSError):
            os.symlink("Case.PDF", stick / "link.pdf")
    else:
        with pytest.raises(OSError):
            (stick / "CON").write_bytes(b"x")


def test_transfer_verify_receive_on_the_stick(stick: Path, agency_template: Path, tmp_path: Path) -> None:
    shutil.copytree(agency_template, tmp_path / "agency")
    shutil.copy(agency_template.parent / "agency.pem", tmp_path / "agency.pem")
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    try:
        ids = arch.catalog.cases.ids()
        res = create_transfer(arch, stick / "移交", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    finally:
        arch.close()
    vol = Path(res.volumes[0].path)
    assert vol.is_relative_to(stick) and (vol / "文件目录.XML").is_file()
    assert verify_path(vol).ok
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    try:
        rep = receive_carrier(archives, vol, "accept", override_reason=OVERRIDE)
        assert rep.ok and rep.decision == "accepted" and len(rep.cases) == len(ids), rep.to_json()
    finally:
        archives.close()


@pytest.mark.parametrize(("names", "named"), [
    (["电子档案/申请表:副本.pdf"], "电子档案/申请表:副本.pdf"),
    (["电子档案/CON.pdf"], "电子档案/CON.pdf"),
    (["电子档案/结果文件./营业执照.pdf"], "电子档案/结果文件./营业执照.pdf"),
    (["电子档案/Z001/正文.PDF", "电子档案/z001/正文.pdf"], "电子档案/z001/正文.pdf"),
])
def test_names_windows_refuses_are_refused_before_writing(stick: Path, names: list[str], named: str) -> None:
    staging = stick / ".V01.partial"
    files = [carrier.CarrierFile("文件目录.XML", data=b"<x/>")]
    files += [carrier.CarrierFile(n, data=b"%PDF-1.4\n") for n in names]
    with pytest.raises(UsageError) as info:
        carrier.stage_files(staging, files)
    assert named in info.value.message
    assert not staging.exists() and sorted(stick.iterdir()) == []
