"""利用: use registration, 控制 records need a permit, watermarked exports, the register, masking."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core import use, users
from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import PermissionDenied, UsageError
from desktop_app.core.security import User

PW = "password123"


@pytest.fixture
def setup(archive: Archive, tmp_path: Path) -> Archive:
    from desktop_app.core.demo import write_demo
    from desktop_app.core.intake.service import import_paths

    write_demo(tmp_path / "pk", cases=2, seed=9)
    assert len(import_paths(archive, [tmp_path / "pk"]).imported) == 2
    users.create_user(archive, "reader1", PW, ["reader"], display_name="读者甲")
    users.create_user(archive, "sec1", PW, ["secadmin"])
    users.create_user(archive, "aud1", PW, ["auditor"])
    return archive


def _open(a: Archive, cid: int) -> None:
    """An opening appraisal 开放 (appraisal.set_opening needs an archived case; its row is this)."""
    a.catalog.preserve.add_appraisal(cid, "opening", "开放", "不涉及个人隐私", "admin")


def _as(a: Archive, name: str) -> Archive:
    return Archive.open(a.root, user=name, password=PW)


def test_controlled_record_needs_permit_and_every_use_is_registered(setup: Archive) -> None:
    cid = setup.catalog.cases.ids()[0]
    assert use.opening_status(setup, cid) == "控制"        # the default until appraised 开放
    with _as(setup, "reader1") as r:
        with pytest.raises(UsageError, match="利用目的"):
            use.open_for_use(r, cid, "  ")
        with pytest.raises(PermissionDenied, match="控制"):
            use.open_for_use(r, cid, "查询办理结果")
        refused = r.catalog.access.audit_filter(action="use.read")[0]
        assert refused.outcome == "refused" and refused.actor == "reader1"
        with pytest.raises(PermissionDenied):                 # a reader cannot grant herself
            use.grant_permit(r, cid, "reader1")
    with _as(setup, "sec1") as s:
        pid = use.grant_permit(s, cid, "reader1", expires="2099-12-31", note="诉讼需要")
    with _as(setup, "reader1") as r:
        sess = use.open_for_use(r, cid, "查询办理结果")
        assert sess.opening == "控制" and sess.files and all(Path(f.path).exists() for f in sess.files)
        # personal data masked for a reader
        card = setup.catalog.cases.metadata(cid).get("contacted_card", "")
        assert card and sess.metadata["contacted_card"] != card and "*" in sess.metadata["contacted_card"]
    rows = setup.catalog.access.uses(case_id=cid)
    assert [(u.user, u.kind, u.purpose, u.permit_id) for u in rows] == \
        [("reader1", "read", "查询办理结果", pid)]
    with _as(setup, "sec1") as s:
        use.revoke_permit(s, pid)
    with _as(setup, "reader1") as r, pytest.raises(PermissionDenied):
        use.open_for_use(r, cid, "再次查询")


def test_expired_permit_refused(setup: Archive) -> None:
    cid = setup.catalog.cases.ids()[0]
    with _as(setup, "sec1") as s:
        use.grant_permit(s, cid, "reader1", expires="2000-01-01")
    with _as(setup, "reader1") as r, pytest.raises(PermissionDenied):
        use.open_for_use(r, cid, "查询")


def test_open_record_and_watermarked_export(setup: Archive, tmp_path: Path) -> None:
    cid = setup.catalog.cases.ids()[1]
    _open(setup, cid)
    with _as(setup, "reader1") as r:
        sess = use.open_for_use(r, cid, "学术研究")
        assert sess.opening == "开放"
        pdf = next(f for f in sess.files if f.name.lower().endswith(".pdf"))
        out = use.export_copy(r, cid, pdf.id, tmp_path / "copy.pdf", "学术研究")
    original = PdfReader(pdf.path)
    copy = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(copy.pages) == len(original.pages)
    text = copy.pages[0].extract_text()
    assert "利用副本" in text and "reader1" in text and "读者甲" in text
    assert "利用副本" not in (original.pages[0].extract_text() or "")
    kinds = [u.kind for u in setup.catalog.access.uses(case_id=cid)]
    assert kinds == ["read", "export"]
    assert setup.catalog.access.audit_filter(action="use.export")[0].actor == "reader1"


def test_use_register_printable(setup: Archive, tmp_path: Path) -> None:
    cid = setup.catalog.cases.ids()[0]
    _open(setup, cid)
    with _as(setup, "reader1") as r:
        use.open_for_use(r, cid, "核对证照信息")
        with pytest.raises(PermissionDenied):
            use.print_use_register(r, tmp_path / "x.pdf")
    with _as(setup, "aud1") as a:
        res = use.print_use_register(a, tmp_path / "利用登记.pdf")
    assert res[0].rows == 1 and res[0].pages >= 1
    text = PdfReader(tmp_path / "利用登记.pdf").pages[0].extract_text()
    assert "档案利用登记表" in text and "核对证照信息" in text and "reader1" in text


def test_mask_personal_by_role() -> None:
    fields = {"contacted_card": "350102199001011234", "phone": "13812345678", "apply_name": "张伟",
              "address": "福州市鼓楼区 电话 13900001111", "legal_man_phone": "13700001111",
              "electronic_record_code": "350100-0059-0100190012-2018-D30-000021", "card_type": "身份证"}
    reader = User(1, "r", frozenset({"reader"}))
    clerk = User(2, "c", frozenset({"clerk"}))
    m = use.mask_personal(fields, reader)
    assert m["contacted_card"] == "3501**********1234" and m["phone"] == "138****5678"
    assert m["apply_name"] == "张伟" and "13900001111" not in m["address"]
    assert m["legal_man_phone"] == "137****1111" and m["card_type"] == "身份证"
    assert m["electronic_record_code"] == fields["electronic_record_code"]     # codes are not personal
    assert use.mask_personal(fields, clerk) == fields


def test_image_copy_and_preview(setup: Archive, tmp_path: Path) -> None:
    cid = setup.catalog.cases.ids()[1]
    _open(setup, cid)
    with _as(setup, "reader1") as r:
        sess = use.open_for_use(r, cid, "核对")
        img = next(f for f in sess.files if f.name.lower().endswith((".jpg", ".jpeg", ".png")))
        out = use.export_copy(r, cid, img.id, tmp_path / "img.pdf", "核对")
        page = PdfReader(out).pages[0]
        assert "利用副本" in page.extract_text() and page.images       # the scan is in the copy
        pdf = next(f for f in sess.files if f.name.lower().endswith(".pdf"))
        shown = PdfReader(io.BytesIO(use.preview_copy(r, sess, pdf.id)))
        assert "reader1" in shown.pages[0].extract_text()
        xml = next(f for f in sess.files if f.name.lower().endswith(".xml"))     # B0 审批流程信息
        with pytest.raises(UsageError, match="PDF 和图像"):
            use.export_copy(r, cid, xml.id, tmp_path / "x.pdf", "核对")


def test_a_pdf_with_a_page_10_to_the_23_points_high_is_watermarked_at_once(setup: Archive, tmp_path: Path) -> None:
    """A PDF handed in whose MediaBox is 10**23 points high (a valid PDF number; ISO 32000 allows
    14,400): the watermark drew a line every 150 points of it — 10**21 lines, the 利用 page's preview
    and the export never came back (10**7 points: 22 s, then an error).  The lines now cover at most
    PDF's own largest page."""
    import re
    import threading

    cid = setup.catalog.cases.ids()[1]
    _open(setup, cid)
    pdf = next(c for c in setup.catalog.cases.components(cid) if str(c.store_path).lower().endswith(".pdf"))
    stored = setup.root / pdf.store_path
    data, n = re.subn(rb"(/MediaBox\s*\[\s*[-0-9.]+\s+[-0-9.]+\s+[-0-9.]+\s+)[-0-9.]+", rb"\g<1>" + b"9" * 23,
                      stored.read_bytes())
    assert n >= 1
    stored.write_bytes(data)                       # as if the service system had sent it so
    done: list[Path] = []
    with _as(setup, "reader1") as r:
        use.open_for_use(r, cid, "学术研究")
        worker = threading.Thread(target=lambda: done.append(use.export_copy(r, cid, int(pdf.id),
                                                                             tmp_path / "copy.pdf", "学术研究")),
                                  daemon=True)
        worker.start()
        worker.join(60)
    assert done, "the watermarked copy did not come back within 60 s"
    copy = PdfReader(io.BytesIO(done[0].read_bytes()))
    assert "利用副本" in copy.pages[0].extract_text()
