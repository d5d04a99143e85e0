"""Round 24 (session 14): a table whose rows a page pads with empty cells at their ends.

Found on an unseen retail release: every row ended with ``| |`` and the title lines with
``| |||||``, so the rows after the first lost the unit the first row's label gives
(``(亿元)``) and their amounts were not read. Our own table of the same layout.
"""

from __future__ import annotations

from .rows import fact_rows

TABLE = (
    "零售总额 | |||||\n"
    "2023年8月 | |||||\n"
    "指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%) | |\n"
    "零售总额(亿元) | 147.21 | 4.3 | 1228.78 | 18.3 | |\n"
    "# 批发零售业 | 134.67 | 3.6 | 1128.37 | 16.4 | |\n"
    "住宿餐饮业 | 12.54 | 12.3 | 100.41 | 44.8 | |\n"
)


def test_rows_padded_with_empty_cells_keep_the_first_rows_unit() -> None:
    rows = fact_rows(TABLE, "subject", "measure", "unit", "period", region="甲市", year=2023)
    assert rows[4:8] == [
        ("134.67", "批发零售业", "level", "亿元", "2023-08"),
        ("3.6", "批发零售业", "growth_yoy", "%", "2023-08"),
        ("1128.37", "批发零售业", "level", "亿元", "2023-01/2023-08"),
        ("16.4", "批发零售业", "growth_yoy", "%", "2023-01/2023-08"),
    ]
    assert len(rows) == 12
