"""Test helpers for the transfer / receipt tests: an agency archive with archived cases and a
signing key (built once per session, copied per test), an archives archive trusting it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from arrange_support import case_fields, set_status
from pkgbuilder import PDF, make_package

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases
from desktop_app.core.crypto import keystore
from desktop_app.core.intake.service import import_paths
from desktop_app.core.retention import classify_cases, import_default_table

PASSWORD = "password123"
KEYPASS = "keypass-123"
OVERRIDE = "测试样例数据：部分元数据与病毒库缺失，人工确认"
# the sample packages miss some metadata, carry truncated PDFs and the test machine has no virus
# database: these mandatory receipt items fail on every case of a carrier from build_agency
SAMPLE_FAILS = {"YJ-2-3", "YJ-2-4", "YJ-2-5", "YJ-3-8", "YJ-4-1"}
# mandatory receipt items a person records (carrier speed, appearance, disc quality; a manual virus
# scan where no scanner is usable): 待人工 blocks like a failure
SAMPLE_PENDING = {"YJ-4-2", "YJ-4-4", "YJ-4-5", "YJ-4-6"}
INSPECTION = "检测人员查看载体外观完好、读取正常，另行人工扫描无病毒"


def accept_inspected(arch: Archive, path: Path, **kw):  # type: ignore[no-untyped-def]
    """接收入库 after a person recorded the manual items of the verification run ``check_run``."""
    from desktop_app.core.receipt.receive import receive_carrier

    inspect_carrier(arch, kw["check_run"])
    return receive_carrier(arch, path, "accept", **kw)


def inspect_carrier(arch: Archive, run_id: int) -> None:
    """A person records the receipt's manual items as passed (what the 接收 page's button does)."""
    from desktop_app.core.checks.bulk import open_pairs, record_manual_many

    pairs = open_pairs(arch, run_id, [None], kind="manual")
    if pairs:
        record_manual_many(arch, run_id, pairs, "pass", INSPECTION)


def build_agency(root: Path, n: int = 4, big: int = 0, checked: bool = False) -> list[int]:
    """An agency archive at ``root`` with ``n`` archived cases (content ``big`` random bytes each).
    ``checked``: the archiving-stage checks run first, as a clerk runs them (each file's validation
    and the case's check summary are recorded; without a virus scanner the run stays incomplete,
    so the cases are then moved to 已检测 by hand as without it)."""
    arch = Archive.init(root, fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    try:
        import_default_table(arch)
        pkgs = []
        for i in range(1, n + 1):
            files = {"申报文件/申请表.pdf": PDF + b"%" + str(i).encode() + b"\n",
                     "结果文件/营业执照.pdf": PDF + b"%r" + os.urandom(big) + b"\n"}
            spec = case_fields(i, task_name="个体工商户登记", task_type="行政许可", result="准予登记")
            pkgs.append(make_package(root.parent / "pkgs" / f"p{i:03d}", spec, files))
        rep = import_paths(arch, pkgs)
        assert not rep.failed, rep.failed
        ids = sorted(rep.imported)
        classify_cases(arch, ids)
        if checked:
            from desktop_app.core.checks.service import run_checks

            run_checks(arch, "archiving", ids)
        set_status(arch, ids, "checked")
        assert not archive_cases(arch, ids).failed
        keystore.generate_key(arch, KEYPASS, "测试县政务服务中心")
        keystore.export_public_key(arch, root.parent / "agency.pem")
        return ids
    finally:
        arch.close()


def copy_archive(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


def archives_archive(root: Path, trusted_pem: Path | None) -> Archive:
    arch = Archive.init(root, fonds="A001", name="测试县档案馆", role="archives", password=PASSWORD)
    if trusted_pem is not None:
        keystore.trust_key(arch, trusted_pem, "测试县政务服务中心")
    return arch


def signed_carrier(base: Path) -> tuple[Path, Path]:
    """A two-case agency's signed transfer: (volume folder, the agency's public key PEM)."""
    from desktop_app.core.transfer.create import create_transfer

    ids = build_agency(base / "agency", n=2)
    arch = Archive.open(base / "agency", user="admin", password=PASSWORD)
    try:
        res = create_transfer(arch, base / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    finally:
        arch.close()
    return Path(res.volumes[0].path), base / "agency.pem"
