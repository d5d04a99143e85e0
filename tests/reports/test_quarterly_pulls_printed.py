"""Issue 11 Done-when: in the printed 2023-Q3 quarterly analysis of 忻州市, the pulls of every
composition add up to its growth (± 0.1 pp) and the 贡献率 to 100% (± 0.2), as a reader
adds them up from the document (the engine's unrounded figures: ``test_hierarchy.py``)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from citystat.reporting import build_document, check_document
from citystat.reports.queries import report_data

pytestmark = pytest.mark.django_db

CLAUSE = re.compile(
    r"(?P<part>[^；，。]+?)(?:增长|下降)[\d.]+(?:%|倍)，(?P<dir>拉动|下拉)(?P<whole>[^；，。]+?)"
    r"(?:增长|增速)(?P<pull>[\d.]+)个百分点(?:（贡献率(?P<share>-?[\d.]+)%）)?"
)


def _printed() -> dict[str, tuple[float, list[float], list[float | None]]]:
    """whole → (its printed growth, the printed pulls, the printed 贡献率 of its parts)."""
    data = report_data("140900", 2023, 9, today=dt.date(2024, 1, 5))
    doc = build_document("quarterly", data)
    check_document(doc, data)
    text = doc.plain_text()
    out: dict[str, tuple[float, list[float], list[float | None]]] = {}
    for line in text.splitlines():
        if not line.startswith("从构成看，"):
            continue
        clauses = list(CLAUSE.finditer(line.removeprefix("从构成看，")))
        whole = clauses[0]["whole"]
        pulls = [float(c["pull"]) * (1 if c["dir"] == "拉动" else -1) for c in clauses]
        shares = [float(c["share"]) if c["share"] else None for c in clauses]
        m = re.search(
            (rf"{whole}(?:[\d.]+[^，。]*，)?(?:按可比价格计算，)?(?:同比)?(增长|下降)([\d.]+)%"),
            text,
        )
        assert m is not None, whole
        growth = float(m[2]) * (1 if m[1] == "增长" else -1)
        out[whole] = (growth, pulls, shares)
    return out


def test_the_printed_pulls_add_up_to_the_printed_growth_and_contributions_to_100() -> None:
    printed = _printed()
    assert sorted(printed) == [
        "固定资产投资",
        "地区生产总值",
        "社会消费品零售总额",
        "规模以上工业增加值",
        "进出口总额",
    ]
    for whole, (growth, pulls, _) in printed.items():
        assert abs(sum(pulls) - growth) <= 0.1 + 1e-9, (whole, pulls, growth)
    full = {w: s for w, (_, _, s) in printed.items() if all(x is not None for x in s)}
    # Where the whole grew, every part's 贡献率 is printed and they add up to 100%.
    assert sorted(full) == [
        "地区生产总值",
        "社会消费品零售总额",
        "规模以上工业增加值",
        "进出口总额",
    ]
    for whole, shares in full.items():
        assert abs(sum(x for x in shares if x is not None) - 100) <= 0.2 + 1e-9, (whole, shares)
    # As measured on the demo (2023 1-9月).
    assert printed["地区生产总值"] == (3.3, [0.4, 0.9, 1.9], [13.3, 26.9, 59.8])
    assert printed["固定资产投资"][:2] == (-2.1, [0.3, -2.3, -0.1])
