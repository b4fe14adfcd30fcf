"""Compare an extraction with a hand-made gold file: precision, recall and F1 for
communications, people merges, roles and archival locators (format: docs/gold-format.md).

Everything predicted is read from the built graph through the named queries, so the
figures measure what a user of the graph gets.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from kg1956.errors import SourceError
from kg1956.extract.lexicon import REPOSITORIES
from kg1956.people import person_labels
from kg1956.pipeline import BuildResult, build
from kg1956.query import load_query, run_query
from kg1956.romanize import fold


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 over sets of items."""

    name: str
    true_positives: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: list[Score]
    missed: dict[str, list[str]]
    extra: dict[str, list[str]]


LOCATOR_KEYS = ("fond", "opis", "delo", "papka", "list", "roll", "reel", "box", "folder", "file", "document")


def _archive_codes() -> dict[str, str]:
    """Each written form of an archive the lexicon knows → its code (forms two archives share left out)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for code, forms in REPOSITORIES.items():
        for form in forms:
            seen[form].add(code)
    return {form: next(iter(codes)) for form, codes in seen.items() if len(codes) == 1}


_ARCHIVE_CODES = _archive_codes()


def gold_repository(code: str) -> str:
    """The gold's repository as the archive it names: an archive outside gold-format.md's list
    keeps its code as written, so "ЦАМО" in a Russian note is the archive kg1956 calls TsAMO."""
    return code if code in REPOSITORIES else _ARCHIVE_CODES.get(code, code)


_PROP = {"document": "documentNumber"}
_COPIES = """
PREFIX kg: <https://w3id.org/kg1956/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?copy ?note WHERE { ?copy a kg:ArchivalCopy ; prov:wasDerivedFrom/kg:noteNumber ?note }
"""


def load_gold(path: Path) -> dict:
    """Read and check a gold file."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"{path}: cannot read the gold file ({exc})") from None
    if not isinstance(gold, dict) or "notes" not in gold or "people" not in gold:
        raise SourceError(f"{path}: a gold file needs 'people' and 'notes' (see docs/gold-format.md)")
    return gold


def _norm_role(role: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(str(role).lower().split()))


def _score(name: str, predicted: set, expected: set) -> Score:
    return Score(name, len(predicted & expected), len(predicted), len(expected))


def _spelling(name: str) -> str:
    """A spelling as matching compares it: folded, without a leading English article
    ("the Central Committee of the KWP" is the body "Central Committee of the KWP")."""
    folded = fold(name)
    return folded[4:] if folded.startswith("the ") else folded


def evaluate(gold_path: Path, sources: list[Path] | None = None, result: BuildResult | None = None) -> Evaluation:
    """Build from `sources` (default: the gold file's own source) and score it."""
    gold = load_gold(gold_path)
    if result is None:
        paths = sources or [gold_path.parent / gold["source"]]
        result = build(paths)
    graph = result.graph
    spelling_to_id: dict[str, str] = {}
    gold_pairs: set[frozenset[str]] = set()
    for person in gold["people"]:
        for s in person["spellings"]:
            spelling_to_id[_spelling(s)] = person["id"]
        for a, b in combinations(sorted({_spelling(s) for s in person["spellings"]}), 2):
            gold_pairs.add(frozenset((a, b)))
    labels = person_labels(graph)
    from rdflib.namespace import RDF, SKOS

    from kg1956.vocab import KG

    for org in graph.subjects(RDF.type, KG.Organization):
        labels[org] = [str(x) for x in graph.objects(org, SKOS.prefLabel)] + [
            str(x) for x in graph.objects(org, SKOS.altLabel)
        ]

    def gold_id(node: object) -> str:
        for label in labels.get(node, []):
            if _spelling(label) in spelling_to_id:
                return spelling_to_id[_spelling(label)]
        return f"?{labels.get(node, [str(node)])[0]}"

    # communications
    comms: dict[object, dict] = defaultdict(lambda: {"people": set(), "date": None})
    for conv, _kind, date, participant, *_ in run_query(graph, load_query("conversations")).rows:
        comms[conv]["people"].add(gold_id(participant))
        comms[conv]["date"] = str(date) if date else None
    predicted_comms = {(c["date"], frozenset(c["people"])) for c in comms.values()}
    expected_comms = {
        (c.get("date"), frozenset(c["participants"])) for n in gold["notes"] for c in n.get("communications", [])
    }
    # merges, over the spellings the gold file knows
    predicted_pairs = set()
    for _node, ls in labels.items():
        known = sorted({_spelling(label) for label in ls if _spelling(label) in spelling_to_id})
        predicted_pairs |= {frozenset(p) for p in combinations(known, 2)}
    # roles
    predicted_roles = set()
    for person, _name, role, _org, date, *_ in run_query(graph, load_query("roles")).rows:
        predicted_roles.add((gold_id(person), _norm_role(role), str(date) if date else None))
    expected_roles = {
        (r["person"], _norm_role(r["role"]), r.get("date")) for n in gold["notes"] for r in n.get("roles", [])
    }
    # locators: every key the gold may give, read straight from the archival copies
    predicted_locs = set()
    for copy, note in graph.query(_COPIES):
        fields = {
            k: str(graph.value(copy, KG[_PROP.get(k, k)]))
            for k in LOCATOR_KEYS
            if graph.value(copy, KG[_PROP.get(k, k)]) is not None
        }
        repo = graph.value(graph.value(copy, KG.repository), SKOS.prefLabel)
        predicted_locs.add((int(note), str(repo), tuple(fields.get(k) for k in LOCATOR_KEYS)))
    expected_locs = {
        (n["number"], gold_repository(loc["repository"]), tuple(loc.get(k) for k in LOCATOR_KEYS))
        for n in gold["notes"]
        for loc in n.get("locators", [])
    }
    scores = [
        _score("communications", predicted_comms, expected_comms),
        _score("people merges", predicted_pairs, gold_pairs),
        _score("roles", predicted_roles, expected_roles),
        _score("archival locators", predicted_locs, expected_locs),
    ]
    show = lambda items: sorted(repr(tuple(sorted(i)) if isinstance(i, frozenset) else i) for i in items)  # noqa: E731
    missed = {
        "communications": show(expected_comms - predicted_comms),
        "people merges": show(gold_pairs - predicted_pairs),
        "roles": show(expected_roles - predicted_roles),
        "archival locators": show(expected_locs - predicted_locs),
    }
    extra = {
        "communications": show(predicted_comms - expected_comms),
        "people merges": show(predicted_pairs - gold_pairs),
        "roles": show(predicted_roles - expected_roles),
        "archival locators": show(predicted_locs - expected_locs),
    }
    return Evaluation(scores, missed, extra)


def combine(name: str, scores: list[Score]) -> Score:
    """Micro-average: add up counts over several evaluations."""
    return Score(
        name, sum(s.true_positives for s in scores), sum(s.predicted for s in scores), sum(s.expected for s in scores)
    )


def evaluate_folder(folder: Path) -> list[tuple[str, Evaluation]]:
    """Evaluate every *.gold.json in `folder` against its own source."""
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        raise SourceError(f"{folder}: no *.gold.json files")
    return [(g.name, evaluate(g)) for g in golds]
