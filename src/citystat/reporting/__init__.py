"""citystat.reporting: pure report model, Chinese sentence builders, checker and renderers.

Builders turn a :class:`~citystat.reporting.inputs.ReportData` bundle (gathered from the
database by ``citystat.reports.queries``) into a :class:`~citystat.reporting.model.Document`
whose every number and direction word is a traced :class:`~citystat.reporting.model.Fig`
run. :func:`~citystat.reporting.checker.check_document` re-reads the document against the
same bundle. Only the renderers in :mod:`citystat.reporting.render` write files.
No Django here.
"""

from citystat.reporting.builders import build_document
from citystat.reporting.checker import CheckError, check_document
from citystat.reporting.model import Document

__all__ = ["CheckError", "Document", "build_document", "check_document"]
