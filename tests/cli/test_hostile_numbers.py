"""Numbers in outside files that Python's ``int()`` refuses — over 4,300 digits, ``²``, ``١٢٣`` — are
reported in Chinese through the command the clerk runs, never an internal error (exit 3), and nothing
is changed.  (A 5,000-digit 字节数 in 文件目录.XML crashed receiving; these are the other parsers.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.transfer import write_bag

HUGE = "9" * 5000


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    src = tmp_path / "s.bin"
    src.write_bytes(b"x" * 1000)
    return Path(write_bag([(src, "办件/a.bin")], tmp_path / "bag", {"Source-Organization": "测试"}).path)


@pytest.mark.parametrize("tag,text,said", [
    ("bag-info.txt", f"Source-Organization: 测试\nPayload-Oxum: {HUGE}.1\n", "Payload-Oxum 格式不对"),
    ("bag-info.txt", f"Source-Organization: 测试\nPayload-Oxum: 1000.{HUGE}\n", "Payload-Oxum 格式不对"),
    ("fetch.txt", f"http://example.invalid/a {HUGE} data/办件/b.bin\n", "第 1 行格式不对"),
    ("fetch.txt", "http://example.invalid/a ² data/办件/b.bin\n", "第 1 行格式不对"),
    ("fetch.txt", "http://example.invalid/a ١٢٣ data/办件/b.bin\n", "第 1 行格式不对"),
])
def test_bag_tag_numbers_int_refuses_are_problems(capsys: pytest.CaptureFixture[str], bag: Path, tag: str,
                                                  text: str, said: str) -> None:
    (bag / tag).write_text(text, encoding="utf-8")
    before = _tree(bag)
    code = main(["transfer", "verify", str(bag)])
    out, err = capsys.readouterr()
    assert code == 1, (out, err)                                # a problem found, not exit 3
    assert said in out and "Traceback" not in err and "ValueError" not in out + err
    assert _tree(bag) == before


# -- a backup set being restored (or built on by an incremental backup) ------------------------------

def _damage(manifest: dict, how: str) -> str:   # type: ignore[type-arg]
    files = manifest["files"]
    return {"not json": "{\"files\": [", "a list": "[]", "no files": json.dumps({**manifest, "files": None}),
            "no path": json.dumps({**manifest, "files": [{k: v for k, v in files[0].items() if k != "path"}]}),
            "size text": json.dumps({**manifest, "files": [dict(files[0], size="１２３")]}),
            "size 1e999": json.dumps(manifest).replace(f'"size": {files[0]["size"]}', '"size": 1e999', 1),
            "huge size": json.dumps({**manifest, "files": [dict(files[0], size=10**30)]}),
            "stats inf": json.dumps(manifest).replace('"cases": ', '"cases": 1e999, "was": ', 1)}[how]


@pytest.mark.parametrize("how", ["not json", "a list", "no files", "no path", "size text", "size 1e999",
                                 "huge size", "stats inf"])
def test_a_damaged_backup_manifest_is_said_not_raised(capsys: pytest.CaptureFixture[str], archive, tmp_path: Path,
                                                      how: str) -> None:
    """manifest.json of a backup on a rotted or edited medium: restore raised a bare JSONDecodeError,
    KeyError or OverflowError (a 1e999 in the stats is a float infinity); now a BackupError names the
    file (a 1e999 in the stats only is not needed for the restore: it restores, without them)."""
    from desktop_app.core.preserve.backup import run_backup

    res = run_backup(archive, tmp_path / "disk")
    mf = res.folder / "manifest.json"
    mf.write_text(_damage(json.loads(mf.read_text("utf-8")), how), "utf-8")
    before = _tree(res.folder)
    code = main(["restore", str(res.folder), "--to", str(tmp_path / "restored")])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and code != 3, (out, err)
    if how == "stats inf":
        assert code == 0 and "备份时 ? 件" in out
    else:
        assert code in (1, 2) and "备份清单已损坏，无法读取" in err and "manifest.json" in err
        assert not (tmp_path / "restored").exists()
    assert _tree(res.folder) == before


def test_an_incremental_backup_on_a_damaged_base_is_refused(archive, tmp_path: Path) -> None:
    from desktop_app.core.errors import ArchDeskError
    from desktop_app.core.preserve.backup import run_backup

    res = run_backup(archive, tmp_path / "disk")
    (res.folder / "manifest.json").write_text("[]", "utf-8")
    with pytest.raises(ArchDeskError) as exc:
        run_backup(archive, tmp_path / "disk", incremental=True)
    assert "备份清单已损坏" in exc.value.message
    assert [p.name for p in (tmp_path / "disk").iterdir()] == [res.folder.name]


@pytest.mark.parametrize("text", ["[]", "{\"files\": [1]}", "{\"files\": [{\"path\": \"records/a\"}]}", "1e999"])
def test_a_bad_destroyed_list_is_said_not_raised(capsys: pytest.CaptureFixture[str], archive, tmp_path: Path,
                                                 text: str) -> None:
    from desktop_app.core.preserve.backup import run_backup

    res = run_backup(archive, tmp_path / "disk")
    (tmp_path / "destroyed.json").write_text(text, "utf-8")
    code = main(["restore", str(res.folder), "--to", str(tmp_path / "restored"),
                 "--destroyed-list", str(tmp_path / "destroyed.json")])
    out, err = capsys.readouterr()
    assert code in (1, 2) and "已销毁文件清单已损坏，无法读取" in err, (out, err)
    assert not (tmp_path / "restored").exists()
