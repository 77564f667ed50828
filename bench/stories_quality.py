"""Story quality against a labelled half of bench/stories_labels_v2 (or the old label file).

The v2 labels give every event ALL its reports (see stories_labels_v2/README.md), so besides
the classic B-cubed over the labelled articles (the figure the old set and issue 21 report),
an article's story can be judged whole: any other article in it, labelled or not, is not of
its event. Figures:

- B-cubed P/R/F1 over the labelled articles (Bagga & Baldwin 1998), and precision over whole
  stories ("strict");
- the same averaged per event (each event weighs the same; the article-averaged figures are
  dominated by the largest events);
- stories that hold two sibling events (a verdict and its appeal: related, never one story);
- English join: English reports whose event has Chinese reports, and how many share a story
  with one of them; its precision over English-Chinese pairs that share a story;
- purity (strict precision) of the stories of English-only events against Chinese-only ones.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

LABELS_V2 = Path(__file__).with_name("stories_labels_v2")
CHINESE = ("zh-Hans", "zh-Hant")


@dataclass(frozen=True, slots=True)
class LabelRow:
    story: str
    path: str  # relative to the corpus folder
    article_id: str  # at labelling time; the bench maps the path through the catalog
    lang: str  # "en", "zh-Hans", "zh-Hant", "" when the file does not say (the old set)
    siblings: frozenset[str]


def read_labels(path: Path) -> list[LabelRow]:
    """Rows of a label file: the old 6-column format or v2's 10 columns (see its header)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        lang = cols[6] if len(cols) > 6 else ""
        sibs = cols[7] if len(cols) > 7 and cols[7] != "-" else ""
        rows.append(
            LabelRow(cols[0], cols[1], cols[2], lang, frozenset(s for s in sibs.split(",") if s))
        )
    return rows


def catalog_maps(
    db: sqlite3.Connection, library: Path | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """(corpus-relative path -> article id, article id -> story id) from a built catalog."""
    paths = dict(db.execute("SELECT path, article_id FROM files WHERE article_id IS NOT NULL"))
    root = str(library) if library else os.path.commonpath(list(paths))
    rel = {os.path.relpath(p, root): a for p, a in paths.items()}
    stories = dict(db.execute("SELECT article_id, story_id FROM story_articles"))
    return rel, stories


def gold_of(
    rows: Iterable[LabelRow], path_to_id: Mapping[str, str]
) -> tuple[dict[str, LabelRow], list[str]]:
    """article id -> its label row (event, language, siblings); a row whose file is not in the
    catalog falls back to the id it was labelled with (ids do not depend on paths)."""
    gold: dict[str, LabelRow] = {}
    missing = []
    for row in rows:
        aid = path_to_id.get(row.path)
        if aid is None:
            missing.append(row.path)
            aid = row.article_id
        gold[aid] = row
    return gold, missing


@dataclass(frozen=True, slots=True)
class Quality:
    events: int
    articles: int
    precision: float
    recall: float
    f1: float
    strict_precision: float  # over whole stories: unlabelled articles count against
    event_precision: float  # averaged per event
    event_strict_precision: float
    event_recall: float
    sibling_pairs: int
    sibling_stories: list[tuple[str, ...]]  # the events each offending story holds
    english: int  # English reports whose event has Chinese reports
    english_joined: int  # ... that share a story with a Chinese report of their event
    english_pairs: int  # English-Chinese labelled pairs sharing a story
    english_pairs_right: int  # ... of the same event
    purity_en_only: float | None  # strict precision of articles of English-only events
    purity_zh_only: float | None  # ... of Chinese-only events
    en_only: int
    zh_only: int

    @property
    def strict_f1(self) -> float:
        p, r = self.strict_precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def join_rate(self) -> float | None:
        return self.english_joined / self.english if self.english else None

    @property
    def join_precision(self) -> float | None:
        return self.english_pairs_right / self.english_pairs if self.english_pairs else None


def _mean(values: Iterable[float]) -> float:
    vals = list(values)
    return sum(vals) / len(vals)


def quality(system: Mapping[str, str], gold: Mapping[str, LabelRow]) -> Quality:
    """Score ``system`` (every article of the library -> its story) on the labelled articles."""
    size = Counter(system.values())
    by_sys: dict[str, set[str]] = defaultdict(set)
    by_event: dict[str, set[str]] = defaultdict(set)
    siblings: dict[str, frozenset[str]] = {}
    for item, row in gold.items():
        by_sys[system[item]].add(item)
        by_event[row.story].add(item)
        siblings[row.story] = row.siblings
    scores: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for item, row in gold.items():
        story = system[item]
        right = len(by_sys[story] & by_event[row.story])
        scores[row.story].append(
            (right / len(by_sys[story]), right / len(by_event[row.story]), right / size[story])
        )
    flat = [x for v in scores.values() for x in v]
    p, r, ps = (_mean(x[k] for x in flat) for k in range(3))
    ev_p, ev_r, ev_ps = (_mean(_mean(x[k] for x in v) for v in scores.values()) for k in range(3))

    offenders: list[tuple[str, ...]] = []
    pairs = 0
    for items in by_sys.values():
        events = sorted({gold[i].story for i in items})
        hit = [(a, b) for n, a in enumerate(events) for b in events[n + 1 :] if b in siblings[a]]
        if hit:
            pairs += len(hit)
            offenders.append(tuple(events))

    langs: dict[str, set[str]] = defaultdict(set)
    for row in gold.values():
        langs[row.story].add(row.lang)
    english = joined = 0
    for item, row in gold.items():
        if row.lang == "en" and langs[row.story] & set(CHINESE):
            english += 1
            joined += any(
                gold[m].story == row.story and gold[m].lang in CHINESE for m in by_sys[system[item]]
            )
    en_pairs = en_right = 0
    for items in by_sys.values():
        en = [i for i in items if gold[i].lang == "en"]
        zh = [i for i in items if gold[i].lang in CHINESE]
        en_pairs += len(en) * len(zh)
        en_right += sum(gold[a].story == gold[b].story for a in en for b in zh)

    def purity(kind: set[str]) -> tuple[float | None, int]:
        vals = [
            len(by_sys[system[i]] & by_event[row.story]) / size[system[i]]
            for i, row in gold.items()
            if langs[row.story] <= kind
        ]
        return (_mean(vals) if vals else None), len(vals)

    pe, ne = purity({"en"})
    pz, nz = purity(set(CHINESE))
    return Quality(
        events=len(by_event), articles=len(gold), precision=p, recall=r,
        f1=2 * p * r / (p + r) if p + r else 0.0, strict_precision=ps, event_precision=ev_p,
        event_strict_precision=ev_ps, event_recall=ev_r, sibling_pairs=pairs,
        sibling_stories=offenders, english=english, english_joined=joined,
        english_pairs=en_pairs, english_pairs_right=en_right, purity_en_only=pe,
        purity_zh_only=pz, en_only=ne, zh_only=nz,
    )  # fmt: skip


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def table_rows(name: str, q: Quality) -> list[tuple[str, str, str]]:
    """Rows for the bench's table (measure, value, against)."""
    return [
        (f"{name}: B-cubed ({q.events} events, {q.articles} articles)",
         f"P {q.precision:.3f} / R {q.recall:.3f} / F1 {q.f1:.3f}",
         "target F1 >= 0.9 with P >= 0.95"),
        (f"{name}: precision over whole stories (unlabelled members count against)",
         f"P {q.strict_precision:.3f} / F1 {q.strict_f1:.3f}", "every event is labelled whole"),
        (f"{name}: averaged per event", f"P {q.event_precision:.3f} (whole stories "
         f"{q.event_strict_precision:.3f}) / R {q.event_recall:.3f}", "each event weighs the same"),
        (f"{name}: sibling events sharing a story", f"{q.sibling_pairs} pairs in "
         f"{len(q.sibling_stories)} stories", "target 0"),
        (f"{name}: English reports joined to their event's Chinese reports",
         f"{q.english_joined} of {q.english} ({_f(q.join_rate)}), pair precision "
         f"{_f(q.join_precision)} ({q.english_pairs_right}/{q.english_pairs})",
         "target >= 0.5 at precision >= 0.95"),
        (f"{name}: purity of English-only events' stories vs Chinese-only",
         f"{_f(q.purity_en_only)} ({q.en_only}) vs {_f(q.purity_zh_only)} ({q.zh_only})",
         "target: as pure"),
    ]  # fmt: skip


def _errors(system: Mapping[str, str], gold: Mapping[str, LabelRow]) -> list[str]:
    from bench.stories import errors  # the old bench's split/merge listing

    return errors(dict(system), {a: row.story for a, row in gold.items()})


def score_catalog(catalog: Path, label_files: list[Path], library: Path | None = None) -> int:
    """``python -m bench.stories --catalog FILE``: score an already built catalog (read-only)."""
    db = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True)
    path_to_id, system = catalog_maps(db, library)
    db.close()
    table: list[tuple[str, str, str]] = []
    for path in label_files:
        gold, missing = gold_of(read_labels(path), path_to_id)
        if missing:
            print(
                f"  {path.name}: {len(missing)} labelled files not in the catalog (matched by id)"
            )
        table += table_rows(path.stem, quality(system, gold))
        if path.stem != "heldout":  # the held-out half's figures only, never its errors
            for line in _errors(system, gold):
                print(f"   {path.stem}: {line}")
    print("\n| measure | value | against |\n|---|---|---|")
    for measure, value, against in table:
        print(f"| {measure} | {value} | {against} |")
    return 0
