"""Records → RDF: people, roles, communications, records and their copies, works,
citations and notes, each with provenance to the note and span it came from."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as _rdflib_ns

from kg1956 import vocab
from kg1956.extract.lexicon import HIERARCHY_LEVELS, REPOSITORY_NAMES
from kg1956.models import Citation, Communication, DateValue, Locator, Note, NoteExtraction, Source, Span, Work
from kg1956.named_graphs import NamedGraphs
from kg1956.resolve import Entity, Resolution
from kg1956.role_kinds import ROLE_KINDS, role_kind
from kg1956.romanize import fold, slugify
from kg1956.triples import TripleIndex
from kg1956.vocab import KIND_CLASSES, PREFIXES, WORK_CLASSES, CachedTerms, iri_path, trusted_iri

# the builder asks for a term per triple: each made once
BIBO, CITO, KG, OA, ORG, RICO, SCHEMA = (
    CachedTerms(ns) for ns in (vocab.BIBO, vocab.CITO, vocab.KG, vocab.OA, vocab.ORG, vocab.RICO, vocab.SCHEMA)
)
ROLE_KIND_TERMS = {slug: vocab.ROLE[slug] for slug, _, _ in ROLE_KINDS}
DCTERMS, PROV, RDF, SKOS, XSD = (
    CachedTerms(ns) for ns in (_rdflib_ns.DCTERMS, _rdflib_ns.PROV, _rdflib_ns.RDF, _rdflib_ns.SKOS, _rdflib_ns.XSD)
)

_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
_ORG_IN_ROLE = re.compile(
    r"\b(?:of|in|at)\s+(?:the\s+)?(?P<org>(?:[A-Z0-9][\w’'-]*)(?:[\s,]+(?:of|for|the|and|[A-Z0-9][\w’'-]*))*)\s*$"
)


def date_literal(value: DateValue) -> Literal:
    """An xsd:date, xsd:gYearMonth or xsd:gYear literal, by the date's precision."""
    return _typed_literal(value.iso, _DATATYPES[value.precision])


@lru_cache(maxsize=4096)
def _typed_literal(lexical: str, datatype: URIRef) -> Literal:
    return Literal(lexical, datatype=datatype)


@lru_cache(maxsize=8192)
def text_literal(text: str) -> Literal:
    """A plain string literal, made once for a text that recurs (labels, kinds, the parts of
    call numbers, names as written): rdflib's `Literal()` costs ~10 µs, a look-up ~0.3."""
    return Literal(text)


def forget_literals() -> None:
    """Let go of the literals kept for reuse (at the end of a build: the graph keeps its own)."""
    text_literal.cache_clear()
    _typed_literal.cache_clear()


@lru_cache(maxsize=4096)
def _offset(n: int) -> Literal:
    """A character offset, as oa:start and oa:end take it (the same few hundred recur)."""
    return Literal(n, datatype=XSD.nonNegativeInteger)


def organization_in_role(role: str) -> str | None:
    """ "Counsellor of the Far Eastern Department" → "Far Eastern Department"."""
    m = _ORG_IN_ROLE.search(role)
    if not m:
        return None
    org = m.group("org").strip(" ,")
    if org.lower() == "staff":
        return None  # "Chief of Staff": whose staff is not said
    return org if len(org) > 2 else None


@dataclass
class _CommRef:
    note: Note
    citation: Citation
    comm: Communication
    key: tuple


class GraphBuilder:
    """Builds the triples of the graph (a `TripleIndex`) from the extractions of one or
    more sources, and what each note asserts (`contexts`)."""

    def __init__(self, base: str) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.triples = TripleIndex(intern=True)  # equal terms kept once (see TripleIndex)
        self.context: URIRef | None = None
        self.contexts = NamedGraphs(self.triples)
        self._asserted: list | None = None  # the flat list of the graph being written
        self._role_labels: dict[URIRef, list[str]] = {}  # a role node's labels, first first
        self._note_iris: dict[tuple[str, int], URIRef] = {}

    @property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph (built on each call: for tests and callers
        who want rdflib; the build itself works on `triples`)."""
        return self.triples.to_graph({**{k: str(v) for k, v in PREFIXES.items()}, "data": self.base})

    # --- helpers ------------------------------------------------------------------------

    def iri(self, *parts: str) -> URIRef:
        return trusted_iri(self.base + iri_path(*parts))

    def add(self, s, p, o) -> None:  # noqa: ANN001 - rdflib terms
        """Add a triple to the graph and to the named graph of the note (or source) being read
        (the index's own objects for `s` and `o`: equal terms are kept once)."""
        s, o = self.triples.add_terms(s, p, o)
        if self._asserted is not None:
            self._asserted += (s, p, o)

    @contextmanager
    def asserted_by(self, graph_iri: URIRef) -> Iterator[None]:
        """Record the triples added inside the block as asserted by `graph_iri` (a note or
        a source): the TriG export writes one named graph per note from these."""
        outer = self.context, self._asserted
        graph_iri = self.triples.interned(graph_iri)  # a note's IRI: also in its triples
        self.context, self._asserted = graph_iri, self.contexts.open(graph_iri)
        try:
            yield
        finally:
            self.context, self._asserted = outer

    def note_iri(self, note: Note) -> URIRef:
        """The note's IRI (made once: every triple of a note names it, most several times)."""
        key = (note.source, note.number)
        iri = self._note_iris.get(key)
        if iri is None:
            iri = self._note_iris[key] = self.iri("source", note.source, "note", str(note.number))
        return iri

    def entity_iri(self, ent: Entity) -> URIRef:
        return self.iri("organization" if ent.is_organization else "person", ent.slug)

    def mention(self, note: Note, span: Span, body: URIRef) -> None:
        """A Web Annotation tying `body` to the exact span of the note that names it."""
        if span.end <= span.start:
            return
        m = trusted_iri(f"{self.note_iri(note)}/span/{span.start}-{span.end}")
        target, selector = trusted_iri(f"{m}/target"), trusted_iri(f"{m}/selector")
        self.add(m, RDF.type, KG.Mention)
        self.add(m, OA.hasBody, body)
        self.add(m, OA.hasTarget, target)
        self.add(m, KG.surfaceForm, text_literal(note.text[span.start : span.end]))
        self.add(target, RDF.type, OA.SpecificResource)
        self.add(target, OA.hasSource, self.note_iri(note))
        self.add(target, OA.hasSelector, selector)
        self.add(selector, RDF.type, OA.TextPositionSelector)
        self.add(selector, OA.start, _offset(span.start))
        self.add(selector, OA.end, _offset(span.end))

    def derived(self, node: URIRef, note: Note) -> None:
        self.add(node, PROV.wasDerivedFrom, self.note_iri(note))

    # --- sources and notes ----------------------------------------------------------------

    def add_source(self, source: Source, resolution: Resolution) -> URIRef:
        with self.asserted_by(self.iri("source", source.slug)):
            return self._add_source(source)

    def _add_source(self, source: Source) -> URIRef:
        s = self.iri("source", source.slug)
        self.add(s, RDF.type, KG.Source)
        self.add(s, DCTERMS.title, Literal(source.title or source.slug))
        self.add(s, KG.sourceFile, Literal(source.path.replace("\\", "/").split("/")[-1]))
        if source.authors:
            self.add(s, KG.authorList, Literal("; ".join(source.authors)))
        if source.pages:
            self.add(s, BIBO.pages, Literal(source.pages))
        if source.publisher:
            self.add(s, DCTERMS.publisher, Literal(source.publisher))
        if source.published:
            from kg1956.extract.dates import find_dates

            found = find_dates(source.published)
            if found and found[0].value:
                self.add(s, DCTERMS.issued, date_literal(found[0].value))
        elif source.year and source.year.isdigit():
            self.add(s, DCTERMS.issued, Literal(source.year, datatype=XSD.gYear))
        for note in source.notes:
            n = self.note_iri(note)
            self.add(n, RDF.type, KG.Note)
            self.add(n, KG.noteNumber, Literal(note.number))
            self.add(n, KG.text, Literal(note.text))
            self.add(n, DCTERMS.isPartOf, s)
        return s

    # --- people -----------------------------------------------------------------------------

    def add_entities(self, resolution: Resolution, doubts: list[tuple[Note, str, str]]) -> None:
        by_name = {}
        for ent in resolution.entities:
            for spelling in ent.spellings:
                by_name.setdefault(fold(spelling), ent)
        doubted: dict[str, list[tuple[Note, str]]] = defaultdict(list)
        for note, name, comment in doubts:
            ent = by_name.get(fold(name))
            if ent is not None:
                doubted[ent.slug].append((note, comment))
        for ent in resolution.entities:
            node = self.entity_iri(ent)
            cls = KG.Organization if ent.is_organization else KG.Person
            for spelling, occurrences in sorted(ent.spellings.items()):
                for note, mention in occurrences:
                    with self.asserted_by(self.note_iri(note)):
                        self.add(node, RDF.type, cls)
                        self.add(node, SKOS.prefLabel, text_literal(ent.label))
                        if spelling != ent.label:
                            self.add(node, SKOS.altLabel, text_literal(spelling))
                        if not ent.is_organization:
                            self.add(node, KG.nameUncertain, Literal(bool(doubted.get(ent.slug))))
                        self.derived(node, note)
                        self.mention(note, mention.span, node)
            for note, comment in doubted.get(ent.slug, []):
                with self.asserted_by(self.note_iri(note)):
                    self.add(node, KG.nameComment, Literal(comment))
                    self.derived(node, note)

    # --- communications, records, copies -------------------------------------------------

    def record_iri(self, citation: Citation, comm_path: str | None) -> URIRef:
        if comm_path:
            return self.iri("record", *comm_path.split("/"))
        if citation.covers:
            return self.iri("record", "diary", slugify(citation.title)[:80])
        return self.iri("record", slugify(citation.title)[:80] or "untitled")

    def add_citations(self, source_iri: URIRef, extractions: list[NoteExtraction], resolution: Resolution) -> None:
        refs: list[_CommRef] = []
        for ex in extractions:
            for c in ex.citations:
                for comm in c.communications:
                    slugs = _party_key(comm, resolution)
                    refs.append(
                        _CommRef(ex.note, c, comm, (comm.kind, comm.date.iso if comm.date else "undated", slugs))
                    )
        canonical = _merge_partial(refs)
        for ex in extractions:
            with self.asserted_by(self.note_iri(ex.note)):
                for index, c in enumerate(ex.citations, start=1):
                    self._add_citation(source_iri, ex.note, index, c, resolution, canonical)

    def settle_functions(self) -> None:
        """Call after every source's citations are in. One note may name who wrote the record
        ("Record of conversation, Yudin–Mao") and another cite the same talk as a plain
        conversation between the two: the writer stays its recorder, not also its interlocutor."""
        for node in sorted(self.triples.instances(KG.Communication)):
            both = set(self.triples.objects(node, KG.recorder)) & set(self.triples.objects(node, KG.interlocutor))
            for person in sorted(both):  # gone from every named graph too (see NamedGraphs)
                self.triples.discard((node, KG.interlocutor, person))

    def _comm_path(self, key: tuple) -> str:
        kind, date, parties = key
        return "/".join((kind, date, "--".join(sorted(parties))[:200]))

    def _add_citation(self, source_iri, note, index, c: Citation, resolution, canonical) -> None:  # noqa: ANN001
        note_iri = self.note_iri(note)
        cit = self.iri("source", note.source, "note", str(note.number), "citation", str(index))
        first_path = None
        comm_nodes = []
        for comm in c.communications:
            slugs = _party_key(comm, resolution)
            key = canonical.get((comm.kind, comm.date.iso if comm.date else "undated", slugs))
            path = self._comm_path(key)
            first_path = first_path or path
            node = self.iri("communication", *path.split("/"))
            comm_nodes.append(node)
            self._add_communication(node, note, comm, c, resolution)
        cited = None
        if c.communications or c.locators or c.covers or (c.title and c.work is None):
            record = self.record_iri(c, first_path)
            self._add_record(record, note, c, comm_nodes)
            cited = record
        if c.work is not None:
            cited = self.add_work(c.work, note, c.work.span if c.form == "full" else None)
        if cited is None:
            return
        self.add(cit, RDF.type, KG.Citation)
        self.add(cit, CITO.hasCitingEntity, note_iri)
        self.add(cit, CITO.hasCitedEntity, cited)
        self.add(cit, KG.citationForm, text_literal(c.form))
        if c.pages:
            self.add(cit, KG.citedPages, Literal(c.pages))
        self.derived(cit, note)
        self.mention(note, c.span, cit)
        self.add(source_iri, CITO.cites, cited)

    def _add_communication(
        self, node: URIRef, note: Note, comm: Communication, c: Citation, resolution: Resolution
    ) -> None:
        self.add(node, RDF.type, KG.Communication)
        self.add(node, RDF.type, KIND_CLASSES[comm.kind])
        self.add(node, KG.kind, text_literal(comm.kind))
        if comm.date is not None:
            self.add(node, KG.date, date_literal(comm.date))
        self.derived(node, note)
        # an "Ibid." reuses an earlier note's spans (its citation mention covers them); the new
        # entries of an "Ibid., entry 30 December" are this note's own
        if c.form == "full" or c.ibid_entries is not None:
            self.mention(note, comm.span, node)
        for phrase in comm.unnamed:
            self.add(node, KG.unnamedParticipant, text_literal(phrase))
        for p in comm.participants:
            ent = resolution.entity_for(p.mention)
            person = self.entity_iri(ent)
            self.add(node, KG.participant, person)
            self.add(node, getattr(KG, p.function), person)
            if p.mention.role:
                self._add_role(ent, person, p.mention.role, comm, node, note)
        for taker in comm.note_takers:  # the role the record attests; the note-taker took no part
            if taker.role:
                ent = resolution.entity_for(taker)
                self._add_role(ent, self.entity_iri(ent), taker.role, comm, node, note)

    def _add_role(
        self, ent: Entity, person: URIRef, role: str, comm: Communication, comm_node: URIRef, note: Note
    ) -> None:
        role = role.strip()
        node = trusted_iri(f"{comm_node}/role/" + iri_path(ent.slug, f"{note.source}-{note.number}"))
        # a second, different role of the same person in the same communication and note
        # ("Zhou Enlai (Premier) … Zhou Enlai (Foreign Minister)") is an attestation of its own
        labels = self._role_labels.setdefault(node, [])
        if role not in labels:
            labels.append(role)
        if labels.index(role):
            node = trusted_iri(f"{node}-{labels.index(role) + 1}")
        self.add(node, RDF.type, KG.RoleAttestation)
        self.add(node, ORG.member, person)
        self.add(node, KG.roleLabel, text_literal(role))
        kind = role_kind(role)
        if kind is not None:  # "посла СССР в КНР", "Botschafters": an ambassador's, whatever the case
            self.add(node, ORG.role, ROLE_KIND_TERMS[kind])
        self.add(node, KG.attestedIn, comm_node)
        if comm.date is not None:
            self.add(node, KG.attestedOn, date_literal(comm.date))
        org = organization_in_role(role)
        if org:
            org_node = self.iri("organization", slugify(org)[:80])
            self.add(org_node, RDF.type, KG.Organization)
            self.add(org_node, SKOS.prefLabel, text_literal(org))
            self.derived(org_node, note)
            self.add(node, ORG.organization, org_node)
        self.derived(node, note)

    def _add_record(self, record: URIRef, note: Note, c: Citation, comm_nodes: list[URIRef]) -> None:
        self.add(record, RDF.type, KG.Record)
        if (record, DCTERMS.title, None) not in self.triples:
            self.add(record, DCTERMS.title, Literal(c.title or "untitled record"))
        self.derived(record, note)
        for node in comm_nodes:
            self.add(node, KG.documentedIn, record)
        if c.covers:
            start, end = c.covers
            if start:
                self.add(record, KG.coversFrom, date_literal(start))
            if end:
                self.add(record, KG.coversTo, date_literal(end))
        for loc in c.locators:
            self._add_archival_copy(record, note, loc, c.span)
        for copy in c.copies:
            if copy.work is None:
                continue
            work = self.add_work(copy.work, note)
            tail = "-".join(x for x in (copy.file, copy.pages) if x) or "whole"
            node = trusted_iri(f"{record}/published/" + iri_path(work.split("/")[-1], slugify(tail)))
            self.add(node, RDF.type, KG.PublishedCopy)
            self.add(node, KG.publishedIn, work)
            if copy.file:
                self.add(node, KG.file, Literal(copy.file))
            if copy.pages:
                self.add(node, BIBO.pages, Literal(copy.pages))
            if copy.translator:
                self.add(node, RDF.type, KG.Translation)
                translator = self.iri("person", slugify(copy.translator))
                self._add_plain_person(translator, copy.translator, note)
                self.add(node, KG.translator, translator)
                if copy.based_on:
                    self.add(node, KG.basedOn, Literal(copy.based_on))
            self.add(record, RICO.hasInstantiation, node)
            self.derived(node, note)
            self.mention(note, copy.span, node)

    def _add_plain_person(self, node: URIRef, name: str, note: Note) -> None:
        if (node, RDF.type, KG.Person) not in self.triples:
            self.add(node, RDF.type, KG.Person)
            self.add(node, SKOS.prefLabel, text_literal(name))
            self.add(node, KG.nameUncertain, Literal(False))
        self.derived(node, note)

    def _add_archival_copy(self, record: URIRef, note: Note, loc: Locator, citation_span: Span) -> None:
        repo_code = loc.repository or "unknown-archive"
        repo = self.iri("archive", slugify(repo_code))
        self.add(repo, RDF.type, KG.Repository)
        self.add(repo, SKOS.prefLabel, text_literal(repo_code))
        if loc.repository_text and loc.repository_text != repo_code:
            self.add(repo, SKOS.altLabel, text_literal(loc.repository_text))
        if repo_code in REPOSITORY_NAMES:
            self.add(repo, KG.fullName, text_literal(REPOSITORY_NAMES[repo_code]))
        fields = dict(loc.fields)
        parent = None
        path = [slugify(repo_code)]
        for level in HIERARCHY_LEVELS:
            if level not in fields:
                continue
            path.append(f"{level}-{slugify(fields[level])}")
            node = self.iri("archive", *path)
            self.add(node, RDF.type, KG.RecordSet)
            self.add(node, KG.level, text_literal(level))
            if (node, RICO.identifier, None) not in self.triples:  # "r-5446" and "R-5446" are one fond
                self.add(node, RICO.identifier, text_literal(fields[level]))
                self.add(node, SKOS.prefLabel, text_literal(f"{level} {fields[level]}"))
            self.add(node, KG.repository, repo)
            if parent is not None:
                self.add(node, RICO.isOrWasIncludedIn, parent)
            parent = node
        copy_slug = "--".join(f"{k}-{slugify(v)}" for k, v in loc.fields)
        node = trusted_iri(f"{record}/copy/" + iri_path(slugify(repo_code), copy_slug))
        self.add(node, RDF.type, KG.ArchivalCopy)
        self.add(node, KG.repository, repo)
        if (node, KG.locatorText, None) not in self.triples:  # as the first note to cite it wrote it
            self.add(node, KG.locatorText, Literal(loc.text))
        for key, value in loc.fields:
            self.add(node, getattr(KG, "documentNumber" if key == "document" else key), text_literal(value))
        if parent is not None:
            self.add(node, RICO.isOrWasIncludedIn, parent)
        self.add(record, RICO.hasInstantiation, node)
        self.derived(node, note)
        # a locator an "Ibid., l. 9" inherits has no span of its own: the Ibid. names it
        self.mention(note, loc.span if loc.span.end > loc.span.start else citation_span, node)

    # --- works ------------------------------------------------------------------------------

    def add_work(self, work: Work, note: Note, span: Span | None = None) -> URIRef:
        """The work's node; `span` marks where this note names it (none for a work
        reached through "Ibid." or a short title, which the citation's mention covers)."""
        author = slugify(work.authors[0].split()[-1]) if work.authors else ""
        year = work.year.iso[:4] if work.year else ""
        slug = "-".join(x for x in (author, year, slugify(work.title)[:60]) if x)
        node = self.iri("work", slug)
        self.add(node, RDF.type, KG.Work)
        self.add(node, RDF.type, WORK_CLASSES.get(work.kind, KG.Work))
        if (node, DCTERMS.title, None) not in self.triples:
            self.add(node, DCTERMS.title, Literal(work.title))
        self.derived(node, note)
        for name in work.authors:
            person = self.iri("person", slugify(name))
            self._add_plain_person(person, name, note)
            self.add(node, DCTERMS.creator, person)
        optional = (
            (KG.titleTranslation, work.title_translation),
            (DCTERMS.publisher, work.publisher),
            (KG.place, work.place),
            (BIBO.volume, work.volume),
            (BIBO.issue, work.issue),
            (BIBO.number, work.number),
            (KG.medium, work.medium),
        )
        for prop, value in optional:
            if value and (node, prop, None) not in self.triples:
                self.add(node, prop, Literal(value))
        if work.year and (node, DCTERMS.issued, None) not in self.triples:
            self.add(node, DCTERMS.issued, date_literal(work.year))
        if work.url and (node, SCHEMA.url, None) not in self.triples:
            self.add(node, SCHEMA.url, Literal(work.url, datatype=XSD.anyURI))
        if work.accessed and (node, KG.accessedOn, None) not in self.triples:
            self.add(node, KG.accessedOn, date_literal(work.accessed))
        if work.container is not None:
            self.add(node, DCTERMS.isPartOf, self.add_work(work.container, note))
        if span is not None:
            self.mention(note, span, node)
        return node

    def add_fragment(self, note: Note, span: Span, text: str, kind: str) -> None:
        with self.asserted_by(self.note_iri(note)):
            self._add_fragment(note, span, text, kind)

    def _add_fragment(self, note: Note, span: Span, text: str, kind: str) -> None:
        node = self.iri("source", note.source, "note", str(note.number), "fragment", f"{span.start}-{span.end}")
        self.add(node, RDF.type, KG.UnparsedFragment)
        self.add(node, KG.text, Literal(text))
        self.add(node, KG.fragmentKind, text_literal(kind))
        self.add(node, PROV.wasDerivedFrom, self.note_iri(note))
        self.add(node, OA.start, _offset(span.start))
        self.add(node, OA.end, _offset(span.end))


_DIRECTED = {"sender": "from", "recipient": "to"}


def _party_key(comm: Communication, resolution: Resolution) -> frozenset[str]:
    """Who took part, as IRI slugs; a letter's direction counts ("from-x", "to-y"), a
    conversation's recorder does not (notes disagree on who recorded it)."""
    return frozenset(
        f"{_DIRECTED[p.function]}-{resolution.entity_for(p.mention).slug}"
        if p.function in _DIRECTED
        else resolution.entity_for(p.mention).slug
        for p in comm.participants
    )


def _merge_partial(refs: list[_CommRef]) -> dict[tuple, tuple]:
    """Map each communication key to its canonical key: a citation that names fewer of
    the same record's people ("To the CPSU Central Committee. March 14 1957 Memo …" after
    the full memo) is the same communication when kind, date and archival locator agree."""
    canonical = {r.key: r.key for r in refs}
    by_kind_date: dict[tuple, list[_CommRef]] = defaultdict(list)
    for r in refs:
        by_kind_date[r.key[:2]].append(r)
    for group in by_kind_date.values():
        for small in group:
            for big in group:
                if small.key == big.key or not small.key[2] < big.key[2]:
                    continue
                shared = {(loc.repository, loc.fields) for loc in small.citation.locators} & {
                    (loc.repository, loc.fields) for loc in big.citation.locators
                }
                if shared and len(canonical[big.key][2]) >= len(canonical[small.key][2]):
                    canonical[small.key] = canonical[big.key]
    return canonical
