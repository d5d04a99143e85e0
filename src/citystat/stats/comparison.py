"""The city beside its province: 比全省高/低 X 个百分点, 居全省N市第X位 (issue 11).

Bureaus compare published figures, so the gap is taken between the growth rates as
published (at ``decimals``), and the rank among the province's cities is taken on the
same precision (ties 并列, as in :func:`citystat.stats.ranking.rank`). A rank is given
only when every city of the province has its figure; otherwise the wording says how
many have (已有 N/M 市数据) and gives no rank.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from citystat.stats._values import defined
from citystat.stats.growth import growth_wording
from citystat.stats.ranking import rank
from citystat.stats.rounding import round_half_up

__all__ = ["ProvinceComparison", "compare_with_province", "province_wording"]


@dataclass(frozen=True, slots=True)
class ProvinceComparison:
    gap: float | None  # city − province in pp, at the published precision
    rank: int | None  # among the province's cities; None until all have reported
    tied: bool
    reported: int  # cities with a figure (the city itself included)
    expected: int  # cities in the province
    decimals: int
    province: float | None = None  # the province's growth as published


def compare_with_province(
    city: str,
    figures: Mapping[str, float | None],
    province: float | None,
    *,
    expected: int,
    higher_is_better: bool = True,
    decimals: int = 1,
) -> ProvinceComparison:
    """Gap to the province and rank among its cities for one growth rate.

    Parameters
    ----------
    city : str
        Key of the city in ``figures``.
    figures : Mapping[str, float | None]
        The province's cities → growth (the city's own figure included).
    province : float or None
        The province's growth.
    expected : int
        Number of cities in the province (11 in Shanxi).

    Examples
    --------
    >>> c = compare_with_province("x", {"x": 4.6, "a": 5.0, "b": 4.6}, 4.5, expected=3)
    >>> c.gap, c.rank, c.tied, c.reported
    (0.1, 2, True, 3)
    >>> compare_with_province("x", {"x": 4.6, "a": None}, 4.5, expected=11).rank is None
    True
    """
    own = defined(figures.get(city))
    prov = defined(province)
    gap = None
    if own is not None and prov is not None:
        gap = round_half_up(round_half_up(own, decimals) - round_half_up(prov, decimals), decimals)
    present = {k: v for k, v in figures.items() if defined(v) is not None}
    position: int | None = None
    tied = False
    if own is not None and len(present) >= expected:
        ranks = rank(present, higher_is_better=higher_is_better, decimals=decimals)
        position = ranks[city]
        tied = sum(1 for r in ranks.values() if r == position) > 1
    shown = round_half_up(prov, decimals) if prov is not None else None
    return ProvinceComparison(gap, position, tied, len(present), expected, decimals, shown)


def province_wording(c: ProvinceComparison, scope: str = "全省") -> str:
    """「比全省(增长4.5%)低0.6个百分点，居全省11市第7位」; the rank part only once all
    cities have published.

    Examples
    --------
    >>> province_wording(ProvinceComparison(-0.6, 7, False, 11, 11, 1, 4.5))
    '比全省（增长4.5%）低0.6个百分点，居全省11市第7位'
    >>> province_wording(ProvinceComparison(0.0, None, False, 2, 11, 1, -6.6))
    '与全省（下降6.6%）持平（全省11市中已有2市公布，暂不排位）'
    >>> province_wording(ProvinceComparison(None, None, False, 0, 11, 1))
    ''
    """
    if c.gap is None:
        return ""
    d = c.decimals
    who = scope
    if c.province is not None:
        who = f"{scope}（{growth_wording(c.province, d)}）"
    if c.gap == 0:
        text = f"与{who}持平"
    else:
        word = "高" if c.gap > 0 else "低"
        text = f"比{who}{word}{abs(c.gap):.{d}f}个百分点"
    if c.rank is not None:
        lead = "并列" if c.tied else "居"
        text += f"，{lead}{scope}{c.expected}市第{c.rank}位"
    else:
        text += f"（{scope}{c.expected}市中已有{c.reported}市公布，暂不排位）"
    return text
