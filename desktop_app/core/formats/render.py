"""Render every page of a PDF at low resolution with PDFium (pypdfium2): "usable" means a real
engine displays it.  Run in a :mod:`sandbox` worker, each page within a time and memory budget.

``render_pdf(source)`` returns a plain dict (picklable, stored with the validation):
``{"ok", "pages", "rendered", "failed_page", "reason", "engine"}``.  PDFium repairs what it can
(a broken cross-reference table is rebuilt, as viewers do); a document it cannot load, one with
no page, or a page it cannot load fails — with the first failing page and why.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any, BinaryIO

from . import sandbox

MAX_SIDE = 96              # pixels: the longest side of a rendered page (low resolution, full parse)
PAGE_SECONDS = 15.0        # time budget per page
OPEN_SECONDS = 60.0        # time budget to load the document
MAX_PAGES = 5000           # pages rendered at most (the rest is reported as not verified)
MAX_FONT_PAGES = 2000      # pages whose text fonts are inspected
MAX_OBJECTS = 20000        # page objects walked per page for fonts

log = logging.getLogger("archdesk.formats")
_lock = threading.Lock()   # PDFium is not thread-safe: one document at a time in one process

# FPDF_GetLastError codes
_ERRORS = {0: "原因不明", 1: "未知错误", 2: "文件无法打开或不是 PDF", 3: "文件格式错误（无法解析）", 4: "需要密码或密码错误",
           5: "不支持的安全处理程序", 6: "页面不存在或内容错误"}


def engine_version() -> str:
    import pypdfium2

    return f"pypdfium2 {pypdfium2.version.PYPDFIUM_INFO}; PDFium {pypdfium2.version.PDFIUM_INFO.build}"


def render_pdf(source: bytes | str, password: str | None = None) -> dict[str, Any]:
    """Render in this process (call it in a sandbox worker, or through :func:`render_isolated`)."""
    with _lock:
        return _render(source, password)


def _render(source: bytes | str | os.PathLike[str] | BinaryIO, password: str | None) -> dict[str, Any]:
    if isinstance(source, (str, os.PathLike)):
        # PDFium reads an open file, never the path: pypdfium2 resolves a path itself
        # (Path.resolve), which under Windows CPython on Wine fails on a ``\\?\`` long path
        # (OSError WinError 234: a case folder past MAX_PATH could not be validated), and PDFium's
        # own opening does not go through Python's long-path and Unicode handling.
        with open(source, "rb") as fh:
            return _render(fh, password)
    import pypdfium2 as pdfium

    out: dict[str, Any] = {"ok": False, "pages": 0, "rendered": 0, "failed_page": None, "reason": ""}
    fonts: dict[str, bool] = {}
    sandbox.beat("PDFium 载入文档", OPEN_SECONDS)
    try:
        doc = pdfium.PdfDocument(source, password=password)
    except pdfium.PdfiumError as exc:
        out["reason"] = f"PDFium 无法载入文档：{_why(exc)}"
        return out
    try:
        n = len(doc)
        out["pages"] = n
        if n == 0:
            out["reason"] = "PDFium 载入文档后没有可显示的页面（页面树为空或损坏）"
            return out
        for i in range(min(n, MAX_PAGES)):
            sandbox.beat(f"第 {i + 1} 页渲染", PAGE_SECONDS)
            try:
                page = doc[i]
            except pdfium.PdfiumError as exc:
                out["failed_page"], out["reason"] = i + 1, f"第 {i + 1} 页无法载入：{_why(exc)}"
                return out
            try:
                w, h = page.get_size()
                if not (w > 0 and h > 0):
                    out["failed_page"], out["reason"] = i + 1, f"第 {i + 1} 页尺寸无效（{w:g}×{h:g}）"
                    return out
                scale = min(1.0, MAX_SIDE / max(w, h))
                page.render(scale=scale, grayscale=True, no_smoothtext=True, no_smoothimage=True,
                            no_smoothpath=True).close()
                if i < MAX_FONT_PAGES:
                    _fonts(page, fonts)
            except pdfium.PdfiumError as exc:
                out["failed_page"], out["reason"] = i + 1, f"第 {i + 1} 页渲染失败：{_why(exc)}"
                return out
            finally:
                page.close()
            out["rendered"] = i + 1
        out["ok"] = True
        out["fonts"] = {"total": len(fonts), "not_embedded": sorted(k for k, v in fonts.items() if not v),
                        "pages": min(n, MAX_FONT_PAGES)}
        return out
    finally:
        doc.close()


def _fonts(page: Any, fonts: dict[str, bool]) -> None:
    """Fonts the page's text actually uses (also inside form XObjects) -> embedded?  From the page
    PDFium has just parsed to render, so the check costs no second parse."""
    import ctypes

    import pypdfium2.raw as raw

    buf = ctypes.create_string_buffer(256)
    seen: set[int] = set()
    stack = [(page.raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject)]
    walked = 0
    while stack and walked < MAX_OBJECTS:
        holder, count, get = stack.pop()
        for k in range(count(holder)):
            walked += 1
            obj = get(holder, k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_FORM:
                stack.append((obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject))
            elif kind == raw.FPDF_PAGEOBJ_TEXT:
                font = raw.FPDFTextObj_GetFont(obj)
                addr = ctypes.cast(font, ctypes.c_void_p).value or 0
                if not font or addr in seen:
                    continue
                seen.add(addr)
                n = raw.FPDFFont_GetBaseFontName(font, buf, len(buf))
                name = buf.raw[:max(0, n - 1)].decode("latin-1") if n else "?"
                fonts[name] = fonts.get(name, False) or bool(raw.FPDFFont_GetIsEmbedded(font))


def _why(exc: Exception) -> str:
    code = getattr(exc, "err_code", None)
    return _ERRORS.get(code, str(exc)) if isinstance(code, int) else str(exc)


def render_path(path: str, password: str | None = None) -> dict[str, Any]:
    """Sandbox entry point: render a file by its path."""
    return render_pdf(path, password)


class Renderer:
    """Where rendering happens: in this process when it already is a sandbox worker, or in a
    sandbox started on first use (a crash or hang costs a worker, not the caller)."""

    def __init__(self) -> None:
        self._box: sandbox.Sandbox | None = None
        self._inline = False          # workers cannot be started here: render in this process
        self._lock = threading.Lock()

    def render(self, path: str, data: bytes | None = None, password: str | None = None) -> dict[str, Any]:
        with self._lock:
            if self._box is None and not self._inline and not sandbox.in_worker() and sandbox.available():
                self._box = sandbox.Sandbox(1)
            box = self._box
        if box is None:
            return render_pdf(data if data is not None else path, password)
        try:
            return dict(box.call(render_path, path, password))
        except sandbox.SandboxUnavailable as exc:
            log.warning("渲染工作进程无法启动（%s），改在本进程渲染", exc)
            with self._lock:
                self._inline, self._box = True, None
            box.close()
            return render_pdf(data if data is not None else path, password)
        except sandbox.SandboxFailure as exc:
            return {"ok": False, "pages": None, "rendered": 0, "failed_page": _page_of(exc.phase),
                    "reason": f"{exc.phase or 'PDFium 渲染'}：{exc.reason}", "killed": True}

    def close(self) -> None:
        with self._lock:
            box, self._box = self._box, None
        if box is not None:
            box.close()


def _page_of(phase: str) -> int | None:
    import re

    m = re.search(r"第 (\d+) 页", phase or "")
    return int(m.group(1)) if m else None


_default = Renderer()


def renderer() -> Renderer:
    return _default
