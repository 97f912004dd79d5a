"""Defective packages, one per kind, each with the import outcome it must produce.

Every fault starts from a clean, valid case and changes exactly one thing, so the expected
outcome is unambiguous.  Names start with ``FAULT-<kind>-`` so a person sees what each is.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from ..digest import sm3_hex
from ..errors import StorageError
from ..jobs import Progress
from . import catalogue as cat
from . import pdfmods
from .builder import case_files, fill, material_count, write_package
from .cases import TS, Case, FileEntry, make_case
from .package import (
    FOLDER,
    ZIP,
    ZIP_GBK,
    Expectation,
    Files,
    PackageRecord,
    RawEntry,
    entries_of,
    raw_zip,
    write_zip,
    zip_bytes,
)
from .xmlout import BASE_INFO

REFUSED: dict[str, str] = {
    "zip_traversal": "unsafe_path", "zip_absolute": "unsafe_path", "symlink": "symlink",
    "zip_bomb": "zip_bomb", "zip_encrypted": "encrypted", "windows_reserved": "bad_name",
    "case_collision": "name_collision", "xml_dtd": "xml_forbidden", "xml_malformed": "xml_malformed",
    "xml_invalid": "xml_invalid", "file_missing": "file_missing", "file_unlisted": "file_unlisted",
    "classified": "classified", "package_digest": "package_digest",
}
CHECKED: dict[str, list[str]] = {
    "digest_mismatch": ["GD-1-1"], "encrypted_pdf": ["GD-3-8"], "pdf_is_docx": ["GD-3-3", "GD-1-10"],
    "empty_file": ["GD-3-4"], "future_dates": ["GD-1-5"], "missing_mandatory": ["GD-2-4"],
    "receive_after_transact": ["GD-1-5"], "pdf_javascript": ["GD-3-8"],
}
FAULT_KINDS: tuple[str, ...] = (*REFUSED, "duplicate", "gbk_names", *CHECKED)
BOMB_SIZE = 200 << 20
EXTRA = cat.Material("A09", "补充材料", cat.APPLY, cat.DOCUMENT, "applicant")


def expectation(kind: str) -> Expectation:
    if kind in REFUSED:
        return Expectation(refused=REFUSED[kind])
    if kind == "duplicate":
        return Expectation(skipped="duplicate")
    return Expectation(check=tuple(CHECKED.get(kind, ())))


@dataclass
class _Ctx:
    out: Path
    seed: int
    cases: int
    kind: str = ""
    index: int = 0

    def case(self) -> Case:
        c = make_case(self.seed, self.index)
        fill(c)
        return c

    def name(self, case: Case) -> str:
        return f"FAULT-{self.kind}-{case.erc}"

    def write(self, case: Case, files: Files | None = None, form: str = FOLDER, top: bool = False,
              symlinks: dict[str, str] | None = None) -> PackageRecord:
        return write_package(self.out, self.name(case), case, files or case_files(case), form, top, symlinks)

    def write_zip_data(self, case: Case, data: bytes) -> PackageRecord:
        name = self.name(case) + ".zip"
        size, digest = write_zip(self.out, name, data)
        return PackageRecord(name, case.erc, case.project_id, case.project_name, ZIP, size,
                             _count_files(data), digest)


def _count_files(data: bytes) -> int:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return material_count(zi.filename for zi in zf.infolist() if not zi.is_dir())


def _a01(case: Case) -> FileEntry:
    return next(f for f in case.files if f.material.code == "A01")


def _extra(case: Case, path: str, data: bytes, declare: bool = True) -> FileEntry:
    fe = FileEntry(EXTRA, path, f"{case.apply_name}{EXTRA.name}", case.apply_name, "",
                   case.receive.strftime("%Y-%m-%d"), 1, declare=declare, data=data)
    case.files.insert(0, fe)
    return fe


# -- refused -------------------------------------------------------------------------------------

def _zip_with(ctx: _Ctx, case: Case, extra: list[tuple[str, bytes]]) -> PackageRecord:
    files = case_files(case) + extra
    return ctx.write_zip_data(case, zip_bytes(files, ZIP, case.archive))


def zip_traversal(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    return _zip_with(ctx, c, [("../evil.txt", "越出包目录的文件\n".encode())])


def zip_absolute(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    return _zip_with(ctx, c, [("/etc/passwd", b"root:x:0:0:root:/root:/bin/sh\n"),
                              ("C:/x.txt", b"absolute drive path\n")])


def symlink(ctx: _Ctx) -> PackageRecord | None:
    c = ctx.case()
    fe = _extra(c, f"{cat.APPLY}/A09-补充材料.pdf", b"", declare=False)
    files = [(p, d) for p, d in case_files(c) if p != fe.path]
    try:
        return ctx.write(c, files, symlinks={fe.path: "../../../../../../etc/passwd"})
    except StorageError:  # e.g. Windows without the symlink privilege: leave this kind out
        if sys.platform == "win32":
            return None
        raise


def zip_bomb(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    path = f"{cat.APPLY}/A09-补充材料.pdf"
    fe = _extra(c, path, b"", declare=False)
    files = [(p, d) for p, d in case_files(c) if p != fe.path]
    entries = entries_of(zip_bytes(files, ZIP, c.archive))
    chunk = bytes(1 << 20)
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)  # dictionary reset: blocks repeat
    stream = block * (BOMB_SIZE // len(chunk)) + co.flush()
    crc = 0
    for _ in range(BOMB_SIZE // len(chunk)):
        crc = zlib.crc32(chunk, crc)
    entries.insert(0, RawEntry(path.encode(), 8, crc, len(stream), BOMB_SIZE, stream, 0x800,
                               entries[0].dostime))
    return ctx.write_zip_data(c, raw_zip(entries))


def zip_encrypted(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    data = bytearray(zip_bytes(case_files(c), ZIP, c.archive))
    target = _a01(c).path.encode("utf-8")
    _set_encrypted_flag(data, target)
    return ctx.write_zip_data(c, bytes(data))


def _set_encrypted_flag(data: bytearray, name: bytes) -> None:
    """Set bit 0 (encrypted) of the general-purpose flag of entry ``name`` in both headers."""
    import struct

    eocd = data.rfind(b"PK\x05\x06")
    count, _cd_size, pos = struct.unpack("<HII", data[eocd + 10:eocd + 20])
    for _ in range(count):
        n, m, k = struct.unpack("<HHH", data[pos + 28:pos + 34])
        local = struct.unpack("<I", data[pos + 42:pos + 46])[0]
        if bytes(data[pos + 46:pos + 46 + n]) == name:
            for off in (pos + 8, local + 6):
                flags = struct.unpack("<H", data[off:off + 2])[0]
                data[off:off + 2] = struct.pack("<H", flags | 0x1)
            return
        pos += 46 + n + m + k
    raise KeyError(name)


def windows_reserved(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    pdf = _a01(c).data
    _extra(c, f"{cat.APPLY}/CON.pdf", pdf)
    _extra(c, f"{cat.APPLY}/补充说明.", "补充说明\n".encode())
    return ctx.write(c, form=ZIP)


def case_collision(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    pdf = _a01(c).data
    _extra(c, f"{cat.APPLY}/Scan.pdf", pdf)
    _extra(c, f"{cat.APPLY}/scan.pdf", pdf[:-1] + b"\n")
    return ctx.write(c, form=ZIP)


def _with_base_info(c: Case, base: bytes) -> Files:
    return [(p, base if p == BASE_INFO else d) for p, d in case_files(c)]


def xml_dtd(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    c.remarks = "@@LOL@@"
    base = dict(case_files(c))[BASE_INFO].decode("utf-8")
    lol = ['  <!ENTITY lol "lol">'] + [
        f'  <!ENTITY lol{k} "{("&lol" + (str(k - 1) if k > 1 else "") + ";") * 10}">' for k in range(1, 10)]
    dtd = ("<!DOCTYPE base_info [\n" + "\n".join(lol) +
           '\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n')
    head, rest = base.split("\n", 1)
    rest = rest.replace("@@LOL@@", "&lol9;&xxe;")
    return ctx.write(c, _with_base_info(c, (head + "\n" + dtd + rest).encode("utf-8")))


def xml_malformed(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    base = dict(case_files(c))[BASE_INFO]
    cut = base.index(b"<fileset>")  # export interrupted: unclosed elements, stray ampersand
    broken = base[:cut].replace(b"<remarks></remarks>", b"<remarks>A & B</remarks>") + b"  <fileset>\n    <file>\n"
    return ctx.write(c, _with_base_info(c, broken))


def xml_invalid(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    c.overrides["task_code"] = None
    base = dict(case_files(c))[BASE_INFO]
    base = base.replace(b"</base_info>", "  <applicant_signature>已签名</applicant_signature>\n</base_info>".encode())
    return ctx.write(c, _with_base_info(c, base))


def file_missing(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    fe = _extra(c, f"{cat.APPLY}/A09-补充材料.pdf", _a01(c).data)
    return ctx.write(c, [(p, d) for p, d in case_files(c) if p != fe.path])


def file_unlisted(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    files = case_files(c) + [(f"{cat.APPLY}/A09-补充材料.pdf", _a01(c).data)]
    return ctx.write(c, files)


def classified(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    c.security = "机密"
    return ctx.write(c)


def package_digest(ctx: _Ctx) -> PackageRecord:
    """Altered after transfer_info declared it: same size, one byte of the zip comment differs."""
    c = ctx.case()
    data = zip_bytes(case_files(c), ZIP, c.archive)
    rec = ctx.write_zip_data(c, _with_comment(data, b"DEMO-1"))
    rec.declared_digest = sm3_hex(_with_comment(data, b"DEMO-0"))
    return rec


def _with_comment(data: bytes, comment: bytes) -> bytes:
    return data[:-2] + len(comment).to_bytes(2, "little") + comment


# -- skipped / imported --------------------------------------------------------------------------

def duplicate(ctx: _Ctx) -> PackageRecord | None:
    if ctx.cases < 1:
        return None
    c = make_case(ctx.seed, 0)  # the same case as clean case 0: same 电子文件号 and 办件编号
    fill(c)
    return ctx.write(c)


def gbk_names(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    return ctx.write(c, form=ZIP_GBK, top=True)


def digest_mismatch(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    fe = _a01(c)
    fe.declare = True
    fe.digest_override = sm3_hex(fe.data + b"\n")
    return ctx.write(c)


def _replace_a01(ctx: _Ctx, make: Callable[[bytes], bytes]) -> PackageRecord:
    c = ctx.case()
    fe = _a01(c)
    fe.data = make(fe.data)
    fe.declare = True
    return ctx.write(c)


def encrypted_pdf(ctx: _Ctx) -> PackageRecord:
    return _replace_a01(ctx, pdfmods.encrypt)


def pdf_javascript(ctx: _Ctx) -> PackageRecord:
    return _replace_a01(ctx, pdfmods.add_open_action_js)


def pdf_is_docx(ctx: _Ctx) -> PackageRecord:
    return _replace_a01(ctx, lambda _pdf: pdfmods.minimal_docx("最低限度的 Word 文档，被改名为 .pdf"))


def empty_file(ctx: _Ctx) -> PackageRecord:
    return _replace_a01(ctx, lambda _pdf: b"")


def future_dates(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    c.transact = c.transact.replace(year=2099, day=min(c.transact.day, 28))
    c.process[-1].time = c.transact
    c.overrides["transact_time"] = c.transact.strftime(TS)
    return ctx.write(c)


def missing_mandatory(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    c.overrides["apply_name"] = ""
    return ctx.write(c)


def receive_after_transact(ctx: _Ctx) -> PackageRecord:
    c = ctx.case()
    c.overrides["receive_time"] = (c.transact + timedelta(days=2)).strftime(TS)
    return ctx.write(c)


BUILDERS: dict[str, Callable[[_Ctx], PackageRecord | None]] = {
    k: globals()[k] for k in FAULT_KINDS}


def write_faults(out: Path, seed: int, cases: int, progress: Progress | None = None) -> list[PackageRecord]:
    """Write one package per fault kind (case numbers after the clean ones)."""
    out_records = []
    for k, kind in enumerate(FAULT_KINDS):
        if progress is not None:
            progress.check()
        rec = BUILDERS[kind](_Ctx(out, seed, cases, kind, cases + k))
        if rec is not None:
            rec.fault = kind
            rec.expect = expectation(kind)
            out_records.append(rec)
        if progress is not None:
            progress.advance()
    return out_records
