"""`find_more_spellings` gives, on real notes, exactly what the straightforward scan it
replaced gives: every candidate run trimmed and keyed in each of two passes."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from kg1956 import pipeline, spellings
from kg1956.extract.citations import MAX_NOTE_CHARS
from kg1956.models import NameMention, Span
from kg1956.romanize import base_forms, name_key
from kg1956.romanize_cross import cross_keys, foreign_surname_keys
from kg1956.sources import load_source
from kg1956.surname_keys import bare_surname_keys

CORPORA = Path(__file__).parent / "corpora"


def _reference(notes, mentions, known):
    """The scan as it was written before (one loop over every run, both passes), with the
    known keys (`known`) computed by the module's own loop."""
    known_strong, known_weak, surnames, readings, reordered, known_cross = known
    covered: dict[tuple[str, int], list[Span]] = defaultdict(list)
    for n, m in mentions:
        covered[(n.source, n.number)].append(m.span)
    found = []
    for note in notes:
        if len(note.text) > MAX_NOTE_CHARS:
            continue
        spans = covered[(note.source, note.number)]
        taken: list[Span] = []
        candidates = sorted(spellings._candidates(note.text), key=lambda c: (c[0], -c[1]))
        for (start, end), bare_pass in [(c, False) for c in candidates] + [(c, True) for c in candidates]:
            text = spellings._POSSESSIVE.sub("", note.text[start:end]).rstrip(" ’'")
            if not spellings._SURNAME_INITIALS.fullmatch(text):
                text = text.rstrip(" .’'")
            end = start + len(text)
            if len(text) < 3 or any(s.start < end and start < s.end for s in spans + taken):
                continue
            k = name_key(text)
            if (k.family == "plain" and " " not in text) != bare_pass:
                continue
            if k.family == "plain" and " " not in text:
                holders = {h for key in bare_surname_keys(text) for h in surnames.get(key, ())}
                if not holders and len(text) >= 6:
                    holders = {
                        h
                        for form in (text, *base_forms(text))
                        for key in foreign_surname_keys(form)
                        for h in surnames.get(key, ())
                    }
                    holders |= {h for key in bare_surname_keys(text) for h in readings.get(key, ())}
                if spellings._in_longer_name(note.text, start, end, spans + taken) or not spellings._one_holder(
                    holders
                ):
                    continue
            elif not (
                (k.family == "plain" and tuple(sorted(k.strong.split())) in reordered)
                or (k.family == "plain" and spellings._given_name_fits(text, k, surnames))
                or (
                    k.family != "plain"
                    and any(
                        (name_key(b).family, name_key(b).strong) in known_strong
                        or (name_key(b).family, name_key(b).weak) in known_weak
                        for b in base_forms(text)
                    )
                )
                or (k.family != "plain" and ((k.family, k.strong) in known_strong or (k.family, k.weak) in known_weak))
                or (" " in text and any(key in known_cross for part in cross_keys(text) for key in part))
                or (k.family == "initials" and spellings._initials_fit(text, surnames, readings))
                or (
                    k.family == "plain"
                    and " " in text
                    and any(tuple(sorted(name_key(b).strong.split())) in reordered for b in base_forms(text))
                )
            ):
                continue
            taken.append(Span(start, end))
            found.append((note, NameMention(text, Span(start, end))))
    return found


def _notes_and_mentions(paths):
    sources = sorted((load_source(p) for p in paths), key=lambda s: s.slug)
    extractions = []
    for source in sources:
        resolved, _ = pipeline.resolve_back_references(pipeline.extract_notes(source.notes))
        extractions.extend(resolved)
    return [n for s in sources for n in s.notes], pipeline._mentions(extractions)


@pytest.mark.parametrize("paths", [sorted(CORPORA.glob("*.txt")), pipeline.default_sources()], ids=["corpora", "seed"])
def test_the_scan_finds_what_the_plain_scan_finds(paths):
    notes, mentions = _notes_and_mentions(paths)
    known = spellings.known_keys(mentions)
    found = spellings.find_more_spellings(notes, mentions)
    names = [(n.source, n.number, m.text, m.span) for n, m in found if not m.is_organization]
    expected = [(n.source, n.number, m.text, m.span) for n, m in _reference(notes, mentions, known)]
    assert names == expected
    assert len(names) > 10
