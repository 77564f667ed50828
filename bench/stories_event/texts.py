"""Each article's title and lead as text (folded, and the title as written), with the facts the
app's features give (language, event day, series, source, publication), cached as a pickle."""

from __future__ import annotations

import pickle
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path

from bench import stories_quality as sq
from reader.core.stories.features import event_day, language, series_key, split_lead

LEAD = 600  # characters of the body read for entities (the app's lead is 300)


@dataclass(slots=True)
class Text:
    id: str
    title: str  # folded (Simplified, lower case)
    lead: str  # folded, first LEAD characters after the title
    raw_title: str  # as written (case kept: "Pelosi" is a name, "pelosi" could be a word)
    raw_lead: str
    source: str
    pub: int
    day: int  # the app's event day
    lang: int
    series: int  # the app's series key (recurring or not: see data._recurring)


def load(catalog: Path, library: Path, cache: Path) -> tuple[dict[str, Text], dict[str, str]]:
    pickled = cache / "stories_event_texts.pkl"
    if pickled.exists():
        loaded: tuple[dict[str, Text], dict[str, str]] = pickle.loads(pickled.read_bytes())
        return loaded
    db = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True)
    texts: dict[str, Text] = {}
    for aid, title, source, published, raw_z, folded_z in db.execute(
        "SELECT id, title, source, published, text_z, folded_z FROM articles"
    ):
        folded = zlib.decompress(folded_z).decode("utf-8", "ignore")
        raw = zlib.decompress(raw_z)[:8000].decode("utf-8", "ignore")
        t, _ = split_lead(folded)
        cut = folded.find("\n")
        lead = folded[cut + 1 : cut + 1 + LEAD] if cut >= 0 else ""
        rcut = raw.find("\n")
        raw_lead = raw[rcut + 1 : rcut + 1 + LEAD] if rcut >= 0 else ""
        texts[aid] = Text(
            aid, t, lead, title or "", raw_lead, source or "", published or 0,
            event_day(folded, published), language(t + lead[:300]),
            series_key(t, source or "", folded=True),
        )  # fmt: skip
    rel, _ = sq.catalog_maps(db, library)
    db.close()
    cache.mkdir(parents=True, exist_ok=True)
    pickled.write_bytes(pickle.dumps((texts, rel)))
    return texts, rel
