from django.apps import AppConfig


class ObservationsConfig(AppConfig):
    name = "citystat.observations"
    verbose_name = "统计数据"

    def ready(self) -> None:
        # Targets announce their changes; the derived figures they reach are rebuilt here.
        from citystat.observations.actions import rebuild_after_target_change
        from citystat.targets.signals import targets_changed

        targets_changed.connect(
            rebuild_after_target_change, dispatch_uid="observations.rebuild_after_target_change"
        )
