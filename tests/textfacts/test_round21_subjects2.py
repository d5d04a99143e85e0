"""Round 21, third pass (session 11): a doer's word of reporting is no part of what it did.

Sentences of our own, of the shapes of the SOE, postal and fire reports of the development
sets (other places, other numbers)."""

from citystat.textfacts import extract
from citystat.textfacts.subjects import deed_word_dropped, examples_dropped


def _subjects(text: str) -> list[tuple[str | None, str, float | None]]:
    return [(f.subject, f.measure, f.value) for f in extract(text, region="甲市", year=2022)]


def test_an_adverb_between_a_trade_and_its_deed_is_dropped() -> None:
    facts = _subjects("2022年全市玻璃行业共公告产能置换项目9个。")
    assert facts == [("玻璃行业公告产能置换项目", "count", 9.0)]


def test_a_reporting_verb_between_enterprises_and_their_amount_is_dropped() -> None:
    facts = _subjects("全市市属国有企业完成固定资产投资额412亿元,同比增长6.4%。")
    assert ("市属国有企业固定资产投资额", "level", 412.0) in facts
    assert ("市属国有企业固定资产投资额", "growth_yoy", 6.4) in facts


def test_an_accumulating_verb_after_listed_trades_is_dropped() -> None:
    facts = _subjects("1至3月份,全市快递服务农业、制造业累计完成快递业务量近650万件。")
    assert facts[0][:2] == ("快递服务农业、制造业快递业务量", "count")


def test_a_unit_and_its_calls_answered() -> None:
    facts = _subjects("去年,全市消防救援队共接警2361次。")
    assert facts[0][:2] == ("消防救援队接警", "count")


def test_what_keeps_its_word_of_reporting() -> None:
    # a done investment is the amount's name (convention 22); a plan's words are a share's
    assert deed_word_dropped("市重点项目完成投资") == "市重点项目完成投资"
    assert deed_word_dropped("乙企业完成年度计划") == "乙企业完成年度计划"
    assert deed_word_dropped("丙机构共有床位") == "丙机构共有床位"
    # no doer before the verb: a deed's own words
    assert deed_word_dropped("建设完成城市道路") == "建设完成城市道路"
    assert deed_word_dropped("一般公共预算收入") == "一般公共预算收入"


def test_examples_listed_before_a_named_group_are_dropped() -> None:
    text = "全市棉纱、布匹、鞋帽等五大类轻工产品出口210.5亿元,同比增长4.2%。"
    facts = _subjects(text)
    assert ("五大类轻工产品出口", "level", 210.5) in facts
    assert ("五大类轻工产品出口", "growth_yoy", 4.2) in facts


def test_a_doer_before_the_examples_is_kept() -> None:
    facts = _subjects("全市国有企业差旅费用、会议费用、培训费用等三项费用合计86亿元。")
    assert facts[0] == ("国有企业三项费用", "level", 86.0)


def test_cases_of_a_class_after_their_examples() -> None:
    facts = _subjects("全年审结盗窃、诈骗、抢夺等侵财犯罪案件1320件。")
    assert facts[0] == ("侵财犯罪案件", "count", 1320.0)


def test_examples_kept_when_no_group_is_named() -> None:
    assert examples_dropped("白菜、萝卜等价格") == "白菜、萝卜等价格"
    assert examples_dropped("开展送戏、送书等活动") == "开展送戏、送书等活动"
    assert examples_dropped("甲、乙等领域贷款余额") == "甲、乙等领域贷款余额"
