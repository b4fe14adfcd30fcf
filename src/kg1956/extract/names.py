"""Read a participant phrase: a name, the role written beside it, or an addressed body.

Conventions handled: "I.F. Kurdiukov (head of the Far Eastern Department)",
"N.T. Fedorenko, the head of the First Far Eastern Department", "Ambassador Yi Sang-jo",
"the Soviet Ambassador A.M. Puzanov", "Samsonov G.Ie.", "‘Ho Do Din’",
"Filippov [Stalin]" (a cryptonym and the real name), "посла КНДР Ли Сан Чо".
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.bodies import (
    BODY_DESCRIBING_WORDS,
    is_generic_body,
    is_organization,
    is_press,
    organization_name,
)
from kg1956.extract.brackets import split_brackets
from kg1956.extract.eu_role_ends import is_latin_state_word
from kg1956.extract.kinds import KINDS
from kg1956.extract.lexicon import COUNTRIES, PLACES
from kg1956.extract.memo import of_clauses
from kg1956.extract.name_shape import (
    COMRADE,
    INITIAL,
    NATIONALITY,
    QUOTES,
    is_name_token,
    looks_like_name,
)
from kg1956.extract.places import is_place, is_place_any_case
from kg1956.extract.role_then_name import split_role_and_name
from kg1956.extract.roles import is_prose_before_name, is_role_word
from kg1956.extract.sovereigns import sovereign_title
from kg1956.models import NameMention, Span

_INITIAL_START = re.compile(rf"{INITIAL}+\s?\S")
# A German article before a role is dropped ("mit dem Botschafter der KDVR"): declined for the
# sentence it stands in, it is not part of the role as the gold keeps it (an English "the" is
# kept, and dropped only when roles are compared).
_ROLE_ARTICLE = re.compile(r"^(?:der|die|das|dem|den|des)\s+", re.IGNORECASE)


# "(пер. с алб.)", "(trans. from the Albanian)": a word on the translation, in brackets after a name
_TRANSLATED_NOTE = re.compile(r"(?:пер\.|перевод|trans\.|transl\.|translated|übers\.|tłum\.)(?:\s|$)", re.IGNORECASE)


# a body, then the name of the one who heads it and his office in brackets; the bracket follows the
# writing body directly ("the Far Eastern Department on the Soviet delegation (A.I. Mikoyan, head)"
# heads the subject, not the writer)
_BODY_THEN_HEAD = re.compile(
    r"(?P<body>(?:(?!\b(?:on|about|concerning|regarding)\s)[^()]){3,80}?)\s*\((?P<name>(?:[A-Z][a-z]?\.\s?)+[A-Z][\w'’-]+),\s*"
    r"(?P<role>(?:its\s+)?(?:head|chief|director|chairman|deputy\s+head))\)"
    r"(?=\s*$|\s+(?:on|about|concerning|regarding)\s)"  # what the body wrote about may follow
)


_ORG_GLOSS = re.compile(r"\s*\[(?P<gloss>[^\[\]]{3,120})\]\s*$")


# the words that gloss a cryptonym with the real name in brackets: "(i.e. S.A. Tovmasyan)"
_GLOSS = re.compile(
    r"(?:i\.\s?e\.|that\s+is|viz\.|d\.\s?h\.|т\.\s?е\."
    # "Ким Ир Сеном (в англоязычной литературе — Kim Il Sung)", "(в другом написании — Чо Ман Сик)": the
    # same name as another literature or transcription spells it
    r"|в\s+(?:англоязычной|западной|английской|корейской|китайской|латинской)\s+(?:литературе|транскрипции)\s*[—–-]"
    r"|в\s+(?:другом|ином)\s+написании\s*[—–-]?)\s*,?\s*",
    re.IGNORECASE,
)
# a quoted word, then a bracket saying whose cover name it is
_COVERED = re.compile(r"[\"“”‘’'«»„]?(?P<word>[A-Z][a-z]+)[\"“”‘’'«»]?\s*[(\[](?P<gloss>[^()\[\]]+)[)\]]")


# a bracket saying whose cover name the word before it is: '"Drug" [the embassy's cover name for Le
# Duan in 1967–1968]', '"Vasilii" (code name of N.S. Khrushchev)': the real name, then an optional span of years
COVER_NAME = re.compile(
    r"(?:(?:the|our|his|their)\s+)?(?:[\w.-]+(?:['’]s)?\s+)?(?i:cover|code)[\s-]?name\s+(?:for|of)\s+"
    # an operation, a plan or a place is no one: "[the code name for Operation Anadyr]"
    r"(?!(?i:the|an?|operation|plan|project|exercise|programme|program)\b)"
    r"(?P<name>[^\[\](),;]+?)(?:\s+(?:in|from|during|until|after)\s+(?:\d{4}|the\s+(?:cipher|code|radio|telegraph)\w*\s)[^\[\]()]*)?\s*$"
)


# a bracket after the place a telegram came from that says what state the copy is in, not who wrote
# it: "Telegram from Hanoi (Copy)", "(Excerpt)", "(Decoded)", "(Top secret)"
_DOCUMENT_STATE = re.compile(
    r"(?:(?:top|strictly|most)\s+)?(?:copy|copies|excerpts?|extracts?|draft|translation|translated|decoded"
    r"|decrypted|deciphered|ciphered|cipher|coded|original|unsigned|signed|urgent|immediate|priority|flash"
    r"|secret|confidential|classified|incoming|outgoing|duplicate|carbon|typescript|manuscript|handwritten"
    r"|fragment|summary|abstract|received|sent|registered|paraphrase|annotated|corrected|revised|final"
    r"|attached|enclosure|annex|appendix|continued|incomplete|illegible|damaged|en\s+clair|plain|clear"
    r"|[a-z]+(?:tion|sion|ment|ness|ity))",
    re.IGNORECASE,
)


# one word with the Arabic article ("al-Ahram", "ash-Shaab"): a man only after his office or given name
_ARABIC_ARTICLE_ALONE = re.compile(r"(?:al|el|ad|ed|as|ash|an|ar|at|az|os|ol|od|ud|ul|us|es)-[^\W\d_][\w’'-]*")


# an English preposition that opens a note's topic, before the name it is about
_TOPIC_LEAD = re.compile(r"(?:On|About|Concerning|Regarding)\s+(?=[A-Z])")


def _topic_name(rest: str) -> bool:
    """Whether what follows a topic's preposition is a surname, alone or after initials."""
    tokens = rest.split()
    return (
        looks_like_name(rest)
        and "-" not in rest
        and (len(tokens) == 1 or all(re.fullmatch(f"{INITIAL}+", t) for t in tokens[:-1]))
    )


# a site after a party, with the article: people are never "at the" anybody
_AT_THE_SITE = re.compile(r"\s+at\s+the\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}$")


def _trim(text: str, offset: int) -> tuple[str, int]:
    """Strip spaces, commas and quotes from both ends, keeping the offset right; a final
    full stop stays when it closes an initial ("Ivanov V.I.", "Tsedenbalom Yu.")."""
    lead = len(text) - len(text.lstrip(" ,;:" + QUOTES))
    body = text.strip(" ,;:" + QUOTES)
    body = re.sub(r"[\s,;:]+$", "", body)
    while body.endswith(".") and not re.search(
        r"(?:^|\s)(?:[A-ZА-ЯЁ]|Yu|Ya|Ye|Yo|Iu|Ia|Ie|Zh|Kh|Ts|Sh|Ch|Wł|Dzh)\.$|[A-ZА-ЯЁ][a-zа-яё]?\.\s?[A-ZА-ЯЁ][a-zа-яё]?\.$",
        body,
    ):
        body = re.sub(r"[\s,;:]+$", "", body[:-1])
    return body, offset + lead


def _uncomrade(apposition: str) -> str:
    """ "Genossen Pak Sen Tschol,": the name set off by commas, without the form of address."""
    phrase = apposition.strip(QUOTES + " ,")
    phrase = re.sub(r"^(?:genossen?|genossin|soudruh[a-zěů]*|s\.|tow\.|towarzysz[a-z]*)\s+", "", phrase, flags=re.I)
    return re.sub(r"^Dr\.?\s+(?=[A-Z])", "", phrase)  # "…, Dr Aziz Sidqi,": an academic title, no part of him


_OFFICE_SURNAME = re.compile(r"(?P<role>(?:the\s+)?[A-Z][^()\[\];]{4,120}?)\s*\((?P<name>[^()\[\],;]{2,40})\)")


def _office_then_surname(phrase: str, offset: int) -> NameMention | None:
    """ "The Ambassador in the Soviet Union (Bohlen)", "the Assistant Secretary of State for Far
    Eastern Affairs (Robertson)": the office, then the holder's surname in brackets (the
    Foreign Relations of the United States convention)."""
    m = _OFFICE_SURNAME.fullmatch(phrase)
    if m is None:
        return None
    role = re.sub(r"^(?:the)\s+", "", m.group("role"), flags=re.IGNORECASE).strip()
    name = m.group("name").strip()
    words = role.split()
    if not looks_like_name(name) or looks_like_name(role) or not words:
        return None
    if not (is_role_word(words[0]) or (len(words) > 1 and is_role_word(words[1]))):
        return None  # the office opens the phrase: "Ambassador …", "Assistant Secretary …"
    if not any(w.strip(",") in ("in", "of", "for", "to", "at") for w in words) and not all(
        is_role_word(w.strip(",")) for w in words
    ):
        return None  # "Ambassador Puzanov (Filin)": a name before the bracket, whose alias it holds
    if name.lower() in PLACES or any(is_role_word(t) for t in name.split()):
        return None
    start = offset + m.start("name")
    return NameMention(name, Span(start, start + len(name)), role, is_organization=False)


# a quoted title after the name, with its translation; or the translation alone where a rule blanked the
# title before ("Molotov V.M.,      [On the preparations …]")
_TITLE_AFTER_NAME = re.compile(
    r"(?:,\s*[“\"„«][^“”\"„«»]{3,300}[”\"“»][\s,.]*(?:\[[^\[\]]{3,300}\])?|,?\s{3,}\[[^\[\]]{3,300}\]"
    # "Bolz, 'Jahresbericht 1956' [annual report for 1956]": a title in single quotes and its translation
    r"|,\s*[‘'][^‘’'\[\]]{3,300}[’'][\s,.]*\[[^\[\]]{3,300}\])[\s,]*$"
)


@of_clauses
def _titled_then_apposed(head: str, apposition: str) -> bool:
    """ "Premier Zhou Enlai" then ", Beijing airport" or ", head of the delegation": a name with its title
    before it, then a place (a known place, maybe with a lower-case word: "Beijing airport") or an office
    in lower case; never a second name ("Ambassador X, Y and Z")."""
    lead, name, _ = split_role_and_name(head.strip())
    words = apposition.split()
    if not lead or not is_role_word(lead.split()[0]) or not looks_like_name(name.strip(QUOTES + " ,")):
        return False
    if not words or looks_like_name(apposition.strip()) and not is_place(apposition.strip()):
        return False
    if re.search(r"(?:\s|^)(?:and|&|und|i|и)\s+[A-ZА-ЯЁ]", apposition):
        return False  # "Premier Zhou Enlai, chairman Mao and Liu Shaoqi": more names, no office
    if words[0][:1].islower():
        return words[0] in ("head", "chief", "leader", "member", "chairman", "secretary") or is_role_word(words[0])
    places = [i for i in range(1, len(words) + 1) if is_place(" ".join(words[:i]))]
    return bool(places) and all(w[:1].islower() for w in words[places[-1] :])


# a place set off after the phrase's last name: where the record was written ("…, Genewa")
_WRITTEN_AT = re.compile(r"[”\"’]?,[”\"’]?\s*(?P<place>[^\W\d_][\w-]+)\s*$")


def _named_before(before: str, place: bool = True) -> bool:
    """Whether `before` is an office and a name ("wiceministrem G. Puszkinem"); when the word after the
    comma is no known place, only an office written in lower case ("with Ambassador Menshikov, Herter":
    Herter is the other party, not where the record was written)."""
    if "," in before or "(" in before:
        return False
    role, name, _ = split_role_and_name(before.strip())
    if not (role and name and looks_like_name(name)) or is_place(name.strip()) or name.strip().lower() in COUNTRIES:
        return False  # "the Ambassador of the GDR in the PR China, Hertzfeldt": the post's country, no one
    return role[:1].islower() or (place and is_role_word(role.split()[0]))


# "V[yacheslav] I. Kochemassov": an initial the editor completed in brackets, no space between
_COMPLETED_INITIAL = re.compile(r"(?<![\w\[])([A-Z])\[([a-z]{2,})\](?=\s+[A-Z])")


def parse_participant(text: str, offset: int) -> NameMention | None:
    """Read one participant phrase at `offset` in the note; None if it names nobody.

    A phrase that names only a role ("a Soviet diplomat") yields None: the extractor
    does not invent a person for it.
    """
    completed = _COMPLETED_INITIAL.search(text)
    if completed:  # read as the initial it completes; the name keeps the editor's brackets as written
        masked = text[: completed.start()] + completed.group(1) + "." + text[completed.end() :]
        found = _parse_participant(masked, offset)
        if found is None or found.is_organization or not found.text.startswith(completed.group(1) + "."):
            return _parse_participant(text, offset)  # the bracket is no part of the name read
        last = found.text.split()[-1]
        end = text.find(last, completed.end())
        if end < 0:
            return None
        name = text[completed.start() : end + len(last)]
        return replace(found, text=name, span=Span(offset + completed.start(), offset + end + len(last)))
    return _parse_participant(text, offset)


# A German courtesy title before a given name and a surname ("Frau Indira Gandhi", "Herrn Jawaharlal
# Nehru"): a form of address, as "Genosse" is. Before a surname alone it stays ("Frau Pak", the
# ambassador's wife, whom "Pak" alone would merge with her husband), as "Mrs." and "Mme." do.
_COURTESY_BEFORE_GIVEN = re.compile(
    r"(?-i:Frau|Herrn?|Fräulein)\s+(?=[A-ZÀ-ÖØ-Þ][\w'’-]+\s+[A-ZÀ-ÖØ-Þ][\w'’-]+\s*(?:$|,|[(\[]))"
)


def _parse_participant(text: str, offset: int) -> NameMention | None:
    """`parse_participant` of a phrase with no completed initial."""
    phrase, offset = _trim(text, offset)
    written_at = _WRITTEN_AT.search(phrase)
    if written_at and (
        _named_before(phrase[: written_at.start()], is_place(written_at.group("place")))
        or is_place(written_at.group("place"))
        and looks_like_name(phrase[: written_at.start()].strip())
    ):
        # "wiceministrem G. Puszkinem, Genewa": where the record was written, after the one named with
        # his office (the name after an office and a comma is an apposition only when none stands before)
        return parse_participant(phrase[: written_at.start()], offset)
    topic = _TOPIC_LEAD.match(phrase)
    if topic and _topic_name(phrase[topic.end() :]):
        # "On Malinovskii's remark to He Long …, see …": the note's topic, told before its sources
        # (never "On Yong-il", a Korean surname with its given name)
        phrase, offset = phrase[topic.end() :], offset + topic.end()
    site = _AT_THE_SITE.search(phrase)
    before = phrase[: site.start()].split() if site else []
    if before and "," not in phrase[: site.start()] and before[-1][:1].isupper() and not is_role_word(before[-1]):
        # "Kim Il Sung at the Kremlin", "… at the Hotel Metropol": where they met, never who
        # (after an office the site is the office's: "First Secretary at the Embassy")
        return parse_participant(phrase[: site.start()], offset)
    if _MISSIONS.fullmatch(phrase):
        return None  # "Embassies Abroad", "the Romanian missions abroad": a circular's addressees, no one
    covered = _COVERED.fullmatch(phrase)
    real = COVER_NAME.fullmatch(covered.group("gloss").strip()) if covered else None
    held, real_name = None, real.group("name").strip() if real else ""
    if real and not looks_like_name(real_name):  # "[the code name for General Issa Pliev]": his office first
        held, real_name = split_role_and_name(real_name)[:2]
        real_name = real_name.strip()
        held = held.strip(" ,") or None if held and is_role_word(held.split()[0]) else None
    if covered and not (real and looks_like_name(real_name) and (held or real_name == real.group("name").strip())):
        if re.search(r"(?i:cover|code)[\s-]?name\s+(?:for|of)\b", covered.group("gloss")):
            return None  # '"Sever" [the code name for the Northern Bureau]', "[… for a source in …]": no one named
    if covered and real and looks_like_name(real_name):
        # '"Drug" [the embassy's cover name for Le Duan]': the quoted word is a cryptonym, whatever
        # else it could be ("drug", comrade), and the real name in the bracket is the person. The gloss
        # holds for this note only: cover names were reused for many people ("Drug" for Le Duan, then
        # Pham Hung) and may be a real surname ("Filippov" for Stalin), so the word is no key
        at = offset + covered.start("gloss") + real.start("name") + real.group("name").find(real_name)
        return NameMention(real_name, Span(at, at + len(real_name)), held, alias=covered.group("word"), cover=True)
    titled = _TITLE_AFTER_NAME.search(phrase)
    if titled:  # 'Molotov V.M., "O khode podgotovki …" [On the preparations …]': the record's title, no role
        phrase = phrase[: titled.start()]
    comrade = re.match(
        # "Т. Ф. Штыков": a capital Т. before another initial is his initial, not "товарищ"
        r"(?:comrades?|tov\.|tow\.|тов\.|(?-i:т\.)|Т\.(?!\s?[А-ЯЁ]\.)|товарищ(?:[аеуи]|ем|ам|ами|ей)?|genossen?"
        r"|towarzysz[a-z]*|soudruh[a-z]*"
        r"|(?-i:Dr)\.?(?=\s+(?-i:[A-Z])))\s+",  # "Dr Aziz Sidqi" (courtesy titles, "Mrs. X", stay with the name)
        phrase,
        re.IGNORECASE,
    )
    if comrade:  # "Comrade Stalin", "т. Пак Чан Оком": a form of address, not a role
        phrase, offset = phrase[comrade.end() :], offset + comrade.end()
    courtesy = _COURTESY_BEFORE_GIVEN.match(phrase)
    if courtesy:  # "Frau Indira Gandhi": her given name tells her from any other Gandhi, "Frau" is no name
        phrase, offset = phrase[courtesy.end() :], offset + courtesy.end()
    # a sovereign's title first, only before a sovereign's own name of the period (data/sovereigns.toml):
    # "King Gordon" (J. King Gordon), "Queen Mary College", "King Features Syndicate", "Queen Mother
    # Elizabeth" are a man's names, bodies and a title of another kind
    sovereign = sovereign_title().match(phrase)
    if sovereign and looks_like_name(phrase[sovereign.end() :].strip()):
        # "King Mohammad Zahir Shah", "Queen Elizabeth": the title first is his office, no part of the
        # name ("Mackenzie King", the title's word last, is a surname)
        name = phrase[sovereign.end() :].strip()
        start = offset + sovereign.end()
        return NameMention(name, Span(start, start + len(name)), sovereign.group("title"))
    while phrase and COMRADE.match(phrase.split()[-1]) and len(phrase.split()) > 1:
        phrase = phrase[: phrase.rstrip().rfind(" ")].rstrip(" ,")  # "Kádár János elvtárs"
    if not phrase or is_generic_body(phrase):
        return None  # "to Foreign Ministry": whose ministry is not said
    office = _office_then_surname(phrase, offset)
    if office is not None:
        return office
    head_of_body = _BODY_THEN_HEAD.match(phrase.strip())
    if head_of_body and is_organization(head_of_body.group("body")) and looks_like_name(head_of_body.group("name")):
        # "the Far Eastern Department (M.S. Kapitsa, head)": the body's head, named in brackets, wrote for it
        name, role = head_of_body.group("name"), head_of_body.group("role")
        start = offset + phrase.find(name)
        return NameMention(name, Span(start, start + len(name)), role)
    if is_organization(phrase) and not looks_like_name(phrase):
        name = organization_name(phrase)
        if is_generic_body(name):
            return None
        gloss = _ORG_GLOSS.search(name)
        alias = None
        if gloss:  # "ÚV PTK [Central Committee of the Korean Workers' Party]": the body, then its name translated
            inner = gloss.group("gloss").strip()
            alias = inner if is_organization(inner) and not is_generic_body(inner) else None
            name = name[: gloss.start()]
        start = offset + phrase.find(name)
        return NameMention(name, Span(start, start + len(name)), None, is_organization=True, alias=alias)
    outside, brackets = split_brackets(phrase)
    role: str | None = None
    alias: str | None = None
    alias_at = -1
    glossed_cover: str | None = None
    for inner, at in brackets:
        inner = inner.strip()
        glossed = _GLOSS.match(inner)
        if glossed and looks_like_name(inner[glossed.end() :].strip()):
            inner, at = inner[glossed.end() :].strip(), at + glossed.end()  # '"Sergeev" (i.e. S.A. Tovmasyan)'
        cover = COVER_NAME.fullmatch(inner)
        if cover and looks_like_name(cover.group("name")):
            inner, at = cover.group("name"), at + cover.start("name")  # '"Drug" [cover name for Le Duan]'
            glossed_cover = inner
        if inner.lower() in PLACES:
            continue  # "A.I. Mikoyan (Pyongyang)": where he wrote from
        if looks_like_name(inner) and not any(is_role_word(t) for t in inner.split()) and inner.lower() not in PLACES:
            if not phrase[: at - 1].strip():
                return None  # "[Сталина] Т.Ф. Штыкову": the bracket names the person before it, not this one
            alias, alias_at = inner, at
        elif _named_with_role(inner) and phrase[: at - 1].strip():
            # '"Orlov" [V.K. Pashchenko, counsellor of the Soviet embassy in Tirana]': the real name and his role
            alias, role = _named_with_role(inner)  # type: ignore[misc]
            alias_at = at + inner.find(alias)
        elif _TRANSLATED_NOTE.match(inner):
            continue  # "Н. Насе (пер. с алб.)": the record read in translation, no office
        elif _NOT_OFFICE.match(inner) and inner[:1].islower() and split_role_and_name(inner)[1].strip():
            continue  # "[copy to Ambassador P.F. Iudin]", "[and Counsellor S.N. Filatov]": another person, no office
        elif inner and not _is_title(inner) and not _other_script(inner, phrase[: at - 1]):
            # "[Record of a conversation]", "[Information]": a title translated; "(Ю.Цэдэнбал, … тэмдэглэл)"
            # after a Latin name: the title in its own script
            role = inner
    outside = re.sub(r"\s+", " ", outside).strip(" ,")
    if glossed_cover and alias == glossed_cover and alias_at >= 0:
        # 'Ambassador "Drug" [cover name for Le Duan]': the real name is the person, the word a cover
        # name for this note only (see above)
        lead, word, _ = split_role_and_name(outside)
        word = word.strip(QUOTES + " ,")
        if not re.fullmatch(r"[A-Z][a-z]+", word) or (
            lead and (_SUBJECT_BEFORE.search(lead) or is_prose_before_name(lead))
        ):
            return None  # 'Raúl Castro on "Anadyr" [the code name for Operation Anadyr]': what the talk was about
        start = offset + alias_at
        role = role or (lead.strip(" ,") or None if lead else None)
        return NameMention(alias, Span(start, start + len(alias)), role, alias=word, cover=True)
    local = _glossed_in_full(outside, alias, alias_at)
    if local is not None:
        # "Kim (i.e. Kim Il Sung)", "Pak [Foreign Minister Pak Hon-yong]": a bare surname given in
        # full for this note only. The full name is the person; the surname is no cryptonym, which
        # would join every namesake ("Kim Tu-bong") that another note glosses the same way.
        start = offset + local
        return NameMention(alias, Span(start, start + len(alias)), role)  # type: ignore[arg-type]
    word = outside.strip(QUOTES)  # '"Director" (R.Ia. Malinovskii)': the title word in quotes too
    if alias and re.fullmatch(r"[A-Z][a-z]+", word) and is_role_word(word) and _INITIAL_START.match(alias):
        # "Director [R.Ia. Malinovskii]": a cryptonym that is a title word, the real name in brackets.
        # The person is the bracketed name; the title word is only a spelling beside it, which
        # resolve joins only when no other holder of that title is named (never a key or a label).
        start = offset + phrase.find(alias)
        return NameMention(alias, Span(start, start + len(alias)), None, alias=word)
    # "N.T. Fedorenko, the head of the …" : apposition after a comma.
    head, _, apposition = outside.partition(", ")
    if apposition and looks_like_name(head.strip(QUOTES)):
        outside = head
        if any(is_role_word(t) for t in apposition.split()):
            place = re.search(r",\s*(?P<p>[^,]+)$", apposition)
            if place and is_place(place.group("p")):  # "Zhou Enlai, Premier of …, Ulaanbaatar": where, not what
                apposition = apposition[: place.start()]
            # "V.V. Kuznetsov, then Deputy Foreign Minister": the office, not the adverb of its time
            role = role or re.sub(r"^(?:then|at\s+the\s+time|at\s+that\s+time)\s+", "", apposition.strip(" ,"))
    elif apposition and _titled_then_apposed(head, apposition):
        # "Major General Lê Quang Hòa, head of the DRV delegation", "Premier Zhou Enlai, Beijing airport": the
        # title before the name is his role; the office or the place set off after it is no other party
        outside = head
    elif (
        apposition and looks_like_name(_uncomrade(apposition)) and any(is_role_word(t) for t in head.split())
    ):  # "dem Botschafter der DDR in Peking, Paul Wandel": the role, then the name set off by commas
        role = role or _ROLE_ARTICLE.sub("", re.sub(r"^(?:the|a|an)\s+", "", head.strip(" ,"), flags=re.I))
        outside = _uncomrade(apposition)
    office = office_named_in_bracket(outside, alias)
    if office is not None and alias:  # "the Chairman [Mao Zedong]": the office, its holder's name in brackets
        start = phrase.find(alias)
        return NameMention(alias, Span(offset + start, offset + start + len(alias)), office[0], alias=office[1])
    lead_role, name, _ = split_role_and_name(outside)
    quoted = re.search(r"[„«]\s*$", outside[: outside.rfind(name)]) if name else None
    name = name.strip(QUOTES + " ,")
    if not name or not looks_like_name(name) or is_press(name):
        return None  # "Pravda", "z korespondentem „Prawdy”": a newspaper, no one
    if quoted and lead_role:
        return None  # "redaktorem „Trybuny”": an office's paper in quotes, named by its title
    if not lead_role and _ARABIC_ARTICLE_ALONE.fullmatch(name):
        return None  # "Letter from Nasser to al-Ahram": the article's word alone is a paper as often as a man
    if not alias and is_place(name):
        return None  # "z Hanoi", "Warszawy": a capital in any case is no person
    if alias and is_place(name) and not lead_role:
        # "Telegram from Hanoi (Shcherbakov)": where he wrote from, the writer named in the bracket;
        # "Telegram from Hanoi (Copy)" says what the copy is, and names no one
        if _DOCUMENT_STATE.fullmatch(alias.strip()):
            return None
        at = offset + phrase.find(alias, phrase.find(name) + len(name))
        return NameMention(alias, Span(at, at + len(alias)), role)
    if lead_role and (name.lower() in COUNTRIES or is_latin_state_word(name, lead_role)):
        return None  # "dem 1. Sekretär der Botschaft der VR China", "z ambasadorem Indonezji": the office's country
    if lead_role and re.fullmatch(r"[А-ЯЁ][а-яё]+", name) and is_place_any_case(name):
        return None  # "с послом Румынии", "послу Индии": the office's country in the genitive, no one named
    if lead_role:
        words = lead_role.split()
        while words and (COMRADE.match(words[-1]) or (words[-1] == "Gen." and len(words) > 1 and words[-2][-1] == ",")):
            # "dem sowjetischen Botschafter Genossen", "des Leiters …, Gen. X": the form of address is no role
            words.pop()
        # "…der KDVR, Genossen X" keeps no comma; a lone "dem" is no role
        lead_role = _ROLE_ARTICLE.sub("", " ".join(words) + " ").strip(" ,") or None
    if lead_role and (
        _SUBJECT_BEFORE.search(lead_role) or (lead_role.rstrip().endswith(":") and _SUBJECT_WITHIN.search(lead_role))
    ):
        # "the Hungarian legation on Kim Il Sung": whom the record is about, not who wrote it; and the
        # record's own title after that head and a colon ("…: Feljegyzés Kim Ir Szenről") is no one
        return None
    if lead_role and ": " in lead_role:
        lead_role = lead_role.rsplit(": ", 1)[1].strip() or None  # "… differs in one clause: Soviet Ambassador X"
    if lead_role and is_prose_before_name(lead_role):
        lead_role = None  # "on X's first assessment see": a piece of the sentence before a name, no office
    if lead_role and not role:
        role = lead_role
    start = phrase.find(name)
    if start < 0:
        start = 0
    span = Span(offset + start, offset + start + len(name))
    return NameMention(name, span, role, alias=alias)


# the words before a name ending in a preposition of subject: the name is what the record is about
_SUBJECT_BEFORE = re.compile(
    r"(?:^|\s)(?:on|about|concerning|regarding|re:?|über|betreffend|о|об|o)\s*$", re.IGNORECASE
)
_SUBJECT_WITHIN = re.compile(r"\s(?:on|about|concerning|regarding)\s", re.IGNORECASE)


def office_named_in_bracket(outside: str, alias: str | None) -> tuple[str | None, str | None] | None:
    """(role, cryptonym) when the words outside the brackets are an office alone and the
    bracket names its holder: "the Chairman [Mao Zedong]" is Mao with the office as his role;
    "Director [R.Ia. Malinovskii]", with no article, is a cryptonym beside the real name. None
    when the outside words are not an office."""
    if not alias:
        return None
    article = re.match(r"(?:the|a|an)\s+", outside.strip(" ,"), flags=re.IGNORECASE)
    words = outside.strip(" ,")[article.end() if article else 0 :].split()
    if not words or len(words) > 6 or not is_role_word(words[0]):
        return None
    if any(is_name_token(w) and not is_role_word(w) and w.lower() not in NATIONALITY for w in words):
        return None
    if article:
        return " ".join(words), None
    return (None, words[0]) if len(words) == 1 else None


def parse_person(text: str, offset: int) -> NameMention | None:
    """A person, even when the role before the name begins like a body ("Embassy Second
    Secretary V. Kuznetsov"); None if no name ends the phrase."""
    found = parse_participant(text, offset)
    if found is None or not found.is_organization:
        return found
    phrase, offset = _trim(text, offset)
    role, name, at = split_role_and_name(phrase)
    if not role or not name or not looks_like_name(name.strip(" ,")):
        return None
    name = name.strip(" ,")
    return NameMention(name, Span(offset + at, offset + at + len(name)), role)


def _glossed_in_full(outside: str, alias: str | None, alias_at: int) -> int | None:
    """Where the bracketed full name starts in the phrase when the words outside the brackets are
    only words of that name (its surname: "Kim" beside "Kim Il Sung"); None otherwise."""
    if not alias or alias_at < 0 or len(alias.split()) < 2:
        return None
    written = outside.strip(QUOTES + " ,").split()
    words = {w.strip(QUOTES + " ,") for w in alias.split()}
    if not written or not all(w.strip(QUOTES + " ,") in words for w in written):
        return None
    return alias_at


# lowercase words in a bracket that make it a phrase about another person, not his office:
# "[copy to Ambassador P.F. Iudin]", "[through Ambassador N.V. Roshchin]", "[and Counsellor S.N. Filatov]"
_NOT_OFFICE = re.compile(
    r"(?:^|\s)(?:and|with|through|via|copy|cc|to|for|from|by|then|also|or|i|и|und|et|oraz|z|с|со|через|mit)(?=\s|$)",
    re.IGNORECASE,
)


def _named_with_role(inner: str) -> tuple[str, str] | None:
    head, _, apposition = inner.partition(", ")
    head = head.strip()
    if (
        apposition
        and looks_like_name(head)
        and not any(is_role_word(t) for t in head.split())
        and any(is_role_word(t) for t in apposition.split())
    ):
        return head, apposition.strip(" ,")
    if "," not in inner and any(is_role_word(t) for t in inner.split()[:-1]):
        # "Krotov [Soviet Ambassador V.N. Razuvaev]": the real name after the office he held
        role, name, _ = split_role_and_name(inner)
        name = name.strip(" ,")
        if (
            role
            and not _NOT_OFFICE.search(role)
            and len(name.split()) >= 2
            and is_role_word(role.split()[-1])  # the office's own word right before the name
            and looks_like_name(name)
            and not any(is_role_word(t) for t in name.split())
        ):
            return name, role
    return None


def _other_script(inner: str, before: str) -> bool:
    """A bracket written in Cyrillic after a name in Latin letters (or the reverse)."""

    def cyrillic(text: str) -> bool | None:
        letters = [c for c in text if c.isalpha()]
        if not letters:
            return None
        return sum("\u0400" <= c <= "\u04ff" for c in letters) > len(letters) / 2

    a, b = cyrillic(inner), cyrillic(before)
    return a is not None and b is not None and a != b


def _is_title(text: str) -> bool:
    first = re.match(r"[^\W\d_]+", text.strip())
    return first is not None and first.group().lower() in KINDS


# a kinship word before a genitive name: "с женой Ким Ир Сена" is his (unnamed) wife, not him
KINSHIP = re.compile(
    r"^(?:жен(?:а|ы|е|у|ой|ою)|супруг(?:а|и|е|у|ой|ою)?|сын(?:а|у|ом|овья|овей|овьями)?|доч(?:ь|ери|ерью|ерьми)"
    r"|брат(?:а|у|ом|ья|ьев)?|сестр(?:а|ы|е|у|ой|ою)|вдов(?:а|ы|е|у|ой|ою)|от(?:ец|ца|цу|цом)|мат(?:ь|ери|ерью)"
    r"|родственни(?:к|ка|ку|ком|ца|цы|це|цу|цей)|wife|son|daughter|widow|brother|sister|father|mother)$",
    re.IGNORECASE,
)


_MISSIONS = re.compile(
    r"(?:the\s+|all\s+)?(?:[A-Z][\w-]+\s+)?(?i:missions|embassies|legations|consulates)(?:\s+(?i:abroad))?"
)


def unnamed_party(text: str) -> str | None:
    """ "the Soviet ambassador", "the Hungarian envoy": a party named only by its role; a
    capital or an unnamed ministry that a cable goes to ("to Prague", "to the MFA")."""
    phrase = text.strip(" ,;:")
    bare = re.sub(r"\s*\[[^\[\]]*\]", "", phrase).strip(" ,;:")
    if bare.lower() in PLACES or is_place(bare):
        return bare  # "to Moscow [Information]": the bracket translates the title; "do Warszawy"
    if phrase and len(phrase) < 80 and any(is_role_word(t) for t in phrase.split()):
        return phrase
    if phrase.lower() in PLACES or is_generic_body(phrase):
        return phrase  # "Pecka to Prague", "Chervonenko to MFA": the ministry at home, unnamed
    if phrase and len(phrase) < 80 and any(w.strip(".,").lower() in BODY_DESCRIBING_WORDS for w in phrase.split()[:4]):
        return phrase  # "the Soviet embassy": an institution described, not named
    if _MISSIONS.fullmatch(phrase):
        return phrase  # "the Romanian missions abroad": a circular's addressees, unnamed
    return None
