"""Make the bytes of each material of a demo case (PDF forms and letters, JPEG scans, B0 XML)."""

from __future__ import annotations

import re

from . import catalogue as cat
from . import content, scans
from .cases import Case, FileEntry
from .xmlout import flow_xml

_PAGE_RE = re.compile(rb"/Type /Page[^s]")


def pdf_pages(data: bytes) -> int:
    return max(1, len(_PAGE_RE.findall(data)))


def _cn_date(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def _form_rows(case: Case) -> list[tuple[str, str]]:
    p, c = case.applicant_person, case.company
    rows = [("事项名称", case.task.name), ("申请人", case.apply_name)]
    if c is not None:
        rows += [("统一社会信用代码", c.social_code), ("住所", c.address),
                 ("法定代表人", c.legal_man.name), ("法定代表人身份证号", c.legal_man.id_number)]
    else:
        rows += [("性别", p.sex), ("公民身份号码", p.id_number), ("住址", p.address)]
    rows += [("联系电话", p.phone), ("申请事项内容", case.project_name),
             ("申请日期", _cn_date(case.process[0].time.strftime("%Y-%m-%d")))]
    name = case.task.name
    if "施工许可" in name:
        rows.insert(4, ("工程名称", f"{p.address[6:9]}{c.name[2:6] if c else ''}综合楼项目"))
        rows.insert(5, ("建筑面积", f"{(case.rng_state % 40000) + 2000} 平方米"))
    elif "最低生活保障" in name:
        rows.insert(4, ("家庭人口", f"{case.rng_state % 5 + 1} 人"))
        rows.insert(5, ("家庭月收入", f"{case.rng_state % 900 + 200} 元"))
    elif "不动产" in name:
        rows.insert(4, ("不动产坐落", p.address))
        rows.insert(5, ("面积", f"{case.rng_state % 120 + 45}.{case.rng_state % 100:02d} 平方米"))
    return rows


def _documents(case: Case, fe: FileEntry) -> list[str]:
    name, who, t = fe.material.name, case.apply_name, case.task
    p = case.applicant_person
    common = [f"本文件由{who}提交，用于办理“{t.name}”事项，办件编号{case.project_id}。",
              f"申请人承诺所提交材料真实、合法、有效，如有虚假，愿承担相应法律责任。联系人：{p.name}，"
              f"联系电话：{p.phone}。"]
    if "章程" in name:
        body = [f"第一条 为规范{who}的组织和行为，根据《中华人民共和国公司法》制定本章程。",
                f"第二条 公司住所：{case.company.address if case.company else p.address}。",
                f"第三条 公司注册资本为人民币{case.rng_state % 900 + 100}万元，由股东以货币方式出资。",
                "第四条 公司设执行董事一名，由股东决定产生，执行董事为公司法定代表人。",
                "第五条 公司设监事一名，任期三年，任期届满可连选连任。"]
    elif "合同" in name:
        body = [f"甲方：{who}。乙方：{p.name}。双方经平等协商，就相关事项订立本合同。",
                f"第一条 标的物位于{p.address}，价款为人民币{case.rng_state % 300 + 50}万元整。",
                "第二条 双方应按约定履行各自义务，任何一方违约的，应承担违约责任。",
                "第三条 本合同一式四份，双方各执一份，其余报有关部门备案，自双方签字之日起生效。"]
    elif "授权书" in name:
        body = [f"本人{p.name}（公民身份号码{p.id_number}）及共同生活的家庭成员，授权{t.department}"
                "查询、核对本家庭的收入、财产等经济状况信息。",
                "被授权单位应对查询所获信息保密，仅用于最低生活保障审核确认。"]
    else:
        body = [f"{name}：经核查，{who}提交的{name}内容如实反映相关情况。",
                f"坐落/住所：{p.address}。", "特此证明。"]
    return body + common


def render(case: Case, fe: FileEntry) -> bytes:
    """The content bytes of one material (does not set ``fe.data``)."""
    m, t = fe.material, case.task
    p = case.applicant_person
    date_cn = _cn_date(fe.date)
    v = case.rng_state + len(fe.path)
    if m.kind == cat.FLOW:
        return flow_xml(case)
    if m.kind == cat.SCAN:
        if "身份" in m.name:
            birth_year = int(p.birth[:4])
            start = case.receive.year - (case.rng_state % 9)
            return scans.id_card_scan(p.name, p.sex, p.nation, p.birth, p.address, p.id_number,
                                      f"福州市公安局{p.address[6:9]}分局", f"{start}.03.15-{start + 20}.03.15"
                                      if birth_year < 1990 else f"{start}.03.15-{start + 10}.03.15", v)
        lines = [f"{label}：{value}" for label, value in _form_rows(case)[1:7]]
        org = {"建设工程规划许可证": "福州市自然资源和规划局", "完税证明": "国家税务总局福州市税务局",
               "户口簿": f"福州市公安局{p.address[6:9]}分局"}.get(m.name, "")
        return scans.document_scan(m.name, lines, org=org, footer=date_cn, variant=v)
    if m.kind == cat.FORM:
        note = "申请人声明：本人（单位）对所填写内容及提交材料的真实性负责。"
        return content.form_pdf(fe.title if m.folder != cat.APPLY else m.name, _form_rows(case),
                                author=fe.responsible, note=note, signer=p.name, date=date_cn)
    if m.kind == cat.DOCUMENT:
        return content.letter_pdf(m.name, _documents(case, fe), author=fe.responsible, org=case.apply_name,
                                  date=date_cn, with_seal=case.company is not None)
    if m.kind == cat.RECEIPT:
        got = "；".join(f.material.name for f in case.files if f.material.folder == cat.APPLY)
        rows = [("办件编号", case.project_id), ("事项名称", t.name), ("申请人", case.apply_name),
                ("联系电话", p.phone), ("收件时间", case.process[0].time.strftime("%Y-%m-%d %H:%M")),
                ("收取材料", got), ("承诺办结时限", f"{t.promise_days} 个工作日"),
                ("收件人", case.process[0].operator), ("查询方式", "闽政通 APP / 12345 政务服务热线")]
        return content.form_pdf("收件凭证", rows, author=cat.CENTRE, signer=case.process[0].operator,
                                date=date_cn, org=cat.CENTRE, sign_label="收件单位（盖章）  经办人")
    if m.kind == cat.NOTICE:
        if m.code == "B4":
            paras = [f"你（单位）于{_cn_date(case.receive.strftime('%Y-%m-%d'))}提出的{t.name}申请，"
                     f"因{fe.title[len(m.name) + 1:-1]}，根据《中华人民共和国行政许可法》第三十二条规定，"
                     "决定不予受理。", "如不服本决定，可在收到本通知书之日起六十日内申请行政复议，"
                     "或在六个月内向人民法院提起行政诉讼。"]
        elif m.code == "B3":
            paras = [f"你（单位）提出的{t.name}申请，申请材料不齐全或不符合法定形式，请补正以下材料："
                     f"{case.process[1].opinion if len(case.process) > 1 else '相关材料'}。",
                     "补正材料齐全后，本机关将予以受理。"]
        else:
            paras = [f"你（单位）于{date_cn}提出的{t.name}申请（办件编号{case.project_id}），"
                     "申请材料齐全，符合法定形式，根据《中华人民共和国行政许可法》第三十二条规定，决定予以受理。",
                     f"本机关将在{t.promise_days}个工作日内作出决定。"]
        return content.letter_pdf(m.name, paras, author=t.department, org=t.department, date=date_cn,
                                  doc_number=fe.doc_number, addressee=case.apply_name)
    if m.kind == cat.DECISION:
        paras = [f"你（单位）于{_cn_date(case.receive.strftime('%Y-%m-%d'))}提出的{t.name}申请"
                 f"（受理编号{case.accept_num}），经审查，符合法定条件、标准。",
                 f"根据有关法律法规规定，本机关决定{case.result}。" +
                 (f"证照编号：{case.result_code}。" if case.result_code else ""),
                 "如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或在六个月内向人民法院提起行政诉讼。"]
        return content.letter_pdf(m.name, paras, author=t.department, org=t.department, date=date_cn,
                                  doc_number=fe.doc_number, addressee=case.apply_name, heading=t.department)
    if m.kind == cat.LICENCE:
        assert fe.licence is not None
        ltype, number, issuer = fe.licence
        rows = [("名称" if case.company else "姓名", case.apply_name),
                ("统一社会信用代码" if case.company else "公民身份号码",
                 case.company.social_code if case.company else p.id_number),
                ("住所", case.company.address if case.company else p.address),
                ("法定代表人" if case.company else "经营者", p.name),
                ("事项", case.project_name), ("有效期", f"{fe.date} 至 {int(fe.date[:4]) + 5}{fe.date[4:]}")]
        return content.licence_pdf(ltype, number, rows, issuer=issuer, date=date_cn, pattern_seed=v)
    raise ValueError(f"unknown material kind {m.kind}")
