"""Caches for pure functions of strings that the readers ask about over and over.

Many rules read the same clause, and each asks the same questions of it (where its people
end and its date begins, whether a word could be part of a name): a function decorated here
answers a question it was asked before from its cache. Only for functions whose answer
depends on their arguments alone (strings and numbers; no lexicon changed at run time) and
is never changed by a caller (a bool, a str, a frozen dataclass, a tuple of them); `listed`
gives each caller a list of its own. The answers are the same; only the time differs.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

WORDS = 16_384  # one word or a short phrase: few distinct ones, asked about everywhere
CLAUSES = 2_048  # a clause or a part of it: asked about again by the next rule, soon forgotten


def of_words(function: Callable[P, T]) -> Callable[P, T]:
    """Cache a pure function of a word or a short phrase."""
    return functools.lru_cache(maxsize=WORDS)(function)  # type: ignore[return-value]


def of_clauses(function: Callable[P, T]) -> Callable[P, T]:
    """Cache a pure function of a clause (the last ones asked about)."""
    return functools.lru_cache(maxsize=CLAUSES)(function)  # type: ignore[return-value]


def listed(function: Callable[P, list | None]) -> Callable[P, list | None]:
    """Cache a pure function of a clause that returns a list (or None): the list is kept as a
    tuple and each caller gets a new list of the same items."""
    cached = functools.lru_cache(maxsize=CLAUSES)(lambda *args, **kw: _frozen(function(*args, **kw)))

    @functools.wraps(function)
    def wrapper(*args: P.args, **kw: P.kwargs) -> list | None:
        found = cached(*args, **kw)
        return None if found is None else list(found)

    wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return wrapper


def _frozen(found: list | None) -> tuple | None:
    return None if found is None else tuple(found)
