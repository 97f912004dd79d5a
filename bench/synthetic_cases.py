"""Synthetic case rows inserted in bulk — for GUI scale tests and benchmarks only.

Real cases arrive through the import service (files stored and hashed, events, audit).  These
rows have no files: they exist to measure list/filter/sort speed on a catalog of realistic size.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from desktop_app.core.catalog._util import dumps, now

if TYPE_CHECKING:
    from desktop_app.core.catalog.db import Catalog

TASKS = ("建筑工程施工许可证核发", "企业设立登记", "城乡居民最低生活保障审批", "不动产登记",
         "个体工商户登记", "食品经营许可", "药品零售许可", "道路运输经营许可")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
STATUSES = ("imported", "classified", "checked", "archived", "transferred", "returned")


def insert_synthetic_cases(cat: Catalog, n: int, *, seed: int = 1, prefix: str = "SYN",
                           chunk: int = 20_000) -> int:
    """Insert ``n`` file-less case rows; returns how many were inserted."""
    rng = random.Random(seed)
    ts = now()
    sql = ("INSERT INTO cases(electronic_record_code, project_id, task_code, task_name, project_name,"
           " apply_name, receive_time, transact_time, year, status, store_path, metadata, imported_at,"
           " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    done = 0
    while done < n:
        rows = []
        for i in range(done, min(n, done + chunk)):
            task = TASKS[rng.randrange(len(TASKS))]
            name = SURNAMES[rng.randrange(len(SURNAMES))] + GIVEN[rng.randrange(len(GIVEN))] + \
                GIVEN[rng.randrange(len(GIVEN))]
            year = 2015 + rng.randrange(10)
            day = f"{year}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
            erc = f"{prefix}-{i:08d}"
            fields = {"electronic_record_code": erc, "project_id": f"{prefix}P{i:08d}", "task_name": task,
                      "apply_name": name, "transact_time": f"{day} 10:00:00"}
            rows.append((erc, fields["project_id"], f"T{TASKS.index(task):03d}", task, f"{name}{task}",
                         name, f"{day} 09:00:00", fields["transact_time"], year,
                         STATUSES[rng.randrange(len(STATUSES))], f"intake/synthetic/{i}", dumps(fields), ts, ts))
        with cat.write() as conn:
            conn.executemany(sql, rows)
        done += len(rows)
    return done
