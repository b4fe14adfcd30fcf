"""Read a participant phrase: a name, the role written beside it, or an addressed body.

Conventions handled: "I.F. Kurdiukov (head of the Far Eastern Department)",
"N.T. Fedorenko, the head of the First Far Eastern Department", "Ambassador Yi Sang-jo",
"the Soviet Ambassador A.M. Puzanov", "Samsonov G.Ie.", "‘Ho Do Din’",
"Filippov [Stalin]" (a cryptonym and the real name), "посла КНДР Ли Сан Чо".
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import BODY_DESCRIBING_WORDS, is_generic_body, is_organization, organization_name
from kg1956.extract.brackets import split_brackets
from kg1956.extract.kinds import KINDS
from kg1956.extract.lexicon import COUNTRIES, PLACES
from kg1956.extract.name_shape import (
    COMRADE,
    INITIAL,
    NATIONALITY,
    QUOTES,
    SENTENCE_WORDS,
    is_name_part,
    is_name_token,
    looks_like_name,
)
from kg1956.extract.places import is_place
from kg1956.extract.roles import is_prose_before_name, is_role_word
from kg1956.extract.ru_role_ends import state_ends_role, without_apposed_office
from kg1956.models import NameMention, Span

_PLACE_PREPOSITIONS = frozenset("in at to from near of for в во из на при у w we v ve im nach bei".split())
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
_GLOSS = re.compile(r"(?:i\.\s?e\.|that\s+is|viz\.|d\.\s?h\.|т\.\s?е\.)\s*,?\s*", re.IGNORECASE)


def _trim(text: str, offset: int) -> tuple[str, int]:
    """Strip spaces, commas and quotes from both ends, keeping the offset right; a final
    full stop stays when it closes an initial ("Ivanov V.I.", "Tsedenbalom Yu.")."""
    lead = len(text) - len(text.lstrip(" ,;:" + QUOTES))
    body = text.strip(" ,;:" + QUOTES)
    body = re.sub(r"[\s,;:]+$", "", body)
    while body.endswith(".") and not re.search(
        r"(?:^|\s)(?:[A-ZА-ЯЁ]|Yu|Ya|Ye|Yo|Iu|Ia|Ie|Zh|Kh|Ts|Sh|Ch|Wł)\.$|[A-ZА-ЯЁ][a-zа-яё]?\.\s?[A-ZА-ЯЁ][a-zа-яё]?\.$",
        body,
    ):
        body = re.sub(r"[\s,;:]+$", "", body[:-1])
    return body, offset + lead


_LED_BY = re.compile(r"(?:во главе с|condusă de|led by|headed by|unter (?:der )?leitung von)$", re.IGNORECASE)
_INITIALS_TOKEN = re.compile(r"(?:[A-ZŁŚŻŹĆА-ЯЁ][a-zа-яёł]?\.){1,3}")


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _given_name(tokens: list[re.Match[str]], j: int) -> bool:
    """A Latin given name before a middle initial: title-cased, not a role, place or nationality,
    and not after a place preposition ("the ambassador in Moscow A. Smith")."""
    word = tokens[j].group()
    if not re.fullmatch(r"[A-Z][a-z]{1,14}", word) or not is_name_part(word):
        return False
    if word.lower() in PLACES | COUNTRIES:
        return False
    return not (j > 0 and tokens[j - 1].group().lower() in _PLACE_PREPOSITIONS)


# a state's or party's acronym ("KRL-D", "ChRL", "ZSRR", "ČSR"): capitals, maybe one small letter
_ACRONYM = re.compile(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽŁŚŻ][a-z]?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽŁŚŻ]{1,4}(?:-[A-Z]{1,3})?")


# Articles after which a capitalised word is the object of a role, not a name: "a deputy director of
# the Asian Department", "dem Leiter der kubanischen Handelsvertretung" (an adjective between)
_LEAD_WORD = re.compile(r"(?:and|or|but|compare|cf\.?|see|also|then)\b", re.IGNORECASE)
_OBJECT_ARTICLES = frozenset("the der des dem den die das".split())
_ADJECTIVE = re.compile(r"[a-zäöüß]+(?:en|er|es|e|an|ian|ese)$")


def _object_of_role(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the capitalised words from tokens[i] on follow an article (maybe with a lower-case
    adjective between), as the body a role belongs to does, rather than a name."""
    if not any(is_role_word(t.group()) for t in tokens[:i]):
        return False  # "the Dalai Lama": an article before a name, and no role
    before = tokens[i - 1].group()
    if before in _OBJECT_ARTICLES:
        return True
    return i > 1 and bool(_ADJECTIVE.fullmatch(before)) and tokens[i - 2].group() in _OBJECT_ARTICLES


def _role_and_name(text: str) -> tuple[str | None, str, int]:
    """Split "the Soviet Ambassador A.M. Puzanov" into role and name (name offset)."""
    tokens = list(re.finditer(r"\S+", text))
    i = len(tokens)
    while i > 0 and is_name_part(tokens[i - 1].group()):
        i -= 1
        if (
            i < len(tokens) - 1
            and _INITIALS_TOKEN.fullmatch(tokens[i].group())
            and not _INITIALS_TOKEN.fullmatch(tokens[i + 1].group())
        ):
            while i > 0 and _INITIALS_TOKEN.fullmatch(tokens[i - 1].group()):
                i -= 1  # "Yu. V. Andropov"
            if _MIDDLE_INITIAL.fullmatch(tokens[i].group()) and i > 0 and _given_name(tokens, i - 1):
                i -= 1  # "George F. Kennan", "Ambassador Ellis O. Briggs": a given name, then a middle initial
            break  # "посланика в Пхенян Г. Богданов": the name begins at its initials
    if (
        0 < i < len(tokens) - 2
        and tokens[i - 1].group().lower() in _PLACE_PREPOSITIONS
        and tokens[i].group().lower().strip(",") in PLACES | COUNTRIES
    ):
        i += 1  # "velvyslance ČSSR v Hanoji Antonína Kohouta": the place, then the name
    while 0 < i < len(tokens) - 1 and _ACRONYM.fullmatch(tokens[i].group()) and tokens[i - 1].group()[:1].islower():
        i += 1  # "ministrem spraw zagranicznych KRL-D Nam Ilem": the state's acronym ends the role
    if 0 < i < len(tokens) - 1 and state_ends_role([t.group() for t in tokens], i, is_role_word):
        i += 1  # "с министром иностранных дел Японии Сигемицу Мамору": the state's name ends the role
    if (
        i == len(tokens) - 1
        and i > 0
        and _ACRONYM.fullmatch(tokens[i].group())
        and tokens[i - 1].group()[:1].islower()
        and any(is_role_word(t.group()) for t in tokens[:i])
    ):
        return text.strip(), "", len(text)  # "chargé d'affaires ChRL": the state's acronym ends a role, no name
    if i == len(tokens) or (i > 0 and tokens[i - 1].group().lower() in _PLACE_PREPOSITIONS):
        return text.strip(), "", len(text)  # "the Korean ambassador in Beijing": a place, not a name
    if i > 0 and _object_of_role(tokens, i):
        return text.strip(), "", len(text)  # "a deputy director of the Asian Department": whose office, no name
    name_start = tokens[i].start()
    role = text[:name_start].strip(" ,") or None
    if role and all(w.strip(".:,").lower() in SENTENCE_WORDS | {"also"} for w in role.split()):
        role = None  # "see Filippov [Stalin] to Mao Zedong": a lead-in word, no role
    if role and _LEAD_WORD.match(role) and not any(is_role_word(w) for w in role.split()):
        role = None  # "compare Marshall Green to …", "and, for an echo of it, Filippov [Stalin] to …": a link
    if role and _LED_BY.search(role):
        role = None  # "делегацией ДРВ во главе с Ле Зуаном", "delegația PMR condusă de …": the leader, no role
    if role and role.lower() in ("comrade", "т.", "тов.", "товарищ", "tov.", "the", "a", "an", "and", "и"):
        role = None
    if role and re.search(r"(?:^|\s)(?:and|und|и|a|i|et)$", role):
        role = None  # "V.V. Kuznetsov and N.T. Fedorenko": a list of people, not a role
    return role, text[name_start:], name_start


def _uncomrade(apposition: str) -> str:
    """ "Genossen Pak Sen Tschol,": the name set off by commas, without the form of address."""
    phrase = apposition.strip(QUOTES + " ,")
    return re.sub(r"^(?:genossen?|genossin|soudruh[a-zěů]*|s\.|tow\.|towarzysz[a-z]*)\s+", "", phrase, flags=re.I)


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
    r"(?:,\s*[“\"„«][^“”\"„«»]{3,300}[”\"“»][\s,.]*(?:\[[^\[\]]{3,300}\])?|,?\s{3,}\[[^\[\]]{3,300}\])[\s,]*$"
)


def parse_participant(text: str, offset: int) -> NameMention | None:
    """Read one participant phrase at `offset` in the note; None if it names nobody.

    A phrase that names only a role ("a Soviet diplomat") yields None: the extractor
    does not invent a person for it.
    """
    phrase, offset = _trim(text, offset)
    titled = _TITLE_AFTER_NAME.search(phrase)
    if titled:  # 'Molotov V.M., "O khode podgotovki …" [On the preparations …]': the record's title, no role
        phrase = phrase[: titled.start()]
    comrade = re.match(
        # "Т. Ф. Штыков": a capital Т. before another initial is his initial, not "товарищ"
        r"(?:comrades?|tov\.|tow\.|тов\.|(?-i:т\.)|Т\.(?!\s?[А-ЯЁ]\.)|товарищ(?:[аеуи]|ем|ам|ами|ей)?|genossen?"
        r"|towarzysz[a-z]*|soudruh[a-z]*)\s+",
        phrase,
        re.IGNORECASE,
    )
    if comrade:  # "Comrade Stalin", "т. Пак Чан Оком": a form of address, not a role
        phrase, offset = phrase[comrade.end() :], offset + comrade.end()
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
    for inner, at in brackets:
        inner = inner.strip()
        glossed = _GLOSS.match(inner)
        if glossed and looks_like_name(inner[glossed.end() :].strip()):
            inner, at = inner[glossed.end() :].strip(), at + glossed.end()  # '"Sergeev" (i.e. S.A. Tovmasyan)'
        if inner.lower() in PLACES:
            continue  # "A.I. Mikoyan (Pyongyang)": where he wrote from
        if looks_like_name(inner) and not any(is_role_word(t) for t in inner.split()) and inner.lower() not in PLACES:
            if not phrase[: at - 1].strip():
                return None  # "[Сталина] Т.Ф. Штыкову": the bracket names the person before it, not this one
            alias = inner
        elif _named_with_role(inner) and phrase[: at - 1].strip():
            # '"Orlov" [V.K. Pashchenko, counsellor of the Soviet embassy in Tirana]': the real name and his role
            alias, role = _named_with_role(inner)  # type: ignore[misc]
        elif _TRANSLATED_NOTE.match(inner):
            continue  # "Н. Насе (пер. с алб.)": the record read in translation, no office
        elif inner and not _is_title(inner) and not _other_script(inner, phrase[: at - 1]):
            # "[Record of a conversation]", "[Information]": a title translated; "(Ю.Цэдэнбал, … тэмдэглэл)"
            # after a Latin name: the title in its own script
            role = inner
    outside = re.sub(r"\s+", " ", outside).strip(" ,")
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
            role = role or apposition.strip(" ,")
    elif (
        apposition and looks_like_name(_uncomrade(apposition)) and any(is_role_word(t) for t in head.split())
    ):  # "dem Botschafter der DDR in Peking, Paul Wandel": the role, then the name set off by commas
        role = role or _ROLE_ARTICLE.sub("", re.sub(r"^(?:the|a|an)\s+", "", head.strip(" ,"), flags=re.I))
        outside = _uncomrade(apposition)
    office = _office_named_in_bracket(outside, alias)
    if office is not None and alias:  # "the Chairman [Mao Zedong]": the office, its holder's name in brackets
        start = phrase.find(alias)
        return NameMention(alias, Span(offset + start, offset + start + len(alias)), office[0], alias=office[1])
    lead_role, name, _ = _role_and_name(outside)
    name = name.strip(QUOTES + " ,")
    if not name or not looks_like_name(name):
        return None
    if not alias and is_place(name):
        return None  # "z Hanoi", "Warszawy": a capital in any case is no person
    if lead_role and name.lower() in COUNTRIES:
        return None  # "dem 1. Sekretär der Botschaft der VR China": a role whose last word is a country
    if lead_role:
        words = lead_role.split()
        while words and COMRADE.match(words[-1]):
            words.pop()  # "dem sowjetischen Botschafter Genossen": the form of address is not the role
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


def _office_named_in_bracket(outside: str, alias: str | None) -> tuple[str | None, str | None] | None:
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
    role, name, at = _role_and_name(phrase)
    if not role or not name or not looks_like_name(name.strip(" ,")):
        return None
    name = name.strip(" ,")
    return NameMention(name, Span(offset + at, offset + at + len(name)), role)


_LIST_AND = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|и|i)\s+")


# "Mao Zedong and other Chinese leaders", "и другими членами делегации": unnamed others after the named
_AND_OTHERS = re.compile(
    r",?\s+(?:and|и)\s+(?:other|others|другими|другие|других)\b(?:\s+[^\W\d_][\w-]*){0,3}\s*$", re.IGNORECASE
)


def parse_participants(text: str, offset: int) -> list[NameMention] | None:
    """ "Kim Il Sung and Pak Chŏng-ae": several people, when every part is a name;
    otherwise the phrase as one participant (None if it names nobody). Places and
    weekdays in the list ("…, Pyongyang, Friday") are not people; "… and other Chinese
    leaders" names no one more."""
    others = _AND_OTHERS.search(text)
    if others is not None and others.start() > 0:
        text = text[: others.start()]
    every = _split_list(text)
    parts = [(p, at) for p, at in every if not is_place(p)]
    if len(parts) >= 2 and _is_place_slot(text, parts[-2], parts[-1]):
        parts.pop()  # "Mao Zedong, Huairentang, Beijing": one word after a comma, where a place stands
    if not parts:
        return None
    if len(parts) == 1 and len(every) > 1:
        text, offset = parts[0][0], offset + parts[0][1]
    bare = [re.sub(r"\s*[(\[].*?[)\]]", "", part).strip(" ,.;") for part, _ in parts]
    if len(parts) > 1:  # "… и Чвэ Ён Гоном, председателем Президиума ВНС КНДР": the office is the last one's
        bare[-1] = without_apposed_office(bare[-1], is_role_word)
    named_office = [_office_in_bracket_part(part) for part, _ in parts]
    if len(parts) > 1 and all(
        looks_like_name(b.strip(QUOTES)) or is_organization(b) or office
        for b, office in zip(bare, named_office, strict=True)
    ):
        mentions = [parse_participant(part, offset + at) for part, at in parts]
        if any(named_office) and any(mentions):
            # "the Chairman [Mao Zedong] and the Politburo": a body that says not whose it is names no one
            kept = [
                (m, p, o)
                for m, p, o in zip(mentions, parts, named_office, strict=True)
                if m or not is_generic_body(p[0])
            ]
            mentions, parts, named_office = [k[0] for k in kept], [k[1] for k in kept], [k[2] for k in kept]
        if all(mentions) and all(
            not m.role or _bracketed(m.role, part) or office or _role_first(m, part)
            for m, (part, _), office in zip(mentions[:-1], parts, named_office, strict=False)
        ):  # "Kim Tu-bong (Chairman …) and Ch'oe Yong-gŏn": a role in brackets ends where it closes
            return mentions  # type: ignore[return-value]
    listed = _roles_then_names(text, offset)
    if listed:
        return listed
    single = parse_participant(text, offset)
    return [single] if single else None


def _roles_then_names(text: str, offset: int) -> list[NameMention] | None:
    """ "с Председателем ЦК КПК Мао Цзэдуном, заместителями Председателя ЦК КПК Лю Шаоци, Чжоу
    Эньлаем и членом Политбюро Пэн Чжэнем": a Russian list whose parts begin with a role in lower
    case; read so only when every part is a name, or a role and then a name."""
    if not re.search(r"[а-яё]", text):
        return None
    parts = _split_list(text, before_role=True)
    if len(parts) < 2:
        return None
    mentions = [parse_participant(part, offset + at) for part, at in parts]
    if not all(
        m and not m.is_organization and (not m.role or _role_first(m, part))
        for m, (part, _) in zip(mentions, parts, strict=True)
    ):
        return None
    return mentions  # type: ignore[return-value]


def _role_first(mention: NameMention | None, part: str) -> bool:
    """ "Председателем ЦК КПК Мао Цзэдуном, заместителями … Лю Шаоци": each part of a list a role
    and then the name, the name ending the part."""
    if mention is None or not mention.role or mention.is_organization:
        return False
    bare = part.strip(" ,")
    return bare.endswith(mention.text) and bare[: len(bare) - len(mention.text)].strip(" ,") == mention.role


def _office_in_bracket_part(part: str) -> bool:
    """ "the Chairman [Mao Zedong]": an office, its holder named in the bracket after it."""
    bracket = re.search(r"[(\[](?P<name>[^()\[\]]{3,40})[)\]]\s*$", part.strip(" ,.;"))
    if bracket is None or not looks_like_name(bracket.group("name").strip()):
        return False
    return _office_named_in_bracket(part[: bracket.start()], bracket.group("name").strip()) is not None


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
        role, name, _ = _role_and_name(inner)
        name = name.strip(" ,")
        if (
            role
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


def _bracketed(role: str, part: str) -> bool:
    return f"({role})" in part or f"[{role}]" in part


def _is_place_slot(text: str, before: tuple[str, int], last: tuple[str, int]) -> bool:
    """The last part of "people, place" is a place when it is one capitalised word set off
    by a comma (not "and") after a name of two or more words: "Ho Chi Minh, Liuzhou"."""
    word = last[0].strip(" ,.")
    prev = re.sub(r"\s*[(\[].*?[)\]]", "", before[0]).strip(" ,.")
    joint = text[before[1] + len(before[0]) : last[1]]
    return (
        re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", word) is not None
        and "," in joint
        and " and " not in f" {joint} "
        and len(prev.split()) >= 2
        and looks_like_name(prev)
        and not is_role_word(word)
    )


def _split_list(text: str, before_role: bool = False) -> list[tuple[str, int]]:
    """The parts of a list, split at commas and "and" before a capital (with `before_role`, also
    before a role word in lower case)."""
    parts, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = _LIST_AND.match(text, i)
            if m and m.end() > i:
                the = re.match(r"the\s+(?=[A-ZА-Я])", text[m.end() :])
                word = re.match(r"\S+", text[m.end() :])
                role = before_role and word is not None and is_role_word(word.group(0))
                if text[m.end() : m.end() + 1].isupper() or the or role:
                    parts.append((text[start:i], start))
                    start = i = m.end()
                    continue
        i += 1
    parts.append((text[start:], start))
    return parts


# a kinship word before a genitive name: "с женой Ким Ир Сена" is his (unnamed) wife, not him
KINSHIP = re.compile(
    r"^(?:жен(?:а|ы|е|у|ой|ою)|супруг(?:а|и|е|у|ой|ою)?|сын(?:а|у|ом|овья|овей|овьями)?|доч(?:ь|ери|ерью|ерьми)"
    r"|брат(?:а|у|ом|ья|ьев)?|сестр(?:а|ы|е|у|ой|ою)|вдов(?:а|ы|е|у|ой|ою)|от(?:ец|ца|цу|цом)|мат(?:ь|ери|ерью)"
    r"|родственни(?:к|ка|ку|ком|ца|цы|це|цу|цей)|wife|son|daughter|widow|brother|sister|father|mother)$",
    re.IGNORECASE,
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
    return None
