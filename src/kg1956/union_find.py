"""Groups joined by union: the spellings that name one person."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


class UnionFind:
    """Disjoint sets of spellings; each set's root is its least member. Spellings kept apart
    (two parties of one communication) are never put in one set by a join that asks `may_join`."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self._members: dict[str, list[str]] = {}
        self._apart: dict[str, set[str]] = defaultdict(set)

    def find(self, x: str) -> str:
        """The root of the set that holds `x` (a new set of its own if none does)."""
        if x not in self.parent:
            self.parent[x] = x
            self._members[x] = [x]
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        """Join the sets of `a` and `b`."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, gone = min(ra, rb), max(ra, rb)
            self.parent[gone] = keep
            self._members[keep].extend(self._members.pop(gone))

    def members(self, x: str) -> list[str]:
        """Every member of the set that holds `x`."""
        return list(self._members[self.find(x)])

    def keep_apart(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Record spellings that name two different people (the two sides of one talk)."""
        for a, b in pairs:
            if a != b:
                self._apart[a].add(b)
                self._apart[b].add(a)

    def may_join(self, a: str, b: str) -> bool:
        """Whether joining the sets of `a` and `b` keeps every pair kept apart in two sets."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self._apart:
            return True
        small, other = (ra, rb) if len(self._members[ra]) <= len(self._members[rb]) else (rb, ra)
        return not any(self.find(y) == other for x in self._members[small] for y in self._apart.get(x, ()))
