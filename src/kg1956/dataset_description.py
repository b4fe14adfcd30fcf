"""The dataset description (VoID + DCAT) that travels inside every export.

Everything in it is computed from the graph itself: counts, vocabularies, example
resources and the creation date (the latest `dcterms:issued` of the sources, never the
clock), so the same notes give the same description, byte for byte. Its resources all
live under `BASE/dataset`, which is how `split_description` finds them again in a graph
read back from a file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, RDFS, VOID, XSD

from kg1956.triples import TripleIndex
from kg1956.vocab import DEFAULT_BASE, KG, PREFIXES

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
ONTOLOGY = URIRef("https://w3id.org/kg1956/ontology")
CREATOR_NAME = "kg1956 developers"
# The classes a reader counts first; each gets a void:classPartition and an example.
PARTITION_CLASSES = (KG.Person, KG.Communication, KG.Record, KG.Work)
# Namespaces a vocabulary IRI is recognised by (void:vocabulary lists the ones used).
KNOWN_VOCABULARIES = tuple(sorted({str(ns) for ns in PREFIXES.values()} | {str(VOID), str(DCAT)}, key=len))

Triple = tuple[URIRef, URIRef, object]


@dataclass(frozen=True)
class Distribution:
    """One file of the export, as the description announces it (dcat:Distribution)."""

    key: str
    file: str
    title: str
    media_type: str
    rdf: bool = True


def description_root(base: str) -> URIRef:
    """The IRI of the dataset (`BASE/dataset`); every description resource starts with it."""
    return URIRef(base + "dataset")


def dataset_base(triples: Iterable[Triple]) -> str:
    """The base IRI the data lives under, read off its kg:Source IRIs (a graph will do)."""
    if isinstance(triples, TripleIndex):
        sources = sorted(str(s) for s in triples.instances(KG.Source))
    else:
        sources = sorted(str(s) for s, p, o in triples if p == RDF.type and o == KG.Source)
    for source in sources:
        head, sep, _ = source.rpartition("source/")
        if sep:
            return head
    return DEFAULT_BASE


def is_description_subject(node: object, base: str) -> bool:
    root = str(description_root(base))
    return isinstance(node, URIRef) and (str(node) == root or str(node).startswith(root + "/"))


def split_description(triples: Iterable[Triple], base: str) -> tuple[set[Triple], set[Triple]]:
    """Separate (data, description) triples: a graph read back from an export carries both."""
    data: set[Triple] = set()
    description: set[Triple] = set()
    for t in triples:
        (description if is_description_subject(t[0], base) else data).add(t)
    return data, description


def describe_dataset(
    data: Graph | TripleIndex, distributions: Sequence[Distribution], base: str | None = None
) -> Graph:
    """The VoID + DCAT description of `data` as the export publishes it.

    `void:triples` counts every triple of the published file (data and this description),
    `void:entities` every IRI with an `rdf:type` in it, so a reader who counts finds the
    same numbers. The description's own size does not depend on those numbers, so one
    trial description gives them exactly.

    Args:
        data: the graph without any description (see `split_description`).
        distributions: the files of the export, announced as dcat:distribution.
        base: the data's base IRI (default: read off the kg:Source IRIs).
    """
    data = data if isinstance(data, TripleIndex) else TripleIndex(data)
    base = base or dataset_base(data)
    description = _description(data, distributions, base, triples=0, entities=0)
    # the description's subjects are its own (split_description), so the two do not overlap
    typed = _typed_iris(data) + len({s for s, p, _ in description if p == RDF.type and isinstance(s, URIRef)})
    root = description_root(base)
    description.set((root, VOID.triples, Literal(len(data) + len(description), datatype=XSD.integer)))
    description.set((root, VOID.entities, Literal(typed, datatype=XSD.integer)))
    return description


def _typed_iris(data: TripleIndex) -> int:
    rdf_type = RDF.type
    return sum(1 for s, predicates in data.subjects_index().items() if rdf_type in predicates and isinstance(s, URIRef))


def _description(
    data: TripleIndex, distributions: Sequence[Distribution], base: str, triples: int, entities: int
) -> Graph:
    g = Graph(bind_namespaces="none")
    root = description_root(base)
    sources = sorted(data.instances(KG.Source))
    notes = len(data.instances(KG.Note))

    g.add((root, RDF.type, VOID.Dataset))
    g.add((root, RDF.type, DCAT.Dataset))
    g.add((root, DCTERMS.title, Literal(_title(data, sources))))
    g.add((root, DCTERMS.description, Literal(_abstract(data, sources, notes))))
    for source in sources:
        g.add((root, DCTERMS.source, source))
    creator = URIRef(f"{root}/creator")
    g.add((root, DCTERMS.creator, creator))
    g.add((creator, RDF.type, DCTERMS.Agent))
    g.add((creator, RDF.type, PROV.Agent))
    g.add((creator, RDFS.label, Literal(CREATOR_NAME)))
    g.add((root, DCTERMS.license, LICENSE))
    g.add((root, DCTERMS.conformsTo, ONTOLOGY))
    created = _latest_issued(data, sources)
    if created is not None:
        g.add((root, DCTERMS.created, created))
    g.add((root, VOID.uriSpace, Literal(base)))
    g.add((root, VOID.triples, Literal(triples, datatype=XSD.integer)))
    g.add((root, VOID.entities, Literal(entities, datatype=XSD.integer)))

    members: dict[URIRef, set] = {cls: data.instances(cls) for cls in PARTITION_CLASSES}
    weight = _weights(data, set().union(*members.values()))
    for cls in PARTITION_CLASSES:
        name = str(cls).rsplit("#", 1)[-1]
        part = URIRef(f"{root}/class/{name}")
        g.add((root, VOID.classPartition, part))
        g.add((part, VOID["class"], cls))
        g.add((part, VOID.entities, Literal(len(members[cls]), datatype=XSD.integer)))
        if members[cls]:
            # the most talked-about member, ties broken by IRI: meaningful and stable
            example = min(members[cls], key=lambda node: (-weight[node], str(node)))
            g.add((root, VOID.exampleResource, example))

    for dist in distributions:
        node = URIRef(f"{root}/distribution/{dist.key}")
        url = URIRef(base + dist.file)
        g.add((root, DCAT.distribution, node))
        g.add((node, RDF.type, DCAT.Distribution))
        g.add((node, DCTERMS.title, Literal(dist.title)))
        g.add((node, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/" + dist.media_type)))
        g.add((node, DCAT.downloadURL, url))
        if dist.rdf:
            g.add((root, VOID.dataDump, url))

    predicates, classes = data.predicates_and_classes()
    used = chain(((None, p, None) for p in predicates), ((None, RDF.type, c) for c in classes), g)
    for vocabulary in _vocabularies(used):
        g.add((root, VOID.vocabulary, URIRef(vocabulary)))
    return g


def _title(data: TripleIndex, sources: list[URIRef]) -> str:
    if len(sources) == 1:
        return f"kg1956 graph of the notes of “{data.value(sources[0], DCTERMS.title)}”"
    return f"kg1956 graph of the notes of {len(sources)} sources"


def _abstract(data: TripleIndex, sources: list[URIRef], notes: int) -> str:
    cited = []
    for source in sources:
        authors = data.value(source, KG.authorList)
        issued = data.value(source, DCTERMS.issued)
        ref = f"“{data.value(source, DCTERMS.title)}”"
        if authors:
            ref = f"{authors}, {ref}"
        if issued:
            ref += f" ({str(issued)[:4]})"
        cited.append(ref)
    return (
        "Who spoke to whom, when, in what role, and where the evidence lies: the communications, "
        "people, roles, records and archival references kg1956 extracted from the "
        f"{notes} footnotes of {'; '.join(cited) or 'no source'}. Every statement is traced to "
        "the note that asserts it (one named graph per note in the TriG export)."
    )


def _latest_issued(data: TripleIndex, sources: list[URIRef]) -> Literal | None:
    dates = [o for s in sources for o in data.objects(s, DCTERMS.issued) if isinstance(o, Literal)]
    # ISO lexical forms sort in time order; a full date beats its bare year ("2018-10-22" > "2018")
    return max(dates, key=lambda lit: (str(lit), str(lit.datatype)), default=None)


def _weights(data: TripleIndex, nodes: set) -> Counter:
    """How many triples each of `nodes` is in, as subject or object."""
    weight: Counter = Counter()
    for s, predicates in data.subjects_index().items():
        if s in nodes:
            weight[s] += sum(len(objects) for objects in predicates.values())
        for objects in predicates.values():
            if not nodes.isdisjoint(objects):
                weight.update(nodes.intersection(objects))
    return weight


def _vocabularies(triples: Iterable[Triple]) -> list[str]:
    used = set()
    for _, p, o in triples:
        used.add(_namespace(str(p)))
        if p == RDF.type and isinstance(o, URIRef):
            used.add(_namespace(str(o)))
    return sorted(used)


def _namespace(iri: str) -> str:
    for ns in reversed(KNOWN_VOCABULARIES):  # longest first
        if iri.startswith(ns):
            return ns
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]
