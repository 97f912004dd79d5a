"""Formats by content: PRONOM identification (pygfried, offline) and validators.

``identify(path) -> FormatInfo`` never trusts the file name; ``validate(path, info) ->
Validation`` opens the file with the right validator and reports facts plus an honest list of
what was and was not verified.
"""

from .identify import FormatInfo, identify, identify_many
from .validate import engine, validate
from .validation import Validation

__all__ = ["FormatInfo", "Validation", "engine", "identify", "identify_many", "validate"]
