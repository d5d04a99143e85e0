"""位次/排名 and 位次变化 (methodology §7).

Competition ranking (1, 2, 2, 4), worded 并列第2位; ties are judged at the
published precision; None values are not ranked (listed last as "—").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from citystat.stats._values import defined
from citystat.stats.rounding import round_half_up

__all__ = ["rank", "rank_change", "rank_wording", "reported_wording", "reporting_status"]


def rank(
    values: Mapping[str, float | None],
    higher_is_better: bool = True,
    decimals: int | None = None,
) -> dict[str, int | None]:
    """Competition rank of each name; ties at the published precision.

    Parameters
    ----------
    values : Mapping[str, float | None]
        Name → figure. Exclude non-county units (开发区, 风景区, 市直) first.
    higher_is_better : bool
        Polarity: False for 单位GDP能耗, 失业率, PM2.5.
    decimals : int, optional
        Published precision; two counties both shown as 6.5 tie.

    Examples
    --------
    >>> rank({"a": 6.54, "b": 6.46, "c": 7.1, "d": None, "e": 3.0}, decimals=1)
    {'a': 2, 'b': 2, 'c': 1, 'd': None, 'e': 4}
    >>> rank({"a": 6.54, "b": 6.46})
    {'a': 1, 'b': 2}
    >>> rank({"a": 4.1, "b": 3.9}, higher_is_better=False)
    {'a': 2, 'b': 1}
    """
    keyed: dict[str, float] = {}
    for name, value in values.items():
        v = defined(value)
        if v is None:
            continue
        shown = round_half_up(v, decimals) if decimals is not None else v
        keyed[name] = shown if higher_is_better else -shown
    ordered = sorted(keyed.values(), reverse=True)
    first_position: dict[float, int] = {}
    for position, key in enumerate(ordered, start=1):
        first_position.setdefault(key, position)
    return {name: (first_position[keyed[name]] if name in keyed else None) for name in values}


def rank_change(previous_rank: int | None, current_rank: int | None) -> int | None:
    """位次变化 = previous rank − current rank; positive means 上升/前移.

    Examples
    --------
    >>> rank_change(7, 6), rank_change(3, 5), rank_change(None, 2)
    (1, -2, None)
    """
    if previous_rank is None or current_rank is None:
        return None
    return previous_rank - current_rank


def rank_wording(current_rank: int | None, change: int | None = None, *, tied: bool = False) -> str:
    """Chinese wording such as ``居第6位,较上期上升1位``.

    Examples
    --------
    >>> rank_wording(6, 1), rank_wording(2, 0, tied=True), rank_wording(None)
    ('居第6位,较上期上升1位', '并列第2位,与上期持平', '—')
    """
    if current_rank is None:
        return "—"
    text = f"并列第{current_rank}位" if tied else f"居第{current_rank}位"
    if change is None:
        return text
    if change == 0:
        return f"{text},与上期持平"
    word = "上升" if change > 0 else "下降"
    return f"{text},较上期{word}{abs(change)}位"


def reporting_status(now: Mapping[str, float | None], seen: Collection[str]) -> tuple[int, int]:
    """(reported, expected) for one indicator and period among ranked peers.

    A unit is expected when it reported the ranked figure in this year or the year
    before (``seen``), or reports it now; the engine takes ranks only once
    ``reported == expected`` (see ``citystat.stats.batch``).

    Examples
    --------
    >>> reporting_status({"a": 6.5, "b": None, "c": 7.0}, {"a", "b", "c", "d"})
    (2, 4)
    >>> reporting_status({"a": 6.5}, set())
    (1, 1)
    """
    reported = {name for name, v in now.items() if defined(v) is not None}
    return len(reported), len(reported | set(seen))


def reported_wording(reported: int, expected: int) -> str:
    """「已报 N/M」 while some expected units have not reported; empty once all have.

    Examples
    --------
    >>> reported_wording(2, 14), reported_wording(14, 14), reported_wording(0, 0)
    ('已报2/14', '', '')
    """
    return f"已报{reported}/{expected}" if reported < expected else ""
