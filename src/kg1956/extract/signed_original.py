"""A report or letter cited by its title quoted in its own language, maybe with a translation in
brackets, then who signed it and the date:

    'Sprawozdanie ambasady PRL w Pekinie za I kwartał 1957 r.' ['Report of the PPR Embassy in Peking
    for the first quarter of 1957'], signed by S. Kiryluk, 15.IV.1957
    "Bericht der Botschaft Peking für das I. Quartal 1958", gez. Wandel, 3.4.1958
    'Zpráva velvyslanectví v Pekingu za rok 1957', podepsal F. Komzala, 20.1.1958

The signer is the writer. The kind is the title's first word's (a kind of record in that language:
sprawozdanie, Bericht, zpráva, jelentés, raport, доклад …) or the English kind its translation names;
a title that names a conversation is left to the readers of records of conversation, and the signer
must be plainly a person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.bodies import is_press, plainly_person
from kg1956.extract.kinds import KINDS
from kg1956.extract.locators import find_repository, parse_locator
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date
from kg1956.extract.roles import is_role_word
from kg1956.models import Communication, Participant, Span

# the first word of a title in an East European language (or German) and the kind it names
ORIGINAL_KINDS = {
    "sprawozdanie": "report",
    "raport": "report",
    "informacja": "report",
    "notatka": "memo",
    "pismo": "letter",
    "list": "letter",
    "szyfrogram": "telegram",
    "depesza": "telegram",
    "bericht": "report",
    "jahresbericht": "report",
    "information": "report",
    "schreiben": "letter",
    "brief": "letter",
    "telegramm": "telegram",
    "zpráva": "report",
    "informace": "report",
    "dopis": "letter",
    "jelentés": "report",
    "levél": "letter",
    "rejtjeltávirat": "telegram",
    "raportul": "report",
    "informare": "report",
    "scrisoare": "letter",
    "telegramă": "telegram",
    "доклад": "report",
    "отчет": "report",
    "отчёт": "report",
    "информация": "report",
    "писмо": "letter",
    "izveštaj": "report",
    "izvještaj": "report",
    "relacion": "report",
    "raporti": "report",
}
_SIGNED_WORDS = (
    r"signed\s+by|podpisa(?:ł|ła|ne|ny|na)(?:\s+przez)?|gez\.|gezeichnet(?:\s+von)?|unterzeichnet\s+von"
    r"|podepsal[a]?|podepsán[aoy]?|aláírta|aláíró|semnat[ăa]?\s+de|подписан[аоы]?|potpisao|potpisan[aoi]?"
)
_SIGNED_TITLE = re.compile(
    r"^[‘'\"“„](?P<title>[^‘’'\"“”„\[\]]{5,200}?)[,.]?[’'\"”](?P<gloss>\s*[(\[][^()\[\]]{3,300}[)\]])?"
    rf",\s*(?:{_SIGNED_WORDS})\s+(?P<x>[^,;()\[\]]{{2,60}}?)(?:\s*\((?P<role>[^()]{{2,40}})\))?(?=\s*,\s*\d)",
    re.IGNORECASE,
)
_IBID = re.compile(r"(?:ibid|ebd|tamtéž|tamże)\b\.?", re.IGNORECASE)


def _record_after(tail: str) -> bool:
    """Whether a call number (or an ibid.) opens `tail`, what follows the date."""
    repo = find_repository(tail)
    return (repo is not None and repo.start() == 0) or parse_locator(tail, 0) is not None or bool(_IBID.match(tail))


_TALK = re.compile(
    r"conversation|talk|meeting|rozmow|rozmów|gespräch|unterredung|rozhovor|beszélget|convorbir|разговор|бесед",
    re.IGNORECASE,
)


# an English title's first words ("List of delegates", "Information on the events"): the English noun,
# not the Polish "list" (letter) or the German "Information" (report)
_ENGLISH_SECOND = frozenset("of on about for from to concerning regarding and the".split())


def _kind(title: str, gloss: str) -> str | None:
    """The kind the bracketed translation names; without one, the kind the title's first word names
    in its own language (never an English title's first word)."""
    words = re.findall(r"[a-z]+", gloss.lower())
    glossed = next((KINDS[w] for w in words if KINDS.get(w) in ("report", "letter", "memo", "telegram")), None)
    if gloss:
        return glossed
    tokens = [t.lower().strip(",.:") for t in title.split()]
    first = tokens[0] if tokens else ""
    if first in ("list", "information") and (len(tokens) < 2 or tokens[1] in _ENGLISH_SECOND):
        return None
    return ORIGINAL_KINDS.get(first)


def read_signed_original(text: str, offset: int) -> RuleResult | None:
    """ "'Title' [translation], signed by X, date": X's record of the kind the title names (see the
    module docstring); None otherwise."""
    m = _SIGNED_TITLE.match(text)
    if m is None:
        return None
    title, gloss = m.group("title"), m.group("gloss") or ""
    if _TALK.search(title) or _TALK.search(gloss):
        return None  # a record of a conversation: its own readers read its parties
    kind = _kind(title, gloss)
    if kind is None:
        return None
    signer = parse_participant(m.group("x"), offset + m.start("x"))
    if signer is None or is_press(m.group("x")):
        return None
    role = m.group("role")
    if role and signer.role is None:
        if not is_role_word(role.split()[0]):
            return None  # "gez. Wandel (Peking)": no office in the brackets
        signer = replace(signer, role=role.strip())  # "gez. Wandel (Botschafter)": the signer's office
    if not plainly_person(signer):
        return None
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    end = m.end() + cut.end
    tail = text[end:].strip(" ,.;:")
    if tail and not _record_after(tail):
        return None  # "…, 3.4.1958, Neues Deutschland", "quoted in …": a printed text, no record
    comm = Communication(kind, cut.date.value, (Participant(signer, "sender"),), Span(offset, offset + end))
    return RuleResult(comm, end, cut.more)
