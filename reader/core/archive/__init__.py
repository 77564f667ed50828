"""The archive in time: what the one list holds (a search and its filters), how its articles
spread over days, weeks and months, and the archive's own "now" (its last active day).

Every face asks the same functions: the window's list and histogram (in a worker or the
search process), and `reader list`, `reader search --count`, `reader histogram`, `reader
saved`. Days are local days (the reader's clock), as the list shows dates.
"""
