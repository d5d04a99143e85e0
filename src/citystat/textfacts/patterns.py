"""Finding number tokens: a number with its unit, as written, and the non-facts to skip.

A token is a candidate fact: Arabic or Chinese numeral, optional magnitude word, optional
余/多, unit word (``0.96万个``, ``三千六百余户``, ``12.5 %``); a magnitude word alone
after 突破/超过 (``千万千瓦``); a ratio (``9.8:41.2:49.0``); a rank (``第二位``).

Examples
--------
>>> [(t.span, t.value, t.unit) for t in find_tokens("增长37.4%,提供0.96万个,带动三千六百余户")]
[('37.4%', 37.4, '%'), ('0.96万个', 0.96, '万个'), ('三千六百余户', 3600.0, '户')]
>>> [t.span for t in find_tokens("2023年2月6日,五个一体化,第二批,1-11月份,5000万元以上项目") if t.unit]
[]
>>> [(t.span, t.value, t.unit) for t in find_tokens("占七成以上,优良天数305天,一成不变,统一成本,三天")]
[('七成', 7.0, '成'), ('305天', 305.0, '天')]
>>> [t.span for t in find_tokens("全市九成的村通公交,企业中八成盈利,集中一成")]
['九成', '八成']
>>> [(t.span, t.value, t.kind) for t in find_tokens("产量居全市首位,首位度")]
[('首位', 1.0, 'rank')]
>>> [t.span for t in find_tokens("从居民4项收入的情况来看,8类商品中,完成4项改革任务,")]
['4项']
>>> [t.span for t in find_tokens("PM2.5浓度31微克/立方米,PM10为58μg/m³,24小时服务,利用2136小时,")]
['31微克/立方米', '58μg/m³', '2136小时']
>>> [(t.span, t.value) for t in find_tokens("新建2×66万千瓦机组,增速全省第3,全市第十二届运动会")]
[('2×66万千瓦', 132.0), ('第3', 3.0)]
>>> [t.span for t in find_tokens("发布时间:2023-06-18 10:21:37,稳定在千万吨以上。") if t.unit]
['千万吨']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .numbers import WAN_INSIDE, is_chinese_numeral, parse_number
from .regions import RANK_REACHED, trie_pattern
from .scanning import ends_in, last_of, prefiltered
from .units import BED_CLASS_TAIL, MAGNITUDES, PER_UNITS, unit_info, unit_words

_MAG = "|".join(MAGNITUDES)
#: The unit words factored by prefix: the same word as their alternation longest first
#: (``units.unit_words_pattern``) at every place, found without trying some 240 words in
#: turn after each number (a unit ends every branch it is in, so the longest one is taken
#: either way; ``test_scanning_speed.py`` compares the two patterns' matches).
_UNIT = trie_pattern(unit_words())
_CN = "零〇一二两三四五六七八九十百千万亿"
_CN_DIGIT = "一二两三四五六七八九十"

TOKEN: Final = re.compile(
    rf"(?P<ratio>\d+(?:\.\d+)?(?:\s?[:]\s?\d+(?:\.\d+)?){{1,4}})(?![\d.])"
    # (第 4 位: a number spaced off its words, as releases typeset from tables write it;
    # 第2低: a rank from the low end, 不良贷款率为全省第2低, round 18)
    # (居全国之首: the first, round 24)
    rf"|(?P<rank>第\s?(?P<rnum>[一二三四五六七八九十]+|\d+)(?:\s?(?P<runit>位|名|低|高))?|首(?P<first>位)|之(?P<top>首))"
    rf"|(?P<pctw>百分之(?P<pnum>[{_CN}]+|\d+(?:\.\d+)?))"
    rf"|(?P<frac>(?P<fden>[二三四五六七八九十]{{1,2}}|千|万)分之(?P<fnum>[一二两三四五六七八九]))"
    # (近1/2, 约1/3以上, 占全国的1/4: a share written as a fraction after a word of share,
    # about, or 的; round 30 added 的)
    r"|(?<=[约近占逾超达为有仅的])(?P<afrac>(?P<anum>[1-9])/(?P<aden>[2-9]|1[0-9]))(?![\d/.])"
    # (3万4993.1亿元: the 万 inside a count of 亿, numbers.parse_number reads it)
    rf"|(?P<num>{WAN_INSIDE}(?=\s?亿)|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<a1>余|多)?(?:(?P<mag>{_MAG})\s?)?(?P<a2>余|多)?(?P<unit>{_UNIT}))?"
    rf"|(?P<magstep>{_MAG})(?=级?(?:台阶|大关|关口))"
    rf"|(?P<cn>[{_CN}]*[{_CN_DIGIT}][{_CN}]*)(?P<ca>余|多)?(?P<cunit>{_UNIT})"
    rf"|(?P<magonly>{_MAG})(?P<munit>{_UNIT})"
)
_TOKEN_SCAN = prefiltered(TOKEN)  # the same matches, found faster
#: The group that closes last in a match of an Arabic number (with its unit or without):
#: ``match.lastgroup`` tells the branch without asking each branch's group in turn.
_ARABIC_LAST: Final = frozenset({"num", "unit"})

#: Words right before a magnitude-only quantity (``突破千万千瓦``) that make it a fact.
MAGNITUDE_LEADS: Final = (
    "突破",
    "超过",
    "超",
    "逾",
    "近",
    "过",
    "上",
    "稳定在",
    "保持在",
    "达到",
    "达",
    "约",
)
#: Before a magnitude word that names a step (``迈上千亿台阶``, ``突破万亿大关``).
_STEP_LEADS: Final = (*MAGNITUDE_LEADS, "跨越", "迈入", "跨入", "迈过", "跨过", "站稳")
#: Characters that make a following number an ordinal, a date part or a name.
_ORDINAL_BEFORE: Final = ("第", "首", "每", "周", "星期", "初", "其", "之", "老", "单", "双")
_ORDINAL_LAST: Final = last_of(_ORDINAL_BEFORE)  # (looked up first: cheaper)
#: Nouns ending in 单 whose figure follows (``手持订单1379艘``): no 单双 ordinal (round 30).
_ORDERS_BEFORE: Final = ("订单", "清单", "名单", "保单", "账单")
#: Before the size of a shortlist (``前30名``, ``后5位``, ``最低的3个城市``), with its units.
_SHORTLIST_BEFORE = re.compile(
    r"(?<![提以之此])[前后]$|(?:最高|最低|最多|最少|最快|最慢|最大|最小)的$"
)
_SHORTLIST_LAST: Final = frozenset("前后的")
_SHORTLIST_UNITS: Final = frozenset(("位", "名", "个", "家"))
#: A week named before a figure (``比上周3.05元/公斤``): its value, no weekday (round 19).
_WEEK_BEFORE: Final = ("上周", "本周", "前一周", "上一周")
_RANK_LEADS = re.compile(
    r"(?:居|位居|位列|排名|排在|排|列|名列|跃居|升至|保持)(?:全国|全省|全市|全区|全县)?(?:[\u4e00-\u9fa5]{1,10}?)?(?:同类\w{0,4}|各县\w{0,4})?$"
    # ``增速全省第3``: a rank right after the whole it ranks in, without 居/排名
    r"|(?<![为在办举])(?:全国|全省|全市|全区|全县)$"
    # 成为全球票房第一, 成为全国第一大产区: a rank reached (round 30)
    rf"|{RANK_REACHED}[\u4e00-\u9fa5]{{0,6}}?$"
)
#: Before 第N位/第N名, a move in a ranking to it or from it (``由二季度的第12位上升到第6位``,
#: ``前移至第5名``): both are ranks (round 24).
_RANK_MOVE_LEADS = re.compile(
    r"(?:(?:上升|提升|提高|前移|后移|下降|下滑|回落|跃升|攀升|前进|后退)(?:到|至)|[升降]至|[升降]到"
    r"|由(?:[\u4e00-\u9fa5]{1,8}的)?)$"
)
#: Before a rank counted from one end (``为全省第2低``): 为 and the whole ranked in (round 18).
_RANK_FROM_END_LEADS = re.compile(r"[为是](?:全国|全省|全市|全区|全县)$")
#: A further ranking of a list (``位居甲榜第3、乙榜第4``): a rank, a 、 and the next ranking.
_RANK_LIST_BEFORE = re.compile(
    r"第[\d一二三四五六七八九十]+(?:位|名)?[、,，][\u4e00-\u9fa5]{2,12}$"
)
#: Before a rank, the places counted it is among (``位列全区14个县(市)区第3位``,
#: ``居全省11个市第3``): the rank's lead, the count no fact of its own.
RANK_AMONG_BEFORE = re.compile(
    r"(?:居|位居|位列|排名|排在|排|列|名列|跃居)(?:全国|全省|全市|全区|全县|全州|全盟)?"
    r"(?:\d{1,3}|[两三四五六七八九十]{1,3})个[\u4e00-\u9fa5()（）、]{1,10}?中?$"
    # (在全国36个大中城市中,甲市房价涨幅居第30位: said before the ranked figure's words)
    r"|在(?:全国|全省|全市|全区|全县)?(?:\d{1,3}|[两三四五六七八九十]{1,3})个"
    r"[\u4e00-\u9fa5()（）、]{1,10}?中[,，]?[^\d,，。;；]{0,16}?(?:居|位居|位列|排名|排在|排|列|名列)$"
)
#: Before 第N名为甲县: a ranking announced (``…排名,``) or the rank before named so.
_RANK_NAMED_BEFORE = re.compile(
    r"(?:排名|排序|排位)[,，:：]$|第[\d一二三四五六七八九十]+(?:名|位)(?:为|是)[\u4e00-\u9fa5]{2,8}[,，、;；]$"
)
#: After 第N, words that make it an ordinal (第十二届运动会, 第3批, 第二次), not a rank.
_ORDINAL_AFTER = re.compile(
    r"^(?:届|次|批|期|轮|号|条|款|章|节|部|版|代|任|回|季|产业|个|名单|方阵|梯队|阵营|序列|档次)"
    # (全市第一、二、三产业: the sectors listed, the first no rank)
    r"|^(?:、第?[一二三])+产业"
)
#: Before N天, words that make it the span a figure covers (前4天, 近7天), not a figure.
_SPAN_LEADS: Final = ("前", "首", "近", "头", "后", "这")
#: Words after ``N天`` that make it the span figures are summed over (``7天共接待``, round 19).
_SPAN_TAILS: Final = ("共", "时间", "累计", "合计")
#: ``10:21:37`` after a date, ``08:30``: a clock time, not a ratio.
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-4])(?::[0-5]\d){1,2}$")
#: A date written with dashes or slashes right before (``2022-03-09 ``): a clock follows it.
_DATED = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}\s*$")
#: ``2×66万千瓦`` = 132万千瓦: units of equal size.
_TIMES_BEFORE = re.compile(r"(?P<n>\d{1,3})\s?[×xX*＊]\s?$")
_TIMES_OPS: Final = frozenset("×xX*＊")
#: After a magnitude word alone, a noun that makes it a size class (``超亿元项目``).
_SIZE_CLASS = re.compile(
    r"^(?:级|以上|的)?(?:投资|产业|工业|招商|签约|重点|制造业|在建|新建|续建|新开工)?(?:项目|企业|产业|工程|集群|园区|级)"
)
#: Before an amount of money, the word that makes it a size class with :data:`_SIZE_CLASS`
#: after it (``超5亿元投资项目4个``, ``超过5亿元项目``): the projects' class, not a figure.
_SIZE_LEAD: Final = ("超", "超过", "逾")
#: Before an amount that bounds a class its clause then counts (``产值过1000万元的企业有31个``).
_CLASS_LEADS: Final = (*_SIZE_LEAD, "过", "突破")
#: What closes a list of ranks written whole without 位 or 名 (``总量全市第二、第三,``).
_RANK_LIST_END: Final = frozenset(",，。;；?？!！\n")
#: A further rank of an enumeration: ``、第二位``, ``、二位``, ``和第三名``.
_RANK_NEXT = re.compile(
    r"[、和及](?P<rank>第?(?P<rnum>[一二三四五六七八九十]+|\d+)(?P<runit>位|名)?)(?![\d.])"
)
#: After an amount that bounds a class, the class's name and how many it holds (``的“淘宝村”
#: 643个``, ``的中药材品种有31个``).
_CLASS_COUNT = r"\d+(?:\.\d+)?(?:个|家|户|项|座|所|种|条|部)"
_CLASS_COUNTED_AFTER = re.compile(rf"^的[^,，。;；:：\d]{{1,12}}?(?:有|达|共)?{_CLASS_COUNT}")
#: After a magnitude word alone, the things it is a class of, then 共 or 有 and how many
#: (``影片共73部``; not ``超亿元新建学校3所``, an amount and then a count).
_CLASS_NAMED_COUNTED = re.compile(rf"^[\u4e00-\u9fa5]{{1,8}}?(?:共|有){_CLASS_COUNT}")
#: A class bounded below or above, then how many it holds (``10亿元以上7个``).
_CLASS_THEN_COUNT = re.compile(rf"^(?:以上|以下|及以上|及以下)的?{_CLASS_COUNT}")
#: The lower end of a range of amounts (``5-10亿元``), and a count right after the range.
_RANGE_BEFORE = re.compile(r"\d[-—–~～至到]$")
_COUNT_RIGHT_AFTER = re.compile(f"^{_CLASS_COUNT}")
#: Classifiers of things counted one by one: ``100个以上村庄`` is at least 100 villages,
#: no size class of a village (as ``5000万元以上项目`` is of a project).
_COUNTED_THINGS: Final = ("个", "座", "所", "处", "条", "台", "套", "张", "辆", "家")
_THRESHOLD_AFTER = re.compile(
    r"^(?:以上|以下|及以上|以内)(?=[\u4e00-\u9fa5A-Za-z“\"])(?!的?(?:增长|下降|水平)|[和、及与][\d.]+)"
)
#: ``/平方公里``, ``/人``: what a quantity is stated per, not followed by a word (人次 is no
#: 人: ``/人次`` stays out).
_PER_AFTER = re.compile(
    "/(?:" + "|".join(sorted(PER_UNITS, key=len, reverse=True)) + r")(?![\u4e00-\u9fa5A-Za-z\d])"
)
_PER_KINDS: Final = frozenset({"amount", "count", "person"})
#: Words of a length of time right before ``N年`` (``平均维持年限为8.3年``, ``受教育年限10.5年``).
_DURATION_BEFORE = re.compile(r"(?:年限|期限|寿命|工龄)(?:为|是|达到|达|约|平均)?$")
#: Verbs of whom a work reaches (``惠及2万户以上家庭``, ``覆盖全市5万名以上学生``): at least
#: so many of them, no size class (round 16, third pass; also after 全市 and the like).
_REACHED_BEFORE: Final = ("惠及", "覆盖", "受益", "帮扶", "救助", "资助")
#: Verbs of money given or raised: ``捐赠投入30亿元以上帮扶资金`` is at least so much money,
#: ``投入1亿元以上项目12个`` still a class of projects (round 30).
_SPENT_BEFORE: Final = ("投入", "筹集", "募集", "捐赠", "捐助")
#: The projects a vote or a decision made a programme of livelihood projects, a small number
#: in words before them (``确定以下十个项目为…民生实事项目``): the programme's size, a count
#: (round 16, third pass; not ``十件民生实事``, the programme's name).
_PROGRAMME_SIZE_AFTER = re.compile(r"项目为[^,，。;；\n]{0,30}?实事")
#: A bound stated with what it includes (``50人以上(包含50人)``, ``(含1000万)``).
_INCLUDED_AFTER = re.compile(r"^以[上下]\s*[(（](?:包含|含)")
_INCLUDED_BEFORE = re.compile(r"[(（](?:包含|含)$")
#: ``3个月``, and ``提升1个位次`` (a move in a ranking, no count of anything).
#: After a few kinds (``4项收入``, ``8类商品``): words that frame a breakdown of them.
_FRAME_AFTER = re.compile(r"^[\u4e00-\u9fa5]{1,6}?(?:的情况|的构成|的结构|中|来看|看|呈现)")
#: Before ``N位``/``N名``: a move in a ranking (``较上月前移1位``).
_RANK_MOVE = re.compile(r"(?:前移|后移|上移|下移|前进|后退|进位|退位)了?$")
_RANK_CHANGE = re.compile(r"(?:上升|下降|提升|提高|下滑|回落)了?$")
_NOT_COUNT_AFTER = re.compile(r"^(?:月|工作日|小时|季度|年度|年|周|星期|学年|位次)")
#: ``财政收入为93.18亿``: a magnitude word with no unit after it (not 亿元, 亿人) is an
#: amount of money when the sentence speaks of money (these words, before or after).
_BARE_YI = re.compile(r"\s?(?P<mag>万亿|亿)(?P<a>余|多)?(?![\u4e00-\u9fa5A-Za-z])")
_MONEY = re.compile(
    r"收入|支出|投资|生产总值|GDP|销售额|零售额|营业额|营收|利润|税|资金|财政|预算|金额|产值"
    r"|增加值|总额|贷款|存款|余额|元|票房"
)
#: ``…工作的人员132.7万``: a bare 万 after a noun of persons is 万人 (of visits, 万人次).
_BARE_WAN = re.compile(r"\s?万(?P<a>余|多)?(?!(?!左右|以上)[\u4e00-\u9fa5A-Za-z\d])")
_PERSONS_BEFORE = re.compile(
    r"(?:(?P<visits>游客|旅客|观众|人次)|人员|人口|人数|职工|员工|工人|劳动力|农民工|学生|在校生"
    r"|毕业生|教师|医生|医师|护士|居民|就业|志愿者|会员|党员|人才"
    # (实名用户注册量突破1008万, 月活跃用户数312万: persons; 法人用户 are firms, round 29)
    r"|(?<!法人)用户(?=(?:总数|总量|数|数量|注册量))"
    # (网络视听用户规模达 10.40 亿, 较 2022 年 12 月增长 3592 万: users, round 31)
    r"|(?P<users>(?<!法人)(?<!终端)用户规模|网民规模))"
    # (技能人才和高技能人才总量分别达到724.4万: a list's first item, round 30)
    r"(?:总数|总量|数|数量|注册量)?(?:分别)?(?:为|是|达到|达|共|有|约|近|超过|突破|增至|增加|减少)?\s*$"
)
#: ``用户规模达10.12亿,同比增长7770万``: a change of users, said after their number.
_USERS_CHANGED = re.compile(
    # (no other count or amount named between: 5G基站总数比上年增加88.7万 is no users'; the
    # group that never matches gives the match the groups of _PERSONS_BEFORE, as below)
    r"(?<!终端)(?:用户规模|网民规模)(?:(?![数量])[^。;；]){0,30}?(?:增长|增加|减少|下降)了?\s*$"
    r"(?P<visits>(?!))?"
)
#: ``3130万脱贫劳动力``: a bare 万 before a noun of persons is 万人 too.
_PERSONS_AFTER = re.compile(
    r"万(?P<a>余|多)?(?=名?[\u4e00-\u9fa5]{0,4}?(?:劳动力|农民工|人口|人员|职工|群众|居民|学生"
    r"|老年人|儿童|妇女|村民|残疾人|患者|毕业生|群体|人才)"
    r"(?P<visits>(?!))?)"
)
#: The items of a list before a bare 万 (``分别达到724.4万、``).
_LISTED_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?万[、和及与])+$")


def _listed_persons(text: str, start: int) -> re.Match[str] | None:
    """The noun of persons before a list whose later item is a bare 万 (``人才总量分别达到
    724.4万、217.4万``: both 万人, round 30).

    >>> text = "人才总量分别达到724.4万、217.4万"
    >>> bool(_listed_persons(text, text.index("217")))
    True
    """
    near = text[max(0, start - 40) : start]
    listed = _LISTED_BEFORE.search(near)
    return _PERSONS_BEFORE.search(near, 0, listed.start()) if listed else None


_SENTENCE_STOP = re.compile(r"[。；;!！?？\n]")
#: 成 and 天 are also the first characters of words (成员, 成本, 一成不变; 天然气, 天津).
_NOT_UNIT_AFTER: Final = {
    "成": re.compile(
        r"^(?:员|本|果|立|为|交|功|效|都|型|品|熟|长|绩|就|分|色|片|形|材|人|了|不变)"
    ),
    "天": re.compile(r"^(?:然|津|下|地|空|堂|河|山|门)"),
    # 4.5级地震: a magnitude; 3.9级8次, 5级以上, 3级医院: a class or a grade (round 31)
    "级": re.compile(r"^(?!(?:左右的?)?(?:地震|强震|余震))"),
    # 由12升至15, 3升级: 升 the verb, not litres
    "升": re.compile(
        r"^(?:至|到|为|了|高|级|幅|值|温|格|降|入|学|任|规|位|[\d一二三四五六七八九十])"
    ),
    # 60岁以上, 3岁儿童, 18岁的: an age that bounds or names a group, not a figure.
    # (由76.4岁提高到77.1岁: a figure before the verb that moves it, round 19)
    # (80.1岁(男性77.6岁、…): a figure whose parts the bracket gives; 60岁(含)以上: a bound)
    "岁": re.compile(
        r"^(?![,，。;；:：、)）!！?？\n]|[(（](?!含|不含|包括)|\s*$|提高|增加|延长|上升|下降)"
    ),
    # 24小时服务, 8小时工作制, 2小时内: hours that modify a word or bound a time window.
    # (偏少186小时和97小时: 和 before the next figure joins a list, round 20)
    "小时": re.compile(
        r"^(?!以上|以下|以内|左右|及以上|[和及与]\s*[\d.]+\s*小时(?![\u4e00-\u9fa5]))[\u4e00-\u9fa5]"
    ),
    # 国产电视动画片19934分钟 (session 22); not 15分钟生活圈, 30分钟以内
    "分钟": re.compile(
        r"^(?!以上|以下|以内|左右|及以上|[和及与]\s*[\d.]+\s*分钟(?![\u4e00-\u9fa5]))[\u4e00-\u9fa5]"
    ),
    # units of session 22 that also begin words: 3粒子, 5席位, 2款项, 100手机, 2剂量
    "剂": re.compile(r"^(?:量|型|师|次)"),
    "粒": re.compile(r"^(?:子|径)"),
    "席": re.compile(r"^(?:位|卷)"),
    "款": re.compile(r"^(?:项|式|待)"),
    "手": re.compile(r"^(?:机|续|段|工|术|册|表|艺|中|里|上|下|动|套|游|办|车|房|货)"),
    # 如图表1所示, 1所述: 所 the particle, not schools
    "所": re.compile(r"^(?:示|述|列|载|附|指|说)"),
    # classifiers that also begin words (10亿票房, 3轮车, 5幅度, 2盒装, 6页岩, 4伙伴)
    "票": re.compile(r"^(?:房|价|据|务|证|选|面|根|号)"),
    "轮": re.compile(r"^(?:车|胎|驱|船|椅|廓|流|换|值)"),
    "幅": re.compile(r"^(?:度|员)"),
    "盒": re.compile(r"^(?:装|饭|子)"),
    "页": re.compile(r"^(?:面|岩|码)"),
    "伙": re.compile(r"^(?:伴|食|计)"),
    "顿": re.compile(r"^(?:时|号)"),
    "勺": re.compile(r"^子"),
    "羽": re.compile(r"^(?:毛|绒|球|翼|化)"),
    # 签发护照1641.6万本, 受理来电150余万通 (round 30); not 本地, 本年, 通过, 通车
    "本": re.compile(r"^(?:地|年|月|届|期|次|级|市|县|区|省|部|土|科|金|身|着|单位|轮|季)"),
    "通": re.compile(r"^(?:过|车|航|行|讯|报|知|道|用|电|信|关|达|畅|气|水|网|乡|村|往)"),
    "担": re.compile(r"^(?:保|任|当|负|心|忧|纲|子|责)"),  # 5000万担保: no 担 of 50 kg
    "片": re.compile(r"^(?:区|面|刻|段|林|石|场|叶|状|式|麻|长|儿|子|瓦|源|约)"),
    # 1013.2hPa: a letter after h, a longer unit (round 19; 24h服务 in ``_ruled_out``)
    "h": re.compile(r"^[A-Za-z]"),
    # 3500元/tce: a longer Latin unit, not a price per ton
    "元/t": re.compile(r"^[A-Za-z]"),
    # 亿m3 but not m30 or m3x (a model name): round 19, third pass
    "m3": re.compile(r"^[A-Za-z\d]"),
}
#: After 三元/二元 in words: a kind named by its parts (三元复合肥, 三元锂电池, 二元结构),
#: no yuan (round 19).
_PARTS_NAMED_AFTER = re.compile(r"(?:复合肥|锂|材料|正极|催化|乙丙|结构)")
#: A good a price is stated per, written before it (``牛肉每公斤74.2元``, ``中板每吨3910元、
#: 3875元和3960元``: the further items of the list too): the price per that good (round 19).
_PER_GOOD_BEFORE = re.compile(
    r"每(?P<per>吨|公斤|千克|斤|平方米)[\u4e00-\u9fa5]{0,6}?"
    r"(?:\d+(?:\.\d+)?万?元\s*[、,，和及与]\s*)*$"
)
#: 每亩 right before a yield's figure, across a word of change (``每亩由``, ``每亩增加``).
_PER_MU_BEFORE = re.compile(r"每亩(?:由|从|达到|达|为|增加|提高|增产)?$")
#: A sentence naming an index (``CSPI为96.5点``, ``景气指数为100.6,…上升0.4点``):
#: there 点 is the index's points (round 19); elsewhere 8点 is a time, 三点 a list.
_INDEX_NAMED = re.compile(r"指数|[A-Z]{1,4}PI(?![A-Za-z])|PMI")
#: Before an age: a range (``15-``) or a threshold (``年满``, ``不满``, ``超过``).
_AGE_BOUND = re.compile(r"(?:\d\s*[-—–～~至到]|满|以上的?|以下的?|超过|不足|未满)\s*$")
#: Before a Chinese numeral + 成/天 (``占…的七成``, ``近八成``): anything but a word
#: character, or one of these (``统一成本``, ``唯一成功`` are words, not tenths).
_TENTHS_BEFORE: Final = "的了有占近超逾约达为是过上到和、长加降升涨跌减"
#: Words of about or at least before tenths (``近八成为…``): 成 then 为 is tenths, then 是.
_ABOUT_TENTHS: Final = "近约超逾占有"
#: ``全市九成的村``, ``企业中九成``: a whole or a part before tenths.
_TENTHS_SCOPE = re.compile(
    r"(?:全[国省市县区]|其中|(?:企业|单位|行业|家庭|居民|村|户|项目|产品)中)$"
)


@dataclass(slots=True, init=False)
class Token:
    """A candidate fact found in the reading copy."""

    start: int
    end: int
    span: str
    value: float | list[float]
    unit: str | None
    kind: str  # number | ratio | rank | magnitude
    approx: bool = False  # 余/多 inside the span
    chinese: bool = False

    # (written out: compiled, it sets the fields directly; see schema.Fact, round 19)
    def __init__(
        self,
        start: int,
        end: int,
        span: str,
        value: float | list[float],
        unit: str | None,
        kind: str,
        approx: bool = False,
        chinese: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.span = span
        self.value = value
        self.unit = unit
        self.kind = kind
        self.approx = approx
        self.chinese = chinese


def find_tokens(text: str) -> list[Token]:
    """Candidate facts of a reading copy (see :func:`normalise.reading_copy`), in order.

    Bare numbers (no unit) are returned with ``unit=None``; the extractor decides whether
    an enumeration or a ratio context makes them facts. Dates, years, ordinals, slogans,
    codes and size classes (``5000万元以上项目``) are left out.

    Examples
    --------
    >>> [t.span for t in find_tokens("突破千万千瓦,一道新能源14GW光伏,108国道") if t.unit]
    ['千万千瓦', '14GW']
    >>> [t.value for t in find_tokens("由上年的7.9:47.6:44.5调整为7.7:47.7:44.6")]
    [[7.9, 47.6, 44.5], [7.7, 47.7, 44.6]]
    >>> [t.span for t in find_tokens("自治区党委九届十一次全会精神,召开会议3次")]
    ['3次']
    """
    tokens: list[Token] = []
    for m in _TOKEN_SCAN.finditer(text):
        start = m.start()
        if tokens and start < tokens[-1].end:
            continue  # inside an enumerated rank read below
        if m.lastgroup in _ARABIC_LAST:  # (the most common branch read here: one call less)
            end = m.end()
            token = _arabic(
                m, text, text[max(0, start - 12) : start], text[end : end + 12], start, end
            )
        else:
            token = _token(m, text)
        if token is not None and token.span[0] == "-" and tokens and token.start == tokens[-1].end:
            # 增长5%-6%: a range, the dash no minus sign
            token.start += 1
            token.span = token.span[1:]
            if isinstance(token.value, float):
                token.value = -token.value
        if (
            token is not None
            and start
            and text[start - 1] in _URL_BEFORE
            and _in_address(text, start)
        ):
            continue  # …/news/%25E6%25B5%2587…: a web address's characters, no figure
        if (
            token is not None
            and token.unit == "次"
            and text[token.start - 1 : token.start] == "届"
            and text.startswith(("全会", "全体会议", "会议"), token.end)
        ):
            continue  # 九届八次全会: the session's number, no count
        if (
            token is not None
            and start > 1
            and text[start - 1] == "万"
            and token.unit
            and token.unit[0] not in "万亿千百"
            and isinstance(token.value, float)
            and token.span[:1].isdigit()
            and (lead := _TEN_THOUSANDS_BEFORE.search(text, max(0, start - 6), start))
            and len(text[start : token.end].replace(",", "")) - len(token.unit) <= 4
        ):
            # 6萬3310人, 2萬209劑, 1萬0,279處: ten thousands, then the rest (as Taiwan
            # writes numbers)
            token.value = float(lead["wan"]) * 10_000 + token.value
            token.start = lead.start()
            token.span = text[token.start : token.end]
        if (
            token is not None
            and token.unit == "分钟"
            and tokens
            and tokens[-1].end == token.start
            and tokens[-1].unit == "小时"
            and isinstance(token.value, float)
            and isinstance(hours := tokens[-1].value, float)
        ):
            # 3小时36分钟: one span of time, in minutes (the hours alone are no figure)
            token.value = hours * 60 + token.value
            token.start = tokens.pop().start
            token.span = text[token.start : token.end]
        if token is not None:
            while tokens and token.start < tokens[-1].end:
                tokens.pop()  # the 2 of 2×66万千瓦
            if token.kind == "rank" and len(tokens) and tokens[-1].unit == "个":
                among = RANK_AMONG_BEFORE.search(text, max(0, start - 44), start)
                if among and among.start() < tokens[-1].start:
                    tokens.pop()  # 位列全省11个市第3位: the places it is among, no count
            tokens.append(token)
            if token.kind == "rank":
                tokens.extend(_enumerated_ranks(text, token.end))
    return tokens


#: A count of ten thousands right before a number's rest (``6萬3310人``: 63310 persons).
_TEN_THOUSANDS_BEFORE = re.compile(r"(?<![\d.])(?P<wan>\d{1,4})万$")
#: An escaped byte of a web address, escaped twice (``%25E4``; not ``25.1%25.6%``).
_ESCAPED_BYTE = re.compile(r"%25[A-F][0-9A-F]|%25[0-9][A-F]")
#: Characters a number follows inside a web address (``%25``, ``/2023/``, ``=12``).
_URL_BEFORE: Final = frozenset("%/=_&?.-")


def _in_address(text: str, position: int) -> bool:
    """Whether ``position`` lies in a web address: the run of characters without spaces
    around it holds ``://`` or an escaped byte (``%25``)."""
    start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1
    end = min(
        (i for i in (text.find(" ", position), text.find("\n", position)) if i >= 0),
        default=len(text),
    )
    run = text[start:end]
    return "://" in run or "www." in run or _ESCAPED_BYTE.search(run) is not None


def _enumerated_ranks(text: str, position: int) -> list[Token]:
    """The further ranks of ``位居全市第一、第二位`` or ``分列第一、二位``.

    >>> [(t.span, t.value) for t in _enumerated_ranks("第一、二、三位", 2)]
    [('二', 2.0), ('三位', 3.0)]
    >>> _enumerated_ranks("第一、二产业", 2), _enumerated_ranks("第二、第三产业", 2)
    ([], [])
    >>> [(t.span, t.value) for t in _enumerated_ranks("全市第二、第三,", 4)]
    [('第三', 3.0)]
    """
    found: list[Token] = []
    while m := _RANK_NEXT.match(text, position):
        closed = m["rank"][0] == "第" and text[m.end() : m.end() + 1] in _RANK_LIST_END
        if m["runit"] is None and not closed and not _RANK_NEXT.match(text, m.end()):
            break  # 第一、二产业 names sectors; a list of ranks ends with 位 or 名
        found.append(
            Token(m.start("rank"), m.end(), m["rank"], parse_number(m["rnum"]), m["runit"], "rank")
        )
        position = m.end()
    if (
        found
        and found[-1].unit is None
        and not (
            found[-1].span[0] == "第" and text[found[-1].end : found[-1].end + 1] in _RANK_LIST_END
        )
    ):  # (总量全市第二、第三,: each rank written whole, the clause ends after them)
        return []
    return found


def _token(m: re.Match[str], text: str) -> Token | None:
    g = m  # g["name"]: the group, or None (a groupdict() built per match was slow)
    start, end = m.start(), m.end()
    before = text[max(0, start - 12) : start]
    after = text[end : end + 12]
    if m.lastgroup in _ARABIC_LAST:  # the most common branch, told at once (see below)
        return _arabic(m, text, before, after, start, end)
    if g["ratio"]:
        parts = [float(x) for x in re.split(r"\s?:\s?", g["ratio"])]
        context = text[max(0, start - 20) : start]
        if _CLOCK.match(g["ratio"].replace(" ", "")) and (
            # (a 比 on the line before is the title's: 2022-03-09 10:14:07 under it)
            not re.search(r"比|结构|比例", context.rsplit("\n", 1)[-1])
            or after[:1] in ("时", "分", "前", "后")  # 截至今日14:00时 (比 of the sentence before)
            or before.endswith(("今日", "今天", "当日", "日"))
            or _DATED.search(before) is not None  # 2022-03-09 10:14:07: a page's date and time
        ):
            return None  # a clock time such as 10:17 or 10:21:37
        if len(parts) == 2 and before.rstrip().endswith(("表", "图")):
            return None  # 表1:2017年…, 图2:2011-2015年…: a caption's number, then its title
        return Token(start, end, g["ratio"], parts, None, "ratio")
    if g["rank"]:
        led = (
            _RANK_LEADS.search(before)
            or _RANK_LIST_BEFORE.search(text, max(0, start - 24), start)
            or RANK_AMONG_BEFORE.search(text, max(0, start - 24), start)
            or (  # 按综合指数排名,第一名为甲县,第二名为乙县: the place after 为
                g["runit"]
                and after[:1] in ("为", "是")
                and _RANK_NAMED_BEFORE.search(text, max(0, start - 16), start)
            )
        )
        if not led and g["runit"] in ("低", "高"):  # 不良贷款率为全省第2低
            led = _RANK_FROM_END_LEADS.search(before)
        elif not led and g["runit"] in ("位", "名"):  # 由上月的第12位上升到第6位
            led = _RANK_MOVE_LEADS.search(before)
        if not led or (not g["runit"] and _ORDINAL_AFTER.match(after)):
            return None
        if g["first"] or g["top"]:  # 居全市首位, 居全国之首 = rank 1
            return Token(start, end, g["rank"], 1.0, g["first"], "rank")
        return Token(start, end, g["rank"], parse_number(g["rnum"]), g["runit"], "rank")
    if g["pctw"]:
        return Token(start, end, g["pctw"], parse_number(g["pnum"]), "%", "number")
    if g["frac"]:  # 四分之一 = 25%: a share in words, no unit written
        share = round(parse_number(g["fnum"]) / parse_number(g["fden"]) * 100, 6)
        return Token(start, end, g["frac"], share, "%", "number")
    if g["afrac"]:  # 约1/3 = 33.3%: the same, in figures
        if int(g["anum"]) >= int(g["aden"]):
            return None
        share = round(int(g["anum"]) / int(g["aden"]) * 100, 6)
        return Token(start, end, g["afrac"], share, "%", "number")
    if g["magonly"]:
        if (
            not before.endswith(MAGNITUDE_LEADS)
            or (re.match(r"[\u4e00-\u9fa5]", after[:1] or " ") and _THRESHOLD_AFTER.match(after))
            or _SIZE_CLASS.match(after)  # 超亿元项目856个: a size class, not a figure
            or _CLASS_COUNTED_AFTER.match(after)  # 产值过亿元的品种有31个 (round 30)
            or _CLASS_NAMED_COUNTED.match(after)  # 票房过亿元影片共73部
        ):
            return None
        return Token(
            start, end, g["magonly"] + g["munit"], 1.0, g["magonly"] + g["munit"], "magnitude"
        )
    if g["magstep"]:
        # 地区生产总值迈上千亿台阶: 1 × 千亿 (yuan), when the sentence speaks of money
        mag = g["magstep"]
        if not before.endswith(_STEP_LEADS) or MAGNITUDES[mag] < 1e8:
            return None
        if re.match(r"级?(?:台阶|大关|关口)的", after):
            return None  # 跨越百亿级台阶的产业集群: a size class
        if not _money_sentence(text, start, end):
            return None
        return Token(start, end, mag, 1.0, mag, "magnitude")
    if g["cn"]:
        return _chinese(m, before, after, text)
    return _arabic(m, text, before, after, start, end)


#: What may stand right before the minus sign of a bare number of a list (its glue, or the
#: 为 before its first item): a dash after anything else is no sign (``1-3``, ``GB-2``).
_SIGNED_ITEM_AFTER: Final = frozenset("、,，为和及与")


#: A table's number opening its title line, up to its second part (``⏎表2-``, ``⏎2-``).
_TABLE_NUMBER_BEFORE = re.compile(r"(?:^|\n)\s*(?:表\s*)?\d{1,2}\s*[-—－.]$")


def _arabic(
    m: re.Match[str], text: str, before: str, after: str, start: int, end: int
) -> Token | None:
    """The token of a match of an Arabic number (``start``, ``end``: the match's own)."""
    if before[-1:].isascii() and before[-1:].isalpha():
        return None  # ICP10003702, GB2312
    if before[-1:] in "-—－." and _TABLE_NUMBER_BEFORE.search(before):
        return None  # ⏎2-1单位数与个体经营户数: a table's number, then its title (round 28)
    if (
        ends_in(before, _ORDINAL_LAST)
        and before.endswith(_ORDINAL_BEFORE)
        and not before.endswith(_WEEK_BEFORE)
        and not before.endswith(_ORDERS_BEFORE)
    ):
        return None
    num, mag, unit, a1, a2 = m.group("num", "mag", "unit", "a1", "a2")  # (one call for all)
    if (
        unit
        and unit[-1:].isascii()
        and unit[-1:].isalpha()
        and after[:1].isascii()
        and after[:1].isalnum()
    ):
        return None  # 11500000MB1234567X: a code's characters (a credit code), not 11500000 MB
    if (
        before[-1:] in _SHORTLIST_LAST
        and (unit in _SHORTLIST_UNITS or (unit is None and after[:1] in _SHORTLIST_UNITS))
        and _SHORTLIST_BEFORE.search(before)
    ):  # 前30名名单, 位列前5位的, 最低的3个城市: the size of a shortlist, no figure (round 23)
        return None
    if unit is None:
        if after.startswith("年") and "年" in before and _DURATION_BEFORE.search(before):
            # 平均维持年限为8.3年: a length of time in years, not a date
            return Token(start, end + 1, text[start : end + 1], parse_number(num), "年", "number")
        if after.startswith("日") and "." in num:
            # 旅客平均逗留1.2日: days, as Macao writes a stay (a date's day has no decimals)
            return Token(start, end + 1, text[start : end + 1], parse_number(num), "日", "number")
        # (a date may be spaced out too: ``2020 年 11 月 1 日``)
        dated = after.lstrip(" \u3000") if after[:1] in (" ", "\u3000") else after
        if (after[:1].isascii() and after[:1].isalpha()) or dated.startswith(
            ("年", "月", "日", "号", "时", "分", "秒")
        ):
            return None
        bare = _BARE_YI.match(text, end)
        if bare and _money_sentence(text, start, bare.end()):
            return Token(
                start,
                bare.end(),
                text[start : bare.end()],
                parse_number(num),
                bare["mag"],
                "number",
                bool(bare["a"]),
            )
        if (
            bare
            and bare["mag"] == "亿"
            and (persons := _PERSONS_BEFORE.search(before))
            and (persons["visits"] or persons["users"])
        ):  # 总诊疗人次1.2亿: 亿人次, as 万 is read below (round 19; 人口约0.75亿 stays out)
            return Token(
                start,
                bare.end(),
                text[start : bare.end()],
                parse_number(num),
                "亿人次" if persons["visits"] else "亿人",
                "number",
                bool(bare["a"]),
            )
        if (text.startswith("万", end) or text.startswith(" 万", end)) and (
            wan := _BARE_WAN.match(text, end) or _PERSONS_AFTER.match(text, end)
        ):
            persons = (
                wan
                if wan.re is _PERSONS_AFTER
                else _PERSONS_BEFORE.search(before)
                or _listed_persons(text, start)
                or _USERS_CHANGED.search(text, max(0, start - 40), start)
            )
            if persons:  # 工作的人员132.7万: 万人 (the unit as written is 万)
                return Token(
                    start,
                    wan.end(),
                    text[start : wan.end()],
                    parse_number(num),
                    "万人次" if persons["visits"] else "万人",
                    "number",
                    bool(wan["a"]),
                )
        if text[start - 1 : start] == "-" and text[start - 2 : start - 1] in _SIGNED_ITEM_AFTER:
            # 分别为0.21、-4.37、1.52个百分点: a negative item of a list (round 18)
            return Token(start - 1, m.end("num"), "-" + num, -parse_number(num), None, "number")
        return Token(start, m.end("num"), num, parse_number(num), None, "number")
    if unit == "个点" and after[:1] == "位":  # 14个点位: points counted (个), not index points
        unit, end, after = "个", end - 1, text[end - 1 : end + 11]
    full_unit = (mag or "") + unit
    info = unit_info(full_unit)
    if info is None:
        return None
    if after[:1] == "/" and info.kind in _PER_KINDS and "/" not in unit:
        per = _PER_AFTER.match(after)
        if per:  # 320人/平方公里, 2850元/人, 1.2万人次/日: a quantity per a unit
            end += per.end()
            full_unit += per.group()
            after = text[end : end + 12]
            info = unit_info(full_unit) or info
    if unit == "元" and "每" in text[max(0, start - 40) : start]:
        per_good = _PER_GOOD_BEFORE.search(text, max(0, start - 40), start)
        if per_good:  # 牛肉每公斤74.2元: yuan per kilogram (unit 元/公斤)
            full_unit += "/" + per_good["per"]
            info = unit_info(full_unit) or info
    elif unit in ("千克", "公斤", "斤") and "每亩" in before:
        if _PER_MU_BEFORE.search(before):  # 鲜草产量每亩由175.06千克: a yield per mu (round 30)
            full_unit += "/亩"
            info = unit_info(full_unit) or info
    if (
        after.startswith(("以", "及"))
        and (info.kind != "count" or not unit.startswith(_COUNTED_THINGS))
        and (bound := _THRESHOLD_AFTER.match(after))
        and not (before.endswith(_REACHED_BEFORE) or before[:-2].endswith(_REACHED_BEFORE))
        and not (before.endswith(_SPENT_BEFORE) and not _SIZE_CLASS.match(after[bound.end() :]))
    ):  # (its first words)
        return None  # a size class: 5000万元以上项目 (not 100个以上村庄: at least 100 of them)
    if (
        info.base == "yuan"
        and before.endswith(_SIZE_LEAD)
        and after[:1] >= "\u4e00"
        and _SIZE_CLASS.match(after)
    ):
        return None  # 超5亿元投资项目4个: a size class of projects (round 20)
    if info.base == "yuan" and (
        (before.endswith(_CLASS_LEADS) and _CLASS_COUNTED_AFTER.match(after))
        or _CLASS_THEN_COUNT.match(after)
        or (_RANGE_BEFORE.search(before) and _COUNT_RIGHT_AFTER.match(after))
    ):
        # 交易额超过1000万元的“淘宝村”643个, 10亿元以上7个, 5-10亿元5个: the class of
        # what is counted, no figure of its own (round 30)
        return None
    if before[-1:] in _BOUND_SIGNS and after[:1] == "的":
        return None  # 运距<10公里的日均订单数, 订单量≥10单的网约车: a class's bound (round 31)
    if (after.startswith(("以上", "以下")) and _INCLUDED_AFTER.match(after)) or (
        before.endswith("含") and _INCLUDED_BEFORE.search(before)
    ):
        return None  # a definition's bound: 从业人数50人以上(包含50人)
    if info.kind == "count" and _NOT_COUNT_AFTER.match(after):
        return None  # 3个月
    if unit in ("%", "‰") and after.startswith(("人口", "抽样")) and _SURVEY_AFTER.match(after):
        return None  # 据全省1‰人口变动抽样调查推算: the survey's sampling fraction (round 18b)
    if unit[-1:] == "张" and _BED_CLASS.match(text, end):
        return None  # 100-199张医院, 800张及以上医院: a class of hospitals by beds (round 18b)
    if unit in _RULED_UNITS and _ruled_out(unit, num, mag, before, after):
        return None
    if unit == "点" and not _index_sentence(text, start):
        return None  # 上午9点, 3点建议: a time or a list, no index points
    if unit == "分" and (after[:1] in _NOT_SCORE_AFTER or not _score_clause(text, start)):
        return None  # 8时30分, 1分之差: no score
    value = parse_number(num)
    # (the operator is one of the last three characters of every match: \s?, and $ before
    # a final line break)
    times = None if _TIMES_OPS.isdisjoint(before[-3:]) else _TIMES_BEFORE.search(before)
    if times:  # 2×66万千瓦: 132万千瓦
        start -= len(times.group())
        value = round(value * int(times["n"]), 10)
    sign = text[start - 1 : start]
    if sign == "-" and not text[start - 2 : start - 1].isdigit():
        start -= 1
        value = -value
    return Token(start, end, text[start:end], value, full_unit, "number", bool(a1 or a2))


#: Signs of a bound written before a number (``<10单``, ``≥10公里``).
_BOUND_SIGNS: Final = frozenset("<>≤≥＜＞")
#: After a sampling fraction, the survey it names (``1%人口抽样调查``, ``5‰人口变动抽样调查``).
_SURVEY_AFTER = re.compile(r"(?:人口)?(?:变动)?(?:抽样)?调查")
#: After a number of beds, the hospitals of that size (``100张床位以下医院``, ``100-199张医院``;
#: ``units.BED_CLASS_TAIL``, which subjects read too).
_BED_CLASS = re.compile(BED_CLASS_TAIL)
#: Words before a magnitude that make it a class's bound (``小于2.0级``, ``3.0到3.9级``).
_MAGNITUDE_CLASS_BEFORE: Final = (
    "小于",
    "大于",
    "低于",
    "高于",
    "不足",
    "到",
    "至",
    "~",
    "～",
    "-",
    "—",
    *_BOUND_SIGNS,
)
#: Words before a magnitude that tell of a quake that struck (``最大地震是…发生的4.5级``).
_QUAKE_STRUCK = re.compile(r"发生|最大|里氏|震级")
#: The unit words that rules of their own read (:func:`_ruled_out`), tested at once.
_RULED_UNITS: Final = frozenset(
    {*_NOT_UNIT_AFTER, "项", "类", "大类", "位", "名", "岁", "天", "人"}
)


def _ruled_out(unit: str, num: str, mag: str | None, before: str, after: str) -> bool:
    """Whether the words around a number with one of :data:`_RULED_UNITS` make it no figure."""
    if unit in _NOT_UNIT_AFTER and _NOT_UNIT_AFTER[unit].match(after):
        return True  # 3成员单位, 2天然气站
    if unit == "级" and (
        before.endswith(_MAGNITUDE_CLASS_BEFORE) or _QUAKE_STRUCK.search(before) is None
    ):  # M小于2.0级地震583次, 3.0到3.9级地震: a class; 芦山7.0级地震灾后重建: a quake's name
        return True
    if unit == "人":
        return not mag and after.startswith(
            "口"
        )  # 2 人口自然增长: a section's number before its heading
    if (
        unit in ("项", "类", "大类")
        and not mag
        and _FRAME_AFTER.match(after)
        and parse_number(num) <= 12
    ):
        return True  # 从居民4项收入的情况来看: the parts a breakdown names, no figure
    if unit in ("位", "名") and (
        before.endswith("第")
        or _RANK_MOVE.search(before)
        or (unit == "位" and _RANK_CHANGE.search(before) and parse_number(num) < 50)
    ):
        return True  # 较上月前移1位, 排名上升2位: a move in a ranking, no persons
    if (
        unit == "h"
        and "." not in num
        and (re.match(r"[\u4e00-\u9fa5]", after) or before.endswith("-") or int(num) <= 24)
    ):
        return True  # 24h服务, O3-8h, 1h平均: whole hours naming a window (1850.5h偏少 kept)
    if unit == "岁" and _AGE_BOUND.search(before):
        return True  # 15-59岁, 年满18岁: an age range or threshold
    return (
        unit == "天" and not mag and (before.endswith(_SPAN_LEADS) or after.startswith(_SPAN_TAILS))
    )
    # (前4天累计接待, 7天共接待, 7天时间,…: the span the figures after are summed over)


def _index_sentence(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` names an index, so that N点 are its points.

    >>> _index_sentence("价格指数为95.9点", 6), _index_sentence("上午9点召开", 3)
    (True, False)
    >>> _index_sentence("CSPI为96.5点,环比上升1.4点,升幅为1.5%;同比下降3.2点", 34)
    True
    """
    before = text[max(0, start - 80) : start]
    stop = before.rfind("。"), before.rfind("\n")
    return bool(_INDEX_NAMED.search(before, max(stop) + 1))


#: A sentence naming a score (``满意度测评得分88.6分``, ``综合评分92分,提高1.2分``): there
#: 分 is its points.
_SCORE_NAMED = re.compile(r"得分|评分|分值|满意度|测评|考评|考核|成绩|指数")
#: After 分: a word of which 分 is a part (分之, 分钟, 分贝, 分局, 分行, 分别), no score.
_NOT_SCORE_AFTER: Final = "之钟贝局行别公"


def _score_clause(text: str, start: int) -> bool:
    """Whether the paragraph before ``start`` names a score, so that N分 are its points
    (120 characters back: a list of scores, each in brackets).

    >>> _score_clause("群众满意度得分为91.5分", 9), _score_clause("上午8时30分召开", 5)
    (True, False)
    """
    before = text[max(0, start - 120) : start]
    if before.endswith(("时", "点", "小时")) or (before[-1:] == "度" and before[-2:-1].isdecimal()):
        return False  # 8时30分, 东经112度30分: a time or an angle (满意度91.9分: a score)
    # within the paragraph: 其中得分最高的为甲(95.0分);其次为乙(93.3分) (session 23)
    return bool(_SCORE_NAMED.search(before, before.rfind("\n") + 1))


def _money_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start``–``end`` speaks of money (``财政收入为93.18亿``).

    >>> _money_sentence("人口为1.2亿,增长", 3, 7), _money_sentence("(36.1亿)、五地财政收入", 1, 6)
    (False, True)
    """
    before = text[max(0, start - 40) : start]
    after = text[end : end + 80]
    stops = list(_SENTENCE_STOP.finditer(before))
    before = before[stops[-1].end() :] if stops else before
    stop = _SENTENCE_STOP.search(after)
    after = after[: stop.start()] if stop else after
    return bool(_MONEY.search(before) or _MONEY.search(after))


#: The hundredths after 成 (``一成四``, ``八成七``): one digit, then no word it begins.
_HUNDREDTHS_AFTER = re.compile(r"([一二三四五六七八九])(?![\u4e00-\u9fa5](?<![的以左]))")
#: Two digits side by side with no place word between (三七, 一二三): no numeral but a name
#: (三七, a herb), a list of classes or a guess (两三); 二〇二三 is a year's digits.
_DIGITS_RUN = re.compile(r"[一二两三四五六七八九]{2}")


def _chinese(m: re.Match[str], before: str, after: str, text: str = "") -> Token | None:
    g = m  # g["name"]: the group, or None (a groupdict() built per match was slow)
    numeral = g["cn"]
    unit = g["cunit"]
    if before.endswith(_ORDINAL_BEFORE) or not is_chinese_numeral(numeral) or unit in ("点", "分"):
        return None  # (三点意见, 两点: no index points in words)
    if _DIGITS_RUN.search(numeral) and "〇" not in numeral and "零" not in numeral:
        return None  # 三七种植基地, 一二三类卷烟, 两三个: a name or a guess, no number (round 30)
    if unit == "元" and _PARTS_NAMED_AFTER.match(after):
        return None  # 三元复合肥
    magnitude = ""
    if numeral[-1] in "万亿" and len(numeral) > 1:
        magnitude, numeral = numeral[-1], numeral[:-1]
    try:
        value = parse_number(numeral)
    except ValueError:
        return None
    info = unit_info(magnitude + unit)
    if info is None:
        return None
    total = value * (MAGNITUDES.get(magnitude, 1))
    if (
        info.kind in ("count", "person", "duration")
        and total <= 10
        and not g["ca"]
        and not (unit == "个" and _PROGRAMME_SIZE_AFTER.match(text, m.end(), m.end() + 40))
    ):
        return None  # 七个维度, 五个一体化, 一户一策, 三天: rhetorical, not statistics
    if (
        unit in _NOT_UNIT_AFTER
        and (
            (
                _NOT_UNIT_AFTER[unit].match(after)
                # 近八成为民营企业: tenths after 近/约…, then 为 (not 成为, to become)
                and not (unit == "成" and after[:1] == "为" and before[-1:] in _ABOUT_TENTHS)
            )
            or (
                re.match(r"[\u4e00-\u9fa5]", before[-1:])
                and before[-1:] not in _TENTHS_BEFORE
                and not (unit == "成" and _TENTHS_SCOPE.search(before))
            )
        )
    ):
        return None  # 一成不变, 统一成本, 天然
    if info.kind == "count" and _NOT_COUNT_AFTER.match(after):
        return None
    if info.kind in ("rate", "pp", "times") and total < 1:
        return None
    end, span = m.end(), m.group()
    if unit == "成" and (hundredths := _HUNDREDTHS_AFTER.match(text, end)):
        # 增长近一成四, 占八成七: tenths and hundredths, 14% and 87% (round 30)
        end, span = end + 1, span + hundredths.group(1)
        value = round(value + parse_number(hundredths.group(1)) / 10, 6)
    return Token(m.start(), end, span, value, magnitude + unit, "number", bool(g["ca"]), True)
