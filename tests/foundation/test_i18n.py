"""Interface language (docs/architecture.md, "Interface language").

Chinese is the msgid and the default; the English catalogue translates it. These tests keep
templates free of bare Chinese, check both interface languages on real pages, and check that
the committed ``django.mo`` is the compilation of ``django.po`` (CI has no GNU gettext).
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "citystat"
LOCALE = PACKAGE / "locale" / "en" / "LC_MESSAGES"
TEMPLATES = sorted(PACKAGE.glob("*/templates/**/*.html"))

# Han ideographs plus CJK and full-width punctuation (、,:;()“” …).
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u201c\u201d]")
COMMENTS = re.compile(r"{#.*?#}|{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S)
BLOCKS = re.compile(r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}", re.S)
TRANSLATE = re.compile(
    r"""{%\s*trans(?:late)?\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*').*?%}""", re.S
)
# _("…") inside a variable or tag (e.g. {{ x|default:_("暂无") }}) is translated too.
LAZY = re.compile(r"""_\((?:"[^"]*"|'[^']*')\)""")
LOADS_I18N = re.compile(r"{%\s*load\s[^%]*\bi18n\b")

# Chinese that may stay outside translation, with the reason. Keep this short.
ALLOWED: dict[str, str] = {}


def bare_chinese(source: str) -> list[str]:
    """Lines of a template that hold Chinese outside translation tags.

    Template variables and tags are *not* exempt: a Chinese literal in a filter argument
    (``|default:"系统"``) or an ``{% include … with label="…" %}`` is as untranslated as text.
    """
    text = COMMENTS.sub("", source)
    text = BLOCKS.sub("", text)
    text = TRANSLATE.sub("", text)
    text = LAZY.sub("", text)
    return [
        line.strip()
        for line in text.splitlines()
        if CJK.search(line) and not any(allowed in line for allowed in ALLOWED)
    ]


def test_the_templates_are_found():
    assert (
        len(TEMPLATES) >= 47
    )  # every app's templates are found (a count pinned here clashed on every branch)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_templates_have_no_bare_chinese(path: Path):
    assert bare_chinese(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_templates_that_translate_load_i18n(path: Path):
    source = path.read_text(encoding="utf-8")
    if re.search(r"{%\s*(?:block)?trans(?:late)?\b", source):
        assert LOADS_I18N.search(source), "uses {% translate %} without {% load i18n %}"


def test_the_lint_sees_bare_chinese():
    assert bare_chinese('<p>{% translate "本期无预警。" %}</p>') == []
    assert bare_chinese("{% blocktranslate with n=x %}另有{{ n }}项{% endblocktranslate %}") == []
    assert bare_chinese('{{ name|default:_("系统") }}') == []
    assert bare_chinese("<p>本期无预警。</p>") == ["<p>本期无预警。</p>"]
    assert bare_chinese('{{ e.user.username|default:"系统" }}') != []
    assert bare_chinese("{% if last %}、{% endif %}") != []
    assert bare_chinese("{# 注释 #}<p></p>") == []


# --- both interface languages on real pages -------------------------------------------------

NAV_ZH = ["监测看板", "数据报送", "重点项目", "督办事项", "分析报告", "文本提取"]
NAV_EN = ["Dashboard", "Data intake", "Key projects", "Follow-ups", "Reports", "Text extraction"]
NAV_HREFS = ["/", "/intake/", "/projects/", "/followups/", "/reports/", "/text/"]


@pytest.fixture
def leader(db):  # type: ignore[no-untyped-def]
    from django.test import Client
    from django.utils import translation

    from citystat.accounts.models import User

    client = Client()
    # the reviewer's menu holds all six sections (a leader's shows only what a leader opens)
    client.force_login(User.objects.get(username="reviewer"))
    yield client
    translation.activate("zh-hans")  # a request in English must not leak into later tests


def nav_links(html: str) -> list[str]:
    nav = html.split('<nav class="sections">', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', nav)
    return [(href, label) for href, label in links if href in NAV_HREFS]


def test_the_home_page_is_chinese_by_default(leader):
    html = leader.get("/?period=2023-11").content.decode()
    assert nav_links(html) == list(zip(NAV_HREFS, NAV_ZH, strict=True))
    assert '<html lang="zh-Hans">' in html
    assert '<a class="brand" href="/">城市高质量发展监测调度平台</a>' in html
    assert "<h2>目标预警 " in html and "九个维度综合评价(县域)" in html
    assert (
        '<button type="submit" name="language" value="en" class="link" lang="en">English</button>'
        in html
    )


def test_the_home_page_speaks_english_to_an_english_browser(leader):
    html = leader.get("/?period=2023-11", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert nav_links(html) == list(zip(NAV_HREFS, NAV_EN, strict=True))
    assert '<html lang="en">' in html
    assert '<a class="brand" href="/">City High-Quality Development Monitoring Platform</a>' in html
    assert "<title>忻州市 dashboard · 2023年1-11月</title>" in html
    assert "<h1>忻州市 high-quality development monitor <small>" in html
    assert "<h2>Target alerts " in html
    assert "Composite evaluation in nine dimensions (counties)" in html
    assert '<th class="sub">Value</th><th class="sub">YoY %</th>' in html
    assert ">Log out</button>" in html
    # data stays as stored: region and indicator names are not translated
    assert ">忻府区</a></th>" in html and "目标预警" not in html
    assert (
        '<button type="submit" name="language" value="zh-hans" class="link" lang="zh-hans">简体中文</button>'
        in html
    )


def test_the_cached_page_body_is_kept_per_language(leader):
    zh = leader.get("/?period=2023-10").content.decode()
    en = leader.get("/?period=2023-10", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    zh_again = leader.get("/?period=2023-10").content.decode()
    assert "<h2>目标预警 " in zh and "<h2>目标预警 " in zh_again
    assert "<h2>Target alerts " in en


def test_the_language_switch_sets_english_for_the_session(leader):
    response = leader.post("/i18n/setlang/", {"language": "en", "next": "/?period=2023-11"})
    assert response.status_code == 302 and response["Location"] == "/?period=2023-11"
    html = leader.get("/?period=2023-11").content.decode()
    assert nav_links(html) == list(zip(NAV_HREFS, NAV_EN, strict=True))
    leader.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    assert nav_links(leader.get("/?period=2023-11").content.decode())[0] == ("/", "监测看板")


def test_the_login_page_in_both_languages(db):
    from django.test import Client
    from django.utils import translation

    zh = Client().get("/login/").content.decode()
    en = Client().get("/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    translation.activate("zh-hans")
    assert "<h1>登录</h1>" in zh and "用户名 <input" in zh and "密码 <input" in zh
    assert "<title>Log in · City High-Quality Development Monitoring Platform</title>" in en
    assert "<h1>Log in</h1>" in en
    assert "User name <input" in en and "Password <input" in en
    assert '<button type="submit">Log in</button>' in en


def test_a_view_message_follows_the_interface_language(db):
    from django.test import Client
    from django.utils import translation

    from citystat.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username="admin"))
    zh = client.post("/maps/", {"name": "x"}, follow=True).content.decode()
    en = client.post("/maps/", {"name": "x"}, HTTP_ACCEPT_LANGUAGE="en", follow=True)
    translation.activate("zh-hans")
    assert '<li class="msg-error">请选择要上传的 GeoJSON 文件。</li>' in zh
    assert '<li class="msg-error">Choose a GeoJSON file to upload.</li>' in en.content.decode()


# --- the committed catalogue ----------------------------------------------------------------


def parse_po(path: Path) -> dict[object, str]:
    """Translated entries of a .po file, keyed as gettext keys them (plural: (msgid, n)).

    Enough of the format for makemessages' output: no msgctxt, fuzzy entries skipped.
    """
    catalog: dict[object, str] = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields: dict[str, str] = {}
        current = ""
        fuzzy = False
        for line in block.splitlines():
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            match = re.match(r"^(msgid|msgid_plural|msgctxt|msgstr(?:\[\d+\])?) (\".*\")$", line)
            if match:
                current = match.group(1)
                fields[current] = _unquote(match.group(2))
            elif line.startswith('"') and current:
                fields[current] += _unquote(line)
        msgid = fields.get("msgid")
        if msgid is None or msgid == "" or fuzzy:
            continue
        assert "msgctxt" not in fields, "the parser does not handle msgctxt"
        if "msgid_plural" in fields:
            for key, value in fields.items():
                plural = re.fullmatch(r"msgstr\[(\d+)\]", key)
                if plural and value:
                    catalog[(msgid, int(plural.group(1)))] = value
        elif fields.get("msgstr"):
            catalog[msgid] = fields["msgstr"]
    return catalog


def _unquote(quoted: str) -> str:
    import ast

    value = ast.literal_eval(quoted)
    assert isinstance(value, str)
    return value


@pytest.fixture(scope="module")
def po() -> dict[object, str]:
    return parse_po(LOCALE / "django.po")


def test_the_mo_is_the_compiled_po(po):
    with (LOCALE / "django.mo").open("rb") as f:
        mo = gettext.GNUTranslations(f)
    compiled = {key: value for key, value in mo._catalog.items() if key != ""}  # type: ignore[attr-defined]
    assert compiled == po, "django.mo is stale: run msgfmt -o django.mo django.po and commit it"
    assert mo.info()["plural-forms"] == "nplurals=2; plural=(n != 1);"


def test_translations_keep_the_placeholders(po):
    def names(text: str) -> list[str]:
        return sorted(re.findall(r"%\((\w+)\)[sd]|%\(\w+\)\.\d+f", text))

    problems = [
        (key, value)
        for key, value in po.items()
        if names(key[0] if isinstance(key, tuple) else key) != names(value)  # type: ignore[arg-type]
    ]
    assert problems == []


def test_the_navigation_login_and_home_page_are_translated(po):
    for msgid in [
        *NAV_ZH,
        "城市高质量发展监测调度平台",
        "系统管理",
        "退出",
        "登录",
        "用户名",
        "密码",
    ]:
        assert po.get(msgid), msgid
    home = (PACKAGE / "dashboard" / "templates" / "dashboard" / "home_body.html").read_text(
        encoding="utf-8"
    )
    for msgid in re.findall(r'{% translate "([^"]+)" %}', home):
        assert po.get(msgid.replace("%", "%%")), msgid
