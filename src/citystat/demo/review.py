"""The demo city's year-end review set-up: its own priorities (七大能级) and 2023 honours.

The sections follow the city's framing of 2023 (the seed review: 产业、开放、创新、城市、
改革、市场、安全 seven 能级, then 民生 and 生态); the honours are the ones the seed names,
recorded as data with the seed as their source.
"""

from __future__ import annotations

from citystat.demo.published import SEED
from citystat.projects import actions as pa

YEAR = 2023

# (code, title, dimensions, chains, towns, tasks, project categories)
PRIORITIES: tuple[tuple[str, str, tuple[str, ...], bool, bool, bool, tuple[str, ...]], ...] = (
    ("industry", "产业能级", ("industry",), True, True, False, ("industry",)),
    ("opening", "开放能级", ("opening",), False, False, False, ()),
    ("innovation", "创新能级", ("innovation",), False, False, False, ()),
    ("urban", "城市能级", ("urban",), False, False, False, ("infrastructure",)),
    ("reform", "改革能级", ("reform",), False, False, False, ()),
    ("market", "市场能级", ("market",), False, False, False, ()),
    ("security", "安全能级", ("security",), False, False, False, ("energy",)),
    ("livelihood", "民生福祉", ("livelihood",), False, False, True, ("livelihood",)),
    ("ecology", "生态环境", ("ecology",), False, False, False, ("ecology",)),
)

# (region, subject, honour, level, priority)
HONOURS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "140900",
        "“以小切口微改革破题高质量发展”",
        "地方全面深化改革典型案例（中国改革2023年度）",
        "national",
        "reform",
    ),
    ("140921", "定襄农耕体验之旅", "全国乡村旅游精品线路", "national", "market"),
    ("140902", "云中河景区", "第二批国家级文明旅游示范单位", "national", "market"),
    ("140902", "云中河景区", "首批省级文旅康养示范区", "provincial", "market"),
    ("140931", "保德县", "国家级大宗固废综合利用示范基地", "national", "ecology"),
    ("140921", "定襄经济技术开发区", "省级绿色低碳循环示范园区创建名单", "provincial", "ecology"),
    ("140928", "五寨县", "省级生态文明示范区", "provincial", "ecology"),
    ("140926", "静乐县", "省级生态文明示范区", "provincial", "ecology"),
    ("140932", "偏关县", "省级生态文明示范区", "provincial", "ecology"),
    ("140921", "定襄县邱村", "全国乡村治理示范村", "national", "livelihood"),
    ("140924", "繁峙县南关村", "全国乡村治理示范村", "national", "livelihood"),
    ("140930", "河曲县榆岭窊村", "全国乡村治理示范村", "national", "livelihood"),
)


def load_review() -> None:
    for k, (code, title, dims, chains, towns, tasks, categories) in enumerate(PRIORITIES, 1):
        pa.set_review_priority(
            code=code,
            title=title,
            dimension_codes=list(dims),
            sort_order=k,
            show_chains=chains,
            show_towns=towns,
            show_tasks=tasks,
            project_categories=list(categories),
        )
    for region, subject, title, level, priority in HONOURS:
        pa.record_honour(
            year=YEAR,
            region_code=region,
            subject=subject,
            title=title,
            level=level,
            priority_code=priority,
            source=SEED,
        )
