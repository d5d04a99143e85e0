"""A tiny hand-made ReportData bundle for the pure tests."""

from __future__ import annotations

import datetime as dt

from citystat.reporting.inputs import FigureRow, IndicatorInfo, RegionInfo, ReportData

CITY = RegionInfo("140900", "忻州市", "city", "city", "140000")
A = RegionInfo("140902", "忻府区", "county", "district", "140900")
B = RegionInfo("140921", "定襄县", "county", "county", "140900")
C = RegionInfo("140922", "五台县", "county", "county", "140900")


def ind(code: str, name: str, **kw: object) -> IndicatorInfo:
    base: dict[str, object] = {
        "code": code,
        "name": name,
        "unit": "亿元",
        "dimension": "industry",
        "dimension_name": "产业",
        "frequency": "monthly",
        "cumulative": True,
        "polarity": "higher",
        "target_kind": "none",
        "decimals": 2,
        "growth_decimals": 1,
        "parent": "",
        "is_key": True,
        "source_unit": "市统计局",
    }
    base.update(kw)
    return IndicatorInfo(**base)  # type: ignore[arg-type]


def bundle(*rows: FigureRow) -> ReportData:
    inds = {
        "ind_va": ind("ind_va", "规模以上工业增加值", target_kind="growth"),
        "ind_nee": ind("ind_nee", "新能源装备制造业增加值", subset_of="ind_va", is_key=False),
        "ind_mining": ind("ind_mining", "采矿业增加值", parent="ind_va", is_key=False),
        "ind_manufacturing": ind(
            "ind_manufacturing", "制造业增加值", parent="ind_va", is_key=False
        ),
        "pm25": ind("pm25", "PM2.5平均浓度", unit="微克/立方米", kind="rate", polarity="lower"),
    }
    return ReportData(
        region=CITY,
        year=2023,
        month=9,
        regions={r.code: r for r in (CITY, A, B, C)},
        indicators=inds,
        dimensions=[("industry", "产业")],
        figures={(r.indicator, r.region, r.year, r.month): r for r in rows},
        today=dt.date(2023, 10, 20),
        placements={"briefing_counties": ("ind_va",), "quarterly_counties": ("ind_va",)},
    )


def row(indicator: str, region: str = "140900", month: int = 9, **kw: object) -> FigureRow:
    return FigureRow(indicator, region, 2023, month, **kw)  # type: ignore[arg-type]
