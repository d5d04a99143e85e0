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
