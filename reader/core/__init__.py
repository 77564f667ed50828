"""Qt-free core: parsing, sanitizing, scanning, search index, bookmarks, settings, paths.

Nothing under this package may import Qt (enforced by ruff TID251 and tests/test_layering.py).
"""
