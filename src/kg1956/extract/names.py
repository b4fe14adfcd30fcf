"""Read a participant phrase: a name, the role written beside it, or an addressed body.

Conventions handled: "I.F. Kurdiukov (head of the Far Eastern Department)",
"N.T. Fedorenko, the head of the First Far Eastern Department", "Ambassador Yi Sang-jo",
"the Soviet Ambassador A.M. Puzanov", "Samsonov G.Ie.", "‘Ho Do Din’",
"Filippov [Stalin]" (a cryptonym and the real name), "посла КНДР Ли Сан Чо".
"""

from __future__ import annotations

import re
import unicodedata

from kg1956.extract.kinds import KINDS
from kg1956.extract.lexicon import COUNTRIES, OFFICE_NOUNS, ORGANIZATION_HEADS, PLACES, ROLE_WORDS, STATE_NAMES
from kg1956.extract.ru_role_ends import state_ends_role, without_apposed_office
from kg1956.models import NameMention, Span

_QUOTES = "‘’“”„'\"«»"  # „…” the Polish and German quotes
_INITIAL = r"(?:[A-ZŁŚŻŹĆА-ЯЁ][a-zа-яёł]?\.\s?)"  # Polish Ł., Ś., Ż. too
_INITIALS_RE = re.compile(rf"^{_INITIAL}+$")
_NATIONALITY = frozenset(
    """
    soviet korean north south chinese hungarian polish czechoslovak czech german east
    mongolian vietnamese albanian romanian bulgarian yugoslav american british japanese
    dprk prc ussr cpsu kwp ccp sed мид кндр кнр ссср советский советского корейский
    корейского китайский китайского
    """.split()
)
_STOP = frozenset("the a an of for to in on at and with by from de la von van der его её de ком".split())
_SENTENCE_WORDS = frozenset("as see cf after before when while but if also as per ср см как по".split())
# "Idem to Rapacki", "Ibid.": the writer or record cited before, never a name
_BACK_WORDS = frozenset("idem id. id ibid ibid. ibidem".split())
# Month names that are no one's name either ("on 11 September"; May, June and August can be)
_MONTH_WORDS = frozenset(
    "january february april july september october november december januar februar juli oktober dezember".split()
)
_PLACE_PREPOSITIONS = frozenset("in at to from near of for в во из на при у w we v ve im nach bei".split())
# Forms of address between a role and a name or after a name ("dem sowjetischen Botschafter
# Genossen Puzanow", "velvyslancem SSSR s. Ivanovem", "Kádár János elvtárs"), and titles of rank
# ("Prince"): not part of either.
_COMRADE = re.compile(
    r"^(?:comrades?|tov\.|tow\.|тов\.|(?-i:т\.)|товарищ(?:[аеуи]|ем|ам|ами|ей)?|genossen?|genossin|towarzysz[a-ząęóćńśźż]*|"
    r"soudruh[a-zěščřžýáíéů]*|soudružk[a-zěščřžýáíéů]*|(?-i:s\.)|elvtárs[a-záéíóöőúüű]*"
    # a title of rank ("Prince Souvanna Phouma", "с принцем Суванна Фумой"): a form of address, no office
    r"|shok(?:u|ut|un|ë|ët|ëve)|drug(?:a|u|om)?|druže"  # Albanian and Serbo-Croatian "comrade"
    r"|tovarăș(?:ul|ului|ii|ilor|e)?|tovarăş(?:ul|ului|ii|ilor|e)?|tovarasul"  # Romanian
    # ("King" is left out: a surname too, as in Mackenzie King)
    r"|princes?|prinz(?:en)?|принц(?:а|у|ем|е)?|princ(?:a|u|em|i)?|короля?|королю|королём|королем|emperor|императора?)$",
    re.IGNORECASE,
)
_INITIAL_START = re.compile(rf"{_INITIAL}+\s?\S")
# A German article before a role is dropped ("mit dem Botschafter der KDVR"): declined for the
# sentence it stands in, it is not part of the role as the gold keeps it (an English "the" is
# kept, and dropped only when roles are compared).
_ROLE_ARTICLE = re.compile(r"^(?:der|die|das|dem|den|des)\s+", re.IGNORECASE)


_RU_ROLE_STEMS = (
    "посл",
    "советник",
    "секретар",
    "министр",
    "заведующ",
    "заместител",
    "председател",
    "поверенн",
    "консул",
    "атташе",
    "референт",
    "член",
    "руководител",
    "начальник",
    "корреспондент",
    "переводчик",
    "сотрудник",
    "премьер",
    "генерал",
    "маршал",
    "полковник",
    "дипломат",
    "перв",
    "втор",
    "генеральн",
    "чрезвычайн",
    "полномочн",  # "полномочного представителя Японии", "полномочным министром"
    "представител",
)


def _is_role_word(token: str) -> bool:
    """ "Ambassador", "Vice-Premier", "зав.", "послом" — any hyphen-part a role word
    (Russian ones in any case)."""
    bare = token.lower().strip(".,’'()")
    if bare in ROLE_WORDS or any(part in ROLE_WORDS for part in bare.split("-") if part):
        return True
    return (bool(re.match(r"[а-яё]", bare)) and bare.startswith(_RU_ROLE_STEMS)) or bool(_RU_LATIN_ROLE.fullmatch(bare))


# The same Russian role words in Library of Congress transliteration, in any case ("posla SSSR
# v Vengrii", "s poslom VNR v KNDR", "sovetnikom posol'stva").
_RU_LATIN_ROLE = re.compile(
    r"posol|posl(?:a|u|om|e|y|ov|am|ami)|sovetnik(?:a|u|om|i|ov)?|sekretar(?:'|ia|iu|em|i)"
    r"|ministr(?:a|u|om)|zaveduiushch(?:ii|ego|emu|im)|zamestitel(?:'|ia|iu|em)|predsedatel(?:'|ia|iu|em)"
    r"|poverenn(?:yi|ogo|omu|ym)|konsul(?:a|u|om)?|attashe|chlen(?:a|u|om)?|pervogo|pervym|pervyi|vtorogo|vtorym|vtoroi"
)


def _name_shaped(token: str) -> bool:
    """A capitalised word (any script: Ŭi-wan, Ким) or initials joined to a surname (V.I.Pelishenko);
    not an acronym ("ЦК", "КПК", "CPSU")."""
    token = re.sub(r"^\.", "", token)  # OCR's stray space before a stop: "A. M .Puzanov"
    if _INITIALS_RE.match(token):
        return True
    rest = re.sub(rf"^{_INITIAL}+", "", token)
    if re.fullmatch(r"l[bcdfghjkmnpqrstvwxz][a-z’'-]{2,}", rest):
        return True  # OCR's "l" for a capital "I" no vowel follows: "V.I. lvanov"
    if not rest or not rest[0].isupper():
        return False
    if len(rest) > 1 and rest.isupper() and rest.isalpha() and rest != "II":  # "II": OCR's "Il"
        return False
    rest = re.sub(r"(?<=[^\W\d_])[01]|[01](?=[^\W\d_])", "l", rest)  # OCR: "Pe1ishenko", "Ch0e"
    return all(ch.isalpha() or ch in "’'ʻ-" or unicodedata.combining(ch) for ch in rest)


def _is_name_token(token: str) -> bool:
    bare = token.strip(_QUOTES + ",")
    if not bare or bare.lower() in _NATIONALITY or bare in _STOP or bare in ("The", "A") or _COMRADE.match(bare):
        return False
    if bare.lower() in _BACK_WORDS | _MONTH_WORDS:
        return False
    if _is_role_word(bare) and not _INITIALS_RE.match(bare):
        return False
    if bare.lower() in OFFICE_NOUNS:
        return False
    return _name_shaped(bare)


def is_name_token(token: str) -> bool:
    """Whether one word could be part of a personal name (not a role, stop word or acronym,
    nor a function word capitalised at the start of a sentence: "On", "In", "См.")."""
    return _is_name_token(token) and token.strip(_QUOTES + ",.").lower() not in _STOP | _SENTENCE_WORDS


def looks_like_name(text: str) -> bool:
    """Whether `text` is a personal name: capitalised tokens, no role or stop words."""
    tokens = text.split()
    if not tokens or len(tokens) > 5:
        return False
    if not all(_is_name_token(t) for t in tokens):
        return False
    letters = [t for t in tokens if not _INITIALS_RE.match(t)]
    words = [i for i, t in enumerate(tokens) if not _INITIALS_RE.match(t)]
    if words and any(
        _INITIALS_RE.match(t) and words[0] < i < words[-1] and not _middle_initial(tokens, i)
        for i, t in enumerate(tokens)
    ):
        return False  # "Филиппова Т.Ф. Штыкову": a surname, then another person's initials and surname
    return bool(letters) and any(len(t.strip(_QUOTES + ".")) > 1 for t in letters)


def _middle_initial(tokens: list[str], i: int) -> bool:
    """ "George F. Kennan": one Latin initial between a given name and a surname."""
    return (
        len(tokens) == 3
        and i == 1
        and bool(re.fullmatch(r"[A-Z]\.", tokens[1]))
        and bool(re.fullmatch(r"[A-Z][a-z]{1,14}", tokens[0]))
        and bool(re.fullmatch(r"[A-Z][a-z’'-]+", tokens[2]))
    )


_ORG_WORDS = frozenset(
    """
    committee ministry embassy department presidium politburo council secretariat government
    cabinet bureau legation consulate commission directorate mid mfa mfaa cc staff
    tsk posol'stvo posol'stva ministerstva
    центральный центрального центральному центральным комитет комитета комитету комитетом
    цк мид министерство посольство посольства президиум политбюро секретариат правительство
    правительства правительству правительством министерству министерством министерства
    совет совета совету советом госплан госплана госплану госпланом
    botschaft gesandtschaft ministerium zentralkomitee zk abteilung politbüro
    velvyslanectví vyslanectví ministerstvo mzv úv ambasada poselstwo ministerstwo msz kc
    nagykövetség követség minisztérium külügyminisztérium
    bizottság bizottságnak bizottsághoz bizottságának titkárság předsednictvo předsednictvu předsednictva
    """.split()
)
# Words that describe a body or a group rather than name one ("the Soviet embassy",
# "руководством АПТ", the leadership): such a party is unnamed.
_DESCRIBED = _ORG_WORDS | frozenset(
    "руководство руководства руководством leadership delegation делегация делегации делегацией".split()
)
# Bodies named without saying whose they are ("the Ministry of Foreign Affairs", "the Foreign
# Ministry", "MFA", "the Centre"): a cable's addressee, not a body one could name.
_GENERIC_BODY_WORDS = frozenset(
    """
    ministry foreign affairs embassy legation department centre center mfa mid office the of for мвнр msz
    state politburo presidium ministère quai d'orsay
    """.split()
)
_ORG_TAIL = re.compile(r"\s+(?:on|about|concerning|regarding|enclosing|with|о|об)\s.*$", re.IGNORECASE)


def is_organization(text: str) -> bool:
    """Whether `text` names a body ("the CPSU Central Committee", "the PRC Foreign
    Ministry", "ЦК КПСС") rather than a person."""
    bare = re.sub(r"^(?:the|das|die|den|dem|der)\s+", "", _split_brackets(text)[0].strip(), flags=re.IGNORECASE)
    if any(bare.startswith(head) for head in ORGANIZATION_HEADS):
        return True
    head = bare.split(",")[0].strip()
    if head != bare and looks_like_name(head):
        return False  # "Pak Ŭi-wan, Vice-Premier of the DPRK Cabinet": a person and a role
    if bare.split() and _is_role_word(bare.split()[0]):
        return False  # "Vice-Premier of the DPRK Cabinet", "Chairman of the … Committee": a role
    first = bare.split()[0].lower() if bare.split() else ""
    if first in _ORG_WORDS and re.search(r"(?<!\w)[A-ZА-ЯЁČŘŠŽ]{2,}", bare):
        return True  # "посольства СССР в КНДР", "velvyslanectví ČSR": the common noun in lower case
    if re.search(rf"{_INITIAL}", bare) or not bare[:1].isupper():
        return False
    # The body's own noun written with a capital ("the Soviet Embassy in Pyongyang") or as an
    # acronym ("MID USSR") names it; "the Soviet embassy" only describes it.
    words = [w.strip(".,") for w in _ORG_TAIL.sub("", bare).split()]
    return any(w.lower() in _ORG_WORDS and (w[:1].isupper() or not w[:1].isalpha()) for w in words)


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


def starts_with_body(text: str) -> bool:
    """Whether `text` opens with a body's word ("ЦК КПСС …", "МИД СССР", "the Ministry …")."""
    bare = re.sub(r"^(?:the|das|die|den|dem|der)\s+", "", text.strip(), flags=re.IGNORECASE)
    first = bare.split()[0].strip(".,").lower() if bare.split() else ""
    return first in _ORG_WORDS or any(bare.startswith(head) for head in ORGANIZATION_HEADS)


def is_generic_body(text: str) -> bool:
    """Whether `text` is a body that says not whose it is ("the Ministry of Foreign Affairs",
    "MFA"): such an addressee is left unnamed, as a role-only party is."""
    words = [w.strip(".,").lower() for w in text.split()]
    if _POST_ABROAD.fullmatch(text.strip(" ,")):
        return True  # "the Embassy in the Soviet Union": the writer's own mission, not named
    return bool(words) and all(w in _GENERIC_BODY_WORDS for w in words) or _unowned_department(words)


# "the Far Eastern Department", "the First European Department", "the Consular Department": a
# ministry's department named by its region, rank or business, never by whose ministry it is
_DEPARTMENT_WORDS = frozenset(
    """
    the first second third fourth fifth sixth seventh eighth ninth tenth 1st 2nd 3rd 4th 5th 6th
    far near middle east eastern west western north northern south southern southeast southeastern central
    asia asian europe european america american africa african latin pacific and
    consular press protocol legal treaty political economic information personnel cadres
    """.split()
)


def _unowned_department(words: list[str]) -> bool:
    if len(words) < 2 or words[-1] not in ("department", "division"):
        return False
    return all(w in _DEPARTMENT_WORDS for w in words[:-1])


_POST_ABROAD = re.compile(
    r"(?:the\s+)?(?:embassy|legation|consulate(?:\s+general)?|mission)\s+(?:in|at|to)\s+[^,;()]{2,40}", re.IGNORECASE
)


def organization_name(text: str) -> str:
    """The body's name as written, without a leading article ("the", German "das"), a
    trailing "on his journey …" or a quoted title after a comma."""
    bare = re.sub(r"^(?:the|das|die|den|dem|der)\s+", "", text.strip(" ,;:"), flags=re.IGNORECASE)
    bare = re.sub(r",\s*[“\"„].*$", "", bare)  # 'GDR Embassy in Ulaanbaatar, "Zur Lage …" […]'
    return _ORG_TAIL.sub("", bare).strip(" ,")


_ORG_GLOSS = re.compile(r"\s*\[(?P<gloss>[^\[\]]{3,120})\]\s*$")


# the words that gloss a cryptonym with the real name in brackets: "(i.e. S.A. Tovmasyan)"
_GLOSS = re.compile(r"(?:i\.\s?e\.|that\s+is|viz\.|d\.\s?h\.|т\.\s?е\.)\s*,?\s*", re.IGNORECASE)


def _split_brackets(text: str) -> tuple[str, list[tuple[str, int]]]:
    """Take out bracketed parts; return the rest and each part with its offset."""
    parts: list[tuple[str, int]] = []
    out = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in "([":
            if depth == 0:
                start = i
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            if depth == 0:
                parts.append((text[start + 1 : i], start + 1))
                continue
        if depth == 0 and ch not in ")]":
            out.append(ch)
    return "".join(out), parts


def _trim(text: str, offset: int) -> tuple[str, int]:
    """Strip spaces, commas and quotes from both ends, keeping the offset right; a final
    full stop stays when it closes an initial ("Ivanov V.I.", "Tsedenbalom Yu.")."""
    lead = len(text) - len(text.lstrip(" ,;:" + _QUOTES))
    body = text.strip(" ,;:" + _QUOTES)
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
    if not re.fullmatch(r"[A-Z][a-z]{1,14}", word) or not _is_name_token(word):
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
    if not any(_is_role_word(t.group()) for t in tokens[:i]):
        return False  # "the Dalai Lama": an article before a name, and no role
    before = tokens[i - 1].group()
    if before in _OBJECT_ARTICLES:
        return True
    return i > 1 and bool(_ADJECTIVE.fullmatch(before)) and tokens[i - 2].group() in _OBJECT_ARTICLES


def _role_and_name(text: str) -> tuple[str | None, str, int]:
    """Split "the Soviet Ambassador A.M. Puzanov" into role and name (name offset)."""
    tokens = list(re.finditer(r"\S+", text))
    i = len(tokens)
    while i > 0 and _is_name_token(tokens[i - 1].group()):
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
    if 0 < i < len(tokens) - 1 and state_ends_role([t.group() for t in tokens], i, _is_role_word):
        i += 1  # "с министром иностранных дел Японии Сигемицу Мамору": the state's name ends the role
    if (
        i == len(tokens) - 1
        and i > 0
        and _ACRONYM.fullmatch(tokens[i].group())
        and tokens[i - 1].group()[:1].islower()
        and any(_is_role_word(t.group()) for t in tokens[:i])
    ):
        return text.strip(), "", len(text)  # "chargé d'affaires ChRL": the state's acronym ends a role, no name
    if i == len(tokens) or (i > 0 and tokens[i - 1].group().lower() in _PLACE_PREPOSITIONS):
        return text.strip(), "", len(text)  # "the Korean ambassador in Beijing": a place, not a name
    if i > 0 and _object_of_role(tokens, i):
        return text.strip(), "", len(text)  # "a deputy director of the Asian Department": whose office, no name
    name_start = tokens[i].start()
    role = text[:name_start].strip(" ,") or None
    if role and all(w.strip(".:,").lower() in _SENTENCE_WORDS | {"also"} for w in role.split()):
        role = None  # "see Filippov [Stalin] to Mao Zedong": a lead-in word, no role
    if role and _LEAD_WORD.match(role) and not any(_is_role_word(w) for w in role.split()):
        role = None  # "compare Marshall Green to …", "and, for an echo of it, Filippov [Stalin] to …": a link
    if role and _LED_BY.search(role):
        role = None  # "делегацией ДРВ во главе с Ле Зуаном", "delegația PMR condusă de …": the leader, no role
    if role and role.lower() in ("comrade", "т.", "тов.", "товарищ", "tov.", "the", "a", "an", "and", "и"):
        role = None
    if role and re.search(r"(?:^|\s)(?:and|und|и|a|i|et)$", role):
        role = None  # "V.V. Kuznetsov and N.T. Fedorenko": a list of people, not a role
    return role, text[name_start:], name_start


# Words that qualify an office but name none ("first", "acting", "первый"): "on X's first
# assessment see" is prose.
_QUALIFIERS = re.compile(
    r"first|second|third|vice|acting|temporary|provisional|erste[rn]?|zweite[rn]?|dritte[rn]?"
    r"|перв\w*|втор\w*|трет\w*|pervogo|pervym|pervyi|vtorogo|vtorym|vtoroi"
)
# English words of a sentence, never of a title before a name ("for X's account of the same
# meeting see his report", "the Russian text that X forwarded differs substantially:").
_PROSE_WORDS = frozenset(
    "a an the of for to on at and or with by from see cf cf. that which who his her their its this these those".split()
)


def _office_word(token: str) -> bool:
    bare = token.lower().strip(".,’'()")
    if bare in OFFICE_NOUNS:
        return True
    parts = [p for p in bare.split("-") if p] or [bare]
    return any(_is_role_word(p) and not _QUALIFIERS.fullmatch(p) for p in parts)


def reads_as_office(text: str) -> bool:
    """ "Czechoslovak ambassador", "chargé d'affaires in Hanoi": words holding an office word, no
    figure, no kind of record and no opening preposition ("in a letter to Brezhnev", "1961")."""
    words = re.findall(r"[^\W\d_][\w.'’-]*", text)
    if not words or re.search(r"\d", text) or words[0].lower() in _PROSE_WORDS:
        return False
    if any(w.lower().strip(".") in KINDS for w in words):
        return False
    return any(_office_word(w) for w in words)


def is_prose_before_name(role: str) -> bool:
    """Whether the words before a name are a piece of the sentence rather than a title: no
    word of them names an office, and they hold an English function word, a possessive or a
    colon ("on X's first assessment see", "X and the Soviet delegation"). A title in another
    language without a known office word ("místopředsedou vlády KLDR") is left as it is."""
    words = role.split()
    if any(_office_word(w) for w in words):
        return False
    return role.rstrip().endswith(":") or any(
        w.lower().strip(",;:") in _PROSE_WORDS or re.search(r"['’]s$", w.strip(",;:")) for w in words
    )


def _uncomrade(apposition: str) -> str:
    """ "Genossen Pak Sen Tschol,": the name set off by commas, without the form of address."""
    phrase = apposition.strip(_QUOTES + " ,")
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
    if not (_is_role_word(words[0]) or (len(words) > 1 and _is_role_word(words[1]))):
        return None  # the office opens the phrase: "Ambassador …", "Assistant Secretary …"
    if not any(w.strip(",") in ("in", "of", "for", "to", "at") for w in words) and not all(
        _is_role_word(w.strip(",")) for w in words
    ):
        return None  # "Ambassador Puzanov (Filin)": a name before the bracket, whose alias it holds
    if name.lower() in PLACES or any(_is_role_word(t) for t in name.split()):
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
    while phrase and _COMRADE.match(phrase.split()[-1]) and len(phrase.split()) > 1:
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
    outside, brackets = _split_brackets(phrase)
    role: str | None = None
    alias: str | None = None
    for inner, at in brackets:
        inner = inner.strip()
        glossed = _GLOSS.match(inner)
        if glossed and looks_like_name(inner[glossed.end() :].strip()):
            inner, at = inner[glossed.end() :].strip(), at + glossed.end()  # '"Sergeev" (i.e. S.A. Tovmasyan)'
        if inner.lower() in PLACES:
            continue  # "A.I. Mikoyan (Pyongyang)": where he wrote from
        if looks_like_name(inner) and not any(_is_role_word(t) for t in inner.split()) and inner.lower() not in PLACES:
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
    word = outside.strip(_QUOTES)  # '"Director" (R.Ia. Malinovskii)': the title word in quotes too
    if alias and re.fullmatch(r"[A-Z][a-z]+", word) and _is_role_word(word) and _INITIAL_START.match(alias):
        # "Director [R.Ia. Malinovskii]": a cryptonym that is a title word, the real name in brackets.
        # The person is the bracketed name; the title word is only a spelling beside it, which
        # resolve joins only when no other holder of that title is named (never a key or a label).
        start = offset + phrase.find(alias)
        return NameMention(alias, Span(start, start + len(alias)), None, alias=word)
    # "N.T. Fedorenko, the head of the …" : apposition after a comma.
    head, _, apposition = outside.partition(", ")
    if apposition and looks_like_name(head.strip(_QUOTES)):
        outside = head
        if any(_is_role_word(t) for t in apposition.split()):
            place = re.search(r",\s*(?P<p>[^,]+)$", apposition)
            if place and is_place(place.group("p")):  # "Zhou Enlai, Premier of …, Ulaanbaatar": where, not what
                apposition = apposition[: place.start()]
            role = role or apposition.strip(" ,")
    elif (
        apposition and looks_like_name(_uncomrade(apposition)) and any(_is_role_word(t) for t in head.split())
    ):  # "dem Botschafter der DDR in Peking, Paul Wandel": the role, then the name set off by commas
        role = role or _ROLE_ARTICLE.sub("", re.sub(r"^(?:the|a|an)\s+", "", head.strip(" ,"), flags=re.I))
        outside = _uncomrade(apposition)
    office = _office_named_in_bracket(outside, alias)
    if office is not None and alias:  # "the Chairman [Mao Zedong]": the office, its holder's name in brackets
        start = phrase.find(alias)
        return NameMention(alias, Span(offset + start, offset + start + len(alias)), office[0], alias=office[1])
    lead_role, name, _ = _role_and_name(outside)
    name = name.strip(_QUOTES + " ,")
    if not name or not looks_like_name(name):
        return None
    if not alias and is_place(name):
        return None  # "z Hanoi", "Warszawy": a capital in any case is no person
    if lead_role and name.lower() in COUNTRIES:
        return None  # "dem 1. Sekretär der Botschaft der VR China": a role whose last word is a country
    if lead_role:
        words = lead_role.split()
        while words and _COMRADE.match(words[-1]):
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
    if not words or len(words) > 6 or not _is_role_word(words[0]):
        return None
    if any(is_name_token(w) and not _is_role_word(w) and w.lower() not in _NATIONALITY for w in words):
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
        bare[-1] = without_apposed_office(bare[-1], _is_role_word)
    named_office = [_office_in_bracket_part(part) for part, _ in parts]
    if len(parts) > 1 and all(
        looks_like_name(b.strip(_QUOTES)) or is_organization(b) or office
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
        and not any(_is_role_word(t) for t in head.split())
        and any(_is_role_word(t) for t in apposition.split())
    ):
        return head, apposition.strip(" ,")
    if "," not in inner and any(_is_role_word(t) for t in inner.split()[:-1]):
        # "Krotov [Soviet Ambassador V.N. Razuvaev]": the real name after the office he held
        role, name, _ = _role_and_name(inner)
        name = name.strip(" ,")
        if (
            role
            and len(name.split()) >= 2
            and _is_role_word(role.split()[-1])  # the office's own word right before the name
            and looks_like_name(name)
            and not any(_is_role_word(t) for t in name.split())
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
        and not _is_role_word(word)
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
                role = before_role and word is not None and _is_role_word(word.group(0))
                if text[m.end() : m.end() + 1].isupper() or the or role:
                    parts.append((text[start:i], start))
                    start = i = m.end()
                    continue
        i += 1
    parts.append((text[start:], start))
    return parts


# Case endings a capital takes in Polish, Czech, Slovak, German and Hungarian ("z Hanoi do
# Warszawy", "w Pekinie", "do Moskwy", "z Pragi", "Berlinben"), and the prepositions before it.
# Hungarian cases after a capital (Pekinghez, Varsóhoz, and with the stem's last vowel lengthened:
# Moszkvához, Prágának, Moszkvából)
_HU_PLACE_CASES = "hoz hez höz nak nek ra re ról ről tól től val vel ban ben ba be ból ből"
_PLACE_ENDINGS = frozenset(
    "a u y i e ie ě em ą ę ou ot et om".split()
    + _HU_PLACE_CASES.split()
    + [long + case for long in "áé" for case in _HU_PLACE_CASES.split()]
)
_PLACE_LEAD = re.compile(r"^(?:from|to|in|at|z|ze|do|w|we|v|ve|na|aus|nach|von|in|из|в|во|на)\s+", re.IGNORECASE)


def is_place(text: str) -> bool:
    """Whether `text` is only a capital or a city, in any case ("Warszawy", "Moskwie") and maybe
    after a preposition ("z Hanoi"): a place, or a capital standing for its government, never a party."""
    bare = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", text).strip(" ,;:.")
    bare = _PLACE_LEAD.sub("", bare).strip(" ,;:.")
    low = bare.lower()
    if not low or low in PLACES:
        return bool(low)
    # "P'yŏngyang", "P’yŏngyang", "Hà Nội": the romanisation's marks are no part of which place it is
    plain = "".join(ch for ch in unicodedata.normalize("NFD", low) if not unicodedata.combining(ch))
    plain = re.sub(r"['’ʼ]", "", plain)
    if plain in PLACES:
        return True
    if " " in low or not bare[:1].isupper():
        return False
    for place in PLACES:
        stem = place[:-1] if place[-1:] in "aeoy" else place
        if len(stem) >= 4 and " " not in place and low.startswith(stem) and low[len(stem) :] in _PLACE_ENDINGS:
            return True
    return False


# a kinship word before a genitive name: "с женой Ким Ир Сена" is his (unnamed) wife, not him
KINSHIP = re.compile(
    r"^(?:жен(?:а|ы|е|у|ой|ою)|супруг(?:а|и|е|у|ой|ою)?|сын(?:а|у|ом|овья|овей|овьями)?|доч(?:ь|ери|ерью|ерьми)"
    r"|брат(?:а|у|ом|ья|ьев)?|сестр(?:а|ы|е|у|ой|ою)|вдов(?:а|ы|е|у|ой|ою)|от(?:ец|ца|цу|цом)|мат(?:ь|ери|ерью)"
    r"|родственни(?:к|ка|ку|ком|ца|цы|це|цу|цей)|wife|son|daughter|widow|brother|sister|father|mother)$",
    re.IGNORECASE,
)
# case endings a one-word place may carry in Russian (Ханоем, Москвой, Вьетнамом, Тиране) or
# Albanian (Tiranën, Moskën, Pekinin, Beogradin); each cut is tried with and without a final vowel
_PLACE_CASES_RU = ("ом", "ем", "ой", "ей", "ою", "ею", "ы", "и", "е", "у", "ю", "а", "я")
_PLACE_CASES_SQ = ("ën", "ës", "in", "it", "n", "s", "u")


def is_place_any_case(text: str, states: bool = True) -> bool:
    """Whether one word (or a place `is_place` knows) is a capital, a city or (with `states`) a
    state in a Russian or Albanian case: "Ханоем", "Москвой", "Вьетнамом", "Пекина", "Тиране",
    "Tiranën", "Moskën"."""
    word = text.strip(" ,;:.")
    if is_place(word):
        return True
    if " " in word or not word[:1].isupper():
        return False
    low = word.lower().replace("ë", "e")
    cyrillic = re.search(r"[а-яё]", low) is not None
    stems = {low}
    for end in _PLACE_CASES_RU if cyrillic else _PLACE_CASES_SQ:
        end = end.replace("ë", "e")
        if low.endswith(end) and len(low) - len(end) >= 3:
            stems.add(low[: -len(end)])
    for stem in list(stems):
        stems |= {stem + v for v in (("а", "я", "й", "ь") if cyrillic else ("a", "e"))}
    known = {w.replace("ë", "e") for w in STATE_NAMES} if states else set()
    return any(s in known or s in PLACES or is_place(s.capitalize()) for s in stems)


def unnamed_party(text: str) -> str | None:
    """ "the Soviet ambassador", "the Hungarian envoy": a party named only by its role; a
    capital or an unnamed ministry that a cable goes to ("to Prague", "to the MFA")."""
    phrase = text.strip(" ,;:")
    bare = re.sub(r"\s*\[[^\[\]]*\]", "", phrase).strip(" ,;:")
    if bare.lower() in PLACES or is_place(bare):
        return bare  # "to Moscow [Information]": the bracket translates the title; "do Warszawy"
    if phrase and len(phrase) < 80 and any(_is_role_word(t) for t in phrase.split()):
        return phrase
    if phrase.lower() in PLACES or is_generic_body(phrase):
        return phrase  # "Pecka to Prague", "Chervonenko to MFA": the ministry at home, unnamed
    if phrase and len(phrase) < 80 and any(w.strip(".,").lower() in _DESCRIBED for w in phrase.split()[:4]):
        return phrase  # "the Soviet embassy": an institution described, not named
    return None
