"""RDF namespaces used in kg1956 graphs, and the data IRI scheme."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/kg1956/ontology#")
SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
RICO = Namespace("https://www.ica.org/standards/RiC/ontology#")
BIBO = Namespace("http://purl.org/ontology/bibo/")
CITO = Namespace("http://purl.org/spar/cito/")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")
ROLE = Namespace("https://w3id.org/kg1956/roles#")  # the kinds of role (ontology/roles.ttl)

DEFAULT_BASE = "https://w3id.org/kg1956/"

PREFIXES = {
    "kg": KG,
    "kgrole": ROLE,
    "prov": PROV,
    "schema": SCHEMA,
    "skos": SKOS,
    "org": ORG,
    "rico": RICO,
    "bibo": BIBO,
    "cito": CITO,
    "dcterms": DCTERMS,
    "oa": OA,
    "time": TIME,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
}

SPARQL_PREFIXES = "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in sorted(PREFIXES.items()))
"""The project's prefixes as a SPARQL prologue, for queries written in code."""

KIND_CLASSES = {
    "conversation": KG.Conversation,
    "letter": KG.Letter,
    "memo": KG.Memo,
    "diary_entry": KG.DiaryEntry,
    "telegram": KG.Telegram,
    "report": KG.Report,
}

WORK_CLASSES = {
    "book": KG.Book,
    "article": KG.Article,
    "chapter": KG.Chapter,
    "working_paper": KG.WorkingPaper,
    "web_page": KG.WebPage,
    "newspaper_issue": KG.Periodical,
    "newspaper_article": KG.NewspaperArticle,
    "periodical": KG.Periodical,
    "collection": KG.DocumentCollection,
    "manuscript": KG.Manuscript,
}


def iri_path(*parts: str) -> str:
    """Join path segments, percent-encoding anything unsafe in an IRI."""
    return "/".join(_segment(p) for p in parts if p)


@lru_cache(maxsize=65536)
def _segment(part: str) -> str:
    return quote(part, safe="-._~")


def trusted_iri(value: str) -> URIRef:
    """A URIRef for an IRI kg1956 assembled from percent-encoded parts itself: made
    without rdflib's character scan, which costs more than the rest of adding a triple."""
    return str.__new__(URIRef, value)


class CachedTerms:
    """A namespace whose terms are each made once: rdflib's `Namespace` and
    `DefinedNamespace` make a new URIRef on every attribute access (and a dict lookup
    with a new key object compares strings). Unknown names still fail as they would."""

    def __init__(self, namespace) -> None:  # noqa: ANN001 - an rdflib namespace
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return self._namespace[name]


_BY_LENGTH = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def short_iri(iri: str) -> str:
    """`kg:participant` for an IRI in one of the project's namespaces, else `<iri>`."""
    for ns, prefix in _BY_LENGTH:
        if iri.startswith(ns) and "/" not in iri[len(ns) :] and "#" not in iri[len(ns) :]:
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"
