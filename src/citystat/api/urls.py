from django.urls import path

from citystat.api import docs, reads, sdmx, views

app_name = "api"
urlpatterns = [
    path("", docs.page, name="docs"),
    path("openapi.json", views.openapi, name="openapi"),
    path("observations/", views.observations, name="observations"),
    path("observations/<int:pk>/", views.observation_detail, name="observation"),
    path(
        "periods/<str:unit>/<str:period>/<str:action>/", views.period_action, name="period_action"
    ),
    path("regions/", reads.region_list, name="regions"),
    path("indicators/", reads.indicator_list, name="indicators"),
    path("figures/", reads.figure_list, name="figures"),
    path("targets/", reads.target_list, name="targets"),
    path("data/<str:indicator>.csv", sdmx.export, name="data"),
]
