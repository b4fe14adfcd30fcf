"""The short summary `kg1956 build` prints."""

from __future__ import annotations

from pathlib import Path

from kg1956.pipeline import BuildResult
from kg1956.validate import ValidationReport
from kg1956.vocab import KG


def build_summary(result: BuildResult, report: ValidationReport, out: Path, seconds: float) -> str:
    g = result.triples
    count = lambda cls: len(g.instances(cls))  # noqa: E731
    rows = [
        ("notes read", sum(len(s.notes) for s in result.sources)),
        ("people", count(KG.Person)),
        ("organisations", count(KG.Organization)),
        ("communications", count(KG.Communication)),
        ("documents (records and works)", count(KG.Record) + count(KG.Work)),
        ("archival copies", count(KG.ArchivalCopy)),
        ("triples", len(g)),
        ("unparsed fragments", len(result.unparsed)),
        ("conforms to shapes", "yes" if report.conforms else f"NO ({len(report.violations)} results)"),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"{k:<{width}}  {v}" for k, v in rows]
    lines.append(f"wrote {out / 'kg1956.ttl'}, {out / 'kg1956.trig'} and {out / 'unparsed.tsv'} in {seconds:.1f} s")
    return "\n".join(lines)
