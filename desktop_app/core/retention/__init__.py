"""Retention schedules (归档范围和档案保管期限表), classification and 档号 allocation.

``required_materials(archive, case_id)`` is called by check GD-2-9 (keep its name and path).
"""

from ..entities.retention import RetentionEntry
from .matching import Proposal, entry_matches, propose
from .numbering import (
                        CodeRule,
                        assign_numbers,
                        format_code,
                        group_of,
                        parse_code,
                        plan_numbers,
                        release_number,
                        renumber_group,
                        rule_from_settings,
)
from .service import (
                        ClassifyChange,
                        ClassifyReport,
                        Placement,
                        activate_table,
                        classify_cases,
                        entries_of,
                        export_table,
                        import_default_table,
                        import_table,
                        missing_materials,
                        override_classification,
                        override_classifications,
                        required_materials,
                        save_table_version,
)
from .table import COLUMNS, map_retention, read_table_file

__all__ = ["COLUMNS", "ClassifyChange", "ClassifyReport", "CodeRule", "Placement", "Proposal", "RetentionEntry", "activate_table",
           "assign_numbers", "classify_cases", "entries_of", "entry_matches", "export_table", "format_code",
           "group_of", "import_default_table", "import_table", "map_retention", "missing_materials",
           "override_classification", "override_classifications", "parse_code", "plan_numbers", "propose", "read_table_file",
           "release_number", "renumber_group", "required_materials", "rule_from_settings",
           "save_table_version"]
