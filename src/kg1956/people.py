"""Find people in a built graph by any spelling of their name."""

from __future__ import annotations

import difflib

from rdflib import Graph, URIRef

from kg1956.datasource import DataSource, as_source
from kg1956.romanize import fold, name_key, name_words


def person_labels(data: DataSource | Graph) -> dict[URIRef, list[str]]:
    """Every person's labels, preferred first."""
    return as_source(data).person_labels()


def find_people(graph: DataSource | Graph, name: str) -> tuple[list[URIRef], list[str]]:
    """Persons whose spellings match `name` (exactly after folding, else by romanisation
    key, else by surname alone when only one person bears it), and the closest other
    spellings as suggestions when none match (for a shared surname: its bearers)."""
    labels = person_labels(graph)
    wanted = fold(name).strip()
    exact = sorted({p for p, ls in labels.items() if any(fold(label) == wanted for label in ls)})
    if exact:
        return exact, []
    key = name_key(name)
    by_key = sorted(
        {
            p
            for p, ls in labels.items()
            if key.strong
            and any(name_key(label).strong == key.strong and name_key(label).family == key.family for label in ls)
        }
    )
    if by_key:
        return by_key, []
    if key.family == "plain" and len(name_words(wanted)) == 1:  # a bare surname: enough if it names one person
        by_surname = sorted(
            {p for p, ls in labels.items() if any(name_key(label).surname == key.surname for label in ls)}
        )
        if len(by_surname) == 1:
            return by_surname, []
        if by_surname:
            return [], sorted(labels[p][0] for p in by_surname)[:5]
    every = sorted({label for ls in labels.values() for label in ls})
    folded = {fold(label): label for label in every}
    close = difflib.get_close_matches(wanted, list(folded), n=5, cutoff=0.5)
    return [], [folded[c] for c in close]
