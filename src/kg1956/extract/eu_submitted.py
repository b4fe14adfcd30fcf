"""Who submitted, drew up or signed a paper addressed to a body, written after the addressee in the
paper's own head:

    "Vorlage für das Politbüro des ZK der SED, eingereicht von Hermann Axen, 5.9.1967"
    "Notatka dla Biura Politycznego KC PZPR, przygotowana przez A. Starewicza, 5 IX 1967"
    "Notatka dla Biura Politycznego KC PZPR […] [gloss], signed by Adam Rapacki, 18 March 1958"

One person named; he is the paper's sender (the head itself names no writer)."""

from __future__ import annotations

import re

from kg1956.extract.bodies import plainly_person
from kg1956.extract.parties import side
from kg1956.models import Participant

# who submitted or drew up a paper addressed to a body, written after the addressee: "Vorlage für das
# Politbüro, eingereicht von Hermann Axen"; "Notatka dla Biura Politycznego, przygotowana przez X"
_SUBMITTED = re.compile(
    r",\s*(?:eingereicht|vorgelegt|ausgearbeitet|verfasst|unterzeichnet|gezeichnet)\s+(?:von|durch)\s+"
    r"|,\s*(?:przedłożon[aey]|przygotowan[aey]|opracowan[aey]|podpisan[aey])\s+przez\s+"
    r"|,\s*(?:předložil[a]?|vypracoval[a]?|podepsal[a]?)\s+"
    # the same said in the citing author's English after the head: "Notatka dla Biura Politycznego …
    # […], signed by Adam Rapacki, 18 March 1958"
    r"|,\s*(?:signed|submitted|drawn\s+up|prepared)\s+by\s+",
    re.IGNORECASE,
)


def submitter(body: str, at: int) -> list[Participant]:
    """The one person the head names as who submitted, drew up or signed the paper, after its addressee."""
    m = _SUBMITTED.search(body)
    if m is None:
        return []
    name = re.split(r"[,;(\[]", body[m.end() :], maxsplit=1)[0]
    found = side(name, at + m.end())
    if not found or len(found[0]) != 1 or found[1] or not plainly_person(found[0][0]):
        return []
    return [Participant(found[0][0], "sender")]
