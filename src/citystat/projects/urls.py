from django.urls import path

from citystat.projects import views

app_name = "projects"
urlpatterns = [
    path("", views.project_list, name="list"),
    path("map/", views.project_map, name="map"),
    path("import/", views.progress_import, name="import"),
    path("p/<str:code>/", views.project_detail, name="detail"),
    path("p/<str:code>/<str:what>/", views.project_write, name="write"),
    path("groups/", views.chain_index, name="groups"),
    path("chains/<str:code>/", views.chain_detail, name="chain"),
    path("towns/<str:code>/", views.town_detail, name="town"),
    path("tasks/", views.task_list, name="tasks"),
    path("tasks/<int:year>/<int:seq>/", views.task_detail, name="task"),
    path("tasks/<int:year>/<int:seq>/update/", views.task_update, name="task_update"),
    path("evidence/<int:pk>/", views.evidence, name="evidence"),
]
