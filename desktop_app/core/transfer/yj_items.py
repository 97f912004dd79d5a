"""The carrier items of the transfer / receipt (YJ) checks, wired into the 四性检测 engine.

The engine calls the item functions ``carrier_description`` (YJ-1-12) and ``carrier_extra_files``
(YJ-4-3) with ``env.carrier`` = the folder the run is about: a carrier (it holds 文件目录.XML) or
the output folder of a transfer batch (its volumes, staged or final, are the sub-folders).
Importing this module replaces the engine's placeholders for those two names, and makes the 档号
continuity of ``sequence_continuity`` (YJ-2-6) count the 档号 that the batch's 分卷目录.TXT puts on
the other volumes: a receiver taking volume 2 before volume 1 sees no false gap.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, NamedTuple

from ..checks import integrity, safety  # noqa: F401  (registered first, then replaced / wrapped)
from ..checks.context import CaseContext, RunEnv, walk_folder
from ..checks.functions import FUNCTIONS, item_fn
from ..checks.outcome import Outcome, ev, na, verdict
from ..errors import ArchDeskError
from ..numbers import is_digits
from ..store import tree_path
from .catalogue_xml import CATALOGUE, DESCRIPTION, OTHER_DIR, RECORDS_DIR, iter_catalogue
from .package import EEP_SUFFIX

ROOT_NAMES = {DESCRIPTION, CATALOGUE, RECORDS_DIR, OTHER_DIR, "SHA256SUMS", "SM3SUMS", "SUMS.sig"}


def _carrier_root(folder: Path) -> Path | None:
    """The carrier in ``folder``: the folder itself, or a BagIt volume's ``data/`` (a bag, or the
    staging folder a bag volume is written in)."""
    for root in (folder, folder / "data"):
        if (root / CATALOGUE).is_file():
            return root
    return None


def _volumes(carrier: Path) -> list[Path]:
    carrier = Path(tree_path(carrier))  # every OS call below: on Windows the \\?\ form (long paths)
    if (root := _carrier_root(carrier)) is not None:
        return [root]
    return sorted(r for p in carrier.iterdir() if p.is_dir() and (r := _carrier_root(p)) is not None)


def _name(vol: Path) -> str:
    """How a volume is named in evidence: a bag's carrier by the bag (its folder), not 'data'."""
    return vol.parent.name if vol.name == "data" else vol.name


class CarrierEntry(NamedTuple):
    """What the carrier items use of a 文件目录.XML entry (held for every case of the run)."""

    seq: int
    folder: str


def _index(env: RunEnv) -> dict[str, Any]:
    """档号 → (volume folder, catalogue entry) over the carrier(s), once per run."""
    memo = env.cache.get("carrier_index")
    if memo is None:
        memo = {"codes": {}, "errors": {}}
        for vol in _volumes(Path(env.carrier)) if env.carrier else []:
            # the entries streamed (no tree, no list of them); of each only what the items use
            local: dict[str, tuple[Path, CarrierEntry]] = {}
            try:
                for e in iter_catalogue((vol / CATALOGUE).read_bytes()):   # worded as read_catalogue words it
                    local[e.code] = (vol, CarrierEntry(e.seq, e.folder))
            except (OSError, ArchDeskError) as exc:
                memo["errors"][str(vol)] = getattr(exc, "message", str(exc))
                continue
            memo["codes"].update(local)
        env.cache["carrier_index"] = memo
    return memo


@item_fn("carrier_description")
def carrier_description(ctx: CaseContext, env: RunEnv) -> Outcome:
    if env.carrier is None:
        return na("本次检测范围不是载体：说明文件.TXT 与 文件目录.XML 在载体检测时检查")
    idx = _index(env)
    code = ctx.case.get("archival_code") or ""
    problems = [ev(f"{CATALOGUE} 不规范：{msg}", file=f"{_name(Path(v))}/{CATALOGUE}") for v, msg in idx["errors"].items()]
    found = idx["codes"].get(code)
    if found is None:
        problems.append(ev(f"载体的 {CATALOGUE} 没有列出此档案", expected=code, found="无"))
        return verdict(problems, "")
    vol, entry = found
    described = env.cache.setdefault("carrier_described", {})   # each volume's 说明文件 looked at once a run
    if vol not in described:
        desc = vol / DESCRIPTION
        described[vol] = desc.is_file() and desc.stat().st_size > 0
    if not described[vol]:
        problems.append(ev("载体缺少说明文件或为空", file=f"{_name(vol)}/{DESCRIPTION}"))
    if not (vol / entry.folder).is_dir():
        problems.append(ev("文件目录所列的电子档案文件夹不存在", file=entry.folder))
    return verdict(problems, f"说明文件.TXT 与 文件目录.XML 规范（载体 {_name(vol)}，顺序号 {entry.seq}）")


def _listing(folder: Path) -> set[str]:
    """Every file below ``folder`` (relative, '/'-separated); empty when it is missing (the
    walk's own strings: no ``Path`` built per file)."""
    return set(walk_folder(folder)[1])


@item_fn("carrier_extra_files")
def carrier_extra_files(ctx: CaseContext, env: RunEnv) -> Outcome:
    if env.carrier is None:
        from ..checks.safety import import_strays

        return import_strays(ctx, env)
    found = _index(env)["codes"].get(ctx.case.get("archival_code") or "")
    if found is None:
        return Outcome("fail", "载体上找不到此档案，无法检查多余文件", [ev("载体的文件目录没有列出此档案")])
    vol, entry = found
    roots = env.cache.setdefault("carrier_roots", {})      # each volume's root listed once per run
    if vol not in roots:
        roots[vol] = sorted(os.listdir(vol))
    problems = [ev("载体根目录有说明之外的文件", found=n, file=f"{_name(vol)}/{n}")
                for n in roots[vol] if n not in ROOT_NAMES]
    on_carrier = {p for p in _listing(vol / entry.folder) if not p.endswith(EEP_SUFFIX)}
    in_archive = set(ctx.disk_files)        # the case folder as the run listed it (disk_listing)
    problems += [ev("载体上的档案文件夹有多余文件", found=p, file=f"{entry.folder}/{p}")
                 for p in sorted(on_carrier - in_archive)]
    problems += [ev("载体上的档案文件夹缺少文件", expected=p, file=f"{entry.folder}/{p}")
                 for p in sorted(in_archive - on_carrier)]
    return verdict(problems, f"载体 {_name(vol)} 上此档案的文件与档案库一致，无多余文件")


VOLUME_INDEX = "分卷目录.TXT"
_continuity = FUNCTIONS["sequence_continuity"]


def batch_codes(env: RunEnv) -> set[str]:
    """Every 档号 the carrier's 分卷目录.TXT lists (all volumes of the batch), once per run."""
    memo = env.cache.get("batch_codes")
    if memo is None:
        memo = set()
        for vol in _volumes(Path(env.carrier)) if env.carrier else []:
            try:
                lines = (vol / OTHER_DIR / VOLUME_INDEX).read_text("utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                continue
            memo |= {line.strip() for line in lines if line.startswith("    ") and line.strip()}
        env.cache["batch_codes"] = memo
    return memo


def _batch_groups(env: RunEnv, batch: set[str]) -> dict[str, set[int]]:
    """The batch's 档号 by group (档号 up to the 件号 → 件号), built once per run and batch."""
    memo = env.cache.get("batch_groups")
    if memo is None or memo[0] is not batch:
        groups: dict[str, set[int]] = {}
        for c in batch:
            if len(c) > 5 and c[-5] == "-" and is_digits(c[-4:]):
                groups.setdefault(c[:-4], set()).add(int(c[-4:]))
        memo = env.cache["batch_groups"] = (batch, groups)
    return memo[1]


@item_fn("sequence_continuity")
def sequence_continuity(ctx: CaseContext, env: RunEnv) -> Outcome:
    """件号 continuity over what the archives holds with this batch: at the transfer stage those
    transferred before plus this batch (a batch leaving out an earlier case of its group is found
    before the carrier is written); at receipt the archives' holdings plus every volume's 档号."""
    out = _continuity(ctx, env)
    code = str(ctx.case.get("archival_code") or "")
    m = re.match(r"^(.*-)(\d{4})$", code)
    if env.carrier is None or not m or (env.stage != "transfer" and out.result != "fail"):
        return out
    prefix = m.group(1)
    if env.stage == "transfer":
        batch = env.cache.get("transfer_codes")
        if batch is None:       # the transfer checks run on exactly the batch's cases
            batch = env.cache["transfer_codes"] = set(env.archive.catalog.checks.archival_codes(env.case_ids))
        held = integrity.group_numbers(env, prefix, len(code), ("transferred",))
    else:
        batch, held = batch_codes(env), integrity.group_numbers(env, prefix, len(code))
    same = _batch_groups(env, batch).get(prefix, set())
    if not same:
        return out
    memo = env.cache.setdefault("continuity_missing", {})
    key = (env.stage, prefix, len(code))
    if key not in memo:      # once per group: O(groups), not O(cases × group size)
        memo[key] = integrity.missing_numbers(held | same, 6)
    missing = memo[key]
    problems = [e for e in out.evidence if e.get("element") != "档号"]
    if missing and int(m.group(2)) > missing[0]:
        if env.stage == "transfer":
            listed = "、".join(f"{n:04d}" for n in missing[:5]) + (" 等" if len(missing) > 5 else "")
            text = (f"移交后档案馆一侧件号不连续：本组件号 {listed} 既未移交过，也不在本批（接收检测将不通过；"
                    "请一并移交，或写明原因后准予通过）")
        else:
            text = "档号件号不连续（本件之前有缺号，已计入本批其他载体上的档号）"
        problems.append(ev(text, expected=f"{m.group(1)}{missing[0]:04d}", found=code, element="档号"))
    return verdict(problems, "件内顺序号、文件序号连续；移交后档案馆一侧的档号件号连续（含以前移交的档号）"
                   if env.stage == "transfer" else "件内顺序号、文件序号、档号件号连续（含本批其他载体上的档号）")
