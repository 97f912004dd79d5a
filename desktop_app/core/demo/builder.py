"""Turn a demo case into package files and write it (one job of the generator's pool)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .cases import Case, make_case
from .package import FOLDER, ZIP, ZIP_GBK, Files, PackageRecord, write_folder, write_zip, zip_bytes
from .render import pdf_pages, render
from .xmlout import BASE_INFO, base_info_xml


def form_of(seed: int, index: int) -> tuple[str, bool]:
    """(form, inside a top-level folder?) of clean case ``index``.  Every nine consecutive
    cases hold six folders, two UTF-8 zips (one with a top folder) and one GBK zip."""
    slot = (index * 7 + seed) % 9
    if slot == 0:
        return ZIP_GBK, True
    if slot in (1, 2):
        return ZIP, slot == 2
    return FOLDER, False


def fill(case: Case) -> None:
    """Render every material's bytes (and its page count) into the case's file entries."""
    for fe in case.files:
        fe.data = render(case, fe)
        if fe.path.endswith(".pdf"):
            fe.pages = pdf_pages(fe.data)


def case_files(case: Case) -> Files:
    """All files of the package: the materials, then 基本信息元数据.xml (after digests are known)."""
    files: Files = [(fe.path, fe.data) for fe in case.files]
    files.append((BASE_INFO, base_info_xml(case)))
    return files


def material_count(paths: Iterable[str]) -> int:
    """transfer_info's per-package file_count: every file except 基本信息元数据.xml."""
    return sum(1 for rel in paths if rel.rsplit("/", 1)[-1] != BASE_INFO)


def write_package(out_dir: Path, name: str, case: Case, files: Files, form: str, top: bool,
                  symlinks: dict[str, str] | None = None) -> PackageRecord:
    count = material_count(rel for rel, _ in files) + len(symlinks or ())
    if form == FOLDER:
        size, digest = write_folder(out_dir, name, files, symlinks)
        pname = name
    else:
        pname = name + ".zip"
        data = zip_bytes(files, form, case.archive, top=name if top else None)
        size, digest = write_zip(out_dir, pname, data)
    return PackageRecord(pname, case.erc, case.project_id, case.project_name, form, size, count, digest)


def write_clean(out_dir: Path, seed: int, index: int) -> PackageRecord:
    case = make_case(seed, index)
    fill(case)
    form, top = form_of(seed, index)
    return write_package(out_dir, case.erc, case, case_files(case), form, top)


def write_clean_batch(out_dir: str, seed: int, indices: list[int]) -> list[PackageRecord]:
    """Pool job: write several clean cases (picklable arguments, picklable result)."""
    return [write_clean(Path(out_dir), seed, i) for i in indices]
