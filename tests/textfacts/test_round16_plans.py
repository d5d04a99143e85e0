"""Programmes of the year's livelihood projects (民生实事, session 7, round 16).

A programme's planned quantities are targets (convention 13), though they say neither 计划
nor 目标; a report of its progress states achievements. Invented texts of the shapes of
dev17's texts 01-03 (other places, other numbers).
"""

from __future__ import annotations

from citystat.textfacts import extract
from citystat.textfacts.measures import planned, programme_spans

from .rows import fact_rows


def _rows(text: str, region: str = "吉安市") -> list[tuple[object, ...]]:
    return fact_rows(
        text,
        "measure",
        "subject",
        "value_base",
        "base_unit",
        "region",
        "qualifier",
        region=region,
        year=2030,
    )


_PROGRAMME = (
    "2030年吉安市委市政府为民兴办12件实事\n"
    "2030年,市委、市政府为民兴办12件实事:\n"
    "一是实施学前教育扩容项目,新建和改扩建幼儿园16所,新增学位3800个。\n"
    "二是实施农村人居环境项目,完成农村改厕3.5万户、改圈1200个,"
    "新建乡村公厕210座、污水处理设施40个。\n"
    "三是实施农村公路项目,新建农村公路180公里,重点养护420公里。\n"
    "四是实施妇幼关爱工程,完成8万名农村妇女健康检查和300名困难妇女、600名留守儿童救助。\n"
    "五是实施背街小巷整治工程,完成治理35条。\n"
    "六是实施棚户区改造项目,开工建设6000户。"
)


def test_a_programme_titled_so_states_targets_and_names_what_is_planned() -> None:
    assert _rows(_PROGRAMME) == [
        # the programme's own size keeps its count
        ("12件", "count", "实事", 12.0, "count", "吉安市", None),
        ("12件", "count", "实事", 12.0, "count", "吉安市", None),
        ("16所", "target", "新建和改扩建幼儿园", 16.0, "count", "吉安市", None),
        ("3800个", "target", "幼儿园新增学位", 3800.0, "count", "吉安市", None),
        # a modifier shared by a list (农村), a verb shared by a list (新建)
        ("3.5万户", "target", "农村改厕", 35000.0, "count", "吉安市", None),
        ("1200个", "target", "农村改圈", 1200.0, "count", "吉安市", None),
        ("210座", "target", "新建乡村公厕", 210.0, "count", "吉安市", None),
        ("40个", "target", "新建污水处理设施", 40.0, "count", "吉安市", None),
        ("180公里", "target", "新建农村公路", 180.0, "km", "吉安市", None),
        ("420公里", "target", "农村公路重点养护", 420.0, "km", "吉安市", None),
        # persons named after their number, what is done for them from the list's end
        ("8万名", "target", "农村妇女健康检查", 80000.0, "person", "吉安市", None),
        ("300名", "target", "困难妇女救助", 300.0, "person", "吉安市", None),
        ("600名", "target", "留守儿童救助", 600.0, "person", "吉安市", None),
        # a bare verb: the works named before it
        ("35条", "target", "背街小巷整治治理", 35.0, "count", "吉安市", None),
        ("6000户", "target", "棚户区改造开工建设", 6000.0, "count", "吉安市", None),
    ]


def test_a_report_of_progress_states_achievements() -> None:
    text = (
        "2030年吉安市民生实事进展情况\n截至6月底,新建幼儿园9所,完成年度计划的56.3%;新增学位2100个。"
    )
    assert [(span, measure) for span, measure, *_ in _rows(text)] == [
        ("9所", "count"),
        ("56.3%", "share"),
        ("2100个", "count"),
    ]
    # nor does a statistical bulletin's section of the programme's results
    bulletin = "吉安市2030年统计公报\n十一、民生实事\n全年新建幼儿园16所,新增学位3800个。"
    assert [measure for _, measure, *_ in _rows(bulletin)] == ["count", "count"]


def test_a_programme_announced_in_a_report_holds_for_its_list_only() -> None:
    text = (
        "2029年,全市十件民生实事全部完成,新建幼儿园14所。\n"
        "2030年,我们将继续办好十件民生实事:\n"
        "一是新建幼儿园16所,新增学位3800个。\n"
        "二是新建城市公园8个,建成不少于20个社区食堂。\n"
        "三、加强政府自身建设\n"
        "全年培训干部3000人次。"
    )
    assert [
        (span, measure, subject, qualifier) for span, measure, subject, *_, qualifier in _rows(text)
    ] == [
        ("14所", "count", "新建幼儿园", None),  # last year's, done
        ("16所", "target", "新建幼儿园", None),
        ("3800个", "target", "幼儿园新增学位", None),
        ("8个", "target", "新建城市公园", None),
        ("20个", "target", "建成社区食堂", "以上"),  # 不少于: a floor
        ("3000人次", "level", "培训干部", None),  # after the list
    ]


def test_the_subjects_of_things_planned() -> None:
    text = (
        "赣州市2030年度十件惠民实事确定\n"
        "在全市遴选40个乡镇卫生院开展中医馆建设,培训80名乡村医生。"
        "在中心城区新建8万平方米口袋公园。在120个村开展农村生活污水治理工作。"
        "拆除甲路、乙路等4个收费站,新建2个收费站。"
        "改造提升南康区、于都县等山区县15处农村供水设施。"
    )
    assert _rows(text, region="赣州市") == [
        ("40个", "target", "开展中医馆建设乡镇卫生院", 40.0, "count", "赣州市", None),
        ("80名", "target", "培训乡村医生", 80.0, "person", "赣州市", None),
        ("8万平方米", "target", "新建口袋公园", 80000.0, "m2", "赣州市", None),
        ("120个", "target", "开展农村生活污水治理村", 120.0, "count", "赣州市", None),
        ("4个", "target", "拆除收费站", 4.0, "count", "赣州市", None),
        ("2个", "target", "新建收费站", 2.0, "count", "赣州市", None),
        # counties listed before 等: the figure is the city's
        ("15处", "target", "改造提升农村供水设施", 15.0, "count", "赣州市", None),
    ]


def test_where_a_programme_is_and_which_of_its_figures_are_planned() -> None:
    assert programme_spans("我为群众办实事实践活动\n解决问题1200个。") == []
    text = "完成情况通报:\n2030年民生实事完成情况\n新建公园6个。"
    assert programme_spans(text) == []
    assert planned("新建", "一是新建", "所。", "count", 2030)
    assert not planned("已新建", "截至目前,已新建", "所。", "count", 2030)
    assert not planned("新建", "2029年新建", "所。", "count", 2030)
    assert planned("新建", "2030年底前新建", "所。", "count", 2030)
    assert not planned("兴办", "为民兴办", "件民生实事", "count", 2030)
    assert not planned("比上年增长", "", "%", "growth_yoy", 2030)
    assert not planned("项目计划总投资", "", "亿元", "level", 2030)


def test_persons_named_after_their_number_outside_a_plan() -> None:
    text = "全年完成8万名农村妇女健康检查和300名困难妇女、600名留守儿童救助,带动6000名群众就业。"
    assert [
        (f.text_span, f.measure, f.subject) for f in extract(text, region="吉安市", year=2030)
    ] == [
        ("8万名", "level", "农村妇女健康检查"),
        ("300名", "level", "困难妇女救助"),
        ("600名", "level", "留守儿童救助"),
        ("6000名", "level", "带动"),  # a verb that says what: kept as it was
    ]


def test_a_street_named_after_a_place_is_no_region() -> None:
    text = "拆除天水路、兰州路等5个收费站。"
    assert [f.region for f in extract(text, region="西安市", year=2030)] == ["西安市"]


def test_a_numbered_part_of_a_work_report_ends_at_the_next_part() -> None:
    text = (
        "(二)2029年工作回顾\n"
        "全年新建幼儿园14所。\n"
        "(三)2030年民生实事\n"
        "新建幼儿园16所,在2029年的基础上新增学位3800个。\n"
        "(四)政府自身建设\n"
        "全年培训干部3000人次。"
    )
    assert [(span, measure) for span, measure, *_ in _rows(text)] == [
        ("14所", "count"),
        ("16所", "target"),
        ("3800个", "target"),  # 在2029年的基础上: a base, not the past
        ("3000人次", "level"),
    ]


def test_an_implementation_plan_and_a_meeting_that_announces_one() -> None:
    text = (
        "关于印发2030年赣州市民生实事项目实施方案的通知\n"
        "一、总体目标\n"
        "2030年,市政府确定实施民生实事项目10大类25项,计划总投资36.5亿元。\n"
        "二、项目内容\n"
        "(一)教育类\n"
        "1.新建公办幼儿园12所,新增学位3600个。责任单位:市教育局。\n"
        "2.为全市2.3万名适龄女生免费接种疫苗。\n"
    )
    assert [
        (f.text_span, f.measure, f.subject) for f in extract(text, region="赣州市", year=2030)
    ] == [
        # the programme's size keeps its count, a 计划总投资 its level (convention 13)
        ("10大类", "count", "市政府确定实施民生实事项目"),
        ("25项", "count", "市政府确定实施民生实事项目"),
        ("36.5亿元", "level", "市政府确定实施民生实事项目计划总投资"),
        ("12所", "target", "新建公办幼儿园"),
        ("3600个", "target", "幼儿园新增学位"),
        ("2.3万名", "target", "适龄女生免费接种疫苗"),
    ]
    meeting = (
        "会议指出,2029年全市民生实事圆满完成,新建幼儿园14所。"
        "会议要求,2030年要继续办好民生实事,新建幼儿园15所。"
    )
    assert [(span, measure) for span, measure, *_ in _rows(meeting)] == [
        ("14所", "count"),
        ("15所", "target"),
    ]


# --- Second pass, dev18: reports of results, programmes named otherwise ----------------------


def test_a_completion_report_titled_without_progress_words_states_results() -> None:
    # the title says 工作情况, the opening 均已完成: its figures are what was done
    text = (
        "吉安市改善民生8个方面60件实事办理工作情况\n"
        "2030年,我市为民办理的60件实事均已完成。\n"
        "一是完成创建充分就业社区21个;二是完成各类职业培训5.2万人次。"
    )
    assert [(r[0], r[1]) for r in _rows(text)] == [
        ("8个", "count"),
        ("60件", "count"),
        ("60件", "count"),
        ("21个", "count"),
        ("5.2万人次", "level"),
    ]


def test_a_text_dated_at_the_years_end_reports_results() -> None:
    text = "吉安市为民办理8件实事\n28.12.2030  10:15\n全市新建公园6个,新增停车泊位900个。"
    assert programme_spans(text) == []
    assert [r[1] for r in _rows(text)] == ["count", "count", "count"]


def test_a_list_of_huimin_projects_is_a_plan() -> None:
    # 惠民工程 launched (启动): its size keeps its count, its quantities are targets
    text = (
        "日前,县委、县政府全面启动2030年惠民工程。据了解,今年惠民工程共涉及18项。"
        "一是改善农村生活环境,新建32个美丽村庄。二是建设高标准农田1.5万亩。"
        "三是优化调整公交线路5条。"
    )
    rows = _rows(text)
    assert rows[0][:2] == ("18项", "count")
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
        ("32个", "target", "新建美丽村庄"),
        ("1.5万亩", "target", "建设高标准农田"),
        ("5条", "target", "优化调整公交线路"),
    ]


def test_a_progress_report_of_minxin_projects_is_no_plan() -> None:
    text = "在已过去的第二季度里,吉安市今年18项民心工程又有7项具体工作已完成。新建轮椅坡道12处。"
    assert programme_spans(text) == []
    assert "target" not in [r[1] for r in _rows(text)]


def _periods(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "measure", "period", region="吉安市", year=2030)


def test_a_progress_reports_quarter_holds_for_the_work_done_in_it() -> None:
    # the quarter opens the report; 今年 names the programme; 截至目前 is the year up to
    # the month the text is dated, for its sentence only
    text = (
        "稿源:吉安日报 2030-10-21 07:30\n"
        "在已过去的第三季度里,我市今年18项民心工程又有7项具体工作已完成。"
        "截至目前,40项具体工作已有19项完成全年任务目标。\n"
        "秋季学期,新建学校均已开学。\n"
        "新建轮椅坡道12处,增设缘石坡道30处,安装无障碍扶手260米。"
    )
    assert _periods(text) == [
        ("18项", "count", "2030-07/2030-09"),
        ("7项", "count", "2030-07/2030-09"),
        ("40项", "count", "2030-01/2030-10"),
        ("19项", "count", "2030-01/2030-10"),
        ("12处", "count", "2030-07/2030-09"),
        ("30处", "count", "2030-07/2030-09"),
        ("260米", "level", "2030-07/2030-09"),
    ]


def test_a_completion_reports_months_inside_a_clause_are_that_clauses() -> None:
    # 市财政1至11月用于…: the months of that spending only; dated in December, 截至目前 is
    # the year
    text = (
        "吉安市改善民生8个方面60件实事办理工作情况\n\n29.12.2030  19:45\n\n"
        "2030年,我市为民办理的60件实事,市财政1至11月用于民生领域的支出达96.4亿元。"
        "截至目前,除跨年度实施的2件实事,其余58件实事均已完成。\n"
        "一是完成创建充分就业社区21个;二是完成各类职业培训5.2万人次。"
    )
    assert [row for row in _periods(text) if row[0] not in ("8个", "60件")] == [
        ("96.4亿元", "level", "2030-01/2030-11"),
        ("2件", "count", "2030"),
        ("58件", "count", "2030"),
        ("21个", "count", "2030"),
        ("5.2万人次", "level", "2030"),
    ]


def test_at_least_so_many_things_counted_is_no_size_class() -> None:
    # 80个以上村庄: at least 80 villages (qualifier 以上); 5000万元以上项目 stays a size class
    rows = _rows("完成80个以上村庄污水处理设施建设,推动600个以上老旧小区引入物业服务。")
    assert [(r[0], r[1], r[2], r[6]) for r in rows] == [
        ("80个", "count", "村庄污水处理设施建设", "以上"),
        ("600个", "count", "老旧小区引入物业服务", "以上"),
    ]
    assert [r[0] for r in _rows("全市5000万元以上项目120个。")] == ["120个"]


def test_persons_named_after_a_bare_wan_are_wan_ren() -> None:
    rows = [
        (f.text_span, f.unit, f.value_base, f.base_unit)
        for f in extract("惠及6.3万老年人。甲区就业人员41.2万,增长3%。", region="吉安市", year=2030)
    ]
    assert rows[:2] == [("6.3万", "万人", 63000.0, "person"), ("41.2万", "万", 412000.0, "person")]


def test_things_and_persons_counted_are_named_by_what_they_do() -> None:
    text = (
        "2030年吉安市重要民生实事项目公布\n"
        "为3000名残疾人开展职业技能培训,为800名残疾儿童提供康复训练;"
        "新增9家医院提供多学科联合门诊;在1500个以上小区(村)设置可回收物智能回收机。"
    )
    assert [(r[0], r[1], r[2], r[6]) for r in _rows(text)] == [
        ("3000名", "target", "开展职业技能培训残疾人", None),
        ("800名", "target", "提供康复训练残疾儿童", None),
        ("9家", "target", "提供多学科联合门诊医院", None),
        ("1500个", "target", "设置可回收物智能回收机小区(村)", "以上"),
    ]


def test_a_work_report_that_opens_with_results_keeps_its_programme_heading() -> None:
    text = (
        "吉安市政府工作报告\n过去一年,全面完成年度目标任务,地区生产总值增长5%。\n"
        "(五)2031年办好十件民生实事\n新建幼儿园12所。"
    )
    assert [(r[0], r[1]) for r in _rows(text)] == [
        ("5%", "growth_yoy"),
        ("12所", "target"),
    ]


def test_already_and_including_end_no_subject() -> None:
    text = (
        "在已过去的第二季度里,吉安市今年18项民心工程又有7项具体工作已完成。"
        "截至目前,40项具体工作已有19项完成全年任务目标。新增完成的7项具体工作包括:新建公园3个。"
    )
    subjects = {(f.text_span, f.char_start): f.subject for f in extract(text, year=2030)}
    assert subjects[("19项", text.index("19项"))] == "具体工作"
    assert subjects[("7项", text.rindex("7项"))] == "具体工作"


def test_a_length_in_a_list_names_its_own_thing() -> None:
    rows = _rows("安装32套过街提示音响、40处无障碍标识、260米无障碍扶手。")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        ("32套", "count", "过街提示音响", 32.0, "count"),
        ("40处", "count", "无障碍标识", 40.0, "count"),
        ("260米", "level", "无障碍扶手", 260.0, "m"),
    ]


def test_things_finished_in_a_report_are_named_by_it() -> None:
    text = (
        "在已过去的第二季度里,吉安市今年18项民心工程又有7项具体工作已完成。\n"
        "甲路、乙路等5条城市道路建设完成;启用3个公园。"
    )
    rows = [(f.text_span, f.measure, f.subject, f.period) for f in extract(text, year=2030)]
    assert rows[2] == ("5条", "count", "建设完成城市道路", "2030-04/2030-06")


# --- third pass (heldout17): a vote's list under numbered headings with bullets; a release
# with the programme's 将 in the paragraph after it and its items as headings with bullets


def test_a_vote_that_decided_the_projects_is_a_plan_with_bulleted_items() -> None:
    text = (
        "昨天上午,乙市人大会议对2030年度乙市政府民生实事项目进行了投票表决,"
        "确定以下六个项目为2030年度乙市政府民生实事项目——\n"
        "1.托育项目\n"
        "●全市新增社区托育机构40家、托育服务点60个。\n"
        "2.养老项目\n"
        "●全市新增家庭养老床位900张;\n"
        "●在全市30所中小学开展暑托班服务,惠及4万户以上家庭。"
    )
    assert programme_spans(text) == [(0, len(text))]
    rows = [(f.text_span, f.measure, f.subject) for f in extract(text, region="吉安市", year=2030)]
    assert rows == [
        ("六个", "count", "项目"),
        ("40家", "target", "新增社区托育机构"),
        ("60个", "target", "托育服务点"),
        ("900张", "target", "新增家庭养老床位"),
        ("30所", "target", "开展暑托班服务中小学"),
        ("4万户", "target", "家庭"),
    ]


def test_a_release_with_its_pledge_after_it_and_heading_items() -> None:
    text = (
        "记者从丙区人代会上获悉,丙区2030年十大民生实事项目发布。\n"
        "2030年,丙区将着力办好民生实事,坚决完成代表票决民生实事项目。\n"
        "丙区农村饮水提升工程\n"
        "●有效解决全区3000户农村人口的饮水安全问题。\n"
        "完成丁小学建设项目\n"
        "●丁小学用地面积40亩,新建总建筑面积共21000平方米。\n"
        "整治危桥5座\n"
        "●完成老旧小区改造110个。"
    )
    rows = [(f.text_span, f.measure) for f in extract(text, region="吉安市", year=2030)]
    assert rows == [
        ("3000户", "target"),
        ("40亩", "level"),
        ("21000平方米", "level"),
        ("5座", "target"),
        ("110个", "target"),
    ]


def test_a_project_area_is_its_size_an_area_renewed_is_planned() -> None:
    assert not planned("新建总建筑面积共", "丁小学新建总建筑面积共", "平方米", "level", 2030)
    assert not planned("面积", "面积", "亩,", "level", 2030)
    assert planned("改造面积", "改造面积", "万平方米", "level", 2030)


def test_an_item_heading_naming_its_works_and_a_programme_size_in_words() -> None:
    text = (
        "经区人大代表投票,确定以下十个项目为2030年度丙区民生实事项目:\n"
        "实施“亮灯”工程900组\n"
        "●计划在各镇实施“亮灯”900组。"
    )
    rows = [(f.text_span, f.measure, f.value_base) for f in extract(text, year=2030)]
    assert rows == [("十个", "count", 10.0), ("900组", "target", 900.0), ("900组", "target", 900.0)]


def test_a_small_number_in_words_is_still_rhetorical_elsewhere() -> None:
    assert [f.text_span for f in extract("坚持五个一体化,推进三项改革。", year=2030)] == []


def test_a_progress_report_titled_with_its_half_year() -> None:
    text = (
        "丙区上半年民生实事完成投资3.5亿元\n"
        "近日获悉,今年上半年,丙区15件民生实事累计完成投资3.5亿元,余下13件均有序推进。\n"
        "上半年,供电设施改造项目已完成总任务的90%。\n"
        "据了解,丁小学扩建工程总投资0.8亿元。建成后,该校能开设36个教学班,容纳1600名小学生入学。"
    )
    rows = {f.text_span: (f.measure, f.period) for f in extract(text, region="吉安市", year=2030)}
    assert rows["15件"] == ("count", "2030")  # the programme's size: the year's
    assert rows["90%"] == ("share", "2030-01/2030-06")
    assert rows["36个"] == ("count", "2030")  # what the school will hold, not the half year's
    assert rows["1600名"][1] == "2030"


def test_subjects_of_bulleted_items_with_a_place_and_a_bound() -> None:
    text = (
        "甲市2030年民生实事项目公布\n"
        "1.停车项目\n"
        "●全市在车站、商场等场所周边建成18个公共停车场,新增公共停车位6000个;\n"
        "2.学校项目\n"
        "●改造12所学校的公共厕所,惠及3万名以上学生。"
    )
    rows = [(f.text_span, f.measure, f.subject, f.qualifier) for f in extract(text, year=2030)]
    assert rows == [
        ("18个", "target", "建成公共停车场", None),
        ("6000个", "target", "新增公共停车位", None),
        ("12所", "target", "学校", None),
        ("3万名", "target", "学生", "以上"),
    ]


def test_a_pledge_after_the_release_keeps_the_items_in_the_programme() -> None:
    text = (
        "戊区2030年十大民生实事项目发布。\n"
        "2030年,戊区将着力补齐短板,主动回应群众期盼。\n"
        "整治危桥4座\n"
        "●完成老旧小区改造90个。"
    )
    assert programme_spans(text) == [(0, len(text))]
    assert [(f.text_span, f.measure) for f in extract(text, year=2030)] == [
        ("4座", "target"),
        ("90个", "target"),
    ]


# --- fourth pass, heldout19 -------------------------------------------------------------


def test_a_list_made_by_a_vote_with_numbered_item_headings_and_paragraphs() -> None:
    text = (
        "(丙县新闻中心)在丙县人民代表大会第三次会议上,经代表票决的2030年度十件民生实事项目"
        "正式出炉!\n"
        "一、农村道路提升工程\n"
        "在12个乡镇硬化道路8万平方米,惠及12个乡镇。\n"
        "二、供热管网工程\n"
        "铺设供热主管网,全长约2.5公里。\n"
        "其他消息。去年全县新建公园6个。"
    )
    spans = programme_spans(text)
    assert len(spans) == 1 and text[: spans[0][1]].endswith("全长约2.5公里。")
    rows = [(f.text_span, f.measure) for f in extract(text, year=2030)]
    assert rows == [
        ("12个", "target"),
        ("8万平方米", "target"),
        ("12个", "target"),
        ("2.5公里", "target"),
        ("6个", "count"),
    ]


def test_an_item_paragraph_telling_work_done_ends_the_programme() -> None:
    text = "丁县2030年民生实事项目正式出炉。\n一、公园工程\n去年已新建公园6个。"
    assert [text[a:b] for a, b in programme_spans(text)] == [
        "丁县2030年民生实事项目正式出炉。\n一、公园工程"
    ]


def test_a_progress_reports_task_then_what_of_it_is_done() -> None:
    text = (
        "丙县8月份民生工程进展情况\n"
        "2030年全县20项民生实事中,截至8月底已完成12项。"
        "剩余8项中,12个农村公厕建设已完成6个(50%),40场送电影下乡已送30场(75%),"
        "5个老旧小区改造正在施工中(60%)。"
    )
    rows = [(f.text_span, f.measure, f.period) for f in extract(text, year=2030)]
    assert rows[rows.index(("12个", "target", "2030")) :] == [
        ("12个", "target", "2030"),  # the year's task
        ("6个", "count", "2030-01/2030-08"),  # what of it is done
        ("50%", "share", "2030-01/2030-08"),
        ("40场", "target", "2030"),
        ("30场", "count", "2030-01/2030-08"),
        ("75%", "share", "2030-01/2030-08"),
        ("5个", "target", "2030"),
        ("60%", "share", "2030-01/2030-08"),
    ]


def test_items_set_without_a_target_are_counted() -> None:
    text = "丙县9月份民生工程进展情况\n2030年全县24项民生实事中不设年度目标任务,常态化开展的有4项。"
    rows = [(f.text_span, f.measure) for f in extract(text, year=2030)]
    assert rows == [("24项", "count"), ("4项", "count")]


def test_a_deadline_is_no_period_of_what_follows() -> None:
    text = (
        "丙县8月份民生工程进展情况\n"
        "截至8月底,这4项预计11月底前全部完成;900件法律援助已完成700件(78%)。"
    )
    rows = {f.text_span: f.period for f in extract(text, year=2030)}
    assert rows["700件"] == "2030-01/2030-08"
    assert rows["78%"] == "2030-01/2030-08"


def test_a_draft_lists_size_is_a_count() -> None:
    text = "为办好2030年民生实事,市政府初步形成了拟列入2030年为民办实事项目清单共26件,涉及教育、养老等方面。"
    rows = [(f.text_span, f.measure, f.period) for f in extract(text, year=2030)]
    assert rows == [("26件", "count", "2030")]


def test_an_item_numbered_inside_a_sentence_keeps_no_ordinal() -> None:
    text = (
        "甲县2024年十件民生实事确定\n"
        "县人大会议票决确定2024年度十件民生实事项目。一、新建、改扩建幼儿园3所,新增学位540个。"
        "二、改造老旧小区12个。三、新建农村公路45公里。"
    )
    facts = extract(text, region="定襄县", year=2024)
    assert [(f.text_span, f.measure, f.subject) for f in facts] == [
        ("3所", "target", "新建、改扩建幼儿园"),
        ("540个", "target", "幼儿园新增学位"),
        ("12个", "target", "改造老旧小区"),
        ("45公里", "target", "新建农村公路"),
    ]
