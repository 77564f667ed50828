"""Old (BeautifulSoup) vs new (one-pass lxml) sanitizer on every file of a corpus.

    python -m bench.sanitize_equivalence [--corpus DIR] [--show N] [--shallow]

Each file is decoded once and parsed twice by the real parser, once with the frozen old
sanitizer and text extraction (``bench.legacy``) and once with the current ones. It
compares the indexed text, the remote image list (in order), the images that only appeared in
removed boilerplate, and the HTML (exactly; up to attribute order and the percent-encoding
libxml2 applies to non-ASCII in ``href``; up to white space between tags; with mailto: hrefs
gone). Every file whose text or images differ is listed with the first differing lines and put
down to the intended changes (``INTENDED``) by rerunning the new sanitizer with each turned off:
with all of them off it must give exactly the old text and images, else it is "unexplained"
(and the exit status is 1).

``--shallow`` instead compares the current sanitizer with itself forced onto its fallback
parse path (the depth-bounding parser target used for documents nested deeper than
MAX_DEPTH), so that path is proven on every real file too.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import lxml.html

import reader.core.parser as parser_mod
from bench import legacy
from bench.corpus import corpus_dir
from reader.core import sanitize as new
from reader.core.decode import decode_article_bytes
from reader.core.parser import ArticleProblem, parse_article_text
from reader.core.scan import walk_article_files
from reader.core.text import html_to_text, xml_compatible

SanitizeFn = Callable[[str, str | None], object]


@dataclass
class Outcome:
    html: str
    text: str
    remote: tuple[str, ...]
    removed: frozenset[str]


def legacy_sanitize_html(html: str, base_url: str | None = None) -> new.SanitizedHtml:
    """The old sanitizer, its result in today's type (which has grown fields it never set)."""
    old = legacy.sanitize_html(html, base_url)
    return new.SanitizedHtml(old.html, old.remote_images, old.removed_images)


def run_pipeline(text: str, path: Path, sanitize: SanitizeFn, to_text: Callable[[str], str]):  # type: ignore[no-untyped-def]
    captured: list[object] = []

    def capture(body: str, url: str | None = None) -> object:
        result = sanitize(body, url)
        captured.append(result)
        return result

    saved = parser_mod.sanitize_html, parser_mod.html_to_text
    parser_mod.sanitize_html = capture  # type: ignore[assignment]
    parser_mod.html_to_text = to_text
    try:
        article = parse_article_text(text, path)
    except ArticleProblem as exc:
        return f"problem: {exc.kind}"
    finally:
        parser_mod.sanitize_html, parser_mod.html_to_text = saved
    result = captured[-1]
    return Outcome(
        article.html,
        article.text,
        result.remote_images,  # type: ignore[attr-defined]
        result.removed_images,  # type: ignore[attr-defined]
    )


def html_only_intended(text: str, path: Path, old: Outcome) -> bool:
    with rules_off(list(INTENDED.values())):
        baseline = run_pipeline(text, path, new.sanitize_html, html_to_text)
    return isinstance(baseline, Outcome) and canonical_html(
        old.html, True, mailto=True
    ) == canonical_html(baseline.html, True)


def canonical_html(html: str, whitespace: bool = False, mailto: bool = False) -> str:
    """Attributes sorted, hrefs percent-decoded: what the two serializers may differ in.
    With ``whitespace``, runs of white space are one space and blank text between tags goes
    (the old parser kept the newlines of indented source HTML but not the indentation)."""
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        items = sorted(el.attrib.items())
        if mailto and (el.get("href") or "").strip().lower().startswith("mailto:"):
            items = [(k, v) for k, v in items if k != "href"]  # http(s) links only now
        el.attrib.clear()
        for key, value in items:
            el.set(key, unquote(value) if key == "href" else value)
    out = lxml.html.tostring(root, encoding="unicode")
    if whitespace:
        out = re.sub(r"\s+", " ", re.sub(r">\s+<", "><", out))
    return out


def first_difference(old: str, new_: str, context: int = 1) -> str:
    diff = difflib.unified_diff(old.splitlines(), new_.splitlines(), lineterm="", n=context)
    lines = [line for line in diff if not line.startswith(("---", "+++"))]
    return "\n".join(line[:160] for line in lines[:8])


# Intended changes of the new sanitizer, each with the predicate that turns it off when it is
# replaced by one that always answers False (issue 13).
INTENDED = {
    "image caption said once (alt/title repeating the caption)": "_repeats_caption",
    "feed footer removed (WordPress Better Feed plugin)": "_is_feed_footer",
    # issue 20: <source>, <embed> hold nothing; an unclosed <aside> takes no article text
    "void element holds nothing": "_holds_nothing",
    "unclosed container kept": "_left_open",
}


@contextmanager
def rules_off(names: list[str]) -> Iterator[None]:
    saved = {name: getattr(new, name) for name in names}
    for name in names:
        setattr(new, name, lambda *_args, **_kwargs: False)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(new, name, value)


def explain(text: str, path: Path, old: Outcome, cur: Outcome) -> str:
    """Which intended changes make ``cur`` differ from ``old``: rerun the current sanitizer
    with each one off; with all of them off it must give the old result exactly."""
    with rules_off(list(INTENDED.values())):
        baseline = run_pipeline(text, path, new.sanitize_html, html_to_text)
    if not isinstance(baseline, Outcome) or not same_content(old, baseline):
        return "unexplained"
    causes = []
    for label, name in INTENDED.items():
        with rules_off([name]):
            without = run_pipeline(text, path, new.sanitize_html, html_to_text)
        if not isinstance(without, Outcome) or not same_content(without, cur):
            causes.append(label)
    return " + ".join(causes) or "unexplained"


def same_content(a: Outcome, b: Outcome) -> bool:
    return a.text == b.text and a.remote == b.remote and a.removed == b.removed


def control_characters_only(old: Outcome, cur: Outcome) -> bool:
    same_images = old.remote == cur.remote and old.removed == cur.removed
    return same_images and xml_compatible(old.text) == xml_compatible(cur.text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--show", type=int, default=40, help="differing files to print per kind")
    ap.add_argument("--shallow", action="store_true", help="native vs fallback parse path")
    args = ap.parse_args(argv)
    corpus = args.corpus or corpus_dir()
    if args.shallow:
        old_fn: SanitizeFn = new.sanitize_html
        old_text: Callable[[str], str] = html_to_text

        def new_fn(html: str, base: str | None = None) -> object:
            return new._sanitize(html, base, shallow=True)
    else:
        old_fn, old_text, new_fn = legacy_sanitize_html, legacy.html_to_text, new.sanitize_html

    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    old_s = new_s = 0.0
    started = time.perf_counter()
    for info in walk_article_files(corpus):
        counts["files"] += 1
        try:
            decoded = decode_article_bytes(info.path.read_bytes())
        except Exception as exc:  # decode problems are the same for both: not compared
            counts[f"not parsed ({type(exc).__name__})"] += 1
            continue
        t0 = time.perf_counter()
        old = run_pipeline(decoded.text, info.path, old_fn, old_text)
        t1 = time.perf_counter()
        cur = run_pipeline(decoded.text, info.path, new_fn, html_to_text)
        new_s += time.perf_counter() - t1
        old_s += t1 - t0
        if not isinstance(old, Outcome) or not isinstance(cur, Outcome):
            same = old == cur
            counts["problem, same" if same else "problem, different"] += 1
            if not same:
                print(f"\n{info.path}\n  old: {old}\n  new: {cur}")
            continue
        counts["articles"] += 1
        text_same = old.text == cur.text
        images_same = old.remote == cur.remote and old.removed == cur.removed
        if text_same and images_same:
            counts["text and images identical"] += 1
            if old.html == cur.html:
                counts["  html identical"] += 1
            elif canonical_html(old.html) == canonical_html(cur.html):
                counts["  html identical up to attribute order / href encoding"] += 1
            elif canonical_html(old.html, True) == canonical_html(cur.html, True):
                counts["  html identical up to the above and white space between tags"] += 1
            elif canonical_html(old.html, True, mailto=True) == canonical_html(cur.html, True):
                counts["  html identical up to the above and mailto: hrefs removed"] += 1
            elif not args.shallow and html_only_intended(decoded.text, info.path, old):
                counts["  html differs only by alt/title repeating a caption"] += 1
            else:
                counts["  html different, same text"] += 1
                if shown["html"] < args.show:
                    shown["html"] += 1
                    print(f"\nHTML {info.path}\n{first_difference(old.html, cur.html)}")
            continue
        if args.shallow:
            kind = (
                "control characters the fallback parse path cannot store (U+0008 etc.)"
                if control_characters_only(old, cur)
                else "unexplained"
            )
        else:
            kind = explain(decoded.text, info.path, old, cur)
        kinds[kind] += 1
        if shown[kind] < args.show:
            shown[kind] += 1
            print(f"\n[{kind}] {info.path}")
            if not images_same:
                print(f"  images old {old.remote} / {sorted(old.removed)}")
                print(f"  images new {cur.remote} / {sorted(cur.removed)}")
            print(first_difference(old.text, cur.text))
        if counts["files"] % 2000 == 0:
            print(f"... {counts['files']} files", file=sys.stderr, flush=True)
    print(f"\n{corpus}: {time.perf_counter() - started:.0f} s")
    for key, value in counts.items():
        print(f"{key}: {value}")
    for kind, value in kinds.most_common():
        print(f"different: {kind}: {value}")
    print(f"sanitize+parse time, old {old_s:.1f} s, new {new_s:.1f} s: {new_s / old_s:.2f}x")
    return 1 if kinds["unexplained"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
