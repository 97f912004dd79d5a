"""Issue 20: an opening sweeps intake/ and records/ for temporary files only when a process that
had the archive open ended without closing it (core/sessions.py) — a kill still leaves nothing
behind, and an ordinary opening does not walk every record folder.

A planted ``*.archdesk-tmp`` file stands for the temporary file of an atomic write: swept after a
kill -9 of a process that had the archive open, left alone while no process died (it could be
another live process's write in flight — and no walk looked for it)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.core import store
from desktop_app.core.archive_handle import Archive
from desktop_app.core.sessions import FOLDER, PENDING

PASSWORD = "password123"   # tests/conftest.py archive fixture
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def walks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders an opening sweeps from here on."""
    seen: list[Path] = []
    real = store.sweep_tmp_files

    def counting(root: Path) -> tuple[int, int]:
        seen.append(root)
        return real(root)

    monkeypatch.setattr(store, "sweep_tmp_files", counting)
    return seen


def _plant(root: Path) -> Path:
    folder = root / "records" / "Z001" / "2025" / "Y" / "Z001-ZW·2025-Y-000001"
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".Z001-ZW·2025-Y-000001.xml.1234abcd{store.TMP_SUFFIX}"
    tmp.write_bytes(b"<half a record")
    return tmp


def _open_and_die(root: Path, *, exit_code: int | None) -> None:
    """A child process opens the archive (logged in) and then is killed (``exit_code=None``:
    SIGKILL; on Windows os.kill is TerminateProcess, exit code 9) or exits normally with
    ``exit_code``."""
    end = "os.kill(os.getpid(), 9)" if exit_code is None else f"sys.exit({exit_code})"
    code = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from desktop_app.core.handlers import register
        from desktop_app.core.archive_handle import Archive
        register()
        arch = Archive.open(Path({str(root)!r}), user="admin", password={PASSWORD!r})
        arch.catalog.settings.get("archive.name", "")
        {end}
    """)
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                       env={k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")})
    killed = 9 if sys.platform == "win32" else -9
    assert r.returncode == (killed if exit_code is None else exit_code), r.stderr


def _markers(root: Path) -> list[str]:
    return sorted(p.name for p in (root / ".tmp" / FOLDER).iterdir())


def test_no_walk_when_no_process_died_and_a_sweep_after_a_kill(archive: Archive, walks: list[Path]) -> None:
    root = archive.root
    archive.close()
    tmp = _plant(root)

    # Processes that open the archive and end normally: nobody died, nothing is walked or removed.
    _open_and_die(root, exit_code=0)
    _open_and_die(root, exit_code=3)            # an exception's exit is still an orderly end
    a = Archive.open(root, user="admin", password=PASSWORD)
    assert walks == [] and tmp.exists()
    mine = _markers(root)
    assert len(mine) == 2                       # the fixture's opening and this one, both alive
    del a
    gc.collect()
    assert len(_markers(root)) == 1             # an Archive gone: its marker with it

    # A process killed while it had the archive open: the next opening sweeps, once.
    _open_and_die(root, exit_code=None)
    assert len(_markers(root)) == 2             # the fixture's and the dead one's
    b = Archive.open(root, user="admin", password=PASSWORD)
    assert walks == [root / "intake", root / "records"] and not tmp.exists()
    assert len(_markers(root)) == 2             # the dead one's removed, b's own added
    walks.clear()
    c = Archive.open(root, user="admin", password=PASSWORD)
    assert walks == []
    b.close()
    c.close()


def test_an_archive_without_the_folder_is_swept_once(tmp_path: Path, walks: list[Path]) -> None:
    """Made, restored or last opened by a version before this: whatever a crash left then goes."""
    # its own archive, not the fixture's (which keeps its object, so its session marker, alive:
    # Windows cannot delete the locked marker with the folder)
    archive = Archive.init(tmp_path / "archive", fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    walks.clear()                                # what the making swept
    root = archive.root
    archive.close()
    del archive
    gc.collect()
    import shutil

    shutil.rmtree(root / ".tmp" / FOLDER)
    tmp = _plant(root)
    a = Archive.open(root, user="admin", password=PASSWORD)
    assert walks == [root / "intake", root / "records"] and not tmp.exists()
    walks.clear()
    Archive.open(root, user="admin", password=PASSWORD).close()
    assert walks == []
    a.close()


def test_a_sweep_put_off_by_a_live_operation_happens_at_a_later_opening(archive: Archive, walks: list[Path]) -> None:
    root = archive.root
    # another process is running an operation: temporary files may be its own, in flight
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from desktop_app.core.handlers import register
        from desktop_app.core.archive_handle import Archive
        register()
        arch = Archive.open(Path({str(root)!r}), user="admin", password={PASSWORD!r})
        arch.catalog.ops.begin("import", {{"items": []}}, "admin")
        print("running", flush=True)
        time.sleep(120)
    """)
    live = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            env={k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")})
    try:
        assert live.stdout is not None and live.stdout.readline().strip() == "running"
        _open_and_die(root, exit_code=None)      # and a process that had the archive open was killed
        tmp = _plant(root)
        b = Archive.open(root, user="admin", password=PASSWORD)
        assert walks == [] and tmp.exists()          # put off while the operation lives
    finally:
        live.kill()
        live.wait(timeout=60)
        if live.stdout is not None:
            live.stdout.close()
    c = Archive.open(root, user="admin", password=PASSWORD)   # its operation is rolled back, and the sweep done
    assert walks == [root / "intake", root / "records"] and not tmp.exists()
    assert PENDING not in _markers(root) and c.catalog.ops.count("running") == 0
    b.close()
    c.close()
