from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "citystat.projects"
    verbose_name = "项目、产业链与民生实事"
