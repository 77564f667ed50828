"""The mixed query set used for latency figures (same queries for every engine)."""

from __future__ import annotations

from reader.core.search.api import SearchOptions

# (kind, query, options)
QUERIES: list[tuple[str, str, SearchOptions]] = []
_SINGLE = ["中国", "疫苗", "拜登", "香港", "台湾", "经济", "选举", "习近平", "新冠", "俄罗斯",
           "美國", "民主", "Trump", "China", "病毒", "抗议", "北京", "贸易", "人权", "日本"]  # fmt: skip
_AND = ["王毅 布林肯", "疫苗 辉瑞", "香港 国安法", "拜登 就职", "特朗普 推特", "新冠 武汉",
        "台湾 军售", "欧盟 中国", "伊朗 核", "美国 制裁"]  # fmt: skip
_PHRASE = ['"美国总统"', '"国务卿蓬佩奥"', '"新冠肺炎疫情"', '"人民币汇率"', '"Hong Kong"',
           '"香港国安法"', '"中美关系"', '"世界卫生组织"', '"联合国安理会"', '"the pandemic"']  # fmt: skip
_PREFIX = ["pandem", "vacc", "democr", "econom", "presid"]
for q in _SINGLE:
    QUERIES.append(("single", q, SearchOptions()))
for q in _AND:
    QUERIES.append(("and", q, SearchOptions()))
for q in _PHRASE:
    QUERIES.append(("phrase", q, SearchOptions()))
for q in _PREFIX:
    QUERIES.append(("prefix", q, SearchOptions()))
for q in ["疫苗 source:联合早报", "拜登 source:美国之音", "选举 date:2020-12", "香港 date:2020-12-01..2021-01-15",
          "新冠 source:BBC"]:  # fmt: skip
    QUERIES.append(("filtered", q, SearchOptions()))
for q in ["中国", "疫苗", "美国 大选", '"中美关系"', "Trump"]:
    QUERIES.append(("by-date", q, SearchOptions(sort="date")))
