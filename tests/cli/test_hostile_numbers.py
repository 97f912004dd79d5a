"""Numbers in outside files that Python's ``int()`` refuses — over 4,300 digits, ``²``, ``١٢٣`` — are
reported in Chinese through the command the clerk runs, never an internal error (exit 3), and nothing
is changed.  (A 5,000-digit 字节数 in 文件目录.XML crashed receiving; these are the other parsers.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


# -- a retention table file (XLSX) being imported ------------------------------------------------------
_CELL = r'<c r="C3"( s="\d+")? t="inlineStr"><is><t>D10</t></is></c>'


def _xlsx(dest: Path, sub: tuple[str, Any] | None, dimension: str | None = None) -> Path:
    """A three-row table (header, ZW01, ZW02) saved by openpyxl, its sheet XML then edited."""
    import re
    import zipfile

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["类目号", "类目名称", "保管期限"], ["ZW01", "类目一", "D30"], ["ZW02", "类目二", "D10"]):
        ws.append(row)
    wb.save(dest.with_suffix(".base.xlsx"))
    with zipfile.ZipFile(dest.with_suffix(".base.xlsx")) as zin, zipfile.ZipFile(dest, "w") as out:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                if sub is not None:
                    text, n = re.subn(sub[0], sub[1], text, count=1)
                    assert n == 1, text
                if dimension is not None:
                    text, n = re.subn(r'<dimension ref="[^"]*"', f'<dimension ref="{dimension}"', text)
                    assert n == 1, text
                data = text.encode()
            out.writestr(info, data)
    return dest


@pytest.fixture
def clerk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from desktop_app.core.archive_handle import Archive

    Archive.init(tmp_path / "archive", fonds="Z001", name="测试县政务服务中心", password="password123").close()
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", "password123")
    return tmp_path / "archive"


def _tables(root: Path) -> list[tuple[int, int]]:
    from desktop_app.core.archive_handle import Archive

    arch = Archive.open(root, user="admin", password="password123")
    try:
        return [(int(t.version), int(t.entry_count)) for t in arch.catalog.retention.tables()]
    finally:
        arch.close()


@pytest.mark.parametrize("cell,said", [
    ('<c r="C3" t="n"><v>abc</v></c>', "无法读取 Excel 文件"),                 # a number cell that is text
    ('<c r="C3" t="n"><v>' + HUGE + "</v></c>", "无法读取 Excel 文件"),         # int() refuses 5,000 digits
    ('<c r="C3" t="d"><v>garbage</v></c>', "无法读取 Excel 文件"),              # a date cell that is no date
    ('<c r="C3" t="b"><v>x</v></c>', "无法读取 Excel 文件"),
    ('<c r="C3" t="s"><v>99999</v></c>', "无法读取 Excel 文件"),                # shared string past the end
    ('<c r="ZZZZZZZ3" t="inlineStr"><is><t>D10</t></is></c>', "无法读取 Excel 文件"),   # no such column
])
def test_a_retention_xlsx_cell_openpyxl_refuses_is_said_not_raised(capsys: pytest.CaptureFixture[str], clerk: Path,
                                                                    tmp_path: Path, cell: str, said: str) -> None:
    """The table is read read-only, where openpyxl parses each cell while the rows are iterated —
    outside the try that wrapped only load_workbook: a bare ValueError / IndexError (exit 3)."""
    before = _tables(clerk)
    xlsx = _xlsx(tmp_path / "期限表.xlsx", (_CELL, cell))
    code = main(["--archive", str(clerk), "retention", "import", str(xlsx)])
    out, err = capsys.readouterr()
    assert code in (1, 2) and said in err and "期限表.xlsx" in err, (out, err)
    assert _tables(clerk) == before


def test_a_retention_xlsx_row_numbered_past_excel_s_limit_is_refused_at_once(capsys: pytest.CaptureFixture[str],
                                                                             clerk: Path, tmp_path: Path) -> None:
    """A row numbered 10**10 under a dimension saying so: openpyxl filled the gap with empty rows one
    by one (10**10 of them — hours and gigabytes); now refused past Excel's 1,048,576 rows."""
    big = 10**10
    xlsx = _xlsx(tmp_path / "期限表.xlsx", (r'<row r="3"(.*?)</row>', lambda m: m[0].replace('r="3"', f'r="{big}"')
                                           .replace('3"', f'{big}"')), dimension=f"A1:C{big}")
    before = _tables(clerk)
    code = main(["--archive", str(clerk), "retention", "import", str(xlsx)])
    out, err = capsys.readouterr()
    assert code in (1, 2) and "Excel 文件的行数超过 1048576 行" in err, (out, err)
    assert _tables(clerk) == before


def test_a_retention_xlsx_row_past_its_declared_dimension_is_not_dropped(capsys: pytest.CaptureFixture[str],
                                                                         clerk: Path, tmp_path: Path) -> None:
    """The dimension says A1:C2 but the sheet has a third row: it was silently left out (a table
    of one category imported from a file of two)."""
    xlsx = _xlsx(tmp_path / "期限表.xlsx", None, dimension="A1:C2")
    code = main(["--archive", str(clerk), "--json", "retention", "import", str(xlsx)])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["entries"] == 2, (out, err)


# -- a capacity typed for transfer create --media -----------------------------------------------------
@pytest.mark.parametrize("media,code_", [("9" * 400 + "G", 2), ("1e309G", 2), ("１６Ｇ", 0)])
def test_a_media_size_float_cannot_hold_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, media: str,
                                                          code_: int) -> None:
    """``--media`` with 400 digits: float() gave infinity and int() an OverflowError (exit 3) after the
    cases were read; now 无法识别的容量 and nothing written.  Full-width ``１６Ｇ`` typed with a Chinese
    IME is read as 16G (it was 无法识别的容量: ``ｇ`` is no unit)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency

    build_agency(tmp_path / "agency", n=1)
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("ARCHDESK_KEY_PASSPHRASE", KEYPASS)
    code = main(["--archive", str(tmp_path / "agency"), "transfer", "create", "--out", str(tmp_path / "out"),
                 "--all-archived", "--override-reason", OVERRIDE, "--media", media])
    out, err = capsys.readouterr()
    assert code == code_, (out, err)
    if code_:
        assert "无法识别的容量" in err and "Traceback" not in err
        assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
