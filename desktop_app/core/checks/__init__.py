"""四性检测 (DA/T 70-2018): the check engine every stage uses.

Service functions live in :mod:`.service` (``run_checks``, ``record_manual``, ``override``,
``gate``); item definitions are data (``resources/checks/items.json``); schemes are data too
(``resources/checks/default_scheme.json`` overridden per archive by the setting
``checks.scheme``).
"""

STAGES = ("archiving", "transfer", "receipt", "preservation")
STAGE_LABELS = {"archiving": "归档", "transfer": "移交", "receipt": "接收", "preservation": "长期保存"}
PROPERTIES = ("真实性", "完整性", "可用性", "安全性")
RESULT_LABELS = {"pass": "通过", "fail": "不通过", "na": "不适用", "manual": "待人工"}
