from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "citystat.accounts"
    verbose_name = "用户与权限"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_login_failed

        from citystat.accounts import signals

        user_login_failed.connect(signals.on_login_failed, dispatch_uid="citystat-login-failed")
        user_logged_in.connect(signals.on_logged_in, dispatch_uid="citystat-logged-in")
