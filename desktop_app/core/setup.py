"""Setting up a new archive that can do the whole job (the first-run wizard calls this; no Qt).

:class:`SetupPlan` holds what the person chose — side (agency / archives), 全宗, first account,
保管期限表 (the shipped template with its approval number, or a file), signing key passphrase,
virus scanner, backup folder, and (archives side) the senders' public keys to trust.
:func:`validate` says everything wrong with it *before* anything is written; :func:`create`
makes the archive and applies each choice through the same services the pages and commands use.

The rule helpers (:func:`password_rules`, :func:`passphrase_rules`, :func:`user_name_problem`)
return each rule with whether it is met, so a form can show them while the person types.
"""

from __future__ import annotations

import glob
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .archive_handle import Archive
from .crypto import keystore, pem
from .crypto.symmetric import MIN_PASSPHRASE
from .errors import ArchDeskError, UsageError
from .paths import ArchiveLayout

MIN_PASSWORD = 8
NAME_HINT = "2–32 个字母、数字、汉字或 _ . -"
SCANNER_NONE_MEANS = ("不使用杀毒软件：四性检测的安全性检测项（GD-4-1 杀毒软件、GD-4-2 病毒扫描）在本机无法完成，"
                      "每次检测记为“未完成”（办件保持原状态，不会被退回），办件不能归档，"
                      "直到在本机安装杀毒软件并在“设置”页面选定。")


@dataclass(frozen=True)
class Rule:
    text: str
    ok: bool


def fonds_problem(fonds: str) -> str:
    """Why ``fonds`` cannot be a 全宗号, or ''."""
    f = fonds.strip()
    if not f or len(f) > 16 or not f.replace("-", "").isalnum():
        return f"全宗号不合规：{fonds!r}（应为字母或数字，一般 4 位）"
    return ""


def user_name_problem(name: str) -> str:
    """Why ``name`` cannot be a user name, or ''."""
    from .users import NAME_RE

    name = name.strip()
    if not name:
        return "请填写用户名。"
    if not NAME_RE.match(name):
        return f"用户名应为 {NAME_HINT}。"
    return ""


def password_rules(password: str, confirm: str) -> list[Rule]:
    return [Rule(f"至少 {MIN_PASSWORD} 个字符（已输入 {len(password)} 个）", len(password) >= MIN_PASSWORD),
            Rule("两次输入一致", bool(password) and password == confirm)]


def passphrase_rules(passphrase: str, confirm: str, password: str = "") -> list[Rule]:
    rules = [Rule(f"至少 {MIN_PASSPHRASE} 个字符（已输入 {len(passphrase)} 个）", len(passphrase) >= MIN_PASSPHRASE),
             Rule("两次输入一致", bool(passphrase) and passphrase == confirm)]
    if password:
        rules.append(Rule("与登录密码不同", passphrase != password))
    return rules


def unmet(rules: list[Rule]) -> list[str]:
    return [r.text for r in rules if not r.ok]


# -- virus scanner on this machine ------------------------------------------------------------
@dataclass
class ScannerOption:
    kind: str               # clamscan / clamdscan / defender / none
    label: str
    path: str = ""
    needs_database: bool = False   # ClamAV: a signature folder may be chosen

    def setting(self, database: str = "") -> dict[str, str]:
        """The value of the checks.virus_scanner setting that chooses this scanner."""
        if self.kind == "none":
            return {"kind": "none"}
        conf = {"kind": self.kind, "path": self.path}
        if database and self.kind == "clamscan":
            conf["database"] = database
        return conf


def scanner_options() -> list[ScannerOption]:
    """The scanners installed on this machine (found, not yet probed), then "none"."""
    from .checks.virus import DEFENDER_GLOBS

    out: list[ScannerOption] = []
    if os.name == "nt":
        for pattern in DEFENDER_GLOBS:
            for p in sorted(glob.glob(pattern), reverse=True)[:1]:
                out.append(ScannerOption("defender", f"Microsoft Defender（{p}）", p))
                break
            if out:
                break
    for kind in ("clamscan", "clamdscan"):
        found = shutil.which(kind)
        if found:
            out.append(ScannerOption(kind, f"ClamAV {kind}（{found}）", found, needs_database=kind == "clamscan"))
    out.append(ScannerOption("none", "不使用杀毒软件"))
    return out


def probe_scanner(conf: dict[str, Any]) -> str:
    """'' when the configured scanner runs and has signatures here, else why not (Chinese).  It
    scans a small file, so ClamAV's clamscan loads its whole signature database once (10–30 s):
    the person setting up learns here, not at the first check, that the signatures really load
    (a damaged database file passes the check runs' cheaper look, virus.detect)."""
    from .checks import virus

    scanner, problem = virus.detect(conf, probe=True)
    return "" if scanner is not None else problem


# -- the plan ------------------------------------------------------------------------------------
@dataclass
class SetupPlan:
    root: Path
    fonds: str
    name: str
    role: str = "agency"                     # agency / archives
    user: str = "admin"
    password: str = ""
    retention: str = "template"              # template / file / none (archives side: none)
    retention_file: str = ""
    approval: str = ""                       # 批复文号 of the retention table
    key_passphrase: str = ""                 # agency: required (transfers are signed)
    scanner: dict[str, str] = field(default_factory=lambda: {"kind": "auto"})
    backup_folder: str = ""
    trusted: list[tuple[str, str]] = field(default_factory=list)   # (public key file, sender label)


@dataclass
class SetupResult:
    archive: Archive
    key: keystore.KeyInfo | None = None
    retention_table: int | None = None
    trusted: list[keystore.TrustedKey] = field(default_factory=list)
    scanner_problem: str = ""


def validate(plan: SetupPlan) -> list[str]:
    """Everything wrong with the plan (Chinese sentences); empty when :func:`create` may run."""
    problems: list[str] = []
    if ArchiveLayout(Path(plan.root)).catalog.exists():
        problems.append(f"这个文件夹已经是一个档案库：{plan.root}")
    if (why := fonds_problem(plan.fonds)):
        problems.append(why)
    if not plan.name.strip():
        problems.append("请填写立档单位名称。")
    if plan.role not in ("agency", "archives"):
        problems.append("请选择档案库类型。")
    if (why := user_name_problem(plan.user)):
        problems.append(why)
    problems += [f"登录密码：{t}" for t in unmet(password_rules(plan.password, plan.password))]
    if plan.role == "agency":
        if plan.retention == "file":
            problems += table_problems(plan.retention_file)
        if plan.retention in ("template", "file") and not plan.approval.strip():
            problems.append("请填写保管期限表的批复文号（经同级档案主管部门审核批准的文号）。")
        problems += [f"签名密钥口令：{t}" for t in unmet(passphrase_rules(plan.key_passphrase, plan.key_passphrase,
                                                                        plan.password))]
    for path, label in plan.trusted:
        if not label.strip():
            problems.append(f"请填写公钥所属单位：{path}")
        try:
            pem.load_public_key(Path(path).read_bytes())
        except OSError as exc:
            problems.append(f"无法读取公钥文件 {path}：{exc.strerror or exc}")
        except ArchDeskError as exc:
            problems.append(f"{Path(path).name}：{exc.message}")
    if plan.backup_folder and Path(plan.backup_folder).resolve() == Path(plan.root).resolve():
        problems.append("备份文件夹不能是档案库文件夹本身。")
    return problems


def table_problems(path: str) -> list[str]:
    from .retention.table import DEFAULT_LEGACY_MAP, read_table_file

    if not path:
        return ["请选择保管期限表文件（.csv 或 .xlsx）。"]
    try:
        if not read_table_file(Path(path), DEFAULT_LEGACY_MAP):
            return ["保管期限表文件中没有类目。"]
    except ArchDeskError as exc:
        return [exc.message]
    return []


def create(plan: SetupPlan) -> SetupResult:
    """Make the archive and apply every choice.  The plan is validated first: nothing is written
    when it has a problem (:class:`UsageError` listing them all)."""
    problems = validate(plan)
    if problems:
        raise UsageError("；".join(problems), problems=problems)
    from . import settings
    from .retention.service import import_default_table, import_table

    arch = Archive.init(Path(plan.root), fonds=plan.fonds.strip(), name=plan.name.strip(), role=plan.role,
                        user=plan.user.strip(), password=plan.password)
    result = SetupResult(arch)
    try:
        settings.set_value(arch, "checks.virus_scanner", dict(plan.scanner))
        if plan.backup_folder:
            settings.set_value(arch, "preserve.backup_folder", str(Path(plan.backup_folder)))
        if plan.role == "agency":
            if plan.retention == "template":
                result.retention_table = import_default_table(arch, approval=plan.approval.strip())
            elif plan.retention == "file":
                result.retention_table = import_table(arch, Path(plan.retention_file), approval=plan.approval.strip(),
                                                      activate=True)
            result.key = keystore.generate_key(arch, plan.key_passphrase, plan.name)
        elif plan.key_passphrase:
            result.key = keystore.generate_key(arch, plan.key_passphrase, plan.name)
        for path, label in plan.trusted:
            result.trusted.append(keystore.trust_key(arch, path, label))
        result.scanner_problem = probe_scanner(plan.scanner)
    except BaseException:
        arch.close()
        raise
    return result


def readiness(archive: Archive) -> list[str]:
    """What this archive still lacks to do its whole job (empty when ready) — for the dashboard."""
    from .checks.virus import SETTING

    missing: list[str] = []
    role = archive.setting("archive.role")
    if role == "agency":
        if archive.catalog.retention.active_table() is None:
            missing.append("还没有启用的保管期限表：请在“保管期限表”页面导入并启用。")
        if keystore.key_info(archive) is None:
            missing.append("还没有签名密钥（移交载体要签名）：请在“密钥”页面生成。")
    elif not keystore.list_trusted(archive):
        missing.append("还没有受信任的移交方公钥：请在“密钥”页面导入移交单位的公钥。")
    if archive.setting_map(SETTING).get("kind") == "none":
        missing.append("未选用杀毒软件：检测无法完成，办件不能归档。请在“设置”页面选定杀毒软件。")
    return missing
