"""What the research desk writes to and reads from files: highlights (export, import),
citations of a chosen set of articles, and a story's dossier (Markdown or PDF)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from reader.core.citations.formats import SUFFIXES
from reader.core.storage import StorageError, reason_of
from reader.ui.i18n import QT_TR_NOOP, tr
from reader.ui.widgets import warn

if TYPE_CHECKING:
    from reader.ui.research_desk import ResearchDesk

FORMAT_FILTERS = {"ris": "RIS", "bibtex": "BibTeX", "csl-json": "CSL-JSON"}
FORMAT_NAMES = {
    "ris": QT_TR_NOOP("RIS (Zotero, EndNote, Mendeley)"),
    "bibtex": QT_TR_NOOP("BibTeX (JabRef, LaTeX)"),
    "csl-json": QT_TR_NOOP("CSL-JSON (Zotero, Pandoc)"),
}
SCOPES = {
    "article": QT_TR_NOOP("This article"),
    "story": QT_TR_NOOP("This story"),
    "results": QT_TR_NOOP("The search results"),
    "bookmarks": QT_TR_NOOP("All bookmarks"),
}


def _failed(desk: ResearchDesk, exc: BaseException) -> None:
    words = str(exc) if isinstance(exc, StorageError | ValueError) else reason_of(exc)
    warn(desk.parent_widget(), tr("Research"), words)


# -- highlights --------------------------------------------------------------------------
def export_highlights(desk: ResearchDesk, kind: str) -> None:
    store = desk.store
    if store is None:
        desk.notice.emit(desk.failure)
        return
    suffix = ".md" if kind == "md" else ".json"
    target = desk.save_path(tr("Export Highlights"), tr("Highlights"), suffix,
                            "Markdown (*.md)" if kind == "md" else "JSON (*.json)",
                            "highlights")  # fmt: skip
    if target is None:
        return
    try:
        if kind == "md":
            from reader.core.annotations.export import export_markdown

            count = export_markdown(store.list_highlights(), target)
        else:
            count = store.export_json(target)
    except OSError as exc:
        _failed(desk, exc)
        return
    desk.notice.emit(tr("Exported %n highlight(s) to {path}", None, count, path=str(target)))


def import_highlights(desk: ResearchDesk) -> None:
    store = desk.store
    if store is None:
        desk.notice.emit(desk.failure)
        return
    path = desk.open_path(tr("Import Highlights"), "JSON (*.json)")
    if path is None:
        return
    try:
        added, updated = store.import_json(path)
    except (OSError, ValueError) as exc:
        _failed(desk, exc)
        return
    desk.notice.emit(tr("Imported %n new highlight(s); {updated} already here were updated",
                        None, added, updated=updated))  # fmt: skip
    desk.changed.emit(frozenset())


# -- citations -----------------------------------------------------------------------------
class CitationDialog(QDialog):
    """What to cite (the article, its story, the search results, the bookmarks or a tag's)
    and in which format."""

    def __init__(self, scopes: list[str], tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export Citations"))
        self.scope = QComboBox()
        for key in scopes:
            self.scope.addItem(tr(SCOPES[key]), key)
        for tag in tags:
            self.scope.addItem(tr("Tagged #{tag}", tag=tag), f"tag:{tag}")
        self.format = QComboBox()
        for key, words in FORMAT_NAMES.items():
            self.format.addItem(tr(words), key)
        form = QFormLayout(self)
        form.addRow(tr("Cite:"), self.scope)
        form.addRow(tr("Format:"), self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def _scope_ids(desk: ResearchDesk, scope: str) -> list[str] | None:
    """The ids a scope stands for now (None: the story's ids are read in the worker)."""
    session = desk.session
    if scope == "article":
        return [session.current.id] if session.current is not None else []
    if scope == "results":
        model = desk.window.list_model  # a search's results are the one list's rows
        return model.ids() if model.searching else []
    if scope == "bookmarks":
        return [b.article_id for b in session.bookmarks.list_bookmarks()]
    if scope.startswith("tag:"):
        from reader.core.citations.scopes import tagged

        highlights = desk.store.list_highlights() if desk.store else []
        return tagged(scope[4:], session.bookmarks.list_bookmarks(), highlights)
    return None


def citable_tags(desk: ResearchDesk) -> list[str]:
    """Every tag a bookmark or a highlight has, each once, in order."""
    tags = {t for t, _n in desk.session.bookmarks.tags()}
    if desk.store is not None:
        tags.update(t for t, _n in desk.store.tags())
    return sorted(tags)


def _scope_name(desk: ResearchDesk, scope: str) -> str:
    """What the file of a scope's references is named after."""
    session = desk.session
    if scope == "article" and session.current is not None:
        return session.current.title
    if scope == "story":
        return desk.story_title
    if scope == "results":
        return desk.window.search_pane.edit.text().strip()
    if scope == "bookmarks":
        return tr("Bookmarks")
    return scope.removeprefix("tag:")


def export_citations(desk: ResearchDesk) -> None:
    session = desk.session
    listed = desk.window.list_model  # a search's results are the one list's rows
    scopes = [s for s, ok in (("article", session.current is not None),
                              ("story", desk.story_id is not None),
                              ("results", listed.searching and listed.rowCount() > 0),
                              ("bookmarks", session.bookmarks.count() > 0)) if ok]  # fmt: skip
    dialog = CitationDialog(scopes, citable_tags(desk), desk.parent_widget())
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.scope.count() == 0:
        return
    scope, fmt = str(dialog.scope.currentData()), str(dialog.format.currentData())
    target = desk.save_path(tr("Export Citations"), _scope_name(desk, scope), SUFFIXES[fmt],
                            f"{FORMAT_FILTERS[fmt]} (*{SUFFIXES[fmt]})", "references")  # fmt: skip
    if target is None:
        return
    ids, story = _scope_ids(desk, scope), desk.story_id
    marks = session.bookmarks.list_bookmarks()
    highlights = desk.store.list_highlights() if desk.store else []
    path, load = desk.controller.catalog_path(), desk.loader()

    def work() -> int:
        from reader.core.citations.formats import export
        from reader.core.citations.gather import gather
        from reader.core.citations.scopes import story_articles
        from reader.core.search.catalog import Catalog

        catalog = Catalog(path, readonly=True) if path is not None and path.exists() else None
        try:
            wanted = ids
            if wanted is None:
                wanted = (story_articles(catalog.db, story) or []) if catalog and story else []
            refs = gather(wanted, catalog=catalog, bookmarks=marks, highlights=highlights,
                          load=load)  # fmt: skip
        finally:
            if catalog is not None:
                catalog.close()
        target.write_text(export(refs, fmt), encoding="utf-8", newline="")
        return len(refs)

    def done(count: object) -> None:
        desk.notice.emit(tr("Wrote %n reference(s) to {path}", None, int(str(count)),
                            path=str(target)))  # fmt: skip

    desk.controller.io_runner.submit(work, done, lambda exc: _failed(desk, exc))


# -- the dossier -----------------------------------------------------------------------------
def export_dossier(desk: ResearchDesk) -> None:
    story = desk.story_id
    if story is None:
        desk.notice.emit(tr("Open a story's timeline or an article of a story first."))
        return
    target = desk.save_path(tr("Export Story as Dossier"), desk.story_title, ".pdf",
                            "PDF (*.pdf);;Markdown (*.md)", "dossier")  # fmt: skip
    if target is None:
        return
    as_pdf = target.suffix.lower() != ".md"
    marks = desk.session.bookmarks.list_bookmarks()
    highlights = desk.store.list_highlights() if desk.store else []
    path, load = desk.controller.catalog_path(), desk.loader()

    def work() -> tuple[str, str]:
        from reader.core.dossier.as_html import to_html
        from reader.core.dossier.as_markdown import to_markdown
        from reader.core.dossier.build import story_dossier
        from reader.core.search.catalog import Catalog

        if path is None or not path.exists():
            raise ValueError(tr("the library has no index yet"))
        catalog = Catalog(path, readonly=True)
        try:
            dossier = story_dossier(catalog, story, bookmarks=marks, highlights=highlights,
                                    load=load)  # fmt: skip
        finally:
            catalog.close()
        if dossier is None:
            raise ValueError(tr("the story is no longer in the library"))
        if as_pdf:
            return dossier.title, to_html(dossier)
        target.write_text(to_markdown(dossier), encoding="utf-8")
        return dossier.title, ""

    def done(result: object) -> None:
        assert isinstance(result, tuple)
        title, page = result
        if as_pdf:
            from reader.ui.dossier_pdf import html_to_pdf

            try:
                html_to_pdf(page, target, title=title)
            except OSError as exc:
                _failed(desk, exc)
                return
        desk.notice.emit(tr("Saved {path}", path=str(target)))

    desk.controller.io_runner.submit(work, done, lambda exc: _failed(desk, exc))
