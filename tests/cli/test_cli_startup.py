"""Short commands start fast (issue 20): each run imports only the command it was given.

``archdesk --version`` imports no command module, no service and no heavy library; a short command
on an archive with nothing to recover (``list``) does not load the journaled services or the
heavy libraries (a login unwraps the audit key without a cipher library); an archive with an
interrupted operation still recovers through any command
(the services load when the opening needs them); the parser built for one command is the same as
the full parser's for that command (the module naming rule of ``cli/__init__.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "password123"
HEAVY = ("PySide6", "lxml", "reportlab", "pypdf", "cryptography", "pygfried", "pycdlib", "PIL",
         "fitz", "pypdfium2", "openpyxl", "gmssl")
SERVICES = ("desktop_app.core.transfer.create", "desktop_app.core.intake.ingest",
            "desktop_app.core.archiving.step", "desktop_app.core.preserve.backup",
            "desktop_app.core.receipt.kept_copy")

MODULES_AFTER = """
import atexit, json, sys
atexit.register(lambda: sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n"))
from desktop_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")}
    env.update(extra)
    return env


def run_cli(args: list[str], **env: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    r = subprocess.run([sys.executable, "-c", MODULES_AFTER, *args], capture_output=True, text=True,
                       encoding="utf-8", cwd=ROOT, env=_env(**env), stdin=subprocess.DEVNULL, timeout=120)
    line = [s for s in r.stderr.splitlines() if s.startswith("MODULES ")][-1]
    return r, set(json.loads(line[len("MODULES "):]))


def _loaded(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


def test_version_imports_no_command_no_service_no_heavy_library():
    r, mods = run_cli(["--version"])
    assert r.returncode == 0 and r.stdout.startswith("ArchDesk "), r.stderr
    assert _loaded(mods, HEAVY) == []
    assert _loaded(mods, ("desktop_app.cli.commands", "desktop_app.core.catalog", "desktop_app.core.archive_handle",
                          "sqlite3", "subprocess")) == []
    # the whole of ArchDesk a --version loads: the CLI's entry, its output layer, the error types and
    # the deferred registration of the recovery handlers (no command listing: pkgutil → inspect)
    assert sorted(m for m in mods if m.startswith("desktop_app")) == [
        "desktop_app", "desktop_app.cli", "desktop_app.cli.console", "desktop_app.core", "desktop_app.core.errors",
        "desktop_app.core.handlers", "desktop_app.core.recovery"]
    assert not {"inspect", "pkgutil", "tokenize", "textwrap"} & mods


def test_short_command_loads_only_its_module_and_recovery_still_runs(tmp_path):
    arch = tmp_path / "arch"
    r, _ = run_cli(["--archive", str(arch), "init", "--fonds", "Z001", "--name", "测试县政务服务中心"],
                   ARCHDESK_PASSWORD=PASSWORD)
    assert r.returncode == 0, r.stderr
    creds = {"ARCHDESK_USER": "admin", "ARCHDESK_PASSWORD": PASSWORD}

    r, mods = run_cli(["--archive", str(arch), "--json", "list"], **creds)
    assert r.returncode == 0 and json.loads(r.stdout)["total"] == 0, r.stderr
    # a login unwraps the audit key and MACs its entries with HMAC-SM3 from hashlib: no cipher library
    assert _loaded(mods, HEAVY) == []
    assert _loaded(mods, SERVICES) == []
    assert sorted(m for m in mods if m.startswith("desktop_app.cli.commands.")) == ["desktop_app.cli.commands.list_"]
    r, mods = run_cli(["--archive", str(arch), "--json", "search", "许可"], **creds)
    assert r.returncode == 0 and json.loads(r.stdout)["total"] == 0, r.stderr
    assert _loaded(mods, HEAVY) == [] and _loaded(mods, SERVICES) == []
    assert sorted(m for m in mods if m.startswith("desktop_app.cli.commands.")) == ["desktop_app.cli.commands.search"]
    # a login and a search build no dataclass (entities they read are written out: entities/_frozen.py),
    # so dataclasses and what it loads (inspect, ast, dis, tokenize) stay out; nor the PDF text indexing,
    # the index's writing (nothing to index), the journal's queries (nothing running), the ciphers, the
    # progress protocol (no bar)
    assert not {"dataclasses", "inspect", "desktop_app.core.search_text", "desktop_app.core.hashing",
                "desktop_app.core.catalog.search_index_queries", "desktop_app.core.catalog.operation_queries",
                "desktop_app.core.crypto", "desktop_app.core.archive_init", "desktop_app.core.jobs"} & mods

    # An import interrupted by a kill: its journal row is running and its staging folder is on disk.
    staging = arch / "intake" / ".staging-killed"
    (staging / "电子文件").mkdir(parents=True)
    (staging / "电子文件" / "a.pdf").write_bytes(b"%PDF-1.4 partial")
    killed = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from desktop_app.core.catalog import Catalog
        cat = Catalog.open(Path({str(arch / "catalog.sqlite")!r}))
        cat.ops.begin("import", {{"items": [{{"staging": "intake/.staging-killed", "final": ""}}]}}, "admin")
        os._exit(9)
    """)
    k = subprocess.run([sys.executable, "-c", killed], cwd=ROOT, env=_env(), capture_output=True, text=True,
                       timeout=120)
    assert k.returncode == 9, k.stderr

    r, mods = run_cli(["--archive", str(arch), "--json", "list"], **creds)
    assert r.returncode == 0, r.stderr
    assert "desktop_app.core.intake.ingest" in mods          # loaded because the opening needed it
    assert not staging.exists()                              # the import handler rolled it back
    import sqlite3

    with sqlite3.connect(arch / "catalog.sqlite") as conn:
        states = [row[0] for row in conn.execute("SELECT state FROM operations WHERE kind='import'")]
    assert states == ["rolled_back"]

    # A receipt scratch folder left in .tmp: the at-open sweep must still see it.
    scratch = arch / ".tmp" / "receive-left-by-a-crash"
    scratch.mkdir(parents=True)
    r, mods = run_cli(["--archive", str(arch), "--json", "list"], **creds)
    assert r.returncode == 0, r.stderr
    assert "desktop_app.core.receipt.kept_copy" in mods
    assert not scratch.exists()


def test_parser_of_one_command_equals_the_full_parser():
    from desktop_app.cli import build_parser, command_modules

    full = build_parser()
    subs = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    assert len(subs.choices) >= 25
    for name, parser in subs.choices.items():
        alone = build_parser(["--json", name, "--help"])
        one = next(a for a in alone._actions if isinstance(a, argparse._SubParsersAction))
        assert list(one.choices) == [name], (name, list(one.choices))
        assert one.choices[name].format_help() == parser.format_help(), name
    every = {m for name in subs.choices for m in command_modules(name)}
    assert every == set(command_modules())                    # no module outside the naming rule
    bare = build_parser(["--version"])
    assert not next(a for a in bare._actions if isinstance(a, argparse._SubParsersAction)).choices


def test_receipt_scratch_prefix_known_to_the_lazy_start_up():
    from desktop_app.core.handlers import RECEIPT_SCRATCH_PREFIX
    from desktop_app.core.receipt.kept_copy import SCRATCH_PREFIX

    assert RECEIPT_SCRATCH_PREFIX == SCRATCH_PREFIX


def test_the_console_script_skips_the_exit_collection_and_still_finishes_everything(tmp_path, monkeypatch,
                                                                                     capsys):
    """Run as the console script (``main()`` reading sys.argv), a command freezes the objects it made
    before Python exits, so the exit's last full collection has nothing to walk (issue 20) — and
    everything the exit does still happens: the output is complete and the opening's session
    marker (removed by a weakref finalizer at exit) is gone.  Called with an argv (tests, ``python
    -m desktop_app``), nothing is frozen."""
    arch = tmp_path / "arch"
    r, _ = run_cli(["--archive", str(arch), "init", "--fonds", "Z001", "--name", "测试"], ARCHDESK_PASSWORD=PASSWORD)
    assert r.returncode == 0, r.stderr
    script = textwrap.dedent("""
        import atexit, gc, sys
        atexit.register(lambda: sys.stderr.write(f"FROZEN {gc.get_freeze_count()}\\n"))
        from desktop_app.cli import main
        sys.exit(main())
    """)
    creds = {"ARCHDESK_USER": "admin", "ARCHDESK_PASSWORD": PASSWORD}
    r = subprocess.run([sys.executable, "-c", script, "--archive", str(arch), "--json", "search", "许可"],
                       capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=_env(**creds),
                       stdin=subprocess.DEVNULL, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["total"] == 0
    assert int(r.stderr.split("FROZEN ")[1].split()[0]) > 0
    assert [p.name for p in (arch / ".tmp" / "sessions").glob("*.lock")] == []
    import gc

    from desktop_app.cli import main

    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", PASSWORD)
    before = gc.get_freeze_count()
    assert main(["--archive", str(arch), "--json", "search", "许可"]) == 0       # in-process, with an argv
    assert json.loads(capsys.readouterr().out)["total"] == 0
    assert gc.get_freeze_count() == before
