"""Round 24 (session 14): a table whose rows a page pads with empty cells at their ends.

Found on an unseen retail release: every row ended with ``| |`` and the title lines with
``| |||||``, so the rows after the first lost the unit the first row's label gives
(``(亿元)``) and their amounts were not read. Our own table of the same layout.
"""

from __future__ import annotations

from .rows import fact_rows

TABLE = (
    "全市消费品零售额 | |||||\n"
    "2023年8月 | |||||\n"
    "项目 | 当月 | 当月增长(%) | 累计 | 累计增长(%) | |\n"
    "消费品零售额(亿元) | 86.40 | 5.1 | 702.15 | 7.9 | |\n"
    "# 批发零售业 | 77.92 | 4.6 | 633.08 | 7.2 | |\n"
    "住宿餐饮业 | 8.48 | 9.7 | 69.07 | 14.5 | |\n"
)


def test_rows_padded_with_empty_cells_keep_the_first_rows_unit() -> None:
    rows = fact_rows(TABLE, "subject", "measure", "unit", "period", region="甲市", year=2023)
    assert rows[4:8] == [
        ("77.92", "批发零售业", "level", "亿元", "2023-08"),
        ("4.6", "批发零售业", "growth_yoy", "%", "2023-08"),
        ("633.08", "批发零售业", "level", "亿元", "2023-01/2023-08"),
        ("7.2", "批发零售业", "growth_yoy", "%", "2023-01/2023-08"),
    ]
    assert len(rows) == 12
