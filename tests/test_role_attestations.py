"""Two different roles of one person in one communication are two role attestations, each
with its one label (the shapes allow one kg:roleLabel per attestation)."""

from __future__ import annotations

from dataclasses import replace

from conftest import ask, build_notes

import kg1956.pipeline as pipeline
from kg1956.validate import validate_graph


def _with_a_second_role(extract_notes):
    """Wrap the extractor: each communication's first participant appears again with another role."""

    def wrapped(notes):
        out = []
        for ex in extract_notes(notes):
            cits = []
            for cit in ex.citations:
                comms = []
                for c in cit.communications:
                    first = c.participants[0]
                    again = replace(first, mention=replace(first.mention, role="Foreign Minister"))
                    comms.append(replace(c, participants=(*c.participants, again)))
                cits.append(replace(cit, communications=tuple(comms)))
            out.append(replace(ex, citations=tuple(cits)))
        return out

    return wrapped


def test_two_roles_of_one_person_in_one_talk_are_two_attestations(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_notes", _with_a_second_role(pipeline.extract_notes))
    built = build_notes(
        tmp_path,
        "1. Record of conversation between Premier Zhou Enlai and Ambassador P.F. Yudin, 3 May 1958, "
        "AVPRF, f. 0100, op. 51, d. 6, ll. 3–5.",
    )
    graph = built.graph
    rows = ask(
        graph,
        """SELECT ?node ?label WHERE { ?node a kg:RoleAttestation ; kg:roleLabel ?label ;
               org:member/skos:prefLabel "Zhou Enlai" }""",
    )
    labels = sorted(str(r.label) for r in rows)
    assert labels == ["Foreign Minister", "Premier"]
    assert len({r.node for r in rows}) == 2
    assert validate_graph(built.triples).conforms
