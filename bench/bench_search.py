"""Search benchmark: a generated catalog of N cases / 5N documents, then p50/p95 over a query mix.

    python bench/bench_search.py [--cases 200000] [--docs-per-case 5] [--dir DIR] [--reuse]

Cases and documents are bulk-inserted through the catalog (not through import), the metadata
index is built with the real ``update_index``; then each query of the mix (2-character,
3+-character, 1-character, with field filters) runs ``search()`` several times.  Target: < 100 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.archive_handle import Archive  # noqa: E402
from desktop_app.core.catalog import SearchFilter  # noqa: E402
from desktop_app.core.jobs import Progress  # noqa: E402
from desktop_app.core.search import search, update_index  # noqa: E402

TASKS = ["企业设立登记", "食品经营许可", "建设工程规划许可证核发", "社会团体成立登记", "道路运输经营许可",
         "药品零售企业许可", "个体工商户注册登记", "户籍迁移审批", "公共场所卫生许可", "医疗机构执业登记",
         "排污许可证核发", "建筑工程施工许可", "娱乐场所经营许可", "出版物零售单位设立", "城镇污水排入排水管网许可",
         "民办学校办学许可", "人力资源服务许可", "烟草专卖零售许可证核发", "特种设备使用登记", "动物防疫条件合格证核发"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鹏飞宇浩然欣怡子涵梓轩晨曦"
PLACES = ["福州", "厦门", "泉州", "漳州", "莆田", "三明", "南平", "龙岩", "宁德", "平潭"]
TRADES = ["科技", "贸易", "餐饮", "建设", "物流", "医药", "文化传媒", "环保", "教育咨询", "农业开发"]
MATERIALS = [("A01", "营业执照申请书"), ("A02", "法定代表人身份证明"), ("A03", "经营场所使用证明"),
             ("A04", "章程"), ("B0", "审批流程信息"), ("B1", "收件凭证"), ("B2", "受理通知书"),
             ("B3", "现场核查记录"), ("C01", "准予许可决定书"), ("C02", "电子证照"), ("B4", "不予受理通知书")]
STATUSES = ["imported", "classified", "checked", "archived", "archived", "archived", "transferred"]
RETENTIONS = ["Y", "D30", "D10"]


def _applicant(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    return f"{rng.choice(PLACES)}{rng.choice(SURNAMES)}{rng.choice(GIVEN)}{rng.choice(TRADES)}有限公司"


def generate(arch: Archive, n_cases: int, docs_per_case: int, seed: int = 7, batch: int = 5000) -> None:
    rng = random.Random(seed)
    cat = arch.catalog
    fonds_id = cat.fonds.ensure("Z001", "测试")
    now = "2026-11-28 12:00:00"
    seqs: dict[tuple[int, str], int] = {}
    doc_id = 0
    t0 = time.perf_counter()
    for start in range(1, n_cases + 1, batch):
        cases, docs = [], []
        for cid in range(start, min(start + batch, n_cases + 1)):
            year = rng.randint(2016, 2025)
            task = rng.choice(TASKS)
            app = _applicant(rng)
            status = rng.choice(STATUSES)
            ret = rng.choice(RETENTIONS)
            code = None
            if status in ("archived", "transferred"):
                k = seqs[(year, ret)] = seqs.get((year, ret), 0) + 1
                code = f"Z001-ZW·{year}-{ret}-{k:06d}"
            erc = f"350100-0059-{cid:010d}-{year}-{ret}-{cid % 100000:06d}"
            cases.append({"id": cid, "fonds_id": fonds_id, "electronic_record_code": erc,
                          "project_id": f"SP{year}{cid:09d}", "task_code": f"3501{cid % 97:04d}",
                          "task_name": task, "project_name": f"{app}{task}", "apply_name": app,
                          "receive_department": f"{rng.choice(PLACES)}市行政审批局",
                          "transact_time": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:00:00",
                          "result": rng.choice(["准予许可", "不予许可", "办结"]), "year": year, "status": status,
                          "retention": ret, "archival_code": code, "store_path": f"records/{cid}",
                          "metadata": "{}", "imported_at": now, "updated_at": now})
            for s in range(1, docs_per_case + 1):
                doc_id += 1
                mc, name = rng.choice(MATERIALS)
                docs.append({"id": doc_id, "case_id": cid, "seq": s, "title": f"{app}{name}", "standard_name": name,
                             "material_code": mc, "responsible": app if mc.startswith("A") else "行政审批局",
                             "doc_number": f"榕审批〔{year}〕{rng.randint(1, 9999)}号" if mc.startswith("C") else ""})
        getattr(cat, "search_index", cat.search).bulk_insert(cases, docs)
    print(f"generated {n_cases} cases / {doc_id} documents in {time.perf_counter() - t0:.1f} s", flush=True)


QUERIES: list[tuple[str, str, SearchFilter]] = [
    ("2-char", "登记", SearchFilter()),
    ("2-char", "许可", SearchFilter()),
    ("2-char", "执照", SearchFilter()),
    ("2-char", "受理", SearchFilter()),
    ("2-char", "福州", SearchFilter()),
    ("2-char name", "王伟", SearchFilter()),
    ("3+char", "营业执照", SearchFilter()),
    ("3+char", "食品经营许可", SearchFilter()),
    ("3+char", "准予许可决定书", SearchFilter()),
    ("3+char", "厦门王芳贸易有限公司", SearchFilter()),
    ("3+char rare", "动物防疫条件合格证", SearchFilter()),
    ("1-char", "证", SearchFilter()),
    ("code prefix", "sp2021", SearchFilter()),
    ("2-char+year", "许可", SearchFilter(year=2021)),
    ("2-char+retention+status", "登记", SearchFilter(retention="Y", status=("archived",))),
    ("3+char+事项", "受理通知书", SearchFilter(task_name="食品经营")),
    ("2-char+申请人", "许可", SearchFilter(apply_name="张")),
    ("2-char+档号 range", "登记", SearchFilter(code_from="Z001-ZW·2020-Y-000100", code_to="Z001-ZW·2020-Y-000300")),
    ("filters only", "", SearchFilter(year=2019, retention="D30", status=("archived",))),
    ("no match", "量子计算", SearchFilter()),
]


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--cases", type=int, default=200_000)
    p.add_argument("--docs-per-case", type=int, default=5)
    p.add_argument("--dir", type=Path)
    p.add_argument("--reuse", action="store_true", help="reuse an archive generated before in --dir")
    p.add_argument("--repeat", type=int, default=7)
    args = p.parse_args()
    root = (args.dir or Path(tempfile.mkdtemp(prefix="bench-search-"))) / "archive"
    if args.reuse and (root / "catalog.sqlite").exists():
        arch = Archive.open(root, user="admin", password="bench-password")
    else:
        arch = Archive.init(root, fonds="Z001", name="检索基准", password="bench-password")
        generate(arch, args.cases, args.docs_per_case)
        t0 = time.perf_counter()
        shown = [0.0]

        def tick(done: int, total: int) -> None:
            if time.perf_counter() - shown[0] > 30:
                shown[0] = time.perf_counter()
                print(f"  indexed {done} cases ({time.perf_counter() - t0:.0f} s)", flush=True)

        n = update_index(arch, Progress(tick, None, min_interval=1.0))
        index = getattr(arch.catalog, "search_index", arch.catalog.search)   # (a tree from before the split)
        index.optimize()
        print(f"indexed {n} cases ({index.unit_count()} units) in {time.perf_counter() - t0:.1f} s", flush=True)
    size = (root / "catalog.sqlite").stat().st_size
    print(f"catalog size {size / 2**20:.0f} MiB")
    all_ms: list[float] = []
    print(f"{'query':<26}{'text':<14}{'hits':>6}{'total':>7}  {'p50 ms':>7}{'max ms':>8}")
    for label, text, flt in QUERIES:
        times = []
        res = None
        for _ in range(args.repeat):
            t = time.perf_counter()
            res = search(arch, text, flt, limit=50)   # refresh=True: the GUI/CLI path
            times.append((time.perf_counter() - t) * 1000)
        all_ms += times[1:]          # first run warms the page cache
        assert res is not None
        total = f"{res.total}{'+' if res.more else ''}"
        print(f"{label:<26}{text:<14}{len(res.hits):>6}{total:>7}  {statistics.median(times):>7.1f}{max(times):>8.1f}")
    all_ms.sort()
    p50 = all_ms[len(all_ms) // 2]
    p95 = all_ms[int(len(all_ms) * 0.95)]
    print(f"ALL queries: p50 {p50:.1f} ms   p95 {p95:.1f} ms   (n={len(all_ms)}, target < 100 ms)")
    arch.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
