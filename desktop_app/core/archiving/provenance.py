"""Provenance kept whole at archiving (国办发〔2023〕26号 art. 4, 8): the package's original
``基本信息元数据.xml`` and the batch's ``transfer_info.xml``, byte for byte, in ``来源/`` of the
record folder; their digests go into the record XML (``provenance``) and the catalog
(``record_files``, so the daily fixity check notices any change)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..digest import digest_bytes, digest_file
from ..store import atomic_write_bytes, copy_file_with_digest

if TYPE_CHECKING:
    from ..archive_handle import Archive

FOLDER = "来源"
METADATA_NAME = "基本信息元数据.xml"
MANIFEST_NAME = "transfer_info.xml"
ROLES = {METADATA_NAME: "信息包元数据（原件）", MANIFEST_NAME: "批次清单（原件）"}
MANIFEST_KEY = "manifest_xml_b64"     # import_batches.declared: the manifest's bytes, base64


def manifest_bytes(declared: Mapping[str, Any] | None) -> bytes | None:
    raw = (declared or {}).get(MANIFEST_KEY)
    if not raw:
        return None
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        return None


def stage(archive: Archive, case_id: int, intake_rel: str, staging: Path) -> None:
    """Copy the originals of case ``case_id`` into ``staging/来源/`` (what exists of them)."""
    src = archive.root / intake_rel / METADATA_NAME
    dest = staging / FOLDER
    if src.is_file():
        dest.mkdir(parents=True, exist_ok=True)
        copy_file_with_digest(src, dest / METADATA_NAME)
    row = archive.catalog.cases.get(case_id)
    batch = archive.catalog.checks.batch(row.batch_id) if row is not None else None
    data = manifest_bytes(batch.declared_fields if batch is not None else None)
    if data is not None:
        dest.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(dest / MANIFEST_NAME, data)


def entries(folder: Path) -> list[dict[str, Any]]:
    """The provenance files in a record folder: name (relative), role, size and digests."""
    out = []
    for name in (METADATA_NAME, MANIFEST_NAME):
        p = folder / FOLDER / name
        if p.is_file():
            dg = digest_file(p)
            out.append({"name": f"{FOLDER}/{name}", "role": ROLES[name], "size": dg.size, "sm3": dg.sm3,
                        "sha256": dg.sha256})
    return out


def encode_manifest(data: bytes) -> dict[str, str]:
    """What import keeps of a batch manifest in ``import_batches.declared``."""
    return {MANIFEST_KEY: base64.b64encode(data).decode("ascii"), "manifest_sm3": digest_bytes(data).sm3}
