"""Text reports about a build: unparsed fragments as TSV."""

from __future__ import annotations

from kg1956.pipeline import BuildResult


def unparsed_tsv(result: BuildResult) -> str:
    """Every fragment (unparsed and prose) as TSV: source, note, kind, start, end, text."""
    lines = ["source\tnote\tkind\tstart\tend\ttext"]
    for note, frag in sorted(result.fragments, key=lambda nf: (nf[0].source, nf[0].number, nf[1].span)):
        text = frag.text.replace("\t", " ").replace("\n", " ")
        lines.append(f"{note.source}\t{note.number}\t{frag.kind}\t{frag.span.start}\t{frag.span.end}\t{text}")
    return "\n".join(lines) + "\n"
