

def test_growth_column_rows_go_on_past_a_heading_with_the_period_above() -> None:
    text = (
        "指 标2023年1-6月份\n"
        "同比增长(%)\n"
        "社会物流总额5.2\n"
        "分构成\n"
        "工业品物流总额4.8\n"
        "进口物流总额9.1\n"
    )
    rows = [(f.text_span, f.subject, f.measure, f.unit, f.period) for f in _facts(text)]
    assert rows == [
        ("5.2", "社会物流总额", "growth_yoy", "%", "2023-01/2023-06"),
        ("4.8", "工业品物流总额", "growth_yoy", "%", "2023-01/2023-06"),
        ("9.1", "进口物流总额", "growth_yoy", "%", "2023-01/2023-06"),
    ]
