"""Registers from plain dataclasses: text, page numbering, fonts, rare characters, masking."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.errors import Cancelled
from desktop_app.core.jobs import Progress
from desktop_app.core.registers import (
    BackupEntry,
    BackupRegister,
    CarrierDigest,
    CarrierLabel,
    CatalogueEntry,
    CatalogueGroup,
    CheckItemResult,
    CheckRun,
    DestructionItem,
    DestructionList,
    MissingGlyphError,
    TransferRegister,
    backup_section,
    catalogue_sections,
    check_report_section,
    data_digest,
    destruction_section,
    export_csv,
    export_xlsx,
    label_section,
    mask_id,
    mask_phone,
    render_pdf,
    transfer_sections,
)
from desktop_app.core.registers.text import wrap

FIXTURE_FONT = Path(__file__).resolve().parents[1] / "fixtures" / "fonts" / "archdesk-test-extb.ttf"
SM3_ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"


def pages_text(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def has(text: str, word: str) -> bool:
    """``word`` appears in ``text``, allowing for line breaks inside a table cell."""
    return word in text or re.sub(r"\s+", "", word) in re.sub(r"\s+", "", text)


def fonts_embedded(path: Path) -> list[tuple[str, str]]:
    if shutil.which("pdffonts") is None and sys.platform == "win32":
        pytest.skip("pdffonts (poppler-utils) is a Linux tool here; .ci/run installs it")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type encoding emb sub uni id gen: emb is the 5th field from the right
        rows.append((parts[0], parts[-5]))
    return rows


def group(n: int, title=lambda i: f"张三申请食品经营许可证（新办）第{i}件", year=2024) -> CatalogueGroup:
    def entries():
        for i in range(1, n + 1):
            yield CatalogueEntry(f"Z109-ZW·{year}-Y-{i:04d}", title(i), doc_number=f"榕食许〔2024〕{i}号",
                                 responsible="福州市鼓楼区行政审批局", date="20240305", security="非密",
                                 pages=i % 7 + 1, self_composed=(i == 2))
    return CatalogueGroup("Z109", "福州市鼓楼区行政审批局", year, "Y", "", entries)


def test_catalogue_pages_headings_rows_and_numbering(tmp_path):
    out = tmp_path / "cat.pdf"
    res = render_pdf(catalogue_sections([group(45)]), out, fallback_fonts=[])
    texts = pages_text(out)
    n = len(texts)
    assert res[0].pages == n and n >= 3 and res[0].rows == 45
    cover = texts[0]
    for word in ("归档文件目录", "全宗名称", "福州市鼓楼区行政审批局", "年", "2024", "保管期限", "永久", "机构(问题)"):
        assert word in cover
    for k, t in enumerate(texts, 1):
        assert f"第 {k} 页 共 {n} 页" in t                      # every page, cover included
        assert f"数据摘要（SM3）：{res[0].short_digest}" in t
        assert "生成时间：" in t
        if k > 1:                                               # header row repeated on every table page
            assert "归档文件目录" in t
            assert re.search(r"序号\s*档号\s*文号\s*责任者\s*题名\s*日期\s*密级\s*页数\s*备注", t)
    body = "\n".join(texts[1:])
    for i in range(1, 46):
        assert f"Z109-ZW·2024-Y-{i:04d}" in body
    assert "[张三申请食品经营许可证（新办）第2件]" in body        # self-composed title in [ ]
    assert "20240305" in body and "榕食许〔2024〕1号" in re.sub(r"\s+", "", body)   # wrapped in its cell
    # the digest is SM3 over the canonical rows: recomputable from the same data
    rows = list(group(45).rows())
    assert res[0].digest == data_digest({"register": "catalog", "title": "归档文件目录", **group(45).header()}, rows)


def test_one_register_per_group_each_numbered_alone(tmp_path):
    out = tmp_path / "two.pdf"
    res = render_pdf(catalogue_sections([group(3), group(4, year=2023)]), out, fallback_fonts=[])
    texts = pages_text(out)
    assert len(res) == 2 and len(texts) == res[0].pages + res[1].pages
    assert f"第 1 页 共 {res[1].pages} 页" in texts[res[0].pages]
    assert "Z109-ZW·2023-Y-0004" in texts[res[0].pages + 1]
    assert res[0].digest != res[1].digest


def test_every_font_embedded(tmp_path):
    out = tmp_path / "cat.pdf"
    render_pdf(catalogue_sections([group(5, title=lambda i: f"李𠀀申请{i}")]), out, fallback_fonts=[FIXTURE_FONT])
    fonts = fonts_embedded(out)
    assert len(fonts) == 2                                      # primary + fallback, nothing else
    assert all(emb == "yes" for _, emb in fonts), fonts
    assert any("WenQuanYi" in name for name, _ in fonts)


def test_rare_character_uses_fallback_font(tmp_path):
    out = tmp_path / "rare.pdf"
    render_pdf(catalogue_sections([group(3, title=lambda i: "王𪚥" if i == 3 else f"李𠀀申请{i}")]), out,
               fallback_fonts=[FIXTURE_FONT])
    body = "\n".join(pages_text(out)[1:])
    assert "李𠀀申请1" in body and "王𪚥" in body              # drawn and extractable (ToUnicode fixed)
    assert any("ArchDeskTestExtB" in name for name, _ in fonts_embedded(out))


def test_rare_character_without_fallback_stops_with_its_code_and_row(tmp_path):
    out = tmp_path / "rare.pdf"
    with pytest.raises(MissingGlyphError) as ei:
        render_pdf(catalogue_sections([group(3, title=lambda i: "王𪚥" if i == 2 else f"申请{i}")]), out,
                   fallback_fonts=[])
    err = ei.value
    assert "U+2A6A5" in err.message and "第 2 行" in err.message and "Z109-ZW·2024-Y-0002" in err.message
    assert err.details["codepoint"] == "U+2A6A5" and err.details["row"] == 2 and err.details["column"] == "题名"
    assert not out.exists()                                     # nothing half-written


def test_personal_data_masked_by_default(tmp_path):
    title = lambda i: f"申请人身份证350102199001011234联系电话13812345678第{i}件"  # noqa: E731
    out = tmp_path / "m.pdf"
    render_pdf(catalogue_sections([group(2, title=title)]), out, fallback_fonts=[])
    body = "\n".join(pages_text(out))
    assert "3501**********1234" in body and "138****5678" in body
    assert "350102199001011234" not in body and "13812345678" not in body
    render_pdf(catalogue_sections([group(2, title=title)]), out, fallback_fonts=[], mask=False)
    assert "350102199001011234" in "\n".join(pages_text(out))
    assert mask_id("350102199001011234") == "3501**********1234"
    assert mask_phone("13812345678") == "138****5678"


def test_a_code_longer_than_its_cell_breaks_after_a_hyphen_on_a_line_of_its_own():
    """Seen on a rendered 电子档案移交与接收登记表 of two volumes: 载体起止顺序号 read
    “Z001-YJ-20261207-232619- / V01 至 Z001-YJ-20261207-2 / 32619-V02” — the second carrier number
    broken by characters where the first left off, its 232619 split over two lines."""
    from desktop_app.core.registers import FontSet

    fonts = FontSet([])
    first, second = "Z001-YJ-20261207-232619-V01", "Z001-YJ-20261207-232619-V02"
    width = fonts.width("Z001-YJ-20261207-232619-", 9) + 1
    assert wrap(fonts, f"{first} 至 {second}", width, 9) == [
        "Z001-YJ-20261207-232619-", "V01 至", "Z001-YJ-20261207-232619-", "V02"]
    narrow = fonts.width("20261207-", 9) + 1          # parts that fit go whole; only a longer one by characters
    lines = wrap(fonts, second, narrow, 9)
    assert "".join(lines) == second and "20261207-" in lines and all(fonts.width(ln, 9) <= narrow for ln in lines)


def test_long_text_wraps_and_tall_rows_split_across_pages(tmp_path):
    from desktop_app.core.registers import FontSet

    fonts = FontSet([])
    lines = wrap(fonts, "食品经营许可" * 20, 100, 9)
    assert len(lines) > 3 and "".join(lines) == "食品经营许可" * 20
    assert all(fonts.width(ln, 9) <= 100.01 for ln in lines)
    huge = "很长的题名" * 600                                     # taller than a page
    out = tmp_path / "tall.pdf"
    res = render_pdf(catalogue_sections([group(2, title=lambda i: huge if i == 1 else "短")]), out,
                     fallback_fonts=[])
    texts = pages_text(out)
    assert res[0].pages == len(texts) >= 4
    assert sum(t.count("很") for t in texts) == 600               # nothing lost in the split
    # + the 题名 header on each table page + 机构(问题) on the cover
    assert sum(t.count("题") for t in texts) == 600 + (len(texts) - 1) + 1


def check_run() -> CheckRun:
    items = [CheckItemResult("GD-1-1", "真实性", "固化信息有效性", f"Z109-ZW·2024-Y-000{i}", "pass",
                             f"SM3 一致：{SM3_ABC}") for i in range(1, 4)]
    items.insert(1, CheckItemResult("GD-2-4", "完整性", "必填著录项目", "Z109-ZW·2024-Y-0002", "fail",
                                    "缺少 受理时间（receive_time）"))
    items.append(CheckItemResult("GD-4-5", "安全性", "载体外观", "", "manual", "待检测人员记录"))
    return CheckRun("17", "archiving", "办件 3 件", "默认归档检测方案 1.0", "张三", "2024-11-28 10:00:00",
                    "2024-11-28 10:01:00", "福州市鼓楼区行政审批局", items)


def test_check_report_failures_first_summary_and_signatures(tmp_path):
    out = tmp_path / "check.pdf"
    res = render_pdf([check_report_section(check_run())], out, fallback_fonts=[])
    text = "\n".join(pages_text(out))
    for word in ("电子档案四性检测报告", "检测环节", "归档", "检测范围", "检测方案", "默认归档检测方案 1.0", "检测人", "张三",
                 "检测时间", "一、检测结果汇总", "真实性", "完整性", "可用性", "安全性", "二、检测项目明细",
                 "检测人（签名）", "审核人（签名）", "单位（印章）", "不通过：1 项不通过，1 项待人工检测"):
        assert word in text, word
    assert f"第 1 页 共 {res[0].pages} 页" in text
    details = text[text.index("二、检测项目明细"):]
    assert details.index("不通过") < details.index("待人工") < details.index("通过 GD-1-1")
    assert "缺少 受理时间" in details and SM3_ABC[:20] in details


def test_check_report_names_items_not_judged_here_as_incomplete(tmp_path):
    """An item this machine could not judge (no usable virus scanner) is 未完成 in the report: its own
    column in the summary, its own label in the details, and a conclusion that says the run is
    incomplete — not 不通过, which an inspector reads as the case failing."""
    run = check_run()
    run.items = [*run.items, CheckItemResult("GD-4-1", "安全性", "计算机病毒检测", "Z109-ZW·2024-Y-0001",
                                             "incomplete", "本机杀毒软件不可用")]
    assert run.conclusion() == ("检测未完成：1 项因本机检测条件不具备未能判定（须在本机修复后重新检测）；"
                                "1 项不通过，1 项待人工检测")
    assert not run.passed
    out = tmp_path / "check.pdf"
    render_pdf([check_report_section(run)], out, fallback_fonts=[])
    text = "\n".join(pages_text(out))
    summary = text[text.index("一、检测结果汇总"):text.index("二、检测项目明细")]
    assert "未完成" in summary
    details = text[text.index("二、检测项目明细"):]
    assert "未完成 GD-4-1" in details and details.index("不通过") < details.index("未完成") < details.index("待人工")
    plain = tmp_path / "plain.pdf"              # a complete run's form keeps its five columns
    render_pdf([check_report_section(check_run())], plain, fallback_fonts=[])
    assert "未完成" not in "\n".join(pages_text(plain))


def transfer_register() -> TransferRegister:
    carriers = [CarrierDigest(f"{n:03d}", f"2023年度行政许可类办件（第{n}盘）", SM3_ABC, "SM3", 2_500_000_000 + n)
                for n in (1, 2)]
    return TransferRegister("2024年度政务服务电子档案移交", "2023年度行政许可类办件电子档案", 1200, 5_491_163_909,
                            "001—002", "DVD-R 4.7GB", "福州市鼓楼区行政审批局", "福州市鼓楼区档案馆",
                            {"准确性检验": "通过", "安全性检验": "通过（无病毒）"}, {}, carriers, transfer_id="T1")


def test_transfer_register_and_digest_sheet(tmp_path):
    out = tmp_path / "t.pdf"
    res = render_pdf(transfer_sections(transfer_register()), out, fallback_fonts=[])
    texts = pages_text(out)
    assert [r.pages for r in res] == [1, 1] and len(texts) == 2
    reg, sheet = texts
    for word in ("电子档案移交与接收登记表", "交接工作名称", "内容描述", "移交电子档案数量", "1200 件", "移交数据量",
                 "5.491 GB", "载体起止顺序号", "载体类型、规格", "准确性检验", "完整性检验", "可用性检验", "安全性检验",
                 "载体外观检验", "移交单位：福州市鼓楼区行政审批局", "接收单位：福州市鼓楼区档案馆", "填表人（签名）",
                 "审核人（签名）", "单位（印章）", "日期", "第 1 页 共 1 页"):
        assert has(reg, word), word
    for word in ("电子档案数字摘要登记表", "载体编号", "内容说明", "数字摘要", "摘要算法：SM3", "实际容量（GB）",
                 "2.500", "移交单位填表人", "接收单位填表人", "审核人"):
        assert has(sheet, word), word
    assert SM3_ABC[:32] in sheet.replace("\n", "")


def test_destruction_backup_and_labels(tmp_path):
    dl = DestructionList("Z109", "福州市鼓楼区行政审批局", "XH2024-01", "鼓审批〔2024〕12号", "2024-12-01", "逻辑删除",
                         [DestructionItem(f"Z109-ZW·2014-D10-{i:04d}", "王五申请个体工商户登记", 2014, "D10", 1,
                                          "保管期限已满") for i in range(1, 31)])
    out = tmp_path / "d.pdf"
    res = render_pdf([destruction_section(dl)], out, fallback_fonts=[])
    text = "\n".join(pages_text(out))
    for word in ("档案销毁清册", "销毁批次", "XH2024-01", "销毁原因（鉴定意见）", "定期10年", "Z109-ZW·2014-D10-0030",
                 "监销人", "批准人", f"第 {res[0].pages} 页 共 {res[0].pages} 页"):
        assert word in text, word

    br = BackupRegister("Z109", "福州市鼓楼区行政审批局",
                        [BackupEntry("2024-06-01 18:00:00", "全量", "全部电子档案", "移动硬盘", "BF-001", 1200,
                                     7_000_000_000, SM3_ABC, "张三", "核验通过")], "2024年")
    out = tmp_path / "b.pdf"
    render_pdf([backup_section(br)], out, fallback_fonts=[])
    text = "\n".join(pages_text(out))
    for word in ("电子档案备份登记表", "备份时间", "2024-06-01 18:00:00", "7.000", "核验通过", "登记人", "第 1 页 共 1 页"):
        assert word in text, word

    labels = [CarrierLabel(f"00{n}", "Z109", "福州市鼓楼区行政审批局", "2023", f"2023年度办件（第{n}盘）",
                           "2024-06-20", "永久", "A", "DVD-R") for n in (1, 2)]
    out = tmp_path / "l.pdf"
    res = render_pdf([label_section(labels)], out, fallback_fonts=[])
    texts = pages_text(out)
    assert res[0].pages == len(texts) == 2
    assert export_csv([label_section(labels)], tmp_path / "l.csv") == 2
    assert "载体编号,全宗号" in (tmp_path / "l.csv").read_text("utf-8-sig")
    for k, t in enumerate(texts, 1):
        for word in (f"载体编号：00{k}", "福州市鼓楼区行政审批局", "全宗号", "年度：2023", f"2023年度办件（第{k}盘）",
                     "制作日期：2024-06-20", "光盘盒封面", f"第 {k} 页 共 2 页"):
            assert word in t, word


def test_csv_and_xlsx_export_same_rows(tmp_path):
    from openpyxl import load_workbook

    title = lambda i: f"申请人电话13812345678第{i}件"  # noqa: E731
    sections = catalogue_sections([group(3, title=title), group(2, year=2023)])
    n = export_csv(sections, tmp_path / "c.csv")
    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and n == 5
    lines = raw[3:].decode("utf-8").splitlines()
    assert lines[0].startswith("分组,序号,档号,文号,责任者,题名")
    assert "Z109-ZW·2024-Y-0001" in lines[1] and "138****5678" in lines[1] and "13812345678" not in raw.decode()
    assert export_xlsx(sections, tmp_path / "c.xlsx") == 5
    wb = load_workbook(tmp_path / "c.xlsx", read_only=True)
    assert len(wb.sheetnames) == 2
    rows = list(wb[wb.sheetnames[0]].iter_rows(values_only=True))
    assert rows[1][:3] == ("序号", "档号", "文号") and rows[2][1] == "Z109-ZW·2024-Y-0001"
    wb.close()


def test_cancel_writes_nothing(tmp_path):
    prog = Progress()
    prog.cancel()
    with pytest.raises(Cancelled):
        render_pdf(catalogue_sections([group(5)]), tmp_path / "x.pdf", progress=prog, fallback_fonts=[])
    assert not (tmp_path / "x.pdf").exists()


def test_memory_does_not_grow_with_rows_beyond_the_pdf():
    import gc
    import tracemalloc

    from desktop_app.core.registers import render_pdf_bytes

    def peak_other(n: int) -> int:
        gc.collect()
        tracemalloc.start()
        data, _ = render_pdf_bytes(catalogue_sections([group(n)]), fallback_fonts=[])
        size = len(data)
        del data
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top - 2 * size            # reportlab's buffer + the returned bytes are the PDF itself

    peak_other(20)                       # fonts parsed, caches warm
    small, big = peak_other(120), peak_other(600)
    assert big - small < 250_000, (small, big)     # 5× the rows, no more working memory (was +700 kB)


def test_progress_counts_both_passes_when_rows_are_known():
    from desktop_app.core.registers import render_pdf_bytes

    seen: list[tuple[int, int]] = []
    prog = Progress(lambda d, t: seen.append((d, t)), min_interval=0)
    g = group(30)
    g.count = 30
    render_pdf_bytes(catalogue_sections([g]), progress=prog, fallback_fonts=[])
    assert seen[0] == (0, 60) and seen[-1] == (60, 60)


def test_catalogue_codes_stay_on_one_line(tmp_path):
    """GUI walk: the 文号 column of the 归档文件目录 wrapped a real-looking 文号 onto 2–3 lines (and a 档号
    with its 机构 code onto two); each is now drawn as one line in its cell."""
    def entries():
        for i in range(1, 4):
            yield CatalogueEntry(f"Z109-ZW·2024-D30-BGS-{i:04d}", "张三申请食品经营许可证（新办）",
                                 doc_number=f"某县市监〔2024〕第{i:05d}号", responsible="福州市鼓楼区行政审批局",
                                 date="20240305", security="非密", pages=3)

    out = tmp_path / "codes.pdf"
    render_pdf(catalogue_sections([CatalogueGroup("Z109", "福州市鼓楼区行政审批局", 2024, "D30", "BGS", entries)]),
               out, fallback_fonts=[])
    pieces: list[str] = []
    PdfReader(str(out)).pages[1].extract_text(visitor_text=lambda text, *_: pieces.append(text.strip()))
    for i in range(1, 4):
        assert f"某县市监〔2024〕第{i:05d}号" in pieces, [p for p in pieces if "某县" in p or f"{i:05d}" in p]
        assert f"Z109-ZW·2024-D30-BGS-{i:04d}" in pieces
        assert "福州市鼓楼区行政审批局" in pieces


def test_a_wrapped_subtitle_breaks_between_its_fields(tmp_path):
    """Seen on a rendered 电子档案数字摘要登记表: the header wrapped inside a field (“摘要算 / 法：SM3”).
    Fields go whole onto the next line; only a field wider than the line is broken."""
    import io

    from desktop_app.core.registers import Section, render_pdf_bytes

    fields = []
    for n in range(20, 44, 2):          # names of many lengths: the old wrap split some field in most
        name = "示例县政务服务中心电子档案移交" + "甲" * (n - 15)
        fields.append([("交接工作名称", name), ("移交单位", "示例县政务服务中心"), ("接收单位", "示例县档案馆"),
                       ("摘要算法", "SM3")])
    sections = [Section(kind="t", title=f"表{i}", blocks=[], subtitle=f, landscape=True) for i, f in enumerate(fields)]
    data, _ = render_pdf_bytes(sections, fallback_fonts=[])
    for page, f in zip(PdfReader(io.BytesIO(data)).pages, fields, strict=True):
        lines = [ln.strip() for ln in page.extract_text().splitlines()]
        for label, value in f:
            assert any(f"{label}：{value}" in ln for ln in lines), (label, lines)
    huge = [("交接工作名称", "长" * 300), ("摘要算法", "SM3")]        # wider than a line: still all there
    data, _ = render_pdf_bytes([Section(kind="t", title="表", blocks=[], subtitle=huge, landscape=True)],
                               fallback_fonts=[])
    text = re.sub(r"\s+", "", PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert "长" * 300 in text and "摘要算法：SM3" in text


def test_digest_sheet_keeps_a_carrier_label_on_one_line(tmp_path):
    """The labels ArchDesk writes (批次号-V01, 27 characters) were broken inside the 载体编号 cell."""
    import dataclasses

    reg = transfer_register()
    label = "Z001-YJ-20261207-205307-V01"
    reg = dataclasses.replace(reg, carriers=[dataclasses.replace(reg.carriers[0], number=label)])
    out = tmp_path / "t.pdf"
    render_pdf(transfer_sections(reg), out, fallback_fonts=[])
    sheet = pages_text(out)[1]
    assert any(label in ln for ln in sheet.splitlines()), sheet
