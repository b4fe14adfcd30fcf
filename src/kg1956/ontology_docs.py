"""docs/ontology.md from ontology/kg1956.ttl: every class and property, its alignments to
established vocabularies, and an example triple from the seed graph.

Regenerate after changing the ontology (or when the seed graph's examples move):

    python -m kg1956.ontology_docs            # writes docs/ontology.md
    python -m kg1956.ontology_docs --check    # exit 1 if docs/ontology.md is stale

tests/test_ontology.py fails when the committed file differs from what this renders.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg1956.vocab import KG, PREFIXES

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_FILE = ROOT / "ontology" / "kg1956.ttl"
DOCS_FILE = ROOT / "docs" / "ontology.md"
REGENERATE = "python -m kg1956.ontology_docs"

KINDS = {
    OWL.Class: "class",
    RDFS.Class: "class",
    OWL.ObjectProperty: "object property",
    OWL.DatatypeProperty: "datatype property",
    RDF.Property: "property",
}
ALIGNMENTS = (
    (RDFS.subClassOf, "⊑"),
    (RDFS.subPropertyOf, "⊑"),
    (OWL.equivalentClass, "≡"),
    (OWL.equivalentProperty, "≡"),
    (SKOS.closeMatch, "≈"),
    (RDFS.seeAlso, "see"),
)
TABLE_HEAD = (
    "| term | kind | label | definition | domain → range | alignments | example from the seed graph |\n"
    "|---|---|---|---|---|---|---|"
)
_SECTION = re.compile(r"^#\s+\d+\.\s+(.+?)\s*$")
_TERM = re.compile(r"^kg:(\w+)\b")

INTRO = """\
# kg1956 ontology

<!-- Generated from ontology/kg1956.ttl by `{regenerate}`; do not edit by hand. -->

The terms of the graph kg1956 writes, namespace `https://w3id.org/kg1956/ontology#`
(prefix `kg:`). Alignments: ⊑ `rdfs:subClassOf` / `rdfs:subPropertyOf` (entailed),
≡ `owl:equivalentClass` / `owl:equivalentProperty`, ≈ `skos:closeMatch` and "see"
`rdfs:seeAlso` (informative only). Examples are real triples of the graph built from
`data/` (the seed corpus); `data:` abbreviates the base IRI `{base}`. The data model in
prose is in [data-model.md](data-model.md).

## Publishing: what the export files hold

`kg1956 export` (and `kg1956 build`) write the same graph in several formats; the same
notes give byte-identical files. Every format holds the data and a dataset description.

| file | what it is for |
|---|---|
| `kg1956.ttl` | Turtle: the whole graph, subjects sorted |
| `kg1956.nt` | N-Triples: the whole graph, one triple a line, lines sorted (diff- and `grep`-friendly) |
| `kg1956.trig` | TriG: one named graph per note, one per source, one for the dataset description |
| `kg1956.jsonld` | JSON-LD, compact, with the context of `ontology/context.jsonld` inlined |
| `people.csv`, `communications.csv`, `roles.csv` | the named queries `people`, `conversations`, `roles` |
| `documents.csv`, `archival-references.csv` | the named queries `documents`, `archival-references` |

The CSV files have one header row (the query's columns), UTF-8 text, RFC 4180 quoting and
CRLF line ends; dates are ISO 8601, links are full IRIs.

### Named graphs: what does note 39 say?

In the TriG file each note's graph is named by the note's IRI,
`data:source/SOURCE/note/N`, and holds exactly the triples that note asserts: the people
it names (with the spellings it uses), the communications, roles, records, copies and
works it cites, its citations (and `SOURCE cito:cites` what it cites) and the
`kg:Mention` annotations that point into its text. A triple several notes assert is in
each of their graphs. The source's graph (`data:source/SOURCE`) holds the article-level
facts: the source's title, authors, date and pages, and each note's number and text. The
graph `data:dataset/description` holds the VoID + DCAT description. The union of all
graphs is the Turtle export.

```sparql
# what does note 39 of Lankov & Selivanov (2018) say?
SELECT ?s ?p ?o WHERE {{
  GRAPH <{base}source/lankov-selivanov-2018/note/39> {{ ?s ?p ?o }}
}}

# which notes attest that Kurdiukov spoke with Yi Sang-cho on 28 November 1956?
PREFIX kg: <https://w3id.org/kg1956/ontology#>
SELECT DISTINCT ?note WHERE {{
  GRAPH ?note {{ ?c kg:participant <{base}person/i-f-kurdiukov>, <{base}person/yi-sang-cho> ;
                   kg:date "1956-11-28"^^<http://www.w3.org/2001/XMLSchema#date> }}
}}
```

With rdflib: `ds = rdflib.Dataset(); ds.parse("build/kg1956.trig")`, then
`ds.graph(URIRef("…/note/39"))`. Stores that load TriG (Oxigraph, Jena, GraphDB …) keep
the graphs as they are; a store that merges them into its default graph gives the Turtle
export.

### JSON-LD for web developers

One flat `@graph` array, one object per resource, ordered by `id`. Keys are plain words
(`id`, `type`, `name` = `skos:prefLabel`, `alternateName` = `skos:altLabel`,
`participant`, `recorder`, `interlocutor`, `sender`, `recipient`, `date`, `kind`,
`role`, `member`, `note` = `prov:wasDerivedFrom` (the notes that attest the resource),
`text`, `title`, …; the full list is `ontology/context.jsonld`). Links are IRI strings;
multi-valued keys (`alternateName`, `participant`, `note`, …) are always arrays. Dates are
typed: a plain string under `date`, `attestedOn`, `issued` … is an `xsd:date`
(`"1956-11-28"`); a date known only to the month or year is an object
`{{"@value": "1956-06", "@type": "xsd:gYearMonth"}}`. Expanding the file with any JSON-LD
processor gives exactly the triples of the Turtle export.

### Dataset description (VoID + DCAT)

`data:dataset` is a `void:Dataset` and `dcat:Dataset` with `dcterms:title`,
`dcterms:description`, `dcterms:source` (the `kg:Source`), `dcterms:creator`,
`dcterms:license` (CC BY 4.0), `dcterms:created` (the latest `dcterms:issued` of the
sources, so rebuilding does not change it), `void:triples` (every triple of the file,
description included, as `rapper -c` counts them), `void:entities` (every IRI with an
`rdf:type`), `void:classPartition` with `void:class` and `void:entities` for `kg:Person`,
`kg:Communication`, `kg:Record` and `kg:Work`, `void:vocabulary`,
`void:exampleResource`, `void:dataDump` and one `dcat:distribution` per file above
(`dcat:downloadURL` assumes the build folder is published at the base IRI).
"""


def _label(term: object) -> str:
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if text.startswith(str(ns)) and text != str(ns):
            return f"{prefix}:{text[len(str(ns)) :]}"
    return f"<{text}>"


def _class_expression(onto: Graph, node: object) -> str:
    if isinstance(node, BNode):
        members = onto.value(node, OWL.unionOf)
        if members is not None:
            return " ∪ ".join(f"`{_label(m)}`" for m in Collection(onto, members))
        return "(anonymous class)"
    return f"`{_label(node)}`"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _short(term: object, base: str, limit: int = 48) -> str:
    if isinstance(term, URIRef):
        text = str(term)
        if text.startswith(base):
            return "data:" + text[len(base) :]
        return _label(term)
    if isinstance(term, Literal):
        value = str(term)
        if len(value) > limit:
            value = value[: limit - 1] + "…"
        value = value.replace("\\", "\\\\").replace('"', '\\"')
        if term.datatype is not None and term.language is None:
            return f'"{value}"^^{_label(term.datatype)}'
        return f'"{value}"' + (f"@{term.language}" if term.language else "")
    return str(term)


def _example(term: URIRef, kind: str, graph: Graph, base: str) -> str:
    if kind == "class":
        subjects = sorted(graph.subjects(RDF.type, term), key=str)
        if not subjects:
            return "—"
        return f"`{_short(subjects[0], base)} a {_label(term)}`"
    triples = sorted(graph.triples((None, term, None)), key=lambda t: (str(t[0]), str(t[2])))
    if not triples:
        return "—"
    s, p, o = triples[0]
    return f"`{_short(s, base)} {_label(p)} {_short(o, base)}`"


def _sections(ontology_text: str) -> list[tuple[str, list[str]]]:
    """(section title, local names of kg: terms in order of definition) from the file's layout."""
    sections: list[tuple[str, list[str]]] = []
    for line in ontology_text.splitlines():
        heading = _SECTION.match(line)
        if heading:
            sections.append((heading.group(1), []))
            continue
        term = _TERM.match(line)
        if term and sections:
            sections[-1][1].append(term.group(1))
    return sections


def declared_terms(onto: Graph) -> dict[URIRef, str]:
    """Every kg: term the ontology declares, with its kind (class, object property …)."""
    terms = {}
    for rdf_class, kind in KINDS.items():
        for subject in onto.subjects(RDF.type, rdf_class):
            if isinstance(subject, URIRef) and str(subject).startswith(str(KG)):
                terms.setdefault(subject, kind)
    return terms


def render_ontology_docs(onto: Graph, ontology_text: str, examples: Graph, base: str) -> str:
    """The Markdown of docs/ontology.md."""
    terms = declared_terms(onto)
    out = [INTRO.format(regenerate=REGENERATE, base=base)]
    placed: set[URIRef] = set()
    sections = _sections(ontology_text)
    leftover = sorted(set(terms) - {KG[name] for _, names in sections for name in names}, key=str)
    if leftover:
        sections.append(("Other terms", [str(t)[len(str(KG)) :] for t in leftover]))
    for title, names in sections:
        rows = []
        for name in names:
            term = KG[name]
            if term not in terms or term in placed:
                continue
            placed.add(term)
            kind = terms[term]
            domain = onto.value(term, RDFS.domain)
            range_ = onto.value(term, RDFS.range)
            scope = ""
            if kind != "class":
                scope = f"{_class_expression(onto, domain) if domain else '—'} → "
                scope += _class_expression(onto, range_) if range_ else "—"
            aligned = []
            for prop, sign in ALIGNMENTS:
                targets = sorted(onto.objects(term, prop), key=str)
                if targets:
                    aligned.append(f"{sign} " + ", ".join(f"`{_label(t)}`" for t in targets))
            rows.append(
                "| "
                + " | ".join(
                    [
                        f"`kg:{name}`",
                        kind,
                        _cell(str(onto.value(term, RDFS.label) or "")),
                        _cell(str(onto.value(term, RDFS.comment) or "")),
                        scope,
                        "; ".join(aligned),
                        _example(term, kind, examples, base),
                    ]
                )
                + " |"
            )
        if rows:
            out.append(f"## {title}\n")
            out.append(
                "| term | kind | label | definition | domain → range | alignments | example from the seed graph |"
            )
            out.append("|---|---|---|---|---|---|---|")
            out.extend(rows)
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def render_from_files(examples: Graph | None = None, base: str | None = None) -> str:
    """docs/ontology.md as the committed ontology and the seed graph make it now."""
    from kg1956.vocab import DEFAULT_BASE

    text = ONTOLOGY_FILE.read_text(encoding="utf-8")
    onto = Graph().parse(data=text, format="turtle")
    if examples is None:
        from kg1956.pipeline import build

        examples = build().graph
    return render_ontology_docs(onto, text, examples, base or DEFAULT_BASE)


def main(argv: Sequence[str] | None = None) -> int:
    """Write docs/ontology.md, or with --check report whether it is stale (exit 1)."""
    args = list(sys.argv[1:] if argv is None else argv)
    rendered = render_from_files()
    if "--check" in args:
        current = DOCS_FILE.read_text(encoding="utf-8") if DOCS_FILE.exists() else ""
        if current != rendered:
            sys.stderr.write(f"{DOCS_FILE} is stale; run `{REGENERATE}` to regenerate it\n")
            return 1
        return 0
    DOCS_FILE.write_text(rendered, encoding="utf-8")
    sys.stdout.write(f"wrote {DOCS_FILE}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
