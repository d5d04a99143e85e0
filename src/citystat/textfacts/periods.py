"""Period expressions: years, month ranges, half-years, quarters, month ends, plans.

Periods are written as in the annotation guideline: ``YYYY``, ``YYYY-MM/YYYY-MM``,
``YYYY-MM`` (a state at a month end) and ``YYYY/YYYY``.

Examples
--------
>>> [(e.text, e.period) for e in find_events("1-11月份,全市…截至11月,…", 2023)]
[('1-11月份', '2023-01/2023-11'), ('截至11月', '2023-11')]
>>> [e.period for e in find_events("上半年增长,增速比一季度加快", 2023)]
['2023-01/2023-06']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from .numbers import parse_number
from .scanning import bisect_right, prefiltered, with_start_set
from .schema import Fact

_Y = r"(?:19|20)\d{2}"
_PARTS: Final = {
    "上半年": (1, 6),
    "下半年": (7, 12),
    "前三季度": (1, 9),
    "前两季度": (1, 6),
    "一季度": (1, 3),
    "二季度": (4, 6),
    "三季度": (7, 9),
    "四季度": (10, 12),
}
_QUARTER_DIGITS: Final = {"1": "一", "2": "二", "3": "三", "4": "四"}
#: A span of quarters (``1-3季度``, ``一至三季度``): from the first one's first month.
_QUARTER_RUN = r"[一二三1-3]\s*[-—–~～至到]\s*[二三四2-4]季度"
_QUARTER_SPAN = re.compile(_QUARTER_RUN)
#: ``比去年全年提升``: the whole of last year is a comparison base too.
_BASE_YEAR_BEFORE = re.compile(r"[比较](?:去年|上年)$")
#: ``较疫情前的2019年同期``: a base named with a few words between 较 and the period.
_DISTANT_BASE = re.compile(r"(?:[比较]|相比|对比)[\u4e00-\u9fa5]{1,6}的$")
_TASK_REFERENCE = re.compile(r"(?:完成|占|为|达到|超过|实现)了?$")
_LIST_GLUE = re.compile(r"\s*[、和及与]\s*")
_OPEN_QUOTES: Final = frozenset('“"「‘')
_PLANS: Final = {"十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
#: A month in Chinese numerals (``八月份``, ``十二月,``), not inside a word (``五一``,
#: ``三月街``): after no character of a word but 年 or a list's, before 份 or a comma.
_CHINESE_MONTH = (
    r"(?:(?<=[年至、和及在于])|(?<![\u4e00-\u9fa5]))(?:十[一二]?|[一二三四五六七八九])"
    r"(?=月份|月[,，、:：])"
)

_EVENT = re.compile(
    # (2018年至2022年: a work report's five years, the first year written with its 年)
    rf"(?P<multi>(?P<ma>{_Y})年?\s*[-—–~～至到]\s*(?P<mb>{_Y})年)"
    # (2 月 3 日至 8 月 15 日: a release typeset with spaces around its numbers, round 19)
    rf"|(?P<days>(?:(?P<dy>{_Y})\s?年\s?)?(?P<d1>\d{{1,2}})\s?月\s?\d{{1,2}}\s?[日号]\s*[-—–~～至到]\s*(?:(?P<d2>\d{{1,2}})\s?月\s?)?\d{{1,2}}\s?[日号])"
    # (1-8平均: a price release's average over the months since January, 月 left out)
    # (1月至6月, 1月份至9月份: the first month written with its 月 too)
    rf"|(?P<range>(?:(?P<ry>{_Y})年)?(?P<m1>\d{{1,2}}|元)\s*(?:月份?)?\s*[-—–~～至到]\s*(?P<m2>\d{{1,2}})(?:\s?月份?|(?=平均)))"
    rf"|(?P<first>(?:(?P<fy>{_Y})年)?[前首](?P<fn>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})个?月(?:份)?)"
    # 一季度末, 上半年末: the state at the part's last month, as 3月末
    rf"|(?P<pend>(?:(?P<qy>{_Y})年)?(?:第)?(?P<qname>上半年|下半年|前三季度|[一二三四1-4]季度)[末底])"
    # (2023年2季总计: a table's total to the end of the second quarter, round 28)
    rf"|(?P<part>(?:(?P<py>{_Y})年)?(?:第)?(?P<pname>上半年|下半年|前三季度|前两季度|首三季度?|{_QUARTER_RUN}|[一二三四1-4]季度|(?P<qcum>[一二三四1-4])季(?=总计|累计)))"
    rf"|(?P<mend>(?:截至|截止|到)\s?(?:(?P<ey>{_Y})\s?年\s?)?(?P<em>\d{{1,2}})\s?月(?:末|底|份)?(?![\d日号])"
    rf"|(?:截至|截止到?|到|至)(?:(?P<ey3>{_Y})年)?(?P<em3>\d{{1,2}})月(?P<ed3>\d{{1,2}})[日号](?:[零〇一二两三四五六七八九十\d]{{1,3}}时)?"
    # (9 月末: a release typeset with spaces around its numbers, round 18)
    rf"|(?:(?P<ey2>{_Y})\s?年\s?)?(?P<em2>\d{{1,2}})\s?月(?:末|底))"
    # 27日,晋中举行…签约17个项目: the figures of an event on a day are its month's
    rf"|(?P<day>(?:(?P<sy>{_Y})年)?(?P<sm>\d{{1,2}})月\d{{1,2}}[日号](?![\d\s]*[-—–~～至到]))"
    r"|(?P<today>今日|今天|当天|当日|本周|上周|\d{1,2}日(?=[,，]))"
    rf"|(?P<yend>(?:截至|截止|到)?(?:(?P<ny>{_Y})年)(?:末|底))"
    # (6 月份: a release typeset with a space before 月, as 9 月末 above; round 20)
    # (八月份, 十二月,: a month in Chinese numerals, after no other character of a word)
    rf"|(?P<month>(?:(?P<my>{_Y})年)?(?P<mm>\d{{1,2}}|{_CHINESE_MONTH})(?:月|\s月(?!\s?\d))份?(?![\d日号]))"
    r"|(?P<plan>十[二三四五]五)[”\"]?(?:(?P<since>以来)|(?P<planend>末|期末))?"
    # (过去五年,…: a work report's review of its term, as 五年来)
    # (近3年年均增长56%, 近三年,…累计投入…: the years to the text's, as 三年来; not a record's
    # reach, 近10年来最高)
    r"|(?P<years>过去(?P<yp>[两三四五六七八九十])年|(?P<yn>[两三四五六七八九十]|\d{1,2})年(?:来|间|(?=累计|增量|共计))"
    r"|近(?P<yc>[两三四五六七八九十]|\d{1,2})年来?(?!来|同期|的?(?:最|新高|新低|首次)))"
    rf"|(?P<year>(?P<yy>{_Y})年(?!\d{{1,2}}月\d{{1,2}}日)(?:度)?)"
    r"|(?P<this>今年|本年|全年)"
    # 去年,…: the sentence of a text's year before (only at the start of a clause)
    # (去年全年,…: the whole of that year, not this year's 全年)
    # (去年末,…余额: a stock at the year's end is that year's, round 18)
    # (福州去年新增…, 去年全市生产总值…: 去年 before what it dates, not a base; round 31)
    r"|(?P<last>(?:去年|上年)(?:全年|末|底)?(?=[,，])"
    r"|去年(?:全年)?(?=全[市省国县区州盟旗]|[^同的以比水度底末上下前后首头一二三四五六七八九十\d第全,，、。;；:：\s)）”\"]))"
    # 一年来, 过去一年: the year up to the day the text is told on (round 24)
    r"|(?P<pastyear>一年来|过去(?:的)?一年)"
)
#: A match that starts with a digit starts with a month, day or year number followed by
#: what each branch writes after it (月/日/年/季度 or a range's dash; a year of four digits
#: by 年 or a dash): every other digit, such as each one inside ``1234.5`` (which passes
#: the prefilter's look-ahead of two characters), is skipped at once.
_DIGIT_START = r"(?:(?!\d)|(?=\d{1,2}(?:\s?月|[日年季]|\s*[-—–~～至到])|(?:19|20)\d\d(?:\s?年|\s*[-—–~～至到])))"


#: A year written with its number (``2022年4月``; not the 年 of ``上半年``).
_YEAR_NAMED = re.compile(r"\d\s*年")
#: ``以来`` then a record (``2015年以来同期最高``, ``以来新高``): the year is a record's
#: reference, not the period of a figure (round 22).
_RECORD_SINCE = re.compile(r"以[来來](?:同期)?的?(?:最|新高|新低|首次)")


def _scan_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` prefiltered on its first characters, then on :data:`_DIGIT_START`: the
    same matches, found faster (a test compares them on every development text)."""
    look, glue, rest = prefiltered(pattern).pattern.partition(")(?:")
    if not (look.startswith("(?=") and glue):
        return pattern
    return with_start_set(re.compile(f"{look}){_DIGIT_START}(?:{rest}", pattern.flags))


_EVENT_SCAN = _scan_pattern(_EVENT)
#: ``2020年的3.5倍``: the period before is the base of a multiple.
_MULTIPLE_BASE = re.compile(r"(?:同期)?(?:水平)?的?\s*[\d.一二两三四五六七八九十]+\s*倍")
#: ``恢复至2019年同期的78.2%``: the period before is the base of a share.
#: ``达到2018年历史最高产量的86%``: a record year's figure is the base too.
_SHARE_BASE = re.compile(
    r"(?:同期|全年|(?:历史)?(?:最高|峰值)(?:产量|销量|规模)?)?(?:水平)?的\s*[\d.]+\s*[%％]"
)
#: The characters other than spaces and digits a match of :data:`_MULTIPLE_BASE` or
#: :data:`_SHARE_BASE` starts with (tested before them).
_BASE_AFTER_FIRST: Final = frozenset("同的.一二两三四五六七八九十全水历最峰")
#: What ends a match of :data:`_DISTANT_BASE` (``$`` matches before a final line break too).
_DISTANT_BASE_LAST: Final = frozenset("的\n")
#: Words that make the following period a comparison base, not the period of a figure.
_COMPARISON: Final = ("比", "较", "与", "同", "于", "和", "对比", "相比")
#: What follows the second of two periods joined by 和 when they are read together
#: (``综合2020年上半年和2021年上半年来看``), not compared.
_PERIODS_JOINED = re.compile(r"(?:来看|看|两年|的平均)")


@dataclass(frozen=True, slots=True)
class PeriodEvent:
    """A period expression at [start, end) that sets the period from there on."""

    start: int
    end: int
    text: str
    period: str | None
    year: int | None
    #: Which form it is: multi, range, first, part, mend, yend, month, plan, years, year, this,
    #: last (去年), holiday.
    kind: str = ""
    #: Where it stops applying (a narrower period that holds for one sentence or clause).
    until: int | None = None

    @property
    def year_month(self) -> str | None:
        """``YYYY-MM`` of a one-month period (``2018-02/2018-02``), else ``None``."""
        p = self.period
        return p[:7] if p and len(p) == 15 and p[:7] == p[8:] else None


_KINDS: Final = (
    "multi",
    "days",
    "range",
    "first",
    "part",
    "mend",
    "day",
    "today",
    "yend",
    "month",
    "plan",
    "years",
)
#: What happens on a day and has figures of its own (签约17个项目, 开工, 接待游客).
DAY_EVENT = re.compile(r"举行|举办|签约|签订|开工|竣工|投产|揭牌|开幕|接待")
_SENTENCE_STOPS = re.compile(r"[。!！?？\n]")
#: A sentence about prices (``猪肉平均价格为…``, ``批发价``): its day is a state's.
_PRICE_WORDS = re.compile(r"价格|均价|批发价|零售价|收购价|出厂价|出场价")
#: ``本周(2022.8.15至2022.8.21)``: a week's first day written with dots after it (round 19).
_DOTTED_WEEK = re.compile(rf"\s*[(（]\s*(?:(?P<y>{_Y})[.．])?(?P<m>\d{{1,2}})[.．]\d{{1,2}}(?!\d)")
#: A sentence telling of figures (``记者从…获悉``, ``发布``): its date is the telling's.
_TELLING = re.compile(r"获悉|了解到|记者|发布|公布|通报|介绍|透露|显示|召开")
_KINDS_LAST: Final = ("year", "this", "last")
#: What may stand before 去年/上年 opening a clause.
_CLAUSE_OPEN: Final = frozenset("。;；\n,，:：")
#: Words of a comparison before a place and its 去年 (``比全国去年``).
_COMPARED_BEFORE_PLACE: Final = frozenset("比较与于")
#: The last character of a place's name, which may stand before 去年 (``福州去年新增``).
_PLACE_LAST: Final = frozenset("市县区省州国旗盟镇乡")
#: An event's kind from the group that closes last in its match (``match.lastgroup``): the
#: branch's own group, but for a part's end (``一季度末``: a month end) and a plan's
#: ``以来``/``末`` (one pattern; each group tested in the kinds' order was slow).
_KIND_OF_LAST: Final = {"pend": "mend", "since": "plan", "planend": "plan"}


#: A plan or target of the year after 今年 (``今年计划…``): the whole year, not the year so far.
_TARGET_AFTER = re.compile(r"[^,，。;；]{0,6}?(?:计划|安排|目标|预计|力争)")


def _event(
    m: re.Match[str], offset: int, period: str | None, year: int | None, kind: str
) -> PeriodEvent:
    """The event of match ``m`` of a text read from ``offset`` of the whole."""
    return PeriodEvent(m.start() + offset, m.end() + offset, m.group(), period, year, kind)


def find_events(
    text: str,
    year: int | None,
    *,
    this_year: int | None = None,
    today: str | None = None,
    offset: int = 0,
    told_on: date | None = None,
) -> list[PeriodEvent]:
    """Period expressions of ``text`` in order; ``year`` fills in forms without one.

    A year expression sets the year for the expressions after it. Expressions right after
    比/较/与 (``比上半年加快``, ``比2020年增长``) or right before 的N倍 (``是2020年的3.5倍``)
    are comparison bases and are skipped. ``this_year`` is what 今年/本年 mean when it is
    not ``year`` (a 2024 work report reviewing 2023 says 今年 for 2024).

    ``told_on`` is the day a dateline says the text was told on: 去年 is the year before
    its year, 上周 the week before its week (its first day's month).

    ``offset`` is where ``text`` starts in a larger text (a paragraph of a document): the
    events' ``start`` and ``end`` are positions in that one (each event built once).

    Examples
    --------
    >>> [e.period for e in find_events("2022年,…6月末,…“十四五”以来,…三年来", 2023)]
    ['2022', '2022-06', '2021/2022', '2020/2022']
    >>> find_events("比2020年增长35.6%", 2023), find_events("是2020年的3.5倍", 2023)
    ([], [])
    >>> find_events("较疫情前的2019年同期上升", 2023), find_events("与9月相比,增长", 2023)
    ([], [])
    >>> find_events("收入比由2022年的2.50缩小至2.41", 2023)  # the year of 2.50 only
    []
    >>> [e.period for e in find_events("2016年以来,共审计项目61个;自2023年以来", 2023)]
    ['2016/2023', '2023']
    >>> find_events("增速为2016年以来同期最高", 2023), find_events("创2016年以来新高", 2023)
    ([], [])
    >>> [e.period for e in find_events("5年增量超过7500亿元;五年间", 2025)]
    ['2021/2025', '2021/2025']
    >>> [e.period for e in find_events("较“十三五”末提高3.1件", 2022)]
    []
    >>> [e.period for e in find_events("“十三五”末,…“十四五”期间", 2023)]
    ['2020', '2021/2025']
    >>> [e.period for e in find_events("今年目标:…全年", 2023, this_year=2024)]
    ['2024', '2024']
    >>> [e.period for e in find_events("1-8月,增速分别较1-2月、1-5月和1-7月回落", 2023)]
    ['2023-01/2023-08']
    >>> [e.period for e in find_events("1至6月,完成全年目标任务的59%", 2023)]
    ['2023-01/2023-06']
    >>> find_events("恢复至2019年同期的78.2%", 2023)
    []
    >>> [(e.period, e.year) for e in find_events("去年,总产量1500亿斤。比上年,增加", 2020)]
    [('2019', 2020)]
    >>> [(e.text, e.period) for e in find_events("从累计数据看,去年全年,渗透率达到13.4%", 2022)]
    [('去年全年', '2021')]
    >>> [e.period for e in find_events("2021年全年,出口31万辆;今年前10月,出口49.9万辆", 2022)]
    ['2021', '2021', '2022', '2022-01/2022-10']
    >>> [e.period for e in find_events("1—12月,全国", 2023)]
    ['2023']
    >>> [e.period for e in find_events("元至5月,全市", 2023)]
    ['2023-01/2023-05']
    >>> [e.period for e in find_events("前8月,全市;前三个月;首10个月", 2023)]
    ['2023-01/2023-08', '2023-01/2023-03', '2023-01/2023-10']
    >>> [(e.text, e.period, e.kind) for e in find_events("12月15日发布,截至12月13日,全省", 2021)]
    [('截至12月13日', '2021-12', 'mend')]
    >>> [(e.period, e.kind) for e in find_events("一季度末,余额…;三季度末", 2024)]
    [('2024-03', 'mend'), ('2024-09', 'mend')]
    >>> find_events("按2017年底全国人口计算", 2018), find_events("项目26个(含2011年签约项目)", 2012)
    ([], [])

    A day (``2月27日``, ``今日``, ``27日,``) is a period only when its sentence tells of
    an event of that day (举行, 签约, 开工 …): its month; ``today`` is the month of a day
    named without one (the dateline's), else the last day's.

    >>> [e.period for e in find_events("2月27日,晋中举行签约仪式。今日签约17个", 2018)]
    ['2018-02/2018-02', '2018-02/2018-02']
    >>> find_events("1月20日,记者从市统计局获悉,全市", 2024), find_events("今日签约", 2018)
    ([], [])
    >>> [e.period for e in find_events("从4月1日起,月最低工资标准调整为2480元", 2019)]
    ['2019-04/2019-04']
    >>> [e.period for e in find_events("2月18日,记者从市文旅局获悉,春节期间全市接待游客", 2024)]
    ['2024-02']

    Prices on a day or in a week (``10月31日,猪肉价格…``, ``本周(3月7日-3月13日),…价格``)
    are a state within the month: the month.

    >>> [e.period for e in find_events("10月31日,猪肉平均价格为24.6元/公斤", 2024)]
    ['2024-10']
    >>> [e.period for e in find_events("本周(3月7日-3月13日),食品价格上涨1.6%", 2025)]
    ['2025-03']
    >>> [e.period for e in find_events("本周,肉类价格下降0.8%", 2025, today="2025-03")]
    ['2025-03']
    """
    events: list[PeriodEvent] = []
    current = year
    skipped_end = -1
    told_in = told_on.year if told_on else None
    for m in _EVENT_SCAN.finditer(text):
        m_start, m_end = m.span()
        written = m.group()  # (read once: the tests below ask for them often)
        before = text[max(0, m_start - 2) : m_start]
        if before[-1:] == " ":  # 较 10月份上升: a base written with a space before it
            before = text[max(0, m_start - 5) : m_start].rstrip(" ")[-2:]
        if before[-1:] in _OPEN_QUOTES:  # 较“十三五”末: the comparison word before the quote
            before = text[max(0, m_start - 3) : m_start - 1]
        if (
            (
                before.endswith(_COMPARISON)
                # 综合2020年上半年和2021年上半年来看: a list of periods, no base (round 28)
                and not (before[-1:] == "和" and _PERIODS_JOINED.match(text, m_end))
            )
            or before.endswith("按")  # 按2017年底人口计算: the basis of a calculation
            # 超额完成“十三五”规划N万吨的目标: the plan whose target is the reference, no
            # period of the figures (round 28)
            or (
                written.startswith("十")
                and before.endswith(("完成", "实现"))
                and m.lastgroup == "plan"
            )
            or before.endswith("含")  # 26个(含2011年签约项目): what is counted, no period
            # (each pattern behind a test of the characters its matches end or start with)
            or (
                text[m_start - 2 : m_start] in ("去年", "上年")
                and _BASE_YEAR_BEFORE.search(text, max(0, m_start - 3), m_start)
            )
            or (
                text[m_start - 1 : m_start] in _DISTANT_BASE_LAST
                and _DISTANT_BASE.search(text, max(0, m_start - 10), m_start)
            )
            or (
                (
                    text[m_end : m_end + 1] in _BASE_AFTER_FIRST
                    or text[m_end : m_end + 1].isspace()
                    or text[m_end : m_end + 1].isdecimal()
                )
                and (_MULTIPLE_BASE.match(text, m_end) or _SHARE_BASE.match(text, m_end))
                and not _moved_to(text, m_start)
            )
            or text.startswith(("相比", "比较"), m_end)  # 与今年9月相比: a base
            # 与上次(2016年)清查结果相比: the base's time, said in brackets
            or (
                text[m_start - 1 : m_start] in ("(", "（")
                and _BRACKETED_BASE.match(text, m_end) is not None
            )
            # 增速自上半年以来逐月加快: where a trend started, no period of later figures
            # (a year is a span to the text's year, read below; round 24)
            or (
                before.endswith(("自", "从"))
                and text.startswith("以来", m_end)
                and m.lastgroup in ("part", "month", "range", "first")
                and not _YEAR_NAMED.search(written)  # (自2022年4月以来: a span of its own, kept)
            )
            # 完成全年目标任务的59%: the year's task is the reference, not the period
            or (written == "全年" and _TASK_REFERENCE.search(text, max(0, m_start - 3), m_start))
            # 占前三季度目标任务78.5%: the part of the year whose task is the reference
            or (
                text.startswith(("目标", "计划", "任务"), m_end)
                and _TASK_REFERENCE.search(text, max(0, m_start - 3), m_start) is not None
            )
            or (before.endswith("由") and text.startswith("的", m_end))
            # 超过上年全年增量143亿元: last year's whole, a base (round 18; 去年全年, opening a
            # clause, is matched as one period)
            or (written == "全年" and text.endswith(("上年", "去年"), 0, m_start))
            # 预计10月底前全部完成: a deadline, no period of what is told (round 16, fourth pass)
            or (written[-1:] in "底末" and text.startswith("前", m_end))
            # the further bases of a list: 分别较1-2月、1-3月和1-7月回落
            or (skipped_end >= 0 and _LIST_GLUE.fullmatch(text, skipped_end, m_start))
        ):
            skipped_end = m_end
            continue
        skipped_end = -1
        if m.lastgroup == "last":
            if (
                m_start > 0
                and text[m_start - 1] not in _CLAUSE_OPEN
                and not (
                    told_in
                    and written.startswith("去年")
                    and text[m_start - 1] in _PLACE_LAST
                    # (比全国去年平均水平高: last year's, a base)
                    and _COMPARED_BEFORE_PLACE.isdisjoint(text[max(0, m_start - 5) : m_start])
                )
            ):
                continue  # 比上年,… is a base (above); 同比去年, 较去年 too
            if told_in is None and not text.startswith((",", "，"), m_end):
                # 去年全市…: of the year before the telling, which only a dateline gives (a
                # text's year may be its figures', told the year after; round 31)
                continue
            if told_in is not None:
                events.append(_event(m, offset, str(told_in - 1), current, "last"))
                continue
        if m.lastgroup == "pastyear":
            # 人代会1月23日开幕。…一年来,全市生产总值…: a review told in the first months of a
            # year is of the year before; told later, of the year so far
            told = events[-1] if events and events[-1].kind in ("day", "month") else None
            said = told.year if told else current
            if said is not None:
                early = told is not None and (told.period or "")[5:7] in ("01", "02", "03")
                own = said - 1 if early else said
                events.append(_event(m, offset, str(own), own, "year"))
                current = own
            continue
        if written == "上周":  # 上周,我国共发生三级以上地震11次: the week before the dateline's
            if told_on is not None:
                first = told_on - timedelta(days=told_on.weekday() + 7)
                events.append(
                    _event(m, offset, f"{first.year}-{first.month:02d}", first.year, "month")
                )
            continue
        if m["days"] or m["day"] or written == "本周":
            stop = _SENTENCE_STOPS.search(text, m_end)
            until = stop.start() if stop else len(text)
            # (…价格有涨有跌,均价分别升至本周的1.35元: a week's prices named before it too)
            since = m_end if written != "本周" else _sentence_start(text, m_start)
            if "价" in text[since:until] and _PRICE_WORDS.search(text, since, until):
                dotted = _DOTTED_WEEK.match(text, m_end) if written == "本周" else None
                if dotted and 1 <= int(dotted["m"]) <= 12:
                    # 本周(2022.8.15至2022.8.21),…价格: the month of the week's first day
                    week_year = int(dotted["y"]) if dotted["y"] else current
                    if week_year is not None:
                        today = f"{week_year}-{int(dotted['m']):02d}"
                        events.append(_event(m, offset, today, week_year, "month"))
                        current = week_year
                    continue
                if m["today"]:  # 本周,…价格…: the week of the dates named before
                    if today is not None:
                        week_year = int(today[:4])
                        events.append(_event(m, offset, today, week_year, "month"))
                    continue
                # 10月31日,猪肉平均价格为…; 本周(3月7日-3月13日),…价格: prices on a day
                # or in a week are a state within the month, written as the month
                raw_y = m["dy"] if m["days"] else m["sy"]
                price_year = int(raw_y) if raw_y else current
                month = int(m["d2"] or m["d1"]) if m["days"] else int(m["sm"])
                if price_year is not None and 1 <= month <= 12:
                    today = f"{price_year}-{month:02d}"
                    events.append(_event(m, offset, today, price_year, "month"))
                    current = price_year
                continue
        if written[-1] in "日号天" and (m["day"] or m["today"]):
            stop = _SENTENCE_STOPS.search(text, m_end)
            until = stop.start() if stop else len(text)
            if (
                not DAY_EVENT.search(text, m_end, until) or _TELLING.search(text, m_end, until)
            ) and not (m["day"] and text.startswith("起", m_end)):
                # 1月20日,记者获悉,…: a date of the telling, no period (从4月1日起,月最低工资
                # 标准调整到…: what holds from that day, the month's; session 23)
                continue
            if m["day"]:
                y = int(m["sy"]) if m["sy"] else current
                month = int(m["sm"])
                if y is None or not 1 <= month <= 12:
                    continue
                today = f"{y}-{month:02d}"
            elif today is None:
                continue
            span = f"{today}/{today}"
            events.append(_event(m, offset, span, int(today[:4]), "day"))
            continue
        if written == "今年" and _PROGRAMME_NAMED.match(text, m_end):
            continue  # 第三季度里,我市今年20项民心工程又有16项…: which programme, no period
        if (
            written == "本年"
            and text.startswith(("累计", "新增"), m_end)
            and current in (None, this_year if this_year is not None else year)
        ):
            continue  # 本年累计新增保额 in a report of 1-8月: so far this year, the report's span
        if written in ("今年", "本年"):
            # the text's own year, also after another year named (2021年全年,…;今年前10月)
            current = this_year if this_year is not None else (year or current)
        named_before = (
            _year_said_before(text, m_start, current)
            if m.lastgroup in _PARTS_OF_A_YEAR and text[m_start - 1 : m_start] == "年"
            else None
        )
        if named_before is not None and text.endswith(_LAST_YEAR_BASE, 0, m_start - 2):
            continue  # 比去年上半年, 接近去年上半年总量: last year's part is a base here
        if named_before is not None:  # 去年前三季度, 18年上半年, 一八年首三季: that year's part
            period, _ = _period_of(m, named_before)
            events.append(
                _event(
                    m,
                    offset,
                    period,
                    named_before,
                    _KIND_OF_LAST.get(m.lastgroup or "", m.lastgroup or ""),
                )
            )
            continue
        period, new_year = _period_of(m, current)
        # 自2023年3月以来…。2月,…: a span's start sets no year for the months after it
        if new_year is not None and not text.startswith("以来", m_end):
            current = new_year
        elif m["yy"] and _RECORD_SINCE.match(text, m_end):
            continue  # 增速为2015年以来同期最高: a record's reference, no period (round 22)
        elif m["yy"] and year is not None and new_year is not None and new_year < year:
            # 2015年以来,共开展检查项目86个: from that year to the text's own (round 22)
            period = f"{new_year}/{year}"
        kind = _KIND_OF_LAST.get(m.lastgroup or "", m.lastgroup or "")
        if (
            written == "今年"
            and events
            and period == str(current)
            and not _TARGET_AFTER.match(text, m_end)
        ):
            last = events[-1].period or ""
            if last.startswith(f"{current}-01/{current}-"):
                # 2012年1—4月,…今年新开工项目26个: the year so far, as named before
                period, kind = last, events[-1].kind
        events.append(_event(m, offset, period, current, kind))
    if _HOLIDAY.search(text):
        return _with_holidays(text, events, year, offset)
    return events


#: Words before 去年/上年 that make its part a base compared with (``接近去年上半年总量``).
_LAST_YEAR_BASE: Final = (*_COMPARISON, "接近", "相当于", "超过", "高于", "低于", "快于", "慢于")
#: The kinds of a part of a year whose year may be written before it in a short form.
_PARTS_OF_A_YEAR: Final = frozenset(("part", "range", "first", "pend"))
#: A year before a part of it, written short (``去年``, ``上年``, ``18年``, ``一八年``).
_SHORT_YEAR = re.compile(
    r"(?:(?P<last>去|上)|(?<![\d.])(?P<digits>\d{2})|(?<![一二三四五六七八九〇零○])"
    r"(?P<words>[一二][〇零○一二三四五六七八九]))年$"
)
_YEAR_DIGIT_WORDS: Final = dict(zip("〇零○一二三四五六七八九", "000123456789", strict=True))


def _year_said_before(text: str, start: int, current: int | None) -> int | None:
    """The year a short form names right before a part of a year (``去年前三季度``: the
    year before the text's; ``18年上半年``, ``一八年首三季``: 2018), or None.

    >>> _year_said_before("去年前三季度", 2, 2019), _year_said_before("18年上半年", 3, 2019)
    (2018, 2018)
    >>> _year_said_before("一八年首三季", 3, 2019), _year_said_before("全年上半年", 2, 2019)
    (2018, None)
    """
    found = _SHORT_YEAR.search(text, max(0, start - 3), start)
    if found is None or current is None:
        return None
    if found["last"]:
        return current - 1
    digits = found["digits"] or "".join(_YEAR_DIGIT_WORDS[c] for c in found["words"])
    year = 2000 + int(digits)
    return year if year <= current + 1 else None


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence around ``position`` starts (after 。!?, a line break, or at 0).

    >>> _sentence_start("上周下降。价格上涨到了本周的", 12)
    5
    """
    stops = [text.rfind(c, 0, position) for c in "。!！?？\n"]
    return max(stops) + 1


#: A programme of the year's livelihood projects named after 今年 (``今年20项民心工程``,
#: ``今年的民生实事``): 今年 says which programme, not the period of the figures after it.
_PROGRAMME_NAMED = re.compile(
    r"的?(?:[\d一二三四五六七八九十]+[项件个])?[\u4e00-\u9fa5]{0,2}?(?:实事|民心工程|惠民工程|民生工程)"
)
#: A holiday named as the time of figures (``清明假期``, ``“五一”期间``, ``中秋国庆双节``).
_HOLIDAY = re.compile(
    r"(?P<name>春节|清明|五一|劳动节|端午|中秋|国庆|元旦|春运)节?[”\"]?"
    r"(?:[、和与及]?[“\"]?(?P<also>中秋|国庆)节?[”\"]?)?"
    # (round 19: 春运首日, 春运头三天, 春节前四天; 今年春节, read only after a year: below)
    r"(?=(?:小长假|长假|假期|期间|黄金周|假日|双节|节日期间|节假日|首日|旅游|[头前][一二两三四五六七\d]天"
    r"|[,，]))"
)
#: Before a holiday (or the year written before it), words that make it a comparison base
#: (``比2015年春节期间增长9%``, ``比去年春节期间分别增长``), not the period of the figures.
_HOLIDAY_BASE = re.compile(r"(?:比|较|同比|相比|对比)(?:去年|上年)?$")
#: The year written right before a holiday (``2021年清明``, ``2024年“五一”``).
_HOLIDAY_YEAR = re.compile(rf"({_Y})年[“\"]?$")
#: The month a holiday's first day falls in, where it moves with the lunar calendar or the
#: holiday starts before the day itself (convention 4); the others are fixed (清明 April,
#: 五一 May, 国庆 October, 元旦 January).
_SPRING_FESTIVAL_JANUARY: Final = frozenset({2012, 2014, 2017, 2020, 2022, 2023, 2025, 2028})
_DRAGON_BOAT_MAY: Final = frozenset({2014, 2017, 2025, 2028})
_MID_AUTUMN_OCTOBER: Final = frozenset({2017, 2020, 2025, 2028})
#: 春运 (the travel season of 40 days from 15 days before 春节) starts in February only when
#: 春节 falls after mid-February; else in January (convention 4: an event's first month).
_SPRING_RUSH_FEBRUARY: Final = frozenset({2007, 2015, 2018, 2026, 2034})
#: 中秋 and 国庆 taken together, from a first day in September.
_JOINT_HOLIDAY_SEPTEMBER: Final = frozenset({2012, 2023})
_FIXED_HOLIDAYS: Final = {"清明": 4, "五一": 5, "劳动节": 5, "国庆": 10, "元旦": 1}


def holiday_month(name: str, year: int, also: str | None = None) -> int:
    """The month of a holiday's first day in ``year`` (convention 4).

    >>> holiday_month("春节", 2023), holiday_month("春节", 2024), holiday_month("端午", 2025)
    (1, 2, 5)
    >>> holiday_month("清明", 2021), holiday_month("国庆", 2023), holiday_month("中秋", 2023, "国庆")
    (4, 10, 9)
    >>> holiday_month("春运", 2023), holiday_month("春运", 2026)
    (1, 2)
    """
    if also is not None and {name, also} == {"中秋", "国庆"}:
        return 9 if year in _JOINT_HOLIDAY_SEPTEMBER else 10
    if name == "春节":
        return 1 if year in _SPRING_FESTIVAL_JANUARY else 2
    if name == "春运":
        return 2 if year in _SPRING_RUSH_FEBRUARY else 1
    if name == "端午":
        return 5 if year in _DRAGON_BOAT_MAY else 6
    if name == "中秋":
        return 10 if year in _MID_AUTUMN_OCTOBER else 9
    return _FIXED_HOLIDAYS[name]


#: How far after a holiday's name its dates may be written (``假期八天(``).
_HOLIDAY_DATES_GAP: Final = 12


#: A holiday named as the cause of a change (``受春节假期影响``, ``受春节因素和…影响``).
_CAUSE_BEFORE = re.compile(r"受(?:到)?$")
_CAUSE_AFTER = re.compile(r"(?:假期|长假|因素|错月|效应)?[^,，。;；]{0,30}?影响")


def _with_holidays(
    text: str, events: list[PeriodEvent], year: int | None, offset: int = 0
) -> list[PeriodEvent]:
    """``events`` with the holidays of ``text``: each sets its month from there on.

    >>> [(e.text, e.period) for e in find_events("2021年清明小长假期间,全省接待游客", None)]
    [('2021年', '2021'), ('清明', '2021-04')]
    >>> find_events("春节前后,猪肉价格", 2024), find_events("国庆70周年期间", 2019)
    ([], [])
    >>> [e.period for e in find_events("中秋国庆假期八天(9月29日-10月6日),接待游客", 2023)]
    ['2023-09', '2023-09']

    A holiday after 比/较 is a comparison's base; 春运 is an event of its own (round 19).

    >>> [(e.text, e.period) for e in find_events("2016年春节期间销售额比2015年春节期间增长9%", None)]
    [('2016年', '2016'), ('春节', '2016-02')]
    >>> [(e.text, e.period) for e in find_events("2023年春运期间,铁路发送旅客;今年春节,", None)]
    [('2023年', '2023'), ('春运', '2023-01'), ('今年', '2023'), ('春节', '2023-01')]
    """
    added = list(events)
    ends = [e.end - offset for e in events]  # (in order: events are found left to right)
    for m in _HOLIDAY.finditer(text):
        start = m.start()
        written = _HOLIDAY_YEAR.search(text, max(0, start - 6), start)
        lead = written.start() if written else start
        if _HOLIDAY_BASE.search(text, max(0, lead - 4), lead):
            continue  # 比2015年春节期间增长: the base of a comparison (round 19)
        if text[m.end() : m.end() + 1] in ",，" and not (
            written or text.endswith("今年", 0, start)
        ):
            continue  # 迎接春节, …: no time of figures unless a year names it (今年春节,)
        if _CAUSE_BEFORE.search(text, max(0, lead - 3), lead) and _CAUSE_AFTER.match(text, m.end()):
            continue  # 受春节假期影响: a cause of the figures, not their time (round 24)
        if written:
            y: int | None = int(written.group(1))
        else:
            before = bisect_right(ends, start)
            y = events[before - 1].year if before else year
        if y is None:
            continue
        month = holiday_month(m["name"], y, m["also"])
        # 中秋国庆假期八天(9月29日-10月6日): the holiday's dates, not a period of their own
        added = [
            replace(e, period=f"{y}-{month:02d}")
            if e.kind == "days" and 0 <= e.start - offset - m.end() <= _HOLIDAY_DATES_GAP
            else e
            for e in added
        ]
        added.append(
            PeriodEvent(
                start + offset,
                m.end() + offset,
                text[start : m.end()],
                f"{y}-{month:02d}",
                y,
                "holiday",
            )
        )
    return sorted(added, key=lambda e: e.start)


def _period_of(m: re.Match[str], year: int | None) -> tuple[str | None, int | None]:
    g = m  # g["name"]: the group, or None (a groupdict() built per match was slow)
    if g["multi"]:
        return f"{g['ma']}/{g['mb']}", int(g["mb"])
    if g["days"]:  # 10月1日-4日: a span of days, written as its month(s)
        y = int(g["dy"]) if g["dy"] else year
        first = int(g["d1"])
        last = int(g["d2"]) if g["d2"] else first
        return (_span(y, first, last) if 1 <= first <= last <= 12 else None), y
    if g["range"]:
        y = int(g["ry"]) if g["ry"] else year
        first = 1 if g["m1"] == "元" else int(g["m1"])  # 元至5月: 元月 is January
        return _span(y, first, int(g["m2"])), y
    if g["first"]:
        y = int(g["fy"]) if g["fy"] else year
        return _span(y, 1, int(parse_number(g["fn"]))), y
    if g["pend"]:  # 一季度末: March's end
        y = int(g["qy"]) if g["qy"] else year
        name = g["qname"]
        name = _QUARTER_DIGITS.get(name[0], name[0]) + name[1:] if name[0] in "1234" else name
        last = _PARTS[name][1]
        if last == 12:  # 四季度末, 下半年末: the year's end, a year-end stock is YYYY
            return (str(y) if y else None), y
        return (f"{y}-{last:02d}" if y else None), y
    if g["part"]:
        y = int(g["py"]) if g["py"] else year
        if g["qcum"]:  # 2季总计: January to the quarter's end
            return _span(y, 1, 3 * int(parse_number(g["qcum"]))), y
        name = g["pname"]
        if _QUARTER_SPAN.fullmatch(name):  # 1-3季度: January to the last quarter's end
            first = _PARTS[_QUARTER_DIGITS.get(name[0], name[0]) + "季度"][0]
            return _span(y, first, _PARTS[_QUARTER_DIGITS.get(name[-3], name[-3]) + "季度"][1]), y
        name = _QUARTER_DIGITS.get(name[0], name[0]) + name[1:] if name[0] in "1234" else name
        if name.startswith("首三季"):  # 首三季(度): 前三季度 as Guangdong and Hong Kong write it
            name = "前三季度"
        first, last = _PARTS[name]
        return _span(y, first, last), y
    if g["mend"]:
        raw_y = g["ey"] or g["ey2"] or g["ey3"]
        y = int(raw_y) if raw_y else year
        month = int(g["em"] or g["em2"] or g["em3"])  # 截至12月13日: the state on a day
        if month == 12 and (not g["em3"] or g["ed3"] == "31"):
            # 12月末, 截至12月底, 截至12月31日: the year's end; the guideline dates a
            # year-end stock YYYY (and a flow to it is the whole year's, convention 3)
            return (str(y) if y else None), y
        return (f"{y}-{month:02d}" if y else None), y
    if g["yend"]:
        return g["ny"], int(g["ny"])
    if g["month"]:
        y = int(g["my"]) if g["my"] else year
        month = int(parse_number(g["mm"]))
        return (f"{y}-{month:02d}" if y and 1 <= month <= 12 else None), y
    if g["plan"]:
        start_year = _PLANS.get(g["plan"])
        if start_year is None:
            return None, year
        if g["planend"]:
            return str(start_year + 4), start_year + 4  # 十三五末: the plan's last year
        last = year if g["since"] and year is not None else start_year + 4
        return f"{start_year}/{last}", year
    if g["years"]:
        n = int(parse_number(g["yn"] or g["yp"] or g["yc"]))
        return (f"{year - n + 1}/{year}" if year else None), year
    if g["year"]:
        return g["yy"], int(g["yy"])
    if g["last"]:  # 去年,…: the year before, the text's year unchanged
        return (str(year - 1) if year else None), year
    return (str(year) if year else None), year


#: Words of a flow, summed over time (完成投资, 收入, 产量 …), as opposed to a stock; a
#: traffic handled (吞吐量, 周转量, 业务量) is one too: to a date it is the sum from January
#: (convention 21).
_FLOW = re.compile(
    r"完成|累计|实现|新增|发放|销售|交易|成交|产量|生产|出栏|饲养量|收入|支出|投资|开工|竣工|签约|接待|"
    # 截至11月底,…投入财政援助资金…,捐赠帮扶资金…: aid given since January (round 28)
    r"投入(?!使用|运营|运行)|捐赠|援助(?!项目)|"
    r"出口|进口|发电|用电|新登记|新设|注册|"
    r"吞吐量|周转量|运输量|客运量|货运量|业务量|起降|"
    # air quality to a date (截止6月30日,优良天数为…,PM2.5平均浓度为…): days counted and
    # concentrations averaged since January (round 19)
    r"天数|优良|浓度|重污染"
)
#: A comparison (``同比增长``): it makes a flow of the figure it is said of only, not of an
#: item after that figure (``4月末,资产总计…,同比增长6.1%;负债合计…``: a balance).
_COMPARED_FLOW = re.compile(r"增长|下降|增速|同比")
#: ``达到进度的项目有188个``, ``项目数为278个``: a count of things in a state (a stock).
_STATE = re.compile(r"(?:项目|企业|单位|个数|数)(?:共有|有|为|达)$")
#: 实有/现有 as a verb of existence, not the tail of 扎实/务实/落实 or of 实现 (``扎实有序``,
#: ``实现有效衔接``: no stock named; round 28).
EXISTING = r"(?<![扎务踏落切坚厚诚真])实有|(?<!实)现有"
_STOCK = re.compile(
    r"余额|在建|库存|保有|存量|存栏|拥有量|在册|人口|装机|总数|覆盖率|期末|年末|月末|待售|"
    + EXISTING
)


def _own_item(words: str) -> str:
    """The words of a figure's own item: those after the last figure before it.

    >>> _own_item(",肉牛存栏3.4万头,增长5%,出栏"), _own_item("贷款余额")
    ('%,出栏', '贷款余额')
    """
    return words[max(words.rfind(d) for d in "0123456789") + 1 :]


def _item_flow(words: str) -> bool | None:
    """Whether the figure's own item (:func:`_own_item`) names a stock (``False``) or a
    flow (``True``) after earlier items of its sentence, else ``None``: ``二季度末,肉牛存栏
    …万头,增长5%,出栏…万头`` (a flow after a stock), ``3月末,…余额…,较年初新增…,
    占新增贷款的…`` (a share of a flow). A rate (``利率``, ``完成率``) is no item of its
    own words: its figure is a price or a share of what is named before (round 21).

    >>> _item_flow(",肉牛存栏3.4万头,出栏"), _item_flow("资产总计5.5万亿元,增长7%;负债合计")
    (True, None)
    >>> _item_flow("出栏9万头,存栏"), _item_flow("余额9亿元;新发放贷款利率"), _item_flow("出栏")
    (False, None, None)
    """
    own = _own_item(words)
    if len(own) == len(words) or "率" in own:
        return None
    if _STOCK.search(own):
        return False
    return True if _FLOW.search(own) else None


def _compared_item_flow(words: str, measure: str) -> bool | None:
    """:func:`_item_flow`, for a change (``出栏1.6万头,增长4.1%``) whose own words name
    nothing, of the item of the figure it compares (the one before it).

    >>> _compared_item_flow(",存栏3.4万头,增长5%,出栏1.6万头,增长", "growth_yoy")
    True
    >>> _compared_item_flow(",存栏3.4万头,增长", "growth_yoy") is None
    True
    """
    found = _item_flow(words)
    if found is not None or measure not in ("growth_yoy", "pp_change"):
        return found
    own = _own_item(words)
    if len(own) == len(words):
        return None
    return _item_flow(words[: len(words) - len(own)].rstrip("0123456789.．"))


def cumulative_to(
    period: str | None, words: str, measure: str, *, items: bool = False
) -> str | None:
    """A month-end period (``截至9月底``) as the year-to-date span when the figure is a flow.

    ``截至9月底完成投资126.5亿元,完成率72.4%`` are sums of January to September; a
    balance at the month end (``贷款余额``, also its growth) stays the month. ``words``
    are those from the period to the figure.

    Examples
    --------
    >>> cumulative_to("2023-09", "重点项目完成投资", "level"), cumulative_to("2023-09", "贷款余额", "level")
    ('2023-01/2023-09', '2023-09')
    >>> cumulative_to("2023-09", "完成率", "level"), cumulative_to("2023", "完成投资", "level")
    ('2023-01/2023-09', '2023')
    >>> cumulative_to("2023-09", "累计开工", "count"), cumulative_to("2023-09", "累计投入达标的项目有", "count")
    ('2023-01/2023-09', '2023-09')
    >>> cumulative_to("2024-12", "全省机场旅客吞吐量突破", "level")
    '2024-01/2024-12'

    With ``items`` (the words of the month end's own sentence), the figure's own item
    decides first (:func:`_item_flow`), and a comparison of an earlier figure makes no flow
    of a later one:

    >>> cumulative_to("2023-04", "资产总计5.5万亿元,同比增长7%;负债合计", "level", items=True)
    '2023-04'
    >>> cumulative_to("2016-06", ",肉牛存栏3.4万头,增长5%,出栏", "count", items=True)
    '2016-01/2016-06'
    """
    if not period or len(period) != 7 or period[4] != "-":
        return period
    if measure == "count" and _STATE.search(words):
        return period  # …的项目有188个: how many are in that state at the month end
    item = _compared_item_flow(words, measure) if items else None
    if item is not None:
        return f"{period[:4]}-01/{period}" if item and period[5:] != "01" else period
    flow = _STOCK.search(words) is None and (
        measure in ("growth_yoy", "pp_change")
        or _FLOW.search(words) is not None
        or _COMPARED_FLOW.search(_own_item(words) if items else words) is not None
    )
    return f"{period[:4]}-01/{period}" if flow and period[5:] != "01" else period


def years_moved(period: str, years: int) -> str:
    """The same months ``years`` later (earlier when negative): every year of ``period``
    moved (``去年同期``, ``2021年同期``, a column of ``上年同期``).

    >>> years_moved("2022-04/2022-06", -1), years_moved("2024", 2), years_moved("2023-09", -3)
    ('2021-04/2021-06', '2026', '2020-09')
    """
    return _YEAR_DIGITS.sub(lambda m: str(int(m.group()) + years), period)


_YEAR_DIGITS = re.compile(r"\d{4}")
#: A month or a span of months (``2023-09``, ``2023-01/2023-09``): a part of a year.
PART_OF_YEAR = re.compile(r"\d{4}-\d{2}(?:/\d{4}-\d{2})?")


def since_january(period: str | None) -> str | None:
    """The period of an increase since the start of the year (``比年初增加``) said at a
    balance's month end: January to that month, the year at its end (conventions 30, 3).

    The increase is the sum of the months' increases since January, a flow to a date
    (convention 21); the balance itself stays at its month.

    Examples
    --------
    >>> since_january("2022-09"), since_january("2023-12"), since_january("2024-01")
    ('2022-01/2022-09', '2023', '2024-01')
    >>> since_january("2020-01/2020-03"), since_january("2021"), since_january(None)
    ('2020-01/2020-03', '2021', None)
    """
    if not period or len(period) != 7 or period[4] != "-":
        return period
    if period[5:] == "12":
        return period[:4]
    return f"{period[:4]}-01/{period}" if period[5:] != "01" else period


#: A stock named as such (``市场主体总量``, ``实有企业``, ``贷款余额``): its state at a moment.
_STOCK_NAMED = re.compile(
    # (现有: what a place has now, 全县现有茶园…亩, round 21)
    EXISTING + r"|余额|保有量|拥有量|在册|存量|存栏|库存|待售|期末|月末|参保人数|参保率"
    # 手持订单2050万载重吨: a shipyard's order book, held at the span's end (round 30)
    r"|手持(?:船舶)?订单"
    # 上半年,…电话用户达3120万户: subscribers are a state at the span's end (round 19)
    r"|(?:电话|宽带|接入|[2345]G|互联网|电视)用户|普及率"
)
#: A rate that is a state at a time (``参保率``), not the rate of a flow.
_STATE_RATE = re.compile(r"参保率|覆盖率|普及率")
#: ``总量`` is a stock of things counted (市场主体总量), but 经济总量 is a flow (GDP); a
#: number of firms (企业户数) is a state too (round 20).
#: The number of things named as such (线路条数, 认证数量) is a state as well (round 21).
_COUNT_STOCK = re.compile(r"总量|总数|户数|条数|个数|数量")
#: A share of a stock of users or firms, its denominator ending the words before it
#: (``占宽带用户总数的``, ``在宽带用户的占比为``, ``占…企业总户数的``): a state at the
#: span's end, as the stock (round 20).
_SHARE_OF_A_STOCK = re.compile(r"(?:用户|户数)(?:总数)?的?(?:占比|比重)?(?:为|达)?$")
_MONTH_SPAN = re.compile(r"\d{4}-\d{2}/\d{4}-\d{2}")
#: A period compared with, right before a bracket that gives its figure (``较1-9月(``).
_BRACKET_BASE = re.compile(
    r"(?:[比较]|低于|高于|快于|慢于)(?P<base>[^,，。;；()（）%比较]{1,10}?)(?:同期)?(?:水平)?[(（]$"
)
_PRIOR_YEAR_WORDS: Final = ("上年", "去年")


def bracket_base(prefix: str, year: int | None, period: str | None) -> str | None:
    """The period of a bracketed figure after the period it is compared with.

    ``增速较9月(-9.3%)回升`` gives -9.3% to September, ``较1-9月(6.1%)`` to January to
    September, ``比上年同期(12.1%)`` to the same period of the year before; ``None`` when
    the words before the bracket name no period.

    >>> bracket_base("降幅较9月(", 2024, "2024-10"), bracket_base("较1-9月(", 2024, "2024-01/2024-10")
    ('2024-09', '2024-01/2024-09')
    >>> bracket_base("增速比上年同期(", 2024, "2024-01/2024-10"), bracket_base("低于全省(", 2024, "2024")
    ('2023-01/2023-10', None)
    """
    if prefix[-1:] not in "(（":
        return None
    found = _BRACKET_BASE.search(prefix)
    if found is None:
        return None
    base = found["base"]
    if base in _PRIOR_YEAR_WORDS:
        if period is None or not period[:4].isdigit():
            return None
        shifted = "/".join(str(int(p[:4]) - 1) + p[4:] for p in period.split("/"))
        return shifted
    events = find_events(base, year)
    if len(events) == 1 and events[0].start == 0 and events[0].end == len(base):
        return events[0].period
    return None


def stock_at_end(period: str | None, words: str, measure: str) -> str | None:
    """A stock in a span of months (``上半年,市场主体总量超过1亿户``) is its state at
    the span's last month; flows and rates keep the span. ``words`` are those from the
    period to the figure.

    >>> stock_at_end("2018-01/2018-06", "市场主体总量超过", "count")
    '2018-06'
    >>> stock_at_end("2018-01/2018-06", "新设企业", "count"), stock_at_end("2018", "总量", "level")
    ('2018-01/2018-06', '2018')
    >>> stock_at_end("2018-01/2018-06", "贷款余额同比增长", "growth_yoy")
    '2018-01/2018-06'
    >>> stock_at_end("2018-01/2018-06", "经济总量达到", "level")
    '2018-01/2018-06'
    >>> stock_at_end("2023-01/2023-03", "养老保险参保率巩固在", "share")
    '2023-03'
    >>> stock_at_end("2023-01/2023-06", "全省移动电话用户达", "count")
    '2023-06'
    >>> stock_at_end("2024-01/2024-03", "新增512亿元,其中,企业中长期贷款余额", "level")
    '2024-03'
    >>> stock_at_end("2020-01/2020-06", "光纤用户810万户,占宽带用户总数的", "share")
    '2020-06'
    >>> stock_at_end("2020-01/2020-09", "私营企业户数达到210户,占全县企业总户数的", "share")
    '2020-09'
    >>> stock_at_end("2020-01/2020-09", "新登记企业占全县企业总户数的", "share")
    '2020-01/2020-09'
    >>> stock_at_end("2020-01/2020-09", "全县私营企业户数达到", "count")
    '2020-09'
    >>> stock_at_end("2019-01/2019-06", "全县现有果园面积", "level")
    '2019-06'
    >>> stock_at_end("2019-01/2019-06", "公交线路条数达到", "count")
    '2019-06'
    >>> stock_at_end("2019-01/2019-06", "光缆交接箱达到", "count")
    '2019-06'
    >>> stock_at_end("2019-01/2019-06", "新建充电桩达到", "count")
    '2019-01/2019-06'
    >>> stock_at_end("2019-01/2019-06", "货车通行量达", "count")
    '2019-01/2019-06'
    """
    if measure == "share" and not _STATE_RATE.search(words):
        if not _SHARE_OF_A_STOCK.search(words) or _FLOW_VERB.search(words):
            return period
        return period[-7:] if period and _MONTH_SPAN.fullmatch(period) else period
    if (
        not period
        or measure not in ("level", "count", "share")
        or not _MONTH_SPAN.fullmatch(period)
    ):
        return period
    stock = _STOCK_NAMED.search(words) or (measure == "count" and _COUNT_STOCK.search(words))
    if not stock and measure == "count" and words.endswith(("达到", "达")):
        # 光缆交接箱达到8.6万个: a number of things a count reaches, in a clause that
        # names no work done nor a volume, is the state at the span's end (round 21)
        clause = _CLAUSE_SPLIT.split(words)[-1]
        if clause and not _FLOW_VERB.search(clause) and not _WORK_DONE.search(clause):
            stock = _REACHED.search(words)
    if not stock or _item_flow(words):
        # (…存栏a万头,增长b%;肉牛饲养量c万头: the figure's own item, after the
        # stock's, names a flow: round 28)
        return period
    # a flow's verb after the stock's name (库存商品销售, 余额新增); one before it is of an
    # earlier clause (一季度新增512亿元,其中,企业中长期贷款余额9876亿元: round 18)
    named = _STOCK_NAMED.search(words) is not None
    last = max(m.end() for m in _STOCK_NAMED.finditer(words)) if named else stock.end()
    clause_before = named and ("," in words[:last] or "，" in words[:last])
    if _FLOW_VERB.search(words, last if clause_before else 0):
        return period
    return period[-7:]


#: Between a state and its rank or share: a month, a running total, an increase since the
#: year's start, a mean or the end of a clause name or start another figure.
_NOT_OF_THE_STATE = re.compile(r"年初|累计|新增|平均|半年|季|月|[;；。:：\n]")
#: The words that name a rank or a share of the figure just before it (``,居全国第``,
#: ``,占全国的``, ``,达标比例为``): its standing, not a figure of its own.
_RANK_OR_SHARE_WORDS = re.compile(r"[居列排位占]|比[例重]")


def of_the_state_before(period: str | None, before: str | None, between: str) -> str | None:
    """A rank or a share right after a state dated at a month's end (``基站达到8.1万个,
    居全省第3位``; ``用户总数2.3亿户,占全国的9.4%``) ranks or divides that state, at that
    month, not a flow over the months since January the paragraph reports: ``before`` is the
    period of the figure right before it in its sentence, ``between`` the words from that
    figure to this one, a short clause naming the standing (``居``, ``占``, ``比例``) with no
    month, running total or increase since the year's start of its own (round 22, second
    pass; :func:`stock_at_end` dated the state).

    >>> of_the_state_before("2019-01/2019-06", "2019-06", ",居全省第")
    '2019-06'
    >>> of_the_state_before("2019-01/2019-06", "2019-06", ",占全国的")
    '2019-06'
    >>> of_the_state_before("2019-01/2019-06", "2019-06", ",比年初增加120万户,占")
    '2019-01/2019-06'
    >>> of_the_state_before("2019-01/2019-06", "2019-01/2019-06", ",居全省第")
    '2019-01/2019-06'
    >>> of_the_state_before("2019-01/2019-06", "2019-06", ",同比增长")
    '2019-01/2019-06'
    """
    if (
        period
        and before
        and len(before) == 7
        and len(between) <= 16
        and period == f"{before[:4]}-01/{before}"
        and _RANK_OR_SHARE_WORDS.search(between)
        and not _NOT_OF_THE_STATE.search(between)
    ):
        return before
    return period


#: The end of a clause, before the clause a count's figure is in.
_CLAUSE_SPLIT = re.compile(r"[,，;；:：]")
#: ``达到``: what a count reaches (see :func:`stock_at_end`).
_REACHED = re.compile(r"达到?$")
#: Work done or received in a span (新建, 完成, 累计, 共, 接待, 办理 …) or a volume that
#: flows (通行量, 运量; not 数量, 存量, 保有量): a count reaching a number after them is
#: a flow over the span, not a state (round 21, third pass).
_WORK_DONE = re.compile(r"新|完成|累计|共|接待|办理|受理|签约|开工|发生|培训|帮扶|(?<![数存有])量")
#: Verbs of a flow that may follow a stock's name (``库存商品销售``, ``余额新增``).
#: (签单: 产险公司签单数量…件, policies written in the months; session 22)
_FLOW_VERB = re.compile(r"新增|新设|新登记|注销|完成|实现|销售|发放|投放|签单")


def _span(year: int | None, first: int, last: int) -> str | None:
    if year is None or not (1 <= first <= last <= 12):
        return None
    if (first, last) == (1, 12):
        return str(year)  # 1-12月 is the whole year
    if first == last:  # 10月1日至8日: days of one month are that month's (convention 4)
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


_TITLE_YEAR = re.compile(rf"({_Y})年(?!\d{{1,2}}月)")
_ANY_YEAR = re.compile(rf"({_Y})年")


#: After a year in brackets, the comparison it is the base of (``(2016年)清查结果相比``).
_BRACKETED_BASE = re.compile(r"[^()（）]{0,4}[)）][^,，。;；]{0,10}?(?:相比|比较)")
#: ``由2015年的48.2%提高到2020年的55.6%``: the verb that moves a state to its new value.
_MOVED_TO = re.compile(
    r"(?:提高|上升|提升|增加|增长|下降|降低|减少|回升|回落|扩大|缩小|升|降)(?:到|至)\s*$"
)
#: Where a move starts (``由2015年的``, ``从76.5%``), read back to the clause's start.
_MOVED_FROM = re.compile(r"[由从][^,，。;；]*$")


def _moved_to(text: str, start: int) -> bool:
    """Whether the period at ``start`` dates the new state of a move from one state to
    another (``由2015年的48.2%提高到2020年的55.6%``): its 的 then names no base.

    >>> _moved_to("城镇化率由2015年的48.2%提高到2020年的55.6%", 19)
    True
    >>> _moved_to("游客恢复至2019年同期的95.2%", 5)
    False
    """
    before = text[max(0, start - 40) : start]
    moved = _MOVED_TO.search(before)
    return moved is not None and _MOVED_FROM.search(before, 0, moved.start()) is not None


def _is_base_year(text: str, m: re.Match[str]) -> bool:
    """Whether the year at ``m`` is the base of a share or multiple (``恢复至2019年同期的95%``).

    >>> _is_base_year("恢复至2019年同期的95.2%", _ANY_YEAR.search("恢复至2019年同期的95.2%"))
    True
    >>> _is_base_year("今年产量7541万吨,比2019年增加", _ANY_YEAR.search("今年产量7541万吨,比2019年增加"))
    True
    """
    end = m.end()
    return (
        text[max(0, m.start() - 1) : m.start()] in ("比", "较")  # 比2019年增加: a base
        or _SHARE_BASE.match(text, end) is not None
        or _MULTIPLE_BASE.match(text, end) is not None
        or _DISTANT_BASE.search(text, max(0, m.start() - 10), m.start()) is not None
    )


def infer_year(text: str) -> int | None:
    """Guess a document's own year: its title's year, else the most mentioned year.

    Examples
    --------
    >>> infer_year("记者 2024年01月10日\\n2023年……2023年……")
    2023
    >>> infer_year("介休市上半年经济运行") is None
    True
    >>> infer_year("上半年,游客恢复至2019年同期的95.2%。今年…") is None  # a base, not the year
    True
    >>> infer_year("今年前5月,…自2015年以来,我县…") is None  # a span's start, not the year
    True
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if lines:
        for title in _TITLE_YEAR.finditer(lines[0]):
            if not _is_base_year(lines[0], title) and not lines[0].startswith("以来", title.end()):
                return int(title.group(1))
    counts = Counter(
        int(m.group(1))
        for m in _ANY_YEAR.finditer(text)
        if not text[max(0, m.start() - 1) : m.start()].endswith(_COMPARISON)
        and not _is_base_year(text, m)
        # 自2012年以来: where a span starts, the document's own year is what it reaches
        and not text.startswith("以来", m.end())
    )
    return counts.most_common(1)[0][0] if counts else None


#: A line of bracketed words alone (``(2022年1-6月)`` under a table's title).
_BRACKETED_LINE = re.compile(r"\s*[(（][^()（）,，。;；]{2,16}[)）]\s*")


def title_period(text: str, year: int | None) -> str | None:
    """The sub-annual period a document's title names (``上半年``, ``1-11月``), if any.

    Examples
    --------
    >>> title_period("晋中市2023年前三季度经济运行简况\\n…", None)
    '2023-01/2023-09'
    >>> title_period("平遥县2023年统计公报", 2023) is None
    True
    >>> title_period("上半年,全市上下……经济运行稳步复苏。\\n一、…", 2020)
    '2020-01/2020-06'
    >>> title_period("全年,全市上下……。", 2020) is None
    True
    >>> title_period("甲市出租汽车行业运行统计表\\n(2022年1-6月)\\n…", 2022)
    '2022-01/2022-06'
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    if len(lines[0]) > 50 or re.search(r"[。;；,，]", lines[0]):
        # not a title but a sentence: an analysis whose opening paragraph, with no figure
        # of its own, frames the whole text (``上半年,在市委…稳定向好。``)
        first = lines[0].lstrip()
        opening = find_events(first[:16], year)
        if (
            opening
            and opening[0].start == 0
            and opening[0].kind in ("range", "first", "part")
            and first[opening[0].end : opening[0].end + 1] in (",", "，")
            and not re.search(r"\d", first[opening[0].end :])
        ):
            return opening[0].period
        return None
    title = lines[0]
    if len(lines) > 1 and _BRACKETED_LINE.fullmatch(lines[1]):
        title += lines[1]  # 甲市出租汽车行业运行统计表 / (2022年1-6月): the title's period
    for event in find_events(title, year):
        if event.period and "-" in event.period:
            return event.period
    return None


#: A list of periods before 分别, one per figure after it: years (``2021年、2022年和2023年``),
#: a span of years (``2020-2023年``), months (``1月、2月、3月``, ``1、2、3月``), quarters
#: (``一、二、三季度``, ``一季度、二季度和三季度``).
_LIST_JOIN = r"\s*[、和及与]\s*"
_YEAR_LIST = re.compile(rf"(?:(?:19|20)\d{{2}}年{_LIST_JOIN})+(?:19|20)\d{{2}}年")
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})年?\s*[-—–~～至到]\s*((?:19|20)\d{2})年")
_MONTH_LIST = re.compile(
    rf"(?:\d{{1,2}}月份?{_LIST_JOIN})+\d{{1,2}}月份?|(?:\d{{1,2}}{_LIST_JOIN})+\d{{1,2}}月份?"
)
_QUARTER_LIST = re.compile(
    rf"(?:[一二三四]季度{_LIST_JOIN})+[一二三四]季度|(?:[一二三四]{_LIST_JOIN})+[一二三四]季度"
)
_QUARTERS: Final = {"一": 1, "二": 2, "三": 3, "四": 4}
#: The four quarters of a year (``2012年各季度``), or its first quarters one by one
#: (``前三个季度…分别为``: each of them, not 前三季度, the span since January; round 20).
_EACH = re.compile(r"各(?:个)?季度|前(?P<n>[两二三四])个季度")
#: Each month of a year or of a part of it (``2019年各月``, ``上半年各月``, ``1-5月各月``).
_EACH_MONTH = re.compile(
    r"(?:(?P<part>上半年|前三季度|一季度)|(?P<a>\d{1,2})\s*[-—–至]\s*(?P<b>\d{1,2})\s*月份?)?"
    r"各(?:个)?月份?(?![末底初])"
)
_PART_MONTHS: Final = {"上半年": 6, "前三季度": 9, "一季度": 3}
#: The parts of a year since January, listed (``一季度、上半年、前三季度和全年``; round 28).
_PART_TO_MONTH: Final = {**_PART_MONTHS, "全年": 12}
_PART = "|".join(_PART_TO_MONTH)
_PARTS_LIST = re.compile(rf"(?:(?:{_PART}){_LIST_JOIN})+(?:{_PART})")
#: A span of months written with both months (``8月-10月份``, ``8-10月``).
_MONTHS_SPANNED = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})\s*月?份?\s*[-—–~～至到]\s*(?P<b>\d{1,2})\s*月份?"
)
#: A year named before a list of months or quarters (``2023年一、二、三季度``).
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})年\s*$")


def listed_periods(head: str, year: int | None) -> list[str]:
    """The periods listed in ``head`` (see :func:`_listed`)."""
    return _listed(head, year)[0]


def _listed(head: str, year: int | None) -> tuple[list[str], int, int]:
    """The periods listed in ``head`` (the words before 分别), in order; [] when none,
    when lists stand apart, or when the words also list something else (``甲县、乙县``).

    >>> listed_periods("2021年、2022年和2023年全县地区生产总值", None)
    ['2021', '2022', '2023']
    >>> listed_periods("2020-2023年,全县粮食产量", None), listed_periods("2021年—2023年,甲", None)
    (['2020', '2021', '2022', '2023'], ['2021', '2022', '2023'])
    >>> listed_periods("2023年一、二、三季度,全县GDP", None)
    ['2023-01/2023-03', '2023-04/2023-06', '2023-07/2023-09']
    >>> listed_periods("1、2、3月全市工业用电量", 2024), listed_periods("全县GDP", 2024)
    (['2024-01', '2024-02', '2024-03'], [])
    >>> len(listed_periods("2012年各季度及2013年一、二季度GDP环比", None))
    6
    >>> listed_periods("2022年和2023年,甲县、乙县", None)
    []
    >>> listed_periods("前两个季度全市税收增速", 2020)
    ['2020-01/2020-03', '2020-04/2020-06']
    >>> len(listed_periods("增速前高后低、逐季回落,前三个季度增速", 2020))
    3
    >>> listed_periods("8月-10月份,居民消费价格", 2019), listed_periods("1-9月,工业增加值", 2019)
    (['2019-08', '2019-09', '2019-10'], [])
    >>> len(listed_periods("8月-10月份,受甲、乙的影响,居民消费价格", 2019))
    3
    >>> len(listed_periods("2019年各月同比涨幅", None)), listed_periods("上半年各月CPI", 2020)[-1]
    (12, '2020-06')
    >>> listed_periods("从走势看,一季度、上半年、前三季度、全年", 2023)
    ['2023-01/2023-03', '2023-01/2023-06', '2023-01/2023-09', '2023']
    """
    found: list[tuple[int, int, list[str]]] = []
    for m in _YEAR_LIST.finditer(head):
        found.append((m.start(), m.end(), re.findall(r"(?:19|20)\d{2}", m.group())))
    for m in _YEAR_SPAN.finditer(head):
        first, last = int(m[1]), int(m[2])
        if first < last <= first + 15:
            found.append((m.start(), m.end(), [str(y) for y in range(first, last + 1)]))
    for m in _MONTHS_SPANNED.finditer(head):
        # 8月-10月份,…分别上涨a、b、c: each month of a span not from January, in order
        first, last = int(m["a"]), int(m["b"])
        before = _YEAR_BEFORE.search(head, 0, m.start())
        at = int(before[1]) if before else year
        if at is not None and 1 < first < last <= 12:
            found.append((m.start(), m.end(), [f"{at}-{n:02d}" for n in range(first, last + 1)]))
    for m in _EACH_MONTH.finditer(head) if "各" in head else ():
        # 2021年各月同比涨幅分别为…: one figure for each month, in order
        before = _YEAR_BEFORE.search(head, 0, m.start())
        at = int(before[1]) if before else year
        first, last = (int(m["a"]), int(m["b"])) if m["a"] else (1, _PART_MONTHS.get(m["part"], 12))
        if at is not None and 1 <= first < last <= 12:
            start = before.start() if before else m.start()
            found.append((start, m.end(), [f"{at}-{n:02d}" for n in range(first, last + 1)]))
    for pattern, kind in ((_MONTH_LIST, "month"), (_QUARTER_LIST, "quarter"), (_EACH, "each")):
        for m in pattern.finditer(head):
            before = _YEAR_BEFORE.search(head, 0, m.start())
            at = int(before[1]) if before else year
            if at is None:
                continue
            start = before.start() if before else m.start()
            if kind == "month":
                months = [int(n) for n in re.findall(r"\d{1,2}", m.group())]
                if all(1 <= n <= 12 for n in months):
                    found.append((start, m.end(), [f"{at}-{n:02d}" for n in months]))
                continue
            if kind == "each":  # 各季度: all four; 前三个季度: the first three
                last = _QUARTERS.get((m.groupdict().get("n") or "四").replace("两", "二"), 4)
                quarters = list(range(1, last + 1))
            else:
                quarters = [_QUARTERS[c] for c in re.findall(r"[一二三四]", m.group())]
            periods = [f"{at}-{3 * q - 2:02d}/{at}-{3 * q:02d}" for q in quarters]
            found.append((start, m.end(), periods))
    for m in _PARTS_LIST.finditer(head) if "、" in head else ():
        # 一季度、上半年、前三季度、全年分别增长…: the year so far at each quarter's end
        before = _YEAR_BEFORE.search(head, 0, m.start())
        at = int(before[1]) if before else year
        spans = [_span(at, 1, _PART_TO_MONTH[p]) for p in re.findall(_PART, m.group())]
        if at is not None:  # (1-12月 is the year, as 全年)
            found.append(
                (before.start() if before else m.start(), m.end(), [p for p in spans if p])
            )
    if not found:
        return [], 0, 0
    found.sort()
    out = list(found[0][2])
    end = found[0][1]
    for start, stop, periods in found[1:]:
        if not re.fullmatch(r"\s*[、和及与]\s*", head[end:start]):
            return [], 0, 0  # two lists apart: which figures are whose cannot be told
        out.extend(periods)
        end = stop
    # (a list of other things in a clause before the periods' is no list of theirs:
    # 前三季度,增速呈前高后低、逐季回落走势,前三个季度…分别为…; round 20)
    clause = max(head.rfind(c, 0, found[0][0]) for c in ",，;；") + 1
    rest = head[clause : found[0][0]] + head[end:]
    if "、" in rest and "影响" in rest:  # 受甲、乙的影响: a cause lists no items of the figures
        rest = _CAUSE_CLAUSE.sub("", rest)
    return ([], 0, 0) if "、" in rest else (out, found[0][0], end)


_SENTENCE_START = re.compile(r"[。;；!！?？\n]")
#: A rate that names no indicator (``同比涨幅``), or no word at all.
_BARE_RATE = re.compile(r"(?:同比|环比)?(?:涨幅|增幅|增速|降幅|增长率)?")
#: A clause of cause (``受猪肉供应偏紧、价格上涨的影响``).
_CAUSE_CLAUSE = re.compile(r"受[^,，。;；]*?影响")
_CLAUSE_STOP = re.compile(r"[,，。;；!！?？\n]")


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence at ``position`` ends, looked for within its reach (200 characters)."""
    found = _SENTENCE_START.search(text, position, position + 200)
    return found.start() if found else min(len(text), position + 200)


#: A list's item that opens with a period of its own (``、1-2月乙营业收入``).
_ITEM_PERIOD = re.compile(r"、\s*(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}月份?(?=[\u4e00-\u9fa5])")


def items_before_a_dated_item(text: str, facts: list[Fact]) -> None:
    """甲增加值、1-2月乙营业收入分别增长7.2%、9.9%: the items before the one
    that names its own months keep the period in force before that item (the figure
    before the list's), not the item's."""
    if ("分别" not in text and "依次" not in text) or not facts:
        return
    starts = [f.char_start for f in facts]
    for m in re.finditer("分别|依次(?=为)", text):  # (依次为: the same list, in its order)
        begin = max(
            (s.end() for s in _CLAUSE_STOP.finditer(text, max(0, m.start() - 60), m.start())),
            default=max(0, m.start() - 60),
        )
        dated = _ITEM_PERIOD.search(text, begin, m.start())
        if dated is None:
            continue
        before_items = text.count("、", begin, dated.start()) + 1  # the items before it
        first = bisect_right(starts, m.end() - 1)
        prior = bisect_right(starts, begin - 1) - 1
        if prior < 0 or first >= len(facts):
            continue
        if "\n" in text[facts[prior].char_end : begin]:
            continue  # (the figure before is another paragraph's)
        stop = _CLAUSE_STOP.search(text, m.end(), m.end() + 200)
        end = stop.start() if stop else m.end() + 200
        after = facts[first : bisect_right(starts, end - 1)]
        if len(after) != text.count("、", begin, m.start()) + 1:
            continue
        for fact in after[:before_items]:
            fact.period = facts[prior].period
        again = text.find("分别", end, _sentence_end(text, end))
        if again >= 0:  # …,分别高于全国a个、b个百分点: the same items' gaps, the same periods
            stop = _CLAUSE_STOP.search(text, again, again + 200)
            close = stop.start() if stop else again + 200
            gaps = facts[bisect_right(starts, again) : bisect_right(starts, close - 1)]
            if len(gaps) == len(after):
                for gap, item in zip(gaps, after, strict=True):
                    gap.period = item.period


#: A span of whole years (``2017/2019``).
_YEARS_HELD = re.compile(r"(?:19|20)\d{2}/(?:19|20)\d{2}")


def spread_listed(text: str, facts: list[Fact], year: int | None) -> None:
    """Give the figures after each 分别 the periods listed before it, in order, when they
    are as many (``2021年、2022年和2023年…分别为A、B和C``; ``2020-2023年…分别为…``) and
    all had one period (the last named)."""
    if ("分别" not in text and "依次" not in text) or not facts:
        return
    starts = [f.char_start for f in facts]
    for m in re.finditer("分别|依次(?=为)", text):  # (依次为: the same list, in its order)
        begin = max(0, m.start() - 120)  # (a window: a search from the start was quadratic)
        begin = max(
            (s.end() for s in _SENTENCE_START.finditer(text, begin, m.start())), default=begin
        )
        periods, low, high = _listed(text[begin : m.start()], year)
        stop = _CLAUSE_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        first = bisect_right(starts, m.end() - 1)
        after = facts[first : bisect_right(starts, end - 1)]  # (the clause's: no scan)
        shared = {f.period for f in after}
        held = next(iter(shared)) if len(shared) == 1 else None
        if len(periods) < 2 and held and _YEARS_HELD.fullmatch(held):
            # 从2017年—2019年,…;而三年内…分别为A、B、C: the span in force, a year each
            years = range(int(held[:4]), int(held[5:]) + 1)
            if len(years) == len(after) > 1:
                for fact, y in zip(after, years, strict=True):
                    fact.period = str(y)
            continue
        if len(periods) < 2:
            continue
        if held and held[:4].isdigit() and year is not None and int(held[:4]) != year:
            # 2023年,…一季度、上半年…分别增长: the year in force, not the text's (round 28)
            periods, low, high = _listed(text[begin : m.start()], int(held[:4]))
        if len(after) == len(periods) and len(shared) == 1:
            listed = text[begin + low : begin + high]
            for fact, period in zip(after, periods, strict=True):
                fact.period = period
                subject = fact.subject or ""
                for k in range(len(listed) - 1):  # 各季度及…三季度GDP: the list is no subject
                    if subject.startswith(listed[k:]) and len(subject) >= len(listed) - k:
                        fact.subject = subject[len(listed) - k :].lstrip(",，")
                        if first and _BARE_RATE.fullmatch(fact.subject):
                            # 2021年各月同比涨幅分别为…: the months of the text's own
                            # indicator, the one its first such figure names
                            own = [f.subject for f in facts[:first] if f.measure == fact.measure]
                            fact.subject = own[0] if own else None
                        break
