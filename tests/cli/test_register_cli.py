"""``archdesk register …`` as a real process: PDF + CSV + XLSX from imported cases, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pkgbuilder import make_package
from pypdf import PdfReader

from desktop_app.core.catalog import Catalog

ROOT = Path(__file__).resolve().parents[2]
CREDS = {"ARCHDESK_USER": "admin", "ARCHDESK_PASSWORD": "password123"}


def run(args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, encoding="utf-8", cwd=ROOT,
                          env=env, stdin=subprocess.DEVNULL, timeout=120)


def archive_with_cases(tmp_path: Path) -> Path:
    arch = tmp_path / "arch"
    assert run(["--archive", str(arch), "init", "--fonds", "Z001", "--name", "测试县政务服务中心"],
               {"ARCHDESK_PASSWORD": "password123"}).returncode == 0
    batch = tmp_path / "batch"
    for n in (1, 2):
        make_package(batch / f"p{n}", fields={"electronic_record_code": f"350100-Z001-{n:04d}",
                                              "project_id": f"BJ{n:04d}",
                                              "project_name": f"张三个体工商户设立登记{n}"})
    r = run(["--archive", str(arch), "--json", "import", str(batch)], CREDS)
    assert r.returncode == 0, r.stderr
    # Test-only: give the imported cases what archiving will give them (档号, 保管期限).
    cat = Catalog.open(arch / "catalog.sqlite")
    try:
        with cat.write() as c:
            for n, (cid,) in enumerate(c.execute("SELECT id FROM cases ORDER BY id").fetchall(), 1):
                c.execute("UPDATE cases SET archival_code=?, retention='D30', category_code='ZW', "
                          "status='archived' WHERE id=?", (f"Z001-ZW·2024-D30-{n:04d}", cid))
    finally:
        cat.close()
    return arch


def test_register_catalog_pdf_csv_xlsx(tmp_path):
    arch = archive_with_cases(tmp_path)
    pdf, csv_, xlsx = tmp_path / "目录.pdf", tmp_path / "目录.csv", tmp_path / "目录.xlsx"
    r = run(["--archive", str(arch), "--json", "register", "catalog", "--year", "2024", "--out", str(pdf),
             "--csv", str(csv_), "--xlsx", str(xlsx)], CREDS)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["register"] == "catalog" and out["csv_rows"] == 2 and out["xlsx_rows"] == 2
    (reg,) = out["registers"]
    assert reg["rows"] == 2 and len(reg["digest"]) == 16 and reg["sm3"].startswith(reg["digest"])
    texts = [p.extract_text() for p in PdfReader(str(pdf)).pages]
    assert len(texts) == reg["pages"]
    assert f"第 {reg['pages']} 页 共 {reg['pages']} 页" in texts[-1]
    assert "Z001-ZW·2024-D30-0002" in texts[-1] and "定期30年" in texts[0]
    assert reg["digest"] in texts[-1]
    assert csv_.read_bytes().startswith(b"\xef\xbb\xbf") and "张三个体工商户设立登记1" in csv_.read_text("utf-8-sig")
    assert xlsx.stat().st_size > 0


def test_register_refusals_exit_2(tmp_path):
    arch = archive_with_cases(tmp_path)
    r = run(["--archive", str(arch), "register", "transfer", "--out", str(tmp_path / "t.pdf")], CREDS)
    assert r.returncode == 2 and "还没有移交记录，无法生成电子档案移交与接收登记表" in r.stderr
    assert not (tmp_path / "t.pdf").exists()
    r = run(["--archive", str(arch), "--json", "register", "check", "--out", str(tmp_path / "c.pdf")], CREDS)
    assert r.returncode == 2 and json.loads(r.stdout)["error"]["code"] == "usage"
    r = run(["--archive", str(arch), "register", "catalog"], CREDS)             # no output chosen
    assert r.returncode == 2 and "--out" in r.stderr
    r = run(["--archive", str(arch), "register", "catalog", "--out", str(tmp_path / "x.pdf")])   # no login
    assert r.returncode == 2
