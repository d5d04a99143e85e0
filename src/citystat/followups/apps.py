from django.apps import AppConfig


class FollowupsConfig(AppConfig):
    name = "citystat.followups"
    verbose_name = "督办事项"

    def ready(self) -> None:
        # Approved figures re-check follow-ups; the observations app does not know us.
        from citystat.followups.actions import recheck_after_approval
        from citystat.observations.signals import observations_approved

        observations_approved.connect(
            recheck_after_approval, dispatch_uid="followups.recheck_after_approval"
        )
