"""Hostile article files (issue 20, points 9 and 12-14): parse time, peak memory and the
viewer's GUI-thread time, each against an ordinary article of the same size in the same run.

    python -m bench.hostile_files [--cases NAME,...] [--timeout S] [--scale F]

Each file is written to a temporary folder and measured in a child process of its own (a
hang is cut at ``--timeout`` seconds per phase and reported as ">T"): ``parse`` is
``parse_article_file`` (read, decode, front matter, sanitize, text), ``RSS`` the child's peak
resident memory, ``show`` the GUI thread's time for ``ViewerPane.show_article`` with the
whole document laid out (offscreen Qt, width 900). ``--scale 0.1`` makes every file a tenth
of the issue's size (a quick look).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

FRONT = "---\ntitle: {title}\ndate: 2022-01-27\nfrom: https://news.example/{name}\n---\n"


def _front(name: str, title: str = "") -> str:
    return FRONT.format(title=title or name, name=name)


def alias_bomb(_n: int) -> str:
    """369 bytes: nine levels of nine aliases each; ``date: *i`` is 9**9 values."""
    lines = ["a: &a [x,x,x,x,x,x,x,x,x]"]
    for prev, cur in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + "\ndate: *i\ntitle: bomb\n---\n<p>正文 body</p>\n"


def long_title(n: int) -> str:
    return _front("title", "T" * n) + "<p>正文 body</p>\n"


def cyrillic_word(n: int) -> str:
    return _front("cyrillic") + "<p>" + ("слово" * (n // 5)) + "</p>\n"


def big_table(rows: int) -> str:
    cells = "".join(f"<tr><td>行{i}</td><td>value {i}</td></tr>" for i in range(rows))
    return _front("table") + f"<table>{cells}</table>\n"


def many_images(n: int) -> str:
    images = "".join(f'<img src="https://img.example/{i}.jpg">' for i in range(n))
    return _front("images") + f"<p>{images}</p>\n"


def many_attributes(n: int) -> str:
    return _front("attributes") + "<p " + " ".join(f"a{i}=x" for i in range(n)) + ">正文</p>\n"


def many_entities(n: int) -> str:
    return _front("entities") + "<p>" + "&amp;" * n + "</p>\n"


def many_alts(n: int) -> str:
    return _front("alts") + "<p>" + "".join(f'<img alt="图{i}">' for i in range(n)) + "</p>\n"


def big_number(n: int) -> str:
    return "---\ntitle: number\nviews: " + "9" * n + "\n---\n<p>正文 body</p>\n"


def ordinary(size: int) -> str:
    """An ordinary article of about ``size`` characters: paragraphs of words and CJK text."""
    para = "<p>王毅同中国外长通电话 Wang Yi spoke with the Secretary of State by phone.</p>\n"
    return _front("ordinary") + para * max(1, size // len(para.encode()))


# name -> (generator, the size)
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "alias-bomb": (alias_bomb, 0),
    "title-200k": (long_title, 200_000),
    "cyrillic-400k": (cyrillic_word, 400_000),
    "table-110k-rows": (big_table, 110_000),
    "images-20k": (many_images, 20_000),
    "attributes-200k": (many_attributes, 200_000),
    "entities-1.5M": (many_entities, 1_500_000),
    "img-alt-60k": (many_alts, 60_000),
    "number-5000-digits": (big_number, 5_000),
}


def _one(path: Path, phase: str) -> dict[str, object]:
    """In the child: one phase on one file."""
    from reader.core.parser import parse_article_file

    out: dict[str, object] = {}
    started = time.perf_counter()
    try:
        article = parse_article_file(path)
    except Exception as exc:
        out["error"] = f"{type(exc).__name__}: {str(exc)[:120]}"
        out["parse_s"] = time.perf_counter() - started
        return out
    out["parse_s"] = time.perf_counter() - started
    out["text_chars"] = len(article.text)
    if phase == "show":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from reader.ui.viewer import ViewerPane

        app = QApplication.instance() or QApplication([])
        pane = ViewerPane()
        pane.resize(900, 700)
        pane.show()
        app.processEvents()
        started = time.perf_counter()
        pane.show_article(article)
        pane.browser.document().size()  # the whole document laid out
        app.processEvents()
        out["show_s"] = time.perf_counter() - started
        pane.close()
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _limit_memory() -> None:
    """8 GB of address space at most: the alias bomb took 5.9 GB before it failed."""
    resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30))


def _child(path: Path, phase: str, timeout: float) -> dict[str, object]:
    cmd = [sys.executable, "-m", "bench.hostile_files", "--one", str(path), "--phase", phase]
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, preexec_fn=_limit_memory
        )
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1][:160]}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _fmt(value: object, timeout: float) -> str:
    return f"{value:.2f}" if isinstance(value, float) else f">{timeout:.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", default=",".join(CASES))
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--phase", default="parse", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(_one(Path(args.one), args.phase)))
        return
    print("case                  bytes  parse s (ordinary)  RSS MB  show s (ordinary)  note")
    with tempfile.TemporaryDirectory(prefix="reader-hostile-") as tmp:
        for name in args.cases.split(","):
            make, size = CASES[name]
            path = Path(tmp) / f"{name}.md"
            path.write_text(make(int(size * args.scale)), encoding="utf-8")
            plain = Path(tmp) / f"{name}-ordinary.md"
            plain.write_text(ordinary(path.stat().st_size), encoding="utf-8")
            parsed = _child(path, "parse", args.timeout)
            shown = _child(path, "show", args.timeout) if "parse_s" in parsed else {}
            base = _child(plain, "show", args.timeout)
            note = str(parsed.get("error") or shown.get("error") or "")
            print(
                f"{name:20} {path.stat().st_size:>7}  {_fmt(parsed.get('parse_s'), args.timeout):>7}"
                f" ({_fmt(base.get('parse_s'), args.timeout)})"
                f"  {_fmt(parsed.get('rss_mb'), args.timeout):>6}"
                f"  {_fmt(shown.get('show_s'), args.timeout):>7}"
                f" ({_fmt(base.get('show_s'), args.timeout)})  {note}",
                flush=True,
            )


if __name__ == "__main__":
    main()
