"""A second, invented city (澄川市 of 江屿省; neither exists) from files alone (issue 14 item 4).

The database is emptied (inside the test's transaction, rolled back afterwards) down to
what the migrations seed; the city's regions, catalogue and targets come in through
`citystat load`, its figures through `citystat import`, approved on the one approval path.
Then every kind of dashboard page and all three reports are produced for it: they name
澄川市 and nothing of the demo city. Every figure is synthetic (the files' 说明 column says
「总量为示例数据;增速为示例数据」, which is how an imported figure is marked 示例数据).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from django.apps import apps
from django.db import connection
from django.test import Client

from citystat.cli import cli
from citystat.demo import regions as demo_regions

FILES = Path(__file__).parent / "files"
FIGURES = sorted((FILES / "figures").glob("*.csv"))
# Rows the migrations seed: an empty database still has them.
SEEDED = {
    "followups.rule",
    "intake.validationrule",
    "observations.dataversion",
    "indicators.lightrule",
}
KEPT_APPS = {"contenttypes", "auth", "sessions", "admin"}
DEMO_WORDS = [
    "忻州",
    "Xinzhou",
    "山西",
    *(
        w
        for r in (demo_regions.CITY, *demo_regions.COUNTIES, *demo_regions.NON_COUNTY)
        for w in (r.name, r.code)
        if w != "市直"  # a kind of unit every city has (the demo's 140999 is named by it)
    ),
]

pytestmark = pytest.mark.django_db


def _empty_database() -> None:
    """Delete every row the demo wrote (foreign keys are checked at commit: never reached)."""
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            meta = model._meta
            if meta.app_label in KEPT_APPS or meta.label_lower in SEEDED:
                continue
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(meta.db_table)}")


@pytest.fixture
def empty_db(db: None) -> Iterator[None]:
    from citystat.dashboard.cache import forget

    forget()
    _empty_database()
    yield
    forget()


def _cli(*args: str | Path) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def _as_xlsx(csv_path: Path, out: Path, sheet: str) -> Path:
    import csv

    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    with csv_path.open(encoding="utf-8") as f:
        for row in csv.reader(f):
            ws.append(row)
    book.save(out)
    return out


def _load_city(tmp_path: Path) -> None:
    assert "已载入区划:7 行(regions.csv)。" in _cli("load", "regions", FILES / "regions.csv")
    catalogue = _as_xlsx(FILES / "catalogue.csv", tmp_path / "catalogue.xlsx", "指标")
    assert "已载入指标体系:12 行(catalogue.xlsx)。" in _cli("load", "catalogue", catalogue)
    assert "已载入年度目标:36 项目标(targets.csv)。" in _cli(
        "load", "targets", FILES / "targets.csv"
    )
    for path in FIGURES:
        assert "已导入:期别 2024-" in _cli("import", path, "--submit")
    from citystat.observations.actions import approve_observations
    from citystat.observations.models import Observation

    assert approve_observations(Observation.objects.all(), user=None) == 24 * 12


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    return html.unescape(re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", page)))


def _no_demo_city(name: str, text: str) -> None:
    found = [w for w in DEMO_WORDS if w in text]
    assert found == [], f"{name} mentions the demo city: {found}"


def test_the_files_build_a_second_city_whose_pages_and_reports_name_only_it(
    empty_db: None, tmp_path: Path
) -> None:
    from citystat.accounts.actions import create_user
    from citystat.indicators.models import Indicator, Placement
    from citystat.regions.models import Region
    from citystat.targets.models import Target

    _load_city(tmp_path)
    assert list(Region.objects.values_list("code", flat=True).order_by("code")) == [
        "990000",
        "990500",
        "990502",
        "990521",
        "990522",
        "990571",
        "990581",
    ]
    grp = Indicator.objects.get(code="grp")
    assert sorted(grp.components.values_list("code", flat=True)) == ["grp_p1", "grp_p2", "grp_p3"]
    assert list(Indicator.objects.get(code="revenue").subsets.values_list("code", flat=True)) == [
        "revenue_tax"
    ]
    assert Placement.codes(Placement.Place.QUARTERLY_COUNTIES) == (
        "va",
        "invest",
        "sales",
        "revenue",
    )
    assert Target.objects.count() == 36

    create_user(username="mayor", password="chengchuan-2024", role="leader")
    client = Client()
    assert client.login(username="mayor", password="chengchuan-2024")
    pages = {
        "home": "/?period=2024-12",
        "indicator": "/indicator/va/?period=2024-12",
        "county": "/region/990521/?period=2024-12",
        "screen": "/screen/?period=2024-12",
    }
    texts = {}
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        texts[name] = _text(response.content.decode())
    for name, text in texts.items():
        _no_demo_city(name, text)
        assert "澄川" in text, name
        assert "示例数据" in text, name
    assert "青柘县" in texts["county"]
    assert "规模以上工业增加值" in texts["indicator"]

    reports = {}
    for kind, period in (("quarterly", "2024-Q4"), ("review", "2024"), ("briefing", "2024-12")):
        out = tmp_path / f"{kind}.html"
        _cli("report", kind, "--period", period, "--format", "html", "--output", out)
        reports[kind] = _text(out.read_text(encoding="utf-8"))
    for kind, text in reports.items():
        _no_demo_city(kind, text)
        assert "澄川市" in text, kind
        assert "示例数据" in text, kind
    quarterly = reports["quarterly"]
    assert quarterly.startswith(
        "澄川市2024年全年经济形势分析含示例数据（合成），非官方统计数据，仅供演示澄川市统计局"
    )
    assert quarterly.endswith("数据说明：本材料中的数字均为示例数据（合成），不代表官方统计。")
    assert "全市地区生产总值1056.2亿元,按可比价格计算,同比增长5.6%" in quarterly.replace("，", ",")
    assert "其中,税收收入增长6.3%,占一般公共预算收入的比重为72.0%" in quarterly.replace("，", ",")
    # The county sections come from the catalogue file's 展示位置 column (Placement rows).
    assert (
        "1-12月，规模以上工业增加值，2个县（市、区）增速高于全市；"
        "固定资产投资，2个县（市、区）增速高于全市；" in quarterly
    )
    assert (
        "县(市、区)地区生产总值（全年）规模以上工业增加值（全年）固定资产投资（全年）"
        "社会消费品零售总额（全年）一般公共预算收入（全年）"
        "澄川市（平均）5.6%7.3%4.3%5.8%3.3%"
        "云渡区6.5%（第1位）8.2%（第1位）5.2%（第1位）6.7%（第1位）4.2%（第1位）"
    ) in reports["briefing"]
