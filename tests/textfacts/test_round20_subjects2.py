"""Round 20 (session 10), second pass on subjects: general classes of wording.

Sentences of our own (other places, other numbers) of the shapes the development sets' texts take.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "甲省", year: int | None = 2022
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


def test_a_rank_in_another_whole_is_the_same_figures() -> None:
    # 增速居全国第六、西部第三: the second rank is the growth's too, not a subject 西部
    text = "上半年,全省宽带接入流量31亿Gb,同比增88.1%,增速居全国第六、西部第三;"
    assert _rows(text, "subject", "region") == [
        ("31亿Gb", "宽带接入流量", "甲省"),
        ("88.1%", "宽带接入流量", "甲省"),
        ("第六", "宽带接入流量增速", "甲省"),
        ("第三", "宽带接入流量增速", "甲省"),
    ]


def test_wholes_listed_before_their_ranks() -> None:
    # 全国和西部增速排名分别为…: the growth of the figure before, of its own place
    text = "宽带用户2105.2万户,同比增长3.1%,全国和西部增速排名分别为第十二和第五。"
    assert _rows(text, "subject", "region") == [
        ("2105.2万户", "宽带用户", "甲省"),
        ("3.1%", "宽带用户", "甲省"),
        ("第十二", "宽带用户增速", "甲省"),
        ("第五", "宽带用户增速", "甲省"),
    ]


def test_a_stages_pupils_and_staff_are_named_without_schools() -> None:
    # 义务教育阶段学校45所,招生…: 义务教育阶段招生; a kind of school keeps 学校
    text = (
        "2022年,全县共有义务教育阶段学校45所,招生12036人,在校生50210人,专任教师3810人。"
        "中等职业学校3所,招生1520人。"
    )
    assert _rows(text, "subject", region="乙县") == [
        ("45所", "义务教育阶段学校"),
        ("12036人", "义务教育阶段招生"),
        ("50210人", "义务教育阶段在校生"),
        ("3810人", "义务教育阶段专任教师"),
        ("3所", "中等职业学校"),
        ("1520人", "中等职业学校招生"),
    ]


def test_a_bare_count_of_schools_under_a_stage() -> None:
    # ——小学。校数15所: the schools (the stage is the heading's)
    text = "——小学。校数15所;毕业3900人;招生3500人。"
    assert _rows(text, "subject", region="乙县") == [
        ("15所", "学校"),
        ("3900人", "毕业"),
        ("3500人", "招生"),
    ]


def test_a_bare_share_after_a_clause_judging_it() -> None:
    # …比重上升最快,占比x%: the share of the amount the sentence named
    text = (
        "城乡居民生活用电量320.5亿千瓦时,同比增长9.8%,占全省用电总量的比重上升最快,"
        "占比14.2%,同比提升0.51个百分点。"
    )
    assert _rows(text, "subject", "measure") == [
        ("320.5亿千瓦时", "城乡居民生活用电量", "level"),
        ("9.8%", "城乡居民生活用电量", "growth_yoy"),
        ("14.2%", "城乡居民生活用电量占比", "share"),
        ("0.51个百分点", "城乡居民生活用电量占比", "pp_change"),
    ]


def test_things_counted_then_done_to_are_named_verb_first() -> None:
    # 对N个X进行了评价: 评价X, as 整治X, 新建X
    text = "全年共对25个湖泊水功能区进行了评价。对41处危险路段进行整治,新建公厕12座。"
    assert _rows(text, "subject") == [
        ("25个", "评价湖泊水功能区"),
        ("41处", "整治危险路段"),
        ("12座", "新建公厕"),
    ]
