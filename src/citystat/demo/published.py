"""Published figures the demo agrees with, each with its source.

Mirror sites are among the sources: such figures are "published, unverified". The seed
review (忻州日报, 2024-01-10) is cited by title since it is a newspaper article.
"""

from __future__ import annotations

from typing import NamedTuple

SEED = "忻州日报 2024-01-10 第1版,年度综述"
HONGHEIKU_XF2022 = "https://www.hongheiku.com/goto/p7r2"
XF_2022 = "http://bx2200.com/tjgongbao/hb/7856_2.html"


class Anchor(NamedTuple):
    indicator: str
    region: str
    year: int
    month: int
    value: float | None
    growth: float | None
    source: str
    note: str = ""


ANCHORS: tuple[Anchor, ...] = (
    # The seed review: 1-11月 2023 growth of industrial sub-sectors (comparable prices).
    Anchor("sei_ngit", "140900", 2023, 11, None, 37.4, SEED),
    Anchor("sei_green", "140900", 2023, 11, None, 16.0, SEED),
    Anchor("sei_hiend", "140900", 2023, 11, None, 29.9, SEED),
    Anchor("ind_waste", "140900", 2023, 11, None, 13.2, SEED),
    Anchor(
        "ind_nee", "140900", 2023, 11, None, 120.0, SEED, "对全市规上工业增速的拉动为0.3个百分点"
    ),
    Anchor("afforestation", "140900", 2023, 12, 46.55, None, SEED, "国省营造林任务完成面积"),
    Anchor("yr_solid_waste", "140900", 2023, 12, 3.7, None, SEED, "黄河流域固废累计清运量"),
    Anchor(
        "water_good_sections", "140900", 2023, 11, 14, None, SEED, "国考断面14个,至11月均为优良"
    ),
    Anchor("water_good_ratio", "140900", 2023, 11, 100.0, None, SEED),
    Anchor("green_mines", "140900", 2023, 12, 11, None, SEED, "进入省级绿色矿山名录的矿山数"),
    # published_facts.csv (shared/data/xinzhou), 2022-2023 rows.
    Anchor(
        "gdp", "140900", 2022, 12, 1500.60, None, "published_facts.csv: 忻州市 地区生产总值 2022"
    ),
    Anchor(
        "population",
        "140900",
        2022,
        12,
        265.56,
        None,
        "published_facts.csv: 忻州市 常住人口(年末) 2022",
    ),
    Anchor(
        "population",
        "140900",
        2023,
        12,
        263.47,
        None,
        "published_facts.csv: 忻州市 常住人口(年末) 2023",
    ),
    Anchor(
        "urban_population",
        "140900",
        2022,
        12,
        146.96,
        None,
        "published_facts.csv: 忻州市 城镇常住人口 2022",
    ),
    Anchor(
        "urban_population",
        "140900",
        2023,
        12,
        148.94,
        None,
        "published_facts.csv: 忻州市 城镇常住人口 2023",
    ),
    Anchor(
        "urbanisation", "140900", 2022, 12, 55.34, None, "published_facts.csv: 忻州市 城镇化率 2022"
    ),
    Anchor(
        "urbanisation", "140900", 2023, 12, 56.53, None, "published_facts.csv: 忻州市 城镇化率 2023"
    ),
    Anchor(
        "population",
        "140921",
        2022,
        12,
        19.1406,
        None,
        "published_facts.csv: 定襄县 常住人口(年末) 2022",
    ),
    Anchor(
        "urbanisation", "140921", 2022, 12, 46.16, None, "published_facts.csv: 定襄县 城镇化率 2022"
    ),
    Anchor(
        "grain",
        "140900",
        2023,
        12,
        203.15,
        None,
        "published_facts.csv: 忻州市 粮食总产量 2023 40.63亿斤",
        "40.63亿斤 = 203.15万吨",
    ),
    Anchor("gdp", "140981", 2023, 12, 211.6, None, "published_facts.csv: 原平市 地区生产总值 2023"),
    Anchor("income", "140902", 2022, 12, 29143, 6.5, XF_2022),
    Anchor("income_urban", "140902", 2022, 12, 39930, 6.5, XF_2022),
    Anchor("income_rural", "140902", 2022, 12, 14521, 5.7, XF_2022),
    Anchor("scenic_visitors", "140902", 2022, 12, 909.0177, -22.26, XF_2022),
    Anchor("scenic_revenue", "140902", 2022, 12, 22486.505, -18.65, XF_2022),
    # methodology.md §10 (忻府区 2022, mirror): GDP excludes the development zone.
    Anchor("gdp", "140902", 2022, 12, 244.18, None, HONGHEIKU_XF2022, "不含开发区"),
    Anchor("population", "140902", 2022, 12, 57.8043, None, HONGHEIKU_XF2022),
)


def source_url(source: str) -> str:
    return source if source.startswith("http") else ""


# Livelihood tasks, chains, towns and projects named in the seed review.
TASKS: tuple[dict[str, object], ...] = (
    {
        "seq": 1,
        "title": "放心午餐工程",
        "unit": "市教育局",
        "targets": (("覆盖小学", "所", 36, 36, 29), ("惠及学生", "名", 7498, 7498, None)),
    },
    {
        "seq": 2,
        "title": "零工市场建设",
        "unit": "市人社局",
        "targets": (
            ("实现全覆盖的县(市、区)", "个", 14, 14, None),
            ("累计提供零工岗位", "个", 9600, 9600, None),
            ("累计服务零工", "人次", 5200, 5200, None),
        ),
    },
    {
        "seq": 3,
        "title": "乡村e镇建设",
        "unit": "市商务局",
        "targets": (
            ("乡村e镇", "个", 12, 12, None),
            ("年度总产值", "亿元", 16.7, 16.7, None),
            ("年度网络零售额", "亿元", 3.8, 3.8, None),
            ("年度新增市场主体", "户", 352, 352, None),
        ),
    },
)

CHAINS: tuple[tuple[str, str, str], ...] = (
    ("AL_MG", "铝镁精深加工", "市工信局"),
    ("FORGING", "高端锻造", "市工信局"),
    ("NEW_ENERGY_EQUIP", "新能源装备制造", "市能源局"),
    ("PV", "光伏制造", "市工信局"),
    ("NEW_MATERIALS", "新材料", "市工信局"),
    ("COAL_MACHINE", "煤机装备", "市工信局"),
    ("SPECIAL_AGRI", "特色农产品精深加工", "市农业农村局"),
    ("CULTURE_TOURISM", "文旅康养", "市文旅局"),
)

TOWNS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("DX_FLANGE", "定襄法兰专业镇", "140921", "provincial", "省级重点专业镇", "法兰"),
    ("DAIZHOU_WINE", "代州黄酒专业镇", "140923", "provincial", "省级重点专业镇", "黄酒"),
    ("FS_CASTING", "繁峙铸造专业镇", "140924", "municipal", "第一批市级专业镇", "铸造"),
    ("YP_COAL_MACHINE", "原平煤机专业镇", "140981", "municipal", "第一批市级专业镇", "煤机"),
    ("WT_MUSHROOM", "五台食用菌专业镇", "140922", "municipal", "第一批市级专业镇", "食用菌"),
    ("KL_ELECTRONICS", "岢岚电子专业镇", "140929", "municipal", "第一批市级专业镇", "电子元器件"),
    ("SC_OATS", "神池燕麦专业镇", "140927", "municipal", "第一批市级专业镇", "燕麦"),
    ("HQ_MODERN_COAL", "河曲现代煤化工专业镇", "140930", "municipal", "第一批市级专业镇", "煤化工"),
)

# (code, name, region, category, chain, total investment 亿元, 2023 plan 亿元, status)
PROJECTS: tuple[tuple[str, str, str, str, str | None, float, float, str], ...] = (
    (
        "XZ-2023-001",
        "雄忻高铁忻州段",
        "140900",
        "infrastructure",
        None,
        388.0,
        62.0,
        "construction",
    ),
    (
        "XZ-2023-002",
        "集大原高铁忻州段",
        "140900",
        "infrastructure",
        None,
        265.0,
        48.0,
        "construction",
    ),
    (
        "XZ-2023-003",
        "108国道改建工程",
        "140902",
        "infrastructure",
        None,
        34.6,
        9.5,
        "construction",
    ),
    (
        "XZ-2023-004",
        "大水网忻州连通工程",
        "140900",
        "infrastructure",
        None,
        41.2,
        8.0,
        "construction",
    ),
    ("XZ-2023-005", "滹沱河供水工程", "140981", "infrastructure", None, 18.7, 5.2, "construction"),
    (
        "XZ-2023-006",
        "光伏电池生产基地(14GW)",
        "140971",
        "industry",
        "PV",
        56.0,
        30.0,
        "operation",
    ),
    (
        "XZ-2023-007",
        "新材料产业链一体化项目",
        "140981",
        "industry",
        "NEW_MATERIALS",
        120.0,
        25.0,
        "construction",
    ),
    (
        "XZ-2023-008",
        "五台西龙池抽水蓄能电站二期",
        "140922",
        "energy",
        "NEW_ENERGY_EQUIP",
        84.0,
        12.0,
        "construction",
    ),
    (
        "XZ-2023-009",
        "代县黄草院抽水蓄能电站",
        "140923",
        "energy",
        "NEW_ENERGY_EQUIP",
        92.0,
        10.0,
        "construction",
    ),
    ("XZ-2023-010", "岢岚县电子产业园", "140929", "industry", None, 12.0, 4.5, "construction"),
)
