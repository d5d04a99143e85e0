"""Writes the invented city's files (澄川市, 江屿省: neither exists). Run once; the output is
committed and the tests read only the files. Every figure is synthetic (示例数据).

    python tests/city2/files/generate.py
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).parent
YEAR = 2024
MONTHS = (3, 6, 9, 12)
CITY = ("990500", "澄川市")
# code, name, size (share of the economy), growth tilt (pp against the city's)
UNITS = (
    ("990502", "云渡区", 30, 1.2),
    ("990521", "青柘县", 14, -0.8),
    ("990522", "鹤汀县", 11, 0.4),
    ("990581", "岚溪市", 25, -1.5),
    ("990571", "澄川高新技术产业开发区", 20, 2.0),
)
# code, name, unit, city 2023 full-year level (None: not additive), growth 2024 (%)
FLOWS = (
    ("grp_p1", "第一产业增加值", "亿元", 80.0, 3.5),
    ("grp_p2", "第二产业增加值", "亿元", 420.0, 6.0),
    ("grp_p3", "第三产业增加值", "亿元", 500.0, 5.0),
    ("va", "规模以上工业增加值", "亿元", 360.0, 7.0),
    ("invest", "固定资产投资", "亿元", 610.0, 4.0),
    ("sales", "社会消费品零售总额", "亿元", 450.0, 5.5),
    ("revenue", "一般公共预算收入", "亿元", 88.0, 3.0),
    ("jobs", "城镇新增就业", "人", 32000.0, 2.0),
)
SYNTHETIC = "总量为示例数据;增速为示例数据"  # how a note marks an imported figure 示例数据
QUARTERLY = {"grp_p1", "grp_p2", "grp_p3"}


def level(base: float, share: int, month: int, year: int, growth: float) -> float:
    """Year-to-date level of one unit: an even year, grown by ``growth`` a year."""
    return base * share / 100 * month / 12 * (1 + growth / 100) ** (year - 2023)


def unit_rows(
    share: int, tilt: float, month: int, digits: int = 2
) -> dict[str, tuple[float, float]]:
    """code → (this year, last year) for one unit, with the derived wholes and 其中 items."""
    out: dict[str, tuple[float, float]] = {}
    for code, _, unit, base, growth in FLOWS:
        nd = 0 if unit == "人" else digits
        now = round(level(base, share, month, YEAR, growth + tilt), nd)
        before = round(level(base, share, month, YEAR - 1, 0), nd)
        out[code] = (now, before)
    out["grp"] = tuple(
        round(sum(out[p][i] for p in ("grp_p1", "grp_p2", "grp_p3")), 2) for i in (0, 1)
    )  # type: ignore[assignment]
    out["va_hitech"] = (round(out["va"][0] * 0.31, 2), round(out["va"][1] * 0.29, 2))
    out["revenue_tax"] = (round(out["revenue"][0] * 0.72, 2), round(out["revenue"][1] * 0.7, 2))
    return out


NAMES = {
    "grp": ("地区生产总值", "亿元"),
    "va_hitech": ("高技术制造业增加值", "亿元"),
    "revenue_tax": ("税收收入", "亿元"),
    **{c: (n, u) for c, n, u, _, _ in FLOWS},
    "air_days": ("空气质量优良天数比例", "%"),
}
ORDER = (
    "grp",
    "grp_p1",
    "grp_p2",
    "grp_p3",
    "va",
    "va_hitech",
    "invest",
    "sales",
    "revenue",
    "revenue_tax",
    "jobs",
    "air_days",
)


def growth(now: float, before: float) -> float:
    return round((now / before - 1) * 100, 1)


def write_figures() -> None:
    for month in MONTHS:
        per_unit = {code: unit_rows(share, tilt, month) for code, _, share, tilt in UNITS}
        city = {
            k: tuple(
                round(sum(per_unit[u][k][i] for u in per_unit), 0 if k == "jobs" else 2)
                for i in (0, 1)
            )
            for k in per_unit[UNITS[0][0]]
        }
        air = {u[0]: 80.0 + n * 2.5 + month / 3 for n, u in enumerate(UNITS)}
        air[CITY[0]] = round(sum(air.values()) / len(air), 1)
        for code, name, rows in (
            (CITY[0], CITY[1], city),
            *((u[0], u[1], per_unit[u[0]]) for u in UNITS),
        ):
            path = HERE / "figures" / f"{code}_{YEAR}-{month:02d}.csv"
            path.parent.mkdir(exist_ok=True)
            span = f"1-{month}月"
            with path.open("w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow([f"{name}主要经济指标完成情况({YEAR}年{span})"])
                w.writerow([f"区划代码:{code}    期别:{YEAR}-{month:02d}"])
                w.writerow(
                    [
                        "指标代码",
                        "指标名称",
                        "计量单位",
                        f"上年同期({YEAR - 1}年{span})",
                        f"本期值({YEAR}年{span})",
                        "同比增长(%)",
                        "说明",
                    ]
                )
                for k in ORDER:
                    n, u = NAMES[k]
                    if k == "air_days":
                        w.writerow([k, n, u, "", round(air[code], 1), "", SYNTHETIC])
                        continue
                    now, before = rows[k]
                    fmt = (lambda x: int(x)) if u == "人" else (lambda x: f"{x:.2f}")
                    w.writerow([k, n, u, fmt(before), fmt(now), growth(now, before), SYNTHETIC])


if __name__ == "__main__":
    write_figures()
