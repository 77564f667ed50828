"""`reader story ID`: one story's timeline, as the window shows it (what each report adds)."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import open_index
from reader.core.i18n import QT_TR_NOOP, tr

HELP = QT_TR_NOOP("story: one story's timeline, what each report adds")


def _cmd_story(args: argparse.Namespace) -> int:
    from reader.core.stories import StoryIndex
    from reader.core.stories.timeline import timeline, timeline_json

    index = open_index(args)
    db = index.catalog.db
    stories = StoryIndex(db)
    if not stories.ready():
        print("reader story: " + tr("the library has no stories yet (run reader index)"),
              file=sys.stderr)  # fmt: skip
        return 1
    story_id = args.id
    if not stories.summaries([story_id]):  # an article's id names its story too
        story_id = stories.story_of(args.id) or ""
    line = timeline(db, story_id) if story_id else None
    if line is None:
        print("reader story: " + tr("no story {id}", id=args.id), file=sys.stderr)
        return 1
    if args.json:
        print(timeline_json(line))
        return 0
    s = line.summary
    span = f"{s.first:%Y-%m-%d %H:%M}" if s.first else "?"
    counts = tr("{articles}, {outlets}", articles=tr("%n article(s)", None, s.size),
                outlets=tr("%n outlet(s)", None, len(s.sources)))  # fmt: skip
    print(f"{s.title}  [{s.id}]\n{span}  {counts}")
    for entry in line.entries:
        a = entry.article
        when = f"{a.published:%Y-%m-%d %H:%M}" if a.published else " " * 16
        print(f"\n{when}  {a.source}  {a.title}  [{a.id}]")
        for sentence in entry.adds:
            print(f"    + {sentence}")
        if not entry.adds:
            print("    " + tr("Nothing the earlier reports did not say."))
    for r in line.related:
        if r is line.related[0]:
            print("\n" + tr("Related stories"))
        print(f"    {r.last:%Y-%m-%d}  {r.title}  [{r.id}]" if r.last else f"    {r.title}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    story = sub.add_parser("story", help=tr(HELP))
    story.add_argument("id", help=tr("a story's id, or the id of one of its articles"))
    story.add_argument("--library", help=tr("library folder (default: the bundled seeds)"))
    story.add_argument("--json", action="store_true", help=tr("the timeline as one JSON object"))
    story.set_defaults(handler=_cmd_story)
