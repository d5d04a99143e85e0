"""Round 28 (session 18), in running text: stock words read only as words, a mean of two
years' growth, lists of changes, of references and of places, and pledges. Sentences are
our own."""

from __future__ import annotations

from .rows import fact_rows


def test_a_stock_word_inside_another_word_names_no_stock() -> None:
    # 扎实有序 holds 实有 and 实现有效 holds 现有; neither says the figure is a state
    text = (
        "一季度,全县农业总产值3.1亿元。春播工作扎实有序,油菜产量1.2万吨,增长3.5%。"
        "衔接工作实现有效推进,生猪出栏2.6万头。"
    )
    assert fact_rows(text, "subject", "period", region="330723", year=2024) == [
        ("3.1亿元", "农业总产值", "2024-01/2024-03"),
        ("1.2万吨", "油菜产量", "2024-01/2024-03"),
        ("3.5%", "油菜产量", "2024-01/2024-03"),
        ("2.6万头", "生猪出栏", "2024-01/2024-03"),
    ]


def test_a_flow_named_after_a_stock_keeps_the_span() -> None:
    text = "上半年,全县奶牛存栏3.2万头,增长4.0%;肉羊饲养量18.5万只,增长2.2%,出栏9.1万只。"
    assert fact_rows(text, "subject", "period", region="640181", year=2024) == [
        ("3.2万头", "奶牛存栏", "2024-06"),
        ("4.0%", "奶牛存栏", "2024-06"),
        ("18.5万只", "肉羊饲养量", "2024-01/2024-06"),
        ("2.2%", "肉羊饲养量", "2024-01/2024-06"),
        ("9.1万只", "肉羊出栏", "2024-01/2024-06"),
    ]


def test_a_mean_of_two_years_keeps_the_reported_year() -> None:
    # convention 38: not the plan period the text names elsewhere
    text = (
        "“十四五”开局之年,全市经济稳步恢复。2021年全市生产总值812亿元,增长7.1%,"
        "两年平均增长5.2%;第二产业增加值301亿元,两年平均增长4.4%。全市“十四五”期间年均增长6%以上。"
    )
    assert fact_rows(text, "period", "basis", region="330600", year=2021) == [
        ("812亿元", "2021", None),
        ("7.1%", "2021", "prev_year"),
        ("5.2%", "2021", "avg_annual"),
        ("301亿元", "2021", None),
        ("4.4%", "2021", "avg_annual"),
        ("6%", "2021/2025", "avg_annual"),
    ]


def test_a_list_of_items_named_by_their_change() -> None:
    text = "全年居民消费价格上涨1.2%。其中,上涨的有:衣着1.8%、医疗保健0.9%;下降的有:交通通信2.1%。"
    assert fact_rows(text, "subject", "measure", "value", region="330600", year=2023) == [
        ("1.2%", "居民消费价格", "growth_yoy", 1.2),
        ("1.8%", "衣着", "growth_yoy", 1.8),
        ("0.9%", "医疗保健", "growth_yoy", 0.9),
        ("2.1%", "交通通信", "growth_yoy", -2.1),
    ]


def test_a_list_of_references_is_no_region() -> None:
    text = "2024年,全县生产总值增长6.6%,分别高于全国、全省、丽水全市1.6、1.1、0.3个百分点。"
    assert fact_rows(text, "region", "basis", region="331181", year=2024) == [
        ("6.6%", "龙泉市", "prev_year"),
        ("1.6", "龙泉市", "gap_vs_reference"),
        ("1.1", "龙泉市", "gap_vs_reference"),
        ("0.3个百分点", "龙泉市", "gap_vs_reference"),
    ]


def test_a_pledge_governs_its_sentence() -> None:
    text = "今年全省将确保城镇新增就业40万人以上,帮助就业困难人员就业6万人,零就业家庭动态清零。"
    assert fact_rows(text, "measure", region="530000", year=2023) == [
        ("40万人", "target"),
        ("6万人", "target"),
    ]


def test_a_list_of_places_after_a_reporters_clause() -> None:
    text = (
        "记者梳理发现,据各市统计部门发布的数据,今年一季度共有4地GDP增速跑赢全国,"
        "分别是:许昌(6.1%)、漯河(5.9%)、开封(5.8%)、商丘(5.6%)。"
    )
    assert fact_rows(text, "subject", "region", region="410000", year=2025) == [
        ("6.1%", "GDP", "许昌市"),
        ("5.9%", "GDP", "漯河市"),
        ("5.8%", "GDP", "开封市"),
        ("5.6%", "GDP", "商丘市"),
    ]


def test_trend_words_and_a_verb_of_happening_leave_the_subject() -> None:
    text = (
        "1-10月,泸溪县、凤凰县工业用水总量呈下降趋势,同比分别下降2.0%和0.5%。"
        "全年建筑业发生生产安全事故5起,节能产品采购比例均为100%。"
    )
    assert fact_rows(text, "subject", "region", region="433100", year=2025) == [
        ("2.0%", "工业用水总量", "泸溪县"),
        ("0.5%", "工业用水总量", "凤凰县"),
        ("5起", "建筑业生产安全事故", "湘西土家族苗族自治州"),
        ("100%", "节能产品采购比例", "湘西土家族苗族自治州"),
    ]


def test_an_aside_a_month_behind_does_not_date_the_next_paragraph() -> None:
    text = (
        "上半年,全州生产总值820亿元,增长5.1%。\n"
        "规模以上工业增加值增长9.2%。企业效益改善。1-5月,规模以上工业企业利润总额41.3亿元。\n"
        "第三产业增长4.0%。\n"
        "一季度后,全州投资回升。一季度,全州固定资产投资增长8.8%;1-2月,房地产开发投资下降3.1%。\n"
        "社会消费品零售总额增长6.2%。\n"
    )
    assert fact_rows(text, "period", region="513400", year=2022) == [
        ("820亿元", "2022-01/2022-06"),
        ("5.1%", "2022-01/2022-06"),
        ("9.2%", "2022-01/2022-06"),
        ("41.3亿元", "2022-01/2022-05"),
        ("4.0%", "2022-01/2022-06"),
        ("8.8%", "2022-01/2022-03"),
        ("3.1%", "2022-01/2022-02"),
        ("6.2%", "2022-01/2022-03"),
    ]


def test_two_periods_read_together_are_no_base() -> None:
    text = (
        "2021年上半年,全省居民人均可支配收入12100元,增长11.5%;"
        "综合2020年上半年和2021年上半年来看,平均增长8.1%。\n城镇居民人均可支配收入20100元。"
    )
    assert fact_rows(text, "period", region="520000", year=2021) == [
        ("12100元", "2021-01/2021-06"),
        ("11.5%", "2021-01/2021-06"),
        ("8.1%", "2021-01/2021-06"),
        ("20100元", "2021-01/2021-06"),
    ]


def test_a_months_release_carries_its_month_to_counts() -> None:
    text = (
        "七月份,全市公共资源交易项目共312项,交易额96.4亿元。\n"
        "从地区分布看,市本级交易数201项,交易额70.1亿元;甲县交易数51项。\n"
    )
    assert fact_rows(text, "subject", "period", region="320200", year=2024) == [
        ("312项", "公共资源交易项目", "2024-07"),
        ("96.4亿元", "交易额", "2024-07"),
        ("201项", "市本级交易数", "2024-07"),
        ("70.1亿元", "交易额", "2024-07"),
        ("51项", "甲县交易数", "2024-07"),
    ]


def test_a_plan_completed_is_no_period_and_no_subject() -> None:
    text = (
        "2020年,全省茶叶产量46.1万吨,增长3.2%,超额完成“十三五”规划42万吨的目标任务,"
        "首次超越乙省跃居全国第二位。林业总产值年增速超6%,总量位居全国第五。"
    )
    assert fact_rows(text, "subject", "period", "measure", region="350000", year=2020) == [
        ("46.1万吨", "茶叶产量", "2020", "level"),
        ("3.2%", "茶叶产量", "2020", "growth_yoy"),
        ("42万吨", "茶叶产量", "2020", "target"),
        ("第二位", "茶叶产量", "2020", "rank"),
        ("6%", "林业总产值", "2020", "growth_yoy"),
        ("第五", "林业总产值", "2020", "rank"),
    ]


def test_how_often_a_figure_moved_is_no_part_of_it() -> None:
    text = "全区八十岁以上老年人逐年增加,由2.1万人上升到2.6万人。"
    assert fact_rows(text, "subject", region="110105", year=2020) == [
        ("2.1万人", "八十岁以上老年人"),
        ("2.6万人", "八十岁以上老年人"),
    ]


def test_a_target_task_named_as_done_makes_no_later_figure_a_target() -> None:
    text = (
        "全省近海捕捞产量120.5万吨,下降3.1%,完成国家下达我省近海捕捞减量目标任务;"
        "远洋捕捞产量40.2万吨,增长6.0%。"
    )
    assert fact_rows(text, "measure", region="350000", year=2020) == [
        ("120.5万吨", "level"),
        ("3.1%", "growth_yoy"),
        ("40.2万吨", "level"),
        ("6.0%", "growth_yoy"),
    ]


def test_a_budget_approved_is_the_years_plan_and_its_revision_a_change() -> None:
    text = (
        "区人代会审议批准年初一般公共预算收入52.30亿元,其中:本级收入31.10亿元。"
        "区人大常委会批准预算调整方案,一般公共预算收支各调增4亿元。"
        "全年一般公共预算收入完成55.02亿元,为调整预算的98.1%。"
    )
    assert fact_rows(text, "subject", "measure", region="500120", year=2022) == [
        ("52.30亿元", "一般公共预算收入", "target"),
        ("31.10亿元", "本级一般公共预算收入", "target"),
        ("4亿元", "一般公共预算收支", "abs_change"),
        ("55.02亿元", "一般公共预算收入", "level"),
        ("98.1%", "一般公共预算收入完成调整预算", "share"),
    ]


def test_the_parts_of_a_year_listed_before_respectively() -> None:
    text = (
        "2023年,全省社会消费品零售总额增长5.9%;从走势看,一季度、上半年、前三季度、全年"
        "分别增长4.1%、6.2%、5.7%和5.9%。"
    )
    assert fact_rows(text, "period", region="340000", year=2024) == [
        ("5.9%", "2023"),
        ("4.1%", "2023-01/2023-03"),
        ("6.2%", "2023-01/2023-06"),
        ("5.7%", "2023-01/2023-09"),
        ("5.9%", "2023"),
    ]
