"""``citystat deploy-check``: are the production settings safe and complete?

Beside ``citystat check`` (is the data coherent?), this one checks the installation:
Django's own ``check --deploy`` (with its warnings treated as failures) plus the project's
checks in :mod:`citystat.site.deploychecks`. Exit status 0 when it passes, 1 otherwise.
"""

from __future__ import annotations

import click

from citystat.djangosetup import setup_django


@click.command("deploy-check")
def deploy_check() -> None:
    """Check the production settings: Django's `check --deploy` plus citystat's own."""
    setup_django()
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    from citystat.site import deploychecks

    failed = False
    try:
        call_command("check", deploy=True, fail_level="WARNING", verbosity=0)
        click.echo("Django check --deploy: 通过 / passed")
    except SystemCheckError as exc:
        failed = True
        click.echo(f"Django check --deploy: 未通过 / failed\n{exc}", err=True)
    problems = deploychecks.run()
    for problem in problems:
        click.echo(str(problem), err=True)
    failed = failed or any(p.level == deploychecks.ERROR for p in problems)
    if failed:
        raise click.ClickException(
            "部署检查未通过 / deploy check failed: 见上方各条及 docs/deploy.md"
        )
    click.echo("citystat 部署检查: 通过 / passed")
