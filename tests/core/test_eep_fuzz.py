"""EEP packages arrive from outside (carriers): hostile or mangled ones give typed errors only."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import ArchDeskError
from desktop_app.core.transfer.eep import NS, validate_eep, verify_eep_signature

SAMPLE = (f"<?xml version='1.0' encoding='UTF-8'?><电子文件封装包 xmlns='{NS}'><封装包格式描述>x</封装包格式描述>"
          "<版本>2009</版本><被签名对象 eep版本='2009'><封装包类型>原始型</封装包类型></被签名对象>"
          "<电子签名块><电子签名><证书块>-----BEGIN PUBLIC KEY-----</证书块><签名结果>@@</签名结果></电子签名>"
          "</电子签名块></电子文件封装包>").encode()
BOMB = b"""<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><a>&b;</a>"""


def _typed_only(fn, data: bytes) -> None:  # type: ignore[no-untyped-def]
    try:
        fn(data)
    except ArchDeskError as exc:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in exc.message)


@pytest.mark.parametrize("fn", [validate_eep, verify_eep_signature])
def test_entities_refused_and_bad_signature_is_false(fn):
    with pytest.raises(ArchDeskError) as ei:
        fn(BOMB)
    assert ei.value.code == "xml_forbidden"
    if fn is verify_eep_signature:
        assert fn(SAMPLE) is False
    else:
        assert fn(SAMPLE)       # structure problems are listed, not raised


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.binary(max_size=300),
                 st.builds(lambda cut, junk: SAMPLE[:cut] + junk, st.integers(0, len(SAMPLE)), st.binary(max_size=20))))
def test_mangled_eep_gives_typed_errors_only(data):
    _typed_only(validate_eep, data)
    _typed_only(verify_eep_signature, data)
