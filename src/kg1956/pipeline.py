"""The pipeline in one place: sources → extract → back-references → resolve → graph.

The CLI and the Python API both call `build`; nothing here prints.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

from rdflib import Graph

from kg1956.authority import load_authority
from kg1956.backrefs import resolve_back_references
from kg1956.extract.citations import extract_note
from kg1956.forked import ForkedJob, can_fork
from kg1956.graph import GraphBuilder, forget_literals
from kg1956.models import Fragment, NameMention, Note, NoteExtraction, Source
from kg1956.named_in_full import named_in_full
from kg1956.resolve import Merge, Resolution, resolve_mentions
from kg1956.sources import load_source, notes_files
from kg1956.spellings import find_more_spellings
from kg1956.triples import TripleIndex
from kg1956.vocab import DEFAULT_BASE, PREFIXES

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


@dataclass
class BuildResult:
    """What a build produced: the graph and what was (and was not) understood."""

    triples: TripleIndex
    sources: list[Source]
    extractions: list[NoteExtraction]
    resolution: Resolution
    fragments: list[tuple[Note, Fragment]] = field(default_factory=list)
    # what each note (and each source) asserts: the named graphs of the TriG export
    named_graphs: Mapping = field(default_factory=dict)
    base: str = DEFAULT_BASE
    _warnings: list[str] | None = field(default=None, repr=False, compare=False)  # kept by `let_go_of_readings`

    @cached_property
    def graph(self) -> Graph:
        """The graph as an rdflib Graph, made on first use (the build itself, validation
        and export work on `triples`)."""
        return self.triples.to_graph({**{k: str(v) for k, v in PREFIXES.items()}, "data": self.base})

    @property
    def unparsed(self) -> list[tuple[Note, Fragment]]:
        return [(n, f) for n, f in self.fragments if f.kind == "unparsed"]

    @property
    def warnings(self) -> list[str]:
        """Things the user should know: notes out of order, notes too long to read …"""
        if self._warnings is not None:
            return self._warnings
        out = [w for s in self.sources for w in s.warnings]
        out += [f"{e.note.source}: {w}" for e in self.extractions for w in e.warnings]
        return out

    @property
    def merges(self) -> list[Merge]:
        return self.resolution.merges

    def let_go_of_readings(self) -> None:
        """Drop what the graph was built from and nothing published needs: the extractions
        and the resolution's entities (~40 MB at 10,000 notes, more than the graph's
        subjects' predicates). `warnings`, `merges`, `unparsed`, `triples` and the named
        graphs answer as before; `extractions` is empty. For a caller that publishes the
        result and reports on it (`kg1956 build`), before publishing."""
        self._warnings = self.warnings
        self.extractions = []
        self.resolution = Resolution([], {}, self.resolution.merges)


def default_sources() -> list[Path]:
    """The corpus shipped in data/: every .txt file there."""
    return sorted(DATA_DIR.glob("*.txt"))


def _mentions(extractions: list[NoteExtraction]) -> list[tuple[Note, NameMention]]:
    out = []
    for ex in extractions:
        seen = set()
        for c in ex.citations:
            if c.form != "full":  # an "Ibid." carries the spans of the note it points to
                continue
            if c.diarist is not None and (c.diarist.text, c.diarist.span) not in seen:
                seen.add((c.diarist.text, c.diarist.span))
                out.append((ex.note, c.diarist))
            for comm in c.communications:
                for m in (*(p.mention for p in comm.participants), *comm.note_takers):
                    if (m.text, m.span) not in seen:
                        seen.add((m.text, m.span))
                        out.append((ex.note, m))
    return out


def _sides_of_talks(extractions: list[NoteExtraction]) -> list[tuple[str, str]]:
    """Pairs of spellings a note writes as two parties of one communication: two people (read
    before back references, which bring in an earlier note's parties under their own spellings)."""
    pairs = set()
    for ex in extractions:
        for c in ex.citations:
            for comm in c.communications:
                texts = sorted({p.mention.text for p in comm.participants if not p.mention.is_organization})
                pairs.update((a, b) for i, a in enumerate(texts) for b in texts[i + 1 :])
    return sorted(pairs)


# Below this many notes a second process costs more than it saves.
PARALLEL_MIN_NOTES = 2000
_NOTES_FOR_WORKERS: Sequence[Note] = ()


def _extract_range(bounds: tuple[int, int]) -> list[NoteExtraction]:
    start, end = bounds
    return [extract_note(note) for note in _NOTES_FOR_WORKERS[start:end]]


def extract_notes(notes: Sequence[Note], workers: int | None = None) -> list[NoteExtraction]:
    """`extract_note` on every note, in order; on large inputs, on every core (notes are
    independent until back-references are resolved). Forked workers see the notes
    without pickling them; only the extractions travel back."""
    global _NOTES_FOR_WORKERS
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(notes) < PARALLEL_MIN_NOTES or "fork" not in mp.get_all_start_methods():
        return [extract_note(note) for note in notes]
    step = max(200, len(notes) // (workers * 8))
    bounds = [(i, min(i + step, len(notes))) for i in range(0, len(notes), step)]
    _NOTES_FOR_WORKERS = notes
    try:
        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
            parts = list(pool.map(_extract_range, bounds))
    except BrokenProcessPool:
        # a worker was killed (the system short of memory, a signal): do the work here
        # rather than wait for it, as a Pool would, for ever
        return [extract_note(note) for note in notes]
    finally:
        _NOTES_FOR_WORKERS = ()
    return [ex for part in parts for ex in part]


def more_spellings(notes: Sequence[Note], mentions: list[tuple[Note, NameMention]]) -> list[tuple[Note, NameMention]]:
    """`find_more_spellings(notes, mentions)`; on large inputs the later half of the notes
    is scanned in a forked child on the second core while this process scans the first
    (each note is scanned alone against what all the mentions know, so the halves' finds,
    one after the other, are the whole's). The child's finds come back as note indexes
    and mentions, so they name this process's own notes."""
    notes = list(notes)
    if len(notes) < PARALLEL_MIN_NOTES or not can_fork() or (os.cpu_count() or 1) < 2:
        return find_more_spellings(notes, mentions)
    half = len(notes) // 2
    later = notes[half:]
    child = ForkedJob(partial(_spellings_by_index, later, mentions), "scanning the notes for spellings")
    try:
        found = find_more_spellings(notes[:half], mentions)
    except BaseException:
        child.cancel()
        raise
    return found + [(later[i], mention) for i, mention in child.wait()]


def _spellings_by_index(notes: list[Note], mentions: list[tuple[Note, NameMention]]) -> list[tuple[int, NameMention]]:
    """`find_more_spellings`, each find's note given by its index in `notes`."""
    index = {id(note): i for i, note in enumerate(notes)}
    return [(index[id(note)], mention) for note, mention in find_more_spellings(notes, mentions)]


def build(
    paths: Sequence[Path] | None = None,
    base: str = DEFAULT_BASE,
    encoding: str = "utf-8",
    progress: Callable[[str], None] | None = None,
    authority: Sequence[Path] | None = None,
) -> BuildResult:
    """Read notes files (default: the corpus in data/), extract and build the graph.

    `authority` lists authority files about people (default: data/authority/*.toml).

    Raises:
        SourceError: a file cannot be read or holds no notes.
    """
    paths = notes_files([Path(p) for p in paths]) if paths else default_sources()
    sources = [load_source(Path(p), encoding) for p in paths]
    sources.sort(key=lambda s: s.slug)
    extractions: list[NoteExtraction] = []
    fragments: list[tuple[Note, Fragment]] = []
    per_source: list[tuple[Source, list[NoteExtraction]]] = []
    own_readings: list[NoteExtraction] = []  # each note as read, before Ibid./Idem bring in others' parties
    for source in sources:
        if progress:
            progress(f"extracting {len(source.notes)} notes from {source.path}")
        raw = extract_notes(source.notes)
        own_readings.extend(raw)
        resolved, unresolved = resolve_back_references(raw)
        notes_by_number = {n.number: n for n in source.notes}
        fragments.extend((notes_by_number[num], frag) for num, frag in unresolved)
        for ex in resolved:
            fragments.extend((ex.note, f) for f in ex.fragments)
        per_source.append((source, resolved))
        extractions.extend(resolved)
    mentions = _mentions(extractions)
    all_notes = [note for source in sources for note in source.notes]
    entries = load_authority(list(authority) if authority is not None else None)
    elsewhere = more_spellings(all_notes, mentions) + named_in_full(all_notes, mentions)
    resolution = resolve_mentions(mentions, elsewhere, entries, _sides_of_talks(own_readings))
    builder = GraphBuilder(base)
    doubts = [(ex.note, d.name, d.comment) for ex in extractions for d in ex.doubts]
    builder.add_entities(resolution, doubts)
    for source, exs in per_source:
        source_iri = builder.add_source(source, resolution)
        builder.add_citations(source_iri, exs, resolution)
    builder.settle_functions()
    for note, frag in fragments:
        builder.add_fragment(note, frag.span, frag.text, frag.kind)
    builder.triples.stop_interning()  # no more triples: the table of terms can go
    forget_literals()
    return BuildResult(builder.triples, sources, extractions, resolution, fragments, builder.contexts, builder.base)
