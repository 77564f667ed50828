"""Issue 21 lab: stories from an event representation (who did what) instead of bags of
bigrams: each article's salient entities (CC-CEDICT proper nouns, Latin-script names, numbers)
and its title's actors and action, linked on shared rare entities within a few days.

``python -m bench.stories_event --catalog C --library L --cache DIR`` scores the tuning half
of ``stories_labels_v2`` (``--heldout`` adds the held-out half: once, at the end). Bench code
only; the figures are in bench/stories_model_notes.md.
"""
