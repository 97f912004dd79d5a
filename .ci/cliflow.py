"""The CLI flow a clerk and an archives run, as separate ``archdesk`` processes with Chinese paths.

    python .ci/cliflow.py WORKDIR [archdesk command …]

init → demo → import → retention → classify → check → archive → keys → transfer create (folder and
--iso) → transfer verify → backup → restore → init archives → keys trust → receive, each step one
process whose stdout is a pipe (as a script redirecting output has it).  The command defaults to
``<this python> -m desktop_app``; the Windows stage runs it under Windows CPython with an English
(cp1252) and a Chinese (cp936) code page, and PYTHONUTF8 / PYTHONIOENCODING removed so the CLI meets
the code page as an installed program does.  Output must be UTF-8 (issue #22: the CLI writes UTF-8
when stdout is not a console) and ``--json`` output valid JSON; any other exit code than expected, or
undecodable output, fails the flow (exit 1) naming the step.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PASSWORD = "cliflow-密码-123"
KEYPASS = "cliflow-口令-456"
OVERRIDE = "持续集成示例数据：本机没有病毒库等检测条件，人工确认"


class FlowFailed(Exception):
    pass


class Flow:
    def __init__(self, work: Path, command: list[str]) -> None:
        self.work = work
        self.command = command
        self.env = {k: v for k, v in os.environ.items() if k not in ("PYTHONUTF8", "PYTHONIOENCODING")}
        self.env.update(ARCHDESK_USER="admin", ARCHDESK_PASSWORD=PASSWORD, ARCHDESK_KEY_PASSPHRASE=KEYPASS,
                        ARCHDESK_BACKUP_PASSPHRASE=KEYPASS)
        self.steps: list[tuple[str, float]] = []

    def run(self, name: str, *args: str, expect: tuple[int, ...] = (0,), as_json: bool = True) -> Any:
        argv = [*self.command, *(["--json"] if as_json else []), *args]
        start = time.monotonic()
        r = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, env=self.env, timeout=900)
        took = time.monotonic() - start
        self.steps.append((name, took))
        try:
            out, err = r.stdout.decode("utf-8"), r.stderr.decode("utf-8", "replace")
        except UnicodeDecodeError as exc:
            raise FlowFailed(f"{name}: stdout is not UTF-8 ({exc}): {r.stdout[:200]!r}") from exc
        if r.returncode not in expect:
            raise FlowFailed(f"{name}: exit {r.returncode} (expected {expect})\n$ {' '.join(argv)}\n"
                             f"--- stdout\n{out[-3000:]}\n--- stderr\n{err[-3000:]}")
        print(f"  {name}: exit {r.returncode}, {took:.1f} s", flush=True)
        if not as_json:
            return out
        try:
            return json.loads(out)
        except json.JSONDecodeError as exc:
            raise FlowFailed(f"{name}: --json output is not JSON ({exc}): {out[:300]!r}") from exc


def flow(work: Path, command: list[str]) -> Flow:
    f = Flow(work, command)
    agency, archives = work / "移交单位档案库", work / "档案馆库"
    a = ["--archive", str(agency)]
    text = f.run("init", *a, "init", "--fonds", "Z001", "--name", "测试县政务服务中心", as_json=False)
    if "测试县政务服务中心" not in text:
        raise FlowFailed(f"init: the Chinese confirmation did not come through: {text!r}")
    f.run("demo", "demo", str(work / "示例信息包"), "--cases", "6", "--seed", "7", expect=(0,), as_json=False)
    imported = f.run("import", *a, "import", str(work / "示例信息包"))["imported"]
    f.run("retention import", *a, "retention", "import", "--default", "--approval", "持续集成〔2026〕1号")
    f.run("classify", *a, "classify", "--all")
    f.run("check", *a, "check", "--stage", "archiving", expect=(0, 1))   # demo data: some checks fail
    f.run("archive", *a, "archive", *[x for c in imported for x in ("--case", str(c))],
          "--override-reason", OVERRIDE)
    listed = f.run("list", *a, "list")
    archived = [c["id"] for c in _cases(listed) if c.get("status") == "archived"]
    if len(archived) != len(imported) or len(archived) < 2:
        raise FlowFailed(f"archive: {len(archived)} of {len(imported)} cases archived: {listed!r}")
    f.run("keys generate", *a, "keys", "generate")
    pem = work / "移交单位公钥.pem"
    f.run("keys export", *a, "keys", "export", str(pem))
    half = len(archived) // 2
    folder_out, iso_out = work / "U盘" / "移交", work / "光盘映像"
    made = f.run("transfer create (folder)", *a, "transfer", "create", "--out", str(folder_out),
                 *[x for c in archived[:half] for x in ("--case", str(c))], "--override-reason", OVERRIDE)
    folder = Path(made["volumes"][0]["path"])
    made = f.run("transfer create (--iso)", *a, "transfer", "create", "--out", str(iso_out), "--iso",
                 *[x for c in archived[half:] for x in ("--case", str(c))], "--override-reason", OVERRIDE)
    iso = Path(made["volumes"][0]["path"])             # with --iso the volume is the image
    if iso.suffix != ".iso" or not iso.is_file():
        raise FlowFailed(f"transfer create --iso: no ISO image in {made!r}")
    f.run("transfer verify (folder)", "transfer", "verify", "--trusted-key", str(pem), str(folder))
    f.run("transfer verify (iso)", "transfer", "verify", "--trusted-key", str(pem), str(iso))
    backup = f.run("backup", *a, "backup", str(work / "备份盘"))
    src = Path(backup.get("path") or backup.get("backup", {}).get("path"))
    f.run("restore", "restore", "--to", str(work / "恢复的档案库"), str(src))
    f.run("init archives", "--archive", str(archives), "init", "--fonds", "Z001", "--name", "测试县档案馆",
          "--role", "archives", as_json=False)
    f.run("keys trust", "--archive", str(archives), "keys", "trust", "--label", "测试县政务服务中心", str(pem))
    f.run("receive (folder)", "--archive", str(archives), "receive", str(folder), "--accept",
          "--override-reason", OVERRIDE)
    f.run("receive (iso)", "--archive", str(archives), "receive", str(iso), "--accept",
          "--override-reason", OVERRIDE)
    return f


def _cases(listed: Any) -> list[dict[str, Any]]:
    if isinstance(listed, list):
        return listed
    for key in ("cases", "items", "rows"):
        if isinstance(listed.get(key), list):
            return listed[key]
    raise FlowFailed(f"list: no case list in {listed!r}")


def main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):     # this driver's own log: UTF-8 whatever the code page
        stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[attr-defined]
    work = Path(argv[0])
    command = argv[1:] or [sys.executable, "-m", "desktop_app"]
    work.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    print(f"CLI flow in {work} ({' '.join(command)})", flush=True)
    try:
        flow(work, command)
    except FlowFailed as exc:
        print(f"CLI flow FAILED: {exc}", flush=True)
        return 1
    print(f"CLI flow passed in {time.monotonic() - start:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
