"""Shared fixtures: the seed corpus is built once per session (the build itself is fast;
SHACL validation is what costs ~10 s, so the CLI build, which validates, also runs once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg1956.extract.citations import extract_note
from kg1956.models import Note
from kg1956.vocab import SPARQL_PREFIXES

PREFIXES = SPARQL_PREFIXES


def note_communications(text: str) -> list[tuple[str | None, list[str]]]:
    """The communications one note yields, as (ISO date, sorted participant texts)."""
    out = []
    for cit in extract_note(Note("t", 1, text, 1)).citations:
        for c in cit.communications:
            out.append((c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants)))
    return out


def sorted_communications(text: str) -> list[tuple[str | None, list[str]]]:
    """`note_communications`, sorted by date and participants."""
    return sorted(note_communications(text), key=lambda c: (c[0] or "", c[1]))


def communication_kinds(text: str) -> list[tuple[str, str | None]]:
    """The (kind, ISO date) of each communication one note yields, sorted."""
    return sorted(
        (c.kind, c.date.iso if c.date else None)
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    )


def participant_roles(text: str) -> list[tuple[str, str | None]]:
    """The participants of one note's communications, as (name as written, role or None)."""
    return [
        (p.mention.text, p.mention.role)
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
        for p in c.participants
    ]


def build_notes(tmp_path: Path, notes: str):
    """Build a small notes file written from `notes` (numbered notes under a "Notes" heading)."""
    from kg1956.pipeline import build

    path = tmp_path / "notes.txt"
    path.write_text("Rules\n\nNotes\n\n" + notes.strip() + "\n", encoding="utf-8")
    return build([path])


def talks_in(built, number: int | None = None) -> list[list[str]]:
    """The participants (sorted, as written) of each communication a build read, in one note or all."""
    return [
        sorted(p.mention.text for p in c.participants)
        for ex in built.extractions
        if number is None or ex.note.number == number
        for cit in ex.citations
        for c in cit.communications
    ]


def together(people: list[set[str]], *spellings: str) -> bool:
    """Whether one person (a set of spellings, as `people_in` gives them) has all `spellings`."""
    return any(set(spellings) <= p for p in people)


def people_in(tmp_path: Path, notes: str) -> list[set[str]]:
    """The spellings of each person `build_notes` resolves."""
    return [set(e.spellings) for e in build_notes(tmp_path, notes).resolution.entities if not e.is_organization]


def note_locators(text: str) -> list[tuple[str, dict[str, str]]]:
    """The locators one note's citations give: (repository, fields)."""
    return [
        (loc.repository, dict(loc.fields))
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for loc in cit.locators
    ]


def built_locators(built, number: int) -> list[dict[str, str]]:  # noqa: ANN001 - a BuildResult
    """The fields of every locator a build read in note `number`."""
    return [
        dict(loc.fields)
        for ex in built.extractions
        if ex.note.number == number
        for cit in ex.citations
        for loc in cit.locators
    ]


def ask(graph: Graph, sparql: str):
    """Run `sparql` (ASK or SELECT) over `graph` with the kg1956 prefixes prepended.

    An ASK query returns a bool; a SELECT query returns a list of rows."""
    result = graph.query(PREFIXES + sparql)
    if result.type == "ASK":
        return bool(result.askAnswer)
    return list(result)


@pytest.fixture(scope="session")
def seed():
    """kg1956.pipeline.build() over the default corpus (data/)."""
    from kg1956.pipeline import build

    return build()


@pytest.fixture(scope="session")
def seed_graph(seed) -> Graph:
    return seed.graph


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, runner):
    """`kg1956 build --out DIR` run once through the CLI; returns the click Result and DIR."""
    from kg1956.cli import app

    out = tmp_path_factory.mktemp("seed-build")
    result = runner.invoke(app, ["build", "--out", str(out)])
    return result, out


@pytest.fixture(scope="session")
def seed_build_dir(seed_build) -> Path:
    result, out = seed_build
    assert result.exit_code == 0, result.output
    return out
