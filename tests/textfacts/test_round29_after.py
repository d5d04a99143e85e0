"""Round 29 after its freeze (session 19), from the spent judges 53–55: limits and plans as
targets, multiples and changes listed after 分别, success rates as shares. Sentences are
our own."""

from __future__ import annotations

from .rows import fact_rows


def test_limits_a_rule_sets_are_targets_with_their_floor() -> None:
    text = "单个项目规模原则上平原地区不低于2000亩,每个项目涉及的村原则上不超过3个,每个站点管理员不少于2名。"
    assert fact_rows(text, "measure", region="410000", year=2024) == [
        ("2000亩", "target"),
        ("3个", "target"),
        ("2名", "target"),
    ]
    assert fact_rows(text, "qualifier", region="410000", year=2024) == [
        ("2000亩", "以上"),
        ("3个", None),
        ("2名", "以上"),
    ]
    assert fact_rows(text, "subject", region="410000", year=2024)[0] == (
        "2000亩",
        "单个项目规模平原地区",
    )


def test_what_a_plan_requires_or_will_build_is_a_target() -> None:
    text = "规划提出,到2025年,全省常住人口城镇化率要达到62%。今年,全市将新建40个示范小区。"
    rows = fact_rows(text, "measure", region="410000", year=2023)
    assert rows == [("62%", "target"), ("40个", "target")]
    assert fact_rows(text, "subject", region="410000", year=2023)[0] == ("62%", "常住人口城镇化率")


def test_a_task_of_building_is_a_target() -> None:
    text = "2021年,全省下达高标准农田建设任务120万亩。"
    assert fact_rows(text, "measure", region="410000", year=2021) == [("120万亩", "target")]


def test_multiples_of_a_base_listed_after_fenbie_are_each_a_growth() -> None:
    text = "一季度,全市展会场次、展览面积分别是2022年同期的1.6倍、2.25倍。"
    assert fact_rows(text, "value_base", region="440100", year=2023) == [
        ("1.6倍", 60.0),
        ("2.25倍", 125.0),
    ]
    assert fact_rows(text, "measure", region="440100", year=2023) == [
        ("1.6倍", "growth_yoy"),
        ("2.25倍", "growth_yoy"),
    ]


def test_changes_listed_after_a_base_year_are_each_a_change() -> None:
    text = "年末城镇人口和流动人口分别为5120万人和1530万人,分别比2020年增加61万人和42万人。"
    assert fact_rows(text, "measure", region="410000", year=2021) == [
        ("5120万人", "level"),
        ("1530万人", "level"),
        ("61万人", "abs_change"),
        ("42万人", "abs_change"),
    ]


def test_a_success_rate_of_mediation_is_a_share() -> None:
    text = "全年受理调解矛盾纠纷3.2万件,调解成功率达97.5%。"
    assert fact_rows(text, "measure", region="500000", year=2022) == [
        ("3.2万件", "count"),
        ("97.5%", "share"),
    ]


def test_a_note_in_brackets_after_a_count_names_nothing() -> None:
    text = "2021年3月,纳入监督的行政许可事项数12,406项(省市县),公共服务事项数9,871项(省市县)。"
    assert fact_rows(text, "subject", region="440000", year=2021) == [
        ("12,406项", "纳入监督的行政许可事项数"),
        ("9,871项", "公共服务事项数"),
    ]


def test_adverbs_before_a_figure_are_no_words_of_its_subject() -> None:
    text = "单位垃圾分类达标率总体为85%,其他区县的宣教基地也有4座。"
    rows = fact_rows(text, "subject", region="310000", year=2020)
    assert rows[0] == ("85%", "单位垃圾分类达标率")
    assert rows[1][1].endswith("宣教基地")


def test_each_year_is_no_word_of_a_subject() -> None:
    text = "今年全省城镇新增就业62万人,每年新增就业稳定在60万人以上。"
    rows = fact_rows(text, "subject", region="360000", year=2024)
    assert rows[1] == ("60万人", "新增就业")


def test_users_counted_in_wan_are_persons_and_legal_person_users_are_not() -> None:
    text = "平台实名用户注册量突破520万,其中户籍用户数量230万,法人用户注册量超过61万。"
    assert fact_rows(text, "value_base", region="310000", year=2020) == [
        ("520万", 5200000.0),
        ("230万", 2300000.0),
    ]


def test_a_yearbook_table_of_bare_years_with_headings_and_a_hash_part() -> None:
    text = (
        "档案馆藏和利用情况\n指    标\n\n2010\n\n2015\n\n2020\n\n馆藏档案\n\n 全宗(个)\n\n1201\n\n"
        "1350\n\n1422\n\n 案卷(万卷)\n\n35.20\n\n41.08\n\n47.3\n\n档案馆面积(平方米)\n\n12500\n\n"
        "14800\n\n16020\n\n  #库房面积\n\n8100\n\n9300\n\n10050\n"
    )
    rows = fact_rows(text, "subject", region="320000", year=2020)
    assert [span for span, _ in rows] == [
        *("1201", "1350", "1422", "35.20", "41.08", "47.3"),
        *("12500", "14800", "16020", "8100", "9300", "10050"),
    ]
    assert rows[0] == ("1201", "全宗") and rows[-1] == ("10050", "库房面积")
    assert fact_rows(text, "period", region="320000", year=2020)[:3] == [
        ("1201", "2010"),
        ("1350", "2015"),
        ("1422", "2020"),
    ]
    assert fact_rows(text, "measure", region="320000", year=2020)[3] == ("35.20", "count")
    assert fact_rows(text, "unit", region="320000", year=2020)[-1] == ("10050", "平方米")


def test_a_table_of_regions_under_a_header_named_diqu_mingcheng() -> None:
    text = (
        "担保机构分地区情况表\n2019-12-31\n地区名称\n机构数量\n担保余额\n(家)\n(亿元)\n"
        "全国\n5562\n27018.3\n河北省\n210\n655.4\n山西省\n96\n301.2\n"
    )
    rows = fact_rows(text, "region", region="100000", year=2019)
    assert rows == [
        ("5562", "全国"),
        ("27018.3", "全国"),
        ("210", "河北省"),
        ("655.4", "河北省"),
        ("96", "山西省"),
        ("301.2", "山西省"),
    ]
    assert fact_rows(text, "measure", region="100000", year=2019)[:2] == [
        ("5562", "count"),
        ("27018.3", "level"),
    ]


def test_a_barred_table_whose_label_column_is_named_by_what_its_rows_are() -> None:
    text = (
        "案件来源 | 5月受理数(宗) | 6月受理数(宗) | 增/减幅(%) |\n"
        "信息采集 | 9120 | 9302 | 2.00% |\n公众举报 | 11 | 9 | -18.18% |\n其 他 | 640 | 702 | 9.69% |\n"
    )
    rows = fact_rows(text, "subject", region="440700", year=2024)
    assert [span for span, _ in rows] == [
        *("9120", "9302", "2.00%", "11", "9", "-18.18%", "640", "702", "9.69%"),
    ]
    assert rows[0] == ("9120", "信息采集受理数")
    assert fact_rows(text, "period", region="440700", year=2024)[:2] == [
        ("9120", "2024-05"),
        ("9302", "2024-06"),
    ]


def test_a_row_named_by_a_service_number_and_a_caption_over_the_header() -> None:
    text = (
        "(一)汇总表\n案件来源 | 5月受理数(宗) | 6月受理数(宗) |\n信息采集 | 9120 | 9302 |\n"
        "12345转办 | 580 | 611 |\n公众举报 | 11 | 9 |\n"
    )
    rows = fact_rows(text, "subject", region="440700", year=2024)
    assert rows == [
        ("9120", "信息采集受理数"),
        ("9302", "信息采集受理数"),
        ("580", "12345转办受理数"),
        ("611", "12345转办受理数"),
        ("11", "公众举报受理数"),
        ("9", "公众举报受理数"),
    ]


def test_a_row_named_by_a_date_is_still_no_row_of_names() -> None:
    text = "指标 | 受理数(宗) |\n信息采集 | 9120 |\n3月10日 | 580 |\n"
    assert fact_rows(text, "subject", region="440700", year=2024) == [("9120", "信息采集")]
