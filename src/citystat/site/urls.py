from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("城市高质量发展监测调度平台 · 管理")
admin.site.site_title = _("citystat 管理")
admin.site.index_title = _("数据与配置")

urlpatterns = [
    path("admin/", admin.site.urls),
    path(
        "login/", auth_views.LoginView.as_view(template_name="dashboard/login.html"), name="login"
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("intake/", include("citystat.intake.urls")),
    path("api/", include("citystat.api.urls")),
    path("reports/", include("citystat.reports.urls")),
    path("projects/", include("citystat.projects.urls")),
    path("followups/", include("citystat.followups.urls")),
    path("text/", include("citystat.textreview.urls")),
    path("targets/", include("citystat.targets.urls")),
    path("", include("citystat.dashboard.urls")),
]

handler403 = "citystat.dashboard.errors.forbidden"
handler404 = "citystat.dashboard.errors.not_found"
handler500 = "citystat.dashboard.errors.server_error"
