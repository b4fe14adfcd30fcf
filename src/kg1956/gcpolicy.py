"""Garbage-collector settings for a big build.

A build makes millions of small objects (terms, tuples, sets) and frees almost none until
it ends; the cyclic collector, run at its defaults, walks them again and again (a
30,000-note build spent a fifth of its time there). Inside `few_collections()` the
youngest generation is collected 100 times less often, and `settle()` moves everything
made so far out of the collector's sight (`gc.freeze`); leaving the block puts the
defaults back."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def few_collections() -> Iterator[None]:
    """Collect rarely inside the block (the objects made there live until its end)."""
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def settle() -> None:
    """Stop the collector from walking the objects made so far (they stay alive)."""
    gc.freeze()
