"""The 年度目标 page: grid, Excel template and import (web and CLI), revisions, reminders."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import openpyxl
import pytest
from click.testing import CliRunner
from django.test import Client

from citystat.cli import cli
from citystat.importers import parse
from citystat.observations.models import DerivedFigure
from citystat.observations.periods import planning_year
from citystat.targets import sheet
from citystat.targets.grid import grid, missing_count, year_without_targets
from citystat.targets.models import Target

pytestmark = pytest.mark.django_db


def _client(username: str) -> Client:
    from citystat.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def _filled(year: int, cells: dict[tuple[str, str], object], *, title: str | None = None) -> bytes:
    """The downloaded template of ``year`` with ``{(indicator, region): value}`` typed in."""
    ws_book = openpyxl.load_workbook(io.BytesIO(sheet.template(year)))
    ws = ws_book[sheet.SHEET]
    if title is not None:
        ws["A1"] = title
    head = [c.value for c in ws[2]]
    for row in ws.iter_rows(min_row=3):
        for (code, region), value in cells.items():
            if row[0].value == code:
                col = next(n for n, h in enumerate(head) if h and f"({region})" in str(h))
                row[col].value = value
    out = io.BytesIO()
    ws_book.save(out)
    return out.getvalue()


def _book(data: bytes) -> parse.Workbook:
    return parse.parse_bytes(data, "targets.xlsx")


def test_the_grid_is_every_target_indicator_by_the_city_and_its_units():
    g = grid(2023)
    assert len(g.rows) == 14 and len(g.regions) == 18
    assert g.regions[0].code == "140900" and g.cells_total == 252
    assert g.cells_set == Target.objects.filter(year=2023, is_current=True).count() == 223
    gdp = next(r for r in g.rows if r.indicator.code == "gdp")
    city = gdp.cells[0]
    assert (
        gdp.is_growth
        and city.value
        == Target.objects.get(
            indicator__code="gdp", region__code="140900", year=2023, is_current=True
        ).target_growth
    )
    # last year's actual beside it: the 2022 full-year growth of the city
    assert (
        city.last_year
        == DerivedFigure.objects.get(
            indicator__code="gdp", region__code="140900", year=2022, month=12
        ).growth
    )
    new_year = grid(2024)
    assert new_year.cells_set == 0 and missing_count(2024) == 252


def test_the_new_year_is_the_one_after_the_last_december_and_has_no_targets():
    assert planning_year() == 2024
    assert year_without_targets() == 2024


def test_template_round_trip_creates_version_one_and_a_revision_needs_a_reason():
    from citystat.accounts.models import User

    planner = User.objects.get(username="planner")
    data = _filled(
        2024,
        {("gdp", "140900"): 5.5, ("investment_attracted", "140921"): "120.5", ("gdp", "140921"): 6},
    )
    out = sheet.load(_book(data), user=planner)
    assert out.errors == [] and out.written and len(out.changes) == 3
    t = Target.objects.get(indicator__code="gdp", region__code="140900", year=2024)
    assert (t.version, t.target_growth, t.target_value, t.set_by) == (
        1,
        Decimal("5.5"),
        None,
        planner,
    )
    fai = Target.objects.get(
        indicator__code="investment_attracted", region__code="140921", year=2024
    )
    assert fai.target_value == Decimal("120.5") and fai.target_growth is None
    assert year_without_targets() is None and missing_count(2024) == 249

    # the same file again: nothing to do
    assert sheet.load(_book(data), user=planner).changes == []
    # a revision without a reason is refused and nothing is written
    changed = _filled(2024, {("gdp", "140900"): 6})
    refused = sheet.load(_book(changed), user=planner)
    assert not refused.written and [p.code for p in refused.errors] == ["reason"]
    assert (
        Target.objects.filter(indicator__code="gdp", region__code="140900", year=2024).count() == 1
    )
    done = sheet.load(_book(changed), user=planner, reason="省下达任务调整")
    assert done.written and len(done.revisions) == 1
    versions = list(
        Target.objects.filter(indicator__code="gdp", region__code="140900", year=2024)
        .order_by("version")
        .values_list("version", "is_current", "target_growth", "reason")
    )
    assert versions == [
        (1, False, Decimal("5.5000"), "导入2024年度目标"),
        (2, True, Decimal("6.0000"), "省下达任务调整"),
    ]


def test_bad_cells_are_refused_with_their_place_and_nothing_is_written():
    data = _filled(
        2024,
        {
            ("gdp", "140900"): "六点五",
            ("investment_attracted", "140921"): -3,
            ("gdp", "140922"): 5000,
        },
    )
    out = sheet.load(_book(data), user=None)
    assert not out.written and Target.objects.filter(year=2024).count() == 0
    lines = sorted(p.line() for p in out.errors)
    assert len(lines) == 3
    assert any(
        "“六点五”不是数字(忻州市 · 地区生产总值)" in x and "工作表“年度目标”" in x for x in lines
    )
    assert any("总量目标不能为负数(定襄县 · 招商引资到位资金" in x for x in lines)
    assert any("增速目标 5000% 超出" in x for x in lines)
    assert all(re.search(r"第\d+行 [A-Z]+列", x) for x in lines)


def test_a_file_without_the_year_title_or_from_a_reporter_is_refused():
    from citystat.accounts.models import User

    no_year = sheet.load(_book(_filled(2024, {}, title="年度目标")), user=None)
    assert no_year.year is None and "无法确定年份" in no_year.errors[0].message
    reporter = User.objects.get(username="reporter_140921")
    out = sheet.load(_book(_filled(2024, {("gdp", "140900"): 6})), user=reporter)
    assert not out.written and out.errors[0].code == "permission"


def test_citystat_import_recognises_the_targets_workbook(tmp_path):
    path = tmp_path / "whatever-name.xlsx"
    path.write_bytes(_filled(2024, {("gdp", "140900"): 5.5, ("gdp", "140921"): 6.2}))
    dry = CliRunner().invoke(cli, ["import", str(path), "--dry-run", "--user", "planner"])
    assert dry.exit_code == 0, dry.output
    assert "新增 2024年目标 140900 忻州市 gdp 地区生产总值: — → 5.5" in dry.output
    assert Target.objects.filter(year=2024).count() == 0
    result = CliRunner().invoke(cli, ["import", str(path), "--user", "planner"])
    assert result.exit_code == 0, result.output
    assert "已导入2024年度目标:2 项(其中修订 0 项)。" in result.output
    assert Target.objects.filter(year=2024, is_current=True).count() == 2
    denied = CliRunner().invoke(cli, ["import", str(path), "--user", "reporter_140921"])
    assert denied.exit_code == 1 and "没有设定年度目标的权限" in denied.output


def test_the_page_saves_the_grid_and_shows_each_cells_versions():
    planner = _client("planner")
    page = planner.get("/targets/?year=2024")
    assert page.status_code == 200
    body = page.content.decode()
    assert "2024年度目标" in body and "已设 0 / 252 项" in body
    assert 'name="t-gdp-140900"' in body
    saved = planner.post(
        "/targets/", {"year": "2024", "t-gdp-140900": "5.5", "t-fai-140921": "1,2,3"}
    )
    assert saved.status_code == 200  # refused: shown again with the message
    assert "“1,2,3”不是数字" in saved.content.decode() and not Target.objects.filter(year=2024)
    saved = planner.post("/targets/", {"year": "2024", "t-gdp-140900": "5.5"})
    assert saved.status_code == 302
    revised = planner.post("/targets/", {"year": "2024", "t-gdp-140900": "6", "reason": "年中调整"})
    assert revised.status_code == 302
    history = planner.get("/targets/history/gdp/140900/2024/").content.decode()
    assert "年中调整" in history and "v2" in history and "v1" in history
    assert "v2" in planner.get("/targets/?year=2024").content.decode()


def test_upload_through_the_page_and_who_may_see_it():
    planner = _client("planner")
    data = _filled(2024, {("retail", "140900"): 7})
    upload = io.BytesIO(data)
    upload.name = "目标.xlsx"
    r = planner.post("/targets/upload/", {"file": upload, "year": "2024"})
    assert r.status_code == 302
    assert Target.objects.get(year=2024, indicator__code="retail").target_growth == Decimal("7")
    leader = _client("leader")
    page = leader.get("/targets/?year=2024").content.decode()
    assert 'name="t-gdp-140900"' not in page and "未设目标" in page  # read-only
    assert leader.post("/targets/", {"year": "2024", "t-gdp-140900": "5"}).status_code == 403
    reporter = _client("reporter_140921")
    page = reporter.get("/targets/?year=2024")
    assert page.status_code == 200 and 'name="t-gdp-140900"' not in page.content.decode()
    assert 'href="/targets/"' not in reporter.get("/").content.decode()
    assert 'href="/targets/"' in leader.get("/").content.decode()


def test_home_reminds_while_the_year_has_no_targets_and_counts_them_as_planner_todo(
    django_capture_on_commit_callbacks,
):
    from citystat.dashboard.periods import forget_caches

    forget_caches()  # page bodies other tests built inside their rolled-back transactions
    planner = _client("planner")
    home = planner.get("/").content.decode()
    assert "2024年尚未设定年度目标" in home and 'href="/targets/?year=2024"' in home
    assert "2024年尚未设定年度目标" in _client("reporter_140921").get("/").content.decode()
    assert (
        "2024年度目标未设" in home
        and re.search(r"data-todo-total>1<", home)
        and "data-count>252<" in home
    )
    from citystat.indicators.models import Indicator
    from citystat.regions.models import Region
    from citystat.targets.actions import set_target

    with django_capture_on_commit_callbacks(execute=True):
        set_target(
            indicator=Indicator.objects.get(code="gdp"),
            region=Region.objects.get(code="140900"),
            year=2024,
            target_growth=Decimal(5),
        )
    home = planner.get("/").content.decode()
    assert "2024年尚未设定年度目标" not in home and "data-count>251<" in home


def test_a_figure_without_a_target_says_so_and_is_never_green():
    from citystat.dashboard.periods import forget_caches
    from citystat.indicators.models import Indicator
    from citystat.observations.actions import recompute_for_target

    gdp = Indicator.objects.get(code="gdp")
    Target.objects.filter(indicator=gdp, year=2023).delete()
    recompute_for_target(indicator_id=gdp.pk, year=2023)
    forget_caches()
    fig = DerivedFigure.objects.get(indicator=gdp, region__code="140900", year=2023, month=12)
    assert fig.light == "" and fig.target_growth is None
    body = _client("leader").get("/?period=2023-12").content.decode()
    card = re.search(r'<a class="card[^"]*"[^>]*data-indicator="gdp">.*?</a>', body, re.S)
    assert card and "未设目标" in card.group(0) and "lamp-green" not in card.group(0)
