"""Record heads in German, Czech and Polish, as East European archives title them:

    "Aktenvermerk über ein Gespräch des Botschafters Kurt Schneidewind mit Nam Il am 12.10.1956"
    "Vermerke über Gespräche Böttchers mit Filatov am 3. und 7.11.1956"
    "Záznam o rozhovoru velvyslance Z. Pecky s Kim Ir Senem dne 22.9.1956"
    "Záznam z rozhovoru s. Jana Nováka s Pham Van Dongem, Hanoj, 3. 4. 1964"
    "Notatka z rozmowy ambasadora Stanisława Kiryluka z Chen Yi, 14 V 1958"
    "Walter Ulbricht an Kim Il Sung, Brief, 5.3.1957"
    "Botschaft Peking an das MfAA, Bericht über die Lage …, 14. Juli 1960"
    "Bericht der Botschaft der DDR in Pjöngjang an das Ministerium für …, 30. Januar 1957"
    "Zpráva MZV pro ÚV KSČ o situaci v KLDR, 12. 11. 1956"
    "Práth rejtjeltávirata, 1956. november 2." (Hungarian: the writer, then the record
    with a possessive ending: "Práth's cipher telegram"); "Lőrincz jelentései" (reports)
    "Feljegyzés Práth Károly és Pak Chang-ok beszélgetéséről" (a note on their conversation)

Names stay as written (declined, as these languages decline them).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.bodies import plainly_person
from kg1956.extract.dates import find_dates
from kg1956.extract.eu_head_parts import apposed_comrade, author_before_title, gloss_end
from kg1956.extract.eu_head_slots import place_before_date, writer_inside
from kg1956.extract.eu_submitted import submitter
from kg1956.extract.hu_records import read_hungarian_record
from kg1956.extract.lexicon import CHINESE_SURNAMES, KOREAN_SURNAMES, PLACES, TETE_A_TETE, VIETNAMESE_SURNAMES
from kg1956.extract.locators import find_repository
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, conversation_sides, people_until_date, side, split_pair, split_top
from kg1956.extract.places import is_place
from kg1956.extract.roles import is_role_word, reads_as_office
from kg1956.models import Communication, NameMention, Participant, Span

_CONVERSATION_HEAD = re.compile(
    r"^(?:(?:akten)?vermerke?|niederschrift|aufzeichnung|aktennotiz|gesprächsnotiz|protokoll|information|bericht)"
    r"(?:\s+Nr\.\s*\d[\w/.-]*)?"  # "Information Nr. 41/62 über …"
    r"(?:\s+(?:von|des|der)\s+(?P<author>[^,;]{3,60}?))?\s+(?:über|uber|ueber)\s+"  # the OCR's u for ü
    # "gesprach": the OCR's a for ä
    r"(?:einen|ein|das|die|den|einem|eine|(?P<own>seinen|seine|seinem|ihren|ihre|ihrem))?\s*"
    # how the talk went: "ein kurzes Gespräch", "die abschließende Unterredung", "ein weiteres Gespräch"
    r"(?:(?:kurz|läng|ausführlich|vertraulich|weiter|erst|zweit|abschließend|informell)[a-zäöüß]*\s+)?"
    r"(?:gespräch|gespräche|gesprach|unterredung|aussprache|besprechung"
    r"|(?P<visit>(?:antritts|abschieds|höflichkeits)?besuch|empfang|vorsprache)"  # Vorsprache: a call on someone
    r"|(?P<remarks>äußerungen|äusserungen))\w*\s+"  # "Äußerungen X gegenüber Y": X's remarks to Y
    # "o druhém rozhovoru": the second; "o krátkém rozhovoru": a short one
    r"|^záznamy?\s+(?:o|z|ze)\s+(?:(?:prvním|druhém|třetím|dalším|posledním|krátkém|krátkého)\s+)?"
    r"(?:rozhovoru|rozhovorů|rozhovorech|návštěvě|návštěvy|jednání"
    r"|rozhovore|rozhovoroch|rozhovorov|rokovania|rokovaní|návšteve|návštevy)\s+"  # Slovak "o rozhovore"
    r"|^záznam\s+(?:rozhovoru|rozhovorů|jednání)\s+"  # the genitive alone: "Záznam rozhovoru X s Y"
    r"|^notatk[ai]\s+z\s+(?:(?:krótkiej|kolejnej|pierwszej|drugiej|pożegnalnej|poufnej)\s+)?(?:rozmowy|rozmów|wizyty)\s+"
    # a report or information on a conversation: "Zpráva o rozhovoru …", "Sprawozdanie z rozmowy …"
    r"|^(?:zpráva|informace|správa|informácia)\s+o\s+(?:rozhovoru|rozhovorech|rozhovore|rozhovoroch)\s+"
    r"|^(?:sprawozdanie|informacja|notatk[ai])\s+(?:z\s+(?:rozmowy|rozmów)|o\s+(?:rozmowie|rozmowach))\s+"
    r"|^(?:protokół|stenogram|zapis)\s+(?:z\s+)?(?:rozmowy|rozmów)\s+"  # "Protokół rozmowy X z Y", "Zapis rozmowy"
    r"|^stenograma\s+(?:convorbirilor|convorbirii|discuțiilor|discuției)\s+(?:dintre\s+)?",  # Romanian
    re.IGNORECASE,
)
_WITH = re.compile(
    r"\s+(?:mit(?:\s+(?:dem|der)(?=\s+Genossin|\s+Genossen))?|s|se|so|z|ze)\s+"
)  # "mit dem Genossen X"; Slovak "so"
# the host of a visit; of a reception ("Empfang des Botschafters X durch den Ministerpräsidenten Y"), who received
_AT_HOST = re.compile(r"(?:\s+bei|,?\s+durch)\s+(?:(?:dem|der|den|die)\s+)?")
_AT_HOST_ONLY = re.compile(r"^(?:beim|bei\s+(?:dem|der))\s+", re.IGNORECASE)
_RECEPTION = re.compile(r"empfang", re.IGNORECASE)
# What marks the other side of remarks or of a reception as one person: a form of address
# ("dem Genossen Florin", "Herrn …"), an office ("dem Botschafter der DDR", "Ministerpräsident
# Grotewohl"), initials, or a name of two words; "Journalisten", "der Presse", "westlichen
# Diplomaten", "des diplomatischen Korps" are groups, no party
_PERSON_MARK = re.compile(
    r"^(?:(?:dem|der|den|des|die)\s+)?(?:genoss(?:e|en|in)|herrn?|frau|dr\.|prof\.)\s", re.IGNORECASE
)


def _host_by_office(mention: NameMention) -> bool:
    """A visit's host named by an office and a name of two words or initials ("Außenminister der
    KDVR, Genossen Pak Song Tschol"), never a body ("Präsidium der Obersten Volksversammlung")."""
    return bool(mention.role) and plainly_person(mention) and len(mention.text.split()) >= 2


def _sides_are_people(
    participants: list[Participant], split: tuple[str, int, str, int], right_at: int, both: bool
) -> bool:
    """Whether every named party on the far side of remarks (or, for a reception, `both`, on
    either side) is plainly a person; a reception must name one on each side."""
    left, _, right, _ = split
    sides = (
        [p.mention for p in participants if p.mention.span.start < right_at],
        [p.mention for p in participants if p.mention.span.start >= right_at],
    )
    checked = list(zip((left, right), sides, strict=True))[0 if both else 1 :]
    for text, mentions in checked:
        if both and not mentions:
            return False
        if not _PERSON_MARK.match(text.strip()) and not all(plainly_person(x) for x in mentions):
            return False
    return True


_TOWARDS = re.compile(r"\s+gegenüber\s+(?:(?:dem|der|den)\s+)?")
_WITH_ONLY = re.compile(
    r"^(?:mit|s|se|so|z|ze)\s+(?:(?:dem|der)\s+)?"
)  # "Záznam o rozhovoru s velvyslancem …": the other side only

# the word that introduces a head's date ("am", "dne", "w dniu"; Slovak "dňa", Serbo-Croatian
# "dana", Romanian "din (ziua)", "în ziua", Bulgarian "на"), left after the parties
_DATE_WORD = re.compile(r"\s+(?:am|vom|dne|dňa|dnia|w\s+dniu|dana|din(?:\s+ziua)?|în\s+ziua|на)\s*$", re.IGNORECASE)
# the occasion a talk was had at, said after its parties: "auf dem Empfang", "beim Abendessen", "na przyjęciu",
# "na recepci"
_AT_OCCASION = re.compile(
    r"\s+(?:auf|bei|während|beim|na|při)\s+(?:(?:dem|einem|des|der)\s+)?(?:[\wäöüß-]+\s+){0,2}?"
    r"(?:empfang|empfangs|essen|essens|abendessen|mittagessen|bankett|banketts|przyjęciu|bankiecie|recepci|večeři)"
    r"(?:\s+[^,;]{0,60}?)?\s*$",
    re.IGNORECASE,
)
# a talk held in private, said after its parties ("z Czou En-lajem w cztery oczy"): no name
_IN_PRIVATE = re.compile(rf"[\s,]+(?:{TETE_A_TETE})[\s,]*$", re.IGNORECASE)
# "held" before the date ("odbytej w dniu", "konaném dne", "geführten am") or "held by" before the
# parties ("rozmowy przeprowadzonej przez tow. X z Y"): no one's name, no role
_HELD = re.compile(
    r"[\s,]+(?:odbytej|odbytych|odbytą|przeprowadzonej|przeprowadzonych|konané|konaném|konaného|konaných"
    r"|uskutečněné|uskutečněném|uskutečněného|vedeném|vedeného|stattgefundenen|geführten)\s*$",
    re.IGNORECASE,
)
# "w:", "in:", "в:", "dans:": the book or journal a record was printed in, whose date follows
_PRINTED_IN = re.compile(r"(?:^|[\s,.;])(?:w|in|в|v|dans|en)\s*:", re.IGNORECASE)
# where the talk was held, after the last name: "w Moskwie", "we Wrocławiu", "v Pekingu", "in Moskau"
# (after a surname written in capital and small letters only: "ambasadorem ZSRR w Polsce" is an office)
_HELD_IN = re.compile(r"(?<=[a-zà-öø-ÿ])\s+(?:w|we|v|ve|in)\s+[A-ZÀ-ÖØ-ÞŁŚŻŹĆ][a-zà-öø-ÿąćęłńóśźżě]+\s*$")
_HELD_BY = re.compile(
    r"^\s*(?:przeprowadzonej|odbytej|prowadzonej|vedeného|vedeném)\s+(?:przez|s\.)?\s*", re.IGNORECASE
)
_MESSAGE_KIND = {
    "brief": "letter",
    "schreiben": "letter",
    "telegramm": "telegram",
    "fernschreiben": "telegram",
    "bericht": "report",
    "dopis": "letter",
    "telegram": "telegram",
    "list": "letter",
    "szyfrogram": "telegram",
    # Romanian: "X către Y, telegramă, 12 iunie 1963"
    "telegramă": "telegram",
    "telegrama": "telegram",
    "scrisoare": "letter",
    "raport": "report",
}
_BARE_AN = re.compile(
    r"^(?P<a>[^,;]{3,80}?)\s+(?:an|către|catre|–>|->)\s+(?P<b>[^,;]{3,80}?),\s*(?P<kind>"
    + "|".join(sorted(_MESSAGE_KIND, key=len, reverse=True))
    + r")\b(?:(?:\s+(?:über|zu|zur|betr\.?)\s[^,;]*)?\s*,\s*|\s+vom\s+(?=\d))",  # "…, Brief vom 2. Oktober 1960"
    re.IGNORECASE,
)
# the writer's office in brackets after his name: "Peter Florin (Leiter der Abteilung … des ZK) an …",
# "Winzer (Erster Stellvertreter des Ministers) an Bolz", "X (velvyslanec v Pekingu) an …"
_OFFICE_AFTER = re.compile(r"\s*\((?P<office>[^()]{3,90})\)\s*$")
# a signature formula in those brackets, no office of the writer's: "Winzer (i.V. des Ministers) an Bolz"
_SIGNED_FOR = re.compile(r"(?:i\.\s?V\.|i\.\s?A\.|im\s+Auftrag|im\s+Namen|für)(?=\s|$)", re.IGNORECASE)
# "Walter Ulbricht an Kim Il Sung, 16.10.1956": no kind word, a letter; both ends named people.
_BARE_AN_NO_KIND = re.compile(r"^(?P<a>[^,;]{3,80}?)\s+an\s+(?P<b>[^,;]{3,80}?),\s*(?=\d|o\.\s?D\.)")
# A record titled by its kind, then who sent it to whom: "Bericht der Botschaft … an das
# Ministerium …", "Zpráva MZV pro ÚV KSČ …", "Sprawozdanie ambasady do MSZ …".
_TITLED_KIND = {
    "bericht": "report",
    "brief": "letter",
    "schreiben": "letter",
    "antwortschreiben": "letter",  # "Antwortschreiben Le Duans an Walter Ulbricht vom 6.3.1965": a reply
    "antwortbrief": "letter",
    "information": "memo",  # "Information des Genossen Hermann Axen für Genossen Walter Ulbricht, o. D."
    "notatka informacyjna": "memo",  # "Notatka informacyjna dla tow. Władysława Gomułki w sprawie …"
    "telegramm": "telegram",
    "chiffretelegramm": "telegram",
    "fernschreiben": "telegram",
    "zpráva": "report",
    "dopis": "letter",
    "šifrovaný telegram": "telegram",
    "sprawozdanie": "report",
    "szyfrogram": "telegram",
    "informacja": "report",  # "Informacja tow. Gomułki dla Biura Politycznego": his report to the Politburo
    "pismo": "letter",
    "list": "letter",  # Polish: "List Gomułki do Chruszczowa" (Gomułka's letter to Khrushchev)
    "odpověď": "letter",  # Czech: "Odpověď s. Novotného presidentu X" (Novotný's reply to X)
    "notatka": "memo",  # Polish: "Notatka S. Jędrychowskiego dla W. Gomułki" (a note for Gomułka)
    "vorlage": "memo",  # German: "Vorlage für das Politbüro …" (a submission to the Politburo)
}
_TITLED_HEAD = re.compile(
    # "Chiffriertes Telegramm Nr. 37 von Botschafter Brie an …": a modifier before the kind, a number after it
    r"^(?:(?:chiffrierte[sr]?|verschlüsselte[sr]?|dringende[sr]?|geheime[sr]?|vertrauliche[sr]?)\s+)?"
    r"(?P<kind>" + "|".join(sorted(_TITLED_KIND, key=len, reverse=True)) + r")"
    r"(?:\s+(?:Nr\.|nr|no\.|č\.)\s*[\w/-]+)?\s+(?:(?:des|der|von)\s+)?",
    re.IGNORECASE,
)
# the period a report covers after "für", "pro", "dla" ("für das I. Quartal 1958", "für das Jahr",
# "pro rok 1957", "dla okresu"): no addressee
_PERIOD = re.compile(
    r"^\s*(?:(?:das|den|die|dem|der)\s+)?(?:(?:[IVX]+\.|\d+\.|erste\w*|zweite\w*|dritte\w*|vierte\w*|laufende\w*)\s+)?"
    r"(?:jahr(?:es|e|en)?|quartal[es]?|quartals|halbjahr(?:es|e)?|monat(?:s|e|es|en)?|zeitraum(?:s|es)?|zeit|perioden?"
    r"|rok(?:u|iem)?|kwarta(?:ł|łu|łem|ły)|półrocz(?:e|a|u|em)|miesi(?:ąc|ąca|ącu|ącem|ące)|okres(?:u|ie|em)?"
    r"|čtvrtlet(?:í|ím)|pololet(?:í|ím)|měsíc(?:e|i|em)?|obdob(?:í|ím)|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_TITLED_TO = re.compile(r"\s+(?:an|für|pro|do|dla)\s+(?:(?:das|den|die|dem|der)\s+)?")
_TITLED_TO_ONLY = re.compile(r"^(?:an|für|pro|do|dla)\s+(?:(?:das|den|die|dem|der)\s+)?")  # no sender named
_SUBJECT = re.compile(r"\s+(?:über|zur|zu|betr\.?|o|w\s+sprawie)\s+\S.*$", re.IGNORECASE | re.S)


_GERMAN_HEAD = re.compile(
    r"^(?:(?:akten)?vermerk|niederschrift|aufzeichnung|aktennotiz|gesprächsnotiz|protokoll|information|bericht)", re.I
)


def _read_writer_inside(text: str, offset: int) -> RuleResult | None:
    """A record whose writer stands between its kind and its talk (`writer_inside`), the talk with
    one other side only: the writer is its recorder."""
    inside = writer_inside(text, offset)
    found = _read_conversation_head(inside[1], offset) if inside is not None else None
    if inside is None or found is None or any(p.function != "interlocutor" for p in found.communication.participants):
        return None
    comm = found.communication
    parts = (Participant(inside[0], "recorder"), *comm.participants)
    return replace(found, communication=replace(comm, participants=parts))


def read_european_conversation(text: str, offset: int) -> RuleResult | None:
    """A conversation record (see `_read_conversation_head`); in a German head "Gen." is the
    form of address Genosse ("des Gen. Ulbricht mit Gen. Tschou En-lai"), no rank of general."""
    found = _read_conversation_head(text, offset) or _read_writer_inside(text, offset)
    if found is None or not _GERMAN_HEAD.match(text.lstrip()):
        return found
    comm = found.communication
    parts = tuple(
        replace(p, mention=replace(p.mention, role=None)) if (p.mention.role or "").lower() == "gen." else p
        for p in comm.participants
    )
    return replace(found, communication=replace(comm, participants=parts))


# a second partner joined by "and" ("se s. Tchien Chanem a s. Teng Tchuem", "z tow. X i tow. Y")
_JOINED_NAME = re.compile(r"\s(?:a|i|und|și|и)\s+(?:(?:s|tow|gen|Genossen|druga|tov|др)\.?\s+)?[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ]")


def _read_conversation_head(text: str, offset: int) -> RuleResult | None:
    """A conversation record titled in German, Czech or Polish (see the module docstring),
    maybe after its writer ("Karel Klos, Záznam o rozhovoru s …") or with the writer after
    "von" ("Vermerke von Otto Kessler über Gespräche mit …")."""
    writer = None
    author = author_before_title(text, offset)
    if author is not None and _CONVERSATION_HEAD.match(text[author[1] :]):
        writer, skip = author
        found = read_european_conversation(text[skip:], offset + skip)
        if found is None or any(p.function == "recorder" for p in found.communication.participants):
            return None
        comm = found.communication
        parts = (writer, *comm.participants)
        comm = Communication(comm.kind, comm.date, parts, Span(offset, comm.span.end), comm.unnamed)
        return RuleResult(comm, found.consumed + skip, found.more_dates)
    m = _CONVERSATION_HEAD.match(text)
    if not m:
        return None
    cut = people_until_date(text[m.end() :], offset)
    if _PRINTED_IN.search(cut.body):
        return None  # "Zapis rozmowy z N. Chruszczowem, w: Gomułka, Pamiętniki, Warszawa 1994": a book's date
    body = _IN_PRIVATE.sub("", _HELD.sub("", _DATE_WORD.sub("", cut.body)))
    if re.search(
        r"(?:^|\s)(?:[A-ZÀ-ÖØ-ÞŁŚŻ]\.\s?)*[A-ZÀ-ÖØ-ÞŁŚŻ][a-zà-öø-ÿąćęłńóśźż]+(?=\s+(?:w|we|v|ve|in)\s+\S+\s*$)", body
    ):
        body = _HELD_IN.sub("", body)  # "… z N. Chruszczowem w Moskwie 3 IX 1956 r.": where it was held
    body = _AT_OCCASION.sub("", body)  # "… mit X auf dem Empfang am …": where the talk was had, no party
    body = place_before_date(body, _WITH)  # "… z Y [gloss], Khang Khay, 14 IX 1961": where it was written
    body = _HELD_BY.sub(lambda h: " " * len(h.group()), body)
    # "Notatki z rozmów z Y (cz. 2), …": the record's part, no role
    body = re.sub(r"\s*\((?:cz|č|nr|Nr)\.\s*\d{1,3}\)", lambda h: " " * len(h.group()), body)
    body = re.sub(
        r"^(?:des|der|zwischen|von)\s+", "", body, flags=re.IGNORECASE
    )  # "ein Gespräch von Botschaftsrat X mit …"
    end = gloss_end(text, m.end() + cut.end)
    if m.group("author"):  # "Vermerke von Otto Kessler über Gespräche mit Genossen A.M. Puzanow am …"
        writer = parse_participant(m.group("author"), offset + m.start("author"))
        if writer is None:
            return None
    with_only = _WITH_ONLY.match(body)
    visit = (m.group("visit") or "").lower()
    if (
        with_only is None
        and (writer is not None and m.group("own") or writer is None)
        and ("besuch" in visit or "vorsprache" in visit)
    ):
        # "über die Vorsprache beim Ministerpräsidenten X", "über einen Besuch beim Außenminister X": a call
        # on X, its writer not named
        with_only = _AT_HOST_ONLY.match(body)  # "des Botschafters X über seinen Antrittsbesuch beim Y": X's call on Y
        host = body[with_only.end() :] if with_only else ""
        if with_only and not _PERSON_MARK.match(host):  # a host by office; no ministry, port or paper
            found = side(host, offset + m.end() + with_only.end())
            if not found or not found[0] or not all(_host_by_office(x) for x in found[0]):
                return None
    if with_only:  # "… s velvyslancem SSSR s. Ivanovem": the writer is named elsewhere, or not at all
        rest_at = offset + m.end() + with_only.end()
        apposed = apposed_comrade(body[with_only.end() :], rest_at)  # "mit dem Leiter …, Genossen X"
        other = (apposed, []) if apposed else side(body[with_only.end() :], rest_at)
        if other is None or not other[0]:
            return None
        parts = [Participant(x, "interlocutor") for x in other[0]]
        if writer is not None:
            parts.insert(0, Participant(writer, "recorder"))
        comm = Communication(
            "conversation",
            cut.date.value if cut.date else None,
            tuple(parts),
            Span(offset, offset + end),
            tuple(other[1]),
        )
        return RuleResult(comm, end, cut.more)
    if writer is not None:
        return None
    # "Vermerk über den Antrittsbesuch des Botschafters X bei Ministerpräsident Y": the visitor and the host
    joint = _AT_HOST if m.group("visit") else _TOWARDS if m.group("remarks") else _WITH
    split = split_top(body, joint)
    reception = bool(_RECEPTION.match(m.group("visit") or ""))
    if split is None and not m.group("remarks") and not reception:
        # "des Genossen Ulbricht und des Genossen Grotewohl in der … Botschaft": a reception's
        # guests are no two sides of a talk; only its host ("durch", "bei") makes one
        split = split_pair(body, re.compile(r"\s+(?:und|a|i|și)\s+"))
    if split is None:
        return None
    remarks = bool(m.group("remarks"))  # the one who spoke is no recorder
    sides = conversation_sides(split[0], offset + m.end(), split[2], offset + m.end() + split[3], remarks)
    if sides is None:
        return None
    right_at = offset + m.end() + split[3]
    for part, on_right in ((split[0], False), (split[2], True)):
        joined = len(_JOINED_NAME.findall(part))
        if joined and sum(1 for p in sides[0] if (p.mention.span.start >= right_at) == on_right) < joined + 1:
            return None  # "se s. Tchien Chanem a s. Teng Tchuem": one of the two partners would be lost
    if (reception or remarks) and not _sides_are_people(sides[0], split, right_at, both=reception):
        return None
    comm = Communication(
        "conversation",
        cut.date.value if cut.date else None,
        tuple(sides[0]),
        Span(offset, offset + end),
        tuple(sides[1]),
    )
    return RuleResult(comm, end, cut.more)


_ABOUT_HEAD = re.compile(
    r"^über\s+(?:ein|das|die|den|einem|eine)?\s*(?:gespräch|gespräche|unterredung|aussprache|besprechung)\w*\s+",
    re.IGNORECASE,
)


def read_european_about(text: str, offset: int) -> RuleResult | None:
    """ "über das Gespräch Nguyen Duy Trinhs mit Genossen Walter Ulbricht am 20. April 1967": a
    record named by its subject alone, as after "ebd., Bl. 7–15," (the next record in the file);
    read as the same subject after a record noun."""
    if not _ABOUT_HEAD.match(text):
        return None
    lead = "Vermerk "
    found = read_european_conversation(lead + text, offset - len(lead))
    if found is None:
        return None
    comm = found.communication
    comm = Communication(comm.kind, comm.date, comm.participants, Span(offset, comm.span.end), comm.unnamed)
    return RuleResult(comm, found.consumed - len(lead), found.more_dates)


def read_european_message(text: str, offset: int) -> RuleResult | None:
    """ "Walter Ulbricht an Kim Il Sung, Brief, 5.3.1957": sender, addressee, kind, date."""
    m = _BARE_AN.match(text) or _BARE_AN_NO_KIND.match(text)
    if not m or _TITLED_HEAD.match(m.group("a")):
        return None  # "Brief Walter Ulbrichts an …": the kind first, read by the titled rule
    office = _OFFICE_AFTER.search(m.group("a"))
    if office and (not reads_as_office(office.group("office")) or reads_as_office(m.group("a")[: office.start()])):
        office = None
    writer = m.group("a")[: office.start()] if office else m.group("a")
    sender = side(writer, offset + m.start("a"))
    if office and (sender is None or len(sender[0]) != 1 or sender[1] or sender[0][0].is_organization):
        return None  # "Botschaft Peking (Abteilung …) an …": an office in brackets only after one person
    recipient = side(m.group("b"), offset + m.start("b"))
    if sender is None or recipient is None or not (sender[0] or recipient[0]):
        return None
    kind = _MESSAGE_KIND[m.group("kind").lower()] if "kind" in m.groupdict() else "letter"
    if "kind" not in m.groupdict() and (
        sender[1] or recipient[1] or any(p.is_organization or p.role for p in sender[0] + recipient[0])
    ):
        return None  # without a kind word, only a message from one named person to another
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    if office and not _SIGNED_FOR.match(office.group("office")):
        # "Peter Florin (Leiter der Abteilung … des ZK) an …": the writer's office, as his role
        sender = ([replace(sender[0][0], role=office.group("office").strip())], sender[1])
    parts = [Participant(x, "sender") for x in sender[0]] + [Participant(x, "recipient") for x in recipient[0]]
    end = m.end() + cut.end
    if cut.date.value is None:  # "o.D. [undated]": the undated mark translated in brackets is the record's
        gloss = re.match(r"\.?\s*\[[^\[\]]{2,60}\]", text[end:])
        end += gloss.end() if gloss else 0
    comm = Communication(
        kind,
        cut.date.value,
        tuple(parts),
        Span(offset, offset + end),
        tuple(sender[1] + recipient[1]),
    )
    return RuleResult(comm, end, cut.more)


_ASIAN_SURNAMES = VIETNAMESE_SURNAMES | CHINESE_SURNAMES | KOREAN_SURNAMES
_CZECH_KINDS = frozenset({"dopis", "odpověď", "zpráva", "šifrovaný telegram"})
_CZECH_GENITIVE = re.compile(r"(?:ého|ího|[aeyě])$")  # Novotného, Jiřího, Davida, Guevary
_CZECH_DATIVE = re.compile(r"(?:ovi|ému|[uiě])$")  # Minovi, Novotnému, Castrovi, Nikitě


def _office_off(name: str) -> str:
    """The name without the office written before it in small letters ("presidenta Sékou Tourého")."""
    return re.sub(r"^(?:[a-záčďéěíňóřšťúůýž]+\s+){1,3}(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])", "", name)


def _czech_case_split(body: str) -> tuple[str, int, str, int] | None:
    """ "Dopis A. Novotného Ho Či Minovi", "Dopis Václava Davida Raúlu Castrovi": a Czech letter's
    writer in the genitive, then its addressee in the dative, with no preposition between. Every
    word of the writer ends as a genitive does (an Asian surname such as "Le" starts the addressee)."""
    tokens = list(re.finditer(r"\S+", body))
    found = []
    for i in range(1, len(tokens)):
        left, right = body[: tokens[i].start()].strip(), body[tokens[i].start() :].strip()
        if re.fullmatch(r"(?:[A-Z][a-z]?\.)+", tokens[i - 1].group()):
            continue  # an initial opens the name after it ("Tourého A. Novotnému" splits before "A.")
        words = [t.group() for t in tokens[:i] if not re.fullmatch(r"(?:[A-Z][a-z]?\.)+", t.group())]
        if not words or not all(_CZECH_GENITIVE.search(w) and w.lower() not in _ASIAN_SURNAMES for w in words[-1:]):
            continue
        # before the surname, a foreign given name Czech leaves undeclined ("Sékou Tourého")
        if not all(
            (_CZECH_GENITIVE.search(w) or w[:1].isupper()) and w.lower() not in _ASIAN_SURNAMES for w in words[:-1]
        ):
            continue
        if not _CZECH_DATIVE.search(right.split()[-1]) or not looks_like_name(_office_off(left)):
            continue
        if not looks_like_name(_office_off(right)):
            continue
        # an addressee that begins with a dative ("Raúlu Castrovi"), a writer named by more than a
        # given name ("Jiřího Hendrycha Kim Ir Senovi"), then the earliest split
        dative_first = bool(_CZECH_DATIVE.search(right.split()[0]))
        found.append((not dative_first, i < 2, i, (left, 0, right, tokens[i].start())))
    return min(found)[3] if found else None


# The writer, then the quoted title of what he wrote, opening with its kind, its translation in
# brackets and its date: 'Kleinert, "Information über die Haltung …" [Information on …], 19.4.1966'
_QUOTED_KIND = {
    **{k: v for k, v in _TITLED_KIND.items() if k not in ("notatka", "vorlage", "odpověď")},  # heads with a party
    "report": "report",
    "memorandum": "memo",
    "letter": "letter",
    "telegram": "telegram",
}
_WRITER_THEN_TITLE = re.compile(
    r"^(?P<w>[^,;:()\[\]“”\"„«»]{3,60}?),\s+[“\"„«](?P<kind>"
    + "|".join(sorted(map(re.escape, _QUOTED_KIND), key=len, reverse=True))
    + r")\s[^“”\"„«»]{3,300}?[”\"“»][\s,]*(?:\[[^\[\]]{3,300}\])?[\s,]*",
    re.IGNORECASE,
)


def read_writer_then_titled(text: str, offset: int) -> RuleResult | None:
    """'Kleinert, "Information über die Haltung der kubanischen Führung …" [Information on …],
    19.4.1966, SAPMO-BArch, …': a named writer, the quoted title of his record (its first word its
    kind), the date (before 1992); only when a call number follows (an article's author and title
    are followed by the journal, a historian's piece by nothing)."""
    m = _WRITER_THEN_TITLE.match(text)
    if m is None:
        return None
    writer = parse_participant(m.group("w"), offset)
    if writer is None or writer.is_organization or not looks_like_name(writer.text):
        return None
    dated = find_dates(text[m.end() : m.end() + 40])
    if not dated or dated[0].span.start != 0 or dated[0].value is None:
        return None
    if int(dated[0].value.iso[:4]) > 1991:
        return None  # 'Charles Kraus, "Report from Pyongyang," 14 March 2015': a historian's piece
    end = m.end() + dated[0].span.end
    tail = text[end:].strip(" ,.;:")
    repo = find_repository(tail)
    if not tail or repo is None or repo.start() != 0:
        return None  # 'Mastny, "Letter from the editor", 12 May 1999.': no call number, no record
    kind = _QUOTED_KIND[m.group("kind").lower()]
    comm = Communication(kind, dated[0].value, (Participant(writer, "sender"),), Span(offset, offset + end))
    return RuleResult(comm, end, ())


_APPOSED_WRITER = re.compile(
    r"^(?P<office>[A-ZÄÖÜ][^,;()\[\]]{2,120}?),\s*(?P<name>[^,;()\[\]]{3,40}?),\s*(?:über|zur|zu|betr\.?)\s"
)


def _apposed_writer(body: str, offset: int) -> NameMention | None:
    """The writer of a German record named after his office and set off by commas, with the
    office as his role ("des Ministers für Außenhandel …, Heinrich Rau, über …")."""
    m = _APPOSED_WRITER.match(body)
    if m is None or not is_role_word(m.group("office").split()[0]):
        return None
    name = m.group("name").strip()
    if not looks_like_name(name) or is_place(name) or any(is_role_word(w) for w in name.split()):
        return None
    return NameMention(name, Span(offset + m.start("name"), offset + m.start("name") + len(name)), m.group("office"))


# A paper one envoy handed to another, after whose it was: ", übergeben von Botschafter X an Botschafter Y"
_HANDED = re.compile(
    r",\s*(?:übergeben|überreicht|übermittelt)\s+von\s+(?P<a>[^,;]{3,80}?)\s+an\s+(?P<b>[^,;]{3,80}?)\s*,?\s*$"
)


def _read_handed(body: str, at: int) -> tuple[Participant, ...] | None:
    """Who handed the paper to whom, when each is one person named with an office ("Botschafter X")."""
    m = _HANDED.search(body)
    if m is None:
        return None
    parts = []
    for key, function in (("a", "sender"), ("b", "recipient")):
        found = side(m.group(key), at + m.start(key))
        if not found or len(found[0]) != 1 or found[1] or not plainly_person(found[0][0]):
            return None
        if not found[0][0].role or not reads_as_office(found[0][0].role):
            return None
        parts.append(Participant(found[0][0], function))
    return tuple(parts)


def read_european_titled_message(text: str, offset: int) -> RuleResult | None:
    """ "Bericht der Botschaft der DDR in Pjöngjang an das Ministerium für Auswärtige
    Angelegenheiten, 30. Januar 1957"; "Zpráva MZV pro ÚV KSČ o situaci v KLDR, 12. 11.
    1956": the kind, the sender, the addressee after "an"/"pro"/"do", a subject, the date."""
    m = _TITLED_HEAD.match(text)
    if not m:
        return None
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None:
        return None
    apposed = _apposed_writer(cut.body, offset + m.end()) if re.search(r"\s(?:des|der)\s+$", m.group(0)) else None
    if (
        apposed is not None
    ):  # "Bericht des Ministers für …, Heinrich Rau, über seine Reise …": the office, then its holder
        end = m.end() + cut.end
        kind = _TITLED_KIND[re.sub(r"\s+", " ", m.group("kind").lower())]
        comm = Communication(kind, cut.date.value, (Participant(apposed, "sender"),), Span(offset, offset + end))
        return RuleResult(comm, end, cut.more)
    handed = _read_handed(cut.body, offset + m.end())
    if handed is not None:  # "Information der … Botschaft, übergeben von Botschafter X an Botschafter Y"
        end = m.end() + cut.end
        kind = _TITLED_KIND[re.sub(r"\s+", " ", m.group("kind").lower())]
        return RuleResult(Communication(kind, cut.date.value, handed, Span(offset, offset + end)), end, cut.more)
    body = _DATE_WORD.sub("", _SUBJECT.sub("", cut.body.split(",")[0]))
    split = split_top(body, _TITLED_TO)
    if split is not None and _PERIOD.match(split[2]):
        return None  # "Bericht der Botschaft Peking für das Jahr 1958", "pro rok 1957": the period it covers
    if split is not None and split[0].split() and re.match(r"\s+für\s", body[len(split[0]) :]):
        if is_role_word(split[0].split()[-1]):
            return None  # "des Ministers für Außenhandel": the office's own "für", no addressee; its holder unnamed
    if split is None and m.group("kind").lower() in _CZECH_KINDS:
        # "Dopis s. Širokého s. Zápotockému": "s." (soudruh, comrade) before each name is no part of it
        # "… ze dne 4.8.1955": "of the day" before the date
        bare = re.sub(r"\s+ze\s*$", "", body)
        split = _czech_case_split(
            re.sub(r"(?<!\S)s\.\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])", lambda c: " " * len(c.group()), bare)
        )
    to_only = _TITLED_TO_ONLY.match(body) if split is None else None
    if to_only:  # "Notatka informacyjna dla tow. X …": only the addressee is named
        split = ("", 0, body[to_only.end() :], to_only.end())
    if split is None and re.search(r"\s(?:des|der|von)\s+$", m.group(0), re.IGNORECASE) and body.strip():
        split = (body, 0, "", len(body))  # "Bericht des Genossen Brie über die Lage …": only the writer is named
    if split is None:
        return None
    sender = side(split[0], offset + m.end()) if split[0].strip() else ([], [])
    recipient = side(split[2], offset + m.end() + split[3]) if split[2].strip() else ([], [])
    if sender is None or recipient is None or not (sender[0] or recipient[0]):
        return None
    if not split[2].strip() and any(
        (x.is_organization and len(x.text.split()) < 2) or x.text == split[0].strip() and " " not in x.text
        for x in sender[0]
    ):
        return None  # "Bericht der Botschaft über …": a body that says not whose it is (a lone word)
    parts = [Participant(x, "sender") for x in sender[0]] + [Participant(x, "recipient") for x in recipient[0]]
    if not sender[0]:
        parts[:0] = submitter(cut.body, offset + m.end())
    end = m.end() + cut.end
    kind = _TITLED_KIND[re.sub(r"\s+", " ", m.group("kind").lower())]
    comm = Communication(
        kind, cut.date.value, tuple(parts), Span(offset, offset + end), tuple(sender[1] + recipient[1])
    )
    return RuleResult(comm, end, cut.more)


_PL_KIND_FIRST = re.compile(
    r"^(?P<kind>(?i:szyfrogram|depesza|telegram|pismo))\s+z\s+(?P<place>[A-ZŁŚŻ][^\s,;]{1,30}),\s*"
)
_PL_KIND = {"szyfrogram": "telegram", "depesza": "telegram", "telegram": "telegram", "pismo": "letter"}
_PL_SENDER_TO = re.compile(r"[\s,]*(?P<a>[^,;]{3,80}?)\s+do\s+(?P<b>[^,;]{2,80}?)(?=\s*[,;.]|$)")


def read_polish_kind_first(text: str, offset: int) -> RuleResult | None:
    """ "Szyfrogram z Hanoi, 7 II 1965, ambasador J. Siedlecki do MSZ": a cipher telegram from
    the ambassador (his role before the name) to the ministry (unnamed: it says not whose)."""
    m = _PL_KIND_FIRST.match(text)
    if not m:
        return None
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    after = m.end() + cut.end
    pair = _PL_SENDER_TO.match(text, after)
    if pair is None:
        return None
    sender = side(pair.group("a"), offset + pair.start("a"))
    recipient = side(pair.group("b"), offset + pair.start("b"))
    if sender is None or recipient is None or not (sender[0] or recipient[0]):
        return None
    parts = tuple(Participant(x, "sender") for x in sender[0]) + tuple(
        Participant(x, "recipient") for x in recipient[0]
    )
    kind = _PL_KIND[m.group("kind").lower()]
    comm = Communication(
        kind, cut.date.value, parts, Span(offset, offset + pair.end()), tuple(sender[1] + recipient[1])
    )
    return RuleResult(comm, pair.end(), cut.more)


# A whole title in quotation marks, its date inside: "“Vermerk über ein Gespräch des Genossen X
# mit Y am 3.4.1961,” PA AA, …" (German „…“ quotes too).
# the year's abbreviation left after a date ("24 X 1956 r.", "1956 g.", "1956. god."): Polish and
# Czech rok, Russian and Bulgarian god, Serbo-Croatian godine
YEAR_WORD = re.compile(r"^[\s.]*(?:r|g|г|rok|roku|god|godine|год|года|godina)\b\.?", re.IGNORECASE)
_YEAR_WORD = YEAR_WORD
_QUOTED_TITLE = re.compile(r"^[“\"„](?P<inner>[^”\"“„]{10,300}?)[,.]?[”\"“](?=[\s,.;]|$)")


def _placed(after: str) -> bool:
    """ "Budapest, 1957. január 17.": a place of writing, then the date."""
    m = re.match(r"([^\W\d]+),\s*\d", after)
    return m is not None and m.group(1).lower() in PLACES


# a quoted title, maybe its translation, then who signed it ("…" […], gez. Wandel, 3.4.1958): read by
# signed_original.read_signed_original, the signer the writer, never the body the title names
SIGNED_AFTER = re.compile(
    r"\s*(?:[(\[][^()\[\]]{2,300}[)\]])?\s*,\s*(?:signed\b|gez\.|gezeichnet|unterzeichnet|podpisa|podepsal|podepsán"
    r"|aláírta|aláíró|semnat|подписан|potpisa)",
    re.IGNORECASE,
)


def read_quoted_european(text: str, offset: int) -> RuleResult | None:
    """A German, Czech or Polish record title in quotation marks, read as if unquoted when
    one of the rules above reads the whole of it with its date."""
    m = _QUOTED_TITLE.match(text)
    if not m:
        return None
    # Hungarian titles too: '"Feljegyzés X és Y beszélgetéséről," 1956. október 30.'
    _QUOTABLE = (read_european_conversation, read_european_titled_message, read_european_message, read_hungarian_record)
    inner = m.group("inner")
    for rule in _QUOTABLE:
        found = rule(inner, offset + 1)
        if found is None or found.communication.date is None:
            continue
        more, rest = _further_dates(inner[found.consumed :])
        rest = _YEAR_WORD.sub("", rest)
        held = re.match(r"\s*(?:in|w|we|v|ve)\s+(?P<place>[^\W\d][\w’'-]*)\s*$", rest)
        if held and is_place(held.group("place")):
            rest = ""  # "… am 15. Dezember 1955 in Peking": where the talk was held ends the title
        if rest.strip(" ,."):
            continue
        end = gloss_end(text, m.end())  # '"Vermerk …" [Memorandum …]': the title translated is the record's
        comm = replace(found.communication, span=Span(offset, offset + end))
        return RuleResult(comm, end, (*found.more_dates, *more))
    # "“Bericht des Genossen Brie über die Lage in der KDVR,” 15. März 1969": the date after the quote
    if SIGNED_AFTER.match(text, m.end()):
        return None  # '"Bericht der Botschaft Peking" […], gez. Wandel, 3.4.1958': the signer wrote it
    blank = re.sub(r"[^,]", " ", text[m.end("inner") : m.end()])  # the quotes blanked, a comma kept
    probe = inner + blank + text[m.end() :]
    for rule in _QUOTABLE:
        found = rule(probe, offset + 1)
        if found is None or found.communication.date is None or found.consumed <= m.end() - 1:
            continue
        if (
            probe[len(inner) : len(inner) + len(blank)].strip(" ,")
            or probe[len(inner) + len(blank) :].lstrip(" ,")[:1].isalpha()
            and not _placed(probe[len(inner) + len(blank) :].lstrip(" ,"))
        ):
            continue
        comm = replace(found.communication, span=Span(offset, offset + found.consumed + 1))
        return RuleResult(comm, found.consumed + 1, found.more_dates)
    return None


_AND_DATE = re.compile(r"\s*(?:,|und|a|i|and)\s*(?:am|dne|dnia)?\s*", re.IGNORECASE)


def _further_dates(rest: str) -> tuple[list, str]:
    """ "… am 9.6.1959 und am 12.6.1959": the dates listed after the first, and what follows them."""
    more = []
    pos = 0
    for d in find_dates(rest):
        if d.value is None or not _AND_DATE.fullmatch(rest[pos : d.span.start]):
            break
        more.append(d.value)
        pos = d.span.end
    return more, rest[pos:]


# "Fischer–Kim Il Sung, 5.1.1956": a talk given by its two parties joined by a dash, then the date
_DASH_SIDE = r"[A-Z][^–—,;:()\[\]/\d\"“”„]{1,40}?"
_DASH_PAIR = re.compile(rf"^(?P<a>{_DASH_SIDE})[–—](?P<b>{_DASH_SIDE}),\s*(?=\d)")


def read_dash_pair(text: str, offset: int) -> RuleResult | None:
    """ "Fischer–Kim Il Sung, 5.1.1956; Fischer–Nam Il, 12.1.1956": two named people joined by
    a dash and dated, with no kind word: their conversation."""
    m = _DASH_PAIR.match(text)
    if not m:
        return None
    named = [parse_participant(m.group(k), offset + m.start(k)) for k in ("a", "b")]
    if any(x is None or x.is_organization or x.role or is_place(x.text) for x in named):
        return None
    if not all(looks_like_name(m.group(k).strip()) for k in ("a", "b")):
        return None
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.date.value is None or cut.body.strip(" ,"):
        return None
    end = m.end() + cut.end
    parts = tuple(Participant(x, "interlocutor") for x in named if x is not None)
    return RuleResult(Communication("conversation", cut.date.value, parts, Span(offset, offset + end)), end, cut.more)
