"""Period scope: which period is in force at each point of a text, and how long a stated
period lasts.

The period in force comes in layers, the narrower over the wider:

1. the document's period (:func:`document_period`: the caller's year, a part of the year its
   title names, a report form's month, a census's time);
2. a section's (:func:`section_period`: a numbered heading naming a year or a part of the
   year as its indicators');
3. a paragraph's opening: the span the text opened with, passed on by the paragraph before
   (:func:`paragraph_opening`, :func:`lead_span`), or the period a headline's text states
   (:func:`lead_period`);
4. each period expression of the paragraph (:func:`periods.find_events`, read in the
   document by :func:`since_new_year`), from where it is stated for as long as its reach
   (:data:`REACHES`, :func:`reach`, :func:`holds`).

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final, NamedTuple

from . import measures
from .periods import (
    DAY_EVENT,
    PART_OF_YEAR,
    PeriodEvent,
    find_events,
    title_period,
    years_moved,
)
from .scanning import bisect_left

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

# The layers of the period in force, widest first: the document's, a section's, the period
# a text's opening states for its headline, what 今年以来 and bare quarters mean in a text.


#: The title of a month's or a quarter's report form (统计报表, 统计数据) on a line of its own:
#: ``2019年社会服务统计11月份报表``, ``2020年3季度民政统计数据``.
_REPORT_TITLE = re.compile(
    r"^\s*(?P<y>(?:19|20)\d{2})年[^\n。,，;；]{0,12}?"
    r"(?:(?P<m>1[0-2]|0?[1-9])月份?|(?P<q>[1-4一二三四])季度)[^\n。,，;；\d]{0,10}?"
    r"(?:报表|统计数据|统计月报|统计季报)\s*$",
    re.M,
)


def _report_title_end(opening: str) -> str | None:
    """The month a report form's title dates it to (its last month for a quarter's): its
    stocks are at that month's end and its 累计 rows since January (conventions 3 and 21).

    >>> _report_title_end("首页\\n2019年社会服务统计11月份报表\\n指标名称单位数量")
    '2019-11'
    >>> _report_title_end("2020年3季度民政统计数据\\n"), _report_title_end("2020年统计公报\\n")
    ('2020-09', None)
    """
    found = _REPORT_TITLE.search(opening)
    if found is None:
        return None
    if found["m"]:
        month = int(found["m"])
    else:
        month = 3 * ("1234".find(found["q"]) + 1 or "一二三四".find(found["q"]) + 1)
    return f"{found['y']}-{month:02d}"


#: A census's standard time (``以2020年11月1日零时为标准时点``, ``2020年11月1日零时…公布如下``).
_CENSUS_TIME = re.compile(
    r"(?P<y>[12]\d{3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:零时|为标准时点)"
)
#: A national census named by its ordinal and kind without its standard time
#: (``第七次全国人口普查主要数据``). Their standard times are fixed by the census regulations:
#: the population census at 11月1日零时 of a year ending in 0 since the fifth, the economic
#: census at 12月31日 of 2004 and then of years ending in 3 and 8, the agricultural census at
#: 12月31日 of 2006 and 2016. A time at the year's end is the year: the guideline dates a
#: year-end stock ``YYYY``, as it dates ``截至2021年12月31日``.
_NAMED_CENSUS = re.compile(r"第(?P<n>[一二三四五六七])次全国(?P<kind>人口|经济|农业)普查")
#: A census named as the one whose results are published (``公布…第七次全国人口普查主要数据``).
_PUBLISHED_CENSUS = re.compile(
    r"(?:公布|发布)[^。,，]{0,8}?第(?P<n>[一二三四五六七])次全国(?P<kind>人口|经济|农业)普查"
)
_CENSUS_CALENDAR: Final = {
    ("人口", "五"): "2000-11",
    ("人口", "六"): "2010-11",
    ("人口", "七"): "2020-11",
    ("经济", "一"): "2004",
    ("经济", "二"): "2008",
    ("经济", "三"): "2013",
    ("经济", "四"): "2018",
    ("经济", "五"): "2023",
    ("农业", "二"): "2006",
    ("农业", "三"): "2016",
}


def _census_time(text: str) -> str | None:
    """The standard time (``YYYY-MM``, or ``YYYY`` at a year's end) of the census or survey a
    text opens with: as it states it, else as the calendar of national censuses fixes it for
    the census its title names.

    >>> _census_time("甲县第七次全国人口普查公报\\n以2020年11月1日零时为标准时点")
    '2020-11'
    >>> _census_time("第四次全国经济普查主要数据\\n…")
    '2018'
    >>> _census_time("甲省体育场地普查以2013年12月31日为标准时点")
    '2013'
    >>> _census_time("甲市土地调查…以2018年12月31日为标准时点")
    '2018'
    >>> _census_time("与2010年第六次全国人口普查相比") is None
    True
    >>> _census_time("# source: https://example.cn/1.html\\n发布甲省第七次全国人口普查主要数据。")
    '2020-11'
    >>> _census_time("甲省人口普查结果公布\\n新闻办公布甲省第七次全国人口普查主要数据情况。")
    '2020-11'
    """
    if "普查" not in text[:800] and "标准时点" not in text[:800]:
        return None
    stated = _CENSUS_TIME.search(text, 0, 800)
    if stated and 1 <= int(stated["m"]) <= 12:
        if stated["m"] == "12" and stated["d"] == "31":
            return stated["y"]
        return f"{stated['y']}-{int(stated['m']):02d}"
    lines = text.lstrip().split("\n", 2)[:2]
    if "://" in lines[0] and len(lines) > 1:  # (a page's address above its title)
        lines = lines[1:]
    title = lines[0][:80]
    named = _NAMED_CENSUS.search(title)
    if named and "相比" not in title:  # (a census compared with is not the text's own)
        return _CENSUS_CALENDAR.get((named["kind"], named["n"]))
    if "普查" in title:
        # 四川人口普查结果公布 / …公布四川省第七次全国人口普查主要数据: the census its
        # lead names as the one published (round 28)
        published = _PUBLISHED_CENSUS.search(text, 0, 400)
        if published:
            return _CENSUS_CALENDAR.get((published["kind"], published["n"]))
    return None


def document_period(text: str, year: int | None) -> tuple[str | None, str | None]:
    """The document's period (the first layer) and its census's standard time, if any: a
    part of the year its title names (``2023年前三季度经济运行简况``), the month of a report
    form (``2019年社会服务统计11月份报表``), a census's time, else ``year``; the year for a
    title of a programme's progress.

    >>> document_period("晋中市2023年前三季度经济运行简况\\n…", 2023)
    ('2023-01/2023-09', None)
    >>> document_period("甲区上半年民生实事完成投资5亿元\\n…", 2023)
    ('2023', None)
    """
    period = title_period(text, year) or (str(year) if year else None)
    if year and period == str(year) and ("1-" in text or "1—" in text):
        period = _span_before_compared(text, year) or period
    form_end = _report_title_end(text[:400]) if "统计" in text[:400] else None
    if form_end:  # 2019年社会服务统计11月份报表: the form's stocks at the month's end
        period = form_end
    time = _census_time(text)
    if time:  # 以2020年11月1日零时为标准时点…: a census's figures are a state at that time
        period = time
    title_line = text.lstrip()[:80].split("\n", 1)[0]
    if year and period != str(year) and measures.programme_named(title_line):
        # a title of a programme's progress (甲区上半年民生实事完成投资5亿元): its part of the
        # year frames its own figure and the sentences saying so; the body mixes the year's
        # plan (19件民生实事, 计划改造2万只), what a project will hold, the state at the day
        # of writing: the year (round 16, third pass)
        period = str(year)
    return period, time


#: A growth compared with the same year's span one month shorter (``增速比1-8月份加快``,
#: ``与1-8月份持平``): a monthly release's own span is one month longer (round 23).
_COMPARED_SPAN = re.compile(
    r"(?:比|较|与)1[-—–~～](?P<month>1[01]|[1-9])月份?(?:加快|回落|提高|下降|持平|相比|扩大|收窄|放缓|上升|回升)"
)
#: Any span or month the text states itself (``1-9月``, ``9月份``) outside a comparison.
_OWN_MONTH = re.compile(r"(?P<span>1[-—–~～])?(?P<month>1[0-2]|[1-9])月")


def _span_before_compared(text: str, year: int) -> str | None:
    """The year's span a text reports when it compares its growths with the span one month
    shorter, twice or more and always the same, and states no other month of its own (a
    release's body without its opening: ``…增速与1-8月份持平;…增速比1-8月份加快`` → 1-9月).

    >>> _span_before_compared("增长7.1%,增速与1-8月份持平;增长5.8%,增速比1-8月份加快0.2个百分点。", 2016)
    '2016-01/2016-09'
    >>> _span_before_compared("1-9月增长7.1%,增速与1-8月份持平;增速比1-8月份加快0.2个百分点。", 2016)
    '2016-01/2016-09'
    >>> _span_before_compared("9月增长7.1%,增速与1-8月份持平;增速比1-8月份加快0.2个百分点。", 2016)
    """
    matches = list(_COMPARED_SPAN.finditer(text))
    compared = {int(m["month"]) for m in matches}
    if len(matches) < 2 or len(compared) != 1 or max(compared) >= 12:
        return None
    inside = [(m.start(), m.end()) for m in matches]
    month = max(compared) + 1
    for own in _OWN_MONTH.finditer(text):
        if any(start <= own.start() < end for start, end in inside):
            continue
        if own["month"] != str(month) or not own["span"]:
            return None  # (another month of its own stated: the usual readers date by it)
    return f"{year}-01/{year}-{month:02d}"


#: ``本月`` opening a clause: a monthly report's own month (``本月全市完成交易项目114项``).
THIS_MONTH: Final = re.compile(r"(?:^|(?<=[\n。;；,，:：】]))\s*本月")


def this_month(text: str, year: int) -> str | None:
    """The month a report says ``本月`` of: the month its span of the year ends with (a
    monthly report of public resource trading: ``本月全市完成…``, then ``2020年1至8月,…``).
    None when no clause opens with 本月, or the spans of the year end in different months.

    >>> this_month("本月全市完成交易项目114项。2020年1至8月,累计完成320项。", 2020)
    '2020-08'
    >>> this_month("本月完成120项。1-7月完成500项;2019年1-8月完成480项。", 2020)
    '2020-07'
    >>> this_month("本月完成120项。1-7月完成500项,1-8月计划完成600项。", 2020) is None
    True
    """
    if THIS_MONTH.search(text) is None:
        return None
    since_january = f"{year}-01/{year}-"  # (the spans find_events reads: 1至8月, 1-8月)
    months = {
        e.period[-2:]
        for e in find_events(text, year)
        if e.kind == "range" and e.period and e.period.startswith(since_january)
    }
    return f"{year}-{months.pop()}" if len(months) == 1 else None


#: What a section's heading of the year's part so far is about (``一、1-3月份主要经济指标
#: 完成情况``, ``一、上半年经济运行情况``): the indicators the section reports.
#: (Also a heading of the state of something over that part, ``三、1-10月全市水环境状况``,
#: ``一、1-6月项目建设情况``: the section's figures are of that part, round 19.)
_PART_HEADING = re.compile(r"(?:主要)?(?:经济|统计)?指标|经济运行|情况|状况")


def _heading_part(
    line: str, events: list[PeriodEvent], document: tuple[int | None, str | None]
) -> str | None:
    """The part of the document's year a numbered heading of its indicators names (``一、
    1-3月份主要经济指标完成情况``): the period of the section's figures, which name none
    of their own (round 18). A part from January (1-3月, 上半年, 前三季度) only, of the
    document's own year, and a heading of indicators or of the economy's course: a
    heading of a month's or quarter's events (``二、三季度重点工作``) keeps the document's.

    >>> year = (2025, "2025")
    >>> _heading_part("一、1-3月份主要经济指标完成情况", find_events("一、1-3月份", 2025), year)
    '2025-01/2025-03'
    >>> _heading_part("二、三季度重点工作", find_events("二、三季度重点工作", 2025), year) is None
    True
    """
    if len(events) != 1 or not _PART_HEADING.search(line):
        return None
    period = events[0].period or ""
    if events[0].kind not in ("range", "first", "part") or document[0] is None:
        return None
    if not period.startswith(f"{document[0]}-01/"):
        return None
    return period


def section_period(
    line: str, document: tuple[int | None, str | None]
) -> tuple[int | None, str | None]:
    """The year and period of the section a numbered heading opens: the year it names
    (``二、2024年目标任务``), the part of the document's year it names as its indicators'
    (``一、1-3月份主要经济指标完成情况``), else the document's own (``document``).

    >>> section_period("二、2024年目标任务", (2023, "2023"))
    (2024, '2024')
    >>> section_period("三、重点工作", (2023, "2023-01/2023-06"))
    (2023, '2023-01/2023-06')
    """
    events = find_events(line, document[0])
    years = [e for e in events if e.period and e.period.isdigit()]
    if years:
        return years[0].year, years[0].period
    if (part := _heading_part(line, events, document)) is not None:
        return document[0], part
    return document


#: ``继上半年…之后``: the period of an earlier event the text follows on from.
_EARLIER_EVENT = re.compile(r"继[^,，。;；:：\n]{0,14}$")


#: Kinds of period that a text's opening states for its headline (a part of the year).
_LEAD_KINDS: Final = frozenset({"month", "mend", "range", "part", "first", "days", "holiday"})


def lead_period(
    text: str, title_end: int, year: int | None, this_year: int | None, today: str | None
) -> PeriodEvent | None:
    """The part of the year the opening of a text (after its headline) first states, for
    the figures of a headline naming none (convention 5: the period the release reports).

    >>> lead_period("价格上涨1.46%\\n本周(3月7日-3月13日),食品价格上涨", 9, 2025, None, None).period
    '2025-03'
    """
    opening = text[title_end : title_end + 200]
    for event in find_events(opening, year, this_year=this_year, today=today):
        if event.kind in _LEAD_KINDS and event.period and "-" in event.period:
            if _EARLIER_EVENT.search(opening, max(0, event.start - 16), event.start):
                continue  # 继上半年15个项目集中开工后: an earlier event, not what is reported
            return event
    return None


#: A bare third or fourth quarter compared, in its sentence, with the cumulative part of the
#: year before it (``三季度,全县地区生产总值…,比上半年高0.7个百分点``): the text's quarters
#: are sums since January, as 前三季度 is (the growth of one quarter is not compared with a
#: half year's).
_QUARTER_VS_CUMULATIVE = re.compile(
    r"(?<![前第])(?:三季度(?=[^。;；\n]{0,80}?[比较]上半年)|四季度(?=[^。;；\n]{0,80}?[比较]前三季度))"
)
#: :data:`_QUARTER_VS_CUMULATIVE` without its look-behind (tested after each match: a match
#: is the quarter's three characters, so no later one is passed over).
_QUARTER_VS_CUMULATIVE_SCAN = re.compile(
    _QUARTER_VS_CUMULATIVE.pattern.removeprefix(r"(?<![前第])")
)
#: What a bare quarter read since January is (convention 5: 前三季度 → 1-9月).
_QUARTER_SINCE_JANUARY: Final = {"三季度": 9, "四季度": 12}


def cumulative_quarters(text: str) -> bool:
    """Whether the bare quarters of ``text`` (``三季度``, ``四季度``, not 第三季度) are
    the months since January: one of them is compared with the cumulative part before it.

    >>> cumulative_quarters("三季度,全县地区生产总值25.1亿元,增长3.2%,比上半年高1.1个百分点。")
    True
    >>> cumulative_quarters("二季度增长5.1%,三季度增长6.3%。"), cumulative_quarters("第三季度,比上半年高")
    (False, False)
    """
    if "季度" not in text or ("上半年" not in text and "前三季度" not in text):
        return False
    # (the quarters found first, the words before each tested after: the same as a search
    # of _QUARTER_VS_CUMULATIVE, whose look-behind first made it try every character)
    return any(
        text[m.start() - 1 : m.start()] not in ("前", "第")
        for m in _QUARTER_VS_CUMULATIVE_SCAN.finditer(text)
    )


#: Kinds of period inside one year (months, a span of months, a quarter or half).
_WITHIN_A_YEAR: Final = frozenset({"range", "first", "month", "mend", "part", "pend"})
#: How many years after the text's own a part of a year is read as a misprint of it.
_MISPRINT_GAP: Final = 5


def misprinted_year(event: PeriodEvent, year: int | None) -> PeriodEvent:
    """A part of a year many years after the text's own (``2043年1-5月,甲市累计进出口…`` in a
    text of 2016, a repost's misprint) is of the text's year: figures of months are never
    stated for a year so far ahead, while a target's far year is a year alone (``到2035年``,
    kept) (round 20).

    >>> e = PeriodEvent(0, 9, "2043年1-5月", "2043-01/2043-05", 2043, "range")
    >>> misprinted_year(e, 2016).period, misprinted_year(e, 2040).period
    ('2016-01/2016-05', '2043-01/2043-05')
    """
    if (
        year is None
        or event.year is None
        or event.year <= year + _MISPRINT_GAP
        or event.kind not in _WITHIN_A_YEAR
        or not event.period
    ):
        return event
    period = event.period.replace(str(event.year), str(year))
    return replace(event, period=period, year=year)


def since_new_year(
    event: PeriodEvent,
    text: str,
    default: str | None,
    to_date: str | None,
    quarters_since_january: bool,
) -> PeriodEvent:
    """``今年以来`` is the document's own period (its title's 一季度, else the year); in a
    release of one month (``10月份…``), the months since January (``1-10月平均``); a bare
    三季度 of a text whose quarters run since January (:func:`cumulative_quarters`), January
    to September; after ``截至12月13日`` opening the text (``to_date``), 今年 is the year to
    that month's end.

    >>> e = PeriodEvent(0, 2, "今年", "2024", 2024, "this")
    >>> since_new_year(e, "今年以来,…", "2024-10", None, False).period
    '2024-01/2024-10'
    >>> since_new_year(e, "今年以来,…", "2024", "2024-09", False).period
    '2024-01/2024-09'
    >>> since_new_year(e, "今年以来,…", "2024-07/2024-09", None, False).period
    '2024-01/2024-09'
    >>> y = PeriodEvent(1, 6, "2024年", "2024", 2024, "year")
    >>> since_new_year(y, "自2024年以来,…", "2024-01/2024-06", None, False).period
    '2024-01/2024-06'
    """
    if (
        quarters_since_january
        and event.kind == "part"
        and event.year is not None
        and event.text[-3:] in _QUARTER_SINCE_JANUARY
        and event.text[-4:-3] not in ("第", "前")
    ):
        last = _QUARTER_SINCE_JANUARY[event.text[-3:]]
        return replace(
            event,
            period=f"{event.year}" if last == 12 else f"{event.year}-01/{event.year}-{last:02d}",
        )
    if (
        # (自2020年以来 in a text of 2020 says 今年以来: round 22)
        (event.text in ("今年", "本年") or event.text == f"{event.period}年")
        and text.startswith("以来", event.end)
        and default
        and default[:4] == event.period
    ):
        month = default
        if month.isdigit() and to_date and to_date[:4] == month:
            month = to_date  # 9月末,…。今年以来,…: January to the month the text runs to
        if len(month) == 7 and not month.endswith("-01"):  # YYYY-MM: from January
            month = f"{month[:4]}-01/{month}"
        elif len(month) == 15 and month[4:8] != "-01/":
            # 第三季度工作报告: 今年以来 is January to the quarter's end (round 30)
            month = f"{month[:4]}-01/{month[8:]}"
        return replace(event, period=month)
    if event.text in ("今年", "本年") and to_date and to_date[:4] == event.period:
        # 截至12月13日,…。今年新登记…: the year to date, a month end (flows from January)
        return replace(event, period=to_date, kind="mend")
    return event


#: A period stated up to a day or month (``截至12月13日``, ``截止9月末``).
_UP_TO: Final = ("截至", "截止")


def to_date_lead(events: Sequence[PeriodEvent], first_figure: int, year: int | None) -> str | None:
    """The month the first paragraph of figures of a text runs to, which 今年 and 今年以来
    mean after (:func:`since_new_year`): a date it states figures up to (``截至12月13日``),
    or a month end opening it (``9月末,全市各项存款余额…``: a release at a month's end,
    round 20); of the text's year only.

    >>> e = PeriodEvent(0, 3, "9月末", "2024-09", 2024, "mend")
    >>> to_date_lead([e], 4, 2024), to_date_lead([e], 4, 2023), to_date_lead([e], 2, 2024)
    ('2024-09', None, None)
    """
    lead = next((e for e in events if e.kind == "mend" and e.text.startswith(_UP_TO)), None)
    first = events[0] if events else None
    if lead is None and first and first.kind == "mend" and first.end <= first_figure:
        lead = first if first.text.endswith(("末", "底")) else None
    if lead is None or not lead.period or year is None or lead.period[:4] != str(year):
        return None
    return lead.period


def paragraph_opening(passed: str | None, lead: str | None, default: str | None) -> str | None:
    """The period in force where a paragraph opens, before any period it names: the span
    the text opened with (``lead``: a quarter, a half, months from January) when the
    paragraph before passed it on (``一季度,…。⏎3月份,…``, round 17), else ``default``.
    A period of limited reach gives way to it when no earlier period of its paragraph
    holds (round 20).

    >>> paragraph_opening("2024-01/2024-03", "2024-01/2024-03", "2024")
    '2024-01/2024-03'
    >>> paragraph_opening("2024-03", "2024-01/2024-03", "2024")
    '2024'
    """
    return passed if lead and passed == lead else default


def opening_spans(events: Sequence[PeriodEvent], year: int | None) -> tuple[str | None, str | None]:
    """The spans the first paragraph of figures of a text dated by its year alone opens
    with (its first period): the quarter or half it reports (``2023年一季度…``, whose
    counts the next paragraphs carry too), and its lead span, that or months from January
    (``1-3月``), which the next paragraphs open in (:func:`paragraph_opening`).

    >>> opening_spans([PeriodEvent(0, 3, "一季度", "2024-01/2024-03", 2024, "part")], 2024)
    ('2024-01/2024-03', '2024-01/2024-03')
    >>> opening_spans([PeriodEvent(0, 4, "1-3月", "2024-01/2024-03", 2024, "range")], 2024)
    (None, '2024-01/2024-03')
    >>> opening_spans([PeriodEvent(0, 3, "八月份", "2024-08", 2024, "month")], 2024)
    ('2024-08', None)
    >>> opening_spans([PeriodEvent(0, 5, "4月2日", "2024-04/2024-04", 2024, "day"),
    ...                PeriodEvent(9, 13, "1-3月", "2024-01/2024-03", 2024, "range")], 2024)
    (None, '2024-01/2024-03')
    """
    first = _first_stated(events)
    report = next((e.period for e in first if e.kind == "part" and "/" in (e.period or "")), None)
    lead = report or next((e.period for e in first if lead_span(e, year)), None)
    if report is None and year is not None:
        # 八月份,全市交易项目共N项…。⏎…交易数M项: a month's release, whose
        # counts the next paragraphs carry too (round 28; 2月28日 is a dateline's day)
        report = next(
            (
                e.period
                for e in first
                if e.kind == "month"
                and e.text[-1:] not in "日号周"
                and (e.period or "").startswith(f"{year}-")
            ),
            None,
        )
    return report, lead


def opening_document_period(
    events: Sequence[PeriodEvent], first_figure: int, year: int | None, programme: bool
) -> str | None:
    """The document's period a text whose title names only its year (or nothing) states
    once, in the first paragraph of its figures: months from January of its year
    (``本院2023年1-10月受理…``, ``1-9月,全市…``) named before that paragraph's first figure.
    Every later figure naming no period is of those months, counts too (the period the
    release reports, convention 5), as if the title had named them. Not a programme's
    report (``…民生实事…``), whose body mixes the year's plan with the part's progress
    (:func:`document_period`).

    >>> e = PeriodEvent(2, 11, "2023年1-10月", "2023-01/2023-10", 2023, "range")
    >>> opening_document_period([e], 15, 2023, False), opening_document_period([e], 8, 2023, False)
    ('2023-01/2023-10', None)
    >>> opening_document_period([e], 15, 2023, True) is None
    True
    """
    stated = _first_stated(events)
    if programme or not stated:
        return None
    first = stated[0]
    if first.end > first_figure or not lead_span(first, year):
        return None
    return first.period


def _first_stated(events: Sequence[PeriodEvent]) -> list[PeriodEvent]:
    """The first period a paragraph states, past a day a release came out on before it
    (``省统计局4月2日发布的数据显示,1—3月份…``: no span of its figures, round 24)."""
    return [e for e in events if e.kind != "day"][:1]


def passed_on(events: Sequence[PeriodEvent], last_figure: int) -> PeriodEvent | None:
    """The period a paragraph passes on to the next (which, naming none before its first
    figure, opens in it): the last it stated without limit before its last figure. A period
    named after that figure (``…,主要是政策在二季度集中兑现。``) governed none of its figures:
    it is no period of the next paragraph."""
    return next(
        (e for e in reversed(events) if e.until is None and e.period and e.start < last_figure),
        None,
    )


def heading_period(line: str, year: int | None) -> str | None:
    """The period a line naming only a period before a colon (``2023年1-10月:``) gives the
    lines it heads (a list of items below it, see :func:`continues_list`), else ``None``.

    >>> heading_period("2023年1-10月:", 2023), heading_period("其中:", 2023)
    ('2023-01/2023-10', None)
    >>> heading_period("1-10月,全市…:", 2023) is None
    True
    """
    stripped = line.strip()
    if stripped[-1:] not in (":", "：") or len(stripped) > 24:
        return None  # (the literal test first: few lines end with a colon)
    events = find_events(stripped, year)
    if len(events) != 1 or events[0].start != 0 or events[0].end != len(stripped) - 1:
        return None
    return events[0].period


def continues_list(line: str, listed: bool) -> bool:
    """Whether the line after ``line`` is an item of a list: ``line`` opens one (it ends with
    a colon: ``…考核断面:⏎…其中:``, ``2023年1-10月:``), or is an item itself (``listed``)
    ending with a semicolon, as items before the last do. The items are the heading's
    paragraph's: its period dates their counts too (:func:`carries_to`, round 20).

    >>> continues_list("2023年1-10月:", False), continues_list("甲达标率为90%;", True)
    (True, True)
    >>> continues_list("甲达标率为90%;", False), continues_list("丙达标率为80%。", True)
    (False, False)
    """
    last = line.rstrip()[-1:]
    return last in (":", "：") or (listed and last in (";", "；"))


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


def in_force_at(
    events: Sequence[PeriodEvent], position: int, text: str, measure: str
) -> tuple[PeriodEvent | None, bool]:
    """The last period stated before ``position`` that still holds there (see :func:`holds`),
    and whether a period of limited reach ended before it (then, when none holds, the period
    the paragraph opened in is in force again: :func:`paragraph_opening`).

    >>> e = PeriodEvent(0, 3, "3月份", "2024-03", 2024, "month", until=10)
    >>> in_force_at([e], 5, "", "level"), in_force_at([e], 12, "", "level")
    ((PeriodEvent(start=0, end=3, text='3月份', period='2024-03', year=2024, kind='month', until=10), False), (None, True))
    """
    ended = False
    for event in reversed(events):
        if event.end <= position and (event.until is None or holds(text, event, position, measure)):
            return event, ended
        ended = ended or event.end <= position
    return None, ended


def carries_to(
    measure: str,
    carried: str,
    *,
    to_date: bool,
    reported: bool,
    report_span: str | None,
    listed: bool = False,
) -> bool:
    """Whether the period a paragraph opens in, passed on by the paragraph before (or in
    force again after a period of limited reach), dates a figure of ``measure``: flows and
    rates take it, targets never; counts keep the year (docs/textfacts.md, periods) except
    a count to date in a text whose figures all run to that day (``截至12月13日,…。⏎从地域
    看,…新登记…N户``: ``to_date``), work done in a report of a programme's results
    (``在已过去的第三季度里,…。⏎…新建2处轮椅坡道``: ``reported``), and what was done in the
    quarter or half a text reports (``2023年一季度…。⏎…为27万家企业减免…``), and the items
    of a list a heading opens (``2023年1-10月:⏎3个国控断面达标率为…;``: ``listed``, see
    :func:`continues_list`), which are the heading's paragraph's (round 20).

    >>> q = "2023-01/2023-03"
    >>> [carries_to(m, q, to_date=False, reported=False, report_span=None) for m in ("level", "count", "target")]
    [True, False, False]
    >>> carries_to("count", q, to_date=False, reported=False, report_span=q)
    True
    """
    if measure == "target":
        return False
    return (
        measure != "count"
        or listed
        or to_date
        or reported
        or (report_span is not None and carried == report_span)
    )


_SENTENCE_END: Final = "。!！?？\n"
#: The end of a part of a sentence (a semicolon or the sentence's end).
_PART_END = re.compile(r"[;；。!！?？\n]")
#: What says a figure of a release of one month is cumulative (``累计上涨``, ``平均上涨``).
_CUMULATIVE_ASIDE = re.compile(r"累计|平均")
#: A sentence opened by a breakdown by period (``分季度看,``), its periods its own.
_BREAKDOWN = re.compile(r"\s*(?:分季度|分季|分月份?|按季度|从环比)看")
#: The characters other than spaces a match of :data:`_BREAKDOWN` starts with.
_BREAKDOWN_FIRST: Final = frozenset("分按从")


def _breakdown_at(text: str, position: int) -> bool:
    """Whether :data:`_BREAKDOWN` matches at ``position`` (tried only where its first
    character is).

    >>> _breakdown_at("分季度看,一季度增长", 0), _breakdown_at("一季度增长", 0)
    (True, False)
    """
    first = text[position : position + 1]
    return (first in _BREAKDOWN_FIRST or first.isspace()) and bool(_BREAKDOWN.match(text, position))


#: A period naming a target (``全年目标为增长7%``), not a heading of targets (``目标:``).
_TARGET_PERIOD = re.compile(r"的?(?:主要)?(?:预期|奋斗)?目标")
_TARGET_COLON = re.compile(r"的?(?:主要)?(?:预期|奋斗)?目标(?:任务)?(?:是|为)?[:：]")
#: A sentence opened by a breakdown by kind (``。从贸易方式看,``, ``。分行业看,``), not by
#: period (``从环比看``, ``分月看``: see ``_BREAKDOWN``).
_VIEW_OPENS = re.compile(
    r"[。;；]\s*(?:从(?![^,，。]{0,3}(?:环比|同比|月|季))[^,，。;；\d]{1,8}|分(?!月|季)[^,，。;；\d]{1,6})看[,，:：]"
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


def _heads_clause(scope: Scope, event: PeriodEvent) -> bool:
    """``…,6月份,甲…``: a month alone between commas, heading the clause after it."""
    text = scope.text
    return (
        text[event.end : event.end + 1] in ",，"
        and text[event.start - 1 : event.start] in ",，"
        and event.start > 0
    )


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
    heading its sentence, holds for its own sentence; the next is the span's again. A
    month heading a clause with a comma (``…创新低,6月份,甲利率为…。乙利率为…``) heads
    what follows as one heading its sentence does (round 20)."""
    if (
        event.kind == "month"
        and scope.cumulative
        and not _opens_sentence(scope, event)
        and not _heads_clause(scope, event)
    ):
        return _sentence_end(scope, event.end)
    return None


def _month_heading_in_a_span(scope: Scope, event: PeriodEvent) -> Reach | None:
    """一季度,…。3月份,全省进出口…。其中出口…。从贸易方式看,一般贸易…: a month singled out
    in a release of a span holds until a breakdown opens a sentence; the breakdown's parts
    add up to the span's total, not the month's (round 19; ``分行业看,`` too, round 20)."""
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


def _review_of_the_term(scope: Scope, event: PeriodEvent) -> Reach | None:
    """A work report's review of its term opening a paragraph (``五年来,…``, ``过去五年,…``)
    dates the whole paragraph: its figures are the term's totals. Inside a sentence
    (``…,三年来累计…``) :func:`_span_up_to_now` holds it to that sentence.

    >>> text = "五年来,全区法院审结案件8.1万件。依法审理相关案件46件。"
    >>> scope = Scope(text, (0, len(text)), "2020", False, _plain(text, "。"), _plain(text, "。,"))
    >>> [(e.period, e.until) for e in reach(find_events(text, 2020), scope)]
    [('2016/2020', None)]
    """
    if (
        event.kind == "years"
        and event.start == scope.paragraph[0]
        and scope.text[event.end : event.end + 1] in ",，"
    ):
        return Reach(None)
    return None


def _plan_named_by_a_year(scope: Scope, event: PeriodEvent) -> Reach | None:
    """``2025年是“十四五”收官之年,…``: a plan named as what a year is dates nothing; the
    year before it stays in force after its clause.

    >>> text = "2030年是“十五五”规划收官之年,全市新收案件9.6万件。"
    >>> scope = Scope(text, (0, len(text)), "2030", False, _plain(text, "。"), _plain(text, "。,"))
    >>> [(e.period, e.until) for e in reach(find_events(text, 2030), scope)]
    [('2030', None), ('2026/2030', 17)]
    """
    if event.kind != "plan" or event.text.endswith("来"):
        return None
    end = scope.clause(event.start)[1]
    if scope.text.rfind("是", scope.clause(event.start)[0], event.start) >= 0 and (
        scope.text.find("之年", event.end, end) >= 0
    ):
        return Reach(end)
    return None


def _recent_years_aside(scope: Scope, event: PeriodEvent) -> Reach | None:
    """``近3年`` inside a clause (``制造业投资增长18.4%,近3年年均增长56%;其中,…``): that
    clause's average or total; the clauses after it are the period before again.

    >>> text = "投资增长18.4%,近3年年均增长56%;其中,甲投资增长28.3%。"
    >>> scope = Scope(text, (0, len(text)), "2022", False, _plain(text, "。"), _plain(text, "。,;"))
    >>> [(e.period, e.until) for e in reach(find_events(text, 2022), scope)]
    [('2020/2022', 20)]
    """
    if event.kind == "years" and event.text.startswith("近") and not _opens_sentence(scope, event):
        return Reach(scope.clause(event.start)[1])
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


#: After an earlier period's figure, the word that turns to the figure now (``由1~9月下降
#: 1.2%转为增长0.3%``).
_TURNED = re.compile(r"[^,，。;；]{0,20}?(?:转为|转而|变为)")


def _earlier_state_turned(scope: Scope, event: PeriodEvent) -> Reach | None:
    """``由1~9月下降1.2%转为增长0.3%``: the earlier period a change turned from holds up to
    the turn only; the figure it turned to, and what follows, are of the period before.

    >>> text = "营业收入由1~9月下降1.2%转为增长0.3%"
    >>> e = PeriodEvent(5, 9, "1~9月", "2023-01/2023-09", 2023, "range")
    >>> _earlier_state_turned(Scope(text, (0, len(text)), None, False, None, None), e)
    Reach(until=15, kind=None, period=None, in_force=False)
    """
    if scope.text[event.start - 1 : event.start] != "由":
        return None
    turned = _TURNED.match(scope.text, event.end)
    return Reach(turned.end() - 2, in_force=False) if turned else None


#: After ``从2009年的`` (or 由…末的), the figure then and the word that reaches the figure now
#: (``526块增加到``, ``35:65优化至``).
_FROM_THEN_TO = re.compile(r"的[^,，。;；]{1,20}?(?:到|至)")


def _earlier_state_reached_from(scope: Scope, event: PeriodEvent) -> Reach | None:
    """``银幕数从2009年的526块增加到2107块``: the year a change started from dates its own
    figure only; the figure reached, and what follows, are of the period before (round 30).

    >>> text = "银幕数从2009年的526块增加到2107块"
    >>> e = PeriodEvent(4, 9, "2009年", "2009", 2009, "year")
    >>> _earlier_state_reached_from(Scope(text, (0, len(text)), None, False, None, None), e)
    Reach(until=16, kind=None, period=None, in_force=False)
    """
    if event.kind not in ("year", "yend") or scope.text[event.start - 1 : event.start] not in (
        "从",
        "由",
    ):
        return None
    reached = _FROM_THEN_TO.match(scope.text, event.end)
    return Reach(reached.end() - 1, in_force=False) if reached else None


def _same_period_then_in_brackets(scope: Scope, event: PeriodEvent) -> Reach | None:
    """``建议6件(2021年同期0件);发出意见书38件``: a year's same period in brackets dates
    the bracket's figure only, as the part of that year in force (round 30).

    >>> text = "二季度,发出建议6件(2021年同期0件);发出意见书38件"
    >>> e = PeriodEvent(11, 16, "2021年", "2021", 2021, "year")
    >>> scope = Scope(text, (0, len(text)), None, False, None, None, "2022-04/2022-06")
    >>> _same_period_then_in_brackets(scope, e)
    Reach(until=20, kind=None, period='2021-04/2021-06', in_force=False)
    """
    if event.kind != "year" or scope.text[event.start - 1 : event.start] not in ("(", "（"):
        return None
    if not scope.text.startswith("同期", event.end):
        return None
    near = scope.text[event.end : event.end + 30]
    close = min((at for at in (near.find(")"), near.find("）")) if at >= 0), default=-1)
    if close < 0:
        return None
    part = scope.in_force or ""
    period = event.period
    if event.year is not None and PART_OF_YEAR.fullmatch(part):
        period = years_moved(part, event.year - int(part[:4]))  # 2022-04/2022-06 → 2021-…
    return Reach(event.end + close, period=period, in_force=False)


def _breakdown_by_period(scope: Scope, event: PeriodEvent) -> Reach | None:
    """The periods of a breakdown by period (``分季度看,一季度…,二季度…。``): their sentence."""
    if _breakdown_at(scope.text, scope.sentence(event.start)[0]):
        return _sentence_end(scope, event.end)
    return None


def _since_new_year_inside(scope: Scope, event: PeriodEvent) -> Reach | None:
    """截至10月底,认定车间1820个,今年以来累计带动就业…;建立服务站310个: 今年以来 inside a
    sentence is its clause's running total; what follows is the period before it again."""
    if (
        event.kind == "this"
        and scope.text.startswith("以来", event.end)
        and not _opens_sentence(scope, event)
        and scope.text[event.start - 1 : event.start] in (",", "，")
    ):
        return _sentence_end(scope, event.end)
    return None


def _last_years_part_inside(scope: Scope, event: PeriodEvent) -> Reach | None:
    """…,略高于去年二季度水平。其中,…: a part of last year inside a sentence holds for it, as
    去年 alone does (:func:`_last_year_inside`); heading a sentence it dates what follows."""
    if (
        event.kind in ("part", "range", "first")
        and scope.text[event.start - 2 : event.start] in ("去年", "上年")
        and not _opens_sentence(scope, replace(event, start=event.start - 2))
    ):
        return _sentence_end(scope, event.end)
    return None


def _inside_a_list_item(scope: Scope, event: PeriodEvent) -> Reach | None:
    """甲增加值、1-2月乙营业收入分别增长…: a period opening an item of a list
    (after 、) is that item's: it holds for its sentence at most, not for what follows."""
    if scope.text[event.start - 1 : event.start] in ("、",) and event.kind in ("range", "month"):
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
    _review_of_the_term,
    _plan_named_by_a_year,
    _recent_years_aside,
    _span_up_to_now,
    _last_year_inside,
    _inside_a_reported_clause,
    _cumulative_aside,
    _earlier_state_turned,
    _earlier_state_reached_from,
    _same_period_then_in_brackets,
    _breakdown_by_period,
    _since_new_year_inside,
    _last_years_part_inside,
    _inside_a_list_item,
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
