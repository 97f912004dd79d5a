"""``archdesk gui --demo --smoke`` (gui/smoke.py): the start check the Windows CI stage and the
installation checklist run — main window shown, a PDF previewed, its file not held, exit code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.archive_handle import Archive
from desktop_app.gui.smoke import file_is_free, first_pdf, run_smoke


def test_smoke_previews_the_first_pdf(window: Any, imported: Archive, capsys: pytest.CaptureFixture[str]) -> None:
    window.show()
    assert run_smoke(window, imported) == 0
    found = first_pdf(imported)
    assert found is not None
    case_id, comp = found
    assert window.current_key == "case_detail" and window.show_page("case_detail").case_id == case_id
    assert window.show_page("case_detail").preview.mode == "pdf"
    assert f"预览 {comp.original_name}" in capsys.readouterr().out


def test_smoke_fails_without_a_pdf(window: Any, archive: Archive, capsys: pytest.CaptureFixture[str]) -> None:
    window.show()
    assert run_smoke(window, archive) == 1
    assert "没有 PDF" in capsys.readouterr().err


def test_smoke_fails_on_a_hidden_window(window: Any, imported: Archive, capsys: pytest.CaptureFixture[str]) -> None:
    window.hide()
    assert run_smoke(window, imported) == 1
    assert "主窗口没有显示" in capsys.readouterr().err


def test_file_is_free_leaves_the_file_where_it_was(tmp_path: Path) -> None:
    f = tmp_path / "正文.pdf"
    f.write_bytes(b"%PDF-1.4\n")
    assert file_is_free(f) and f.read_bytes() == b"%PDF-1.4\n" and sorted(tmp_path.iterdir()) == [f]
