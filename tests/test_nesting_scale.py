"""Issue 11 at scale: cleaning is linear in depth and size, and nesting cannot freeze Qt.

Times are only ever compared with each other, measured in the same run (best of three): twice
the input must take less than three times as long.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtGui import QTextDocument

from reader.core.sanitize import MAX_IMAGES, MAX_TABLE_NESTING, sanitize_html
from reader.core.text import html_to_text
from tests.test_sanitize import missing, nested, structure

MIN_CPU_SECONDS = 0.05


def best_of_three(work: Callable[[], object]) -> float:
    """This process's CPU time per run, not the wall clock: on a machine shared with busy
    processes the wall clock counts their turns too (the img-alt-60k parse ratio, 8 runs at
    load 8.6 on two cores: 2.9-6.7 by the wall clock, failing its bound of 6; 4.2-4.7 in CPU
    time). Each of the three trials repeats the work for at least MIN_CPU_SECONDS: this
    machine's process clock moves in steps (a 20 kB parse read 0.0 s, and the ratio divided by
    zero)."""
    times = []
    for _ in range(3):
        runs = 0
        started = time.process_time()
        while True:
            work()
            runs += 1
            spent = time.process_time() - started
            if spent >= MIN_CPU_SECONDS:
                break
        times.append(spent / runs)
    return min(times)


def clean(body: str) -> str:
    return html_to_text(sanitize_html(body).html)


def layout(html: str, times: int = 1) -> None:
    for _ in range(times):
        doc = QTextDocument()
        doc.setHtml(html)
        doc.setTextWidth(700)
        doc.size()  # forces the layout of the whole document


def test_nested_tables_lay_out_without_exponential_cost(qapp) -> None:  # type: ignore[no-untyped-def]
    """Depth 17 took Qt 2.2 s, 20: 17.8 s, 23: >150 s (doubling per level). Sanitized, depth 30
    costs about what its 6x more text costs at depth 5 (measured: 4-5.4x over 15 runs)."""
    shallow = sanitize_html(nested("<table><tr><td>", "</td></tr></table>", 5)[0]).html
    deep_body, words = nested("<table><tr><td>", "</td></tr></table>", 30)
    deep = sanitize_html(deep_body).html
    assert structure(deep)[1] <= MAX_TABLE_NESTING  # else the layout below would never end
    doc = QTextDocument()
    doc.setHtml(deep)
    assert missing(words, doc.toPlainText()) == []
    ratio = best_of_three(lambda: layout(deep, 5)) / best_of_three(lambda: layout(shallow, 5))
    assert ratio < 40, ratio


SCALE = {
    "divs": ("<div>", "</div>", 25_000),
    "lists": ("<ul><li>", "</li></ul>", 5_000),
    "blockquotes": ("<blockquote>", "</blockquote>", 5_000),
    "tables": ("<table><tr><td>", "</td></tr></table>", 2_500),
}


@pytest.mark.faults
@pytest.mark.parametrize("kind", SCALE)
def test_cleaning_is_linear_in_nesting_depth(kind: str) -> None:
    """10,000 nested divs took 13.6 s, 50,000 took 468 s, and text past level 255 was lost
    from the index."""
    open_tag, close_tag, levels = SCALE[kind]
    small, _ = nested(open_tag, close_tag, levels)
    large, words = nested(open_tag, close_tag, 2 * levels)
    assert missing(words, clean(large)) == []
    ratio = best_of_three(lambda: clean(large)) / best_of_three(lambda: clean(small))
    assert ratio < 3, ratio


def single_line(megabytes: float) -> str:
    unit = (
        '<p>第{0}段 paragraph <a href="/x/{0}">链接</a> <b>粗体</b><span>文字</span>'
        '<img src="https://img.example/{1}.jpg" alt="图"></p>'
    )
    parts: list[str] = []
    size = i = 0
    while size < megabytes * 1_000_000:
        part = unit.format(i, i)  # every image its own URL
        parts.append(part)
        size += len(part.encode())
        i += 1
    return "".join(parts)


@pytest.mark.faults
def test_cleaning_a_5mb_single_line_is_linear() -> None:
    small, large = single_line(2.5), single_line(5)
    assert "\n" not in large
    text = clean(large)
    assert text.count("paragraph") == large.count("paragraph")
    # past MAX_IMAGES an image is its alt text (issue 20: the viewer froze on 20,000 images)
    assert len(sanitize_html(large).remote_images) == min(large.count("<img"), MAX_IMAGES)
    assert text.count("图") == large.count("<img")
    ratio = best_of_three(lambda: clean(large)) / best_of_three(lambda: clean(small))
    assert ratio < 3, ratio


@pytest.mark.faults
def test_deeply_nested_divs_lay_out_in_linear_time(qapp) -> None:  # type: ignore[no-untyped-def]
    """The GUI froze 8.4 s on 10,000 nested divs."""
    small = sanitize_html(nested("<div>", "</div>", 25_000)[0]).html
    large = sanitize_html(nested("<div>", "</div>", 50_000)[0]).html
    ratio = best_of_three(lambda: layout(large)) / best_of_three(lambda: layout(small))
    assert ratio < 3, ratio
