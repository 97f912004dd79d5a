"""Trees and carriers under the Windows fake (tests/winfake.py): paths past MAX_PATH and files held
by another program, for store.remove_tree / clean_tmp_files / iter_files and the carrier writer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency, copy_archive
from winfake import WindowsFake

from desktop_app.core import store
from desktop_app.core.archive_handle import Archive
from desktop_app.core.digest import digest_file
from desktop_app.core.errors import StorageError
from desktop_app.core.transfer import carrier, verify_path
from desktop_app.core.transfer.create import create_transfer
from desktop_app.core.transfer.sums import list_files
from desktop_app.core.winpaths import MAX_PATH, FileLocked


def _deep_tree(windows: WindowsFake, root: Path) -> list[Path]:
    """Files under ``root`` whose full paths are far past MAX_PATH, made the Linux way."""
    folder = root.joinpath(*[f"办件材料目录{i:02d}" + "x" * 30 for i in range(8)])
    files = [root / "浅.pdf", folder / "正文.pdf", folder / f".正文.pdf.1234abcd{store.TMP_SUFFIX}",
             folder / "子" / f".附件.1234abcd{store.TMP_SUFFIX}"]
    with windows.native():
        for f in files:
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_bytes(f.name.encode())
    assert len(str(files[1])) > MAX_PATH + 50
    return files


def test_the_fake_refuses_a_deep_path_that_is_not_in_long_form(tmp_path: Path, windows: WindowsFake) -> None:
    deep = _deep_tree(windows, tmp_path / "t")[1]
    assert not os.path.exists(deep) and windows.refused == [str(deep)]     # Windows without \\?\
    assert os.path.exists(store.fs_path(deep))                             # the long form reaches it
    with pytest.raises(FileNotFoundError):                                 # a plain unlink fails
        os.unlink(deep)


def test_remove_tree_past_max_path(tmp_path: Path, windows: WindowsFake) -> None:
    root = tmp_path / "staging"
    _deep_tree(windows, root)
    store.remove_tree(root)
    with windows.native():
        assert not root.exists()
    assert windows.refused == [] and windows.sleeps == []
    store.remove_tree(root)                                  # missing is fine


def test_remove_tree_retries_a_file_held_by_antivirus(tmp_path: Path, windows: WindowsFake) -> None:
    root = tmp_path / "staging"
    files = _deep_tree(windows, root)
    held = windows.flaky(os, "unlink", 2, when=lambda p, *a, **k: str(p).endswith("正文.pdf"))
    store.remove_tree(root)
    with windows.native():
        assert not root.exists()
    assert len(held) == 3 and str(held[0][0]).endswith(str(files[1])) and windows.sleeps == [0.1, 0.2]


def test_remove_tree_waits_for_a_folder_whose_deleted_file_is_still_held(tmp_path: Path, windows: WindowsFake
                                                                         ) -> None:
    """Windows: a file deleted while another program holds it (opened with FILE_SHARE_DELETE: a
    scanner, the indexer, pygfried's Go reader in another ArchDesk process) stays until closed, and its
    folder is "not empty" (WinError 145) until then — an archiving step's intake removal failed so
    under concurrent commands.  The removal waits for it like for a held file."""
    root = tmp_path / "staging"
    files = _deep_tree(windows, root)

    def pending() -> OSError:
        exc = OSError(41, "The directory is not empty")
        exc.winerror = 145  # type: ignore[attr-defined]
        return exc

    folder = str(files[1].parent)
    held = windows.flaky(os, "rmdir", 2, when=lambda p, *a, **k: str(p).endswith(folder), error=pending)
    store.remove_tree(root)
    with windows.native():
        assert not root.exists()
    assert len(held) == 3 and windows.sleeps == [0.1, 0.2]
    # a folder that stays so is named, as a held file is
    files = _deep_tree(windows, root)
    windows.flaky(os, "rmdir", 10_000, when=lambda p, *a, **k: str(p).endswith(folder), error=pending)
    with pytest.raises(FileLocked) as info:
        store.remove_tree(root)
    assert info.value.details["path"].endswith(folder)


def test_remove_tree_names_a_file_that_stays_held(tmp_path: Path, windows: WindowsFake) -> None:
    root = tmp_path / "staging"
    files = _deep_tree(windows, root)
    windows.flaky(os, "unlink", 10_000, when=lambda p, *a, **k: str(p).endswith("正文.pdf"))
    with pytest.raises(FileLocked) as info:
        store.remove_tree(root)
    assert info.value.details["path"].endswith(str(files[1])) and "被其他程序占用" in info.value.message
    with windows.native():
        assert files[1].exists()                             # nothing else is pretended


def test_best_effort_remove_tree_leaves_only_the_held_file(tmp_path: Path, windows: WindowsFake) -> None:
    """shutil.rmtree(ignore_errors=True)'s replacement: everything else goes, nothing is raised."""
    root = tmp_path / "trash"
    files = _deep_tree(windows, root)
    windows.flaky(os, "unlink", 10_000, when=lambda p, *a, **k: str(p).endswith("正文.pdf"))
    store.remove_tree(root, best_effort=True)
    with windows.native():
        assert [p for p in files if p.exists()] == [files[1]] and not (files[3].parent).exists()
    assert len(windows.sleeps) == 5 and windows.refused == []


def test_clean_tmp_files_and_iter_files_past_max_path(tmp_path: Path, windows: WindowsFake) -> None:
    root = tmp_path / "records"
    files = _deep_tree(windows, root)
    assert sorted(store.iter_files(root)) == sorted(files)          # spelled as given, none skipped
    assert list_files(root) == sorted(p.relative_to(root).as_posix() for p in files[:2])
    held = windows.flaky(os, "unlink", 1, when=lambda p, *a, **k: str(p).endswith("附件.1234abcd.archdesk-tmp"))
    assert store.clean_tmp_files(root) == 2
    with windows.native():
        assert sorted(p for p in files if p.exists()) == sorted(files[:2])
    assert len(held) == 2 and windows.sleeps == [0.1] and windows.refused == []


def test_sweeping_the_top_folder_only_and_strictly(tmp_path: Path, windows: WindowsFake) -> None:
    """``sweep_tmp_files(below=False)`` (a bag's tag writes beside data/, carrier_bag.publish_bag):
    only the files directly in the folder; ``strict``: a file held past the retries raises instead
    of being left."""
    root = tmp_path / "bag"
    deep = _deep_tree(windows, root / "data")                    # temporary files far below: kept
    top = root / f".manifest-sha256.txt.1a2b3c4d{store.TMP_SUFFIX}"
    folder = root / f"folder{store.TMP_SUFFIX}"                  # a folder, not a file: kept
    with windows.native():
        top.write_bytes(b"half a write")
        folder.mkdir()
    assert store.sweep_tmp_files(root, below=False) == (1, 0)
    with windows.native():
        assert not top.exists() and folder.is_dir() and all(p.exists() for p in deep)
        top.write_bytes(b"half a write")
    held = windows.flaky(os, "unlink", 100, when=lambda p, *a, **k: str(p).endswith(top.name))
    assert store.sweep_tmp_files(root, below=False) == (0, 1)    # left for the next time
    with pytest.raises(FileLocked):
        store.sweep_tmp_files(root, below=False, strict=True)
    assert len(held) == 12
    with windows.native():
        assert top.exists() and all(p.exists() for p in deep)
    assert store.sweep_tmp_files(root / "missing", below=False, strict=True) == (0, 0)


def test_carrier_staging_past_max_path(tmp_path: Path, windows: WindowsFake) -> None:
    src = tmp_path / "源.pdf"
    src.write_bytes(b"%PDF-1.4 source\n")
    staging = tmp_path.joinpath(*["移交载体目录" + "y" * 40] * 4) / ".V01.partial"
    rel = "电子档案/" + "/".join(["案卷" + "z" * 30] * 3) + "/正文.pdf"
    digests = carrier.stage_files(staging, [carrier.CarrierFile(rel, source=src),
                                            carrier.CarrierFile("文件目录.XML", data=b"<x/>")])
    dest = staging.joinpath(*rel.split("/"))
    assert len(str(dest)) > MAX_PATH and digests[rel].sha256 == digest_file(src).sha256
    with windows.native():
        assert dest.read_bytes() == src.read_bytes() and (staging / "文件目录.XML").read_bytes() == b"<x/>"
    assert windows.refused == []


@pytest.fixture(scope="module")
def agency_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    root = tmp_path_factory.mktemp("agency") / "archive"
    return root, build_agency(root, n=2)


def test_carrier_write_when_the_target_file_is_locked_twice(agency_template: tuple[Path, list[int]],
                                                            tmp_path: Path, windows: WindowsFake,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    src, ids = agency_template
    arch = Archive.open(copy_archive(src, tmp_path / "agency"), user="admin", password=PASSWORD)
    monkeypatch.setattr(carrier, "STAGE_WORKERS", 1)          # one copy at a time: the order is known
    opened = windows.flaky(store, "open", 2, when=lambda p, mode="r", *a, **k: (
        "w" in mode and ".partial" in str(p) and str(p).endswith("-0001-002.pdf")))
    renamed = windows.flaky(os, "rename", 2, when=lambda s, d, *a, **k: str(s).endswith(".partial"))
    try:
        res = create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    finally:
        arch.close()
    vol = Path(res.volumes[0].path)
    target = opened[0][0]
    assert len(opened) == 3 and {call[0] for call in opened} == {target}   # one file: held twice, then written
    assert len(renamed) == 3 and windows.sleeps == [0.1, 0.2, 0.1, 0.2]
    report = verify_path(vol)
    assert report.ok and report.files >= 4, report.problems
    written = vol / Path(target).relative_to(Path(renamed[0][0]))
    assert written.read_bytes().startswith(b"%PDF")
    assert not list((tmp_path / "out").glob(".*.partial"))


def test_carrier_write_gives_up_on_a_target_that_stays_locked(agency_template: tuple[Path, list[int]],
                                                               tmp_path: Path, windows: WindowsFake) -> None:
    src, ids = agency_template
    arch = Archive.open(copy_archive(src, tmp_path / "agency"), user="admin", password=PASSWORD)
    windows.flaky(store, "open", 10_000, when=lambda p, mode="r", *a, **k: (
        "w" in mode and ".partial" in str(p) and str(p).endswith("-0001-002.pdf")))
    try:
        with pytest.raises(StorageError) as info:
            create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    finally:
        arch.close()
    assert isinstance(info.value, FileLocked) and "-0001-002.pdf" in info.value.message
    folders = [p for p in (tmp_path / "out").iterdir() if p.is_dir()]
    assert [p.name.startswith(".") and p.name.endswith("-V01.partial") for p in folders] == [True]   # kept to resume
    assert not [p for p in folders[0].rglob("*-0001-002.pdf")]              # nothing half-written stays


@pytest.mark.parametrize("kind", ["bagit", "iso"])
def test_bag_and_iso_writers_retry_their_held_output(agency_template: tuple[Path, list[int]], tmp_path: Path,
                                                      windows: WindowsFake, monkeypatch: pytest.MonkeyPatch,
                                                      kind: str) -> None:
    """A file the bag writer writes (its manifest: the payload is the carrier staged in the bag's
    data/, not copied — issue 20) / the image file, and their final renames (the bag's staging
    folder / the image's temporary file), each held twice."""
    src, ids = agency_template
    arch = Archive.open(copy_archive(src, tmp_path / "agency"), user="admin", password=PASSWORD)
    monkeypatch.setattr(carrier, "STAGE_WORKERS", 1)
    out_name = (lambda p: Path(p).name.startswith(".manifest-sha256.txt.")) if kind == "bagit" \
        else (lambda p: str(p).endswith(".iso" + store.TMP_SUFFIX))
    opened = windows.flaky(store, "open", 2, when=lambda p, mode="r", *a, **k: "r" not in mode and out_name(p))
    final_src = ".partial" if kind == "bagit" else store.TMP_SUFFIX
    renamed = windows.flaky(os, "rename", 2, when=lambda s, d, *a, **k: str(s).endswith(final_src))
    opts = {"fmt": "bagit"} if kind == "bagit" else {"iso": True}
    try:
        res = create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, **opts)
    finally:
        arch.close()
    assert len(opened) == 3 and len({c[0] for c in opened}) == 1 and len(renamed) == 3
    assert windows.sleeps == [0.1, 0.2, 0.1, 0.2]
    final = Path(res.volumes[0].path)
    assert final.exists() and not list((tmp_path / "out").glob(f".*{store.TMP_SUFFIX}"))
    if kind == "bagit":
        from desktop_app.core.transfer.bagit.read import verify_bag

        assert verify_bag(final).ok
    else:
        from desktop_app.core.transfer.iso import verify_iso

        assert verify_iso(final) == []
