"""Python screens for kg1956's SHACL-SPARQL constraints: which constraints can have no
result at all, decided over the build's subject index instead of the store.

Running the ten SPARQL constraints over the on-disk store cost 8 s of a 10,000-note
build, and they had to wait for the whole store to be loaded. Each constraint asks a
local question of its focus nodes ("are start < end on this mention's selector?"), which
a walk over the subject index answers in a fraction of that. A screen never decides what
the violations are: it only says that a constraint's query has no row for any focus node
("clean"), and it says so only when every value it met is of the plain kind it knows
(IRIs where nodes belong, well-typed integers, plain strings). Anything else (a literal
where an IRI belongs, an ill-typed offset, a span that does not read as its surface
form) makes the focus node a suspect, and then the constraint runs as SPARQL over the
store exactly as before, so reports and messages come from the same query as always.

A screen is tied to the exact text of its constraint (prefixes and SELECT, whitespace
aside) by a digest: a constraint edited in shapes/ has no screen until one is written for
it, and simply runs as SPARQL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping

from rdflib import Literal, URIRef

from kg1956.triples import TripleIndex

OA = "http://www.w3.org/ns/oa#"
KG = "https://w3id.org/kg1956/ontology#"
PROV = "http://www.w3.org/ns/prov#"
CITO = "http://purl.org/spar/cito/"
DCTERMS = "http://purl.org/dc/terms/"
RICO = "https://www.ica.org/standards/RiC/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

Index = Mapping  # subject → predicate → objects (TripleIndex.subjects_index())
# (the data, its focus nodes) → True when some focus node might have a result row
Screen = Callable[[TripleIndex, Iterable], bool]


def constraint_key(prefixes: str, select: str) -> str:
    """The digest a screen is registered under: the constraint's prefixes and SELECT,
    whitespace runs made one space."""
    text = " ".join(f"{prefixes}\n{select}".split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _node(term) -> bool:  # noqa: ANN001 - an rdflib term
    # An IRI: equal in SPARQL exactly when equal in rdflib. Literals are not ("x" and
    # "x"^^xsd:string are one RDF term, two rdflib ones), nor blank nodes: the store is
    # loaded a piece at a time, and a label in two pieces is two nodes there.
    return isinstance(term, URIRef)


def _offset(term) -> int | None:  # noqa: ANN001 - an rdflib term
    """A well-typed integer literal's value (what SPARQL compares numerically), else None."""
    if isinstance(term, Literal) and not getattr(term, "ill_typed", False):
        value = term.value
        if type(value) is int:
            return value
    return None


def _objects(spo: Index, subject, predicate: URIRef) -> Iterable:  # noqa: ANN001 - rdflib terms
    return spo.get(subject, {}).get(predicate, ())


HAS_TARGET, HAS_SELECTOR = URIRef(OA + "hasTarget"), URIRef(OA + "hasSelector")
HAS_SOURCE, HAS_BODY = URIRef(OA + "hasSource"), URIRef(OA + "hasBody")
START, END = URIRef(OA + "start"), URIRef(OA + "end")
SURFACE_FORM, TEXT, KIND, PARTICIPANT = (URIRef(KG + n) for n in ("surfaceForm", "text", "kind", "participant"))
UNNAMED_PARTICIPANT, CONVERSATION = URIRef(KG + "unnamedParticipant"), URIRef(KG + "Conversation")
ROLES = tuple(URIRef(KG + n) for n in ("recorder", "interlocutor", "sender", "recipient", "diarist"))
RECORDER, INTERLOCUTOR, SENDER, RECIPIENT, DIARIST = ROLES
DERIVED_FROM = URIRef(PROV + "wasDerivedFrom")
CITING, CITED, CITES = URIRef(CITO + "hasCitingEntity"), URIRef(CITO + "hasCitedEntity"), URIRef(CITO + "cites")
IS_PART_OF, INCLUDED_IN, TYPE = URIRef(DCTERMS + "isPartOf"), URIRef(RICO + "isOrWasIncludedIn"), URIRef(RDF_TYPE)


def _span_reversed(spo: Index, selector, start_p: URIRef, end_p: URIRef) -> bool:  # noqa: ANN001 - an rdflib term
    """Might `selector oa:start ?s ; oa:end ?e . FILTER (?s >= ?e)` match?"""
    for start in _objects(spo, selector, start_p):
        for end in _objects(spo, selector, end_p):
            s, e = _offset(start), _offset(end)
            if s is None or e is None or s >= e:
                return True
    return False


def mention_span_reversed(data: TripleIndex, focus: Iterable) -> bool:
    """`$this oa:hasTarget/oa:hasSelector ?selector . ?selector oa:start ?start ; oa:end
    ?end . FILTER (?start >= ?end)`."""
    spo, c = data.subjects_index(), data.canonical
    has_target, has_selector, start, end = c(HAS_TARGET), c(HAS_SELECTOR), c(START), c(END)
    return any(
        _span_reversed(spo, selector, start, end)
        for this in focus
        for target in _objects(spo, this, has_target)
        for selector in _objects(spo, target, has_selector)
    )


def fragment_span_reversed(data: TripleIndex, focus: Iterable) -> bool:
    """`$this oa:start ?start ; oa:end ?end . FILTER (?start >= ?end)`."""
    spo, c = data.subjects_index(), data.canonical
    start, end = c(START), c(END)
    return any(_span_reversed(spo, this, start, end) for this in focus)


def _reads_as(text, start, end, value) -> bool:  # noqa: ANN001 - rdflib terms
    """Is it certain that the span [start, end) of `text` reads as `value` (so the
    FILTER of the surface-form constraint is false)?"""
    s, e = _offset(start), _offset(end)
    if s is None or e is None or not 0 <= s < e:
        return False
    if not isinstance(text, Literal) or not isinstance(value, Literal):
        return False
    if not isinstance(text.value, str) or not isinstance(value.value, str):
        return False
    text = str(text)
    return e <= len(text) and text[s:e] == str(value)


def surface_form_misread(data: TripleIndex, focus: Iterable) -> bool:
    """`$this kg:surfaceForm ?value ; oa:hasTarget ?target . ?target oa:hasSource ?note ;
    oa:hasSelector ?selector . ?note kg:text ?text . ?selector oa:start ?start ; oa:end
    ?end . FILTER (?start < ?end) FILTER (?end > STRLEN(?text) || SUBSTR(…) != STR(?value))`."""
    spo, c = data.subjects_index(), data.canonical
    surface_form, has_target, has_source = c(SURFACE_FORM), c(HAS_TARGET), c(HAS_SOURCE)
    has_selector, text_p, start_p, end_p = c(HAS_SELECTOR), c(TEXT), c(START), c(END)
    for this in focus:
        values = _objects(spo, this, surface_form)
        if not values:
            continue
        for target in _objects(spo, this, has_target):
            for note in _objects(spo, target, has_source):
                for selector in _objects(spo, target, has_selector):
                    for text in _objects(spo, note, text_p):
                        for start in _objects(spo, selector, start_p):
                            for end in _objects(spo, selector, end_p):
                                for value in values:
                                    if not _reads_as(text, start, end, value):
                                        return True
    return False


def body_not_from_note(data: TripleIndex, focus: Iterable) -> bool:
    """`$this oa:hasBody ?value ; oa:hasTarget/oa:hasSource ?note . ?value
    prov:wasDerivedFrom ?someNote . FILTER NOT EXISTS { ?value prov:wasDerivedFrom ?note }`."""
    spo, c = data.subjects_index(), data.canonical
    has_target, has_source, has_body, derived_from = c(HAS_TARGET), c(HAS_SOURCE), c(HAS_BODY), c(DERIVED_FROM)
    for this in focus:
        notes = [n for t in _objects(spo, this, has_target) for n in _objects(spo, t, has_source)]
        if not notes:
            continue
        for value in _objects(spo, this, has_body):
            if not _node(value):
                if spo.get(value):  # a literal with statements of its own: not a case to judge here
                    return True
                continue
            derived = _objects(spo, value, derived_from)
            if derived and not all(_node(d) for d in (*derived, *notes)):
                return True
            if derived and not all(n in derived for n in notes):
                return True
    return False


def talks_with_self(data: TripleIndex, focus: Iterable) -> bool:
    """`$this ?role1 ?value . $this ?role2 ?value . FILTER ((?role1 = kg:recorder &&
    ?role2 = kg:interlocutor) || (?role1 = kg:sender && ?role2 = kg:recipient))`."""
    spo, c = data.subjects_index(), data.canonical
    pairs = ((c(RECORDER), c(INTERLOCUTOR)), (c(SENDER), c(RECIPIENT)))
    for this in focus:
        predicates = spo.get(this, {})
        for one, other in pairs:
            a, b = predicates.get(one, ()), predicates.get(other, ())
            if a and b and (not all(_node(v) for v in (*a, *b)) or not set(a).isdisjoint(b)):
                return True
    return False


def too_few_parties(data: TripleIndex, focus: Iterable) -> bool:
    """`{ $this kg:kind ?kind . FILTER (STR(?kind) = "conversation") } UNION { $this
    rdf:type kg:Conversation }`, with fewer than two distinct kg:participant and not a
    participant beside a kg:unnamedParticipant."""
    spo, c = data.subjects_index(), data.canonical
    type_p, conversation_c, kind_p = c(TYPE), c(CONVERSATION), c(KIND)
    participant_p, unnamed_p = c(PARTICIPANT), c(UNNAMED_PARTICIPANT)
    for this in focus:
        predicates = spo.get(this, {})
        conversation = conversation_c in predicates.get(type_p, ()) or any(
            str(k) == "conversation" for k in predicates.get(kind_p, ())
        )
        if not conversation:
            continue
        participants = predicates.get(participant_p, ())
        if participants and predicates.get(unnamed_p):
            continue
        if len({p for p in participants if _node(p)}) < 2:  # distinct IRIs: `?a != ?b` is true
            return True
    return False


def role_not_participant(data: TripleIndex, focus: Iterable) -> bool:
    """`$this ?role ?value . FILTER (?role IN (kg:recorder, kg:interlocutor, kg:sender,
    kg:recipient, kg:diarist)) FILTER NOT EXISTS { $this kg:participant ?value }`."""
    spo, c = data.subjects_index(), data.canonical
    participant_p, roles = c(PARTICIPANT), [c(r) for r in ROLES]
    for this in focus:
        predicates = spo.get(this, {})
        participants = predicates.get(participant_p, ())
        for role in roles:
            for value in predicates.get(role, ()):
                if not _node(value) or value not in participants:
                    return True
    return False


def included_in_itself(data: TripleIndex, focus: Iterable) -> bool:
    """`$this rico:isOrWasIncludedIn+ $this`."""
    spo, included_in = data.subjects_index(), data.canonical(INCLUDED_IN)
    for this in focus:
        seen: set = set()
        frontier = list(_objects(spo, this, included_in))
        while frontier:
            node = frontier.pop()
            if node == this or not _node(node):
                return True
            if node not in seen:
                seen.add(node)
                frontier.extend(_objects(spo, node, included_in))
    return False


def citation_not_from_note(data: TripleIndex, focus: Iterable) -> bool:
    """`$this cito:hasCitingEntity ?note . FILTER NOT EXISTS { $this prov:wasDerivedFrom ?note }`."""
    spo, c = data.subjects_index(), data.canonical
    citing, derived_from = c(CITING), c(DERIVED_FROM)
    return any(
        not _node(note) or note not in _objects(spo, this, derived_from)
        for this in focus
        for note in _objects(spo, this, citing)
    )


def cited_not_in_source(data: TripleIndex, focus: Iterable) -> bool:
    """`$this cito:hasCitingEntity/dcterms:isPartOf ?source ; cito:hasCitedEntity ?value .
    FILTER NOT EXISTS { ?source cito:cites ?value }`."""
    spo, c = data.subjects_index(), data.canonical
    citing, cited_p, is_part_of, cites_p = c(CITING), c(CITED), c(IS_PART_OF), c(CITES)
    for this in focus:
        cited = _objects(spo, this, cited_p)
        if not cited:
            continue
        for note in _objects(spo, this, citing):
            for source in _objects(spo, note, is_part_of):
                cites = _objects(spo, source, cites_p)
                for value in cited:
                    if not _node(source) or not _node(value) or value not in cites:
                        return True
    return False


# digest of the constraint's text (`constraint_key`) → its screen; tests check that every
# SPARQL constraint in shapes/ has one and that none passes a graph its query faults
SCREENS: dict[str, Screen] = {
    "153eb4f8023f3eec": mention_span_reversed,
    "400ff5809970f7bd": surface_form_misread,
    "30683f4f95078643": body_not_from_note,
    "6b2b3d6fd71c026b": fragment_span_reversed,
    "799c81196f124705": talks_with_self,
    "5ea4410061d56836": too_few_parties,
    "960ef7887163d7e9": role_not_participant,
    "b9e9a168610dc9eb": included_in_itself,
    "9d35c58ac64b90c2": citation_not_from_note,
    "143ea39e578b21e7": cited_not_in_source,
}


def might_fault(key: str, data: TripleIndex, focus: Iterable) -> bool:
    """True unless the screen registered under `key` finds that no focus node can have a
    result row (no screen, or a focus node that is not an IRI: True)."""
    screen = SCREENS.get(key)
    if screen is None:
        return True
    focus = list(focus)
    return not all(_node(f) for f in focus) or screen(data, focus)
