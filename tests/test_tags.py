"""One rule for tags as typed, wherever they are typed."""

from __future__ import annotations

from pathlib import Path

from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.tags import join_tags, split_tags


def test_spaces_commas_and_hashes_separate_tags_once_each() -> None:
    assert split_tags("外交, 布林肯 #通话，外交、疫苗;x") == ["外交", "布林肯", "通话", "疫苗", "x"]
    assert split_tags(["a b", "c"]) == ["a", "b", "c"]
    assert split_tags("  ,, ") == []
    assert split_tags(join_tags(["外交", "布林肯"])) == ["外交", "布林肯"]


def test_a_tag_with_a_space_from_the_command_line_is_two_tags(isolated_data_dir: Path) -> None:
    """`bookmarks add --add-tag 'a b'` stored one tag "a b": `--tag a` did not find it."""
    store = BookmarkStore()
    store.add(Bookmark("id1", "标题", "来源", None, None, None, tags=["a b"]))
    assert store.get("id1").tags == ["a", "b"]  # type: ignore[union-attr]
    store.set_tags("id1", ["c, d"])
    assert store.get("id1").tags == ["c", "d"]  # type: ignore[union-attr]
    assert [b.article_id for b in store.list_bookmarks(tag="d")] == ["id1"]
    store.close()
