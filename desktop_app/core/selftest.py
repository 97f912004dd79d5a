"""``archdesk selftest``: does this installed copy work?  (No Qt here: the Qt checks — font, PDF
rendering, Qt's translations — live in :mod:`desktop_app.gui.selftest_qt` and are passed in.)

Each check is a function returning a short detail string and raising on failure; :func:`run_selftest`
runs them all (one failing check never hides the others) and returns a :class:`SelftestReport`.
"""

from __future__ import annotations

import gc
import hashlib
import platform
import ssl
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from .catalog.db import sqlite_version
from .paths import RUNTIME_RESOURCES, resource, resources_root

Check = tuple[str, str, Callable[[], str]]      # key, Chinese title, fn() -> detail (raises on failure)

# Known answers: GB/T 32905 (SM3 "abc"), FIPS 180-2 (SHA-256 "abc"), GB/T 32918.5 Annex A (SM2).
SM3_ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
SM2_VECTOR = dict(
    d=0x3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8,
    x=0x09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020,
    k=0x59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21,
    r=0xF5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3,
    s=0xB1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA,
)
SM2_ID, SM2_MESSAGE = b"1234567812345678", b"message digest"


@dataclass
class CheckResult:
    key: str
    title: str
    ok: bool
    detail: str
    seconds: float


@dataclass
class SelftestReport:
    versions: dict[str, str]
    checks: list[CheckResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "versions": self.versions, "checks": [asdict(c) for c in self.checks]}


def versions() -> dict[str, str]:
    """Versions of everything that matters for a support call (the about dialog shows them too)."""
    from .digest import sm3_backend

    out = {"archdesk": __version__, "python": platform.python_version(), "sqlite": sqlite_version(),
           "openssl": ssl.OPENSSL_VERSION, "sm3_backend": sm3_backend(), "platform": platform.platform(),
           "frozen": "yes" if getattr(sys, "frozen", False) else "no"}
    from importlib.metadata import version

    for mod in ("cryptography", "reportlab", "lxml", "pypdf", "pypdfium2", "pygfried"):
        try:
            out[mod] = version(mod)
        except Exception:  # noqa: BLE001 - a frozen build may lack the metadata (or the library): not an error
            module = sys.modules.get(mod)       # already loaded: its own version string, without importing
            out[mod] = str(getattr(module, "__version__", "?"))
    return out


def check_resources() -> str:
    """Each file the program reads (:data:`~.paths.RUNTIME_RESOURCES`) is there and not empty."""
    missing = ["/".join(p) for p in RUNTIME_RESOURCES
               if not resource(*p).is_file() or resource(*p).stat().st_size == 0]
    if missing:
        raise RuntimeError(f"缺少资源文件（{resources_root()}）：{', '.join(missing)}")
    return f"{len(RUNTIME_RESOURCES)} 个资源文件齐全（{resources_root()}）"


def check_reportlab_font() -> str:
    from .registers.fonts import PRIMARY_FILE, _load

    face = _load(resource(*PRIMARY_FILE), 0)
    missing = [ch for ch in "政务服务电子档案归档移交" if ord(ch) not in face.widths]
    if missing:
        raise RuntimeError(f"字体缺少汉字：{''.join(missing)}")
    return f"reportlab 载入 {PRIMARY_FILE[-1]}（{len(face.widths)} 个字形）"


def check_catalog() -> str:
    from .archive_handle import Archive

    with tempfile.TemporaryDirectory(prefix="archdesk-selftest-") as tmp:
        root = Path(tmp) / "archive"
        arch = Archive.init(root, fonds="T001", name="自检档案库", user="selftest", password="Selftest-2024!")
        try:
            schema = arch.catalog.user_version
            problems = arch.catalog.checks.quick_check()
            if problems and problems != ["ok"]:
                raise RuntimeError(f"quick_check: {problems}")
        finally:
            arch.close()
        again = Archive.open(root, user="selftest", password="Selftest-2024!")
        again.close()
        # An opening's session marker (core/sessions.py) stays open until its Archive object is
        # collected; Windows refuses to delete an open file (WinError 32 when the folder goes).
        del arch, again
        gc.collect()
    return f"临时档案库创建、打开、关闭正常（目录结构版本 {schema}）"


def check_digests() -> str:
    from .digest import sm3_backend, sm3_hex

    got = sm3_hex(b"abc")
    if got != SM3_ABC:
        raise RuntimeError(f"SM3('abc') = {got}，应为 {SM3_ABC}")
    sha = hashlib.sha256(b"abc").hexdigest()
    if sha != SHA256_ABC:
        raise RuntimeError(f"SHA-256('abc') = {sha}")
    return f"SM3 与 SHA-256 已知答案一致（SM3 实现：{sm3_backend()}）"


def check_sm2() -> str:
    from .crypto.sm2 import PrivateKey, decode_signature

    v = SM2_VECTOR
    key = PrivateKey(v["d"])
    pub = key.public_key()
    if pub.x != v["x"]:
        raise RuntimeError("SM2 公钥与标准示例不符")
    h = pub.message_hasher(SM2_ID)
    h.update(SM2_MESSAGE)
    e = bytes.fromhex(h.hexdigest())
    sig = key.sign_digest(e, k=v["k"])
    if decode_signature(sig) != (v["r"], v["s"]):
        raise RuntimeError("SM2 签名与 GB/T 32918.5 附录 A 示例不符")
    if not pub.verify(sig, SM2_MESSAGE, SM2_ID) or pub.verify(sig, SM2_MESSAGE + b"x", SM2_ID):
        raise RuntimeError("SM2 验签结果错误")
    fresh = PrivateKey.generate()
    if not fresh.public_key().verify(fresh.sign(b"selftest"), b"selftest"):
        raise RuntimeError("SM2 新密钥签名无法验证")
    return "SM2 签名/验签与 GB/T 32918.5 附录 A 已知答案一致"


def sample_pdf(path: Path) -> Path:
    """A one-page PDF with Chinese text, drawn with reportlab and the shipped font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from .registers.fonts import PRIMARY_FILE, _load

    face = _load(resource(*PRIMARY_FILE), 0)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(face.name, 28)
    c.drawString(72, 720, "政务服务电子档案 自检")
    c.rect(72, 600, 300, 80, fill=1)
    c.showPage()
    c.save()
    return path


def check_pygfried() -> str:
    from .formats.identify import identify

    with tempfile.TemporaryDirectory(prefix="archdesk-selftest-") as tmp:
        info = identify(sample_pdf(Path(tmp) / "sample.pdf"))
    if not info.identified or "pdf" not in (info.mime + info.name).lower():
        raise RuntimeError(f"pygfried 未能识别 PDF：{info.to_dict()}")
    return f"pygfried 识别 PDF 为 {info.puid}（{info.name} {info.version}）"


def check_render() -> str:
    """PDFium (pypdfium2, with its binary) renders a PDF — GD-3-4 needs it in the frozen build too."""
    from .formats import identify, validate
    from .formats.render import engine_version, renderer

    with tempfile.TemporaryDirectory(prefix="archdesk-selftest-") as tmp:
        pdf = sample_pdf(Path(tmp) / "sample.pdf")
        v = validate(pdf, identify(pdf))
        renderer().close()
    r = v.facts.get("render") or {}
    if not (v.readable and r.get("ok")):
        raise RuntimeError(f"PDFium 未能渲染 PDF：{v.reason or r}")
    return f"PDFium 渲染 PDF {r['pages']} 页（{engine_version()}）"


def check_sandbox() -> str:
    """A file that crashes or hangs PDFium costs a worker process, not the program: the worker
    starts (in the frozen build through freeze_support) and answers from another process."""
    import os

    from .formats import sandbox

    with sandbox.Sandbox(1) as box:
        pid = box.call(sandbox.worker_pid, budget=30)
    if pid == os.getpid():
        raise RuntimeError("检测工作进程与本进程相同，渲染未被隔离")
    return f"检测工作进程可启动（进程号 {pid}）"


CORE_CHECKS: list[Check] = [
    ("resources", "资源文件", check_resources),
    ("font_reportlab", "字体（reportlab）", check_reportlab_font),
    ("catalog", "档案目录数据库", check_catalog),
    ("digests", "SM3 / SHA-256", check_digests),
    ("sm2", "SM2 签名", check_sm2),
    ("pygfried", "格式识别（pygfried）", check_pygfried),
    ("render", "页面渲染（PDFium）", check_render),
    ("sandbox", "隔离的检测进程", check_sandbox),
]


def run_check(key: str, title: str, fn: Callable[[], str]) -> CheckResult:
    t0 = time.perf_counter()
    try:
        detail, ok = fn(), True
    except Exception as exc:  # noqa: BLE001 - every failure is a finding of the self-test
        detail, ok = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}", False
    return CheckResult(key, title, ok, detail, round(time.perf_counter() - t0, 3))


def run_selftest(extra: Iterable[Check] = (), extra_versions: dict[str, str] | None = None) -> SelftestReport:
    report = SelftestReport(versions={**versions(), **(extra_versions or {})})
    for key, title, fn in [*CORE_CHECKS, *extra]:
        report.checks.append(run_check(key, title, fn))
    return report
