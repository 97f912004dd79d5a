"""The archives' signed receipt, and the agency importing it (issue 18.8).

Archives side — :func:`write_signed_receipt`: for a batch whose carriers were accepted it writes a
folder (to carry back on a USB stick) with ``接收回执.xml`` (machine-readable: batch, sender,
receiver, per carrier its 载体编号, the SM3 of its ``SM3SUMS`` file, its 数字摘要 and the 档号
received), ``接收登记表.pdf`` (the same form ``register receipt`` prints) and ``接收回执.sig``:
an SM2 signature by the archives' own key over both files (the carrier's SUMS.sig format, so it
verifies with stock OpenSSL the same way).

Agency side — :func:`import_signed_receipt`: the signature must verify against a key the agency
trusts (``keys trust``), every carrier named must be a volume of that batch written here with the
same 数字摘要 and SM3SUMS digest; only then is the receipt kept with the batch
(``transfers.receipt``) and the batch counts as 已移交 (档案馆已签收).  Anything else is refused
with the reason and nothing changes.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree

from ..catalog._util import dumps, loads, now
from ..crypto import keystore
from ..crypto.pem import format_fingerprint
from ..crypto.signing import check_files, sign_files
from ..digest import sm3_hex
from ..entities.receipts import ImportedReceipt, SignableBatch, SignedReceiptFiles
from ..errors import PackageError, StateError, UsageError
from ..model import EventRecord
from ..store import atomic_write_bytes, fs_path

if TYPE_CHECKING:
    from ..archive_handle import Archive

RECEIPT_XML = "接收回执.xml"
RECEIPT_PDF = "接收登记表.pdf"
RECEIPT_SIG = "接收回执.sig"
SIGNED = (RECEIPT_XML, RECEIPT_PDF)       # what 接收回执.sig covers, in this order
VERSION = "1"
_MAX = 16 << 20


def receipt_folder_name(transfer_id: str) -> str:
    from ..pathpart import derived

    return f"{derived(transfer_id, 'batch')}-接收回执"


def build_receipt_xml(archive: Archive, transfer_id: str) -> bytes:
    cat = archive.catalog
    rows = sorted((r for r in cat.transfers.receipts(transfer_id) if r.decision == "accepted"),
                  key=lambda r: (r.volume, r.id))
    if not rows:
        raise StateError(f"移交批次 {transfer_id} 还没有接收入库的载体，不能出具接收回执。", transfer_id=transfer_id)
    root = etree.Element("接收回执", {
        "版本": VERSION, "移交批次": transfer_id, "移交单位": rows[0].sender,
        "接收单位": str(archive.setting("archive.name", "")), "总卷数": str(rows[0].volumes),
        "签收时间": now(), "摘要算法": "SM3"})
    for r in rows:
        el = etree.SubElement(root, "载体", {"载体编号": r.label, "卷号": str(r.volume),
                                            "接收时间": r.time, "档案数": str(len(r.cases))})
        etree.SubElement(el, "SM3SUMS摘要").text = r.carrier_key
        etree.SubElement(el, "数字摘要").text = r.digest
        etree.SubElement(el, "字节数").text = str(r.bytes)
        codes = etree.SubElement(el, "档号")
        for cid in r.cases:
            row = cat.cases.get(int(cid))
            etree.SubElement(codes, "项").text = str(row.archival_code if row is not None else "")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def write_signed_receipt(archive: Archive, transfer_id: str, out_dir: str | os.PathLike[str], *,
                         passphrase: str) -> Path:
    """Write ``<out>/<批次>-接收回执/`` (XML, PDF, signature); returns the folder."""
    archive.user.require("transfer.receive")
    from ..outputs import output_target
    from ..registers import load_receipt
    from ..transfer.register import register_pdf

    out_dir = output_target(archive, out_dir, "接收回执输出文件夹", folder=True)
    key = keystore.load_private_key(archive, passphrase)      # wrong passphrase: nothing written
    info = keystore.key_info(archive)
    xml = build_receipt_xml(archive, transfer_id)
    pdf = register_pdf(load_receipt(archive.catalog, transfer_id))
    folder = Path(out_dir) / receipt_folder_name(transfer_id)
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(folder / RECEIPT_XML, xml)
    atomic_write_bytes(folder / RECEIPT_PDF, pdf)
    sig = sign_files(key, [folder / n for n in SIGNED], info.label if info else archive.fonds_code)
    atomic_write_bytes(folder / RECEIPT_SIG, sig)
    archive.record("receive.receipt.sign", "transfer", transfer_id, folder=str(folder),
                   receipt_sm3=sm3_hex(xml), signer=info.fingerprint if info else "")
    return folder


def signable_batches(archive: Archive) -> list[SignableBatch]:
    """Batches with at least one accepted carrier (the archives can sign their receipt), newest
    first: transfer_id, sender, volumes (total), accepted (labels), time (last acceptance)."""
    out: dict[str, SignableBatch] = {}
    for r in archive.catalog.transfers.receipts():
        if r.decision != "accepted":
            continue
        b = out.get(r.transfer_id) or SignableBatch(r.transfer_id, r.sender, r.volumes, (), "")
        out[r.transfer_id] = dataclasses.replace(b, accepted=(*b.accepted, r.label), time=max(b.time, r.time))
    return sorted(out.values(), key=lambda b: b.time, reverse=True)


def signed_receipt_files(archive: Archive, transfer_id: str, folder: Path) -> SignedReceiptFiles:
    """What :func:`write_signed_receipt` wrote: each file with its size, and the signing key."""
    info = keystore.key_info(archive)
    return SignedReceiptFiles(transfer_id, str(folder),
                              tuple((n, (folder / n).stat().st_size) for n in (*SIGNED, RECEIPT_SIG)),
                              info.label if info else "", info.fingerprint if info else "")


def _read(folder: Path, name: str) -> bytes:
    p = folder / name
    if not os.path.isfile(fs_path(p)):
        raise UsageError(f"回执文件夹中缺少 {name}：{folder}", path=str(p))
    if os.path.getsize(fs_path(p)) > _MAX:
        raise PackageError(f"{name} 过大，拒绝读取", path=str(p))
    return p.read_bytes()


def _parse(data: bytes) -> dict[str, Any]:
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    except etree.XMLSyntaxError as exc:
        raise PackageError(f"{RECEIPT_XML} 无法解析：{exc}") from exc
    if root.tag != "接收回执" or root.get("版本") != VERSION:
        raise PackageError(f"{RECEIPT_XML} 不是本程序认识的接收回执（根元素或版本不符）")
    try:
        carriers = [{"label": c.get("载体编号", ""), "volume": int(c.get("卷号") or 0),
                     "carrier_key": (c.findtext("SM3SUMS摘要") or "").strip().lower(),
                     "digest": (c.findtext("数字摘要") or "").strip().lower(),
                     "codes": [x.text or "" for x in c.findall("档号/项")]} for c in root.findall("载体")]
        volumes = int(root.get("总卷数") or 0)
    except ValueError as exc:       # signed, yet not a number: another program's or version's receipt
        raise PackageError(f"{RECEIPT_XML} 中的卷号或总卷数不是数字，无法导入", detail=str(exc)) from None
    return {"transfer_id": root.get("移交批次", ""), "sender": root.get("移交单位", ""),
            "receiver": root.get("接收单位", ""), "volumes": volumes,
            "signed_at": root.get("签收时间", ""), "carriers": carriers}


def import_signed_receipt(archive: Archive, folder: str | os.PathLike[str]) -> ImportedReceipt:
    """Verify the archives' signed receipt in ``folder`` and keep it with its batch (agency side)."""
    archive.user.require("transfer.create")
    folder = Path(folder)
    sig = _read(folder, RECEIPT_SIG)
    xml = _read(folder, RECEIPT_XML)
    _read(folder, RECEIPT_PDF)
    trusted = keystore.list_trusted(archive)
    res = check_files([t.public_key for t in trusted], [folder / n for n in SIGNED], sig)
    who = f"签名者“{res.signer or '（未写明）'}”，公钥 SM3 指纹 {format_fingerprint(res.fingerprint or '')}"
    if not res.valid:
        raise PackageError(f"接收回执的签名无效（{res.reason}）：回执被改动或不是档案馆签发，未导入。", path=str(folder))
    if not res.ok:
        raise PackageError(f"接收回执签名有效，但{who}不是本库信任的档案馆公钥：请先核对指纹并信任档案馆的公钥"
                           f"（在“密钥”页面点“信任公钥…”），未导入。", fingerprint=res.fingerprint)
    rec = _parse(xml)
    cat = archive.catalog
    t = cat.transfers.get(rec["transfer_id"])
    if t is None:
        raise PackageError(f"接收回执所指的移交批次 {rec['transfer_id']} 不是本库的批次，未导入。")
    vols = {v.label: v for v in cat.transfers.volumes(rec["transfer_id"]) if v.state == "verified"}
    for c in rec["carriers"]:
        v = vols.get(c["label"])
        if v is None:
            raise PackageError(f"接收回执列出的载体 {c['label']} 不是批次 {rec['transfer_id']} 写好的载体，未导入。")
        sums = Path(v.path) / "SM3SUMS" if v.path else None
        if c["digest"] != str(v.digest).lower():
            raise PackageError(f"载体 {c['label']} 的数字摘要与本库移交时的不一致（回执 {c['digest'][:16]}…，"
                               f"移交 {str(v.digest)[:16]}…），未导入。")
        if sums is not None and os.path.isfile(fs_path(sums)) and sm3_hex(sums.read_bytes()) != c["carrier_key"]:
            raise PackageError(f"载体 {c['label']} 的 SM3SUMS 摘要与本库保存的载体不一致，未导入。")
    signer = next(t2 for t2 in trusted if t2.fingerprint == res.fingerprint)
    complete = {c["label"] for c in rec["carriers"]} >= set(vols)
    kept = ImportedReceipt.from_json({**rec, "signer": signer.label, "fingerprint": res.fingerprint,
                                      "imported_at": now(), "imported_by": archive.user.name, "complete": complete,
                                      "receipt_sm3": sm3_hex(xml)})
    with cat.write():
        cat.transfers.set_receipt(rec["transfer_id"], dumps(kept.to_json()))
        for tc in cat.transfers.cases(rec["transfer_id"]):
            cat.cases.add_event(int(tc.case_id), EventRecord(
                "YJ", "移交签收", archive.user.name, now(), department=str(archive.setting("archive.name", "")),
                action="档案馆签收", outcome="接收回执签名已验证" + ("" if complete else "（部分载体）"),
                origin="archdesk", detail=f"移交批次 {rec['transfer_id']}，接收单位 {rec['receiver']}，"
                                          f"签名者 {signer.label}（指纹 {res.fingerprint}）"))
        archive.record("transfer.receipt.import", "transfer", rec["transfer_id"], signer=res.fingerprint,
                       carriers=[c["label"] for c in rec["carriers"]], complete=complete)
    return kept


def receipt_of(archive: Archive, transfer_id: str) -> ImportedReceipt | None:
    """The imported receipt of a batch (None: not yet signed for by the archives)."""
    t = archive.catalog.transfers.get(transfer_id)
    stored = loads(t.receipt) if t is not None and t.receipt else None
    return ImportedReceipt.from_json(stored) if stored else None
