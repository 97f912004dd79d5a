"""GD-4-1 / GD-4-2: a real virus scanner — ClamAV (clamdscan / clamscan) or Microsoft Defender
(MpCmdRun.exe).  Configured by the setting ``checks.virus_scanner``::

    {"kind": "auto" | "clamscan" | "clamdscan" | "defender" | "none",
     "path": "<executable>", "database": "<clamscan -d DIR>", "args": [extra ClamAV options]}

ClamAV's default extra options: ``--scan-image-fuzzy-hash=no`` (the fuzzy image hash only serves
image-similarity (phishing) signatures and costs ~5× the CPU of the rest of the scan on scanned
documents; images are still parsed and scanned for malware), and size limits raised to 2000 MB
with ``--alert-exceeds-max=yes`` — ClamAV otherwise reports files over its 100 MB default limit
as clean without scanning them; here they are reported (GD-4-2 fails with the reason).

Nothing usable → GD-4-1 fails and GD-4-2 is 待人工: never a silent pass.

Signatures are loaded only by the scan itself.  ``clamscan`` loads its whole signature database at
each start (10–30 s and about 1 GB of memory with ClamAV's full database), so a check run does not
prove it with a scan of its own first: :func:`detect` makes sure the program runs (``--version``)
and that it has signatures — the configured ``database`` folder holds signature files, or, with
ClamAV's default folder, ``--version`` names the daily database (ClamAV prints ``ClamAV
x.y.z/NNNNN/date`` only when it finds ``daily.cvd``/``daily.cld`` there; otherwise one probe scan
decides).  A signature database that is there but does not load shows in the run's own scan
(:attr:`ScanResult.broken`), and GD-4-1 then fails with ClamAV's message.  ``clamdscan`` and
Microsoft Defender are still proven by scanning a small file: their engines are already running
with the signatures loaded (clamd, the Defender service), so that scan loads nothing, and it is
the one way to know the service is up.  The setup wizard asks for the probe scan
(``detect(conf, probe=True)``): it is done once, by the person installing, who should learn there
that the signatures really load.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SETTING = "checks.virus_scanner"
DEFAULT_CLAM_ARGS = ("--scan-image-fuzzy-hash=no", "--max-filesize=2000M", "--max-scansize=2000M",
                     "--alert-exceeds-max=yes")
DEFENDER_GLOBS = (r"C:\ProgramData\Microsoft\Windows Defender\Platform\*\MpCmdRun.exe",
                  r"C:\Program Files\Windows Defender\MpCmdRun.exe")
TIMEOUT = 3600
# ClamAV signature files (libclamav readdb.h CLI_DBEXT, less the allow lists, ignore lists and
# configuration, which detect nothing): a database folder without one of them is no database
SIGNATURE_SUFFIXES = frozenset((".cvd", ".cld", ".cud", ".db", ".hdb", ".hdu", ".hsb", ".hsu", ".mdb", ".mdu",
                                ".msb", ".msu", ".ndb", ".ndu", ".ldb", ".ldu", ".sdb", ".zmd", ".rmd", ".pdb",
                                ".gdb", ".wdb", ".cbc", ".cdb", ".idb", ".yar", ".yara"))
DAILY_VERSION = re.compile(r"ClamAV [^/\s]+/\d+/")     # "ClamAV 1.4.6/27500/Mon Dec  7 09:00:00 2026"


@dataclass
class Scanner:
    kind: str              # clamscan / clamdscan / defender
    path: str
    database: str = ""
    version: str = ""
    args: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.kind}（{self.version or self.path}）"


@dataclass
class ScanResult:
    infected: dict[str, str] = field(default_factory=dict)   # path -> signature
    scanned: set[str] = field(default_factory=set)
    error: str = ""
    # the scanner never got to the files (its signatures did not load, it did not start): the
    # machine's scanner is unusable, not one file unreadable — why, in the form detect gives
    broken: str = ""


def detect(conf: dict[str, Any] | None, *, probe: bool = False) -> tuple[Scanner | None, str]:
    """The configured (or first found) scanner that runs and has signatures, or (None, why not).
    ``probe``: prove it by scanning a small file, whatever the cost (the setup wizard); otherwise
    ClamAV's ``clamscan`` is checked without loading its signatures (:func:`_check`)."""
    conf = conf or {}
    kind = conf.get("kind", "auto")
    if kind == "none":
        return None, "检测方案设置为不使用杀毒软件"
    candidates: list[Scanner] = []
    args = tuple(conf.get("args", DEFAULT_CLAM_ARGS))
    if conf.get("path"):
        candidates.append(Scanner(kind if kind != "auto" else _guess_kind(conf["path"]), conf["path"],
                                  conf.get("database", ""), args=args))
    else:
        for k in ("clamdscan", "clamscan"):
            if kind in ("auto", k) and (p := shutil.which(k)):
                candidates.append(Scanner(k, p, conf.get("database", ""), args=args))
        if kind in ("auto", "defender") and os.name == "nt":
            for pattern in DEFENDER_GLOBS:
                for p in sorted(glob.glob(pattern), reverse=True):
                    candidates.append(Scanner("defender", p))
    if not candidates:
        return None, "未找到杀毒软件（ClamAV clamscan/clamdscan 或 Microsoft Defender MpCmdRun.exe）"
    problems = []
    for sc in candidates:
        why = _probe(sc) if probe or sc.kind != "clamscan" else _check(sc)
        if not why:
            return sc, ""
        problems.append(f"{sc.kind} {sc.path}：{why}")
    return None, "；".join(problems)


def _guess_kind(path: str) -> str:
    name = Path(path).name.lower()
    if "mpcmdrun" in name:
        return "defender"
    return "clamdscan" if "clamdscan" in name else "clamscan"


def _version_cmd(sc: Scanner) -> list[str]:
    # clamscan's --version names the daily database of the folder it would load (-d), else of its default one
    return [sc.path, "--version"] + (["-d", sc.database] if sc.kind == "clamscan" and sc.database else [])


def _check(sc: Scanner) -> str:
    """clamscan runs and has signatures — known without loading them (the run's scan loads them once)."""
    if not Path(sc.path).exists():
        return "程序不存在"
    try:
        out = _run(_version_cmd(sc))
    except (OSError, subprocess.SubprocessError) as exc:
        return f"无法运行：{exc}"
    first = out.stdout.strip().splitlines()[0] if out.stdout.strip() else ""
    if out.returncode != 0 or not first.startswith("ClamAV "):
        msg = (out.stderr or out.stdout).strip().splitlines()
        return f"无法运行（退出码 {out.returncode}）：{msg[0] if msg else ''}"
    sc.version = first
    if sc.database:
        return database_problem(sc.database)
    if DAILY_VERSION.match(first):
        return ""
    # ClamAV's default folder has no daily database: whatever else is there, only a scan tells
    return _probe(sc)


def database_problem(database: str) -> str:
    """'' when ``database`` (clamscan -d: a folder or one file) holds a non-empty signature file."""
    db = Path(database)
    try:
        if db.is_file():
            files = [db]
        else:
            with os.scandir(db) as it:
                files = [Path(e.path) for e in it if e.is_file()]
        if any(f.suffix.lower() in SIGNATURE_SUFFIXES and f.stat().st_size > 0 for f in files):
            return ""
    except OSError as exc:
        return f"无法读取病毒库文件夹：{database}（{exc.strerror or exc}）"
    return f"病毒库文件夹中没有病毒库文件（.cvd/.cld/.cud 或 .ndb、.hdb 等）：{database}"


def _probe(sc: Scanner) -> str:
    """Run the scanner once on a small file: proves it starts and has signatures (clamscan loads
    its whole database for it)."""
    if not Path(sc.path).exists():
        return "程序不存在"
    with tempfile.TemporaryDirectory(prefix="archdesk-av-") as d:
        probe = Path(d) / "probe.txt"
        probe.write_bytes(b"archdesk scanner probe\n")
        try:
            if sc.kind == "defender":
                out = _run(_defender_cmd(sc, str(probe)))
                if out.returncode not in (0, 2):
                    return f"无法运行（退出码 {out.returncode}）"
                sc.version = "Microsoft Defender"
                return ""
            if not sc.version:          # (_check has asked already when it falls back to a probe)
                out = _run(_version_cmd(sc))
                sc.version = out.stdout.strip().splitlines()[0] if out.stdout.strip() else ""
            res = _run(_clam_cmd(sc, [str(probe)]))
        except (OSError, subprocess.SubprocessError) as exc:
            return f"无法运行：{exc}"
        if res.returncode != 0:
            msg = (res.stderr or res.stdout).strip().splitlines()
            return f"无法完成扫描（退出码 {res.returncode}）：{msg[0] if msg else ''}"
    return ""


def _run(cmd: list[str], timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=timeout, check=False)


def _clam_cmd(sc: Scanner, files: list[str], file_list: str | None = None) -> list[str]:
    cmd = [sc.path, "--no-summary"]
    if sc.kind == "clamscan" and sc.database:
        cmd += ["-d", sc.database]
    if sc.kind == "clamscan":
        cmd += list(sc.args)
        if not any(a.startswith("--tempdir") for a in sc.args) and os.access("/dev/shm", os.W_OK):
            cmd.append("--tempdir=/dev/shm")   # ClamAV unpacks PDF/zip parts to temp files: keep them in RAM
    if sc.kind == "clamdscan":
        cmd += ["--fdpass"]
    if file_list:
        cmd.append(f"--file-list={file_list}")
    return cmd + files


def start_scan(sc: Scanner, paths: list[str], processes: int = 1) -> Any:
    """Start a ClamAV scan of ``paths`` in the background (its own processes, so it runs beside
    the hashing; clamscan is single-threaded, so the list is split over ``processes``); returns a
    handle for :func:`finish_scan`."""
    if sc.kind == "defender":
        return ("defender", paths)
    k = max(1, min(processes, len(paths))) if sc.kind == "clamscan" else 1
    procs = []
    for part in (paths[i::k] for i in range(k)):
        fd, listing = tempfile.mkstemp(prefix="archdesk-scan-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(part) + "\n")
        proc = subprocess.Popen(_clam_cmd(sc, [], listing), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, encoding="utf-8", errors="replace")
        procs.append((proc, listing, part))
    return ("clam", procs, paths)


def _names_a_file(err: str, paths: list[str]) -> bool:
    """Whether clamscan's error output names one of ``paths`` ("x: No such file or directory",
    "WARNING: x: Can't access file") — a file it could not read, not a scanner that never started."""
    heads = {line.removeprefix("WARNING: ").rpartition(": ")[0] for line in err.splitlines()}
    return not heads.isdisjoint(paths)


def cancel_scan(handle: Any) -> None:
    if handle and handle[0] == "clam":
        for proc, listing, _ in handle[1]:
            proc.kill()
            proc.communicate()
            Path(listing).unlink(missing_ok=True)


def finish_scan(sc: Scanner, handle: Any) -> ScanResult:
    if handle[0] == "defender":
        return _defender(sc, handle[1])
    _, procs, paths = handle
    res = ScanResult()
    for proc, listing, part in procs:
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        finally:
            Path(listing).unlink(missing_ok=True)
        reported = False
        for line in out.splitlines():
            path, _, verdict = line.rpartition(": ")
            if not path:
                continue
            reported = True
            if verdict.endswith(" FOUND"):
                res.infected[path] = verdict[:-6]
                res.scanned.add(path)
            elif verdict in ("OK", "Empty file"):
                res.scanned.add(path)
        if proc.returncode not in (0, 1):
            res.error = f"扫描出错（退出码 {proc.returncode}）：{err.strip()[:300]}"
            if not reported and not _names_a_file(err, part):
                said = " | ".join(err.strip().splitlines()[:3])
                res.broken = f"无法完成扫描（退出码 {proc.returncode}）：{said}"
    missing = set(paths) - res.scanned
    if missing and not res.error:
        res.error = f"{len(missing)} 个文件未被扫描（例如 {sorted(missing)[0]}）"
    return res


DEFENDER_THREAT = "Threat"            # "Threat   : Virus:DOS/EICAR_Test_File"
DEFENDER_FILE = "file"                # "    file : C:\\…\\eicar.com" (or "…\\a.zip->inner.exe")


def _defender_cmd(sc: Scanner, target: str) -> list[str]:
    # -DisableRemediation: report only — Defender must never quarantine or delete archive files
    return [sc.path, "-Scan", "-ScanType", "3", "-File", target, "-DisableRemediation"]


def parse_defender(output: str) -> dict[str, str]:
    """MpCmdRun's LIST OF DETECTED THREATS → {file path: threat name}.  A detection inside a
    container (``a.zip->x.exe``) is reported on the container file."""
    found: dict[str, str] = {}
    threat = ""
    for raw in output.splitlines():
        key, sep, value = raw.partition(":")
        if not sep:
            continue
        key, value = key.strip(), value.strip()
        if key == DEFENDER_THREAT:
            threat = value
        elif key.lower() in (DEFENDER_FILE, "containerfile") and value:
            found[value.split("->", 1)[0]] = threat or "Microsoft Defender 报告威胁"
    return found


def _top_dirs(paths: list[str]) -> dict[str, list[str]]:
    """The fewest folders whose scans cover every path (a case folder, not each file): MpCmdRun
    starts in about a second, so one run per file would take hours for a batch."""
    dirs = sorted({os.path.dirname(p) for p in paths}, key=len)
    tops: list[str] = []
    for d in dirs:
        if not any(d == t or d.startswith(t.rstrip("\\/") + os.sep) for t in tops):
            tops.append(d)
    tops = _merge_siblings(tops)
    groups: dict[str, list[str]] = {t: [] for t in tops}
    for p in paths:
        top = max((t for t in tops if p.startswith(t.rstrip("\\/") + os.sep)), key=len)
        groups[top].append(p)
    return groups


def _merge_siblings(tops: list[str]) -> list[str]:
    """Folders whose parent holds nothing else but files (申报文件/过程文件/结果文件 beside the
    case's XML) are scanned as that parent, level by level."""
    while True:
        by_parent: dict[str, set[str]] = {}
        for t in tops:
            by_parent.setdefault(os.path.dirname(t), set()).add(t)
        merged = False
        for parent, kids in by_parent.items():
            if parent == os.path.dirname(parent):          # never the drive / file-system root
                continue
            try:
                subdirs = {e.path for e in os.scandir(parent) if e.is_dir(follow_symlinks=False)}
            except OSError:
                continue
            if subdirs and subdirs <= kids:
                tops = [t for t in tops if t not in kids] + [parent]
                merged = True
        if not merged:
            return tops


def _defender(sc: Scanner, paths: list[str]) -> ScanResult:
    res = ScanResult()
    norm = {os.path.normcase(os.path.abspath(p)): p for p in paths}
    for folder, members in _top_dirs(paths).items():
        out = _run(_defender_cmd(sc, folder), timeout=TIMEOUT)
        if out.returncode not in (0, 2):
            res.error = f"扫描 {folder} 出错（退出码 {out.returncode}）：{(out.stderr or out.stdout).strip()[:200]}"
            continue
        hits = {os.path.normcase(os.path.abspath(k)): v for k, v in parse_defender(out.stdout).items()}
        if out.returncode == 2 and not any(h in norm for h in hits):
            # a threat reported without a file we can match: scan the members one by one
            for p in members:
                one = _run(_defender_cmd(sc, p), timeout=TIMEOUT)
                if one.returncode == 2:
                    res.infected[p] = next(iter(parse_defender(one.stdout).values()), "Microsoft Defender 报告威胁")
                elif one.returncode != 0:
                    res.error = f"扫描 {p} 出错（退出码 {one.returncode}）"
                    continue
                res.scanned.add(p)
            continue
        for h, threat in hits.items():
            if h in norm:
                res.infected[norm[h]] = threat
        res.scanned.update(members)
    return res
