"""A story (or a set of bookmarked articles) as a dossier to hand over (Qt-free).

- ``build.py``: what it holds: title and span, the timeline of reports (from the stories'
  public ``timeline()``), the reader's notes and highlights at their reports, the references.
- ``as_markdown.py``, ``as_html.py``: the two renderings; the window and ``reader dossier``
  print the HTML to PDF with Qt (``reader/ui/dossier_pdf.py``).
- ``words.py``: the sentences both renderings share.
"""
