"""Disc-image carriers keep Chinese names through Joliet (64 UCS-2 characters per name): a name
up to that limit is written and read back whole; a longer one is refused before anything is written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency, copy_archive
from pkgbuilder import PDF

from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import UsageError
from desktop_app.core.receipt.receive import opened
from desktop_app.core.transfer import verify_path
from desktop_app.core.transfer.create import create_transfer
from desktop_app.core.transfer.iso import iso_files
from desktop_app.core.transfer.planner import JOLIET_MAX, check_joliet, joliet_length

LONG_OK = "关于" + "某某县政务服务中心个体工商户登记材料" * 3 + "补正说明.pdf"      # 64 characters, 184 UTF-8 bytes
TOO_LONG = "关于" + "某某县政务服务中心个体工商户登记材料" * 3 + "补正说明书.pdf"    # 65 characters


def test_joliet_length_counts_ucs2_units():
    assert joliet_length(LONG_OK) == 64 == JOLIET_MAX < joliet_length(TOO_LONG) == 65
    assert joliet_length("𠀀") == 2                    # outside the BMP: a surrogate pair on the disc
    check_joliet(["电子档案/2024/永久/Z001-ZW·2024-Y-0001/" + LONG_OK])
    with pytest.raises(UsageError) as exc:
        check_joliet(["其他/a.txt", "电子档案/2024/" + TOO_LONG])
    assert "电子档案/2024/" + TOO_LONG in exc.value.message and "65" in exc.value.message
    assert exc.value.details["limit"] == 64


@pytest.fixture(scope="module")
def agency_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("joliet") / "agency"
    return root, build_agency(root, n=1)


@pytest.fixture
def agency(agency_root, tmp_path, monkeypatch):
    """Archived files are named by 档号, which keeps carrier names short; a long name is put on the
    carrier the way any other file of the record folder is (one more file of the case)."""
    from desktop_app.core.transfer import create as create_mod
    from desktop_app.core.transfer.carrier import CarrierFile

    real = create_mod.case_files
    names: list[str] = []

    def with_long_name(archive, case_id, eep=False, key=None):
        cf = real(archive, case_id, eep, key)
        cf.files += [CarrierFile(f"{cf.folder_rel}/说明/{n}", data=PDF + b"%long\n") for n in names]
        return cf

    monkeypatch.setattr(create_mod, "case_files", with_long_name)
    arch = Archive.open(copy_archive(agency_root[0], tmp_path / "agency"), user="admin", password=PASSWORD)
    yield arch, agency_root[1], names
    arch.close()


def test_long_chinese_name_within_joliet_is_kept_on_the_iso(agency, tmp_path):
    arch, ids, names = agency
    names.append(LONG_OK)
    res = create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, iso=True)
    image = Path(res.volumes[0].path)
    assert any(n.endswith("/说明/" + LONG_OK) for n in iso_files(image))     # read back by its Joliet name
    with opened(image) as root:
        assert verify_path(root).ok
        assert (next(root.rglob("说明")) / LONG_OK).is_file()
    if shutil.which("xorriso"):                                # Linux (.ci/run installs it); not on Windows
        out = subprocess.run(["xorriso", "-indev", str(image), "-find", "/", "-name", "*补正说明.pdf"],
                             capture_output=True, text=True, encoding="utf-8")
        assert LONG_OK in out.stdout, out.stdout + out.stderr     # an outside tool sees the whole name
    else:
        assert sys.platform == "win32", "xorriso is installed by .ci/run"


def test_name_over_joliet_limit_is_refused_before_writing(agency, tmp_path):
    arch, ids, names = agency
    names.append(TOO_LONG)
    with pytest.raises(UsageError) as exc:
        create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, iso=True)
    assert TOO_LONG in exc.value.message and "光盘" in exc.value.message and "65" in exc.value.message
    assert not (tmp_path / "out").exists() and not arch.catalog.transfers.list()
    # the same case goes on a USB carrier (no such limit)
    res = create_transfer(arch, tmp_path / "usb", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    assert any(p.name == TOO_LONG for p in Path(res.volumes[0].path).rglob("*.pdf"))
