"""Windows realities, tested with fakes where Linux cannot produce the real thing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from winfake import FakeDrives, WindowsFake, locked

from desktop_app.core import winpaths as wp
from desktop_app.core.errors import UsageError


def test_long_path_prefix_only_past_max_path() -> None:
    short = "C:\\档案\\a.pdf"
    assert wp.long_path(short) == short
    deep = "C:\\" + "\\".join(["目录名称很长的文件夹"] * 30) + "\\a.pdf"
    assert len(deep) > 260
    out = wp.long_path(deep)
    assert out.startswith("\\\\?\\C:\\") and out.endswith("\\a.pdf")
    assert wp.long_path(out) == out                       # idempotent
    assert wp.strip_long_prefix(out) == deep


def test_long_path_normalises_and_handles_unc() -> None:
    assert wp.long_path("D:/a/b/../c.txt", force=True) == "\\\\?\\D:\\a\\c.txt"
    unc = "\\\\server\\share\\" + "x" * 300
    assert wp.long_path(unc).startswith("\\\\?\\UNC\\server\\share\\")
    assert wp.strip_long_prefix(wp.long_path(unc)) == unc
    assert wp.long_path("relative\\" + "y" * 300) == "relative\\" + "y" * 300


@pytest.mark.parametrize("name", ["CON", "con.txt", "Nul.pdf", "COM1", "lpt9.tar.gz", "AUX ", "a?.pdf",
                                  "a:b", "trailing.", "trailing ", "tab\tname", ""])
def test_reserved_and_invalid_names_refused(name: str) -> None:
    assert wp.is_reserved_name(name)
    safe = wp.safe_component(name)
    assert not wp.is_reserved_name(safe), safe


@pytest.mark.parametrize("name", ["CONSOLE.txt", "COM10", "办件.pdf", "a.b.c", "LPT", "营业执照 扫描件.jpg"])
def test_ordinary_names_allowed(name: str) -> None:
    assert wp.reserved_name_problem(name) is None
    assert wp.safe_component(name) == name


def test_case_collisions_and_check_names() -> None:
    paths = ["A/Readme.txt", "a/README.TXT", "b/x.pdf", "b/X.PDF", "c/ok.pdf", "d/CON.xml"]
    groups = wp.case_collisions(paths)
    assert sorted(map(tuple, groups)) == [("A/Readme.txt", "a/README.TXT"), ("b/X.PDF", "b/x.pdf")]
    problems = wp.check_names(paths)
    assert {p["component"] for p in problems if "保留" in p["problem"]} == {"CON.xml"}
    assert sum("大小写" in p["problem"] for p in problems) == 2


def test_retry_locked_succeeds_after_sharing_violations() -> None:
    calls, sleeps = [], []

    def op() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise locked(wp.ERROR_SHARING_VIOLATION)
        return "done"

    assert wp.retry_locked(op, path="x.pdf", sleep=sleeps.append) == "done"
    assert len(calls) == 3 and sleeps == [0.1, 0.2]


def test_retry_locked_gives_up_with_typed_error() -> None:
    sleeps: list[float] = []

    def op() -> None:
        raise locked(wp.ERROR_LOCK_VIOLATION)

    with pytest.raises(wp.FileLocked) as info:
        wp.retry_locked(op, path="C:\\a.pdf", attempts=4, sleep=sleeps.append)
    assert "被其他程序占用" in info.value.message and info.value.details["path"] == "C:\\a.pdf"
    assert sleeps == [0.1, 0.2, 0.4]


def test_retry_locked_does_not_retry_other_errors() -> None:
    calls = []

    def op() -> None:
        calls.append(1)
        raise FileNotFoundError(errno.ENOENT, "gone")

    with pytest.raises(FileNotFoundError):
        wp.retry_locked(op, sleep=lambda _s: None)
    assert calls == [1]


def test_retry_locked_real_replace_over_locked_file(tmp_path: Path, windows: WindowsFake) -> None:
    """os.replace raising like Windows does while Explorer previews the target, then succeeding."""
    src, dst = tmp_path / "new.tmp", tmp_path / "a.pdf"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    calls = windows.flaky(os, "replace", 1)
    wp.retry_locked(lambda: os.replace(src, dst), path=str(dst), sleep=windows.sleeps.append)
    assert dst.read_bytes() == b"new" and len(calls) == 2 and windows.sleeps == [0.1]


def test_removable_drive_detection_with_fake_api() -> None:
    api = FakeDrives({"C": wp.DRIVE_FIXED, "D": wp.DRIVE_CDROM, "E": wp.DRIVE_REMOVABLE,
                      "Z": wp.DRIVE_REMOTE})
    all_drives = wp.drives(api)
    assert [d.root for d in all_drives] == ["C:\\", "D:\\", "E:\\", "Z:\\"]
    assert [(d.root, d.kind) for d in wp.removable_drives(api)] == [("D:\\", "cdrom"), ("E:\\", "removable")]


def test_no_drives_off_windows_without_fake() -> None:
    import sys

    if sys.platform != "win32":
        assert wp.drives() == []


def test_carrier_root() -> None:
    assert wp.carrier_root("e:") == "E:\\"
    assert wp.carrier_root("E:\\") == "E:\\"
    assert wp.carrier_root("e:/移交/2025") == "E:\\"
    assert wp.carrier_root("\\\\?\\F:\\x\\y") == "F:\\"
    assert wp.carrier_root("\\\\nas\\档案\\2025") == "\\\\nas\\档案\\"
    assert wp.is_drive_root("E:") and wp.is_drive_root("E:\\") and not wp.is_drive_root("E:\\x")
    with pytest.raises(UsageError):
        wp.carrier_root("relative/path")


def test_safe_component_follows_the_shared_name_rules():
    from desktop_app.core import names

    for raw in ("CON .txt", "a\x7f", "x" * 300, "nul", "COM1.log", "a:b?.pdf", "名称。 "):
        safe = wp.safe_component(raw)
        assert names.windows_name_issue(safe) is None, (raw, safe)
    assert names.windows_name_issue("CON .txt") is not None          # a device name with spaces before .ext
