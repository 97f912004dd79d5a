"""Durability on Windows: ``FlushFileBuffers`` (``os.fsync``) needs a handle with write access.

``store.sync_tree`` once opened every file read-only to fsync it: fine on Linux, PermissionError
(EACCES, from ERROR_ACCESS_DENIED) on Windows — every import (exit 3) and every carrier write failed there.  The first test runs the real
call on whatever this machine is (under Windows CPython it fails without the fix); the others run the
Windows branch under the fake (tests/winfake.py), whose ``os.fsync`` refuses a read-only descriptor.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from pkgbuilder import make_package
from winfake import WindowsFake

from desktop_app.core import store
from desktop_app.core.intake.service import import_paths
from desktop_app.core.transfer import carrier


def _tree(root: Path) -> list[Path]:
    files = [root / "正文.pdf", root / "子目录" / "附件.jpg", root / "子目录" / "深" / "说明.txt"]
    for f in files:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(f.name.encode("utf-8") * 10)
    return files


def test_sync_tree_on_this_platform(tmp_path: Path) -> None:
    files = _tree(tmp_path / "批次")
    store.sync_tree(tmp_path / "批次")
    assert [f.read_bytes() for f in files] == [f.name.encode("utf-8") * 10 for f in files]


def test_the_fake_refuses_fsync_on_a_read_only_descriptor(tmp_path: Path, windows: WindowsFake) -> None:
    f = tmp_path / "a.bin"
    f.write_bytes(b"x")
    fd = os.open(f, os.O_RDONLY)
    try:
        with pytest.raises(PermissionError) as info:   # on Windows the real os.fsync (not patched)
            os.fsync(fd)
        assert info.value.errno == errno.EACCES
    finally:
        os.close(fd)


def test_sync_tree_on_windows_opens_files_for_writing(tmp_path: Path, windows: WindowsFake) -> None:
    files = _tree(tmp_path / "批次")
    store.sync_tree(tmp_path / "批次")                      # PermissionError before the fix
    assert all(f.read_bytes() == f.name.encode("utf-8") * 10 for f in files)


def test_import_on_windows(archive, tmp_path: Path, windows: WindowsFake) -> None:
    make_package(tmp_path / "p1")
    rep = import_paths(archive, [tmp_path / "p1"])
    assert rep.failed == [] and len(rep.imported) == 1


def test_carrier_staging_on_windows(tmp_path: Path, windows: WindowsFake) -> None:
    src = tmp_path / "源.pdf"
    src.write_bytes(b"%PDF-1.4 source\n")
    staging = tmp_path / ".V01.partial"
    carrier.stage_files(staging, [carrier.CarrierFile("电子档案/正文.pdf", source=src),
                                  carrier.CarrierFile("文件目录.XML", data=b"<x/>")])
    store.sync_tree(staging)
    assert (staging / "电子档案" / "正文.pdf").read_bytes() == src.read_bytes()
