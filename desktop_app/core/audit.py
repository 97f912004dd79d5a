"""Hash-chained audit trail of every operation (who, when, what, on which object, outcome).

Entry hash = SM3(prev_hash + canonical JSON of the entry).  Rows live in the catalog (written
in the same transaction as the change they record) and are mirrored, after commit, as JSON
lines in ``audit/audit.log``.  ``verify`` finds any edited, deleted, inserted or reordered entry.

Keyed chain (``core/audit_key.py``): an entry written by a session that has the archive's audit
key unlocked also carries ``mac`` = HMAC-SM3(key, hash), so a chain rewritten end to end with
recomputed hashes is detected by anyone who logs in.  Entries written with no key (the program
at start-up before a login, a failed login, offline rebuild/restore, an account without a key
slot yet) are *marked* unkeyed — an empty ``mac`` — and ``verify`` lists them; any other entry
without a MAC from the keyed point on is a problem.
"""

from __future__ import annotations

import dataclasses
import hmac as _hmac
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .audit_key import entry_mac, meta_mac, roster_mac
from .audit_trail import FIELDS as FIELDS
from .audit_trail import _last_mirrored_seq as _last_mirrored_seq
from .audit_trail import _log as _log
from .audit_trail import entry_hash as entry_hash
from .audit_trail import record as record
from .audit_trail import sync_mirror as sync_mirror
from .catalog import Catalog
from .catalog._util import dumps, now
from .catalog.audit_queries import GENESIS
from .entities.audit import AuditEntry
from .entities.audit_checks import AuditCheckpoint, UnkeyedEntry
from .errors import ArchDeskError as ArchDeskErrorBase
from .errors import os_error_to_archdesk
from .jobs import Progress, ensure

if TYPE_CHECKING:
    from .archive_handle import Archive
    from .crypto.sm2 import PrivateKey


@dataclass
class ChainProblem:
    seq: int
    kind: str
    detail: str
    where: str = "catalog"          # catalog | mirror | checkpoint

    @property
    def path(self) -> str:
        """Where the problem is: the catalog row, the audit.log line, the checkpoint or the key."""
        return {"catalog": f"audit_log#{self.seq}", "mirror": f"audit/audit.log#{self.seq}",
                "checkpoint": f"audit_checkpoints@{self.seq}", "key": "audit_key"}.get(self.where, f"audit#{self.seq}")

    def to_dict(self) -> dict[str, object]:
        return {"path": self.path, "kind": self.kind, "detail": self.detail, "seq": self.seq, "where": self.where}


# actions the program writes with no logged-in session (so with no key): listed, not a problem
NO_SESSION_ACTIONS = frozenset({"catalog.rebuild", "preserve.restore"})


def _detail_of(row: AuditEntry) -> dict[str, Any]:
    try:
        d = json.loads(row.detail or "{}")
    except ValueError:
        return {}
    return d if isinstance(d, dict) else {}


def _unkeyed_reason(row: AuditEntry, slot_holders: set[str]) -> str | None:
    """Why this entry may lawfully carry no MAC, or ``None`` (then a missing MAC is a problem)."""
    if row.actor == "system":
        return "程序自身写入（登录之前，无密钥）"
    if row.action == "user.login" and row.outcome != "ok":
        return "登录失败（未解开密钥）"
    if row.action in NO_SESSION_ACTIONS:
        return "离线操作（重建或恢复，无登录会话）"
    if row.action == "case.status" and _detail_of(row).get("operation") == "restore":
        return "恢复备份时跳过已销毁内容（无登录会话）"
    if row.actor not in slot_holders:
        return "该账户尚无审计密钥槽"
    return None


def verify_chain(cat: Catalog, progress: Progress | None = None, *, key: bytes | None = None,
                 keyed_from: int | None = None, slot_holders: set[str] | None = None,
                 unkeyed: list[UnkeyedEntry] | None = None, macs: bool = False) -> list[ChainProblem]:
    """Walk the catalog chain; report the first entry where it breaks, and every bad link.

    With ``macs`` the entries' MACs too; ``keyed_from`` (the archive has an audit key): from that entry on, every MAC is checked
    with ``key`` (when given) and an entry without one is either listed in ``unkeyed`` (written
    with no session) or a ``mac_missing`` problem; a MAC before ``keyed_from`` means the key was
    replaced."""
    problems: list[ChainProblem] = []
    holders = slot_holders or set()
    replaced = False
    prev = GENESIS
    expected_seq = 1
    prog = ensure(progress)
    for n, row in enumerate(cat.audit.iter_from(0)):
        if n % 1000 == 0:
            prog.check()            # cancellable on long logs
        prog.advance()
        entry = row.hashed()
        if row.seq != expected_seq:
            problems.append(ChainProblem(row.seq, "gap", f"序号不连续：应为 {expected_seq}，实为 {row.seq}"))
        if row.prev_hash != prev:
            problems.append(ChainProblem(row.seq, "link", "前一条记录的摘要不符（记录被删除、插入或重排）"))
        if entry_hash(row.prev_hash, entry) != row.hash:
            problems.append(ChainProblem(row.seq, "edited", "记录内容与其摘要不符（记录被修改）"))
        mac = row.mac
        if not macs:
            pass
        elif keyed_from is None or row.seq < keyed_from:
            if mac and not replaced:
                replaced = True
                problems.append(ChainProblem(row.seq, "key_replaced",
                                             "此条记录带有密钥校验码（MAC），但审计密钥是之后才建立的（密钥被删除或替换）"))
        elif mac:
            if key is not None and not _hmac.compare_digest(mac, entry_mac(key, row.hash)):
                problems.append(ChainProblem(row.seq, "mac_bad",
                                             "密钥校验码（MAC）不符：此条或之前的记录被改写（摘要被重新计算）"))
        else:
            why = _unkeyed_reason(row, holders)
            if why is None:
                problems.append(ChainProblem(row.seq, "mac_missing",
                                             f"登录用户“{row.actor}”的记录没有密钥校验码（MAC）：校验码被删去，记录被改写"))
            elif unkeyed is not None:
                unkeyed.append(UnkeyedEntry(seq=row.seq, actor=row.actor, action=row.action, reason=why))
        prev = row.hash
        expected_seq = row.seq + 1
    return problems


def verify_key(cat: Catalog, key: bytes | None) -> list[ChainProblem]:
    """The key's meta row and slot list, as the key MACed them; ``no_key`` when this session
    cannot check MACs at all (its account holds no slot)."""
    meta = cat.audit_keys.meta()
    if meta is None:
        return []
    keyed_from = int(meta.keyed_from)
    if key is None:
        return [ChainProblem(0, "no_key", "本账户没有审计密钥槽，无法核对各条记录的密钥校验码（MAC）；"
                                          "请系统管理员为本账户重设密码，以建立密钥槽", "key")]
    out = []
    if not _hmac.compare_digest(str(meta.mac), meta_mac(key, keyed_from)):
        out.append(ChainProblem(0, "key_meta", f"审计密钥记录被改动（“自第 {keyed_from} 条起有密钥保护”不是用密钥写下的）",
                                "key"))
    if not _hmac.compare_digest(str(meta.roster_mac), roster_mac(key, cat.audit_keys.slot_names())):
        out.append(ChainProblem(0, "key_roster", "审计密钥槽的账户名单被改动（有密钥槽被删除或添加）", "key"))
    return out


# -- the audit.log mirror ----------------------------------------------------------------------
def iter_mirror(path: Path) -> Iterator[AuditEntry | ChainProblem]:
    """The entries of ``audit.log`` in file order; an unreadable line yields a problem instead
    (its line number, negated, as seq)."""
    if not path.exists():
        return
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                seq = int(d["seq"])
                if not all(isinstance(d.get(k), str) for k in (*FIELDS, "prev_hash", "hash")):
                    raise ValueError("missing fields")
            except (ValueError, KeyError, TypeError):
                yield ChainProblem(-n, "mirror_unreadable", f"audit.log 第 {n} 行无法解析", "mirror")
                continue
            yield AuditEntry(seq=seq, time=d["time"], actor=d["actor"], action=d["action"],
                             object_type=d["object_type"], object_id=d["object_id"], outcome=d["outcome"],
                             detail=d["detail"], prev_hash=d["prev_hash"], hash=d["hash"], mac=str(d.get("mac", "")))


def _compare_entry(row: AuditEntry, d: AuditEntry, mirror_ok: bool) -> ChainProblem | None:
    seq = d.seq
    if (row.hashed(), row.prev_hash, row.hash, row.mac) == (d.hashed(), d.prev_hash, d.hash, d.mac):
        if mirror_ok:
            return None
        return ChainProblem(seq, "mirror_link", f"audit.log 第 {seq} 条与前一行的摘要链接不上（行被删除、插入或重排）",
                            "mirror")
    row_ok = entry_hash(row.prev_hash, row.hashed()) == row.hash
    side = "audit.log" if row_ok and not mirror_ok else ("档案目录数据库" if mirror_ok and not row_ok else "两处之一")
    return ChainProblem(seq, "mirror_mismatch",
                        f"第 {seq} 条记录在 audit.log 与档案目录数据库中不一致（{side}中的记录被改动）",
                        "mirror" if side == "audit.log" else "catalog")


def compare_mirror(cat: Catalog, path: Path) -> list[ChainProblem]:
    """Compare ``audit.log`` with the catalog: entries missing or different on either side.

    A merge of the two in seq order, streaming both (memory stays flat for millions of entries);
    a line out of order is reported and compared with its catalog row looked up by seq."""
    problems: list[ChainProblem] = []
    rows = cat.audit.iter_from(0)
    row = next(rows, None)
    last_seq = 0
    prev = GENESIS
    for d in iter_mirror(path):
        if isinstance(d, ChainProblem):
            problems.append(d)
            continue
        seq = d.seq
        mirror_ok = d.prev_hash == prev and entry_hash(d.prev_hash, d.hashed()) == d.hash
        prev = d.hash
        if seq <= last_seq:
            problems.append(ChainProblem(seq, "mirror_order",
                                         f"audit.log 中第 {seq} 条出现在第 {last_seq} 条之后（顺序被打乱或重复）", "mirror"))
            other = cat.access.audit_entry(seq)
            p = _compare_entry(other, d, True) if other is not None else None
            if p is not None:
                problems.append(p)
            continue
        last_seq = seq
        while row is not None and int(row.seq) < seq:
            problems.append(ChainProblem(int(row.seq), "missing_in_mirror",
                                         f"第 {row.seq} 条记录在档案目录数据库中存在，但 audit.log 中缺失", "mirror"))
            row = next(rows, None)
        if row is None or int(row.seq) != seq:
            problems.append(ChainProblem(seq, "missing_in_catalog",
                                         f"第 {seq} 条记录在 audit.log 中存在，但在档案目录数据库中缺失（被删除）", "catalog"))
            continue
        p = _compare_entry(row, d, mirror_ok)
        if p is not None:
            problems.append(p)
        row = next(rows, None)
    while row is not None:
        problems.append(ChainProblem(int(row.seq), "missing_in_mirror",
                                     f"第 {row.seq} 条记录在档案目录数据库中存在，但 audit.log 中缺失", "mirror"))
        row = next(rows, None)
    return problems


# -- signed checkpoints --------------------------------------------------------------------------
CHECKPOINT_FILE = "checkpoints.log"


def checkpoint_message(seq: int, digest: str, time: str, signer: str, fp: str) -> bytes:
    return f"archdesk-audit-checkpoint/1\n{seq}\n{digest}\n{time}\n{signer}\n{fp}\n".encode()


def checkpoint(archive: Archive, private_key: PrivateKey) -> AuditCheckpoint:
    """Sign the chain's current head with the archive's SM2 key (a checkpoint row + audit entry)."""
    from .crypto import pem

    archive.user.require("audit.checkpoint")
    pub = private_key.public_key()
    fp = pem.fingerprint(pub)
    known = _known_fingerprints(archive)
    if known and fp not in known:
        from .errors import UsageError

        raise UsageError("这个私钥不是本档案库的签名密钥，不能用来签署审计检查点。", fingerprint=fp)
    cat = archive.catalog
    with cat.write():
        last = cat.audit.last()
        if last is None:
            from .errors import UsageError

            raise UsageError("审计日志为空，无需检查点。")
        seq, digest = int(last.seq), str(last.hash)
        t = now()
        sig = private_key.sign(checkpoint_message(seq, digest, t, archive.user.name, fp)).hex()
        public_key = pem.public_key_to_pem(pub)
        cp_id = cat.access.add_checkpoint(seq, digest, t, archive.user.name, fp, public_key, sig)
        cp = AuditCheckpoint(id=cp_id, seq=seq, hash=digest, time=t, signer=archive.user.name, fingerprint=fp,
                             public_key=public_key, signature=sig)
        archive.record("audit.checkpoint", "audit", seq, hash=digest, fingerprint=fp)
        mirror = archive.layout.audit_log.with_name(CHECKPOINT_FILE)
        cat.after_commit(lambda: _append_checkpoint(mirror, dataclasses.asdict(cp)))
    return cp


def _append_checkpoint(path: Path, cp: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8", newline="\n") as fh:
            fh.write(dumps(cp) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise os_error_to_archdesk(exc, "写入审计检查点副本", path) from exc


def auto_checkpoint(archive: Archive, private_key: PrivateKey) -> AuditCheckpoint | None:
    """Called when the signing key is unlocked for another purpose: checkpoint if the chain grew
    since the last checkpoint.  Never lets a checkpoint failure break the caller's operation."""
    from .errors import ArchDeskError

    try:
        if not archive.user.can("audit.checkpoint"):
            return None
        last = archive.catalog.audit.last()
        prev = archive.catalog.access.last_checkpoint()
        if last is None or (prev is not None and int(prev.seq) >= int(last.seq) - 1):
            return None
        return checkpoint(archive, private_key)
    except ArchDeskError as exc:
        _log().warning("automatic audit checkpoint failed: %s", exc)
        return None


def _known_fingerprints(archive: Archive) -> set[str]:
    """The archive's current signing key and every retired one (old checkpoints stay valid)."""
    keys = archive.layout.keys
    out: set[str] = set()
    for path in [keys / "archive-sm2.key", *sorted((keys / "retired").glob("*.key"))]:
        try:
            doc = json.loads(path.read_text("utf-8"))
            out.add(str(doc["fingerprint"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return out


def _checkpoint_rows(archive: Archive) -> tuple[list[dict[str, Any]], list[ChainProblem]]:
    rows = [dataclasses.asdict(r) for r in archive.catalog.access.checkpoints()]
    problems: list[ChainProblem] = []
    path = archive.layout.audit_log.with_name(CHECKPOINT_FILE)
    if path.exists():
        have = {(r["seq"], r["hash"], r["signature"]) for r in rows}
        for n, line in enumerate(path.read_text("utf-8", errors="replace").splitlines(), 1):
            try:
                d = json.loads(line)
                key = (int(d["seq"]), str(d["hash"]), str(d["signature"]))
            except (ValueError, KeyError, TypeError):
                problems.append(ChainProblem(-n, "checkpoint_unreadable", f"checkpoints.log 第 {n} 行无法解析",
                                             "checkpoint"))
                continue
            if key not in have:
                problems.append(ChainProblem(key[0], "checkpoint_missing",
                                             f"检查点（第 {key[0]} 条）在 checkpoints.log 中存在，但档案目录数据库中缺失",
                                             "checkpoint"))
                rows.append(d)
                have.add(key)
    return rows, problems


def verify_checkpoints(archive: Archive) -> list[ChainProblem]:
    """Every checkpoint's signature is valid, made with the archive's key, and the chain still
    passes through the hash it signed (so rewriting the chain after it is detected)."""
    from .crypto import pem

    cat = archive.catalog
    rows, problems = _checkpoint_rows(archive)
    known = _known_fingerprints(archive)
    for cp in rows:
        seq = int(cp["seq"])
        try:
            pub = pem.load_public_key(str(cp["public_key"]))
            sig_ok = pem.fingerprint(pub) == cp["fingerprint"] and pub.verify(
                bytes.fromhex(str(cp["signature"])),
                checkpoint_message(seq, str(cp["hash"]), str(cp["time"]), str(cp["signer"]), str(cp["fingerprint"])))
        except (ValueError, TypeError, ArchDeskErrorBase):
            sig_ok = False
        if not sig_ok:
            problems.append(ChainProblem(seq, "checkpoint_signature", f"第 {seq} 条处的检查点签名无效（检查点被改动）",
                                         "checkpoint"))
            continue
        if cp["fingerprint"] not in known:
            problems.append(ChainProblem(seq, "checkpoint_key", f"第 {seq} 条处的检查点不是用本档案库的密钥签署的",
                                         "checkpoint"))
        row = cat.access.audit_entry(seq)
        if row is None or row.hash != cp["hash"]:
            problems.append(ChainProblem(seq, "checkpoint_mismatch",
                                         f"日志链在第 {seq} 条处不再经过已签名检查点的摘要（该条或之前的记录被改写）",
                                         "catalog"))
    signed = {(int(c["seq"]), str(c["hash"])) for c in rows}
    for r in cat.access.audit_filter(action="audit.checkpoint", limit=1_000_000):
        if r.outcome != "ok":
            continue
        try:
            d = json.loads(r.detail)
            key = (int(r.object_id), str(d["hash"]))
        except (ValueError, KeyError, TypeError):
            continue
        if key not in signed:
            problems.append(ChainProblem(key[0], "checkpoint_missing",
                                         f"审计日志第 {r.seq} 条记录了第 {key[0]} 条处的检查点，但检查点已不存在",
                                         "checkpoint"))
    return problems


@dataclass
class VerifyResult:
    entries: int
    checkpoints: int
    problems: list[ChainProblem] = field(default_factory=list)
    keyed_from: int | None = None          # None: the archive has no audit key yet
    unkeyed: list[UnkeyedEntry] = field(default_factory=list)   # from keyed_from on, lawfully without MAC

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_break(self) -> int | None:
        seqs = [p.seq for p in self.problems if p.seq > 0]
        return min(seqs) if seqs else None

    def key_lines(self, limit: int = 20) -> list[str]:
        """What the keyed chain covers, and every entry lawfully written without a MAC (listed)."""
        if self.keyed_from is None:
            return ["本档案库尚未建立审计密钥：日志链只有摘要，没有密钥校验码（首次登录后建立）。"]
        out = [f"日志链自第 {self.keyed_from} 条起有密钥保护（HMAC-SM3）"
               + ("。" if self.keyed_from <= 1 else f"；之前的 {self.keyed_from - 1} 条没有密钥校验码，由其后带校验码的记录间接保护。")]
        if self.unkeyed:
            out.append(f"其中 {len(self.unkeyed)} 条在无登录会话时写入，没有密钥校验码：")
            out += [f"  第 {u.seq} 条 {u.action}（{u.actor}）：{u.reason}" for u in self.unkeyed[:limit]]
            if len(self.unkeyed) > limit:
                out.append(f"  ……另有 {len(self.unkeyed) - limit} 条")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "checkpoints": self.checkpoints,
                "first_break": self.first_break, "problems": [p.to_dict() for p in self.problems],
                "keyed_from": self.keyed_from, "unkeyed_count": len(self.unkeyed),
                "unkeyed": [dataclasses.asdict(u) for u in self.unkeyed]}


def verify(archive: Archive, progress: Progress | None = None) -> VerifyResult:
    """The whole check: catalog chain, audit.log mirror, signed checkpoints."""
    archive.user.require("audit.read")
    cat = archive.catalog
    prog = ensure(progress)
    prog.start(cat.audit.count(), "正在校验日志链…")
    meta = cat.audit_keys.meta()
    keyed_from = int(meta.keyed_from) if meta is not None else None
    key = getattr(cat, "audit_key", None)
    unkeyed: list[UnkeyedEntry] = []
    problems = verify_key(cat, key)
    problems += verify_chain(cat, prog, key=key, keyed_from=keyed_from,
                             slot_holders=set(cat.audit_keys.slot_names()), unkeyed=unkeyed, macs=True)
    prog.status("正在比对 audit.log…")
    problems += compare_mirror(cat, archive.layout.audit_log)
    prog.status("正在校验签名检查点…")
    problems += verify_checkpoints(archive)
    prog.status("正在核对办件状态、保管期限与档号…")
    from . import case_seals

    problems += [ChainProblem(seq, kind, text, "catalog") for _cid, seq, kind, text in case_seals.check(cat)]
    problems.sort(key=lambda p: (p.seq if p.seq > 0 else 10**12 - p.seq, p.kind))
    result = VerifyResult(cat.audit.count(), len(cat.access.checkpoints()), problems, keyed_from, unkeyed)
    archive.record("audit.verify", "audit", "", outcome="ok" if result.ok else "problems",
                   problems=len(problems), first_break=result.first_break, keyed_from=keyed_from,
                   unkeyed=len(unkeyed))
    return result
