"""原因说明: written only through ``observations.actions.explain``, read with follow-up answers."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from citystat.accounts.models import User
from citystat.followups import actions as fa
from citystat.followups.causes import read_causes
from citystat.followups.models import Followup
from citystat.indicators.models import Indicator
from citystat.observations.actions import ExplanationError, explain, withdraw_explanation
from citystat.observations.models import Explanation
from citystat.regions.models import Region

pytestmark = pytest.mark.django_db


def _args(**over):  # type: ignore[no-untyped-def]
    args = {
        "indicator": Indicator.objects.get(code="fai"),
        "region": Region.objects.get(code="140921"),
        "year": 2023,
        "month": 10,
        "text": "  两个新开工项目  集中入库。 ",
        "stage": "intake",
        "user": User.objects.get(username="reporter_140921"),
    }
    args.update(over)
    return args


def test_a_county_reporter_explains_its_own_figure_attributed_to_its_unit() -> None:
    e = explain(**_args())
    assert (e.text, e.unit, e.stage, e.created_by.username) == (
        "两个新开工项目 集中入库。",
        "定襄县统计局",
        "intake",
        "reporter_140921",
    )
    assert e.attribution == "（定襄县统计局说明）"
    assert e.is_synthetic is False
    # Entering again at the same stage replaces the text: one cause per figure and stage.
    explain(**_args(text="项目入库延后。"))
    assert list(
        Explanation.objects.filter(
            indicator__code="fai", region__code="140921", year=2023, month=10
        ).values_list("text", flat=True)
    ) == ["项目入库延后。"]


def test_the_data_version_moves_so_cached_pages_show_the_cause() -> None:
    from citystat.observations.derivation import data_version

    before = data_version()
    explain(**_args())
    assert data_version() != before


@pytest.mark.parametrize(
    ("over", "message"),
    [
        (
            {"text": "   "},
            "定襄县“固定资产投资”2023年1-10月:原因说明为空:请写明增减的主要原因(一两句话)。",
        ),
        (
            {"text": "增" * 301},
            "定襄县“固定资产投资”2023年1-10月:原因说明有301个字,超过300个字的上限:"
            "请只写主要原因,详细材料另附。",
        ),
        (
            {"year": 2025},
            "定襄县“固定资产投资”2025年1-10月尚无数据,不能填写原因说明:请先填报该数据。",
        ),
        (
            {"stage": "followup"},
            "定襄县“固定资产投资”2023年1-10月:环节“followup”不能直接填写原因说明"
            "(填报 intake 或审核 review;督办答复请在督办页面答复)。",
        ),
    ],
)
def test_bad_causes_are_refused_with_where_and_how_and_nothing_is_written(over, message) -> None:  # type: ignore[no-untyped-def]
    before = Explanation.objects.count()
    with pytest.raises(ExplanationError) as exc:
        explain(**_args(**over))
    assert str(exc.value) == message
    assert Explanation.objects.count() == before


def test_exactly_300_characters_are_accepted() -> None:
    assert len(explain(**_args(text="增" * 300)).text) == 300


@pytest.mark.parametrize(
    ("username", "region", "stage"),
    [
        ("reporter_140921", "140922", "intake"),  # another county
        ("reporter_140921", "140921", "review"),  # a reporter does not review
        ("reviewer", "140921", "intake"),  # a reviewer does not enter figures
        ("leader", "140921", "intake"),
        ("unit_140921", "140921", "intake"),  # the county government answers follow-ups
    ],
)
def test_only_who_may_enter_or_review_the_figure_explains_it(username, region, stage) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        explain(
            **_args(
                user=User.objects.get(username=username),
                region=Region.objects.get(code=region),
                stage=stage,
            )
        )
    assert not Explanation.objects.filter(year=2023, month=10).exists()


def test_a_reviewer_explains_at_review_and_a_reporter_withdraws_its_own() -> None:
    reviewer = User.objects.get(username="reviewer")
    e = explain(**_args(user=reviewer, stage="review", region=Region.objects.get(code="140922")))
    assert (e.unit, e.stage) == ("市统计局综合科", "review")
    explain(**_args())
    reporter = User.objects.get(username="reporter_140921")
    kwargs = {
        "indicator": Indicator.objects.get(code="fai"),
        "region": Region.objects.get(code="140921"),
        "year": 2023,
        "month": 10,
        "stage": "intake",
    }
    assert withdraw_explanation(user=reporter, **kwargs) == 1
    assert withdraw_explanation(user=reporter, **kwargs) == 0
    with pytest.raises(PermissionDenied):
        withdraw_explanation(
            user=reporter, **{**kwargs, "region": Region.objects.get(code="140922")}
        )


def test_a_follow_up_answer_is_read_as_a_cause_without_being_stored_again() -> None:
    f = Followup.objects.get(
        indicator__code="fiscal_revenue", region__code="140926", year=2023, month=11
    )
    assert f.responses.count() == 0
    user = User.objects.create(
        username="unit_140926", role="responsible", unit_name="静乐县人民政府"
    )
    stored = Explanation.objects.count()
    fa.answer(f, user=user, text="重点税源企业检修停产,税收减少。")
    fa.answer(f, user=user, text="两户重点税源企业检修停产,月底恢复。")
    assert Explanation.objects.count() == stored
    causes, answers = read_causes(
        region_ids=[f.region_id], year=2023, month=11, indicator_id=f.indicator_id
    )
    assert [(c.text, c.unit, c.stage, c.attribution) for c in causes] == [
        (
            "两户重点税源企业检修停产,月底恢复。",
            "静乐县人民政府",
            "followup",
            "（静乐县人民政府说明）",
        )
    ]
    assert answers == {f.pk: ("两户重点税源企业检修停产,月底恢复。", "静乐县人民政府")}


def test_the_demo_causes_are_marked_synthetic() -> None:
    demo = Explanation.objects.all()
    assert demo.count() == 10
    assert all(e.is_synthetic and e.text.startswith("（示例）") for e in demo)


def test_the_admin_lists_causes_but_does_not_write_them(client) -> None:  # type: ignore[no-untyped-def]
    client.force_login(User.objects.get(username="admin"))
    page = client.get("/admin/observations/explanation/")
    assert page.status_code == 200
    assert "锻造产品订单减少" in page.content.decode()
    assert client.get("/admin/observations/explanation/add/").status_code == 403
