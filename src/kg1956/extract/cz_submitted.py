"""A Czech report's head that names who submitted or drew it up after its subject, as the
party's and the ministry's papers do:

    "Zpráva o cestě delegace KSČ do KLDR, předložil vedoucí delegace Vladimír Koucký, 30. 9. 1965"

The report is the submitter's, with the office written before the name as his role.
"""

from __future__ import annotations

import re

from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date
from kg1956.models import Communication, Participant, Span

_SUBMITTED = re.compile(
    r"^(?P<kind>zpráva|informace|záznam)\b[^,;()\[\]]{3,160}?,\s*"
    r"(?:předložil|předložila|předkládá|vypracoval|vypracovala|zpracoval|zpracovala)\s+"
    r"(?P<x>[^,;()\[\]]{3,80}?)\s*,\s*(?=\d)",
    re.IGNORECASE,
)
_KINDS = {"zpráva": "report", "informace": "report", "záznam": "memo"}


def read_czech_submitted(text: str, offset: int) -> RuleResult | None:
    """ "Zpráva o …, předložil X, date": X's report (see the module docstring)."""
    m = _SUBMITTED.match(text)
    if m is None:
        return None
    writer = parse_participant(m.group("x"), offset + m.start("x"))
    if writer is None or writer.is_organization or not looks_like_name(writer.text):
        return None
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.date.value is None or cut.body.strip(" ,"):
        return None
    end = m.end() + cut.end
    kind = _KINDS[m.group("kind").lower()]
    comm = Communication(kind, cut.date.value, (Participant(writer, "sender"),), Span(offset, offset + end))
    return RuleResult(comm, end, cut.more)
