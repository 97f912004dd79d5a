"""Turn a demo case into package files and write it (one job of the generator's pool)."""

from __future__ import annotations

import random
from pathlib import Path

from .cases import Case, make_case
from .package import FOLDER, ZIP, ZIP_GBK, Files, PackageRecord, write_folder, write_zip, zip_bytes
from .render import pdf_pages, render
from .xmlout import BASE_INFO, base_info_xml

ZIP_SHARE = 1 / 3      # about one package in three is a zip
GBK_SHARE = 1 / 3      # of those, about one in three has GBK names (Windows Explorer)
TOP_FOLDER_SHARE = 0.4  # of UTF-8 zips, this many keep the package inside one top folder


def form_of(seed: int, index: int) -> tuple[str, bool]:
    """(form, top-level folder?) of clean case ``index``; independent of the case content."""
    rng = random.Random(f"archdesk-demo-form:{seed}:{index}")
    if rng.random() >= ZIP_SHARE:
        return FOLDER, False
    if rng.random() < GBK_SHARE:
        return ZIP_GBK, True
    return ZIP, rng.random() < TOP_FOLDER_SHARE


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


def write_package(out_dir: Path, name: str, case: Case, files: Files, form: str, top: bool,
                  symlinks: dict[str, str] | None = None) -> PackageRecord:
    if form == FOLDER:
        size, count, digest = write_folder(out_dir, name, files, symlinks)
        pname = name
    else:
        pname = name + ".zip"
        data = zip_bytes(files, form, case.archive, top=name if top else None)
        size, digest = write_zip(out_dir, pname, data)
        count = len(files)
    return PackageRecord(pname, case.erc, case.project_id, case.project_name, form, size, count, digest)


def write_clean(out_dir: Path, seed: int, index: int) -> PackageRecord:
    case = make_case(seed, index)
    fill(case)
    form, top = form_of(seed, index)
    return write_package(out_dir, case.erc, case, case_files(case), form, top)


def write_clean_batch(out_dir: str, seed: int, indices: list[int]) -> list[PackageRecord]:
    """Pool job: write several clean cases (picklable arguments, picklable result)."""
    return [write_clean(Path(out_dir), seed, i) for i in indices]
