from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "citystat.dashboard"
    verbose_name = "监测看板"

    def ready(self) -> None:
        # Follow-up rules are policy: an edit moves the policy version the dashboard caches key
        # on (``dashboard.cache.version``); 红黄绿 rules do so in ``observations.apps``.
        from django.db.models.signals import post_delete, post_save

        from citystat.followups.models import Rule
        from citystat.observations.policy import policy_changed

        for signal in (post_save, post_delete):
            signal.connect(
                policy_changed,
                sender=Rule,
                dispatch_uid=f"dashboard.policy.{signal is post_save}.Rule",
            )
