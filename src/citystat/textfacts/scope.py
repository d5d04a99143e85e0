"""Period scope: which period is in force at each point of a text, and how long a stated
period lasts.

The period in force comes in layers, the narrower over the wider:

1. the document's period (the caller's year, a part of the year its title names);
2. a section's (a numbered heading naming a year or a part of the year);
3. a paragraph's opening: the span the text opened with, passed on by the paragraph before
   (:func:`paragraph_opening`);
4. each period expression of the paragraph (:func:`periods.find_events`), from where it is
   stated for as long as its reach (:data:`REACHES`).

A period expression sets the period for the rest of its paragraph unless a rule of
:data:`REACHES` limits it: the first rule that applies to an event says where it ends (its
``until``), and after that end the period in force before it holds again. A new genre's
rule of reach is one more entry of :data:`REACHES`.

Examples
--------
>>> from citystat.textfacts.periods import find_events
>>> text = "1-3月,甲增长5%。3月份,乙增长8%。从贸易方式看,丙增长6%。"
>>> scope = Scope(text, (0, len(text)), "2024", False, _plain(text, "。"), _plain(text, "。,"))
>>> scope.in_force = "2024"
>>> [(e.text, e.until) for e in reach(find_events(text, 2024), scope)]
[('1-3月', None), ('3月份', 21)]
>>> text[21:]
'从贸易方式看,丙增长6%。'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final, NamedTuple

from .periods import DAY_EVENT, PeriodEvent

#: The bounds (start, end) of the sentence or the clause around a position, in a paragraph.
Bounds = Callable[[int], tuple[int, int]]


@dataclass(slots=True)
class Scope:
    """What the rules of reach read of a paragraph, and the period in force as they go."""

    text: str
    paragraph: tuple[int, int]
    #: The document's (or section's) period.
    default: str | None
    #: Whether the text reports a programme's results (see ``extract._Doc.reported``).
    reported: bool
    sentence: Bounds
    clause: Bounds
    #: The period in force before the event read (an open-ended period sets it).
    in_force: str | None = None
    #: Whether the period in force is a single month named as such (``10月,``).
    month_named: bool = False
    #: The paragraph's enumerated points (``一是``), found on first use.
    points: list[int] | None = None

    @property
    def cumulative(self) -> bool:
        """Whether the period in force is a span of months (1-8月, 上半年)."""
        return bool(self.in_force and "/" in self.in_force and "-" in self.in_force)


class Reach(NamedTuple):
    """Where a period stops applying (``None``: the rest of its paragraph), and what it is
    read as when a rule changes that (its kind, its period)."""

    until: int | None
    kind: str | None = None
    period: str | None = None
    #: Whether the period, open-ended, becomes the one in force (not a 全年累计 aside).
    in_force: bool = True


#: A rule of reach: the reach of an event when the rule applies to it, else ``None``.
Rule = Callable[[Scope, PeriodEvent], Reach | None]


def paragraph_opening(passed: str | None, lead_span: str | None, default: str | None) -> str | None:
    """The period in force where a paragraph opens, before any period it names: the span
    the text opened with (``lead_span``: a quarter, a half, months from January) when the
    paragraph before passed it on (``一季度,…。⏎3月份,…``, round 17), else ``default``.
    A period of limited reach gives way to it when no earlier period of its paragraph
    holds (round 20).

    >>> paragraph_opening("2024-01/2024-03", "2024-01/2024-03", "2024")
    '2024-01/2024-03'
    >>> paragraph_opening("2024-03", "2024-01/2024-03", "2024")
    '2024'
    """
    return passed if lead_span and passed == lead_span else default


def lead_span(event: PeriodEvent, year: int | None) -> bool:
    """Whether ``event`` names months from January of ``year`` (``1-3月``, ``前三季度``).

    >>> e = PeriodEvent(0, 4, "1-3月", "2024-01/2024-03", 2024, "range")
    >>> lead_span(e, 2024), lead_span(replace(e, period="2024-02/2024-03"), 2024)
    (True, False)
    """
    return event.kind in ("range", "first") and (event.period or "").startswith(f"{year}-01/")


def reach(events: Sequence[PeriodEvent], scope: Scope) -> list[PeriodEvent]:
    """``events`` of a paragraph with their reach (``until``) set by :data:`REACHES`, from
    the period the paragraph opens in (``scope.in_force``, :func:`paragraph_opening`)."""
    out: list[PeriodEvent] = []
    for event in events:
        found = next((r for rule in REACHES if (r := rule(scope, event)) is not None), Reach(None))
        kind = found.kind or event.kind
        period = found.period or event.period
        changed = found.until != event.until or kind != event.kind or period != event.period
        out.append(
            replace(event, until=found.until, kind=kind, period=period) if changed else event
        )  # (frozen: kept as it is when nothing changed)
        if found.until is None and found.in_force:
            scope.in_force = event.period
            scope.month_named = event.kind == "month"
    return out


def holds(text: str, event: PeriodEvent, position: int, measure: str) -> bool:
    """Whether a period stated before ``position`` still holds there: within its reach, or a
    target's period for the further targets of its sentence."""
    if event.until is None or position < event.until:
        return True
    return (
        event.kind == "target"
        and measure == "target"
        and not any(c in _SENTENCE_END for c in text[event.end : position])
    )


_SENTENCE_END: Final = "。!！?？\n"
#: The end of a part of a sentence (a semicolon or the sentence's end).
_PART_END = re.compile(r"[;；。!！?？\n]")
#: What says a figure of a release of one month is cumulative (``累计上涨``, ``平均上涨``).
_CUMULATIVE_ASIDE = re.compile(r"累计|平均")
#: A sentence opened by a breakdown by period (``分季度看,``), its periods its own.
_BREAKDOWN = re.compile(r"\s*(?:分季度|分季|分月份?|按季度|从环比)看")
#: A period naming a target (``全年目标为增长7%``), not a heading of targets (``目标:``).
_TARGET_PERIOD = re.compile(r"的?(?:主要)?(?:预期|奋斗)?目标")
_TARGET_COLON = re.compile(r"的?(?:主要)?(?:预期|奋斗)?目标(?:任务)?(?:是|为)?[:：]")
#: A sentence opened by a breakdown by kind (``。从贸易方式看,``), not by period (``从环比看``).
_VIEW_OPENS = re.compile(
    r"[。;；]\s*从(?![^,，。]{0,3}(?:环比|同比|月|季))[^,，。;；\d]{1,8}看[,，]"
)
#: The marker of an enumerated point (``一是``, ``二是``).
_POINT = re.compile(r"[一二三四五六七八九十]是")
#: Words that may stand before a period opening its clause (``在已过去的第三季度里``).
_CLAUSE_OPENING = re.compile(r"\s*(?:在|于|从|自)?(?:已经?过去的|过去的|刚刚过去的)?\s*")


def _sentence_end(scope: Scope, position: int) -> Reach:
    return Reach(scope.sentence(position)[1])


def _opens_clause(scope: Scope, event: PeriodEvent) -> bool:
    """Whether ``event`` opens its clause (``…,在已过去的第三季度里,…``), not inside it
    after its subject (``市财政1至11月用于…``)."""
    start = scope.clause(event.start)[0]
    return _CLAUSE_OPENING.fullmatch(scope.text, start, event.start) is not None


def _opens_sentence(scope: Scope, event: PeriodEvent) -> bool:
    """``…。10月份,全国城镇调查失业率为5.0%。本地户籍…``: a month heading its sentence with
    a comma sets the period of what follows, as a range would."""
    start = scope.sentence(event.start)[0]
    text = scope.text
    return not text[start : event.start].strip() and text[event.end : event.end + 1] in ",，"


def _points(text: str, paragraph: tuple[int, int]) -> list[int]:
    """Where the paragraph's enumerated points (``一是``, ``二是``) start."""
    return [m.start() for m in _POINT.finditer(text, *paragraph)]


def _point_end(points: list[int], event: PeriodEvent) -> int | None:
    """Where the enumerated point holding ``event`` ends (the next point's marker), when
    the event lies inside a point and a further point follows in the paragraph: a period
    named within a point (``二是…前三季度…;三是…``) is that point's only.

    >>> t = "前11月有以下特点:一是甲,乙增长5%;二是前三季度出台政策13项;三是丙增长6%。"
    >>> e = PeriodEvent(t.index("前三"), t.index("前三") + 4, "前三季度", "2024-01/2024-09", 2024, "part")
    >>> t[_point_end(_points(t, (0, len(t))), e):][:2]
    '三是'
    """
    if len(points) < 2 or points[0] >= event.start:
        return None
    following = bisect_left(points, event.end)
    return points[following] if following < len(points) else None


# The rules of reach, each for one kind of limited period (first that applies wins).


def _year_so_far_in_a_month(scope: Scope, event: PeriodEvent) -> Reach | None:
    """10月,…完成函件5.17万件;全年累计完成198.42万件。完成包裹…: a month's release sums
    the year so far, January to that month (convention 21), for the part of its sentence
    up to a semicolon; the month's figures go on after (round 18). Not after 截至6月底已
    完成…,全年累计完成…: the year's total."""
    in_force = scope.in_force
    if not (
        event.text == "全年"
        and scope.text.startswith("累计", event.end)
        and in_force
        and len(in_force) == 7
        and scope.month_named
        and event.period == in_force[:4]
    ):
        return None
    stop = _PART_END.search(scope.text, event.end, scope.paragraph[1])
    part = f"{in_force[:4]}-01/{in_force}" if in_force[5:] != "01" else in_force
    return Reach(stop.start() if stop else None, "range", part, in_force=False)


def _month_inside_a_span(scope: Scope, event: PeriodEvent) -> Reach | None:
    """A single month (``8月份当月``) inside a span of months in force (1-8月, 上半年), not
    heading its sentence, holds for its own sentence; the next is the span's again."""
    if event.kind == "month" and scope.cumulative and not _opens_sentence(scope, event):
        return _sentence_end(scope, event.end)
    return None


def _month_heading_in_a_span(scope: Scope, event: PeriodEvent) -> Reach | None:
    """一季度,…。3月份,全省进出口…。其中出口…。从贸易方式看,一般贸易…: a month singled out
    in a release of a span holds until a breakdown opens a sentence; the breakdown's parts
    add up to the span's total, not the month's (round 19)."""
    if not (event.kind == "month" and scope.cumulative):
        return None
    text, end = scope.text, scope.paragraph[1]
    if "看" not in text[event.end : end]:
        return None
    view = _VIEW_OPENS.search(text, event.end, end)
    return Reach(view.start() + 1 if view is not None else None)


def _target_in_a_span(scope: Scope, event: PeriodEvent) -> Reach | None:
    """In a span in force, a period naming a target (``全年目标为增长7%``) holds for its
    clause (and the further targets of its sentence, see :func:`holds`): progress after it
    (``完成年度目标的47.1%``) keeps the span. A heading ``今年目标:`` governs what follows."""
    text = scope.text
    if (
        scope.cumulative
        and _TARGET_PERIOD.match(text, event.end)
        and not _TARGET_COLON.match(text, event.end)
    ):
        return Reach(scope.clause(event.end)[1], "target")
    return None


def _day_of_an_event(scope: Scope, event: PeriodEvent) -> Reach | None:
    """1月8日,…集中开工活动举行。总投资…的87个项目: a day whose sentence tells of an event
    holds for its paragraph, which tells of the event (convention 4), and no further."""
    if event.kind == "day" and DAY_EVENT.search(
        scope.text, event.end, scope.sentence(event.end)[1]
    ):
        return Reach(scope.paragraph[1])
    return None


def _span_up_to_now(scope: Scope, event: PeriodEvent) -> Reach | None:
    """``“十四五”以来``, ``三年来``, a day, ``截至目前``: its own sentence; the next is back in
    the period in force before it."""
    if (event.kind == "plan" and event.text.endswith("来")) or event.kind in (
        "years",
        "day",
        "todate",
    ):
        return _sentence_end(scope, event.end)
    return None


def _last_year_inside(scope: Scope, event: PeriodEvent) -> Reach | None:
    """去年,… inside a sentence holds for it; heading a sentence (…。去年,全市实现…。全市
    实现…) it dates what follows, as 2022年, would (round 18, second pass)."""
    if event.kind == "last" and not _opens_sentence(scope, event):
        return _sentence_end(scope, event.end)
    return None


def _inside_a_reported_clause(scope: Scope, event: PeriodEvent) -> Reach | None:
    """A report of results: 市财政1至11月用于…达…, a period inside its clause, is that
    clause's sentence's (the report's own period opens a clause: 在已过去的第三季度里,…)."""
    if scope.reported and not _opens_clause(scope, event):
        return _sentence_end(scope, event.end)
    return None


def _cumulative_aside(scope: Scope, event: PeriodEvent) -> Reach | None:
    """In a release of one month (its title's period), a cumulative figure said as an aside
    (``1—2月,…比上年同期累计上涨0.1%``, ``1-8月平均…``) holds for its sentence; the
    release's breakdowns after it are the month's."""
    if event.kind != "range" or scope.default is None or len(scope.default) != 7:
        return None
    end = scope.sentence(event.end)[1]
    if _CUMULATIVE_ASIDE.search(scope.text, event.end, end) is None:
        return None
    return Reach(end)


def _breakdown_by_period(scope: Scope, event: PeriodEvent) -> Reach | None:
    """The periods of a breakdown by period (``分季度看,一季度…,二季度…。``): their sentence."""
    if _BREAKDOWN.match(scope.text, scope.sentence(event.start)[0]):
        return _sentence_end(scope, event.end)
    return None


def _inside_a_point(scope: Scope, event: PeriodEvent) -> Reach | None:
    """二是…前三季度…出台政策13项;三是…: a period inside an enumerated point is the point's."""
    if event.kind in ("day", "mend"):
        return None
    if scope.points is None:
        scope.points = _points(scope.text, scope.paragraph)
    point_end = _point_end(scope.points, event)
    return Reach(point_end) if point_end else None


#: The rules of reach, in order: the first that applies to a period expression says how
#: long it lasts; a period no rule limits holds for the rest of its paragraph.
REACHES: Final[tuple[Rule, ...]] = (
    _year_so_far_in_a_month,
    _month_inside_a_span,
    _month_heading_in_a_span,
    _target_in_a_span,
    _day_of_an_event,
    _span_up_to_now,
    _last_year_inside,
    _inside_a_reported_clause,
    _cumulative_aside,
    _breakdown_by_period,
    _inside_a_point,
)


def _plain(text: str, stops: str) -> Bounds:
    """Bounds at ``stops`` in the whole of ``text`` (for examples; the extractor passes its
    indexed bounds)."""

    def bounds(position: int) -> tuple[int, int]:
        start = max(text.rfind(c, 0, position) for c in stops) + 1
        ends = [i for i in (text.find(c, position) for c in stops) if i >= 0]
        return start, min(ends) if ends else max(len(text), position)

    return bounds
