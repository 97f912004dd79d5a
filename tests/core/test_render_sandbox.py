"""Rendering in sandbox workers (issue 21): a file that crashes, hangs or floods the engine costs
one worker, is reported with the phase (page) that failed, and the check goes on; PDFs that a
reader cannot display fail GD-3-4 with the reason, and GD-3-3 says what identification saw."""

from __future__ import annotations

import io
import time

import pytest
import sandbox_helpers as h
from pypdf import PdfWriter
from test_checks_service import _import
from test_checks_support import by_item, clean_files, pdf_bytes, use_clamscan

from desktop_app.core.checks import context
from desktop_app.core.checks.service import run_checks
from desktop_app.core.formats import identify, validate
from desktop_app.core.formats.sandbox import Sandbox, SandboxFailure


@pytest.fixture(scope="module")
def box():
    with Sandbox(1, memory_mb=400) as b:
        yield b


def test_crash_is_reported_and_the_next_call_gets_a_fresh_worker(box):
    before = box.killed
    with pytest.raises(SandboxFailure) as err:
        box.call(h.crash_on_page_2)
    assert err.value.phase == "第 2 页渲染" and "异常退出" in err.value.reason
    assert box.killed == before + 1
    assert box.call(h.ok, 7) == 7


def test_hang_is_killed_at_its_budget(box):
    t = time.monotonic()
    with pytest.raises(SandboxFailure) as err:
        box.call(h.hang_on_page_1)
    assert time.monotonic() - t < 15
    assert err.value.phase == "第 1 页渲染" and "超过时间预算（0.5 秒）" in err.value.reason
    assert box.call(h.ok, 1) == 1


def test_memory_over_budget_is_killed(box):
    with pytest.raises(SandboxFailure) as err:
        box.call(h.hog)
    assert "内存超出预算" in err.value.reason and "> 400 MB" in err.value.reason
    assert box.call(h.ok, 2) == 2


def test_an_error_in_the_function_keeps_the_worker(box):
    before = box.killed
    with pytest.raises(RuntimeError, match="坏数据"):
        box.call(h.raises)
    assert box.killed == before and box.call(h.ok, 3) == 3


def test_a_killed_file_is_reported_with_its_digest_redone(box, tmp_path):
    p = tmp_path / "a.pdf"
    p.write_bytes(pdf_bytes(3))
    facts = context._sandboxed_facts(box, (p, ("", "", "", "", ""), "", None), fn=h.crash_on_page_2)
    assert facts.exists and facts.digests is not None and facts.digests.size == p.stat().st_size
    assert facts.fmt is not None and facts.fmt.mime == "application/pdf"
    v = facts.validation
    assert v is not None and not v.readable
    assert v.reason.startswith("第 2 页渲染时检测进程被终止：检测进程异常退出")


def _raw_pdf(objects: list[bytes], root: int) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"


def test_pdfs_a_reader_cannot_display_fail_gd34(tmp_path):
    cases = {
        "no_count.pdf": (_raw_pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] >>", PAGE], 1), "缺少 /Count"),
        "root_is_page.pdf": (_raw_pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE], 3),
                             "/Root 未指向含页面树的文档目录"),
        "huge_count.pdf": (_raw_pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 900 >>", PAGE], 1),
                           "大于文件中的对象数"),
    }
    for name, (data, words) in cases.items():
        p = tmp_path / name
        p.write_bytes(data)
        v = validate(p, identify(p))
        assert not v.readable and words in v.reason, (name, v.reason)
    p = tmp_path / "fine.pdf"
    p.write_bytes(_raw_pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE], 1))
    v = validate(p, identify(p))
    assert v.readable and v.facts["render"] == {"ok": True, "pages": 1, "rendered": 1, "failed_page": None}
    assert any("PDFium 逐页渲染" in x for x in v.verified)


def test_messages_say_what_identification_saw(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    good = pdf_bytes(2)
    ids = _import(archive, tmp_path,
                  junk={**clean_files(), "申报文件/申请表.pdf": b"\r\n\x00\x00JUNK" + good},
                  damaged={**clean_files(), "申报文件/申请表.pdf": b"%PDX" + good[4:200]},
                  unknown={**clean_files(), "申报文件/说明.dat": b"hello, not a format"})
    run = run_checks(archive, "archiving")

    def ev(name: str, item: str) -> list[dict]:
        return next(r for r in run.results if r.case_id == ids[name] and r.item == item).evidence

    junk = ev("junk", "GD-3-3")[0]["problem"]
    assert "“%PDF-”不在开头（位于第 8 字节" in junk and "0d 0a 00 00 4a 55 4e 4b" in junk
    assert "PDFium 仍可显示全部 2 页" in junk
    assert by_item(run, ids["junk"])["GD-3-4"] == "pass"
    damaged = ev("damaged", "GD-3-3")[0]["problem"]
    assert "PDF 文件头损坏" in damaged and "25 50 44 58" in damaged and "文件也无法显示" in damaged
    assert by_item(run, ids["damaged"])["GD-3-4"] == "fail"
    unknown = ev("unknown", "GD-3-3")[0]["problem"]
    assert unknown.startswith("无法按内容识别格式：PRONOM 识别（siegfried）")
    assert "68 65 6c 6c 6f" in unknown and "“hello, not a for" in unknown


def test_encrypted_with_a_user_password_is_not_usable(tmp_path):
    w = PdfWriter()
    w.add_blank_page(100, 100)
    w.encrypt(user_password="pw", owner_password="o", algorithm="AES-256")
    buf = io.BytesIO()
    w.write(buf)
    p = tmp_path / "locked.pdf"
    p.write_bytes(buf.getvalue())
    v = validate(p, identify(p))
    assert not v.readable and "需要密码" in v.reason and v.hazards == ["PDF 已加密（须解密后归档）"]


ORPHAN = """
import sys, time
from desktop_app.core.formats.sandbox import Sandbox, worker_pid
if __name__ == "__main__":
    box = Sandbox(1)
    print(box.call(worker_pid), flush=True)
    time.sleep(600)                      # killed here, its worker idle
"""


def _alive(pid: int) -> bool:
    import os
    import sys

    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000 | 0x00100000, False, pid)  # QUERY_LIMITED | SYNCHRONIZE
        if not handle:
            return False
        try:
            return ctypes.windll.kernel32.WaitForSingleObject(handle, 0) == 0x102        # WAIT_TIMEOUT: running
        finally:
            ctypes.windll.kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:                                 # a zombie (not reaped by its dead parent's init yet) counts as gone
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_worker_whose_parent_is_killed_exits(tmp_path):
    """The Windows stage's crash test killed ``transfer create`` while its sandbox worker idled; under
    Wine the worker never noticed and held the test run's output pipe for good.  A worker leaves
    within seconds of its parent's death."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "orphan.py"
    script.write_text(ORPHAN, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]),
                                                          os.environ.get("PYTHONPATH", "")])}
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              env=env)
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        assert worker != parent.pid and _alive(worker)
    finally:
        parent.kill()                    # SIGKILL; TerminateProcess on Windows
        parent.wait(timeout=60)
        if parent.stdout is not None:
            parent.stdout.close()
    deadline = time.monotonic() + 30
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(worker), "the sandbox worker outlived its killed parent"
