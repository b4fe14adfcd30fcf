"""A quoted report whose author is named in brackets after the title, as German files name him:

    '"Information über die Lage in der KDVR" (Verfasser: Attaché Horst Lehmann), 5.4.1968, …'

is the author's report of that date, his office the words before his name.
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_organization
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date
from kg1956.models import Communication, Participant, Span

_AUTHORED = re.compile(
    r"^[“\"„](?P<title>(?:information|bericht|einschätzung|analyse|zpráva|informacja|sprawozdanie)\b[^“”\"„]{3,200}?)"
    r"[,.]?[”\"“]\s*\((?:verfasser(?:in)?|verf\.|autor|autorka|author)\s*:\s*(?P<who>[^()]{3,80})\)\s*,\s*",
    re.IGNORECASE,
)


def read_authored_title(text: str, offset: int) -> RuleResult | None:
    """The report of the author named in brackets after its quoted title (see the module
    docstring), with the date after the brackets; None without a named author or a date."""
    m = _AUTHORED.match(text)
    if m is None:
        return None
    author = parse_participant(m.group("who").strip(), offset + m.start("who"))
    if author is None or author.is_organization or is_organization(m.group("who").strip()):
        return None  # "(Verfasser: Botschaft Pjöngjang)", "(Autor: Abteilung …)": a body, no person
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    end = m.end() + cut.end
    comm = Communication("report", cut.date.value, (Participant(author, "sender"),), Span(offset, offset + end))
    return RuleResult(comm, end, cut.more)
