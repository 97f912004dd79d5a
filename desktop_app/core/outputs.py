"""The one check for a file or folder the user names as an output (registers, exports, reports,
return notes, transfer carriers, backups, migration targets).

Nothing ArchDesk writes on a user's word may land inside the archive folder: ``catalog.sqlite``,
an original under ``records/`` or ``audit/audit.log`` would be replaced by a register or an export.
:func:`output_target` refuses such a target (and one named like a Windows device) with a Chinese
message before anything is written.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .errors import UsageError
from .pathpart import problem
from .winpaths import strip_long_prefix


def _real(path: str | os.PathLike[str]) -> Path:
    """``path`` absolute with links and ``..`` resolved; resolved through the long (``\\\\?\\``) form on
    Windows, so that a target folder past MAX_PATH is looked at where it really is."""
    from . import store

    plain = strip_long_prefix(os.path.abspath(os.path.expanduser(os.fspath(path))))
    return Path(strip_long_prefix(os.path.realpath(store.fs_path(plain))))


def inside(target: str | os.PathLike[str], root: str | os.PathLike[str]) -> bool:
    """True when ``target`` is ``root`` or below it, after resolving links and ``..``."""
    t, r = _real(target), _real(root)
    return t == r or r in t.parents


def output_target(archive: Any, path: str | os.PathLike[str], what: str = "输出文件", *,
                  folder: bool = False, contains_ok: bool = True) -> Path:
    """``path`` (resolved) if ArchDesk may write ``what`` there; else :class:`UsageError`.

    ``archive`` is an :class:`~desktop_app.core.archive_handle.Archive` or its root folder.  Refused: the
    archive folder itself or anything inside it; a target whose name is a Windows device name or
    otherwise no file name; an existing folder where a file is expected (``folder=False``); with
    ``contains_ok=False`` also a folder that contains the archive (a migration target)."""
    root = Path(archive) if isinstance(archive, (str, os.PathLike)) else Path(archive.root)
    raw = os.fspath(path)
    if not raw.strip():
        raise UsageError(f"没有指定{what}的位置。", code="output_target")
    spelled = problem(Path(raw).name) if Path(raw).name else None
    if spelled is not None:         # before resolving: Windows resolves CON.csv to the device \\.\CON
        raise UsageError(f"{what}的名称“{Path(raw).name}”不能使用：{spelled}。", code="output_target", path=raw)
    target = _real(raw)
    if inside(target, root):
        raise UsageError(f"{what}不能写在档案库文件夹之内（会覆盖档案库自身的文件）：{raw}。"
                         "请选择档案库以外的位置。", code="output_in_archive", path=raw, archive=str(root))
    if not contains_ok and _real(root) != target and target in _real(root).parents:
        raise UsageError(f"{what}不能是包含档案库的文件夹：{raw}。", code="output_in_archive", path=raw)
    why = problem(target.name)
    if why is not None:
        raise UsageError(f"{what}的名称“{target.name}”不能使用：{why}。", code="output_target", path=raw)
    if not folder and target.is_dir():
        raise UsageError(f"{what}应为文件，但 {raw} 是一个文件夹。", code="output_target", path=raw)
    return target
