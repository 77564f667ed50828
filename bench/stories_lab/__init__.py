"""Stories lab (issue 21): clusterers tried against the app's on the tuning half of
``bench/stories_labels_v2`` (figures: ``bench/stories_model_notes.md``). None is in the app.

    python -m bench.stories_lab --catalog DATA/libraries/X/catalog.sqlite \\
        --library /work/corpus/articles-real --cache /tmp/lab app-like|learned|cv

``app-like``: the lab's re-implementation of the app's clusterer over string terms;
``learned``: the learned article-story model trained and scored on the tuning half (in
sample); ``cv``: the same model cross-validated, two folds by saga (siblings together), each
fold scored by a model fitted on the other, beside the app's-like scores on the same folds.
``--heldout`` (the end only) fits on the whole tuning half and scores the held-out half.
"""
