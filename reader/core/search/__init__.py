"""Full-text search over a library: Whoosh index + SQLite catalog, Chinese-first analysis."""
