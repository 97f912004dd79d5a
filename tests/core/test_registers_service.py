"""One service makes a register for the registers page and `archdesk register`: outputs checked
before anything is built, one snapshot for the PDF and the exports, each written file audited."""

from __future__ import annotations

import json

import pytest
from test_registers_catalog import add_case

from desktop_app.core.errors import UsageError
from desktop_app.core.registers.service import make_register, save_preview


@pytest.fixture
def filled(archive):
    add_case(archive.catalog, 1, archival_code="Z001-ZW·2024-Y-0001", project_name="张三食品经营许可（新办）")
    add_case(archive.catalog, 2, archival_code="Z001-ZW·2024-Y-0002")
    return archive


def _exports(archive) -> list[dict]:
    return [json.loads(r.detail) for r in archive.catalog.audit.search(action="register.export")]


def test_pdf_and_exports_from_one_request_are_audited(filled, tmp_path):
    pdf, csv, xlsx = tmp_path / "r.pdf", tmp_path / "r.csv", tmp_path / "r.xlsx"
    made = make_register(filled, "catalog", {"year": 2024}, pdf=pdf, csv=csv, xlsx=xlsx)
    assert pdf.read_bytes().startswith(b"%PDF") and made.results and made.results[0].rows == 2
    assert made.csv_rows == made.xlsx_rows == 2 and csv.is_file() and xlsx.is_file()
    (entry,) = _exports(filled)
    assert entry == {"out": str(pdf), "csv": str(csv), "xlsx": str(xlsx), "masked": True}


def test_preview_writes_nothing_until_saved(filled, tmp_path):
    made = make_register(filled, "catalog", {}, preview=True)
    assert made.pdf_bytes.startswith(b"%PDF") and _exports(filled) == []
    save_preview(filled, "catalog", made.pdf_bytes, tmp_path / "saved.pdf", mask=False)
    assert (tmp_path / "saved.pdf").read_bytes() == made.pdf_bytes
    assert _exports(filled)[0]["masked"] is False


def test_an_output_inside_the_archive_is_refused_before_anything_is_written(filled, tmp_path):
    with pytest.raises(UsageError):
        make_register(filled, "catalog", {}, pdf=tmp_path / "ok.pdf", csv=filled.root / "catalog.sqlite")
    assert not (tmp_path / "ok.pdf").exists() and _exports(filled) == []
