"""Offline transfer: BagIt bags, coreutils checksum carriers, verification.

Public entry points: :func:`verify_path` (bag or carrier), :func:`verify_bag`, :func:`write_bag`,
:func:`write_sums`, :func:`verify_sums`; results are :class:`VerifyReport` of :class:`Problem`.
"""

from __future__ import annotations

from .bagit import verify_bag, write_bag
from .problems import NotVerifiable, Problem, SumsFormatError, TransferFormatError, VerifyReport
from .sums import parse_sums, verify_sums, write_sums
from .verify import register_carrier_check, verify_path

__all__ = ["NotVerifiable", "Problem", "SumsFormatError", "TransferFormatError", "VerifyReport",
           "parse_sums", "register_carrier_check", "verify_bag", "verify_path", "verify_sums",
           "write_bag", "write_sums"]
