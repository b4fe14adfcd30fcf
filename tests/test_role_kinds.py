"""The kind of a role (org:role): one concept for the same office in any language and case, none
for a label the lexicon does not know, findable with the `role-holders` query."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg1956.pipeline import build
from kg1956.query import load_query, run_query
from kg1956.role_kinds import ROLE_KINDS, SCHEME_FILE, role_kind, scheme_turtle
from kg1956.validate import load_shapes, validate_graph

ROOT = Path(__file__).parents[1]
ROLES = "https://w3id.org/kg1956/roles#"
ORG_ROLE = URIRef("http://www.w3.org/ns/org#role")


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Soviet Ambassador", "ambassador"),
        ("посла СССР в КНР", "ambassador"),
        ("послом КНДР в СССР", "ambassador"),
        ("posla SSSR v KNDR", "ambassador"),
        ("Botschafters der DDR in der KDVR", "ambassador"),
        ("velvyslancem", "ambassador"),
        ("ambasadorem ChRL", "ambassador"),
        ("nagykövettel", "ambassador"),
        ("ambasadorul R.P. Chineze", "ambassador"),
        ("временным поверенным в делах СССР в КНР", "charge-d-affaires"),
        ("charge d' affaires of the Czechoslovak Embassy", "charge-d-affaires"),
        ("Geschäftsträger a.i.", "charge-d-affaires"),
        ("советника посольства", "counsellor"),
        ("Botschaftsrat der DDR", "counsellor"),
        ("первого заместителя министра иностранных дел СССР", "deputy-foreign-minister"),
        ("stellv. Außenminister der KDVR", "deputy-foreign-minister"),
        ("wiceministrem spraw zagranicznych ChRL", "deputy-foreign-minister"),
        ("министром иностранных дел КНР", "foreign-minister"),
        ("ministrem zahraničních věcí KLDR", "foreign-minister"),
        ("külügyminiszterrel", "foreign-minister"),
        ("AuBenminister der KDVR", "foreign-minister"),
        ("Председателем Совета Министров МНР", "premier"),
        ("předsedou vlády KLDR", "premier"),
        ("заместитель председателя Совета министров СССР", "deputy-premier"),
        ("Первым секретарем ЦК ВСРП", "party-first-secretary"),
        ("First Secretary, Vietnam Workers' Party", "party-first-secretary"),
        ("первый секретарь посольства", "embassy-secretary"),
        ("II sekretarz ambasady", "embassy-secretary"),
        ("заведующим 1-м отделом МИД КНДР", "head-of-department"),
        ("Leiter der 1. Abteilung des MID der KDVR", "head-of-department"),
        ("deputy head of the Consular Department, DPRK Foreign Ministry", "deputy-head-of-department"),
        ("Molotov's interpreter", "interpreter"),
        ("переводчик посольства", "interpreter"),
        ("GDR Military Attaché", "attache"),
        ("Gesandten der DDR in Pjöngjang", "envoy"),
        ("követ", "envoy"),
        ("a referent in the Ministry of Culture", "desk-officer"),
        ("Minister of Trade of the DPRK", "minister"),
    ],
)
def test_one_office_in_any_language_and_case_is_one_kind(label, kind):
    assert role_kind(label) == kind


@pytest.mark.parametrize(
    ("label", "not_kind"),
    [
        ("First Secretary", "embassy-secretary"),  # a party's or an embassy's: not said
        ("Erster Sekretär", "embassy-secretary"),
        ("советник посольства", "ambassador"),  # the embassy's counsellor, not its ambassador
        ("Botschaftsrat", "ambassador"),
        ("Vice President", "head-of-state"),
        ("Assistant Secretary of State for Far Eastern Affairs", "foreign-minister"),
        ("head of the GDR trade mission in Cairo", "envoy"),
        ("nagykövetség titkára", "ambassador"),  # the embassy's secretary
        ("member of the North Korean delegation", "head-of-delegation"),
        ("First Secretary of the Soviet Ministry for Foreign Affairs", "foreign-minister"),
    ],
)
def test_a_word_that_only_looks_like_an_office_is_not_that_kind(label, not_kind):
    assert role_kind(label) != not_kind


@pytest.mark.parametrize(
    "label", ["First Secretary", "Chinese Leader", "академика", "attached to the embassy", "velvyslanectví", "head"]
)
def test_a_label_the_lexicon_does_not_know_has_no_kind(label):
    assert role_kind(label) is None


@pytest.mark.parametrize(
    "label",
    [
        "заместитель посла",
        "секретарь посла",
        "жена посла",
        "Assistant Foreign Minister",
        "vice-ministre des Affaires étrangères",
        "Under-Secretary of State",
        "вице-президент",
        "Deputy Chief of the General Staff",
        "Генеральный секретарь ООН",
        "Marshall Plan administrator",
        "premier secrétaire",
        "első titkár",
        "posła na Sejm",
        "President of the Academy",
        "member of the Presidium of the Supreme Soviet",
        "консультант",
        "главный военный советник",
        "Secretary of State for War",
        "külügyminisztérium munkatársa",
        "foreign ministry official",
    ],
)
def test_staff_deputies_and_other_senses_get_no_principals_kind(label):
    """Review 13: a deputy, secretary or wife is not the office holder; a word's other senses no kind."""
    assert role_kind(label) is None


def test_the_concept_scheme_file_is_what_the_lexicon_makes():
    assert (ROOT / SCHEME_FILE).read_text(encoding="utf-8") == scheme_turtle(), (
        "ontology/roles.ttl is stale: run `python -m kg1956.role_kinds`"
    )
    scheme = Graph().parse(ROOT / SCHEME_FILE, format="turtle")
    concepts = {str(s) for s in scheme.subjects(RDF.type, URIRef("http://www.w3.org/ns/org#Role"))}
    assert concepts == {ROLES + slug for slug, _, _ in ROLE_KINDS}


def test_the_shapes_accept_exactly_the_schemes_kinds():
    shapes = load_shapes()
    lists = [set(shapes.items(o)) for s in shapes.subjects(SH.path, ORG_ROLE) for o in shapes.objects(s, SH["in"])]
    assert lists == [{URIRef(ROLES + slug) for slug, _, _ in ROLE_KINDS}]


NOTES = """# title: Roles in several languages
1. Запись беседы посла СССР в КНР П.Ф. Юдина с Мао Цзэдуном, 22 июля 1958 г. АВП РФ. Ф. 0100. Оп. 51. Д. 3. Л. 1–9.

2. Vermerk über ein Gespräch des Botschafters der DDR Richard Gyptner mit Zhou Enlai am 12. Mai 1958. PA AA, MfAA, A 6543, Bl. 1–4.

3. Record of conversation between Chinese Ambassador Liu Xiao and M.A. Lavrentev (chairman of the friendship society), 3 March 1959. AVPRF, f. 0100, op. 52, p. 442, d. 6, ll. 5–7.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("roles") / "roles.txt"
    path.write_text(NOTES, encoding="utf-8")
    return build([path])


def test_role_holders_finds_every_ambassador_however_written(built):
    rows = run_query(built.graph, load_query("role-holders"), {"kind": "ambassador"}).rows
    found = {(str(row[1]), str(row[2])) for row in rows}
    assert ("П.Ф. Юдина", "посла СССР в КНР") in found or any(role == "посла СССР в КНР" for _, role in found)
    assert any(role.startswith("Botschafters") for _, role in found)
    assert any(role == "Chinese Ambassador" for _, role in found)
    assert len(found) == 3


def test_the_roles_query_gives_each_role_its_kind_and_leaves_unknown_ones_empty(built):
    result = run_query(built.graph, load_query("roles"))
    kind_of = {str(row[2]): ("" if row[6] is None else str(row[6])) for row in result.rows}
    assert result.variables[-1] == "kind"
    assert kind_of["посла СССР в КНР"] == "ambassador"
    assert kind_of["Chinese Ambassador"] == "ambassador"
    assert kind_of["chairman of the friendship society"] == ""


def test_a_role_the_lexicon_does_not_know_keeps_its_label_and_gets_no_kind(built):
    labels_without_kind = {
        str(label)
        for node, label in built.graph.subject_objects(URIRef("https://w3id.org/kg1956/ontology#roleLabel"))
        if (node, ORG_ROLE, None) not in built.graph
    }
    assert "chairman of the friendship society" in labels_without_kind


def test_an_unknown_kind_fails_the_shapes(built):
    graph = Graph()
    for triple in built.graph:
        graph.add(triple)
    attestation = next(graph.subjects(ORG_ROLE, None))
    graph.add((attestation, ORG_ROLE, URIRef(ROLES + "emperor")))
    report = validate_graph(graph)
    assert not report.conforms
    assert any("org:role" in v.message for v in report.violations)
