"""Reader: read, search and bookmark a local archive of saved news articles, offline."""

__version__ = "0.1.0"
