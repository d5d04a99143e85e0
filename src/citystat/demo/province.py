"""山西省 and its other ten cities beside 忻州: published figures only, each with its source.

Nothing here is estimated: a figure that could not be found in a public source is simply
absent (see ``MISSING``), and the pages then say how many cities have published instead of
ranking. Mirror sites are among the sources: such figures are "published, unverified".
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from citystat.indicators.models import Indicator
from citystat.regions.actions import upsert_comparison_figure, upsert_comparison_region

PROVINCE = ("140000", "山西省")
# The eleven cities of Shanxi (GB/T 2260); 忻州 is the platform's own city.
CITIES: tuple[tuple[str, str], ...] = (
    ("140100", "太原市"),
    ("140200", "大同市"),
    ("140300", "阳泉市"),
    ("140400", "长治市"),
    ("140500", "晋城市"),
    ("140600", "朔州市"),
    ("140700", "晋中市"),
    ("140800", "运城市"),
    ("140900", "忻州市"),
    ("141000", "临汾市"),
    ("141100", "吕梁市"),
)


class Source(NamedTuple):
    title: str
    url: str
    published: str


SX_2022 = Source(
    "山西省统计局、国家统计局山西调查总队:全省2022年统计公报(转载)",
    "https://api.weihengag.com/home/article/detail/id/19755.html",
    "2023-03",
)
SX_2022_NEWS = Source(
    "新华网山西频道《全省地区生产总值去年首破2.5万亿》(2022年统计公报发布)",
    "http://sx.news.cn/2023-03/27/c_1129467009.htm",
    "2023-03-27",
)
SX_2023Q3 = Source(
    "山西省统计局、国家统计局山西调查总队 前三季度全省经济运行情况(新华网报道,转载)",
    "http://zixun.shlzdq.top/zixun/56809.html",
    "2023-10-24",
)
SX_2023 = Source(
    "新华社太原2月5日电:山西省统计局发布2023年全省经济数据(日文版)",
    "https://jp.news.cn/20240205/4da8f93ef1ce4e5189eefe96e62d7cd3/c.html",
    "2024-02-05",
)
SX_2023_INCOME = Source(
    "国家统计局山西调查总队 居民收支调查处《2023年山西城乡居民收支情况》",
    "http://sxzd.stats.gov.cn/sjfbyjd/sjfb/202402/t20240222_216095.html",
    "2024-02-22",
)
DT_2022 = Source(
    "大同市统计局:全市2022年统计公报(转载)",
    "https://bbthy.net/kb/5606.html",
    "2024-05-10",
)
SX_2023M5 = Source(
    "山西省人民政府网(长治站英文频道)《Shanxi maintains stable economic recovery in Jan-May》"
    "(据山西省统计局1-5月经济运行数据)",
    "http://changzhi.eshanxi.gov.cn/news_71571/202307/t20230704_8863798.shtml",
    "2023-06-28",
)
SX_2023H1 = Source(
    "中国日报网《Shanxi sees 4.7% GDP growth in H1》(据山西省统计局上半年经济运行数据)",
    "https://govt.chinadaily.com.cn/s/202307/24/WS64fed25b498ed2d7b7e9aaf7/"
    "shanxi-sees-4-7-gdp-growth-in-h1.html",
    "2023-07-24",
)
TY_2023H1 = Source(
    "中国日报网山西频道 太原市2023年上半年经济运行报道(英文,据太原市统计局数据)",
    "http://subsites.chinadaily.com.cn/shanxi/taiyuan/2023-08/03/c_908372.htm",
    "2023-08-03",
)
SX_CITIES_2022 = Source(
    "2022年山西各城市GDP排行榜(据地区生产总值统一核算结果,转载)",
    "http://m.www.hbzqbyyxgs.com/news/657105.html",
    "",
)


class Figure(NamedTuple):
    region: str
    indicator: str
    year: int
    month: int  # 9 = 前三季度, 12 = 全年
    value: str | None
    growth: str | None
    source: Source


FIGURES: tuple[Figure, ...] = (
    Figure("140000", "gdp", 2022, 12, "25642.59", "4.4", SX_2022),
    Figure("140000", "ind_va", 2022, 12, None, "8.0", SX_2022_NEWS),
    Figure("140000", "ind_va", 2023, 5, None, "3.5", SX_2023M5),
    Figure("140000", "fai", 2023, 5, None, "-1.8", SX_2023M5),
    Figure("140000", "retail", 2023, 5, "3129.5", "8.1", SX_2023M5),
    Figure("140000", "fiscal_revenue", 2023, 5, "1639.7", "8.6", SX_2023M5),
    # 上半年: the release gives GDP as "1.17 trillion yuan" only, so its growth alone is kept.
    Figure("140000", "gdp", 2023, 6, None, "4.7", SX_2023H1),
    Figure("140000", "ind_va", 2023, 6, None, "3.9", SX_2023H1),
    Figure("140000", "income_urban", 2023, 6, "19526", "5.0", SX_2023H1),
    Figure("140000", "income_rural", 2023, 6, "7668", "8.0", SX_2023H1),
    Figure("140100", "gdp", 2023, 6, "2535.1", "4.1", TY_2023H1),
    Figure("140100", "ind_va", 2023, 6, None, "1.2", TY_2023H1),
    Figure("140100", "fai", 2023, 6, None, "-14.2", TY_2023H1),
    Figure("140100", "retail", 2023, 6, "908.6", "6.0", TY_2023H1),
    Figure("140000", "gdp", 2023, 9, "18049.37", "4.5", SX_2023Q3),
    Figure("140000", "gdp", 2023, 12, "25698.18", "5.0", SX_2023),
    Figure("140000", "ind_va", 2023, 12, None, "4.6", SX_2023),
    Figure("140000", "fai", 2023, 12, None, "-6.6", SX_2023),
    Figure("140000", "income_urban", 2023, 12, "41327", "4.5", SX_2023_INCOME),
    Figure("140000", "income_rural", 2023, 12, "17677", "8.3", SX_2023_INCOME),
    Figure("140200", "gdp", 2022, 12, "1842.5", "3.5", DT_2022),
    Figure("140100", "gdp", 2022, 12, "5571.17", None, SX_CITIES_2022),
    Figure("140400", "gdp", 2022, 12, "2804.80", None, SX_CITIES_2022),
    Figure("141100", "gdp", 2022, 12, "2418.90", None, SX_CITIES_2022),
)

# Searched for and not found in the sources available (absent, never invented): the ten
# other cities' 2023 前三季度 GDP growth (searched again city by city, in Chinese and in
# English, in December 2026: none of 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 临汾 吕梁 has its
# 前三季度 release in the stored sources, so 居全省11市第X位 stays withheld); their 2023
# annual figures; their 2022–2023 规上工业、固投、社零、一般公共预算收入 and 居民人均可支配
# 收入 (太原's 2023 上半年 apart); the province's 2022–2023 full-year 社零, 一般公共预算收入
# and overall 居民人均可支配收入, its 2022 固投.
MISSING = (
    "其他十市2023年前三季度地区生产总值增速",
    "各市2023年全年主要指标",
    "其他十市2022年规上工业、固投、社零、一般公共预算收入、居民人均可支配收入",
    "山西省社零、一般公共预算收入、居民人均可支配收入(全体居民)",
)


def load_comparison(indicators: dict[str, Indicator]) -> int:
    """The province and its eleven cities, and every published comparison figure."""
    regions = {
        code: upsert_comparison_region(
            code=code, name=name, level="province" if code == PROVINCE[0] else "city"
        )
        for code, name in (PROVINCE, *CITIES)
    }
    for f in FIGURES:
        upsert_comparison_figure(
            region=regions[f.region],
            indicator=indicators[f.indicator],
            year=f.year,
            month=f.month,
            value=Decimal(f.value) if f.value is not None else None,
            growth=Decimal(f.growth) if f.growth is not None else None,
            source_title=f.source.title,
            source_url=f.source.url,
            published=f.source.published,
        )
    return len(FIGURES)
