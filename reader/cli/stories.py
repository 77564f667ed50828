"""`reader stories`: every story of two or more articles, newest first."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import open_index
from reader.core.i18n import QT_TR_NOOP, tr

HELP = QT_TR_NOOP("stories: the same event from every outlet, newest first")


def _cmd_stories(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime, timedelta

    from reader.core.stories import StoryIndex, story_json

    def day(text: str | None, end: bool) -> datetime | None:
        if text is None:
            return None
        value = datetime.fromisoformat(text)
        value = value if value.tzinfo else value.replace(tzinfo=UTC)
        plain_date = len(text) <= 10  # --until 2021-01-07 means the whole day
        return value + timedelta(days=1, seconds=-1) if end and plain_date else value

    try:
        since = day(args.since, False)
    except ValueError:
        print("reader stories: " + tr("not a date (YYYY-MM-DD): {text}", text=args.since),
              file=sys.stderr)  # fmt: skip
        return 2
    try:
        until = day(args.until, True)
    except ValueError:
        print("reader stories: " + tr("not a date (YYYY-MM-DD): {text}", text=args.until),
              file=sys.stderr)  # fmt: skip
        return 2
    index = open_index(args)
    stories = StoryIndex(index.catalog.db)
    if not stories.ready():
        print("reader stories: " + tr("the library has no stories yet (run reader index)"),
              file=sys.stderr)  # fmt: skip
        return 1
    ids = stories.story_ids(since=since, until=until)
    for start in range(0, len(ids), 200):
        for summary in stories.summaries(ids[start : start + 200]):
            articles = stories.articles(summary.id)
            if args.json:
                print(story_json(summary, articles))
                continue
            span = f"{summary.first:%Y-%m-%d %H:%M}" if summary.first else "?"
            counts = tr("{articles}, {outlets}", articles=tr("%n article(s)", None, summary.size),
                        outlets=tr("%n outlet(s)", None, len(summary.sources)))  # fmt: skip
            print(f"{span}  {counts}  {summary.title}  [{summary.id}]")
            for a in articles:
                when = f"{a.published:%m-%d %H:%M}" if a.published else "           "
                print(f"    {when}  {a.source}  {a.title}")
    print(tr("%n story(-ies) of two or more articles", None, len(ids)), file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stories = sub.add_parser("stories", help=tr(HELP))
    stories.add_argument("--library", help=tr("library folder (default: the bundled seeds)"))
    stories.add_argument("--json", action="store_true", help=tr("one JSON object per story"))
    since = tr("stories still reported on or after this date (UTC)")
    stories.add_argument("--since", help=since)
    stories.add_argument("--until", help=tr("stories first reported on or before this date (UTC)"))
    stories.set_defaults(handler=_cmd_stories)
