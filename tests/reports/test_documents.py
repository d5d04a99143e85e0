"""All three documents for every quarter of the demo: built, checked sentence by sentence, rendered."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from citystat.reporting import build_document, check_document
from citystat.reporting.render import render
from citystat.reports.queries import report_data

QUARTERS = [(y, q) for y in (2022, 2023) for q in (1, 2, 3, 4)]
TODAY = dt.date(2024, 1, 5)


def _cases() -> list[tuple[str, int, int]]:
    cases = [("quarterly", y, q * 3) for y, q in QUARTERS]
    cases += [("briefing", y, q * 3) for y, q in QUARTERS]
    cases += [("review", y, 12) for y in (2022, 2023)]
    return cases


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "year", "month"), _cases())
def test_document_passes_the_sentence_checker_and_renders_in_all_formats(
    kind: str, year: int, month: int, tmp_path: Path
) -> None:
    data = report_data("140900", year, month, today=TODAY)
    doc = build_document(kind, data)
    checked = check_document(doc, data)
    assert checked > 0 or kind == "briefing"
    for fmt in ("docx", "pdf", "html"):
        path = render(doc, fmt, tmp_path / f"r.{fmt}")
        blob = path.read_bytes()
        if fmt == "pdf":
            assert blob.startswith(b"%PDF")
        elif fmt == "docx":
            with zipfile.ZipFile(path) as z:
                assert doc.title in z.read("word/document.xml").decode("utf-8")
        else:
            assert doc.title in blob.decode("utf-8")


@pytest.mark.django_db
def test_review_2023_states_the_seed_figures_from_the_data() -> None:
    data = report_data("140900", 2023, 12, today=TODAY)
    doc = build_document("review", data)
    check_document(doc, data)
    text = doc.plain_text()
    for phrase in (
        "新一代信息技术产业增加值增长37.4%",
        "节能环保产业增加值增长16.0%",
        "高端装备制造业增加值增长29.9%",
        "废弃资源综合利用业增加值2.37亿元，同比增长13.2%",
        "新能源装备制造业增加值增长1.2倍（120.0%）",
        "0.3个百分点",
        "覆盖小学36所，惠及学生7498名",
        "累计提供零工岗位0.96万个，累计服务零工0.52万人次",
        "年度总产值16.7亿元，年度网络零售额3.8亿元，年度新增市场主体352户",
        "全年营造林面积46.55万亩",
        "全年黄河流域固废清运量3.7万吨",
        "11月末国考断面优良水质断面数14个",
        "全年，粮食总产量203.15万吨",
        "年末省级绿色矿山数11个",
    ):
        assert phrase in text, phrase


@pytest.mark.django_db
def test_review_traces_the_pull_to_the_derived_figure_and_its_observations() -> None:
    from citystat.observations.models import Observation

    data = report_data("140900", 2023, 12, today=TODAY)
    doc = build_document("review", data)
    pull = next(
        f for f in doc.figs() if f.claim in ("pull_growth", "pull_abs") and f.indicator == "ind_nee"
    )
    (source,) = pull.sources
    assert (source.indicator, source.region, source.year, source.month, source.field) == (
        "ind_nee",
        "140900",
        2023,
        11,
        "pull",
    )
    obs = Observation.objects.filter(pk__in=source.observation_ids).order_by("-year")
    assert [(o.indicator.code, o.year, o.month) for o in obs] == [
        ("ind_nee", 2023, 11),
        ("ind_nee", 2022, 11),
    ]


@pytest.mark.django_db
def test_quarterly_2023_q3_words_follow_the_data() -> None:
    data = report_data("140900", 2023, 9, today=TODAY)
    text = build_document("quarterly", data).plain_text()
    assert text.splitlines()[0] == "忻州市2023年前三季度经济形势分析"
    assert (
        "1-9月，规模以上工业增加值同比增长6.5%，较上半年增速加快1.3个百分点；年度目标为增长6.5%，与目标持平。"
        in text
    )
    assert "一般公共预算收入126.56亿元，同比下降9.8%，较上半年降幅收窄0.7个百分点" in text
    assert "保德县（增长10.0%，居全市第1位，较上月前移1位）" in text
    assert "并列全市第12位" in text  # 五寨县 and 河曲县 share 社零 growth 1.9%
    assert (
        "招商引资到位资金328.23亿元，同比增长8.3%，增速与上半年持平；完成年度目标的71.4%，落后序时进度3.6个百分点。"
        in text
    )


@pytest.mark.django_db
def test_report_data_takes_a_handful_of_queries(django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    # 13, plus the province's cities and their published figures, and which targets are
    # 示例数据 (issue 11); plus the year-end review's records and sections (9) and the next
    # year's targets (1); the region's 牵头单位 overrides, the causes, the follow-up answers
    # and the follow-ups (4), and the projects' past progress (1) (issue 12).
    with django_assert_max_num_queries(31):
        report_data("140900", 2023, 9)


def test_generated_text_copies_no_twenty_character_run_of_the_seed(db, shared_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed = "".join(
        (shared_dir / "seed").glob("*.txt").__next__().read_text(encoding="utf-8").split()
    )
    runs = {seed[i : i + 20] for i in range(len(seed) - 19)}
    for kind, month in (("review", 12), ("quarterly", 9), ("briefing", 11)):
        data = report_data("140900", 2023, month, today=TODAY)
        text = "".join(build_document(kind, data).plain_text().split())
        copied = [text[i : i + 20] for i in range(len(text) - 19) if text[i : i + 20] in runs]
        assert copied == [], copied[:3]


@pytest.mark.django_db
def test_every_region_gets_documents_that_pass_the_checker() -> None:
    from citystat.regions.models import Region

    for code in Region.objects.filter(level__in=["city", "county"]).values_list("code", flat=True):
        for kind, month in (("quarterly", 9), ("review", 12), ("briefing", 11)):
            data = report_data(code, 2023, month, today=TODAY)
            check_document(build_document(kind, data), data)
