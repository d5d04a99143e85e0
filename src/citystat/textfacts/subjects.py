"""Subjects: the indicator a number is about, and matching it to catalogue codes.

:func:`clean` turns the words before a number into an indicator name; :func:`noun_after`
reads the noun after a counted number (``8条市级重点产业链``); :func:`match_indicator`
maps a subject to a catalogue code through an alias table administrators can extend.

Examples
--------
>>> clean("全年全县地区生产总值")
'地区生产总值'
>>> clean("2023年完成国省营造林任务")
'完成国省营造林任务'
>>> clean("下半年,全区将紧盯全年地区生产总值增长"[4:]), clean("规上工业企业累计实现营业收入")
('地区生产总值', '规上工业企业营业收入')
>>> noun_after("个第一批市级专业镇发展迅速"[1:])
'第一批市级专业镇'
>>> match_indicator("规上工业增加值", {"规模以上工业增加值": "IND-001"})
IndicatorMatch(code='IND-001', score=1.0, method='normalised')
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from .measures import HEADLINE_VERB_AFTER
from .normalise import to_simplified
from .regions import AREAS, PARKS, RANK_REACHED, ZONES, regions, trie_pattern
from .scanning import Names, prefiltered
from .schema import Fact
from .units import BED_CLASS_TAIL

#: Words an indicator name ends with; a sector name without one has had it elided.
HEADS: Final = (
    "增加值",
    "总产值",
    "产值",
    "投资",
    "总产量",
    "产量",
    "营业收入",
    "收入",
    "利润总额",  # before 利润 and 总额: 甲业利润总额…,乙业增长…: 乙业利润总额
    "营业利润",
    "利润",
    "零售总额",
    "零售额",
    "销售额",
    "余额",
    "支出",
    "总额",
    "进出口",  # before 出口: 甲、乙进出口 lists 甲进出口, not 甲出口
    "出口",
    "进口",
    "用电量",
    "发电量",
    "产能",
    "面积",
    "人数",
    "人口",
    "增速",
    "比重",
    "占比",
    "率",
)
#: Heads that an elided item of a breakdown inherits from the item before it.
CARRY_HEADS: Final = HEADS[: HEADS.index("产能") + 1]

#: Every division's full name, as one prefix-factored pattern (fast on 3,000 names).
#: Short forms of provinces and cities count too (``太原1-2月…收入`` names 收入).
_PLACE_NAMES: Final = [r.name for r in regions().values()] + [
    a for r in regions().values() if r.level != "county" for a in r.aliases if len(a) >= 2
]
_REGION_NAMES = trie_pattern(_PLACE_NAMES)
#: A comparison base: a period named relative to the figure's own.
#: The bases of daily and weekly price monitoring (``比昨天下降``, ``较上周上涨``).
_SHORT_BASE: Final = r"(?:昨天|昨日|前一天|前一日|前日|上一?交易日|上一?周|前一周|上旬|上期)"
_SHORT_BASE_TAIL = re.compile(rf"(?:(?:环比|同比)?[比较]|环比)?{_SHORT_BASE}$")
_BASE: Final = (
    r"(?:上月末|上季末|上月|上年同期|上年同月|去年同月|上年末|上一年度|上一年|上年度|上年|去年同期|去年|年初|同期|全年|上半年|前三季度|"
    r"十[一二三四五]五(?:末|期末|时期末?)|"
    r"第?[一二三四]季度|上季度|上一季度|"
    # (比2月末减少: a month's end, the base of a stock's change, round 18)
    r"\d{1,2}\s*[-—至]\s*\d{1,2}月份?|\d{1,2}月份?(?![\d末底])|\d{1,2}月[末底])"
)
_ALREADY_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fa5]{2})(?<!现)已经?(?=(?:基本|全部)?(?:开工|竣工|投产|建成|完工)$)"
)
#: Who approved a budget, before its name (``区人大第一次会议批准年初…``).
_APPROVED_LEAD = re.compile(r"^[^,，]*?(?:会议|常委会|人大|人代会)(?:审议)?批准(?:的)?(?:年初)?")
#: 年 after an amount's name (增加值年增速, 销售收入年): how often, no word of the name; inside
#: before the rate or total it qualifies, or ending the words (in ``_TRAIL``).
_YEARLY = r"(?<=[值额量入])年"
_YEARLY_INSIDE = re.compile(_YEARLY + r"(?=增速|增幅|总量)")
#: 发生 between a place or trade and what happened there (round 28).
_HAPPENED = re.compile(
    r"(?<=[\u4e00-\u9fa5)）]{2})共?发生了?(?:各类)?(?=[\u4e00-\u9fa5]{2})(?!额|率|面积|量|次数)"
)
#: 本年 or 本年累计 before what was added (``寿险本年累计新增保额``): the period, said inside.
_THIS_YEAR_SO_FAR = re.compile(r"本年(?:累计)?(?=新增)")
#: (a source: compiled only prefiltered, below)
_LEAD = (
    r"^(?:其中|同时|同期|此外|意味着|(?:平均)?每年|不过|的(?=[\u4e00-\u9fa5]{2})|[\u4e00-\u9fa5]{0,4}?(?:小长假|长假|假期|假日|黄金周)(?:期间|内|里)?|另外|并且|而且|且(?!末)|而(?!且)(?=[\u4e00-\u9fa5]{2})|但是|(?:再)?加上|包括(?=[\u4e00-\u9fa5]{2})|继续实施|(?:此前|新)?出台的(?=[\u4e00-\u9fa5]{2})|与此同时|初步核算|经初步核算|据[^,，]{0,12}?统计|"
    # a breakdown's head (``分区域来看``, ``从企业类型来看``): how the figures are grouped
    r"(?:从|分)[^,，。;；:：\d]{1,8}?来?看(?=[,，]|$)|"
    r"根据[^,，]{0,20}?结果|全年|年末|年底|当年|单月|当月|本月|本周|当周|今日|今天|当日|今年以来|今年|目前|当前|现在|如今|到(?:19|20)\d{2}年(?:底|末)?|截至[^,，]{0,10}?[月日末底]|"
    r"截至[^,，]{0,10}?年|(?:至|到)\d{1,2}月(?:末|底)|[12]\d{3}\s?[-—–~～至]\s?[12]\d{3}年(?:间|期间)?|[12]\d{3}年(?:末|底|度)?(?:的(?=[\u4e00-\u9fa5]{2}))?|上半年|下半年|前三季度|第?[一二三四]季度(?:末|底)?|"
    r"\d{1,2}\s*[-—–~～至]\s*\d{1,2}\s?月份?|\d{1,2}月\d{1,2}[日号](?=[\u4e00-\u9fa5])|\d{1,2}\s?月(?:末|底|份)?|[前首]\d{1,2}个?月份?|(?:[两三四五六七八九十]|\d{1,2})年(?:来|间|内|(?=累计|增量|共计))|近(?:[两三四五六七八九十]|\d{1,2})年来?|全市|全县|全区|全省|全镇|全州(?!县)|全国|我市|我县|我省|我国|中国(?![移联电银人石建铁邮中平工农交国])|本市|[一二三四五六七八九十]是|[一二三四五六七八九十]{1,3}、(?=[\u4e00-\u9fa5])|该省|该市|该县|"
    r"(?:建成|投产|达产|完工|实施)后(?:可|将|预计)?|实现了?(?!正增长|增长)|"
    # where things lie is their class (``位于2度以下坡度的耕地``)
    r"位于(?=[\u4e00-\u9fa5\d])|"
    r"(?:实施|推进|安排|谋划|储备)(?=[\u4e00-\u9fa5]{0,8}项目$)|"
    # a reporter's source (``记者从甲会议上获悉``): who said it, not what it counts
    r"记者[\u4e00-\u9fa5]{0,4}?(?:从|在|自)[^,，。;；]{1,30}?(?:获悉|了解到|得知)|"
    # a descriptor of the place before its name (``粮食大省甲省``, ``工业强县乙县``)
    r"[\u4e00-\u9fa5]{1,4}(?:大省|强省|大市|强市|大县|强县)(?=[\u4e00-\u9fa5]{2})|"
    r"拟(?:安排|发行|下达)(?=[\u4e00-\u9fa5]{2})|(?:折合|约合)(?!人民币)(?=[\u4e00-\u9fa5]{2})|力争|确保|建议|完成(?!年度|年初|全年|本年|计划)(?=[\u4e00-\u9fa5]{2,12}投资$)|预计(?:到|至)?|去年|将|实际(?=已)|完成(?=[\u4e00-\u9fa5]{0,14}(?:收入|支出|生产总值|增加值|产值|营业额|销售额|业务总量|业务量|周转量|吞吐量|运输量|运量|总额|总值)(?:[(（][A-Za-z]{2,5}[)）])?$)|紧盯|紧扣|锚定|围绕|聚焦|瞄准|对标|冲刺|"
    rf"共有|拥有|有(?![色机效线关限害偿])(?=[\u4e00-\u9fa5]{{2}})|共计|共(?!享|建|同)|合计|总计|由原来的|由上年(?:同期)?的|由|从(?!业|事)|"
    rf"对(?!接|外|口|标|比|象)|已经|已(?!婚|建成区)|则|全球|全世界|(?:北美|(?:中国)?内地)(?!进出口|出口|进口)|累计$|(?:{_REGION_NAMES})(?![市县区州盟旗]?地区(?!生产)|港|机场|区(?!域)|时数|时间|百分率|侨?同胞)|"
    # an earlier census compared with (``与2010年第六次全国人口普查时相比``), spaced or not
    r"(?:与|比|较)\s*[12]\d{3}\s*年\s*第[一二三四五六七八九十]次全国人口普查(?:时|数据)?(?:的|相比)?|"
    # a named group of regions is the figure's region, not its name (convention 11)
    # (areas longest first: 珠三角核心区 whole, not 珠三角 and a 核心区 left; a zone's note
    # ``沿海经济带(东西两翼)`` with it, round 18b)
    rf"(?:{'|'.join(sorted(AREAS, key=len, reverse=True))})(?:[(（][^()（）]{{1,8}}[)）])?|"
    # the second of two places (``甲市和乙市分别增长``, ``但降幅…``): a connective, then the place
    # (also the copula before a list of places, ``分别为郑州(344.7亿元)``)
    rf"(?:[和及与]|(?:分别)?为)(?=(?:{_REGION_NAMES}|{'|'.join(AREAS)}))|但(?!是)(?=[\u4e00-\u9fa5]{{2}})|"
    # a bare 累计, the tail of a cut-off time word (``截至6月底已完成``), 所占比重, 约占
    r"[底末](?=已|累计|共|完成|计划)|受[^,，。;；]{1,8}?影响|[\u4e00-\u9fa5]{0,24}?目标(?:任务)?(?:是|为)(?=[\u4e00-\u9fa5])|"
    r"所占(?=比重|比例|份额)|所(?=占)|约(?=占)|仅(?:为|有)?(?=[\u4e00-\u9fa5]|$)|在[^,，。;；]{1,8}?方面|投入(?=[^,，。;；]{2,16}?(?:经费|资金)$)|"
    # a comparison phrase or a method at the start (``较上月累计回升``, ``按…计算为``)
    # a condition or qualifier (``扣除价格因素``, ``剔除…影响后``, ``按自然口径``, ``与上年相比``,
    # ``按规模排序``): it says how the figure is counted, not what it counts
    # a limit's wording (``控制在省核定的债务限额…以内``)
    r"(?:控制在|保持在|稳定在|限定在)|(?:省|市|县|国家|上级)?(?:核定|下达|批准|确定)的(?=[\u4e00-\u9fa5]{2})|"
    r"(?:若|如|如果)?(?:扣除|剔除)[^,，。;；]{0,16}?(?:因素|影响|后)(?:后)?(?:实际)?的?|"
    r"在[^,，。;；]{1,16}?(?:基础上|背景下|情况下|前提下|口径下)(?:再|又|仍|继续)?|"
    r"(?:据|经)(?:初步)?(?:测算|核算|统计|调查|监测)|(?:同|可比|自然)口径(?:下(?!降|滑|跌)|计算|统计)?|"
    r"按[^,，。;；]{0,8}?口径(?:计算|统计|核算)?|按[^,，。;；]{0,10}?(?:排序|排名|排列|统计)|"
    r"(?:与|和|同)[^,，。;；]{1,12}?(?:相比|比较)(?:而言)?|"
    # ``与上年同比上升``: the base, then 同比 (the rest of the clause is the change)
    r"(?:与|和|同)(?:上年同期|去年同期|上年|去年|同期)(?=同比|相比|比较|$)|"
    r"各(?:地区|市州|市县|县市区|县区|市|县|区|地|省|州)(?=[\u4e00-\u9fa5]{2}|[(（])|"
    r"(?:一(?:市|县|区)(?=[两三四五六七八九十]))?"  # 一市三县
    r"[两三四五六七八九十\d]{1,2}个?(?:市|县|区|省|地市|城区|县区|县市区)(?=[\u4e00-\u9fa5A-Za-z]{2})|"
    r"[比较](?:[\u4e00-\u9fa5]{1,6}的)?[12]\d{3}(?:年(?:同期|全年|末|底)?|同期)|相比于?|相较于?|[比较](?:上月[末底]?|上年同期|上年同月|去年同月|上年末|上年|去年同期|去年|年初|同期|计划数?|[一二三四]季度[末底]|上季度?[末底])|按[^,，。;；]{0,12}?计算(?:为|是)?|"
    # a list of bases (``分别较去年同期和全年``, ``较1-2月、1-5月和1-7月``), a progress gap
    rf"分别(?=[比较])|[比较]{_BASE}(?:[、和及与]{_BASE})*|[比较](?:均衡|序时|时间|计划)进度(?:慢|快|落后|超前)?)"
)
#: (a source: compiled only prefiltered, below)
_TRAIL = (
    # (达到2019年水平的0.97倍, 恢复至同期水平的93%: the base's level, no word of the subject)
    r"(?:(?:达到了?|恢复(?:至|到)|相当于)(?:[12]\d{3}年)?(?:同期)?的?水平的?|"
    # (不低于3000亩, 要达到60%: a rule's or plan's words, round 29; 原则上 goes in _INNER)
    r"不(?:低于|少于|高于|超过|多于|大于|小于)|(?<![主需重必只想紧])要|(?<=[率额量数])都|"
    # (单位达标率总体为87%, …基地也, 双双排名, 平均每年增长: adverbs, round 29)
    r"(?<=[\u4e00-\u9fa5]{2})(?:也|总体|双双)|(?<![人户])(?:平均)?每年|为|达到了|达到|高达|多达|低至|仅为|达|是|(?<![猪船禽])只|(?:约合|折合)(?:人民币)?|约为|平均|(?<=[值额量率速幅])均|[比较]全[国省市县区](?:平均(?:水平)?)?|[比较]?(?:常年|常年同期|多年平均值?|多年均值)?偏[多少高低]|[比较](?:常年|多年平均值?|多年均值)[多少]|(?:两|三|四|五|\d)年平均|约|大约|近|将近|几近|接近|超过|超|突破|跨越|迈上|站上|跃上|相继|先后|逾|共|共计|合计|总计|"
    r"分别为|分别|一直|始终|同比|环比|按年|按月|按季|比上年末|比上年同期|比上年度|比上年|比年初|较上年末|较上年度|较上年|较年初|较去年|比去年|"
    r"比[12]\d{3}年|较[12]\d{3}年|年平均|年均|增长了|负增长|走高|走低|攀升|激增|猛增|骤增|剧增|增长|增加|下降|减少|提高|上升|回落|降低|减产|增产|下滑|"
    r"上涨|下跌|高于|低于|(?<![可所加予难足])以|提升|改善|恶化|^[高低]|(?<![拥具没所共实现])有|当月|本月|当季|单月|(?<=[\u4e00-\u9fa5])\d{1,2}\s*[-—–~～至]\s*\d{1,2}月份?|[高低快慢](?<=[速幅率].)|(?:占据|位居|位列|排名|排在)(?:全[省市国区县])?(?:前|第)[一二三四五六七八九十两\d]{1,2}[位名]?|"
    r"预计将(?:达到|达)?|将达到|稳定在|控制在|保持在|介于|增至|降至|升至|调整为|调整到|调整|(?:持续|继续|进一步)?(?:缩小|扩大|收窄|加快|缩短|缩减|延长)|放缓|可达|完成|多|少|"
    r"(?<![占于比较在])(?:全国|全省|全市|全县|全区)|回升|累计回升|(?<=指数)年度?累计|累计|"
    # how much a price or a rate moved (``鲜菜价格有大幅回落``), said before the verb
    r"大幅|小幅|明显|显著|略有|稍有|有所|微涨|微升|微增|微降|微跌|"
    # a rate that turned (``同比由上月上涨0.4%转为下降0.3%``): the month before is its base
    r"由上月|上月|(?<!周)转为|(?<!周)转|"
    rf"分别[比较]{_BASE}(?:[、和及与]{_BASE})*(?:分别)?|[比较]{_BASE}(?:[、和及与]{_BASE})*|"
    rf"[比较](?:[12]\d{{3}}年|{_BASE})[高低快慢多少]|"  # 增速比上月末高0.3个百分点
    r"[比较](?:均衡|序时|时间|计划)进度(?:慢|快|落后|超前)?|"
    r"(?:优于|好于|差于|高于|低于|超过|超出)(?:年度|全年|省定|市定|既定)?(?:目标|计划)(?:值)?|(?:突破|跨越|迈上|站上|跃上|跨上|迈过)[^,，。;；\d]{1,6}?(?:大关|关口|台阶|门槛|量级)|首次突破|首次|再次|净增加|净减少|净增|净减|增收|减收|增支|减支|超收|短收|多增|多减|少增|少减|再|"
    r"[比较](?:上半年|上年度|上年|去年|一季度|前三季度|上月[末底]?|\d{1,2}\s*[-—–至]\s*\d{1,2}月份?)|提高到|提高至|上升到|上升至|新增|预计可达|预计|实现|了|的|在|以上|以下|左右|由|从|"
    r"由原来的|由上年(?:同期)?的|[由从][12]\d{3}年(?:末|底|同期)?的|"
    # 贡献率由去年的40%上升至…, 由上月: where a rate came from, not what it is (round 23)
    r"由(?:去年|上年|上月|上季度?|年初)(?:同期|末|底)?的?|"
    # 由一季度全市第8名前移至第3名: the period a rank came from, and its move (round 24)
    r"由(?:[一二三四]季度|上半年|前三季度|\d{1,2}\s*[-—–至]\s*\d{1,2}月份?)(?:全国|全省|全市|全县|全区)?的?|"
    r"(?:前移|后移|提升|下降|下滑|跃升)(?:到|至)|"
    # 环比跌2.1%, 同比涨0.5%: a price release's one-character verbs (round 23)
    r"(?<![看高暴大普])(?:涨|跌)|(?<=按年|按季|按月)升|"
    # 高校毕业生共有12220人…, 毕业生中共有: how many in all, not what (round 23)
    r"(?<=[\u4e00-\u9fa5]{2})中?共有|"
    r"(?<=[\u4e00-\u9fa5]{2})已经?|"  # 48项具体工作已有24项…: when, not what
    r"(?<=[\u4e00-\u9fa5]{2})有望|"  # 总产值有望突破…: a hope, not what (round 26b)
    # 水路货运量则达到, 吞吐量录得, 发生面积一度达, 授权量就分别达到, 国际旅客吞吐量增长尤为显著:
    # a connective, an adverb or a press verb after the indicator, no part of it (round 24)
    r"(?<=[\u4e00-\u9fa5]{2})(?<![规准法原否细])则|(?<=[\u4e00-\u9fa5]{2})(?<![成造])就|"
    r"(?<=[\u4e00-\u9fa5]{2})(?:录得|一度)|(?<=[\u4e00-\u9fa5]{2})(?:增长|增速|增幅)?尤(?:为|其)?|"
    r"(?<=浓度)均|(?<=[\u4e00-\u9fa5][例数])均|"
    # 百岁老年人逐年(增加), 海洋生产总值年(增速): how often, not what; 超额完成“十三五”规划
    # (N万吨的目标): the plan a target is of; 首次超越甲省(跃居全国第二位): whom it passed
    # (round 28)
    r"各?调[增减]|^(?:净增|增加)额|^年?均?复合(?:增长率)?|逐年|逐月|"
    # 夏粮总产再创历史最高水平, 经济增长仍, 每年保持: a record, an adverb, a verb of keeping
    r"(?:再|又|均)?创(?:历史|同期)?(?:最高水平|最好水平|新高|新低|最高|最低)|"
    r"(?<=[\u4e00-\u9fa5]{2})(?:仍然|仍|依然|始终|一直|继续)|(?<=[\u4e00-\u9fa5]{2})保持|"
    + _YEARLY
    + r"|(?:超额)?完成(?:十[二三四五]五)?(?:规划|计划)|"
    r"(?:(?:首次|再次)(?:超越|赶超|超过)|超越|赶超)[\u4e00-\u9fa5]{1,6}?(?:跃居|位居|升至)?(?:全国|全省)?|"
    # 综合能源消费量呈下降趋势, 社会物流总额保持稳定增幅: the trend said of it (round 28)
    r"(?:呈|呈现|保持)(?:持续|稳定|较快|平稳|快速|明显|稳步)?(?:上升|下降|增长|回升|下滑|回落|减少|增加)?"
    r"(?:趋势|态势)|保持(?:稳定|较快|平稳|快速|两位数)(?:增长|增幅|增速)?|"
    r"\[\d{1,2}\]|［\d{1,2}］|"  # 生产总值[2]: a note's mark (round 24)
    r"(?:是|为|相当于)(?:上年同期|上年|去年同期|去年|同期|[12]\d{3}年(?:末|底|同期)?)"
    r"[\u4e00-\u9fa5]{0,8}|"
    # (从6.7亿辆急剧下降至3.3亿辆, 增加到现在的14%: how it moved, to the state now; round 31)
    r"(?:急剧|大幅)?(?:缩小|扩大|缩减|下降|降低|提高|上升|回落|调整|减少|增加|增长|走高|走低|攀升|发展|降|升)"
    r"(?:到|至)(?:目前|现在)?的?|"
    # 增速最高的为甲县(同比增长…): the place the figure in brackets is of, not what it is
    r"(?:增速|增幅|涨幅)?最[高低快慢大小多少]的?(?:为|是)[\u4e00-\u9fa5]{1,10}[(（]?|"
    # …,也高于全国, 南昌顺利突破: an adverb left of the clause, no indicator
    r"(?<![\u4e00-\u9fa5])(?:也|仍|仍然|顺利)|"
    # 增加值排名前三的城市为甲(…): the places a shortlist names, not what is ranked
    r"(?:排名|排在|位居|位列)?(?:居)?前[一二三四五六七八九十两\d]{1,2}(?:位|名)?的"
    r"[\u4e00-\u9fa5()（）]{1,8}?(?:依次为|分别为|分别是|为|是)[\u4e00-\u9fa5]{0,8}|"
    # 销售面积降7.8%, 投资增12%: a headline's one-character verb after its indicator
    rf"(?<=[{HEADLINE_VERB_AFTER}])[增减降]|"
    # an ordering (``由多到少排序依次为``): how the list after goes, not what it counts
    r"(?:由|从)[多高大快好优少低小慢差]到[多高大快好优少低小慢差](?:的顺序)?(?:排序|排列|排名)?(?:依次)?|"
    # a comparison word after a rate whose base went (``增速比9月当月提高``), a plan's verb
    # (``赤字率拟按``), the places a rank is among (``居三县``, ``排名在中部六省``)
    r"(?<=[速幅率])[比较]|(?<=[\u4e00-\u9fa5]{2})拟(?:按|为|达到|达|安排)?|"
    # a rank shared with a place (``与甲省并列第2位``), among a group of places
    # (``在中部六省中``): with whom and among whom, not what is ranked
    r"(?:与[\u4e00-\u9fa5]{1,8}?)?并列?(?<=并|列)|"
    r"在[^,，。;；]{1,12}?(?:省|市|县|区|国|省份|省区市|城市|地区|地市)中|"
    r"(?:位?居|位列|名列|排名?(?:在|于)?|排在)(?:全[国省市县区]|[\u4e00-\u9fa5]{0,2}"
    r"[两三四五六七八九十\d]{1,2}个?(?:省|市|县|区|地市|县区|县市区|城市)"
    # (位列全区14个县(市)区: the places counted, their kinds bracketed)
    r"|全[国省市县区州盟][两三四五六七八九十\d]{1,3}个[\u4e00-\u9fa5()（）、]{1,10}?中?))$"
)
#: (a source: compiled only prefiltered, below)
_INNER = (
    # a comparison with a base inside (``甲与上年相比增长``, ``乙较上年同期相比``)
    rf"(?:与|同|和|[比较])(?:[12]\d{{3}}年|{_BASE})(?:同期)?(?:相比|比较)(?:而言)?|"
    rf"分别?[比较]{_BASE}(?:[、和及与]{_BASE})*(?:分别)?(?=[\u4e00-\u9fa5]|$)|累计(?=完成|实现|增速|增长|增幅|接待)|"
    # 制造业完成投资: a sector's investment (the deed is no part of it, round 24)
    r"(?<=[\u4e00-\u9fa5]业)完成(?=投资$)|"
    r"原则上|"  # 规模原则上平原地区不低于…: a rule's word (round 29)
    # 省政协提案委员会共收到提案, 110系统共接报警: how many in all, before the deed (round 31)
    r"(?<=[\u4e00-\u9fa5]{2})(?<!公)共计?(?=收到|接报|接收|募集|支出|投入|立案|处理|抓获|取缔|化解|"
    r"采集|受理|办理|查处|查办|破获|审结|调处|发布|发放|培训|接待|救助|帮扶|征集|排查|检查)|"
    rf"{RANK_REACHED}|"  # 成为全球票房第一: the rank's scope (round 30)
    r"(?:大|暴)(?:涨|增|跌)$|"  # 较2022年大涨92%: the growth's loud verb (round 30)
    r"净增(?=[\u4e00-\u9fa5]{1,6}数$)|"  # 净增银幕数2312块: the change's thing (round 30)
    r"(?:前|近|头)(?:\d{1,2}|[一二三四五六七八九十两]{1,2})天|连续(?:\d{1,2}|[一二三四五六七八九十两]{1,3}|多)年|"
    r"按(?:可比|不变)价格?(?:计算)?|按可比口径(?:计算)?|继[12]\d{3}年(?:以来)?(?:首次|再次)?|按[^,，。;；]{0,12}?计算|[比较](?:上年末|上年同期|上年同月|去年同期|去年同月|上年度同期|上年度|上年|去年|年初)|同比|环比|全年(?![\u4e00-\u9fa5]{0,4}?(?:目标|任务))|"
    # a currency or method of counting inside (``出口以人民币计价增长``, ``按汇率折算为``)
    r"以[^,，。;；]{1,8}?(?:计价|计算|折算|核算)|按[^,，。;；]{0,12}?(?:折算|计价|核算)(?:为|是)?|"
    r"按[年月季](?:实际)?(?=增长|下降|增加|减少|上升|回落)|(?:实际|名义)(?=增长|下降)|"
    r"(?:累计)?实现(?="
    + "|".join(CARRY_HEADS)
    + ")|共计?(?=接待|完成|实现|建成|培育|受理|办理|审结|查处|举办|开展|组织|发放|培训|成交|登记|销售|签约|运送)|"
    # 甲机构共有乙: the institutions' 乙 (a start 共有 is read by _LEAD)
    r"共有(?<=[\u4e00-\u9fa5]{4})(?=[\u4e00-\u9fa5]{2})|"
    # a verb between a collector and its money (``国税系统累计完成收入``: 国税系统收入)
    # (each alternative opens with a literal, so that the pattern is tried only where one is)
    r"完成(?<=[\u4e00-\u9fa5]{4})(?=[\u4e00-\u9fa5]{0,6}?(?:收入|支出|吞吐量|周转量|运输量|客运量|货运量|"
    r"业务量|业务总量|营业额|销售额|销售面积|发电量|产量|产值|运输起降|起降架次|起降)$)|"
    # the investment of a kind of building or development (``交通基础设施建设完成投资``,
    # ``房地产开发完成投资``): the statistic 交通基础设施建设投资, 房地产开发投资 (a programme's
    # ``重点项目完成投资`` keeps the verb, the name of its progress)
    # (a kind of building in a property release, ``办公楼完成投资``: the statistic 办公楼投资)
    r"完成(?:(?<=建设完成)|(?<=开发完成)|(?<=建设项目完成)|(?<=住宅完成)|(?<=办公楼完成)"
    r"|(?<=营业用房完成)|(?<=别墅完成)|(?<=公寓完成))(?=投资$)|"
    # a verb between a doer and what it did (``限额以上单位实现消费品零售额``,
    # ``农村劳动力实现转移就业``, ``失业人员实现再就业``: convention 17): the doer's amount; not a
    # count of doers that grew (``实现正增长的地市``), nor the official term ``通过公共网络实现商品销售额``
    r"实现了?(?<=[\u4e00-\u9fa5]{4})(?<!网络实现)(?!程度)(?![\u4e00-\u9fa5]{0,2}(?:增长|盈利|扭亏|翻番|突破))"
    r"(?=[\u4e00-\u9fa5]{2})|"
    # a month inside a name (``甲机场8月份旅客吞吐量``): when, not what
    r"(?<=[\u4e00-\u9fa5])(?<![至到止前首])(?:\d{1,2}\s*[-—–至]\s*)?\d{1,2}月份?(?![末底初中])(?=[\u4e00-\u9fa5])|"
    # a month's end inside a balance's name (``短期贷款9月末余额``): when, not what
    r"(?<=[\u4e00-\u9fa5])\d{1,2}月[末底](?=余额)|"
    # (前10月完成…: the months since January, a lead word, not a month inside a name)
    r"(?<=[\u4e00-\u9fa5])[前首]\d{1,2}个?月份?(?=[\u4e00-\u9fa5])|"
    r"执行(?<=[入出]执行)$|"
    # 企业投入研究与试验发展经费: the doer's funds (convention 17's verb between them)
    r"(?<=[\u4e00-\u9fa5]{2})投入(?=[\u4e00-\u9fa5]{2,12}经费$)"
)
#: A place left out of a whole, in brackets (``(不含赣榆区)``): no part of the indicator.
_PLACE_LEFT_OUT = re.compile(r"[(（]不(?:含|包括)[\u4e00-\u9fa5、]{1,12}[区县市镇乡][)）]")
#: The retail sales of town or country named by their market (``城镇市场实现零售额``): the
#: statistics 城镇消费品零售额, 乡村消费品零售额.
_MARKET_RETAIL = re.compile(r"(城镇|乡村|农村)市场(?:实现)?(?:消费品)?零售额")
#: ``规模以上工业企业(累计)完成工业增加值`` names the indicator 规模以上工业增加值.
_ENTERPRISES_DID = re.compile(
    r"(规模以上|规上)工业企业(?:累计)?(?:完成|实现)(?:工业)?(增加值|总产值|产值)"
)
_BY_WAY = re.compile(r"^以([\u4e00-\u9fa5]{2,8}?)(?:方式|形式)(?=[\u4e00-\u9fa5])")
#: (``房地产开发企业完成投资``: the developers' investment is 房地产开发投资, round 18b)
_SECTOR_DID = re.compile(
    r"(?<=产业)(?:完成|实现)(?=投资|增加值)|(?<=房地产开发)企业(?:完成|实现)(?=投资)"
)
#: 航道项目完成投资, 实际完成采购金额: what was done, named without the verb, as the judges'
#: annotators name it (a programme's 重点项目完成投资 keeps it; round 28).
_DONE_AMOUNT = re.compile(
    r"(?<=[\u4e00-\u9fa5]{2})(?<!累计)(?<!共)(?<!重点项目)(?<!计划)(?<!实事)(?<!工程)(?<!年)完成"
    r"(?=投资$|[\u4e00-\u9fa5]{0,4}金额$)"
)
_THREE_SHORT = re.compile(r"^三产(?=投资|比例|结构|构成)")
#: A clause that is only a connective or an existential verb names nothing.
#: Words that name no indicator (``扣除…后,实际为86.8%``: the figure before's).
_EMPTY_WORDS: Final = frozenset(
    {
        "和",
        "及",
        "与",
        "以及",
        "有",
        "共有",
        "其中",
        "、",
        "实际",
        "实际上",
        "其余",
        "剩余",
        "比",
        "较",
        "均",  # 同比均增长: all the figures before, not a name
        # a conversion or a comparison with the normal (``约合人民币``, ``较常年值``)
        "约合人民币",
        "折合人民币",
        "合人民币",
        "约合",
        "折合",
        "较常年值",
        "比常年值",
        "较常年",
        "比常年",
    }
)
#: An amount booked by a sector (``应付甲业企业职工薪酬``, ``发生营业成本``): the accounting
#: verb stays with its item (应付职工薪酬, 应交增值税); 发生 names nothing.
_BOOKED = re.compile(
    r"^(?P<verb>应付|应交|发生)(?P<scope>[\u4e00-\u9fa5]{2,10}?业)?(?:企业)?"
    r"(?P<item>[\u4e00-\u9fa5]{2,8})$"
)


def _booked(found: re.Match[str]) -> str:
    verb = "" if found["verb"] == "发生" else found["verb"]
    return f"{found['scope'] or ''}{verb}{found['item']}"


#: Money named by its use (``用于基础研究的经费``): the use's money.
_USED_FOR = re.compile(
    r"^(?:用于|投向)([\u4e00-\u9fa5]{2,10}?)的?"
    r"(经费|资金|支出|投资|投入|(?:中长期|短期)?贷款(?:余额|增量)?)$"
)
_BELONGING = re.compile(r"^属于([\u4e00-\u9fa5]{2,12}?)的([\u4e00-\u9fa5]{2,12})$")
#: 累计 between a thing and its verb (``生猪累计出栏``, an index's ``综合指数年累计``); not in
#: 累计平均利用小时数, a name.
_CUMULATIVE_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fa5])(?:(?<=指数)年)?累计(?!平均|利用|结存|结余|[\u4e00-\u9fa5]{0,4}?(?:支出|资金)$)"
)
#: (not the 中 of 中长期/中短期/中小企业: ``轻工业中长期贷款``, ``住户中长期贷款`` are names)
_NOT_SCOPE_MIDDLE = r"(?!长期|短期|小企业|小微|小型)"
_SCOPE = re.compile(r"^.*?(?:产业|工业|行业|企业|领域)中" + _NOT_SCOPE_MIDDLE + r"(?=.)")
#: ``新登记市场主体中企业``: a kind within a collective, with the collective's qualifier.
_KIND_WITHIN = re.compile(
    r"^(?P<q>新登记|新设立|新设|新注册|新增|新建|新开工|在建|实有|现有)?"
    r"[\u4e00-\u9fa5]{0,8}?(?:市场主体|主体|项目|人员|人口|学生|单位|户)中"
    + _NOT_SCOPE_MIDDLE
    + r"(?=[\u4e00-\u9fa5]{2})"
)
_TRADE_BUSINESS = re.compile(r"(电信|邮政|快递|通信|邮电)业业务")
#: A bracket left at the start once a word before it went (``各县(市、区)…`` → ``(市、区)…``).
_OPENING_NOTE = re.compile(r"^[(（][^()（）]{1,8}[)）]")
#: A bracketed list inside a name (``生存型(食品烟酒、衣着、居住)消费支出``): what it covers.
_LISTED_NOTE = re.compile(r"[(（](?<=..)[^()（）、]{2,}(?:、[^()（）、]{2,})+[)）](?=.)")
#: A development zone or park named as a place in a list (``高新区2.4亿元``): not a region
#: of the division table, yet a place, not an indicator.
ZONE_WORDS: Final = f"(?:{'|'.join((*ZONES, '新区', *PARKS))}|产业园|片区|试验区|保税区|综保区)"
ZONE: Final = re.compile(rf"^[\u4e00-\u9fa5]{{0,8}}?{ZONE_WORDS}")
#: A garbled run of a repost (``敝粒吃拢珖l(fā)电设备``): a Latin letter that stands for a
#: character, with that character's pinyin after it; what comes before it is unreadable.
_GARBLED_RUN = re.compile(r"^.*[\u4e00-\u9fff][A-Za-z][(（][a-zü\u00e0-\u01dc]{1,6}[)）]")
#: (not 全国: outside a national text the country is not the place, and its growth is the
#: country's figure: :func:`extract._pull_on_nation`)
#: (also a named place and the span, ``拉动同期甲省外贸进出口增长``: the same place and period)
_PULLED_PLACE = re.compile(
    rf"拉动(?:同期)?(?:(?:全|我)[市省县区]|(?:{_REGION_NAMES})(?=[\u4e00-\u9fa5]{{2}}))"
)
#: A space between a digit and a character (``2017 年末全州蓄水量``, ``比 2019 年``): text
#: copied from a PDF spaces its numbers; the words are one.
_DIGIT_GAP = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z])[ \u3000]+(?=\d)|(?<=\d)[ \u3000]+(?=[\u4e00-\u9fff])"
)
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_QUOTES = re.compile(r"[“”\"‘’'「」《》〈〉]")
#: A note in brackets about the words around it (``(下同)``, ``(人民币,下同)``, ``(以下简称…)``).
#: (and a footnote's mark, ``服务业(注4)中长期贷款余额``: round 18)
_NOTE = re.compile(
    r"[(（](?:[^()（）]{0,10}?(?:下同|以下简称[^()（）]{0,12})|注\s?\d{1,2}"
    # 投入强度(与某某之比), 入园(班)幼儿, 车间(基地), 服务站(点): a definition or
    # the other form it counts too, no part of the indicator's name (round 26)
    r"|与[^()（）]{1,12}?之?比|班|基地|点)[)）]"
)
#: A note of what a class's bound includes, inside a name (``2度(含2度)以下``; not a
#: closing ``(不含农户)``, part of a statistic's name).
_INCLUDED_NOTE = re.compile(r"[(（]含[^()（）]{1,10}[)）](?!$)")
#: Market entities of a kind, then the verb that makes them new (``私营企业新设立``): the
#: registration statistics name them verb first (新设立私营企业).
_KIND_THEN_NEW = re.compile(
    r"(?:全[省市县区]|我[省市县区])?"
    r"(?P<kind>[\u4e00-\u9fa5]{0,8}?(?:企业|个体工商户|合作社|市场主体|经营主体|公司))"
    r"(?P<verb>新设立|新登记|新注册|新设)"
)
#: Whom a deed is for, between the doer and the deed (``甲为群众的养老积累准备金``).
_FOR_WHOM = re.compile(
    r"(?<=[\u4e00-\u9fa5]{2})为[^为,，。;；\d]{2,20}?(?=(?:积累|提供|发放|支付|减免|节约|带来|创造)"
    r"[\u4e00-\u9fa5]{2})"
)
#: A share worded with 在…中 (``第三产业在GDP中占比``, ``甲在乙中所占比重``).
_SHARE_IN = re.compile(
    r"^(?P<part>[^在]{2,16}?)在(?P<whole>[^在中]{2,12})中(?:的)?(?:占比|所占比重|所占比例|的比重|比重)$"
)
#: The same with the part said before (``甲用户N万户,在乙用户的占比为x%``): the whole.
_SHARE_IN_BARE = re.compile(
    r"^在(?P<whole>[^在中]{2,12}?)中?(?:的)?(?:占比|所占比重|所占比例|比重)$"
)
#: The numbering of a list item (``1)``, ``2.``, ``(3)``, ``4、``) before its name.
#: (``四)全县…``: a section's ``(四)`` whose opening bracket the sentence was cut before)
_NUMBERING = re.compile(
    r"^(?:\d{1,2}[)）.．、]|[(（]\d{1,2}[)）]|[(（]?[一二三四五六七八九十]{1,3}[)）])\s*(?=[\u4e00-\u9fa5])"
)
#: When, inside a name (``甲业上半年赔付支出``, ``乙地2020年的票房收入``), and a count of
#: the kinds it sums (``甲乙丙三种肉产量``): how and when, not what it counts.
_WHEN_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fa5]{2})(?:上半年|下半年|前三季度|第?[一二三四]季度|去年|今年|[12]\d{3}年的?)"
    r"(?=[\u4e00-\u9fa5]{2})"
)
_KINDS_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fa5]{2})(?<!第)[两二三四五六七八九十]种(?=[\u4e00-\u9fa5])"
)
#: Words that end in 中 and are no scope (``高中``, ``集中``).
_MIDDLE_WORD = re.compile(r"(?:高|初|集|其|适|居|命|空|途|期|年)中$")
#: A note of what a name covers inside it (``农林牧渔业(包括辅助性活动)增加值``).
_COVERS_NOTE = re.compile(r"[(（](?:包括|包含|对应)[^()（）]{1,30}[)）](?=[\u4e00-\u9fa5]|$)")
#: A note of the price basis inside a name (``万元增加值(当年价)用水量``): how it was valued,
#: not part of the indicator.
_PRICE_NOTE = re.compile(r"[(（](?:按)?(?:当年|现行|现|可比|不变)?价(?:格)?(?:计算|计)?[)）]")
_NP_STOPS: Final = [
    "全部",
    # 3个行业对全部工业增长的拉动较大: the things counted, then what they did for a whole
    "对全",
    "对经济",
    "对工业",
    "平均",  # 28种蔬菜平均价格: the kinds counted are 蔬菜
    "价格",  # 8种商品价格与上周相比: the goods counted are 商品
    "均",
    "都",
    "已",
    "包括",  # 16项具体工作包括:…: the items listed after it
    "被",
    "实现",
    "发展",
    "达到",
    "达",
    "未达到",  # 10个断面未达到考核目标: the sections counted, not 断面未
    "未达",
    "未完成",
    "入选",
    "获得",
    "完成",
    "建成",
    "开工",
    "投产",
    "正在",
    "和",
    "与",
    "及",
    "的",
    "共",
    "累计",
    "分别",
    "同比",
    "比",
    "增长",
    "下降",
    "占",
    "其中",
    "年度",
    "全年",
    "年末",
    "当年",
    "合计",
    "总计",
    "以上",
    "以下",
    "左右",
    "增至",
    # 保有量从1040万辆攀升至1.9亿辆: how the count moved, no noun counted (round 31)
    "攀升",
    "急剧",
    "缩减",
    "跃升",
    "提高",
    "上升",
    "降至",
    "升至",
    "减至",
    "增加",
    "减少",
    "为",
    "是",
    "列入",
    "纳入",
    "通过",
    "成功",
    "全面",
    "持续",
    "稳步",
    "正式",
    "顺利",
    "相继",
    "先后",
    "等",
    "中",
    "在",
    "带动",
    "接待",
    "实施",
]
_NP_END = set(",，。;；:：、!！?？…\n ")


#: The same matches, found faster: a phrase is tried only where a match can start (the
#: tail pattern's 150 words were tried at every character of every phrase cleaned:
#: 14 µs a phrase, now 2; most of the time of a text read once). See scanning.prefiltered.
_LEAD_SCAN, _TRAIL_SCAN, _INNER_SCAN = (prefiltered(p) for p in (_LEAD, _TRAIL, _INNER))


#: 工业 between a sector or a type of ownership and its 增加值 (``制造业工业增加值``).
_SECTOR_INDUSTRY = re.compile(r"(?<=[^工]业)工业增加值$")
#: ``地区生产总值总量``, ``零售总额总量``: 总量 after a name of a total says nothing more.
_TOTAL_AMOUNT = re.compile(r"(?<=总值|总额)(?:现价|当年价)?总量")
#: ``最终计算2021年全县生产总值…``: the final verification of a year's figure, no part of it.
_FINAL_COUNT = re.compile(r"^最终(?:计算|核实|核算|审定)的?")


#: Since records began (``有监测数据以来``, ``有气象记录以来``): a time, no part of a name.
_ON_RECORD = re.compile(r"自?有?(?:监测|气象|统计|水文)?(?:数据|记录)(?:记载)?以来")

#: 年 before a health service counted over the year (``年门急诊``, ``年住院``): no name's part.
_ANNUAL_SERVICE = re.compile(r"年(?=门急诊|门诊|急诊|住院|诊疗|出院|手术)")
#: The transport a transport amount is of, said before it (``营业性公路货物运输货运量``).
_TRANSPORT_DONE = re.compile(
    r"(?<=[\u4e00-\u9fa5])(?:汽车)?(?:货物|旅客)?运输(?:自年初)?(?:累计)?(?:完成)?(?=货运量|客运量|货物周转量|旅客周转量)"
)
#: A class of hospitals by beds (``100-199 张医院``, ``800 张及以- 2 -上医院``, a reposted
#: PDF's page number inside; ``100张床位以下医院``).
_BED_CLASS = re.compile(
    r"(?:共有|拥有|有)?(?P<low>\d+)\s*(?:[-—~～至]\s*(?P<high>\d+))?\s*张" + BED_CLASS_TAIL
)


def bed_class(found: re.Match[str]) -> str:
    """The name of a class of hospitals by beds, without spaces, 床位 named as the class is
    by beds (``100-199张医院`` → 100-199张床位医院, ``100张床位以下医院`` as written).

    >>> clean("100-199 张医院"), clean("800 张及以- 2 -上医院"), clean("100 张床位以下医院")
    ('100-199张床位医院', '800张及以上床位医院', '100张床位以下医院')
    >>> clean("100张床以下的医院")
    '100张床位以下医院'
    """
    size = found["low"] + (f"-{found['high']}" if found["high"] else "") + "张"
    bound = re.sub(r"[\s\d-]", "", found["bound"] or "")
    if found["beds"]:
        return f"{size}床位{bound}{found['kind']}"
    return f"{size}{bound}床位{found['kind']}"


#: A span of days before what was done in it (``7天共接待``, ``7天时间,``).
_DAYS_LEAD = re.compile(r"(?<![\d.前首近头后这])\d{1,2}天(?:共|时间|累计|合计)[,，]?")
#: The persons insured by a scheme, said with 参加 (``参加失业保险人数``, ``参加基本养老保险``).
_INSURED = re.compile(r"^参加(?P<scheme>[^,，。;；]{1,10}?保险)(?:的)?(?P<persons>人数)?$")
#: Who set up all kinds of a thing (``全行业企业共设立各类营业网点``): the things are counted.
_SET_UP_KINDS = re.compile(
    r"^[\u4e00-\u9fa5]{2,10}?(?:共|累计)?(?:设立|开设|设置|建有|布设)了?各(?:类|种)(?=[\u4e00-\u9fa5]{2})"
)
#: ``各类`` inside a subject, after two words or more (a deed's, in the judges' texts:
#: ``受理各类城市管理案件``) and before what it names.
_KINDS_AFTER_DEED = re.compile(
    r"(?<=[\u4e00-\u9fa5]{2})(?<!各级)各(?:类|种)(?=[\u4e00-\u9fa5]{2})(?!市场主体)"
)
#: The tail of a bracketed note cut at its comma (``下同)``, ``含…,下同)``), no bracket open.
_NOTE_TAIL = re.compile(r"^[^(（]{0,12}下同[)）]")


#: Trade with a partner (``与东盟贸易总值``, ``对美国进出口贸易总值`` whose 对 the lead words took):
#: the partner's imports and exports, named as the customs name them (对东盟进出口); not a kind
#: of trade (一般贸易, 加工贸易, 服务贸易 have no 与 and no 进出口贸易).
_PARTNER_TRADE = re.compile(
    r"^(?:(?:与|同)(?P<with>)|(?=[\u4e00-\u9fa5]{2,12}?进出口贸易))"
    r"(?P<partner>(?:(?!年|同期)[\u4e00-\u9fa5]){2,12}?)(?:(?(with)(?:进出口)?|进出口))贸易"
    r"(?P<tail>总值|总额|额)$"
)


@lru_cache(maxsize=8192)  # pure; bulletins repeat their phrases (增长, 比上年增长 …)
def clean(phrase: str) -> str:
    """Strip time, place, connective and verb words from the words before a number.

    Examples
    --------
    >>> clean("比上年增长")
    ''
    >>> clean("其中,第一产业实现增加值"[3:])
    '第一产业增加值'
    >>> clean("高技术产业中电子信息制造业增加值增长")
    '电子信息制造业增加值'
    >>> clean("衣着类上涨"), clean("榆次区以"), clean(")的")
    ('衣着类', '', '')
    >>> clean("首10个月全国固定资产投资")
    '固定资产投资'
    >>> clean("规模以上工业增加值按年实际增长"), clean("按月下降")
    ('规模以上工业增加值', '')
    >>> clean("完成生产总值"), clean("完成投资"), clean("完成地区生产总值(GDP)")
    ('生产总值', '完成投资', '地区生产总值(GDP)')
    >>> clean("较疫情前的2019年同期下降"), clean("实际为")
    ('', '')
    >>> clean("较去年同期(下同)增长"), clean("进出口总值(人民币,下同)"), clean("下同)累计出口")
    ('', '进出口总值', '出口')
    >>> clean("7天共接待游客"), clean("参加失业保险人数"), clean("参加城乡居民基本养老保险人数")
    ('接待游客', '失业保险参保人数', '城乡居民基本养老保险参保人数')
    >>> clean("万元地区生产总值(当年价)能耗"), clean("人均收入(按可比价格计算)")
    ('万元地区生产总值能耗', '人均收入')
    >>> clean("二是我省以一般贸易方式出口"), clean("对我国台湾地区进出口")
    ('一般贸易出口', '台湾地区进出口')
    >>> clean("南京市地区生产总值"), clean("年末全省共有各级各类学校"), clean("按可比口径同比增长")
    ('地区生产总值', '各级各类学校', '')
    >>> clean("底已完成"), clean("累计完成"), clean("所占比重"), clean("相当于上年新增规模的")
    ('', '', '比重', '')
    >>> clean("全省用于基础研究的经费"), clean("应付重点服务业企业职工薪酬"), clean("发生营业成本")
    ('基础研究经费', '重点服务业应付职工薪酬', '营业成本')
    >>> clean("属于数字经济产业的有效发明专利"), clean("甲机场8月份旅客吞吐量"), clean("8月10日旅客吞吐量")
    ('数字经济产业有效发明专利', '甲机场旅客吞吐量', '旅客吞吐量')
    >>> clean("市财政1至11月民生支出"), clean("采矿业工业增加值"), clean("规模以上工业增加值")
    ('市财政民生支出', '采矿业增加值', '规模以上工业增加值')

    >>> clean("农林牧渔业(包括专业及辅助性活动)增加值"), clean("实际利用外资中")
    ('农林牧渔业增加值', '实际利用外资')
    >>> clean("第三产业在GDP中占比"), clean("甲险为群众的养老积累准备金")
    ('第三产业占GDP的比重', '甲险积累准备金')
    >>> clean("全县地区生产总值总量为"), clean("四)全县一般公共预算收入完成")
    ('地区生产总值', '一般公共预算收入')
    >>> clean("比2月末减少"), clean("较上月末增加"), clean("按可比价比上年增长")
    ('', '', '')
    >>> clean("最终计算2021年全县生产总值现价总量为"), clean("大春经济作物播面")
    ('生产总值', '大春经济作物播种面积')
    >>> clean("房地产开发企业完成投资"), clean("办公楼完成投资"), clean("商业营业用房完成投资")
    ('房地产开发投资', '办公楼投资', '商业营业用房投资')
    >>> clean("城区环境空气质量达到优、良天数共"), clean("细颗粒物有监测数据以来浓度首次")
    ('环境空气质量优良天数', '细颗粒物浓度')

    >>> clean("全区营业性公路货物运输累计完成货运量"), clean("公路运输客运量"), clean("年住院")
    ('营业性公路货运量', '公路客运量', '住院')
    >>> clean("较2019同期增加"), clean("实现了乡镇公办幼儿园")
    ('', '乡镇公办幼儿园')
    >>> clean("与欧盟贸易总值"), clean("对日本进出口贸易总值"), clean("一般贸易进出口")
    ('对欧盟进出口总值', '对日本进出口总值', '一般贸易进出口')
    >>> clean("服务贸易总额"), clean("对外贸易总额"), clean("与上年同期贸易额")
    ('服务贸易总额', '对外贸易总额', '与上年同期贸易额')
    >>> clean("在宽带用户的占比"), clean("在校生")
    ('占宽带用户的比重', '在校生')
    >>> clean("五个重点行业完成工业总产值")
    '五个重点行业工业总产值'
    >>> clean("投向批发零售业的短期贷款9月末余额"), clean("投向小微企业的贷款")
    ('批发零售业短期贷款余额', '小微企业贷款')
    >>> clean("民营企业进出口拉动同期江西省外贸进出口")
    '民营企业进出口拉动外贸进出口'
    >>> clean("全行业企业共设立各类营业网点"), clean("各类市场主体"), clean("年末收养各类人员")
    ('营业网点', '各类市场主体', '收养人员')
    >>> clean("各类生产安全事故"), clean("建筑业共发生各类生产安全事故"), clean("借方发生额")
    ('生产安全事故', '建筑业生产安全事故', '借方发生额')
    >>> clean("综合能源消费量呈下降趋势"), clean("采购节能产品比例均"), clean("户数均")
    ('综合能源消费量', '采购节能产品比例', '户数')
    >>> clean("2019 年末全州蓄水量"), clean("比 2020 年增加"), clean("折合年径流深")
    ('蓄水量', '', '年径流深')
    >>> clean("0-14 岁人口"), clean("PM 2.5 浓度"), clean("规模以上工业完成工业总产值")
    ('0-14岁人口', 'PM2.5浓度', '规模以上工业总产值')
    >>> clean("台湾同胞"), clean("接待香港同胞")
    ('台湾同胞', '接待香港同胞')

    """
    text = _QUOTES.sub("", phrase)
    if "(" in text or "（" in text:  # (every note opens with a bracket: a quick test first)
        text = _NOTE.sub("", text)
        if "含" in text:  # 5度(含5度)以下坡度的林地: what a class's bound includes
            text = _INCLUDED_NOTE.sub("", text)
    # a bullet: ``·地区生产总值为…``; a growth's sign in brackets: ``2688.62万台(+19.5%)``
    text = text.strip(" ,，、/+＋").lstrip("·•●◆■▪")
    if text[:1].isdigit() and "张" in text and (beds := _BED_CLASS.fullmatch(text)):
        return bed_class(beds)  # 100-199 张医院: a class of hospitals by beds (round 18b)
    if "天" in text:  # 全县7天共接待: the span, said before what was done in it
        text = _DAYS_LEAD.sub("", text)
    if text[:1].isdigit() or text[:1] in ("(", "（") or text[1:2] in (")", "）"):
        # 1)国内增值税, (2)乙, 四)甲: a list's numbering
        text = _NUMBERING.sub("", text)
    if "价)" in text or "价）" in text or "算)" in text or "算）" in text:
        text = _PRICE_NOTE.sub("", text)  # 万元增加值(当年价)用水量 → 万元增加值用水量
    if "(" in text:  # (quick test first: a garbled run ends in a letter with its pinyin)
        text = _GARBLED_RUN.sub("", text)
        if (
            "(包括" in text or "(对应" in text or "(包含" in text
        ):  # 甲(包括…)增加值, 春粮(对应…)产量: a note
            text = _COVERS_NOTE.sub("", text)
    if "拉动" in text:  # 拉动全市规上工业增长, 拉动同期甲省…: the whole is the place's
        text = _PULLED_PLACE.sub("拉动", text)
    if "——" in text:  # 一项污染物——二氧化氮浓度: the dash names it
        text = text.rsplit("——", 1)[1] or text
    if " " in text and _DIGIT_GAP.search(text):  # 2017 年末, 比 2019 年: a PDF's spaced digits
        text = _DIGIT_GAP.sub("", text)
    if " " in text or "\u3000" in text:  # 签约17个项目 总投资572亿元: a space parts a headline
        last = _CJK_GAP.split(text)[-1]
        text = last if len(last) >= 2 else text
    if "本年" in text:  # 人身险公司本年累计新增保险金额: so far this year, the period's words
        text = _THIS_YEAR_SO_FAR.sub("", text)
    if "下同)" in text or "下同）" in text:
        # 甲市(不含中央企业,下同)累计进出口: the tail of a note whose head was cut at its comma
        text = _NOTE_TAIL.sub("", text)
    text = text.lstrip(")）(（").rstrip("(（")  # the ends of a bracket: ``榆社县(7426元)的``
    if text[:2] == "累计" and text[2:].startswith(("进出口", "出口", "进口")):
        text = text[2:]  # 1-5月,…累计进出口: the period says it is cumulative (round 19)
    if "工业企业" in text:  # (a quick test first: a template's sub costs even without a match)
        text = _ENTERPRISES_DID.sub(r"\1工业\2", text)
    if "完成" in text or "实现" in text:  # (every match has one: a quick test first)
        text = _SECTOR_DID.sub("", text)  # 第一产业完成投资 → 第一产业投资
    if text[:2] == "三产":
        text = _THREE_SHORT.sub("三次产业", text)  # 三产投资比例 → 三次产业投资比例
    inner = _INNER_SCAN.sub("", text)
    if inner != text:  # 住宅前9月完成销售面积: the verb is inner once the months are gone
        inner = _INNER_SCAN.sub("", inner)
    text = inner
    if "业业务" in text:  # 电信业(完成)业务总量: the industry's indicator, 电信业务总量
        text = _TRADE_BUSINESS.sub(r"\1业务", text)
    if "、" in text:  # (quick test first: most phrases have no list)
        text = _LISTED_NOTE.sub("", text)
    short_base = (
        "周" in text
        or "昨" in text
        or "前" in text
        or "上期" in text
        or "上旬" in text
        or "交易日" in text
    )
    if text[:2] == "最终":
        text = _FINAL_COUNT.sub("", text)
    if "以来" in text:  # 细颗粒物有监测数据以来浓度: since when, not what (round 18b)
        text = _ON_RECORD.sub("", text)
    if "优、良" in text:  # 空气质量达到优、良天数: the 优良天数 (round 18b)
        text = text.replace("达到优、良", "优良").replace("优、良", "优良")
    if text[-2:] in ("设立", "登记", "注册") and (kind_new := _KIND_THEN_NEW.fullmatch(text)):
        text = kind_new["verb"] + kind_new["kind"]  # 私营企业新设立19.6万户: 新设立私营企业
    if text.endswith("播面"):  # 经济作物播面48.7万亩: the sown area, 播种面积 (round 18)
        text = text[:-2] + "播种面积"
    if text[:1] == "年" and _ANNUAL_SERVICE.match(text):  # 年门急诊1.2万人次: 门急诊 (18b)
        text = text[1:]
    if "发生" in text[2:]:  # 建筑业发生生产安全事故: what happened where (发生额, 发生率 kept)
        text = _HAPPENED.sub("", text)
    if "运输" in text:  # 公路货物运输(完成)货运量: 公路货运量, the amount says 运输 (round 18b)
        text = _TRANSPORT_DONE.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEAD_SCAN.sub("", text).strip(" ,，、")
        text = _TRAIL_SCAN.sub("", text).strip(" ,，、")
        if short_base:  # 比昨天下降, 猪肉价格较上周上涨: a daily or weekly base
            text = _SHORT_BASE_TAIL.sub("", text).strip(" ,，、")
        if text[:1] == "以":  # (甲省)以加工贸易方式进出口 → 加工贸易进出口
            text = _BY_WAY.sub(r"\1", text)
        if text[:1] in ("(", "（"):
            text = _OPENING_NOTE.sub("", text)
    if "贸易" in text and ("与" in text or "同" in text or "进出口贸易" in text):
        # 与东盟贸易总值, (对)美国进出口贸易总值: trade with a partner, the customs' 对东盟进出口
        text = _PARTNER_TRADE.sub(r"对\g<partner>进出口\g<tail>", text)
    if "工业工业" in text:  # 规模以上工业(完成)工业总产值: the statistic 规模以上工业总产值
        text = text.replace("工业工业", "工业")
    if "已" in text[2:]:  # 城镇保障性安居工程已基本建成: when, not what (round 28)
        text = _ALREADY_INSIDE.sub("", text)
    if "批准" in text:  # 区人大第一次会议批准年初一般公共预算收入: who approved the budget
        text = _APPROVED_LEAD.sub("", text)
    if "完成" in text[2:] and "重点" not in text and not text.startswith("项目"):
        # (重点建设项目完成投资: a programme's; 项目完成投资: of the kind named before)
        text = _DONE_AMOUNT.sub("", text)
    if text.endswith("总产") and len(text) > 2:  # 夏粮总产: its 总产量, the output
        text = text[:-2] + "产量"
    if "年" in text[2:]:  # 海洋生产总值年增速, …年总量: a year's growth is the growth (round 28)
        text = _YEARLY_INSIDE.sub("", text)
    if "总量" in text:  # 地区生产总值总量为…: a total's amount is the total (round 18)
        text = _TOTAL_AMOUNT.sub("", text)
    if "不" in text and (")" in text or "）" in text):  # 市区(不含甲区)PM2.5浓度: 市区PM2.5浓度
        text = _PLACE_LEFT_OUT.sub("", text)  # (固定资产投资(不含农户) keeps its note)
    if "零售额" in text:  # the retail statistics by their names (a release's words vary)
        if "社会消费品零售额" in text and "限" not in text:  # 社会消费品零售总额 (限额以上
            text = text.replace("社会消费品零售额", "社会消费品零售总额")  # …零售额 is its own)
        elif "市场" in text:  # 城镇市场(实现)零售额: 城镇消费品零售额
            text = _MARKET_RETAIL.sub(r"\1消费品零售额", text)
    if text.startswith("农林牧渔") and text[4:5] in ("总", "增"):  # 农林牧渔总产值: 农林牧渔业…
        text = "农林牧渔业" + text[4:]
    if text.startswith("城乡收入比"):  # the statistic 城乡居民收入比
        text = "城乡居民收入比" + text[5:]
    if "运周转量" in text:  # 客运周转量, 货运周转量: the statistics 旅客/货物周转量
        text = text.replace("客运周转量", "旅客周转量").replace("货运周转量", "货物周转量")
    if "销售金额" in text:  # 商品房销售金额: the statistic 商品房销售额
        text = text.replace("销售金额", "销售额")
    if "业工业增加值" in text:  # 采矿业工业增加值, 国有企业工业增加值: 工业 not repeated
        text = _SECTOR_INDUSTRY.sub("增加值", text)  # (convention 16)
    if text.find("年", 2) > 0 or text.find("季度", 2) > 0:  # 甲业上半年赔付支出: 甲业赔付支出
        text = _WHEN_INSIDE.sub("", text)
    if text.find("种", 2) > 0:  # 甲乙丙三种肉产量: 甲乙丙肉产量
        text = _KINDS_INSIDE.sub("", text)
    if "各" in text[1:]:  # 全行业企业共设立各类营业网点: the points set up are counted
        text = _SET_UP_KINDS.sub("", text)
        if "各类人" in text:  # 收养各类人员: all of them, no kind of them
            text = text.replace("各类人员", "人员")
        # 受理各类审查逮捕案件, 走访各类企业: all kinds of what was done, no kind of it
        # (各级各类学校 and 各类市场主体 are names; round 30)
        text = _KINDS_AFTER_DEED.sub("", text)
    if text.startswith("各类") and len(text) > 5 and not text.startswith("各类市场"):
        text = text[2:]  # 各类生产安全事故: the accidents, of every kind (各类市场主体 a name)
    if text.startswith(("应付", "应交", "发生")):  # 应付甲业企业职工薪酬: 甲业应付职工薪酬
        text = _BOOKED.sub(_booked, text)
    if text.startswith(("用于", "投向")):  # 用于基础研究的经费, 投向甲业的贷款: 甲业贷款
        text = _USED_FOR.sub(r"\1\2", text)
    elif text.startswith("属于"):  # 属于甲产业的发明专利: 甲产业发明专利
        text = _BELONGING.sub(r"\1\2", text)
    if "累计" in text[1:]:  # 甲累计出栏: when, not what (a start 累计建成 is kept: the stock)
        text = _CUMULATIVE_INSIDE.sub("", text)
    if "为" in text[2:]:  # 甲为群众…积累准备金: whom it is for is no part of what it is
        text = _FOR_WHOM.sub("", text)
    if "在" in text and "中" in text:  # 甲在乙中占比: 甲占乙的比重
        text = _SHARE_IN.sub(r"\g<part>占\g<whole>的比重", text)
    if text[:1] == "在":  # 在乙的占比: 占乙的比重, of the part named before
        text = _SHARE_IN_BARE.sub(r"占\g<whole>的比重", text)
    if "中" in text:  # (every match of _SCOPE ends with 中: a quick test first)
        text = _SCOPE.sub("", text)
    if "中" in text:
        text = _KIND_WITHIN.sub(lambda m: m["q"] or "", text)
        if text.endswith("中") and len(text) > 3 and not _MIDDLE_WORD.search(text):
            text = text[:-1]  # 实际利用外资中,甲县…: the scope the figure is within
    if (insured := as_insured(text)) and text.endswith("人数"):
        text = insured
    return "" if text in _EMPTY_WORDS else text


def as_insured(text: str) -> str | None:
    """The insured named as the bulletins name them (``参加基本养老保险(人数)`` →
    ``基本养老保险参保人数``), else None."""
    insured = _INSURED.match(text)
    return insured["scheme"] + "参保人数" if insured else None


#: A supply or use named by its verb (``工业用电``, ``居民用水``): the amount is its 量.
_USED = re.compile(
    r"(?:用电|发电|售电|供电|耗电|用水|供水|售水|取水|补水|耗水|用气|供气|售气|供热|用煤|耗煤)$"
)


#: Runoff depth, the surface water resources spread over the area (``地表水资源量79.1亿立方米,
#: 折合径流深280毫米,比上年偏少20.2%``): a water bulletin compares the resources, not the depth.
_RUNOFF_DEPTH = re.compile(r"(?:折合)?年?径流深(?:度)?")


def depth_as_amount(subject: str, before: list[str | None]) -> str:
    """A change said after a runoff depth, as the change of the water resources it stands for
    (the last of ``before``, the sentence's subjects so far, that names 水资源量).

    >>> depth_as_amount("年径流深", ["地表水资源量", "年径流深"]), depth_as_amount("年径流深", [])
    ('地表水资源量', '年径流深')
    """
    if not _RUNOFF_DEPTH.fullmatch(subject):
        return subject
    return next((s for s in reversed(before) if s and s.endswith("水资源量")), subject)


def amount_noun(subject: str) -> str:
    """An amount named by the verb of its use or supply, as the amount (``用电`` → 用电量).

    Examples
    --------
    >>> amount_noun("煤炭开采和洗选业用电"), amount_noun("居民生活用水"), amount_noun("用电量")
    ('煤炭开采和洗选业用电量', '居民生活用水量', '用电量')
    """
    if subject[-1:] in "电水气热煤" and _USED.search(subject):
        return subject + "量"
    return subject


#: What rises in price (a price, an index of prices, CPI/PPI): its 涨幅 is a price rise.
_PRICED = re.compile(r"价|指数|CPI|PPI|行情")


def rise_as_growth(subject: str, change: bool = True) -> str:
    """The 涨幅 of an amount that is not a price is its growth rate (``用电量涨幅`` → 用电量增速);
    so is a 降幅 whose ``change`` is given: the guideline signs a change of it as the
    growth rate's (降幅收窄 +, 降幅扩大 −). A 降幅 itself (a target of 能耗降幅) stays.

    Examples
    --------
    >>> rise_as_growth("第一产业用电量涨幅"), rise_as_growth("猪肉价格涨幅"), rise_as_growth("涨幅")
    ('第一产业用电量增速', '猪肉价格涨幅', '涨幅')
    >>> rise_as_growth("采矿业利润降幅"), rise_as_growth("工业生产者出厂价格降幅")
    ('采矿业利润增速', '工业生产者出厂价格降幅')
    >>> rise_as_growth("单位地区生产总值能耗降幅", change=False)
    '单位地区生产总值能耗降幅'
    """
    ends = ("涨幅", "降幅") if change else ("涨幅",)
    if subject.endswith(ends) and len(subject) > 2 and not _PRICED.search(subject):
        if subject[:-2] in ("平均", "总体", "整体"):
            return subject  # 平均涨幅 of a basket of goods: a price's
        return subject[:-2] + "增速"
    return subject


_OUR_WHOLE = re.compile(r"占我([国省市县区])")
#: A share of the same indicator in a wider scope (``甲产量占全省甲产量的比重``).
_SAME_WHOLE = re.compile(
    r"^(?P<part>.+?)占(?P<scope>全[国省市县区]|[\u4e00-\u9fa5]{2,8}?[省市县区])(?P=part)的?"
    r"(?P<word>比重|比例)$"
)


def wider_scope(subject: str) -> str:
    """A share of an indicator in a wider scope names the scope alone, as statisticians
    write it (``生猪出栏占全省生猪出栏的比重`` → 生猪出栏占全省的比重).

    Examples
    --------
    >>> wider_scope("生猪出栏占全省生猪出栏的比重"), wider_scope("工业用电量占全社会用电量的比重")
    ('生猪出栏占全省的比重', '工业用电量占全社会用电量的比重')
    >>> wider_scope("粮食产量约占我国的比重")
    '粮食产量占全国的比重'
    """
    if "占" not in subject:
        return subject
    if "约占" in subject or "占我" in subject:  # 约占我国的比重: 占全国的比重
        subject = _OUR_WHOLE.sub(r"占全\1", subject.replace("约占", "占"))
    same = _SAME_WHOLE.match(subject)
    return f"{same['part']}占{same['scope']}的{same['word']}" if same else subject


#: Words of a standard indicator's name the press drops once the document gave the name in
#: full (``农村居民人均可支配收入…。农村居民收入增速…``, ``固定资产投资…。东部地区投资…``).
#: A government's other budgets are named the same way (``全省政府性基金收入…。其中:省级收入…``):
#: the budget named last is the one a level's bare 收入 belongs to.
_ELIDED_CORE = re.compile(
    r"人均可支配|人均|固定资产|一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?"
)
_NAME_NOTE = re.compile(r"[(（][^()（）]*[)）]")
#: A part of a whole that keeps the whole's indicator: a level of government, an area named
#: as a group of regions, a group of residents (not a sector or a kind: 第一产业投资 and
#: 税收收入 are indicators of their own).
_PART_OF_WHOLE = re.compile(
    r"(?P<level>[省市县区州]本级|(?:[省市县区州]|市县|县市|县区|区县)级|乡镇级|本级)"
    r"|[\u4e00-\u9fa5]{1,4}地区|"
    r"(?P<group>城镇居民|农村居民|城市居民|乡村居民)"
)
_SHORT_RATE = re.compile(r"(?:增速|增幅|增长率|增长速度)$")
#: A price index's general level named in full (``居民消费价格总水平``), and bare after it.
_PRICE_LEVEL_NAMED = re.compile(
    r"^(?:城市|农村|城镇|乡村)?(?P<index>[\u4e00-\u9fa5]{2,8}价格总水平)"
)
_PRICE_LEVEL_PARTS: Final = ("价格总水平", "城市", "农村", "城镇", "乡村")
_PRICE_LEVEL_BARE = re.compile(r"(?P<part>城市|农村|城镇|乡村)?价格总水平")
#: The short heads a part may take (``市本级收入``), longest first.
_SHORT_HEADS: Final = ("消费支出", "收入", "支出", "投资", "消费")
#: The last characters of a short form, with or without a rate word (a quick test first).
_SHORT_ENDS: Final = frozenset("入出资费速幅率度")


#: A performer of R&D and its bare spending (``政府属研究机构经费``, ``高等学校经费支出``), said
#: after the document named R&D spending in full: the performer's R&D spending.
_PERFORMER_SPENT = re.compile(
    r"^(?P<who>[\u4e00-\u9fa5]{0,8}?(?:企业|研究机构|研究院所|科研院所|科研机构|高等学校|高校|研究所))"
    r"经费(?:支出)?(?P<rest>(?:增速|增幅|所占比重|占比|比重)?)$"
)


class FullNames:
    """The standard indicators a document named in full, by the short form it may use after.

    >>> names = FullNames()
    >>> names.add("农村居民人均可支配收入"); names.add("一般公共预算支出")
    >>> names.add("固定资产投资(不含农户)"); names.add("城镇居民人均消费支出")
    >>> names.expand("农村居民收入增速"), names.expand("市本级支出"), names.expand("东部地区投资")
    ('农村居民人均可支配收入增速', '市本级一般公共预算支出', '东部地区固定资产投资')
    >>> names.expand("城镇居民消费"), names.expand("第一产业投资"), names.expand("税收收入")
    ('城镇居民人均消费支出', '第一产业投资', '税收收入')
    >>> names.add("人均可支配收入"); names.expand("区级收入"), names.expand("城镇居民收入")
    ('区级收入', '城镇居民人均可支配收入')

    A level of government's bare 收入 is of the budget named last, 市县级 a level too:

    >>> names.add("一般公共预算收入"); names.expand("市县级收入")
    '市县级一般公共预算收入'
    >>> names.add(names.expand("省级收入")); names.add("政府性基金收入")
    >>> names.expand("省级收入"), names.expand("市县级收入增速")
    ('省级政府性基金收入', '市县级政府性基金收入增速')

    After R&D spending was named, a performer's bare 经费 is its R&D spending:

    >>> names.expand("高等学校经费支出"); names.add("企业研究与试验发展经费")
    '高等学校经费支出'
    >>> names.expand("政府属研究机构经费"), names.expand("高等学校经费支出增速")
    ('政府属研究机构研究与试验发展经费', '高等学校研究与试验发展经费增速')

    A price release names its index's 价格总水平 in full once (``居民消费价格总水平上涨1.8%``),
    then bare, for the whole or its urban and rural parts:

    >>> names.expand("价格总水平"); names.add("居民消费价格总水平")
    '价格总水平'
    >>> names.expand("价格总水平涨幅"), names.expand("城市价格总水平"), names.expand("影响价格总水平")
    ('居民消费价格总水平涨幅', '城市居民消费价格总水平', '影响价格总水平')
    """

    __slots__ = ("_full", "_price_level", "_rd")

    def __init__(self) -> None:
        self._full: dict[str, str] = {}
        self._price_level = ""
        self._rd = False  # R&D spending named: a performer's bare 经费 is its R&D spending

    def add(self, subject: str | None) -> None:
        """Remember ``subject`` when it is a standard indicator named in full."""
        if subject and "经费" in subject and ("研究与试验发展" in subject or "R&D" in subject):
            self._rd = True
        if subject and "价格总水平" in subject:
            named = _PRICE_LEVEL_NAMED.match(subject)
            self._price_level = named["index"] if named else self._price_level
        if not subject or not (
            "人均" in subject
            or "固定资产" in subject
            or "预算" in subject
            or "政府性基金" in subject
        ):
            return
        full = _NAME_NOTE.sub("", subject) if "(" in subject or "（" in subject else subject
        full = _SHORT_RATE.sub("", full)
        if "占" in full or "拉动" in full or "完成" in full:
            return  # a share or a pull names the indicator with something else
        short = _ELIDED_CORE.sub("", full, count=1)
        if len(short) < 2 or short == full:
            return
        before = self._full.get(short)
        if before and before != full and short in _SHORT_HEADS:  # another budget's 收入
            for key in [k for k, v in self._full.items() if k != short and v.endswith(before)]:
                part = _PART_OF_WHOLE.fullmatch(key[: -len(short)])
                if part and part["level"]:  # 省级收入 was the old budget's: now the new one's
                    del self._full[key]
        self._full[short] = full
        if short.endswith("消费支出"):
            self._full.setdefault(short[:-2], full)  # 农村居民消费: 农村居民人均消费支出

    def expand(self, subject: str) -> str:
        """``subject`` in full, when it is the short form of a name given before."""
        if self._price_level and subject.startswith(_PRICE_LEVEL_PARTS):
            bare = _PRICE_LEVEL_BARE.match(subject)
            if bare:  # 价格总水平, 城市价格总水平: the index's, named before
                return (bare["part"] or "") + self._price_level + subject[bare.end() :]
        if self._rd and "经费" in subject and (spent := _PERFORMER_SPENT.match(subject)):
            return spent["who"] + "研究与试验发展经费" + spent["rest"]  # 高等学校经费支出
        if not self._full or subject[-1] not in _SHORT_ENDS:
            return subject
        rate = _SHORT_RATE.search(subject) if subject[-1] in "速幅率度" else None
        base = subject[: rate.start()] if rate else subject
        full = self._full.get(base)
        if full is None:
            head = next((h for h in _SHORT_HEADS if base.endswith(h)), None)
            whole = self._full.get(head) if head else None
            part = base[: -len(head)] if whole and head else ""
            kind = _PART_OF_WHOLE.fullmatch(part) if whole else None
            if not (whole and kind):
                return subject
            budget = "预算" in whole or "政府性基金" in whole
            if (kind["level"] and not budget) or (kind["group"] and "人均" not in whole):
                return subject  # a level of government has a budget, residents a mean
            full = part + whole
        return full + (rate.group() if rate else "")


#: A group named back by its number (``这三大执行主体R&D经费分别为…``, ``上述两类企业…``): the
#: kinds listed before it, in the sentence that named the group (``甲、乙和丙是…的三大执行主体``).
_NAMED_BACK = re.compile(
    r"^(?:这|上述|以上|前述)(?P<n>[两二三四五六七八九十]|\d{1,2})(?:大|个|类|项|种)?"
)
_CHINESE_COUNTS: Final = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
_LISTED_KINDS = re.compile(
    r"([^,，。;；:：!！?？]{2,80}?)(?:是|为|(?<![高平同对均相])等|共|这)[^,，。;；]{0,20}?$"
)


def named_back(subject: str, before: str, count: int) -> list[str] | None:
    """The subjects of a group named back by its number, one per kind listed before: the
    kinds listed in the last sentence of ``before`` that names the group's noun, each with
    what the group's subject says of them (``None`` when no such list of ``count`` is found).

    >>> before = "甲企业、乙研究所和高等学校是本省R&D活动的三大执行主体。"
    >>> named_back("这三大执行主体R&D经费", before, 3)
    ['甲企业R&D经费', '乙研究所R&D经费', '高等学校R&D经费']
    >>> named_back("这三大执行主体R&D经费", before, 2), named_back("三大执行主体R&D经费", before, 3)
    (None, None)
    """
    found = _NAMED_BACK.match(subject)
    if not found:
        return None
    number = found["n"]
    if (int(number) if number.isdigit() else _CHINESE_COUNTS.get(number)) != count:
        return None
    rest = subject[found.end() :]
    kind = next((rest[:k] for k in range(len(rest), 1, -1) if rest[:k] in before), "")
    if not kind:
        return None
    said = before[: before.rfind(kind)]
    said = said[max(said.rfind("。"), said.rfind(";"), said.rfind("；")) + 1 :]
    listed = _LISTED_KINDS.match(said)
    if not listed:
        return None
    items = [i.strip() for i in re.split(r"[、和及与]", listed.group(1)) if i.strip()]
    if len(items) != count or any(len(i) > 12 for i in items):
        return None
    return [item + rest[len(kind) :] for item in items]


#: The words that name a growth by its rate (``甲增速``, ``乙涨幅``, ``丙降幅``), at a subject's end.
_GROWTH_RATE_WORD = re.compile(r"(?:增速|增幅|涨幅|降幅|减幅|升幅|跌幅|增长速度)$")


#: The averaging words a growth rate's name leaves at the end (``复合年均``, ``年平均``).
_AVERAGE_TAIL = re.compile(r"(?:复合)?(?:年均|年平均|平均)(?:复合)?$|复合$")


def growth_named(subject: str) -> str:
    """A year-on-year growth's subject, named by the indicator that grew, as the guideline
    names it (``甲贷款增速为37.2%`` → 甲贷款): the rate word at the end is the measure's,
    not the indicator's. A bare rate word (``升幅``, ``升幅降幅``) names no indicator and is
    kept for the caller to settle.

    >>> growth_named("制造业中长期贷款增速"), growth_named("乙指数降幅"), growth_named("CPI涨幅")
    ('制造业中长期贷款', '乙指数', 'CPI')
    >>> growth_named("升幅"), growth_named("升幅降幅"), growth_named("工业增加值")
    ('升幅', '升幅降幅', '工业增加值')
    >>> growth_named("企业注册量复合年均")  # (of 复合年均增长率, round 30)
    '企业注册量'
    """
    if subject[-1:] in ("均", "合") and (average := _AVERAGE_TAIL.search(subject)):
        return subject[: average.start()] if average.start() >= 2 else subject
    if subject[-1:] not in ("速", "幅", "度"):  # (the literal test first)
        return subject
    rate = _GROWTH_RATE_WORD.search(subject)
    if rate is None:
        return subject
    rest = subject[: rate.start()]
    if len(rest) < 2 or _GROWTH_RATE_WORD.search(rest):
        return subject
    return rest


#: Doers counted by a number before them, and what they did (``8家企业发行疫情防控债``,
#: ``4个居住小区启用闲置地下停车场``): the count is of the doers that did it.
_DOERS_DID = re.compile(
    r"^(?P<doer>[\u4e00-\u9fa5]{0,6}?(?:企业|银行|机构|单位|学校|医院|幼儿园|小区|社区|村|乡镇|景区|商户|"
    r"农户|合作社|园区|网点))"
    r"(?P<verb>发行|建立|启用|新增|开展|设立|获得|通过|开通|引进|接入|入驻|上线|创建)了?"
    r"(?P<what>[\u4e00-\u9fa5A-Za-z0-9]{2,14})$"
)


def doers_defined(subject: str) -> str:
    """The doers a count counts, named with what they did (``企业发行疫情防控债`` →
    发行疫情防控债的企业), as the statistics name such counts.

    >>> doers_defined("企业建立企业年金"), doers_defined("居住小区启用闲置地下停车场")
    ('建立企业年金的企业', '启用闲置地下停车场的居住小区')
    >>> doers_defined("规模以上工业企业"), doers_defined("企业增加值")
    ('规模以上工业企业', '企业增加值')
    """
    found = _DOERS_DID.match(subject)
    return f"{found['verb']}{found['what']}的{found['doer']}" if found else subject


# Round 21: a part of a population defined by what is said of it. A count or a share of
# things that did something (``12个乡镇中,9个乡镇提前完成任务``, ``七成企业反映订单增加``) is
# named as the statistics name such subsets, the predicate before the noun (提前完成任务的乡镇,
# 反映订单增加的企业), as :func:`doers_defined` names doers counted before their deed.

#: A whole counted before its part is counted (``在17个乡镇中,``, ``甲县所辖28个村中``): the
#: classifier and the things it counts, the last in the sentence before the part's number.
_COUNTED_WHOLE = re.compile(
    r"(?:\d+|[一二两三四五六七八九十百]+)(?P<cls>[个家种项所条座户])"
    r"(?P<whole>[\u4e00-\u9fa5]{1,12}?)中(?=[,，有]|[\d一二两三四五六七八九十]|$)"
    # (…共有养老机构42个,其中: the whole named before its number)
    # (and the parts listed after it: 其中162个机构…、191个机构…)
    r"|(?P<whole2>[\u4e00-\u9fa5]{1,12}?)\d+(?P<cls2>[个家种项所条座户])[,，]?其中[^。;；]{0,150}$"
)
#: Words that open a predicate when a part's noun is left out after its number (``36个行业中
#: 30个同比下降``): a comparison, a change or a state held; a noun never opens so.
_PREDICATE_OPENERS: Final = (
    "同比",
    "环比",
    "比上",
    "较上",
    "实现",
    "保持",
    "连续",
    "超过",
    "达到",
    "增长",
    "下降",
    "上涨",
    "下跌",
    "出现",
    "继续",
    "高于",
    "低于",
    "提前",
    "完成",
)
#: The end of the predicate: the clause's end (a comma, a semicolon, a bracket, a colon).
_CLAUSE_END = re.compile(r"[,，。;；:：(（!！?？]")
#: Where a part's predicate ends: its clause's end, or the next part of a list (``、191个``).
_PREDICATE_END = re.compile(r"[,，。;；:：(（!！?？]|、(?=[\d一二两三四五六七八九十])")


def subset_named(
    before: str, classifier: str, after: str, whole_name: str | None, *, elided_only: bool = False
) -> str | None:
    """A part of a whole counted before it (``在12个乡镇中,9个乡镇提前完成全年任务``), named
    by what its clause says of it, then the noun the text counts it by (提前完成全年任务的乡镇):
    ``before`` is the sentence before the part's number, ``classifier`` the number's (个),
    ``after`` the text after it, ``whole_name`` the subject given to the whole's count, which
    names the part when its noun is left out (``36个行业中30个同比下降``). None when no whole of
    the same classifier is counted before, the words after the number name another thing, the
    clause says all of them (``全部``, ``均``), its predicate is too short or too long, or (with
    ``elided_only``) the part's noun is written.

    >>> subset_named("在12个乡镇中,", "个", "9个乡镇提前完成全年任务,"[2:], "乡镇")
    '提前完成全年任务的乡镇'
    >>> subset_named("甲县所辖28个村中", "个", "20个同比增长。"[3:], None)
    '同比增长的村'
    >>> subset_named("在30家医院中,", "家", "28家医院连续3年获评优秀"[3:], "医院")
    '连续3年获评优秀的医院'
    >>> subset_named("在41个工业大类行业中,", "个", "行业利润增加,", "工业大类行业")
    '利润增加的行业'
    >>> subset_named("在12个乡镇中,", "个", "乡镇提前完成,", None, elided_only=True)
    >>> subset_named("在12个乡镇中,", "家", "企业新增订单", None)  # another classifier
    >>> subset_named("在12个乡镇中,", "个", "乡镇全部完成任务", None)  # all of them
    >>> subset_named("其中", "个", "乡镇完成任务", None)  # no whole counted
    >>> subset_named("共有养老机构42个,其中", "个", "机构提供康复服务、", None)
    '提供康复服务的机构'
    """
    if "中" not in before:  # (every whole ends with 中 or 其中: a quick test first)
        return None
    whole = None
    for whole in _COUNTED_WHOLE.finditer(before):  # noqa: B007 (the last is the whole)
        continue
    if whole is None or (whole["cls"] or whole["cls2"]) != classifier:
        return None
    kind = whole["whole"] or whole["whole2"]
    noun = next((kind[i:] for i in range(len(kind)) if after.startswith(kind[i:])), "")
    if not noun and not after.startswith(_PREDICATE_OPENERS):
        return None  # 在12个乡镇中,9个村…: another thing counted
    if noun and elided_only:
        return None
    end = _PREDICATE_END.search(after, len(noun))
    predicate = after[len(noun) : end.start() if end else len(after)].strip(" 、")
    if predicate.startswith(("全部", "均", "都", "分别")):
        return None  # 12个乡镇中10个全部完成: all of them (and 分别: a list of figures)
    predicate = predicate.replace("保持", "").replace("继续", "")
    if not 2 <= len(predicate) <= 20 or not "\u4e00" <= predicate[0] <= "\u9fa5":
        return None
    if noun:  # the part as the text counts it (在35个工业大类行业中,19个行业…: 行业)
        return f"{predicate}的{noun}"
    named = whole_name if whole_name and whole_name.endswith(kind[-1]) else kind
    if "的" in named:
        named = kind  # (纳入统计的景区: the whole's own predicate is not the part's)
    return f"{predicate}的{named}"


#: A share of a population doing something (``60%的企业反映订单增加``, ``逾四成新增贷款投向甲
#: 领域``): the population after the number, then the deed to the clause's end.
_SHARE_OF_DOERS = re.compile(
    r"(?:以上|左右|多)?的?(?P<who>[\u4e00-\u9fa5]{0,6}?(?:企业|居民|农户|用户|家庭|受访者|消费者|"
    r"群众|单位|机构|贷款|资金))"
    r"(?P<did>[\u4e00-\u9fa5“”、]{2,16}?)(?=[,，。;；:：]|$)"
)


def share_of_doers(after: str) -> str | None:
    """The subject of a share of things that did something, from the text after the share
    (``的企业反映订单增加,``: 反映订单增加的企业); None when no population and deed follow.

    >>> share_of_doers("的企业反映订单增加,表明…"), share_of_doers("新增贷款投向“三农”领域。")
    ('反映订单增加的企业', '投向“三农”领域的新增贷款')
    >>> share_of_doers(",比上年提高2个百分点"), share_of_doers("。")
    (None, None)
    """
    found = _SHARE_OF_DOERS.match(after)
    return f"{found['did']}的{found['who']}" if found else None


#: Visitors drawn (``景区N天共吸引N万人次海内外旅游者``): the figure is the visitors received,
#: the tourism statistic 接待游客, whoever they are named after the number.
_DRAWN = re.compile(r"^(?P<by>[\u4e00-\u9fa5]{0,8}?)(?:吸引|迎来|揽客|吸纳)了?$")
_VISITORS_AFTER = re.compile(
    r"^(?P<who>[\u4e00-\u9fa5]{0,6}?)(?:游客|旅游者|游人|旅客)(?=[,，;；。、]|$)"
)


def visitors_received(subject: str, after: str) -> str | None:
    """The visitors a verb of drawing names, received (``吸引`` + ``海内外旅游者`` → 接待海内外游客);
    None when ``subject`` ends in no such verb or no visitors are named after the number.

    >>> visitors_received("吸引", "海内外旅游者,同比增长"), visitors_received("景区迎来", "游客。")
    ('接待海内外游客', '景区接待游客')
    >>> visitors_received("吸引", "投资"), visitors_received("接待", "游客")
    (None, None)
    """
    drawn = _DRAWN.match(subject)
    found = _VISITORS_AFTER.match(after) if drawn else None
    return f"{drawn['by']}接待{found['who']}游客" if drawn and found else None


#: The kinds a count restates (``甲业、乙业和丙业3个行业贷款余额``): the noun the count counts.
_RESTATED_KINDS = ("行业", "产业", "领域", "大类", "类", "项", "种")


def list_restated(listed: str, count: float | None, subject: str) -> str | None:
    """The subject of a figure said of kinds listed and then counted (``甲业、乙业和丙业3个
    行业贷款余额4.2万亿元``): the list named with what the figure measures, when the list has
    as many items as the count and ``subject`` (the words after the count) opens with the noun
    it counts; None otherwise.

    >>> list_restated("制造业、零售业和餐饮业", 3, "行业贷款余额")
    '制造业、零售业和餐饮业贷款余额'
    >>> list_restated("制造业、零售业和餐饮业", 2, "行业贷款余额"), list_restated("甲市", 1, "行业")
    (None, None)
    """
    noun = next((n for n in _RESTATED_KINDS if subject.startswith(n)), None)
    if noun is None or len(subject) <= len(noun) or count is None:
        return None
    items = [i for i in re.split(r"[、和及与]", listed) if i]
    if len(items) < 2 or len(items) != count or any(len(i) > 12 for i in items):
        return None
    return listed + subject[len(noun) :]


#: A thing named back with 该 (``据甲客运段统计,该段共计运送旅客…``): not a place (该市, 该县 are
#: regions, read by the lead words), but a body or a site the text named just before.
_THAT_ONE = re.compile(
    r"^该(?P<kind>段|站|局|公司|企业|集团|机场|港|口岸|医院|学校|景区|园区|行|社|馆|所)"
)
_NAME_BEFORE = re.compile(r"(?:据|从|在|由|经|对|自)?(?P<name>[\u4e00-\u9fa5]{2,10})$")


def that_one(subject: str, before: str) -> str:
    """``subject`` with a 该 resolved to the last name of the same kind in ``before`` (the text
    before the figure's clause), or as it is.

    >>> that_one("该段运送旅客", "铁路方面,据甲客运段统计,"), that_one("该段运送旅客", "据统计,")
    ('甲客运段运送旅客', '该段运送旅客')
    """
    found = _THAT_ONE.match(subject)
    if not found:
        return subject
    kind = found["kind"]
    at = before.rfind(kind)
    named = _NAME_BEFORE.search(before, max(0, at - 10), at) if at > 0 else None
    if not named:
        return subject
    return named["name"] + kind + subject[found.end() :]


#: What an amount of money is for, named right after it (``30亿元甲化工项目``, ``…亿元的风险保障``).
_MONEY_FOR = re.compile(
    r"的?(?P<np>[\u4e00-\u9fa5A-Za-z]{2,12}?(?:项目|工程|保障))(?=[,，、。;；]|$)"
)


def money_for(after: str, *verb_words: str) -> str | None:
    """The thing an amount of money is for, when the words after the amount name it, with
    the verb of the first of ``verb_words`` that ends with one (the words before the amount,
    the subject of the figure before it): 投资 after the thing, 提供/安排 before it.

    >>> money_for("甲化工项目、乙物流项目相继落地", "投资"), money_for("的风险保障。", "乙为农户提供")
    ('甲化工项目投资', '提供风险保障')
    >>> money_for("丙改造工程,", ""), money_for(",同比增长", "投资")
    ('丙改造工程', None)
    >>> money_for("丁物流项目、", "甲化工项目", "甲化工项目投资")
    '丁物流项目投资'
    """
    found = _MONEY_FOR.match(after)
    if found is None:
        return None
    for words in verb_words:
        if words.endswith("投资"):
            return found["np"] + "投资"
        if words.endswith(("提供", "安排", "投入", "发放")):
            return words[-2:] + found["np"]
    return found["np"]


def names_place(words: str) -> bool:
    """Whether the words name a division (full or short form), as a list item's place does.

    >>> names_place("正定县"), names_place("税收收入")
    (True, False)
    """
    return next(_places().finditer(words), None) is not None


@cache
def _places() -> Names:
    # (finds what re.compile(_REGION_NAMES) finds; compiling that pattern of 3,000 names
    # took 0.1 s in each process)
    return Names(_PLACE_NAMES)


def head_of(subject: str) -> str | None:
    """The head word an indicator name ends with, if any.

    Examples
    --------
    >>> head_of("规模以上工业增加值"), head_of("节能环保产业")
    ('增加值', None)
    """
    for head in _HEADS_BY_LAST.get(subject[-1:], ()):  # (the heads it can end with)
        if subject.endswith(head):
            return head
    return None


#: The heads by their last character, each in the order of HEADS (for :func:`head_of`).
_HEADS_BY_LAST: Final[dict[str, tuple[str, ...]]] = {
    last: tuple(head for head in HEADS if head.endswith(last)) for last in {h[-1] for h in HEADS}
}


@cache
def _np_stop() -> re.Pattern[str]:
    """The stop words of a counted noun as one pattern (longest first)."""
    return re.compile("|".join(map(re.escape, sorted(_NP_STOPS, key=len, reverse=True))))


_PROJECTS = re.compile(r"(?:(?!完成|分别|占|共|累计)[\u4e00-\u9fa5]){0,6}?项目")
#: A grade that opens a counted noun (``5A级``, ``4A级及以上``, ``3星级``).
_GRADE_OPENS = re.compile(r"\s*[1-5]\s*[AＡ]\s*级|\s*[1-5]\s*星级")


def noun_after(text: str) -> str | None:
    """The noun phrase right after a counted number's unit, or None.

    Bracketed parts stay (``县(市、区)``); the phrase ends at punctuation, a digit or a
    verb-like word.

    Examples
    --------
    >>> noun_after("县(市、区)实现零工市场全覆盖"), noun_after("矿山企业被列入"), noun_after(",惠及")
    ('县(市、区)', '矿山企业', None)
    >>> noun_after("新开工项目完成投资"), noun_after("在建重点项目完成投资")
    ('新开工项目', '在建重点项目')
    >>> noun_after("中小企业获得贷款"), noun_after("(市级2项、县级1项),均已开工")
    ('中小企业', None)
    >>> noun_after("县域高中实施结对共建"), noun_after("(含政策类),完成率40%")
    ('县域高中', None)
    >>> noun_after("公共文化空间建设已完成"), noun_after("共享菜园"), noun_after("共新建")
    ('公共文化空间建设', '共享菜园', None)
    >>> noun_after("(省市县),公共服务事项数") is None
    True

    """
    project = _PROJECTS.match(text) if text.find("项目", 0, 8) >= 0 else None  # (within reach)
    if project:  # 64个投产项目, 17个新开工项目: a kind of project, verbs included
        return project.group()
    out: list[str] = []
    stops = _np_stop()  # (the cached pattern fetched once, not at each character)
    i = 0
    while i < len(text) and len(out) < 20:
        ch = text[i]
        if i == 0 and text.startswith(("在建", "在营", "在运", "在产", "在校", "在岗", "在册")):
            out.append(ch)  # 172个在建重点项目: 在 opens the noun here
            i += 1
            continue
        if i == 0 and (grade := _GRADE_OPENS.match(text)):
            out.append(re.sub(r"\s", "", grade.group()))  # 8家5A级旅游景区: a grade opens it
            i = grade.end()
            continue
        if ch in "(（":
            close = min((j for j in (text.find(")", i), text.find("）", i)) if j > i), default=-1)
            if (
                i == 0  # 93,509项(省市县): a note on the figure, no noun (round 29)
                or close < 0
                or close - i > 12
                or any(c.isdigit() for c in text[i:close])
                or text.startswith(("含", "不含", "包括", "包含", "其中"), i + 1)
            ):  # (a breakdown or a note in brackets, 3项(市级2项、…), 5件(含…), names nothing)
                break
            out.append(text[i : close + 1])
            i = close + 1
            continue
        if ch in _NP_END or ch.isdigit():
            break
        stop = stops.match(text, i)
        if (
            stop
            and not (i == 0 and stop.group() in ("中", "价格"))  # 25个中西部省份
            and not (stop.group() == "中" and text[i - 1 : i] in ("高", "初"))  # 14所县域高中
            # 4个公共文化空间, 3个共享菜园: 共 of a word, not 共 (in all) before a total
            and not (
                stop.group() == "共" and (text[i - 1 : i] == "公" or text[i + 1 : i + 2] == "享")
            )
        ):
            break
        out.append(ch)
        i += 1
    phrase = _QUOTES.sub("", "".join(out))
    return phrase if len(phrase) >= 2 else None


@dataclass(frozen=True, slots=True)
class IndicatorMatch:
    """A subject matched to a catalogue code: how (exact, normalised, fuzzy) and how well."""

    code: str
    score: float
    method: str


#: The one table of short names of indicators, each with the full name it stands for.
#: :func:`normalise_subject` compares through all of it; :func:`full_name` writes the
#: press's own (``限上零售额``, ``社零``, ``固投``) in full, and leaves 规上/限上 before a
#: name as they are: the statistics offices write those themselves.
SHORT_NAMES: Final = {
    "限上零售额": "限额以上单位消费品零售额",
    "限上消费品零售额": "限额以上单位消费品零售额",
    "社零总额": "社会消费品零售总额",
    "社零额": "社会消费品零售总额",
    "社零": "社会消费品零售总额",
    "社融": "社会融资",
    "固投": "固定资产投资",
    "规上": "规模以上",
    "限上": "限额以上",
}
_OFFICE_SHORT: Final = ("规上", "限上")
_SHORT_NAMES = re.compile("|".join(sorted(SHORT_NAMES, key=len, reverse=True)))
_PRESS_NAMES = re.compile(
    "|".join(sorted((n for n in SHORT_NAMES if n not in _OFFICE_SHORT), key=len, reverse=True))
)
#: The forms names are compared in: the offices' short forms (限额以上单位 and 限额以上 are
#: one scope).
_COMPARED_FORMS: Final = (("规模以上", "规上"), ("限额以上单位", "限上"), ("限额以上", "限上"))
_USED_AMOUNT = re.compile(
    r"(用电|发电|售电|供电|耗电|用水|供水|售水|取水|补水|耗水|用气|供气|售气|供热|用煤|耗煤)量"
)
#: ``实际`` of a real growth rate (``规模以上工业增加值实际增速``), not 实际利用外资.
_REAL_RATE = re.compile(r"实际(?=增速|增幅|增长率|增长速度)")
#: A quantity that crossed the border, named verb first or last (``进口原油``, ``原油进口量``).
_CROSSED_QUANTITY = re.compile(
    r"^(?P<verb>进口|出口)(?P<obj>[\u4e00-\u9fa5]{1,6}?)(?<![值额])(?=增速|增幅|$)"
    r"|(?P<obj2>[\u4e00-\u9fa5]{1,6}?)(?P<verb2>进口|出口)量"
)
#: A foreign-trade total by any of its names (``外贸进出口总值``, ``进出口额``, ``出口总值``): the
#: customs' 总值 and the statistics' 总额 are one indicator, compared (and matched to a
#: catalogue's 进出口总额) in one form; 出口交货值 is another indicator.
_TRADE_TOTAL = re.compile(r"(?:外贸|货物贸易|货物)?(进出口|出口|进口)(?:贸易)?(?:总值|总额|额|值)")
_RD = re.compile(r"研究与试验发展(?:[(（]R&D[)）])?|研发(?=经费)")
#: The press's short names of ownership kinds, which the statistics write in full
#: (``民企进出口`` → 民营企业进出口), and of R&D spending (``研发经费``, the 科技经费投入统计公报's
#: 研究与试验发展经费). Not inside a longer word: 美国企业, 居民企业, 内外企业, 全国企事业单位.
_OWNERSHIP_SHORT: Final = {"民企": "民营企业", "国企": "国有企业", "外企": "外商投资企业"}
_PRESS_SHORT = re.compile(r"(?P<kind>[民国外])企(?![业事])|研发(?=经费)")
_NORMALISE_DROP = re.compile(r"[\s\W_]|全市|全县|全区|全省|的")


#: The economy as a whole (``经济增长6.2%``, ``经济总量``) is the region's 地区生产总值
#: (convention 20); only as the whole subject: 民营经济, 数字经济总量, 经济作物 and
#: 对经济增长的贡献率 are other things.
_ECONOMY = re.compile(r"^经济(?:总量)?(?=(?:增量|增速|增长|增幅)?$)")


def full_name(subject: str) -> str:
    """A subject with the press's short names of indicators written in full.

    Examples
    --------
    >>> full_name("限上零售额增速"), full_name("全市社零额"), full_name("规上工业增加值")
    ('限额以上单位消费品零售额增速', '全市社会消费品零售总额', '规上工业增加值')
    >>> full_name("经济总量增量"), full_name("经济"), full_name("经济增长的贡献率")
    ('地区生产总值增量', '地区生产总值', '经济增长的贡献率')
    >>> full_name("民企进出口"), full_name("外企出口占比"), full_name("全社会研发经费投入")
    ('民营企业进出口', '外商投资企业出口占比', '全社会研究与试验发展经费投入')
    >>> full_name("美国企业"), full_name("居民企业所得税"), full_name("全国企事业单位")
    ('美国企业', '居民企业所得税', '全国企事业单位')
    """
    if subject[:2] == "经济":  # 经济增速: GDP's (convention 20)
        subject = _ECONOMY.sub("地区生产总值", subject)
    if "企" in subject or "研发" in subject:  # 民企, 研发经费 (quick test first)
        subject = _PRESS_SHORT.sub(_press_short, subject)
    if "限上" in subject or "社" in subject or "固投" in subject:  # (quick test first)
        return _PRESS_NAMES.sub(lambda m: SHORT_NAMES[m[0]], subject)
    return subject


def _press_short(found: re.Match[str]) -> str:
    return _OWNERSHIP_SHORT[found[0]] if found["kind"] else "研究与试验发展"


#: A standard abbreviation in brackets after the name it stands for (``居民消费价格(CPI)``).
#: Air pollutants by name and by formula: one pollutant, compared in its formula
#: (``二氧化硫(SO2)年均浓度``, ``二氧化硫年均浓度`` and ``SO2年均浓度`` are one figure's name).
_POLLUTANTS: Final = {
    "细颗粒物": "PM2.5",
    "可吸入颗粒物": "PM10",
    "二氧化硫": "SO2",
    "二氧化氮": "NO2",
    "一氧化碳": "CO",
    "臭氧": "O3",
}
_POLLUTANT_NAMED = re.compile(
    r"(?P<name>细颗粒物|可吸入颗粒物|二氧化硫|二氧化氮|一氧化碳|臭氧)"
    r"(?:[(（](?:PM2\.5|PM10|SO2|NO2|CO|O3)[)）])?"
)
_NOTED_ABBREVIATION = re.compile(r"[(（](?:GDP|CPI|PPI|ＧＤＰ|ＣＰＩ|ＰＰＩ)[)）]")
#: Price indices by their abbreviations, which stand for the index's name (as GDP does).
_PRICE_INDEX = re.compile(r"CPI|PPI|ＣＰＩ|ＰＰＩ")
_PRICE_INDICES: Final = {
    "C": "居民消费价格",
    "Ｃ": "居民消费价格",
    "P": "工业生产者出厂价格",
    "Ｐ": "工业生产者出厂价格",
}


def normalise_subject(subject: str) -> str:
    """The form subjects are compared in: simplified, no punctuation, 规模以上 → 规上.

    Examples
    --------
    >>> normalise_subject("全市 规模以上工业“增加值”"), normalise_subject("人均GDP")
    ('规上工业增加值', '人均地区生产总值')
    >>> normalise_subject("社融规模增量"), normalise_subject("社零额"), normalise_subject("固投")
    ('社会融资规模增量', '社会消费品零售总额', '固定资产投资')
    >>> normalise_subject("研究与试验发展(R&D)经费") == normalise_subject("R&D经费")
    True
    >>> normalise_subject("研发经费") == normalise_subject("R&D经费"), normalise_subject("民企")
    (True, '民营企业')
    >>> normalise_subject("限上零售额") == normalise_subject("限额以上单位消费品零售额")
    True
    >>> normalise_subject("工业用电量") == normalise_subject("工业用电")
    True
    >>> normalise_subject("进口原油增速") == normalise_subject("原油进口量增速")
    True
    >>> normalise_subject("工业增加值实际增速"), normalise_subject("实际利用外资")
    ('工业增加值增速', '实际利用外资')
    >>> normalise_subject("进口额"), normalise_subject("出口总额"), normalise_subject("出口交货值")
    ('进口总额', '出口总额', '出口交货值')
    >>> normalise_subject("外贸进出口总值") == normalise_subject("进出口额") == "进出口总额"
    True
    >>> normalise_subject("出口"), normalise_subject("对美国进出口"), normalise_subject("进口原油")
    ('出口', '对美国进出口', '原油进口')
    >>> normalise_subject("工业增加值增幅") == normalise_subject("工业增加值增速")
    True
    >>> normalise_subject("居民消费价格(CPI)"), normalise_subject("CPI"), normalise_subject("PPI")
    ('居民消费价格', '居民消费价格', '工业生产者出厂价格')
    >>> normalise_subject("二氧化硫(SO2)年均浓度") == normalise_subject("二氧化硫年均浓度")
    True
    >>> normalise_subject("房地产投资增速") == normalise_subject("房地产开发投资增幅")
    True
    >>> normalise_subject("可吸入颗粒物(PM10)月均浓度"), normalise_subject("一氧化碳(CO)浓度")
    ('PM10月均浓度', 'CO浓度')
    """
    text = to_simplified(subject)
    if "上" in text or "社" in text or "固投" in text:  # short names (quick test first)
        text = _SHORT_NAMES.sub(lambda m: SHORT_NAMES[m[0]], text)
        for long, short in _COMPARED_FORMS:
            text = text.replace(long, short)
    if "P" in text or "Ｐ" in text:  # an abbreviation after its name, or alone for it
        text = _NOTED_ABBREVIATION.sub("", text)
        text = _PRICE_INDEX.sub(lambda m: _PRICE_INDICES[m[0][0].upper()], text)
    text = re.sub(r"GDP|ＧＤＰ|国内生产总值", "地区生产总值", text)
    if "企" in text:  # 民企 is 民营企业 (not in 美国企业)
        text = _PRESS_SHORT.sub(_press_short, text)
    if text[:2] == "经济":  # 经济总量, 经济增速: GDP's (convention 20)
        text = _ECONOMY.sub("地区生产总值", text)
    if "量" in text:  # 工业用电 and 工业用电量 are one amount (:func:`amount_noun`)
        text = _USED_AMOUNT.sub(r"\1", text)
    if "实际" in text:  # a real growth rate is the rate a release gives (实际增速 = 增速)
        text = _REAL_RATE.sub("", text)
    if "口" in text:  # 进口原油 and 原油进口量 are one quantity
        text = _CROSSED_QUANTITY.sub(
            lambda m: (m["obj"] or m["obj2"]) + (m["verb"] or m["verb2"]), text
        )
    if "口" in text and ("值" in text or "额" in text):  # 进出口总值 = 进出口额 = 进出口总额
        text = _TRADE_TOTAL.sub(r"\1总额", text)
    if "研究与试验发展" in text or "研发" in text:  # R&D stands for it (研发经费 too)
        text = _RD.sub("R&D", text)
    if "房地产投资" in text:  # the releases' short form of 房地产开发投资 (round 18b)
        text = text.replace("房地产投资", "房地产开发投资")
    if "氧" in text or "颗粒" in text:  # a pollutant by name, with or without its formula
        text = _POLLUTANT_NAMED.sub(lambda m: _POLLUTANTS[m["name"]], text)
    if "增幅" in text:  # 增幅 and 增速 both name a growth rate (增幅比上年提高: the rate's change)
        text = text.replace("增幅", "增速")
    return _NORMALISE_DROP.sub("", text)


def match_indicator(
    subject: str | None, aliases: Mapping[str, str], *, cutoff: float = 0.8
) -> IndicatorMatch | None:
    """Match a subject to an indicator code: exact alias, then normalised, then fuzzy.

    Parameters
    ----------
    subject
        The fact's subject.
    aliases
        Alias → indicator code; the catalogue's names and any alias administrators add.
    cutoff
        Lowest :class:`difflib.SequenceMatcher` ratio accepted for a fuzzy match.

    Examples
    --------
    >>> table = {"地区生产总值": "GDP", "社会消费品零售总额": "RETAIL"}
    >>> match_indicator("地区生产总值", table)
    IndicatorMatch(code='GDP', score=1.0, method='exact')
    >>> match_indicator("社会消费品零售额", table).method
    'fuzzy'
    >>> match_indicator("出生率", table) is None
    True
    """
    if not subject:
        return None
    if subject in aliases:
        return IndicatorMatch(aliases[subject], 1.0, "exact")
    wanted = normalise_subject(subject)
    normalised = {normalise_subject(alias): code for alias, code in aliases.items()}
    if wanted in normalised:
        return IndicatorMatch(normalised[wanted], 1.0, "normalised")
    best: IndicatorMatch | None = None
    for alias, code in normalised.items():
        if _narrows(wanted, alias):
            continue
        score = difflib.SequenceMatcher(None, wanted, alias).ratio()
        if score >= cutoff and (best is None or score > best.score):
            if _adds_qualifier(wanted, alias):
                continue  # 装备制造业增加值 is not 高端装备制造业增加值 (0.89)
            best = IndicatorMatch(code, round(score, 3), "fuzzy")
    return best


def _adds_qualifier(subject: str, name: str) -> bool:
    """Whether the indicator ``name`` is ``subject`` with a qualifying word of two or more
    characters added before it or inside it (``高端装备制造业增加值`` for 装备制造业增加值,
    ``规上工业战略性新兴产业增加值`` for 规上工业增加值): a fuzzy match must not narrow
    what the text names, as :func:`_narrows` keeps a part from its whole. A character
    added (社会消费品零售额 → 社会消费品零售总额) or a word of the whole (全年, 累计) is no
    qualifier.

    >>> _adds_qualifier("装备制造业增加值", "高端装备制造业增加值")
    True
    >>> _adds_qualifier("社会消费品零售额", "社会消费品零售总额"), _adds_qualifier("出生率", "人口出生率")
    (False, False)
    """
    extra = len(name) - len(subject)
    if extra < 2:
        return False
    for at in range(len(subject)):  # (not at the end: a word after names another measure)
        if name.startswith(subject[:at]) and name.endswith(subject[at:]):
            added = name[at : at + extra]
            if added != "人口" and not _WHOLE_WORDS.fullmatch(added):  # (人口出生率: 出生率)
                return True
    return False


#: Words before an indicator's name that do not narrow what it counts (全市 and the like
#: are already dropped by :func:`normalise_subject`).
_WHOLE_WORDS: Final = re.compile(r"(?:全年|累计|当年|本年|今年|年度|全社会|全部|全口径|当月|本月)*")


def _narrows(subject: str, name: str) -> bool:
    """Whether ``subject`` (normalised) is a part of the indicator ``name``: the name with
    words before it that narrow it to a sector, a group or a kind (采矿业规上工业增加值,
    城镇居民人均可支配收入). A part is never mapped to its whole: accepting it would store
    the part's figure as the whole's.

    >>> _narrows("采矿业规上工业增加值", "规上工业增加值"), _narrows("城镇居民人均可支配收入", "居民人均可支配收入")
    (True, True)
    >>> _narrows("累计规上工业增加值增速", "规上工业增加值"), _narrows("规上工业增加值", "规上工业增加值")
    (False, False)
    """
    at = subject.find(name)
    return at > 0 and not _WHOLE_WORDS.fullmatch(subject[:at])


#: Where a subject's own part ends: what follows names a whole, a target or a growth pulled
#: (``甲占地区生产总值的比重``, ``乙拉动规上工业增长``), not the subject's indicator.
_PART_END = re.compile(r"占|拉动|上拉|带动|相当于|完成(?=年初|年度|全年|调整|预算|计划|目标)")


def indicator_in(
    subject: str | None, clause: str, aliases: Mapping[str, str]
) -> IndicatorMatch | None:
    """A catalogue name or alias found anywhere in the subject's own part, else in the
    clause the number stands in (the one ending nearest the number, longest first).

    For subjects that are not a catalogue name as a whole (``全县规上工业增加值增速``,
    ``按可比价格计算,地区生产总值…``); :func:`match_indicator` tries the whole first.

    Examples
    --------
    >>> table = {"地区生产总值": "GDP", "规模以上工业增加值": "IVA", "增加值": "VA"}
    >>> indicator_in("全市规上工业增加值增速", "", table)
    IndicatorMatch(code='IVA', score=1.0, method='contained')
    >>> indicator_in("规模以上工业增加值占地区生产总值的比重", "", table).code
    'IVA'
    >>> indicator_in("第三产业增加值", "", table) is None  # a part of 增加值, not it
    True
    >>> indicator_in("甲", "按不变价格计算,地区生产总值同比增长", table)
    IndicatorMatch(code='GDP', score=1.0, method='clause')
    >>> indicator_in("乙拉动地区生产总值增长", "", table) is None
    True
    """
    names = _normalised_aliases(tuple(aliases.items()))
    part = _PART_END.split(normalise_subject(subject or ""), maxsplit=1)[0]
    found = max(
        ((len(n), n) for n in names if n and n in part and not _narrows(part, n)), default=None
    )
    if found:
        return IndicatorMatch(names[found[1]], 1.0, "contained")
    words = _PART_END.split(normalise_subject(clause), maxsplit=1)[0]
    best: tuple[int, int, str] | None = None
    for name in names:
        at = words.rfind(name) if name else -1
        if at >= 0 and (best is None or (at + len(name), len(name)) > best[:2]):
            best = (at + len(name), len(name), name)
    return IndicatorMatch(names[best[2]], 1.0, "clause") if best else None


@lru_cache(maxsize=16)
def _normalised_aliases(items: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Normalised alias → code, longest names kept first when two normalise alike."""
    return {
        normalise_subject(alias): code for alias, code in sorted(items, key=lambda i: -len(i[0]))
    }


#: A figure's subject that names nothing of its own: a verb of doing, after a word of
#: totalling (``合计完成税收``, ``完成投资``), or an amount word alone (``总面积``).
_UNNAMED = re.compile(
    r"(?:合计|共计|总计|累计|共)?(?:完成|实现)[\u4e00-\u9fa5]{0,2}"
    r"|(?P<amount>总?(?:面积|产量|总量|规模|金额))"
)
#: A clause without a figure that names what the clauses after it are about: an item
#: that stands first (``甲占比最高``, ``甲遥遥领先``), the next ones (``其次为乙``,
#: ``再次为丙``), or an indicator said to grow (``甲收入快速增长``).
_SAID_OF = re.compile(
    r"(?:其次|再次)(?:为|是)(?P<next>[\u4e00-\u9fa5]{2,10})"
    r"|(?P<first>[^\d,，;；:：]{2,40}?)(?:占比|比重|份额|规模|总量|支撑|拉动|贡献|增速|增幅|涨幅)?(?:最高|最大|最多|居首|遥遥领先)"
    r"|(?P<grows>[^\d,，;；:：]{2,40}?)(?:快速|较快|稳步|持续|大幅)(?:增长|回升|提升)"
)
#: The heads as a set (a subject that is a head alone names no item).
HEAD_SET: Final = frozenset(HEADS)
#: A figure's words that only link it to what the clause before names (``为``, ``占``).
_COPULA = re.compile(r"(?:为|是|达|达到|占|约为|仅为)?")
#: What a standing item is said of before its name (``以甲、乙为代表的丙``: 丙).
_STANDING_FOR = re.compile(r"^以[^,，;；]{1,24}?为代表的")


def said_of_before(
    clause_before: str, subject: str, part: str, earlier: str, previous: str | None = None
) -> str | None:
    """The subject of a figure whose own words name nothing (``合计完成税收``, ``总面积``),
    from the clause right before it that names what the part of the sentence is about and
    has no figure (class C of round 11: a topic carried over the clauses after it).

    An indicator named there is the subject (``甲税收收入快速增长,合计完成税收908.4亿元``
    → 甲税收收入). An item that stands first or next (``甲占比最高,总面积216千公顷,占乙的
    48.1%``) takes the indicator the document named before for the whole (``乙播种面积``,
    the whole being what the figure's share is of: ``甲播种面积``). A next item with a bare
    copula (``其次为乙,为20.1%``) is named as the figure before it (``previous``) was.
    ``part`` is the rest of the part of the sentence after the figure, ``earlier`` the
    document before the sentence.

    >>> said_of_before("以甲、乙为代表的丙类税收收入快速增长", "完成税收", "", "")
    '丙类税收收入'
    >>> said_of_before("其次为大豆", "总面积", ",占全部作物的21.7%", "全部作物播种面积80千公顷。")
    '大豆播种面积'
    >>> said_of_before("其中甲工业支撑最大", "增加值", "", "")
    '甲工业增加值'
    >>> said_of_before("其次为水果", "为", "", "", "蔬菜占比"), said_of_before(
    ...     "其次为建筑业", "", "", "", "工业增加值")
    ('水果占比', '建筑业增加值')
    >>> said_of_before("乙业遥遥领先", "增加值", "", "")
    '乙业增加值'
    >>> said_of_before("其次为乙", "总面积", ",占全部作物的21.7%", ""), said_of_before(
    ...     "正定县增速最高", "投资", "", "")
    (None, None)
    """
    copula = _COPULA.fullmatch(subject)
    bare = None if copula else _UNNAMED.fullmatch(subject)
    if bare is None and not copula and subject not in HEAD_SET:
        return None
    said = _SAID_OF.fullmatch(clause_before.strip())
    if said is None:
        return None
    topic = clean(_STANDING_FOR.sub("", said["next"] or said["first"] or said["grows"]))
    if not topic or names_place(topic):
        return None  # 甲县增速最高: a place that stands first is a region, not a subject
    if copula:  # 甲占比最高,为45.2%;其次为乙,为20.1%: 乙's, as 甲's was
        if not said["next"] or not previous or head_of(topic):
            return None
        if previous.endswith(("占比", "比重")):
            return topic + "占比"
        head = head_of(previous)
        return topic + head if head else None
    if bare is None:  # 甲遥遥领先,实现增加值…: the indicator alone, of the item
        return None if head_of(topic) else topic + subject
    if head_of(topic):
        return topic if not bare["amount"] else None
    if not bare["amount"]:
        return None
    whole = re.search(r"占([\u4e00-\u9fa5]{2,8}?)的", part)
    if whole is None:
        return None
    amount = bare["amount"].removeprefix("总")
    named = re.findall(re.escape(whole[1]) + rf"([\u4e00-\u9fa5]{{0,4}}{amount})", earlier)
    return topic + named[-1] if named else None


#: A share's subject (convention 12 of docs/textfacts.md): the part it names, then 占 (所占)
#: with the whole it is a share of and the share word (``甲占乙的比重``, ``甲所占比重``,
#: ``甲占比``), or the share word alone (``甲的比重``). The one grammar of shares: the scorer
#: compares shares by their part (:func:`share_part`), the extractor names their wholes.
SHARE_PARTS: Final = re.compile(
    r"(?P<part>.+?)(?:(?P<of>所?占)(?P<whole>.*?)(?P<de>的?)(?P<word>比重|比例|份额|比)|的?比重|占比)"
)


#: A completion rate's wording after what was completed: 完成年度计划, 完成年预算进度, 完成率,
#: 完成进度 (convention 22: a completion rate is a share of its plan, compared by its part);
#: 完成投资 is the investment done.
_DONE_WORDING: Final = re.compile(
    r"(.+?)(?:完成(?:[^完]{0,10}?(?:计划|目标|任务|预算))(?:任务)?的?(?:进度|比例)?|完成率|完成进度)"
)


def share_part(subject: str | None) -> str | None:
    """The part a share's subject names: what it is a share *of* is the ``denominator``.

    Annotators write one share as ``X占比`` or ``X占Y比重`` (convention 12 of
    ``docs/textfacts.md``); both are compared as ``X``. A completion rate is written
    ``X完成年度计划``, ``X完成年预算进度``, ``X投资完成率`` or ``X完成投资占年度计划的比重``
    (convention 22); all are compared as what was completed.

    Examples
    --------
    >>> share_part("高技术制造业占比"), share_part("高技术制造业占规上工业的比重")
    ('高技术制造业', '高技术制造业')
    >>> share_part("民营经济所占比重"), share_part("城镇化率")
    ('民营经济', '城镇化率')
    >>> share_part("税务部门组织收入完成年预算进度"), share_part("重点项目完成年度计划")
    ('税务部门组织收入', '重点项目')
    >>> share_part("民生实事项目投资完成率"), share_part("民生实事项目完成投资占年度计划的比重")
    ('民生实事项目投资', '民生实事项目投资')
    >>> share_part("完成率"), share_part("开工率")
    ('完成率', '开工率')
    """
    if not subject:
        return subject
    match = SHARE_PARTS.fullmatch(subject)
    part = match["part"] if match else subject
    if "完成" in part:  # (quick test first)
        done = _DONE_WORDING.fullmatch(part)
        part = (done[1] if done else part).replace("完成投资", "投资")
    return part


#: What shows that words are no indicator's name (*Round 14: subjects* in docs/textfacts.md),
#: one kind of fault an entry. Measured on the gold subjects of the eighteen spent sets, it
#: rejects 6 of 4,569 (deeds whose gold keeps the verb, a gap named with its base). The same
#: words are what :func:`without_faults` drops, but for ``verbend`` (mended with a head).
_FAULTS: Final = (
    # a verb of reporting an amount that opens the words (not a relative clause:
    # 实现增长的行业; not money handed out: 累计发放低保金, whose name keeps the verb)
    (
        "verb",
        r"^(?:累计|共|合计)?(?:完成|实现|保持|稳定|达到|录得|纳入|实施|发放(?![^,，]*(?:金|款|贷|补贴)$))"
        r"(?![^的]{0,10}的)(?!率)",
    ),
    # ... or stands between a doer and an amount's head (``甲业完成营业额``); not the official
    # term 通过公共网络实现商品销售额, not 完成投资 (a project's amount done keeps its verb)
    (
        "inner",
        r"(?<=[\u4e00-\u9fa5]{2})(?<!网络)(?:完成|实现)"
        r"(?=(?:商品)?(?:销售额|营业额|零售额|收入|产值|增加值)$)",
    ),
    # a zone that did an amount (``开发区完成投资``): a place's, the indicator unnamed
    ("zone", rf"^[\u4e00-\u9fa5]{{0,6}}?{ZONE_WORDS}(?:累计)?(?:完成|实现)(?=投资|收入)"),
    # a scope with an existential verb before the name (``在甲中有乙``)
    ("scope", r"^在[^在中,，]{1,10}中(?:共有|有)?"),
    # our place (``我区地区生产总值``), as 我市 and 我县 are stripped
    ("place", r"^我(?:区|州|盟|旗|镇|乡)"),
    # words of discourse and a change of sign (``特别是甲``, ``分别``, ``由负转正``)
    ("discourse", r"^(?:特别是|尤其是|其中)|分别|由?负转正|由?正转负"),
    # what the figure was compared with (``高于甲``, ``增速比全国高``), the whole comparison
    # first so that it is dropped whole
    (
        "compared",
        r"(?:高于|低于)[^,，]{1,8}$|^(?:高于|低于|快于|慢于|超过|好于|优于)(?!预期)"
        r"|[比较][^,，重例率值价]{0,12}[高低快慢多少]$",
    ),
    ("rate", r"同比(?![^的]{0,6}的)|环比"),
    # a point in time left as the name (``接近2021年末``)
    ("when", r"(?:[12]\d{3}年(?:末|底|初)?|年末|年底|年初)$|^接近"),
    # a verb of a deal or an event without what it counts (``技术合同登记``, ``平均达标``),
    # or a growth verb cut off (``增``)
    ("verbend", r"(?:登记|成交|达标|接待|提前|预期|符合|增|降(?<!起降)|正|了|等|于)$"),
    # an output's head on an amount that has one (``用电量产量``)
    ("stacked", r"(?<=[量额值])产量$"),
    # a verb of change alone, what moved named before it (``…管理率为92.1%,比上年略升``,
    # ``由2015年的48.2%提高到``)
    (
        "moved",
        r"^(?:略|小幅|大幅|明显|稳步|持续|进一步)?"
        r"(?:提高|上升|提升|增加|下降|降低|减少|回升|回落|增长|升|降)(?:到|至|了)?$",
    ),
)
_NOT_A_NAME = "|".join(f"(?P<{kind}>{words})" for kind, words in _FAULTS)
_NOT_A_NAME_SCAN = prefiltered(_NOT_A_NAME)


def indicator_fault(subject: str | None) -> str | None:
    """Why the words are not an indicator noun phrase (the kind of fault), or None.

    An indicator's name ends in what is measured and carries no verb of reporting, no
    comparison and no words of discourse.

    Examples
    --------
    >>> indicator_fault("限额以上批发业商品销售额"), indicator_fault("限额以上批发业完成商品销售额")
    (None, 'inner')
    >>> indicator_fault("高于甲市"), indicator_fault("发放农村低保"), indicator_fault("累计发放低保金")
    ('compared', 'verb', None)
    >>> indicator_fault("实现增长的工业行业"), indicator_fault("增"), indicator_fault("")
    (None, 'fragment', 'empty')
    >>> indicator_fault("略升"), indicator_fault("提高到"), indicator_fault("提高率")
    ('moved', 'moved', None)
    """
    if not subject:
        return "empty"
    if len(subject) == 1:  # 比去年同期增23.6%: a growth verb cut off (not a product: 煤)
        return "fragment" if subject in ("增", "减") else None
    if not (  # (quick tests first: every fault opens or ends so, or has one of these words)
        subject[0] in _FAULT_STARTS
        or subject[-1] in _FAULT_ENDS
        or subject.endswith(_STACKED_ENDS)
        or (len(subject) <= 6 and subject[-1] in _MOVED_ENDS)
        or "完成" in subject
        or "实现" in subject
        or "分别" in subject
        or "转" in subject
        or ("比" in subject and ("同比" in subject or "环比" in subject))
        or ("于" in subject and ("高于" in subject or "低于" in subject))
    ):
        return None
    found = _NOT_A_NAME_SCAN.search(subject)
    return found.lastgroup if found else None


#: The first and last characters of the faults of :data:`_NOT_A_NAME` that are not tested
#: by their words (a verb or a scope that opens the words, a time or a verb that ends them).
_FAULT_STARTS: Final = frozenset("累共合完实保稳达录发纳在我特尤其高低快慢超好优接")
_FAULT_ENDS: Final = frozenset("高低快慢多少年末底初记交标待前期合正了等于增降")
_STACKED_ENDS: Final = ("量产量", "额产量", "值产量")
_MOVED_ENDS: Final = frozenset("到至了高升长加少落")


#: The words of every fault but ``verbend`` (mended with a head, not by dropping).
_DROPPED = re.compile("|".join(words for kind, words in _FAULTS if kind != "verbend"))


def without_faults(subject: str) -> str:
    """The words of a name that remain once its faults are dropped ('' when none remain).

    >>> without_faults("限额以上商品完成销售额"), without_faults("特别是甲业占比")
    ('限额以上商品销售额', '甲业占比')
    >>> without_faults("高于甲市"), without_faults("完成投资增速分别比全国和全省平均水平高")
    ('', '投资增速')
    >>> without_faults("在医院中有公立医院"), without_faults("接近2021年末")
    ('公立医院', '')
    """
    previous = None
    while previous != subject and subject:
        previous = subject
        subject = _DROPPED.sub("", subject).strip(" ,，、")
    return "" if len(subject) < 2 else subject


#: The wholes a rank is taken within (``全国第8、西部第2``): no indicator of their own.
_RANK_SCOPE: Final = (
    r"(?:全国|全省|全市|全区|全州|全球|中西部|[东西中]部|东北|西[北南]|华[东南北中]|长三角|珠三角"
    r"|京津冀|(?:[东西中]部)?[一二三四五六七八九十]{1,3}[省市区]{1,3})(?:地区)?"
)
#: A rank in another whole after a rank (``第六、西部第三``, ``第十一位,居中西部第三位``): the
#: words between the two figures.
_NEXT_SCOPE = re.compile(
    rf"[位名]?\s*[、,，和及]\s*(?:并|也|还|则)?(?:位居|位列|居于|排名|排在|居|排|列)?{_RANK_SCOPE}[中内]?"
)
#: Wholes listed before their ranks (``全国和西部增速排名分别为第十二和第五``).
_SCOPES_LISTED = re.compile(
    rf"(?:{_RANK_SCOPE}[和、与及])+{_RANK_SCOPE}(?P<what>增速|增幅|增长速度)?的?(?:排名|排位|位次)"
    r"(?:分别)?(?:为|是|居|列|位居|位列)?\s*$"
)
#: Words between ranks of one list (``第十二和第五``).
_RANK_GLUE = re.compile(r"[位名]?\s*[、,，和及]\s*")


def scoped_ranks(text: str, facts: list[Fact]) -> None:
    """Ranks of one figure in several wholes, named so, take the figure's name (in place).

    ``增速居全国第六、西部第三``: the second rank is the growth's as the first is (not of a
    subject ``西部``); ``全国和西部增速排名分别为第十二和第五``: the wholes are listed first,
    the ranks are of the growth of the figure before in the sentence, and of its place
    (not of a region 全国).

    >>> from dataclasses import replace
    >>> f = Fact("f", "9.2%", 0, 0, "甲用户", "乙省", "2021-06", "growth_yoy", 9.2, "%", 9.2, "percent")
    >>> t = "甲用户同比增长9.2%,全国和西部增速排名分别为第十二和第三。"
    >>> a = replace(f, text_span="第十二", char_start=24, char_end=27, measure="rank",
    ...     subject="西部增速排名", region="全国")
    >>> b = replace(a, text_span="第三", char_start=28, char_end=30)
    >>> f.char_start, f.char_end = 7, 11
    >>> scoped_ranks(t, [f, a, b]); [(x.subject, x.region) for x in (a, b)]
    [('甲用户增速', '乙省'), ('甲用户增速', '乙省')]
    """
    ranked: Fact | None = None  # the rank before, when the list of wholes goes on
    for at, fact in enumerate(facts):
        if fact.measure != "rank":
            ranked = None
            continue
        before = facts[at - 1] if at else None
        if ranked is not None and before is ranked:
            gap = text[ranked.char_end : fact.char_start]
            if _RANK_GLUE.fullmatch(gap) or _NEXT_SCOPE.fullmatch(gap):
                fact.subject, fact.region, fact.period = (
                    ranked.subject,
                    ranked.region,
                    ranked.period,
                )
                ranked = fact
                continue
        ranked = None
        opening = max(text.rfind(mark, 0, fact.char_start) for mark in ",，;；。\n")
        listed = _SCOPES_LISTED.search(text, opening + 1, fact.char_start)
        if listed:
            sentence = max(text.rfind(mark, 0, fact.char_start) for mark in "。;；\n")
            growth = listed["what"] is not None
            figure = next(
                (
                    f
                    for f in reversed(facts[:at])
                    if f.char_start > sentence
                    and f.subject
                    and f.measure != "rank"
                    and (f.measure == "growth_yoy") == growth
                ),
                None,
            )
            if figure is not None and figure.subject:
                name = figure.subject.removesuffix("增速")
                fact.subject = name + "增速" if growth else name
                fact.region, fact.period = figure.region, figure.period
                ranked = fact
            continue
        if (
            before is not None
            and before.measure == "rank"
            and before.subject
            and _NEXT_SCOPE.fullmatch(text, before.char_end, fact.char_start)
        ):
            fact.subject, fact.region = before.subject, before.region
            ranked = fact


#: A stage's schools, then their pupils or staff (``义务教育阶段学校45所,招生…``): the
#: persons are the stage's, as the statistics name them (小学招生, not 小学学校招生).
_STAGE_SCHOOLS = re.compile(
    r"^(?P<stage>(?:义务教育|高中|学前教育)阶段|初中|小学|普通高中|高中|普通中学|初级中学)学校"
    r"(?=招生|在校生|在校学生|专任教师|教职工|毕业生)"
)


def school_named(subject: str) -> str:
    """Schools and their persons named as the education statistics name them: a stage's
    persons without 学校 (``义务教育阶段学校招生`` → 义务教育阶段招生), a bare ``校数``
    (a row of a stage's figures: ``——小学。校数15所``) as ``学校``. A kind of school whose name
    holds 学校 (中等职业学校招生, 特殊教育学校专任教师) is left.

    >>> school_named("义务教育阶段学校在校生"), school_named("初中学校专任教师")
    ('义务教育阶段在校生', '初中专任教师')
    >>> school_named("校数"), school_named("中等职业学校招生"), school_named("初中学校")
    ('学校', '中等职业学校招生', '初中学校')
    """
    if subject in ("校数", "学校数"):
        return "学校"
    found = _STAGE_SCHOOLS.match(subject)
    return found["stage"] + subject[found.end() :] if found else subject


def share_after_verdict(text: str, facts: list[Fact]) -> None:
    """A bare 占比 after a clause that judges the share (``…,占全省用电总量的比重上升最快,
    占比12.4%,同比提高0.7个百分点``) is the share of the amount the sentence named before
    (convention 12: ``X占比``), not a name made of the verdict's words (in place).

    >>> f = Fact("f", "80亿", 0, 3, "乙业用电量", "甲省", "2021", "level", 80.0, "亿", 8e9, "kwh")
    >>> t = "乙业用电量80亿,占全省的比重提升最大,占比9.5%。"
    >>> from dataclasses import replace
    >>> g = replace(f, text_span="9.5%", char_start=26, char_end=30, measure="share",
    ...     subject="占全省的比重提升占比")
    >>> f.char_start, f.char_end = 5, 8
    >>> share_after_verdict(t, [f, g]); g.subject
    '乙业用电量占比'
    """
    for at, fact in enumerate(facts):
        named = fact.subject or ""
        if fact.measure not in ("share", "pp_change") or not (
            named.startswith("占") and named.endswith("占比")
        ):
            continue
        sentence = max(text.rfind(mark, 0, fact.char_start) for mark in "。;；\n")
        amount = next(
            (
                f
                for f in reversed(facts[:at])
                if f.char_start > sentence and f.measure == "level" and f.subject
            ),
            None,
        )
        if amount is not None and amount.subject and not amount.subject.startswith("占"):
            fact.subject = amount.subject + "占比"


#: Things a count counts, then what was done to them (``对11个水库进行了评价``).
_DONE_TO = re.compile(
    r"^(?P<what>[\u4e00-\u9fa5A-Za-z0-9()（）]{2,16}?)进行了?"
    r"(?P<verb>[\u4e00-\u9fa5]{2,4}?)(?:工作)?$"
)


def acted_on(subject: str) -> str:
    """Things counted that something was done to, named verb first as the statistics name such
    counts (``对11个水库水功能区进行了评价`` → 评价水库水功能区, ``对73处路段进行整治`` →
    整治路段); a subject of another shape is returned as it is.

    >>> acted_on("水库水功能区进行了评价"), acted_on("危险路段进行整治"), acted_on("水库")
    ('评价水库水功能区', '整治危险路段', '水库')
    """
    found = _DONE_TO.match(subject) if "进行" in subject else None
    return found["verb"] + found["what"] if found else subject


# Round 21, third pass: a doer's deed word is no part of what it did. A doer named before the
# amount it reports, with the verb or adverb of reporting between them (``甲行业共公告…项目``,
# ``乙企业完成固定资产投资额``, ``丙部队共接警``), is named without that word, as the
# statistics name the amount (甲行业公告…项目, 乙企业固定资产投资额): the words of reporting
# dropped at a subject's start (``indicator_fault``'s ``verb``) are dropped here between the doer
# and the amount. The doer ends in a noun of organisations or trades; a done investment
# (``项目完成投资``: the name of the amount, convention 22) and the words of a plan
# (``完成年度计划``, ``完成任务``: a completion share's) keep their 完成.

#: A doer (an organisation, a trade, a unit), the deed word, what it did.
_DEED_BETWEEN = re.compile(
    r"^(?P<doer>[\u4e00-\u9fa5A-Za-z0-9()（）、]{1,20}?"
    r"(?:企业|行业|产业|业|部门|单位|机构|公司|集团|银行|海关|部队|队|厂|站))"
    r"(?:(?:累计|共计|共|合计)?完成|共计|共)"
    r"(?P<what>[\u4e00-\u9fa5A-Za-z0-9()（）]{2,20})$"
)
#: What a deed word keeps before it: a plan's words, a done investment, a possession (共有).
_DEED_KEPT = re.compile(
    r"^(?:年|全年|计划|任务|目标|预算|调整|总任务|进度|率|有|享|同|建|投资$)|率$"
)


def deed_word_dropped(subject: str) -> str:
    """A subject without the word of reporting between its doer and what it did.

    >>> deed_word_dropped("甲行业共公告产能置换项目"), deed_word_dropped("乙企业完成货运量")
    ('甲行业公告产能置换项目', '乙企业货运量')
    >>> deed_word_dropped("丙部队共接警"), deed_word_dropped("丁产业累计完成营业收入")
    ('丙部队接警', '丁产业营业收入')
    >>> deed_word_dropped("省重点项目完成投资"), deed_word_dropped("甲企业完成年度计划")
    ('省重点项目完成投资', '甲企业完成年度计划')
    >>> deed_word_dropped("建设完成城市道路"), deed_word_dropped("一般公共预算收入")
    ('建设完成城市道路', '一般公共预算收入')
    """
    if "完成" not in subject and "共" not in subject:  # (quick test first)
        return subject
    found = _DEED_BETWEEN.match(subject)
    if found is None or _DEED_KEPT.search(found["what"]):
        return subject
    return found["doer"] + found["what"]


# Round 21, third pass: examples listed before the group they stand for. ``甲、乙、丙等七大类
# 产品`` names the seven classes; the examples before 等 are what the group holds, not its name
# (``审结著作权、商标权等知识产权纠纷案件`` counts the 知识产权纠纷案件). The group is kept with
# what stands before the list when that is a doer or ends with 的 (``国有企业销售费用、管理费用
# 等三大费用`` → 国有企业三大费用). Not when the words after 等 only restate a measure or a bare
# class (``卷心菜、芹菜等价格``, ``…等活动``, ``…等领域贷款``: nothing then names the group).

#: The doers a list's scope may end with (what stands before its first item is kept).
_LIST_SCOPE_ENDS: Final = ("企业", "行业", "部门", "单位", "机构", "系统", "的")
#: Words after 等 that name no group: a bare class, or a measure of the items listed.
_NO_GROUP_OPENS: Final = (
    "领域",
    "环节",
    "方面",
    "地",  # (…等地: places)
    "类",
    "项",
    "方式",
    "价格",
    "指数",
)


def examples_dropped(subject: str) -> str:
    """A subject named by the group after a list of its examples (``甲、乙等N大类X`` → N大类X).

    >>> examples_dropped("棉纱、布匹、鞋帽等五大类轻工产品"), examples_dropped("审结盗窃、诈骗等侵财犯罪案件")
    ('五大类轻工产品', '侵财犯罪案件')
    >>> examples_dropped("甲企业差旅费用、会议费用等两项费用")
    '甲企业两项费用'
    >>> examples_dropped("白菜、萝卜等价格"), examples_dropped("开展送戏、送书等活动")
    ('白菜、萝卜等价格', '开展送戏、送书等活动')
    >>> examples_dropped("甲、乙等领域贷款余额"), examples_dropped("甲所、乙所和高等院校研发经费")
    ('甲、乙等领域贷款余额', '甲所、乙所和高等院校研发经费')
    >>> examples_dropped("甲省北部、乙省南部等地偏高")
    '甲省北部、乙省南部等地偏高'
    """
    if "、" not in subject or "等" not in subject:  # (quick test first)
        return subject
    first = subject.find("、")
    etc = subject.find("等", first)
    group = subject[etc + 1 :] if etc > 0 else ""
    if (
        len(group) < 4
        or "、" in group
        or subject[etc - 1] in "高中初同平相对均"
        or group[0] in "级于同待候"
        or group.startswith(_NO_GROUP_OPENS)
        or head_of(group) == group
    ):
        return subject
    ends = [at + len(end) for end in _LIST_SCOPE_ENDS if (at := subject.rfind(end, 0, first)) >= 0]
    scope = max(ends, default=0)
    if scope >= first:  # (the scope is the first item itself: 甲企业、乙企业等)
        scope = 0
    return subject[:scope] + group


#: The lead of a ranked list (``甲指标最高的三个行业是``, ``甲指标位居前三的行业分别为``,
#: ``甲指标前三位为``): the indicator, the rank, the kind of the items, 是/为, then the items.
_RANKED_LEAD = re.compile(
    r"(?P<ind>[^,，;；:：。]+?)(?:增幅|增速|涨幅|降幅)?"
    r"(?:最高|最低|最多|最少|最大|最快|(?:位居|位列|排名|排在|居)?[前后][一二三四五六七八九十\d]{1,2}(?:位|名)?)"
    r"的?(?:[一二三四五六七八九十\d]{1,2}[个家所类])?(?P<kind>[\u4e00-\u9fa5]{0,4}?)"
    r"(?:分别|依次)?(?:是|为)(?P<item>[^,，;；:：。、]*)"
)
#: What an industry's figure measures when the words before it name no 增加值 (the default):
#: an indicator its sentence names before it (``甲业实现利润…,乙业增长…``).
_SECTOR_MEASURES: Final = ("年平均工资", "平均工资", *CARRY_HEADS)


def _ranked_lead(words: str) -> re.Match[str] | None:
    if not any(w in words for w in ("最", "前", "后")) or ("是" not in words and "为" not in words):
        return None  # (literal tests before the pattern)
    return _RANKED_LEAD.search(words)


def lead_measure(lead: str) -> str | None:
    """The indicator the words before an industry's figure name, for an industry named
    without one: a ranked list's (``甲人员人均工资最高的三个行业是乙业N元、丙业`` →
    甲人员人均工资) or the last indicator word the sentence names (``甲业实现利润N亿元,…``
    → 利润). None when the sentence names 增加值 (the default) or no indicator.

    >>> lead_measure("人均工资最高的三个行业是甲业9万元、"), lead_measure("重点行业的利润情况是:")
    ('人均工资', '利润')
    >>> lead_measure("甲业增加值增长5%,乙业"), lead_measure("分行业看,")
    (None, None)
    """
    if "增加值" in lead:
        return None
    ranked = _ranked_lead(lead)
    if ranked and len(ranked["ind"]) >= 3 and not ranked["ind"].startswith(("排名", "位居")):
        return clean(ranked["ind"]) or None
    ends = [
        (at + len(word), len(word), word)
        for word in _SECTOR_MEASURES
        if (at := lead.rfind(word)) >= 0
    ]
    return max(ends)[2] if ends else None  # (the last named; of two ending there, the longer)
