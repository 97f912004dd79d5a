"""Daily check, second half: the archived case folders themselves.

The digest pass (fixity.run_fixity) proves every catalogued file is intact; this pass proves the
folder holds nothing else, is the folder of the catalog's 档号, and that ``<档号>.xml`` (the archival
record, which rebuild and receipt trust) exists, names that 档号 and lists the catalog's digests.
So an added file, an edited record or a 档号 changed in the catalog behind ArchDesk's back is named.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ..digest import digest_file
from ..errors import ArchDeskError
from ..model import Status
from .fixity_problem import FixityProblem

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from ..entities.preserve import StoredFile

# the statuses whose folders stay in records/ (a transferred case's until it is destroyed)
KEPT = (Status.ARCHIVED.value, Status.TRANSFERRED.value)
RECORD = "record"     # the archival record is missing, invalid, or disagrees with the catalog
EXTRA = "extra"       # a file in a case folder that the catalog does not know
METADATA_NAME = "基本信息元数据.xml"   # the package metadata, kept beside the record by older layouts


def folder_problems(archive: Archive, comps: list[StoredFile]) -> list[FixityProblem]:
    from ..archiving.corrections import record_versions
    from ..metadata.case_record import read_record

    by_case: dict[int, list[StoredFile]] = {}
    for c in comps:
        if c.status in KEPT and c.archival_code:
            by_case.setdefault(c.case_id, []).append(c)
    out: list[FixityProblem] = []
    for cid, cs in by_case.items():
        code = str(cs[0].archival_code)
        case = archive.catalog.cases.get(cid)
        if case is None or not case.store_path:
            continue
        folder_rel = str(case.store_path)
        folder = archive.root / folder_rel
        xml_rel = f"{folder_rel}/{code}.xml"

        def problem(kind: str, path: str, detail: str, cid: int = cid, code: str = code) -> None:
            out.append(FixityProblem(path=path, kind=kind, detail=detail, case_id=cid, component_id=0,
                                     archival_code=code))
        if PurePosixPath(folder_rel).name != code:
            problem(RECORD, folder_rel, f"目录中的档号 {code} 与存放文件夹名 {PurePosixPath(folder_rel).name} 不符")
        versions = record_versions(folder, code)          # <档号>.xml, then <档号>.vN.xml corrections
        xml = versions[-1][1] if versions else folder / f"{code}.xml"
        xml_rel = f"{folder_rel}/{xml.name}"
        try:
            rec = read_record(xml.read_bytes())
        except OSError:
            problem(RECORD, xml_rel, f"缺少档案元数据记录 {code}.xml")
            rec = None
        except ArchDeskError:
            # not a valid case record: left to receive / rebuild, which refuse it by name (archives made
            # by older versions and by the test helpers carry such placeholder records)
            rec = None
        if rec is not None:
            if rec["archival_code"] != code:
                problem(RECORD, xml_rel, f"档案元数据记录中的档号 {rec['archival_code']} 与目录中的 {code} 不符")
            listed = Counter(c.get("sm3", "") for d in rec["documents"] for c in d["components"])
            if listed != Counter(c.sm3 for c in cs):
                problem(RECORD, xml_rel, f"档案元数据记录 {code}.xml 所列文件摘要与目录不一致（记录被改动？）")
        for rf in archive.catalog.cases.record_files(cid):   # every record version, as written
            path = folder / rf.name
            rel = f"{folder_rel}/{rf.name}"
            if not path.is_file():
                problem(RECORD, rel, f"缺少档案元数据记录 {rf.name}")
            elif digest_file(path).sm3 != rf.sm3:
                problem(RECORD, rel, f"档案元数据记录 {rf.name} 已被改动（摘要与归档时记录的不符）")
        known = {archive.root / c.store_path for c in cs} | {p for _, p in versions} | {xml, folder / METADATA_NAME}
        known |= {folder / rf.name for rf in archive.catalog.cases.record_files(cid)}   # incl. 来源/ originals
        if folder.is_dir():
            for p in sorted(folder.rglob("*")):
                if p.is_file() and p not in known:
                    problem(EXTRA, Path(p).relative_to(archive.root).as_posix(),
                            "存放文件夹中有目录未登记的文件（被添加或改名？）")
    return out
