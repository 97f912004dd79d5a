"""`archdesk check` on a machine whose ClamAV has no usable signature database: the run is
incomplete, says what to fix here, and returns no case."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_checks_support import clean_files, make_case  # noqa: E402

from desktop_app.cli import main  # noqa: E402
from desktop_app.core.archive_handle import Archive  # noqa: E402
from desktop_app.core.intake.service import import_paths  # noqa: E402


@pytest.mark.skipif(sys.platform == "win32", reason="scans with /usr/bin/clamscan and a signature file: a Linux "
                    "set-up — under Wine that is the Linux program started through Wine; no ClamAV in the "
                    "Windows stage")
def test_incomplete_run_text_and_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    with Archive.init(tmp_path / "a", fonds="Z001", name="测试", password="password123") as a:
        a.catalog.settings.set("checks.virus_scanner", {"kind": "clamscan", "path": "/usr/bin/clamscan",
                                                        "database": str(tmp_path / "empty")})
        make_case(tmp_path / "b" / "c1", 1)
        import_paths(a, [tmp_path / "b"])
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", "password123")
    assert main(["--archive", str(tmp_path / "a"), "check", "--stage", "archiving"]) == 1
    text = capsys.readouterr().out
    assert "检测未完成" in text and "病毒库" in text and "→" not in text        # no case moved
    assert main(["--archive", str(tmp_path / "a"), "--json", "check", "--stage", "archiving"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["incomplete"] is True and "病毒库" in doc["environment"][0]
    with Archive.open(tmp_path / "a", user="admin", password="password123") as a:
        assert {a.catalog.cases.get(c).status for c in a.catalog.cases.ids()} == {"imported"}
        # a second case fails an item of its own (an empty file) in the same incomplete run: it is
        # returned, and the conclusion says so instead of "no case was returned"
        make_case(tmp_path / "b2" / "c2", 2, files={**clean_files(), "过程文件/受理通知书.pdf": b""})
        import_paths(a, [tmp_path / "b2"])
    assert main(["--archive", str(tmp_path / "a"), "check", "--stage", "archiving"]) == 1
    text = capsys.readouterr().out
    assert "→ 已退回" in text and "GD-3-4 不通过" in text
    conclusion = next(line for line in text.splitlines() if line.startswith("结论："))
    assert conclusion == ("结论：检测未完成（本机环境问题：只因此未能判定的办件保持原状态、未被退回；"
                          "1 件办件因自身的检测项不通过，已退回）。需要处理：")
    with Archive.open(tmp_path / "a", user="admin", password="password123") as a:
        assert sorted(a.catalog.cases.get(c).status for c in a.catalog.cases.ids()) == ["imported", "returned"]
