"""The structure check: a document has its genre's parts, and every item names who acts.

The sentence checker (:mod:`citystat.reporting.checker`) verifies each number and word
against the data; this module verifies the shape a bureau chief expects:

* the genre's sections are present, in order (quarterly: 总体情况 → 主要特点 → 需要关注的
  问题 → 下步建议; briefing: 总体情况 → 分牵头单位调度事项 → 建议会议研究的事项);
* 主要特点 holds 3–5 bold lead sentences, each backed by at least one traced figure;
* every recommendation, department item and meeting item names a 牵头单位 — one that is
  set (not a placeholder), that is the 牵头单位 of the indicators it speaks for, and that is
  the statistics bureau only when those indicators are the bureau's own;
* a county document speaks of itself as 全县 / 全区 (not 全市);
* a year-end review has its opening, a section per priority of the region's own, its
  outlook, and names every key indicator, chain, town, project, task and honour it holds
  (``builders.review.review_structure_problems``).
"""

from __future__ import annotations

import re

from citystat.reporting.builders.common import scope_word
from citystat.reporting.builders.review import review_structure_problems
from citystat.reporting.checker import CheckError, Problem
from citystat.reporting.inputs import ReportData
from citystat.reporting.model import Document, Fig, Paragraph, Section

REQUIRED: dict[str, tuple[str, ...]] = {
    "quarterly": ("总体情况", "主要特点", "需要关注的问题", "下步建议"),
    "briefing": ("总体情况", "分牵头单位调度事项", "建议会议研究的事项"),
}
FEATURES = (3, 5)  # 主要特点: at least, at most
#: Claims that are words about the data rather than figures: they do not back a sentence.
NOT_FIGURES = {"verdict", "judge", "light", "cause", "followup"}
#: Names a statistics office goes by (the data source, never a 牵头单位 by default).
BUREAU_MARKS = ("统计局", "调查队")
PLACEHOLDERS = ("", "相关部门", "（未设定牵头单位）", "未设定牵头单位")
NUMBERING = re.compile(r"^[（(]?[一二三四五六七八九十]+[）)、]")


def _title(section: Section) -> str:
    return NUMBERING.sub("", section.title).strip()


def is_bureau(unit: str) -> bool:
    return any(mark in unit for mark in BUREAU_MARKS)


def _unit_problems(
    where: str, sentence: str, unit: str, codes: list[str], data: ReportData
) -> list[Problem]:
    """A named 牵头单位 must be set, be the indicators' own, and not the bureau unless theirs."""
    if unit.strip() in PLACEHOLDERS:
        return [Problem(where, sentence, "未写明牵头单位")]
    out: list[Problem] = []
    for code in codes:
        own = data.lead_unit(code)
        name = data.indicators[code].name
        if is_bureau(unit) and own != unit:
            out.append(
                Problem(where, sentence, f"「{name}」的牵头单位不是{unit}（统计部门只报数）")
            )
        elif own and own != unit:
            out.append(Problem(where, sentence, f"「{name}」的牵头单位是{own}，不是{unit}"))
    return out


def _named(text: str, data: ReportData) -> list[str]:
    """Indicator codes whose names appear in a text, longest names first (no overlaps)."""
    found: list[str] = []
    for ind in sorted(data.indicators.values(), key=lambda i: -len(i.name)):
        if ind.name in text:
            found.append(ind.code)
            text = text.replace(ind.name, "·")
    return found


def _paragraphs(section: Section) -> list[Paragraph]:
    return [b for b in section.blocks if isinstance(b, Paragraph)]


def _sections_problems(doc: Document) -> list[Problem]:
    wanted = REQUIRED.get(doc.kind, ())
    titles = [_title(s) for s in doc.sections]
    problems = [Problem("结构", doc.title, f"缺少「{t}」部分") for t in wanted if t not in titles]
    present = [t for t in titles if t in wanted]
    if not problems and present != [t for t in wanted if t in present]:
        problems.append(Problem("结构", doc.title, "各部分顺序不对：" + "→".join(present)))
    return problems


def _features_problems(section: Section) -> list[Problem]:
    leads = [p for p in _paragraphs(section) if p.style == "lead"]
    where = section.title
    problems = []
    low, high = FEATURES
    if not low <= len(leads) <= high:
        problems.append(Problem(where, "", f"主要特点应有{low}–{high}条，现有{len(leads)}条"))
    for p in leads:
        figs = [r for r in p.runs if isinstance(r, Fig) and r.claim not in NOT_FIGURES]
        if not figs:
            problems.append(Problem(where, p.text, "主要特点没有数据支撑"))
    return problems


def _suggestion_problems(section: Section, data: ReportData) -> list[Problem]:
    problems = []
    leads = [p for p in _paragraphs(section) if p.style == "lead"]
    if not leads:
        problems.append(Problem(section.title, "", "下步建议没有按牵头单位列示"))
    for p in leads:
        m = re.search(r"牵头单位：([^）)]*)", p.text)
        if m is None:
            problems.append(Problem(section.title, p.text, "未写明牵头单位"))
            continue
        codes = _named(p.text[: m.start()], data)
        problems += _unit_problems(section.title, p.text, m.group(1), codes, data)
    return problems


def _department_problems(section: Section, data: ReportData) -> list[Problem]:
    problems = []
    for sub in section.subsections:
        unit = _title(sub)
        codes: list[str] = []
        for p in _paragraphs(sub):
            for r in p.runs:
                if isinstance(r, Fig) and r.indicator and r.indicator not in codes:
                    codes.append(r.indicator)
        problems += _unit_problems(sub.title, unit, unit, codes, data)
    return problems


def _agenda_problems(section: Section, data: ReportData) -> list[Problem]:
    problems = []
    for p in _paragraphs(section):
        m = re.match(r"^请(.+?)汇报(.+?)的进展", p.text)
        if m is None:
            if p.text.startswith("请") and "（未设定牵头单位）" in p.text:
                problems.append(Problem(section.title, p.text, "未写明牵头单位"))
            continue
        problems += _unit_problems(
            section.title, p.text, m.group(1), _named(m.group(2), data), data
        )
    return problems


def _scope_problems(doc: Document, data: ReportData) -> list[Problem]:
    scope = scope_word(data)
    if scope == "全市" or doc.kind != "quarterly":
        return []
    text = doc.plain_text()
    if f"总体看，{scope}" not in text:
        return [Problem("总体情况", doc.title, f"县级文件应称「{scope}」")]
    if "总体看，全市" in text:
        return [Problem("总体情况", doc.title, f"县级文件把本地称作「全市」，应为「{scope}」")]
    return []


def structure_problems(doc: Document, data: ReportData) -> list[Problem]:
    problems = _sections_problems(doc)
    by_title = {_title(s): s for s in doc.sections}
    if doc.kind == "quarterly":
        if "主要特点" in by_title:
            problems += _features_problems(by_title["主要特点"])
        if "下步建议" in by_title:
            problems += _suggestion_problems(by_title["下步建议"], data)
    if doc.kind == "review":  # sections are the city's own priorities (data), checked there
        problems += [Problem("结构", doc.title, m) for m in review_structure_problems(doc, data)]
    if doc.kind == "briefing":
        if "分牵头单位调度事项" in by_title:
            problems += _department_problems(by_title["分牵头单位调度事项"], data)
        if "建议会议研究的事项" in by_title:
            problems += _agenda_problems(by_title["建议会议研究的事项"], data)
    return problems + _scope_problems(doc, data)


def check_structure(doc: Document, data: ReportData) -> int:
    """Raise :class:`CheckError` listing every structural problem; return the sections checked."""
    problems = structure_problems(doc, data)
    if problems:
        raise CheckError(problems)
    return len(doc.sections)
