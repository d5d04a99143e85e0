"""Round 33 (session 23), from the spent judges 104–109 (feed, pesticide and fertiliser
releases; graduates, minimum wages and civil-service exams; satisfaction, congestion and
time-use surveys; responsibility reports, inspections and river chiefs). Sentences are our
own."""

from __future__ import annotations

from citystat.textfacts.regions import guess_own
from citystat.textfacts.tables import read_tables

from .rows import fact_rows


def test_indicators_over_the_same_sub_columns() -> None:
    # 行业类别: a label column; 资产总计 / 利润总额 each over 1~6月累计(亿元) | 同比(%), the
    # growth cells signed (+7.1)
    text = (
        "表1 2031年上半年甲行业经济指标\n"
        "| 行业类别 | 企业数(个) | 资产总计 | 利润总额 | |||\n"
        "| 1~6月累计(亿元) | 同比(%) | 1~6月累计(亿元) | 同比(%) | ||\n"
        "| 甲制造业 | 316 | 1,204.50 | +7.1 | 88.20 | -2.5 | \n"
        "| 乙制造 | 208 | 902.10 | +5.9 | 60.05 | +4.4 | \n"
    )
    assert fact_rows(text, "measure", "value_base", "subject", region="全国", year=2031) == [
        ("316", "count", 316.0, "甲制造业企业数"),
        ("1,204.50", "level", 120450000000.0, "甲制造业资产"),
        ("+7.1", "growth_yoy", 7.1, "甲制造业资产"),
        ("88.20", "level", 8820000000.0, "甲制造业利润总额"),
        ("-2.5", "growth_yoy", -2.5, "甲制造业利润总额"),
        ("208", "count", 208.0, "乙制造企业数"),
        ("902.10", "level", 90210000000.0, "乙制造资产"),
        ("+5.9", "growth_yoy", 5.9, "乙制造资产"),
        ("60.05", "level", 6005000000.0, "乙制造利润总额"),
        ("+4.4", "growth_yoy", 4.4, "乙制造利润总额"),
    ]


def test_a_record_years_figure_is_a_base_not_the_period() -> None:
    text = "2031年,甲饲料产量820.5万吨,达到2028年历史最高产量的91%;乙饲料产量301.9万吨。"
    assert fact_rows(text, "period", region="全国", year=2031) == [
        ("820.5万吨", "2031"),
        ("91%", "2031"),
        ("301.9万吨", "2031"),
    ]


def test_hours_and_minutes_are_one_span_of_time() -> None:
    text = "居民用于个人活动的时间为11小时5分钟,其中睡眠时间为8小时40分钟。"
    assert fact_rows(text, "value_base", "unit", region="全国", year=2031) == [
        ("11小时5分钟", 665.0, "分钟"),
        ("8小时40分钟", 520.0, "分钟"),
    ]


def test_scores_of_a_satisfaction_survey_of_livelihood_projects() -> None:
    # a survey of how the projects were received reports results: no targets; the score
    # word (满意度, 得分) named earlier in the paragraph holds for bracketed scores after it
    text = (
        "民调显示:2031年甲市十项民生实事总体满意度90.4分\n"
        "调查结果显示,甲市十项民生实事总体满意度90.4分。分领域看,得分最高的为社会安全(94.1分);"
        "其次为养老服务(92.6分);其他依次为交通出行(91.2分)、医疗卫生(90.9分)和教育助学(88.5分)。"
    )
    assert fact_rows(text, "measure", "value_base", region="全国", year=2031) == [
        ("90.4分", "level", 90.4),
        ("90.4分", "level", 90.4),
        ("94.1分", "level", 94.1),
        ("92.6分", "level", 92.6),
        ("91.2分", "level", 91.2),
        ("90.9分", "level", 90.9),
        ("88.5分", "level", 88.5),
    ]


def test_a_standard_from_a_day_on_is_of_that_month() -> None:
    text = "乙市从5月1日起,月最低工资标准从2010元调整到2090元,增加80元。"
    assert fact_rows(text, "period", region="全国", year=2031) == [
        ("2010元", "2031-05/2031-05"),  # (a day's month, as a span: the scorer's 2031-05)
        ("2090元", "2031-05/2031-05"),
        ("80元", "2031-05/2031-05"),
    ]


def test_each_year_of_a_span_takes_its_figure_in_order() -> None:
    # 2028年—2030年 with 年 after each year; 依次为 lists as 分别为 does; the next clause's
    # 三年内 …分别为 takes the span still in force, a year each
    text = (
        "从2028年—2030年,甲大学本科毕业生升学率依次为60.1%、61.4%、62.0%;"
        "而三年内本科毕业生出国率分别为20.2%、19.8%、18.5%。"
    )
    assert fact_rows(text, "subject", "period", region="全国", year=2030) == [
        ("60.1%", "甲大学本科毕业生升学率", "2028"),
        ("61.4%", "甲大学本科毕业生升学率", "2029"),
        ("62.0%", "甲大学本科毕业生升学率", "2030"),
        ("20.2%", "本科毕业生出国率", "2028"),
        ("19.8%", "本科毕业生出国率", "2029"),
        ("18.5%", "本科毕业生出国率", "2030"),
    ]


def test_supplies_counted_in_boxes_and_tents() -> None:
    text = "调拨船外机40台、专用机油60箱、救生衣12000件、防汛帐篷150顶等。"
    assert fact_rows(text, "measure", "unit", "subject", region="全国", year=2031) == [
        ("40台", "count", "台", "调拨船外机"),
        ("60箱", "count", "箱", "专用机油"),
        ("12000件", "count", "件", "救生衣"),
        ("150顶", "count", "顶", "防汛帐篷"),
    ]


def test_ten_thousands_then_a_rest_grouped_in_thousands() -> None:
    text = "目前防空避難地下室共計1萬0,482處,可容納512萬3,456人。"
    assert fact_rows(text, "value_base", region="全国", year=2031) == [
        ("1萬0,482處", 10482.0),
        ("512萬3,456人", 5123456.0),
    ]


def test_a_change_compared_with_the_plan_is_no_target() -> None:
    text = "全年招收1万2030人,较计划数增加302人。完成投资12亿元,比计划增加3亿元。"
    assert fact_rows(text, "measure", "subject", region="全国", year=2031) == [
        ("1万2030人", "level", "招收"),
        ("302人", "abs_change", "招收"),
        ("12亿元", "level", "完成投资"),
        ("3亿元", "abs_change", "完成投资"),
    ]


def test_a_ranking_run_into_one_line() -> None:
    # caption, header (排序 | 城市 | 总分: points without 分) and rows, all on one line
    text = "2031营商环境城市排行名单: 排序 | 城市 | 总分 | 1 | 宁波市 | 95.1 | 2 | 合肥市 | 93.4 | 3 | 济南市 | 90 | \n"
    assert fact_rows(text, "measure", "region", "subject", region="全国", year=2031) == [
        ("1", "rank", "宁波市", "总分"),
        ("95.1", "level", "宁波市", "总分"),
        ("2", "rank", "合肥市", "总分"),
        ("93.4", "level", "合肥市", "总分"),
        ("3", "rank", "济南市", "总分"),
        ("90", "level", "济南市", "总分"),
    ]


def test_provinces_ranked_under_their_own_label_headers() -> None:
    # 排行 a rank column; 省(区、市) and 省份 label columns of a national ranking
    text = (
        "排行 | 省(区、市) | 人均公园绿地面积(平方米) |\n1 | 宁夏 | 22.1 |\n2 | 山东 | 18.0 |\n\n"
        "排名 | 省份 | 公共厕所数量(座) |\n1 | 江苏省 | 15010 |\n2 | 广东省 | 13200 |\n"
    )
    assert fact_rows(text, "measure", "region", "value_base", region="全国", year=2031) == [
        ("1", "rank", "宁夏回族自治区", 1.0),
        ("22.1", "level", "宁夏回族自治区", 22.1),
        ("2", "rank", "山东省", 2.0),
        ("18.0", "level", "山东省", 18.0),
        ("1", "rank", "江苏省", 1.0),
        ("15010", "count", "江苏省", 15010.0),
        ("2", "rank", "广东省", 2.0),
        ("13200", "count", "广东省", 13200.0),
    ]


def test_places_named_two_clauses_before_their_figures() -> None:
    # 其次是甲和乙,…均突破…,分别是a和b: what the places share, then each one's figure
    text = "其次是广东和河南,公共厕所数量均突破1万座,分别是1.36万座和1.23万座。"
    assert fact_rows(text, "region", "subject", region="全国", year=2031)[1:] == [
        ("1.36万座", "广东省", "公共厕所数量"),
        ("1.23万座", "河南省", "公共厕所数量"),
    ]


def test_a_table_numbered_in_order_with_rows_a_blank_line_apart() -> None:
    # 序号 counts the rows (no rank); 开工率 has no unit but its cells carry %; a cell in
    # words where a figure would be (全部开工) gives none
    text = (
        "序号 省份 新开工小区数(个) 开工率\n\n1 贵州 1071 全部开工\n\n"
        "2 湖北 4284 99%\n\n3 江苏 1498 97%\n\n全国推进有力。\n"
    )
    assert fact_rows(text, "measure", "region", "subject", region="全国", year=2031) == [
        ("1071", "count", "贵州省", "新开工小区数"),
        ("4284", "count", "湖北省", "新开工小区数"),
        ("99%", "share", "湖北省", "开工率"),
        ("1498", "count", "江苏省", "新开工小区数"),
        ("97%", "share", "江苏省", "开工率"),
    ]


def test_words_that_add_an_item_name_none_of_it() -> None:
    text = "再加上继续实施此前出台的甲政策退税1020亿元,包括小规模纳税人新增减税310亿元。"
    assert fact_rows(text, "subject", region="全国", year=2031) == [
        ("1020亿元", "甲政策退税"),
        ("310亿元", "小规模纳税人新增减税"),
    ]


def test_a_hong_kong_and_macao_release_of_sales_and_stays() -> None:
    # ﹒ a decimal point; 按年跌/按季升 a growth; 按季微增 and 按年缩短 changes; a stay in 日
    text = (
        "零售业总销货价值为337亿元,按年上升1﹒1%;总销货量按年跌0﹒7%,网上销售价值按季升0﹒9%。"
        "总人口为643100人,按季微增200人。旅客平均逗留1.2日,按年缩短0.6日。"
    )
    assert fact_rows(text, "measure", "value_base", "unit", region="全国", year=2031) == [
        ("337亿元", "level", 33700000000.0, "亿元"),
        ("1﹒1%", "growth_yoy", 1.1, "%"),
        ("0﹒7%", "growth_yoy", -0.7, "%"),
        ("0﹒9%", "growth_yoy", 0.9, "%"),
        ("643100人", "level", 643100.0, "人"),
        ("200人", "abs_change", 200.0, "人"),
        ("1.2日", "level", 1.2, "日"),
        ("0.6日", "abs_change", -0.6, "日"),
    ]


def test_a_column_of_falls_holds_their_sizes() -> None:
    # 同比下降(%): 14.7 is a growth of -14.7, and a cell signed -30.3 a rise (one rule for
    # both table readers: tables.signed_by_column)
    text = "地区 | 网站数(个) | 同比下降(%) |\n四川 | 909 | 14.7 |\n西藏 | 215 | -30.3 |\n"
    assert fact_rows(text, "measure", "value_base", region="全国", year=2031) == [
        ("909", "count", 909.0),
        ("14.7", "growth_yoy", -14.7),
        ("215", "count", 215.0),
        ("-30.3", "growth_yoy", 30.3),
    ]


def test_a_water_tables_depth_and_a_rise_since_the_quarters_end() -> None:
    # 埋深 (a water table's depth below ground) is a statistic, not a thing's size; 较二季度末
    # is a base, 提升 a growth
    text = "全省浅层地下水位平均埋深14.82米,同比上升0.9米。月活钱包150万个,较二季度末提升40%。"
    assert fact_rows(text, "measure", "subject", region="全国", year=2031) == [
        ("14.82米", "level", "浅层地下水位平均埋深"),
        ("0.9米", "abs_change", "浅层地下水位平均埋深"),
        ("150万个", "count", "月活钱包"),
        ("40%", "growth_yoy", "月活钱包"),
    ]


def test_a_ranking_of_places_named_alike_is_no_places_own_text() -> None:
    # found pasting such a table into /text/: the whole text was taken for the first row's
    text = "民生实事满意度调查\n序号 省份 新开工小区数(个)\n\n1 贵州 1071\n\n2 湖北 4284\n\n3 江苏 1498\n"
    assert guess_own(text) == (None, None)
    assert guess_own("平遥县推进民生实事\n平遥县今年新建幼儿园3所,湖北派员考察。平遥县…") == (
        "平遥县",
        "140728",
    )


def test_a_share_of_the_task_and_a_table_of_tasks_with_their_progress() -> None:
    # 占年度目标任务/占前三季度目标任务: progress against the task, a share, in the months
    # done; the cell after each row's number under 目标任务 states the row's target
    text = (
        "1-7月,全市重点项目完成投资291.5亿元,占前三季度目标任务78.5%,占年度目标任务55.3%。\n"
        "序号\n目标任务\n牵头责任单位\n目前完成情况\n"
        "52\n建成高标准农田8.3万亩。\n农田建设股\n已建成5.1万亩。\n"
    )
    assert fact_rows(text, "measure", region="全国", year=2031) == [
        ("291.5亿元", "level"),
        ("78.5%", "share"),
        ("55.3%", "share"),
        ("8.3万亩", "target"),
        ("5.1万亩", "level"),
    ]
    # (the months done are the shares' period; a row's target keeps the months too, not
    # yet its deadline's year: left, see docs/textfacts.md)
    assert fact_rows(text, "period", region="全国", year=2031)[1] == ("78.5%", "2031-01/2031-07")


def test_rows_with_percent_cells_under_a_header_of_fewer_columns_are_no_table() -> None:
    # (a header wrapped over lines that no reader sees whole: its last line is no header of
    # these rows, whose first value would be read under it as a target)
    text = "完成前三季度目标任务占比(%)\n达州市 12.9% 527.3 371.5 291.5 78.5%\n渠县 12.4% 31.3 20.9 16.9 80.9%\n"
    assert read_tables(text) == []


def test_targets_named_after_the_figure_and_an_assessment_of_targets() -> None:
    # 15%以上的增长: a growth, its bound before 的; N%的规划目标: a target; 目标考核达标率:
    # a rate reached; 完成50户改造任务: the task's size
    text = (
        "全年投资保持12%以上的增长。水体比例达92.1%,远超60%的规划目标。"
        "目标考核达标率100%。已改造危房217户,超额完成50户改造任务。"
    )
    assert fact_rows(text, "measure", region="全国", year=2031) == [
        ("12%", "growth_yoy"),
        ("92.1%", "share"),
        ("60%", "target"),
        ("100%", "share"),
        ("217户", "count"),
        ("50户", "target"),
    ]
