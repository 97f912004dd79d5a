"""The requirements the Windows stage installs into Windows CPython, and their win_amd64 wheels.

    python3 .ci/winreqs.py [pyproject.toml]              print them, one per line
    python3 .ci/winreqs.py --download DIR [pyproject.toml]  fetch their wheels into DIR (a cache)

The names and versions come from the project — never a copy here, so a changed pin (another
PySide6, PySide6-Addons for QtPdf) reaches the Windows stage too: the lock requirements/test-lock.txt
when there is one, else pyproject.toml's dependencies and ``test`` extra, each pinned to the version
installed in the Linux Python that just ran the suite, so both platforms test the same versions.  pip does not apply
``sys_platform == "win32"`` markers when downloading for another platform, so the Windows-only
dependencies of what we install (colorama for pytest, pefile and pywin32-ctypes for PyInstaller)
are named here.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

WINDOWS_ONLY = ["colorama", "pefile", "pywin32-ctypes"]
EXTRA = ["pyinstaller"]          # the frozen build (installer step)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked(lock: Path) -> list[str]:
    """``name==version`` of every package in a pip-compile lock (hashes dropped: the Windows stage
    may build a pure-Python wheel from an sdist, whose hash the lock cannot know)."""
    out = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        m = re.match(r"([A-Za-z0-9][A-Za-z0-9_.\-]*==[^\s;\\]+)\s*(;[^\\]*)?", line)
        if m and not (m.group(2) and "win32" not in m.group(2) and "nt" not in m.group(2)):
            out.append(m.group(1))
    return out


def requirements(pyproject: Path) -> list[str]:
    """The lock (requirements/test-lock.txt) when the project has one, else pyproject.toml's
    dependencies and test extra pinned to this Python's installed versions."""
    lock = pyproject.parent / "requirements" / "test-lock.txt"
    if lock.is_file():
        reqs = locked(lock)
        have = {_norm(r.split("==")[0]) for r in reqs}
        return reqs + [n for n in EXTRA + WINDOWS_ONLY if _norm(n) not in have]
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"]) + list(project.get("optional-dependencies", {}).get("test", []))
    out = []
    for req in reqs + EXTRA + WINDOWS_ONLY:
        if ";" in req and "win32" not in req.split(";", 1)[1]:
            continue             # a marker that excludes Windows
        name = re.match(r"[A-Za-z0-9_.\-]+", req.strip())
        assert name, req
        try:
            out.append(f"{name.group(0)}=={metadata.version(name.group(0))}")
        except metadata.PackageNotFoundError:
            out.append(req.split(";", 1)[0].strip())
    return out


PLATFORM = ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
            "--abi", "cp311", "--abi", "abi3", "--abi", "none", "--only-binary=:all:"]
# (download() adds --find-links DEST, so wheels built here on an earlier run count as available)


def pip(*args: str) -> bool:
    return subprocess.run([sys.executable, "-m", "pip", *args, "-q", "--disable-pip-version-check"]).returncode == 0


def download(reqs: list[str], dest: Path) -> list[str]:
    """Fetch win_amd64 wheels of ``reqs`` and their dependencies into ``dest`` (kept between runs:
    pip skips what is already there).  A pinned version without a Windows wheel falls back to a
    pure-Python wheel built here from its sdist (bagit 1.9.0 is an sdist only), else to the newest
    version with a wheel; returns the requirement lines to install."""
    dest.mkdir(parents=True, exist_ok=True)
    here = ["--find-links", str(dest)]
    if pip("download", *PLATFORM, *here, "-d", str(dest), *reqs):
        return reqs
    chosen = []
    for req in reqs:
        if pip("download", *PLATFORM, *here, "-d", str(dest), req):
            chosen.append(req)
            continue
        built = dest / "built"
        if pip("wheel", "--no-deps", "-w", str(built), req):
            wheels = [w for w in built.glob("*.whl") if w.name.endswith("-py3-none-any.whl")
                      or w.name.endswith("-py2.py3-none-any.whl")]
            if wheels:
                for w in wheels:
                    w.replace(dest / w.name)
                name = req.split("==")[0]
                pip("download", *PLATFORM, *here, "-d", str(dest), req) or \
                    print(f"winreqs: {name}: dependencies of the built wheel not fetched", file=sys.stderr)
                chosen.append(req)
                continue
        loose = req.split("==")[0]
        print(f"winreqs: no Windows wheel for {req}; taking {loose}", file=sys.stderr)
        if not pip("download", *PLATFORM, "-d", str(dest), loose):
            raise SystemExit(f"winreqs: cannot fetch a Windows wheel of {loose}")
        chosen.append(loose)
    return chosen


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--download"]:
        dest = Path(args[1])
        chosen = download(requirements(Path(args[2] if len(args) > 2 else "pyproject.toml")), dest)
        (dest / "requirements.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")
    else:
        print("\n".join(requirements(Path(args[0] if args else "pyproject.toml"))))
