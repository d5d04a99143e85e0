"""Scoring predicted facts against gold annotations, as the guideline's *Scoring* section says.

A prediction matches a gold fact when their spans overlap and ``value_base`` and
``measure`` agree (relative tolerance 1e-6; lists element by element). Unmatched
non-optional gold facts are misses; optional ones are neither; a prediction that matches
nothing is a false positive. Field accuracy is measured on matched non-optional facts;
``subject`` leniently (equal after normalisation, or one contains the other), ``region``
by identity (the same GB/T 2260 division under two names, 阿坝 and 阿坝藏族羌族自治州).

Examples
--------
>>> gold = [Fact.from_dict({"char_start": 0, "char_end": 4, "measure": "growth_yoy",
...                         "value_base": 4.1, "subject": "地区生产总值增速", "unit": "%"})]
>>> pred = [Fact.from_dict({"char_start": 0, "char_end": 4, "measure": "growth_yoy",
...                         "value_base": 4.1, "subject": "地区生产总值", "unit": "%"})]
>>> s = evaluate(pred, gold)
>>> (s.precision, s.recall, s.f1, s.field_accuracy["subject"], s.fully_correct_f1)
(1.0, 1.0, 1.0, 1.0, 1.0)
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from .regions import COUNTRY_WORDS, lookup
from .schema import Fact, Value
from .subjects import normalise_subject, share_part

FIELDS: Final = ("unit", "period", "region", "qualifier", "comparable_price", "subject")
#: Fields that must also be right for a fact to count as fully correct.
FULLY_CORRECT_FIELDS: Final = ("subject", "period", "region", "unit")


@dataclass(slots=True)
class Scores:
    """Detection precision/recall/F1, field accuracy and fully-correct F1."""

    true_positives: int
    false_positives: int
    misses: int
    fully_correct: int
    field_accuracy: dict[str, float]
    missed: list[Fact] = field(default_factory=list)
    spurious: list[Fact] = field(default_factory=list)
    wrong: list[tuple[Fact, Fact, list[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predictions (optional matches aside) that match a gold fact."""
        return _ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        """Share of non-optional gold facts that were found."""
        return _ratio(self.true_positives, self.true_positives + self.misses)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)

    @property
    def fully_correct_f1(self) -> float:
        """F1 counting as hits only matches whose subject, period, region and unit are right."""
        p = _ratio(self.fully_correct, self.true_positives + self.false_positives)
        r = _ratio(self.fully_correct, self.true_positives + self.misses)
        return _f1(p, r)

    def as_dict(self) -> dict[str, object]:
        """The figures as a JSON-ready dict (rounded to 4 places)."""
        return {
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "misses": self.misses,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "field_accuracy": {k: round(v, 4) for k, v in self.field_accuracy.items()},
            "fully_correct": self.fully_correct,
            "fully_correct_f1": round(self.fully_correct_f1, 4),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def values_agree(a: Value, b: Value) -> bool:
    """Whether two values agree within relative tolerance 1e-6 (lists element by element).

    Examples
    --------
    >>> values_agree(9600.0, 9599.99999), values_agree([9.8, 41.2], [9.8, 41.2]), values_agree(None, 1.0)
    (True, True, False)
    """
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, list) or isinstance(b, list):
        if not (isinstance(a, list) and isinstance(b, list)) or len(a) != len(b):
            return False
        return all(
            math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9) for x, y in zip(a, b, strict=True)
        )
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def subjects_agree(a: str | None, b: str | None) -> bool:
    """Lenient subject comparison: equal after normalisation, or one contains the other.

    Examples
    --------
    >>> subjects_agree("小学", "放心午餐工程覆盖小学"), subjects_agree("", "小学")
    (True, False)
    """
    if not a or not b:
        return a == b
    na, nb = normalise_subject(a), normalise_subject(b)
    return bool(na and nb) and (na == nb or na in nb or nb in na)


def regions_agree(a: str | None, b: str | None, near: str | None = None) -> bool:
    """Whether two region names name the same division: equal, or both found in the
    GB/T 2260 data as one code (a table's short ``阿坝`` is ``阿坝藏族羌族自治州``). ``near``
    (a code: the predicted fact's) settles short names shared by several divisions. Names
    not in the data (named groups, parts of a city) must be equal.

    Examples
    --------
    >>> regions_agree("阿坝", "阿坝藏族羌族自治州"), regions_agree("广州", "广州市")
    (True, True)
    >>> regions_agree("广州", "深圳市"), regions_agree("珠三角", "珠三角地区"), regions_agree(None, "甲")
    (False, False, False)
    >>> regions_agree("中国", "全国"), regions_agree("全球", "全国")
    (True, False)
    """
    if a == b:
        return True
    if not a or not b:
        return False
    if a in COUNTRY_WORDS and b in COUNTRY_WORDS:
        return True  # 中国咖啡豆产量…: the country by its name, as 全国 says it
    found_a, found_b = lookup(a, near), lookup(b, near)
    return found_a is not None and found_b is not None and found_a.code == found_b.code


def _matches(pred: Fact, gold: Fact) -> bool:
    overlap = pred.char_start < gold.char_end and gold.char_start < pred.char_end
    return (
        overlap and pred.measure == gold.measure and values_agree(pred.value_base, gold.value_base)
    )


def same_period(a: str | None, b: str | None) -> bool:
    """Whether two period strings name the same period: January to December is the year
    (convention 3), a span of one month is that month (convention 4: a holiday's month).

    Examples
    --------
    >>> same_period("2021-01/2021-12", "2021"), same_period("2021-01/2021-11", "2021")
    (True, False)
    >>> same_period("2021-04/2021-04", "2021-04"), same_period("2021-04/2021-05", "2021-04")
    (True, False)
    """
    return _whole_year(a) == _whole_year(b)


def _whole_year(period: str | None) -> str | None:
    if period is None or len(period) != 15 or period[:4] != period[8:12]:
        return period
    if period[:7] == period[8:]:
        return period[:7]  # 2021-04/2021-04 is 2021-04
    return period[:4] if period[4:8] == "-01/" and period[12:] == "-12" else period


#: Measures whose subject may be a share's wording, compared by the share's part
#: (convention 12): a share, and its change in 个百分点 (比重提高N个百分点).
_OF_SHARES: Final = frozenset({"share", "pp_change"})


def _field_right(name: str, pred: Fact, gold: Fact) -> bool:
    if name == "subject":
        if gold.measure in _OF_SHARES:
            return subjects_agree(share_part(pred.subject), share_part(gold.subject))
        return subjects_agree(pred.subject, gold.subject)
    if name == "period":
        return same_period(pred.period, gold.period)
    if name == "region":
        return regions_agree(pred.region, gold.region, pred.region_code)
    return bool(getattr(pred, name) == getattr(gold, name))


def evaluate(predicted: Sequence[Fact], gold: Sequence[Fact]) -> Scores:
    """Score predictions against gold facts.

    Parameters
    ----------
    predicted, gold
        Facts of the same text (offsets into the same string).

    Returns
    -------
    Scores
        With ``missed``, ``spurious`` and ``wrong`` (matched, with wrong fields) kept for
        error analysis.

    Examples
    --------
    >>> evaluate([], []).f1
    0.0
    """
    used: set[int] = set()
    tp = misses = fully = 0
    right = dict.fromkeys(FIELDS, 0)
    missed: list[Fact] = []
    wrong: list[tuple[Fact, Fact, list[str]]] = []
    for g in gold:
        hit = next((i for i, p in enumerate(predicted) if i not in used and _matches(p, g)), None)
        if hit is None:
            if not g.optional:
                misses += 1
                missed.append(g)
            continue
        used.add(hit)
        if g.optional:
            continue
        tp += 1
        p = predicted[hit]
        bad = [name for name in FIELDS if not _field_right(name, p, g)]
        for name in FIELDS:
            right[name] += name not in bad
        if not set(bad) & set(FULLY_CORRECT_FIELDS):
            fully += 1
        if bad:
            wrong.append((p, g, bad))
    spurious = [p for i, p in enumerate(predicted) if i not in used]
    accuracy = {name: _ratio(count, tp) for name, count in right.items()}
    return Scores(tp, len(spurious), misses, fully, accuracy, missed, spurious, wrong)


def pool(scores: Sequence[Scores]) -> Scores:
    """Several texts' scores pooled: counts summed, field accuracy over all matched facts.

    Examples
    --------
    >>> a = Scores(3, 1, 0, 2, {"unit": 1.0}, [], [], [])
    >>> b = Scores(1, 0, 1, 1, {"unit": 0.0}, [], [], [])
    >>> p = pool([a, b])
    >>> (p.true_positives, p.false_positives, p.misses, p.fully_correct, p.field_accuracy)
    (4, 1, 1, 3, {'unit': 0.75})
    """
    tp = sum(s.true_positives for s in scores)
    names = list(scores[0].field_accuracy) if scores else list(FIELDS)
    accuracy = {
        name: _ratio(
            round(sum(s.field_accuracy.get(name, 0.0) * s.true_positives for s in scores)), tp
        )
        for name in names
    }
    return Scores(
        tp,
        sum(s.false_positives for s in scores),
        sum(s.misses for s in scores),
        sum(s.fully_correct for s in scores),
        accuracy,
        [f for s in scores for f in s.missed],
        [f for s in scores for f in s.spurious],
        [w for s in scores for w in s.wrong],
    )


def read_jsonl(text: str) -> list[Fact]:
    """Facts from JSON Lines text (blank lines skipped).

    Examples
    --------
    >>> read_jsonl('{"char_start": 0, "char_end": 2, "measure": "count", "value": 8}\\n')[0].value
    8.0
    """
    return [Fact.from_dict(json.loads(line)) for line in text.splitlines() if line.strip()]


def to_jsonl(facts: Iterable[Fact]) -> str:
    """JSON Lines text of facts, one object per line, UTF-8 characters kept.

    Examples
    --------
    >>> to_jsonl([]) == ""
    True
    """
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in facts)
