"""The package stays pure, the scorer follows the guideline, the alias matcher works."""

from __future__ import annotations

import subprocess
import sys

from citystat.textfacts import Fact, evaluate, match_indicator, read_jsonl, to_jsonl
from citystat.textfacts.subjects import IndicatorMatch, indicator_in


def test_importing_citystat_textfacts_loads_no_django() -> None:
    code = (
        "import sys, citystat.textfacts, citystat.commands.extract;"
        "citystat.textfacts.extract('全县小学36所。');"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'));"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _fact(start: int, end: int, value: float | list[float], **kw: object) -> Fact:
    data = {
        "char_start": start,
        "char_end": end,
        "measure": "level",
        "value": value,
        "value_base": value,
    }
    data.update(kw)
    return Fact.from_dict(data)


def test_match_needs_overlap_value_and_measure() -> None:
    gold = [
        _fact(0, 4, 10.0),
        _fact(10, 14, 5.0),
        _fact(20, 26, [9.8, 41.2, 49.0], measure="ratio"),
    ]
    predicted = [
        _fact(1, 3, 10.0 * (1 + 1e-8)),
        _fact(10, 14, 5.0, measure="share"),
        _fact(20, 26, [9.8, 41.2, 49.0], measure="ratio"),
        _fact(30, 32, 1.0),
    ]
    s = evaluate(predicted, gold)
    assert (s.true_positives, s.false_positives, s.misses) == (2, 2, 1)
    assert round(s.precision, 3) == 0.5 and round(s.recall, 3) == 0.667


def test_optional_gold_is_neither_hit_nor_miss() -> None:
    gold = [_fact(0, 4, 14.0, optional=True), _fact(10, 12, 8.0)]
    assert evaluate([_fact(0, 4, 14.0), _fact(10, 12, 8.0)], gold).precision == 1.0
    assert evaluate([_fact(10, 12, 8.0)], gold).recall == 1.0


def test_field_accuracy_and_fully_correct() -> None:
    gold = [
        _fact(0, 4, 1.0, subject="放心午餐工程覆盖小学", period="2023", region="忻州市", unit="所"),
        _fact(
            5,
            9,
            2.0,
            subject="国省营造林完成面积",
            period="2023",
            region="忻州市",
            unit="万亩",
            qualifier="约",
        ),
    ]
    predicted = [
        _fact(0, 4, 1.0, subject="小学", period="2023", region="忻州市", unit="所"),
        _fact(5, 9, 2.0, subject="营造林任务", period="2022", region="忻州市", unit="万亩"),
    ]
    s = evaluate(predicted, gold)
    assert s.field_accuracy == {
        "unit": 1.0,
        "period": 0.5,
        "region": 1.0,
        "qualifier": 0.5,
        "comparable_price": 1.0,
        "subject": 0.5,
    }
    assert s.fully_correct == 1 and s.fully_correct_f1 == 0.5


def test_regions_are_compared_by_division_not_by_spelling() -> None:
    gold = [
        _fact(0, 4, 1.0, subject="综合指数", period="2024", region="阿坝", unit=None),
        _fact(5, 9, 2.0, subject="综合指数", period="2024", region="广州", unit=None),
        _fact(10, 14, 3.0, subject="综合指数", period="2024", region="珠三角", unit=None),
    ]
    predicted = [
        _fact(0, 4, 1.0, subject="综合指数", period="2024", region="阿坝藏族羌族自治州", unit=None),
        _fact(5, 9, 2.0, subject="综合指数", period="2024", region="深圳市", unit=None),
        _fact(10, 14, 3.0, subject="综合指数", period="2024", region="珠三角地区", unit=None),
    ]
    s = evaluate(predicted, gold)
    assert round(s.field_accuracy["region"], 3) == 0.333 and s.fully_correct == 1


def test_jsonl_round_trip() -> None:
    facts = [_fact(0, 4, 1.0, subject="小学", unit="所"), _fact(5, 9, [1.0, 2.0], measure="ratio")]
    assert read_jsonl(to_jsonl(facts)) == facts


def test_alias_matcher_exact_normalised_fuzzy_and_none() -> None:
    aliases = {
        "地区生产总值": "A01",
        "GDP": "A01",
        "规模以上工业增加值": "B01",
        "社会消费品零售总额": "C01",
    }
    exact = match_indicator("GDP", aliases)
    assert exact is not None and (exact.code, exact.score, exact.method) == ("A01", 1.0, "exact")
    normalised = match_indicator("全市 规上工业增加值", aliases)
    assert normalised is not None and (normalised.code, normalised.method) == ("B01", "normalised")
    fuzzy = match_indicator("社会消费品零售额", aliases)
    assert (
        fuzzy is not None
        and fuzzy.code == "C01"
        and fuzzy.method == "fuzzy"
        and 0.8 <= fuzzy.score < 1
    )
    assert match_indicator("出生率", aliases) is None
    assert match_indicator(None, aliases) is None
    assert match_indicator("出生率", {"人口出生率": "P01"}, cutoff=0.7) is not None


def test_a_part_is_never_matched_to_its_whole() -> None:
    # 采矿业规模以上工业增加值 once matched 规模以上工业增加值 (fuzzy 0.82) and 城镇居民人均可支配收入
    # the residents' whole (0.90): accepting them would have stored a part's figure as the whole's.
    table = {"规模以上工业增加值": "IVA", "居民人均可支配收入": "INC", "增加值": "VA"}
    assert match_indicator("采矿业规模以上工业增加值", table) is None
    assert match_indicator("城镇居民人均可支配收入", table) is None
    assert indicator_in("采矿业规模以上工业增加值增速", "", table) is None
    assert indicator_in("城镇居民人均可支配收入", "", table) is None
    # words that do not narrow it: still the indicator
    assert match_indicator("全年规模以上工业增加值", table) == IndicatorMatch("IVA", 0.875, "fuzzy")
    assert indicator_in("全市累计规上工业增加值增速", "", table) == IndicatorMatch(
        "IVA", 1.0, "contained"
    )
