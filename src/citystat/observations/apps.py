from django.apps import AppConfig


class ObservationsConfig(AppConfig):
    name = "citystat.observations"
    verbose_name = "统计数据"

    def ready(self) -> None:
        from django.db.models.signals import (
            m2m_changed,
            post_delete,
            post_save,
            pre_delete,
            pre_save,
        )

        from citystat.indicators.models import (
            Dimension,
            Indicator,
            IndicatorGroup,
            LightRule,
            Placement,
        )
        from citystat.observations import policy
        from citystat.observations.actions import rebuild_after_target_change
        from citystat.regions.models import Region
        from citystat.targets.signals import targets_changed

        # Targets announce their changes; the derived figures they reach are rebuilt here.
        targets_changed.connect(
            rebuild_after_target_change, dispatch_uid="observations.rebuild_after_target_change"
        )
        # Policy edits (catalogue, dimensions and weights, regions, placements) move the policy version
        # the page caches key on; an indicator edit rebuilds what it reaches.
        pre_save.connect(policy.remember_indicator, sender=Indicator, dispatch_uid="policy.i0")
        post_save.connect(policy.indicator_saved, sender=Indicator, dispatch_uid="policy.i1")
        for model in (Indicator, Dimension, IndicatorGroup, Region, Placement):
            post_delete.connect(
                policy.policy_changed, sender=model, dispatch_uid=f"policy.d.{model.__name__}"
            )
        for model in (Dimension, IndicatorGroup, Region, Placement):
            post_save.connect(
                policy.policy_changed, sender=model, dispatch_uid=f"policy.s.{model.__name__}"
            )
        # The one light policy: an edit of the cut-offs in force re-derives every light.
        for name, before, after in (
            ("save", pre_save, post_save),
            ("delete", pre_delete, post_delete),
        ):
            before.connect(
                policy.remember_lights, sender=LightRule, dispatch_uid=f"lights.0.{name}"
            )
            after.connect(policy.lights_changed, sender=LightRule, dispatch_uid=f"lights.1.{name}")
        m2m_changed.connect(
            policy.policy_changed, sender=IndicatorGroup.members.through, dispatch_uid="policy.m"
        )
