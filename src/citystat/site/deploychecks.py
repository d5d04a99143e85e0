"""The project's own production checks, run by `citystat deploy-check` after Django's
``check --deploy``. Each names what is wrong and how to fix it (docs/deploy.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from django.conf import settings

ERROR, WARNING = "错误", "警告"


@dataclass(frozen=True)
class Problem:
    level: str  # ERROR fails the check, WARNING is printed
    id: str
    message: str

    def __str__(self) -> str:
        return f"{self.level} [{self.id}] {self.message}"


def _settings_problems() -> list[Problem]:
    from citystat.site import config

    found = []
    if not settings.PRODUCTION:
        found.append(
            Problem(
                ERROR,
                "citystat.E001",
                "CITYSTAT_ENV 不是 production:部署检查针对生产设置,请先 export CITYSTAT_ENV=production。",
            )
        )
        return found
    if "*" in settings.ALLOWED_HOSTS:
        found.append(
            Problem(
                ERROR,
                "citystat.E002",
                "ALLOWED_HOSTS 含 *:任何主机名都会被接受。请写出服务器的域名,如 ALLOWED_HOSTS=tjj.example.gov.cn。",
            )
        )
    if settings.SESSION_COOKIE_SECURE and not config.trusted_proxies():
        found.append(
            Problem(
                ERROR,
                "citystat.E003",
                "未设置 TRUSTED_PROXIES:应用认不出经 HTTPS 代理来的请求(HSTS、来源检查失效),"
                "登录限速也只能看到代理的地址。请设置为代理的地址,如 TRUSTED_PROXIES=127.0.0.1。",
            )
        )
    backend = str(settings.CACHES["default"]["BACKEND"])
    if backend.endswith("LocMemCache"):
        found.append(
            Problem(
                ERROR,
                "citystat.E004",
                "缓存是进程内缓存:多个工作进程之间不共享。生产设置应使用文件或数据库缓存。",
            )
        )
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        found.append(
            Problem(
                WARNING,
                "citystat.W001",
                "数据库是 SQLite:多个工作进程同时写入时会互相等待。生产请用 PostgreSQL(DATABASE_URL=postgres://…),"
                "迁移方法见 docs/deploy.md 的“备份”。",
            )
        )
    home = config.home()
    if not os.access(home, os.W_OK):
        found.append(
            Problem(
                ERROR,
                "citystat.E005",
                f"CITYSTAT_HOME ({home}) 不可写:上传文件、报告和缓存都写在这里。请把它交给运行服务的账号。",
            )
        )
    return found


def _asset_problems() -> list[Problem]:
    from django.contrib.staticfiles import finders

    if finders.find("vendor/echarts/echarts.min.js"):
        return []
    return [
        Problem(
            ERROR,
            "citystat.E006",
            "找不到 ECharts(vendor/echarts/echarts.min.js):图表将无法显示。请用 `make dist` 生成的安装包安装,"
            "或在源码目录运行 `make assets`。",
        )
    ]


def _database_problems() -> list[Problem]:
    from django.db import OperationalError, connection
    from django.db.migrations.executor import MigrationExecutor

    try:
        connection.ensure_connection()
    except OperationalError as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return [
            Problem(
                ERROR,
                "citystat.E007",
                f"无法连接数据库:{first}。请检查 DATABASE_URL 和数据库服务。",
            )
        ]
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        return [
            Problem(
                ERROR,
                "citystat.E008",
                f"数据库结构未建立或需要升级({len(pending)} 个迁移未执行):请运行 `citystat init`。",
            )
        ]
    from citystat.accounts.models import User

    found = []
    if not User.objects.filter(is_active=True, role=User.Role.ADMIN, is_demo=False).exists():
        found.append(
            Problem(
                WARNING,
                "citystat.W002",
                "还没有管理员账号:请运行 `citystat createuser 用户名 --role admin`。",
            )
        )
    demo = User.objects.filter(is_demo=True, is_active=True).count()
    if demo:
        found.append(
            Problem(
                WARNING,
                "citystat.W003",
                f"数据库里有 {demo} 个演示账号(生产模式下不能登录):请在 系统管理 中停用或删除。",
            )
        )
    return found


def run() -> list[Problem]:
    problems = _settings_problems()
    if settings.PRODUCTION:
        problems += _asset_problems() + _database_problems()
    return problems
