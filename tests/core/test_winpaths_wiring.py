"""The Windows realities of winpaths reach the code that writes files and lists carriers.

Windows is faked on Linux by the ``windows`` fixture (tests/winfake.py): store.WINDOWS on, MAX_PATH
enforced, retry waits recorded, and OS calls that raise exactly what Windows raises.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from winfake import FakeDrives, WindowsFake
from winfake import locked as wlocked

from desktop_app.core import names, store
from desktop_app.core import winpaths as wp
from desktop_app.core.demo.package import write_zip
from desktop_app.core.errors import StorageError
from desktop_app.core.transfer import drives


def _flaky_replace(fake: WindowsFake, failures: int) -> list[tuple[str, str]]:
    return fake.flaky(os, "replace", failures)  # type: ignore[return-value]


def test_write_completes_when_the_destination_is_locked_twice(tmp_path: Path, windows: WindowsFake) -> None:
    dest = tmp_path / "案卷" / "a.xml"
    dest.parent.mkdir()
    dest.write_bytes(b"old")
    calls = _flaky_replace(windows, failures=2)
    store.atomic_write_text(dest, "<新/>")
    assert dest.read_text("utf-8") == "<新/>"
    assert len(calls) == 3 and windows.sleeps == [0.1, 0.2]
    assert not [p for p in dest.parent.iterdir() if p.name.endswith(store.TMP_SUFFIX)]


def test_a_permanent_lock_is_a_chinese_storage_error_naming_the_file(tmp_path: Path, windows: WindowsFake) -> None:
    dest = tmp_path / "a.pdf"
    dest.write_bytes(b"old")
    _flaky_replace(windows, failures=10_000)
    with pytest.raises(StorageError) as info:
        store.atomic_write_bytes(dest, b"new")
    err = info.value
    assert isinstance(err, wp.FileLocked) and err.code == "file_locked"
    assert "被其他程序占用" in err.message and str(dest) in err.message and err.details["path"] == str(dest)
    assert len(windows.sleeps) == 5                                  # six attempts, five waits
    assert dest.read_bytes() == b"old"                        # the old content stays whole
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]  # the temporary file is removed


def test_copy_with_digest_retries_the_locked_rename(tmp_path: Path, windows: WindowsFake) -> None:
    src = tmp_path / "src.bin"
    src.write_bytes(b"x" * 1000)
    calls = _flaky_replace(windows, failures=1)
    d = store.copy_file_with_digest(src, tmp_path / "out" / "dst.bin")
    assert d.size == 1000 and (tmp_path / "out" / "dst.bin").read_bytes() == b"x" * 1000 and len(calls) == 2


def test_callers_of_replace_go_through_store(tmp_path: Path, windows: WindowsFake) -> None:
    """A module that renamed with os.replace directly (demo package writer) now retries too."""
    calls = _flaky_replace(windows, failures=2)
    size, _sm3 = write_zip(tmp_path, "示例.zip", b"PK-data")
    assert size == 7 and (tmp_path / "示例.zip").read_bytes() == b"PK-data" and len(calls) == 3


def test_off_windows_a_permission_error_is_not_retried(tmp_path: Path, not_windows: WindowsFake) -> None:
    calls = _flaky_replace(not_windows, failures=1)
    with pytest.raises(StorageError) as info:
        store.atomic_write_bytes(tmp_path / "a.txt", b"x")
    assert not isinstance(info.value, wp.FileLocked) and len(calls) == 1


def test_long_path_used_on_windows_for_a_300_character_path(windows: WindowsFake,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    deep = "C:\\档案库\\" + "\\".join(["办件" + "x" * 40] * 7) + "\\正文.pdf"
    assert len(deep) >= 300
    assert store.fs_path(deep) == "\\\\?\\" + deep
    assert store.fs_path("C:\\短\\a.pdf") == "C:\\短\\a.pdf"
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(store.os, "replace", lambda s, d: seen.append((s, d)))
    store.replace(deep + ".tmp", deep)
    assert seen == [("\\\\?\\" + deep + ".tmp", "\\\\?\\" + deep)]
    monkeypatch.setattr(store, "WINDOWS", False)
    assert store.fs_path(deep) == deep                        # untouched elsewhere


def test_unlink_retries_a_locked_file(tmp_path: Path, windows: WindowsFake) -> None:
    victim = tmp_path / "stale.tmp"
    victim.write_bytes(b"x")
    calls = windows.flaky(os, "unlink", 1, error=lambda: wlocked(wp.ERROR_LOCK_VIOLATION))
    store.unlink(victim)
    assert not victim.exists() and len(calls) == 2 and windows.sleeps == [0.1]


def test_carrier_drive_list_uses_winpaths_and_picks_usb_and_disc() -> None:
    api = FakeDrives({"C": wp.DRIVE_FIXED, "D": wp.DRIVE_CDROM, "E": wp.DRIVE_REMOVABLE,
                        "F": wp.DRIVE_REMOVABLE, "Z": wp.DRIVE_REMOTE})
    volumes = {"D:\\": ("档案光盘2025", "UDF"), "E:\\": ("", "FAT32")}   # F: a card reader, no card
    asked: list[str] = []

    def volume_info(root: str) -> tuple[str, str] | None:
        asked.append(root)
        return volumes.get(root)

    found = drives.removable_drives(api=api, volume_info=volume_info)
    assert asked == ["D:\\", "E:\\", "F:\\"]                   # fixed and network drives never asked
    assert [(d.path, d.kind, d.label, d.filesystem) for d in found] == [
        ("D:\\", "cdrom", "档案光盘2025", "UDF"), ("E:\\", "removable", "", "FAT32")]
    assert found[1].fat32 and not found[0].fat32
    assert "可移动磁盘" in found[1].describe() and "光盘" in found[0].describe()


def test_names_and_winpaths_share_one_rule_set() -> None:
    for name in ["CON", "con.txt", "LPT1.pdf", "COM¹", "NUL .x", "a:b", "a|b", "tab\tname", "end.",
                 "end ", "正文.pdf", "CONSOLE.txt", "x" * 300, "COM0"]:
        assert wp.reserved_name_problem(name) == names.windows_name_issue(name), name
        if len(name) < 200:
            assert names.windows_name_issue(wp.safe_component(name)) is None, name
    assert wp.fold("Ｒeadme.TXT") == names.fold_key("Ｒeadme.TXT")
