"""A problem found in a file or a form: severity, Chinese message and where it is."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


def column_letter(index: int) -> str:
    """0-based column index → Excel letters (0 → A, 27 → AB)."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True)
class Problem:
    severity: str
    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""
    field: str = ""
    code: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def severity_label(self) -> str:
        return "错误" if self.is_error else "警告"

    @property
    def location(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"工作表“{self.sheet}”")
        if self.row is not None:
            parts.append(f"第{self.row}行")
        if self.column:
            parts.append(f"{self.column}列")
        if self.field:
            parts.append(f"字段“{self.field}”")
        return " ".join(parts) or "文件"

    def line(self) -> str:
        return f"[{self.severity_label}] {self.location}:{self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity,
            "message": self.message,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "field": self.field,
            "code": self.code,
            "location": self.location,
        }


def error(message: str, **where: object) -> Problem:
    return Problem(ERROR, message, **where)  # type: ignore[arg-type]


def warning(message: str, **where: object) -> Problem:
    return Problem(WARNING, message, **where)  # type: ignore[arg-type]


class RejectedError(Exception):
    """A stage cannot go on; the problems say why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.line() for p in problems))
        self.problems = problems


class SortsProblems:
    """For results holding ``problems``: the errors and the warnings among them."""

    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]
