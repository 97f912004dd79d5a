"""Fake but well-formed applicants: names, 身份证号 (with check digit), phones, addresses,
companies with 统一社会信用代码 (GB 32100 check digits).  Everything comes from a seeded
``random.Random`` so the same seed gives the same people."""

from __future__ import annotations

import random
from dataclasses import dataclass

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
         "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "文杰", "丽华", "国庆",
         "春梅", "雪梅", "俊杰", "子涵", "欣怡", "浩然", "思远", "雨萱", "宇轩", "梓萱", "一诺", "佳怡",
         "建国", "淑珍", "玉兰", "金凤", "永福", "丽萍", "振华", "美玲", "榕生", "闽娟", "清泉", "秋菊")
NATIONS = ("汉", "汉", "汉", "汉", "汉", "汉", "畲", "回", "满", "苗")
DISTRICTS = (("350102", "鼓楼区"), ("350103", "台江区"), ("350104", "仓山区"), ("350105", "马尾区"),
             ("350111", "晋安区"), ("350112", "长乐区"), ("350121", "闽侯县"), ("350122", "连江县"))
STREETS = ("五四路", "东街", "杨桥中路", "工业路", "湖东路", "六一北路", "华林路", "白马路", "江滨中大道",
           "福飞路", "三坊七巷南后街", "金山大道", "首山路", "浦上大道", "连江中路", "福马路", "洪山园路",
           "温泉支路", "北环中路", "化工路", "二环路", "乌山路", "林森路", "台江路", "学府南路")
ESTATES = ("融侨锦江", "金域榕郡", "阳光城", "世茂外滩", "万科金域", "正荣润城", "华润橡树湾", "泰禾红峪",
           "融信双杭城", "建发央著", "中海寰宇天下", "福晟钱隆", "三盛璞悦", "保利天悦")
BRANDS = ("闽榕", "鑫隆", "海峡", "恒盛", "嘉禾", "瑞丰", "华鼎", "永安", "榕城", "晨曦", "佳和", "盛世",
          "东方", "新华", "鸿运", "天成", "金桥", "博远", "福兴", "安泰", "丰源", "宏图", "中闽", "聚福")
TRADES = (("建筑工程", "有限公司"), ("建设发展", "有限公司"), ("商贸", "有限公司"), ("餐饮管理", "有限公司"),
          ("食品", "有限责任公司"), ("网络科技", "有限公司"), ("酒店管理", "有限公司"), ("物业服务", "有限公司"),
          ("电子商务", "有限公司"), ("装饰工程", "有限公司"), ("文化传媒", "有限公司"), ("健身服务", "有限公司"))
SHOPS = ("小吃店", "便利店", "五金店", "理发店", "水果店", "茶叶店", "服装店", "早餐店", "家电维修部", "打印店")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check_digit(first17: str) -> str:
    """GB 11643 check character of an 18-digit 公民身份号码."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def valid_id_number(idn: str) -> bool:
    return len(idn) == 18 and idn[:17].isdigit() and id_check_digit(idn[:17]) == idn[17]


def uscc_check(first17: str) -> str:
    """GB 32100 check character of a 统一社会信用代码."""
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return _USCC_CHARS[(31 - total % 31) % 31]


def valid_uscc(code: str) -> bool:
    return len(code) == 18 and all(c in _USCC_CHARS for c in code) and uscc_check(code[:17]) == code[17]


def _org_code(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    c = 11 - sum(_USCC_CHARS.index(ch) * w for ch, w in zip(body, _ORG_WEIGHTS)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    sex: str
    nation: str
    birth: str       # YYYYMMDD
    id_number: str
    phone: str
    address: str
    district_code: str


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    social_code: str
    address: str
    legal_man: Person


def person(rng: random.Random, min_year: int = 1950, max_year: int = 2002) -> Person:
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    dcode, dname = rng.choice(DISTRICTS)
    y, m, d = rng.randint(min_year, max_year), rng.randint(1, 12), rng.randint(1, 28)
    birth = f"{y:04d}{m:02d}{d:02d}"
    seq = rng.randint(0, 99) * 10 + rng.randint(0, 9)
    male = seq % 2 == 1
    first17 = f"{dcode}{birth}{seq:03d}"
    phone = rng.choice(("13", "15", "18", "17", "19")) + str(rng.randint(0, 9)) + f"{rng.randint(0, 99999999):08d}"
    address = f"福建省福州市{dname}{rng.choice(STREETS)}{rng.randint(1, 399)}号"
    if rng.random() < 0.7:
        address += f"{rng.choice(ESTATES)}{rng.randint(1, 30)}座{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
    return Person(name, "男" if male else "女", rng.choice(NATIONS), birth,
                  first17 + id_check_digit(first17), phone, address, dcode)


def company(rng: random.Random) -> Company:
    dcode, dname = rng.choice(DISTRICTS)
    trade, form = rng.choice(TRADES)
    name = f"福州{rng.choice(BRANDS)}{rng.choice(BRANDS)[0]}{trade}{form}"
    first17 = "91" + dcode + _org_code(rng)
    addr = f"福建省福州市{dname}{rng.choice(STREETS)}{rng.randint(1, 399)}号{rng.randint(1, 28)}层"
    return Company(name, first17 + uscc_check(first17), addr, person(rng, 1960, 1995))


def shop_name(rng: random.Random, owner: Person) -> str:
    return f"福州市{owner.address[6:9]}{owner.name}{rng.choice(SHOPS)}"
