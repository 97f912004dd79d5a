"""Registers made from the catalog: 归档文件目录 groups from archived cases, the check-run adapter,
registers whose data source does not exist yet."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from desktop_app.core.errors import UsageError
from desktop_app.core.model import CaseRecord, DocumentRecord
from desktop_app.core.registers import DataSourceMissing, NothingToPrint, build_sections, render_pdf


def add_case(cat, n: int, *, archival_code: str | None, retention: str = "Y", year: int = 2024,
             project_name: str = "", apply_name: str = "张三", status: str = "archived",
             pages: tuple[int | None, ...] = (2, 3)) -> int:
    fonds_id = cat.fonds.by_code("Z001").id
    rec = CaseRecord(
        fields={"electronic_record_code": f"350100-Z001-{n:04d}", "project_id": f"P{n:04d}",
                "task_name": "食品经营许可", "project_name": project_name, "apply_name": apply_name,
                "receive_department": "测试县市场监督管理局", "transact_time": f"{year}-03-05 10:00:00",
                "security_classification": "非密", "remarks": "补正后受理" if n == 1 else ""},
        documents=[DocumentRecord(seq=k + 1, title=f"材料{k + 1}", material_code="C1" if k else "A1",
                                  doc_number=f"测市监许〔{year}〕{n}号" if k else "", pages=p)
                   for k, p in enumerate(pages)])
    case_id = cat.cases.insert(rec, fonds_id=fonds_id, batch_id=None, store_path=f"intake/x/{n}",
                               source_name="", package_sm3="", year=year)
    # Test-only: what archiving (档号 allocation) will write; set directly here.
    with cat.write() as c:
        c.execute("UPDATE cases SET archival_code=?, retention=?, category_code='ZW', status=? WHERE id=?",
                  (archival_code, retention, status, case_id))
    return case_id


@pytest.fixture
def cat(archive):
    c = archive.catalog
    add_case(c, 1, archival_code="Z001-ZW·2024-Y-0001", project_name="张三食品经营许可（新办）")
    add_case(c, 2, archival_code="Z001-ZW·2024-Y-0002")                            # no title: self-composed
    add_case(c, 3, archival_code="Z001-ZW·2024-D30-0001", retention="D30", pages=(1, None))
    add_case(c, 4, archival_code="Z001-ZW·2023-Y-BGS-0001", year=2023, status="destroyed")
    add_case(c, 5, archival_code=None, status="imported")                           # not archived: never listed
    return c


def text_of(path) -> list[str]:
    """Page texts with line breaks inside table cells removed (cells wrap long Chinese text)."""
    return [re.sub(r"(?<=[^\x00-\x7f]) *\n *(?=[^\x00-\x7f])", "", p.extract_text())
            for p in PdfReader(str(path)).pages]


def test_catalogue_groups_from_archived_cases(cat, tmp_path):
    sections = build_sections(cat, "catalog")
    assert [dict(s.subtitle)["年度"] for s in sections] == ["2023", "2024", "2024"]
    assert [dict(s.subtitle)["保管期限"] for s in sections] == ["永久", "定期30年", "永久"]
    assert dict(sections[0].subtitle)["机构(问题)"] == "BGS"
    out = tmp_path / "cat.pdf"
    res = render_pdf(sections, out, fallback_fonts=[])
    assert [r.rows for r in res] == [1, 1, 2]
    texts = text_of(out)
    assert len(texts) == sum(r.pages for r in res)
    y2024 = "\n".join(texts[-res[2].pages:])
    assert "测试县政务服务中心" in texts[0]                                        # 全宗名称 on the cover
    assert "Z001-ZW·2024-Y-0001" in y2024 and "Z001-ZW·2024-Y-0002" in y2024
    assert "张三食品经营许可（新办）" in y2024
    assert "[张三食品经营许可]" in y2024                                              # composed → [ ]
    assert "20240305" in y2024 and "测试县市场监督管理局" in y2024 and "补正后受理" in y2024
    assert re.search(r"Z001-ZW·2024-Y-0001.*\b5\b", y2024)                          # 页数 = 2 + 3
    assert "P0005" not in "".join(texts) and "350100-Z001-0005" not in "".join(texts)
    assert "已销毁" in "\n".join(texts[:res[0].pages])
    d30 = "\n".join(texts[res[0].pages:res[0].pages + res[1].pages])
    assert "Z001-ZW·2024-D30-0001" in d30
    assert not re.search(r"Z001-ZW·2024-D30-0001.*\b1\b\s", d30)                    # unknown pages: blank


def test_catalogue_filters(cat):
    assert len(build_sections(cat, "catalog", year=2024)) == 2
    assert len(build_sections(cat, "catalog", retention="D30")) == 1
    ids = [r["id"] for r in cat.all("SELECT id FROM cases WHERE archival_code LIKE '%Y-0002'")]
    (one,) = build_sections(cat, "catalog", case_ids=ids)
    rows = list(one.blocks[0].rows())
    assert [r["archival_code"] for r in rows] == ["Z001-ZW·2024-Y-0002"] and rows[0]["seq"] == 1
    with pytest.raises(NothingToPrint):
        build_sections(cat, "catalog", fonds="NOPE")


def test_check_report_from_check_tables(cat, tmp_path):
    case_id = cat.one("SELECT id FROM cases WHERE archival_code='Z001-ZW·2024-Y-0001'")[0]
    run_id = cat.checks.new_run("archiving", {"case_ids": [case_id]}, "admin", "默认方案", "1.0")
    cat.checks.add_results(run_id, [
        {"case_id": case_id, "item": "GD-1-1", "property": "真实性", "result": "pass", "detail": "摘要一致"},
        {"case_id": case_id, "item": "GD-2-4", "property": "完整性", "result": "fail", "detail": "缺少受理时间",
         "evidence": [{"field": "receive_time", "found": ""}]},
    ])
    cat.checks.finish_run(run_id, "done", {})
    (section,) = build_sections(cat, "check", run_id=run_id)
    out = tmp_path / "check.pdf"
    render_pdf([section], out, fallback_fonts=[])
    text = "\n".join(text_of(out))
    assert "电子档案四性检测报告" in text and "默认方案 1.0" in text and "办件 1 件" in text
    details = text[text.index("二、检测项目明细"):]
    assert details.index("GD-2-4") < details.index("GD-1-1")                         # failures first
    assert "缺少受理时间" in details and "field=receive_time" in details
    assert "Z001-ZW·2024-Y-0001" in details
    with pytest.raises(NothingToPrint):
        build_sections(cat, "check", run_id=9999)
    with pytest.raises(UsageError):
        build_sections(cat, "check")


@pytest.mark.parametrize("kind", ["transfer", "receipt", "destruction", "backup", "label"])
def test_register_refused_when_its_source_tables_are_absent(cat, kind, monkeypatch):
    from desktop_app.core.catalog.register_queries import RegisterQueries

    monkeypatch.setattr(RegisterQueries, "table_exists", lambda self, name: False)
    with pytest.raises(DataSourceMissing) as ei:
        build_sections(cat, kind)
    assert ei.value.exit_code == 2 and "无法生成" in ei.value.message


def test_transfer_and_receipt_registers_from_transfer_records(cat, tmp_path):
    with pytest.raises(NothingToPrint):
        build_sections(cat, "transfer")
    with pytest.raises(NothingToPrint):
        build_sections(cat, "receipt")
    ids = [r[0] for r in cat.all("SELECT id FROM cases WHERE archival_code LIKE 'Z001-ZW·2024-%' ORDER BY id")]
    t = cat.transfers
    t.create("Z001-YJ-1", "2024年度电子档案移交", str(tmp_path), "dvd", 4_700_000_000,
             {"medium_label": "DVD-R 4.7GB", "receiver": "测试县档案馆"}, "admin")
    t.add_volume("Z001-YJ-1", 1, "Z001-YJ-1-V01", [{"case_id": c, "seq": n, "opening": "开放", "reason": ""}
                                                  for n, c in enumerate(ids, 1)])
    t.volume_verified("Z001-YJ-1", 1, str(tmp_path / "v1"), 1_234_567_890, 30, "cd" * 32)
    t.set_state("Z001-YJ-1", "done")
    (reg, sheet) = build_sections(cat, "transfer", transfer_id="Z001-YJ-1")
    out = tmp_path / "t.pdf"
    render_pdf([reg, sheet], out, fallback_fonts=[])
    texts = text_of(out)
    for word in ("电子档案移交与接收登记表", "2024年度电子档案移交", f"{len(ids)} 件", "1.235 GB", "DVD-R 4.7GB",
                 "测试县政务服务中心", "测试县档案馆", "Z001-YJ-1-V01"):
        assert word in texts[0], word
    assert "cd" * 16 in re.sub(r"\s", "", texts[1]) and "摘要算法：SM3" in texts[1]

    t.add_receipt(carrier_key="aa" * 32, transfer_id="Z001-YJ-1", volume=1, volumes=1, label="Z001-YJ-1-V01",
                  sender="测试县政务服务中心", signer="", source=str(tmp_path), decision="accepted", cases=ids,
                  problems=[], check_run=None, actor="收件员", digest="ef" * 32, size=1_234_567_890)
    out = tmp_path / "r.pdf"
    render_pdf(build_sections(cat, "receipt"), out, fallback_fonts=[])
    texts = text_of(out)
    assert "接收载体 1 个" in texts[0] and "收件员" in texts[0] and "ef" * 16 in re.sub(r"\s", "", texts[1])
    assert "aa" * 16 not in re.sub(r"\s", "", texts[1]) and "1.235 GB" in texts[0]   # stored digest and bytes
    with pytest.raises(NothingToPrint):
        build_sections(cat, "transfer", transfer_id="NOPE")


def test_destruction_backup_label_from_preservation_records(cat, tmp_path):
    with pytest.raises(NothingToPrint):
        build_sections(cat, "destruction")
    with pytest.raises(NothingToPrint):
        build_sections(cat, "backup")
    with pytest.raises(NothingToPrint):
        build_sections(cat, "label")
    case_id = cat.one("SELECT id FROM cases WHERE archival_code='Z001-ZW·2023-Y-BGS-0001'")[0]
    did = cat.preserve.destruction_create("2023年到期办件", "保管期限已满，经鉴定无保存价值", "王鉴定", "", [
        {"case_id": case_id, "archival_code": "Z001-ZW·2023-Y-BGS-0001", "title": "张三食品经营许可",
         "year": 2023, "retention": "D10", "expiry": "2033-12-31", "early": False}])
    cat.preserve.destruction_decide(did, "approved", "李局长", "同意销毁")
    cat.preserve.destruction_executed(did, "赵销毁", "删除并覆盖")
    bid = cat.preserve.backup_begin("uuid-1", "full", "", "/mnt/backup/2024", True, "SM4", "admin")
    cat.preserve.backup_finish(bid, "verified", files=12, copied=12, bytes=3 * 1024 ** 3, cases=4,
                               manifest_sm3="ab" * 32)
    cat.preserve.carrier_add("BF-001", "dvd", "backup", "uuid-1", "机要室", "2024-06-20 10:00:00", "admin")

    out = tmp_path / "d.pdf"
    render_pdf(build_sections(cat, "destruction"), out, fallback_fonts=[])
    text = "\n".join(text_of(out))
    for word in ("档案销毁清册", "已执行销毁", "李局长", "Z001-ZW·2023-Y-BGS-0001", "定期10年", "保管期限已满",
                 "王鉴定", "赵销毁", "第 1 页 共 1 页"):
        assert word in text, word

    out = tmp_path / "b.pdf"
    render_pdf(build_sections(cat, "backup"), out, fallback_fonts=[])
    text = "\n".join(text_of(out))
    for word in ("电子档案备份登记表", "全量", "办件 4 件", "SM4 加密", "3.221", "核验通过", "/mnt/backup/2024", "BF-001"):
        assert word in text, word
    assert "ab" * 16 in re.sub(r"\s", "", text)

    out = tmp_path / "l.pdf"
    render_pdf(build_sections(cat, "label", carriers=["BF-001"]), out, fallback_fonts=[])
    text = "\n".join(text_of(out))
    for word in ("载体编号：BF-001", "测试县政务服务中心", "年度：2023—2024", "电子档案备份（uuid-1）", "2024-06-20",
                 "DVD-R 光盘"):
        assert word in text, word
    with pytest.raises(NothingToPrint):
        build_sections(cat, "label", carriers=["NOPE"])
