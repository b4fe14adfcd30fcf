"""`kg1956 query` keeps its answers beside the build's store (kg1956.answers): asked again,
the same query over the same store prints the same text without running; an edited
query or a changed store is run afresh. Every answer is compared with the query run
directly over the store (no kept answer involved)."""

from __future__ import annotations

import shutil

import pytest

from kg1956.answers import ANSWERS_DIR
from kg1956.cli import app
from kg1956.datasource import STORE_DIR

PERSON = "https://w3id.org/kg1956/person/a-m-puzanov"


@pytest.fixture
def build(seed_build_dir, tmp_path):
    """A copy of the seed build, free to be changed."""
    out = tmp_path / "build"
    shutil.copytree(seed_build_dir, out, ignore=shutil.ignore_patterns(ANSWERS_DIR))
    return out


def _run_directly(build, query: str, params: dict[str, str], fmt: str) -> str:
    """The text of `query` run over the store, formatted as the command formats it."""
    from kg1956 import query as q
    from kg1956.datasource import open_store

    result = q.run_query(open_store(build / STORE_DIR), q.load_query(query), params)
    return {"csv": q.format_csv, "tsv": q.format_tsv, "json": q.format_json}[fmt](result)


def _cli(runner, build, query: str, *args: str) -> str:
    result = runner.invoke(app, ["query", query, "--data", str(build), *args])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes.decode("utf-8")  # .stdout turns CRLF into LF


@pytest.mark.parametrize(
    ("query", "params"),
    [
        ("roles", {}),
        ("conversations", {}),
        ("pairs", {}),
        ("people", {}),
        ("communications-of", {"person": PERSON}),
        ("interlocutors", {"person": "Puzanov"}),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_a_kept_answer_is_the_answer_of_the_query(runner, build, query, params, fmt):
    args = [a for k, v in params.items() for a in ("-p", f"{k}={v}")] + ["-f", fmt]
    expected = _run_directly(build, query, params, fmt)
    first = _cli(runner, build, query, *args)
    assert first == expected
    assert len(list((build / ANSWERS_DIR).iterdir())) == 1
    second = _cli(runner, build, query, *args)
    assert second == expected
    assert len(list((build / ANSWERS_DIR).iterdir())) == 1, "asked again, nothing new is kept"


def test_a_kept_answer_is_what_was_printed(runner, build):
    """The kept text is the command's output, read back as it was (CRLF of csv included),
    and a second asking prints it: proven by changing the kept text."""
    first = _cli(runner, build, "roles", "-f", "csv")
    (kept,) = (build / ANSWERS_DIR).iterdir()
    assert kept.read_bytes() == first.encode("utf-8") and "\r\n" in first
    kept.write_bytes(b"planted\r\n")
    assert _cli(runner, build, "roles", "-f", "csv") == "planted\r\n"


def test_a_table_is_kept_per_limit(runner, build):
    short = _cli(runner, build, "roles", "--limit", "3")
    full = _cli(runner, build, "roles")
    assert short != full and "more not shown" in short
    assert _cli(runner, build, "roles", "--limit", "3") == short
    assert _cli(runner, build, "roles") == full
    assert len(list((build / ANSWERS_DIR).iterdir())) == 2


def test_an_edited_query_is_run_again(runner, build, tmp_path):
    path = tmp_path / "who.rq"
    path.write_text(
        "PREFIX kg: <https://w3id.org/kg1956/ontology#>\nSELECT ?p WHERE { ?p a kg:Person } ORDER BY ?p\n",
        encoding="utf-8",
    )
    first = _cli(runner, build, str(path), "-f", "csv")
    path.write_text(
        "PREFIX kg: <https://w3id.org/kg1956/ontology#>\nSELECT ?p WHERE { ?p a kg:Person } ORDER BY ?p LIMIT 2\n",
        encoding="utf-8",
    )
    second = _cli(runner, build, str(path), "-f", "csv")
    assert second != first
    assert second == _run_directly(build, str(path), {}, "csv")
    assert second.splitlines() == first.splitlines()[:3]


def test_a_changed_store_is_asked_again(runner, build):
    import pyoxigraph

    before = _cli(runner, build, "people", "-f", "csv")
    store = pyoxigraph.Store(str(build / STORE_DIR))
    person = pyoxigraph.NamedNode("https://w3id.org/kg1956/person/zz-newcomer")
    store.add(
        pyoxigraph.Quad(
            person,
            pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            pyoxigraph.NamedNode("https://w3id.org/kg1956/ontology#Person"),
        )
    )
    store.add(
        pyoxigraph.Quad(
            person,
            pyoxigraph.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
            pyoxigraph.Literal("Zz Newcomer"),
        )
    )
    store.add(
        pyoxigraph.Quad(
            person,
            pyoxigraph.NamedNode("https://w3id.org/kg1956/ontology#nameUncertain"),
            pyoxigraph.Literal("false", datatype=pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")),
        )
    )
    store.flush()
    del store
    after = _cli(runner, build, "people", "-f", "csv")
    assert after != before and "Zz Newcomer" in after
    assert after == _run_directly(build, "people", {}, "csv")


def test_a_new_build_forgets_the_answers(runner, build):
    _cli(runner, build, "pairs", "-f", "csv")
    assert (build / ANSWERS_DIR).is_dir()
    result = runner.invoke(app, ["build", "--out", str(build)])
    assert result.exit_code == 0, result.output
    assert not (build / ANSWERS_DIR).exists()


def test_tsv_writes_a_string_as_a_simple_literal_and_escapes_tabs_and_line_ends():
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from kg1956 import query as q
    from kg1956.datasource import QueryResult

    result = QueryResult(
        ("p", "name", "n", "flag"),
        (
            (
                URIRef("https://x/p"),
                Literal("Ким Ир Сен", datatype=XSD.string),
                Literal(3),
                Literal('a\t"b"\nc', lang="ru"),
            ),
        ),
    )
    lines = q.format_tsv(result).splitlines()
    assert len(lines) == 2
    assert lines[1].split("\t") == [
        "<https://x/p>",
        '"Ким Ир Сен"',
        '"3"^^<http://www.w3.org/2001/XMLSchema#integer>',
        '"a\\t\\"b\\"\\nc"@ru',
    ]
    assert "datatype" not in q.format_json(result).split('"name"')[1].split("}")[0]
