"""Split the words before a name from the name: "the Soviet Ambassador A.M. Puzanov" is the role
"the Soviet Ambassador" and the name "A.M. Puzanov"; "the Korean ambassador in Beijing" names no one."""

from __future__ import annotations

import re

from kg1956.extract.eu_role_ends import ends_with_english_title, latin_state_ends_role
from kg1956.extract.lexicon import COUNTRIES, NAME_PARTICLE_ARTICLES, NAME_PARTICLES, PLACES
from kg1956.extract.memo import of_words
from kg1956.extract.name_shape import SENTENCE_WORDS, is_name_part
from kg1956.extract.places import is_place
from kg1956.extract.roles import is_role_word
from kg1956.extract.ru_role_ends import state_ends_role

_PLACE_PREPOSITIONS = frozenset("in at to from near of for в во из на при у w we v ve im nach bei".split())


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


def _with_particles(tokens: list[re.Match[str]], i: int) -> int:
    """Where the name begins once the particles before its surname, and the given names before
    them, are taken in ("Charles de Gaulle", "General de Gaulle"); never before a place ("de
    France"), never a body's words after an office ("ministro de Asuntos Exteriores"), never a
    state's name in an office ("velvyslancem Nizozemska van Roijenem": one word after the office)."""
    words = [t.group() for t in tokens]
    if not (0 < i < len(tokens)) or words[i].lower().strip(",") in PLACES | COUNTRIES or is_place(words[i]):
        return i
    j = i
    if words[j - 1] in NAME_PARTICLE_ARTICLES and j > 1 and words[j - 2] in ("van", "von"):
        j -= 1  # "van der Stoel"
    if words[j - 1] not in NAME_PARTICLES:
        return i
    j -= 1
    k = j
    while k > 0 and is_name_part(words[k - 1]) and not is_role_word(words[k - 1]):
        k -= 1  # "Charles de Gaulle": the given names before the particle
    if k == j:  # an office or a lower-case word right before the particle
        return j if j == 0 or i == len(tokens) - 1 else i  # "General de Gaulle"; not "de Asuntos Exteriores"
    if k > 0 and j - k == 1 and not ends_with_english_title(" ".join(words[:k])):
        return j  # "velvyslancem Nizozemska van Roijenem": the one word after the office is its state
    return k


# the field a German office is for: nouns and adjectives by their endings ("Außenhandel",
# "Auswärtige Angelegenheiten", "Volksbildung", "Innerdeutschen Handel", "Landwirtschaft")
_DE_FIELD = re.compile(
    r"(?:handel|angelegenheiten|wirtschaft|ung|heit|keit|schaft|wesen|fragen|industrie|verkehr|kultur"
    r"|finanzen|justiz|arbeit|bau|ige|igen|ische|ischen|deutschen|äre|ären|ale|alen)$",
    re.IGNORECASE,
)

# short fields, read as whole words only (by its ending alone a short word is a name as often)
_DE_SHORT_FIELDS = frozenset({"bau", "kultur", "justiz", "arbeit", "handel", "post", "kunst", "sport"})


def _field_word(token: str) -> bool:
    """A word of a German office's field; a short word is one only when it is a field in full
    ("Bau", "Kultur"), never by its ending ("Jung", "Hung", "Ung" are names)."""
    if token.lower() in _DE_SHORT_FIELDS:
        return True
    return len(token) >= 6 and bool(_DE_FIELD.search(token))


def _field_start(tokens: list[re.Match[str]], i: int) -> int | None:
    """Where the field of a German office starts: after the last "für" before the name, when
    every word between them is a field's word."""
    for k in range(min(i, len(tokens)) - 1, -1, -1):
        if tokens[k].group().lower() in ("für", "fuer"):
            between = tokens[k + 1 : i]
            if all(_field_word(t.group()) or t.group() == "und" for t in between):
                return k + 1
            return None
    return None


# Czech (and Slovak) put an office and the name after "s" in the instrumental, the office's own
# complement in the genitive, capitalised where it is a name ("s předsedou Senátu Salvadorem Allendem",
# "s generálním tajemníkem KS Chile Luisem Corvalánem"): the name is the run of words that ends in
# the instrumental, the capitalised genitive before it the office's
_CZ_INSTRUMENTAL = re.compile(r"[^\W\d_]{2,}(?:em|ou|ím|ým)")
_CZ_INSTRUMENTAL_LOWER = re.compile(r"[a-záčďéěíňóřšťúůýž]{3,}(?:em|ou|ím|ým)")


def _czech_instrumental_name(tokens: list[re.Match[str]], i: int) -> int:
    """Where the name begins in a Czech office in the instrumental whose genitive complement is
    capitalised: at the first word of the closing run of instrumental words; else at `i`."""
    if not 0 < i < len(tokens) - 1 or not any(_CZ_INSTRUMENTAL_LOWER.fullmatch(t.group()) for t in tokens[:i]):
        return i
    k = len(tokens)
    while (
        k > i and tokens[k - 1].group()[:1].isupper() and _CZ_INSTRUMENTAL.fullmatch(tokens[k - 1].group().strip(","))
    ):
        k -= 1
    if i < k < len(tokens) and all(_genitive_complement(t.group()) for t in tokens[i:k]):
        return k
    return i


def _genitive_complement(word: str) -> bool:
    """A word of an office's capitalised complement: an acronym ("KS", "ÚV") or a word of four letters or
    more in a genitive ending ("Senátu", "Chile", "Egypta"); never an undeclined syllable of an Asian
    name before its declined last one ("Ho Či Minem", "Ču Tem", "Kim Ir Senem")."""
    word = word.strip(",")
    if _ACRONYM.fullmatch(word):
        return True
    return len(word) >= 4 and word[-1] in "uyeaiáé" and not _CZ_INSTRUMENTAL.fullmatch(word)


@of_words
def split_role_and_name(text: str) -> tuple[str | None, str, int]:
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
    i = _with_particles(tokens, i)
    if (
        0 < i < len(tokens) - 2
        and tokens[i - 1].group().lower() in _PLACE_PREPOSITIONS
        and tokens[i].group().lower().strip(",") in PLACES | COUNTRIES
    ):
        i += 1  # "velvyslance ČSSR v Hanoji Antonína Kohouta": the place, then the name
    while 0 < i < len(tokens) - 1 and _ACRONYM.fullmatch(tokens[i].group()) and tokens[i - 1].group()[:1].islower():
        i += 1  # "ministrem spraw zagranicznych KRL-D Nam Ilem": the state's acronym ends the role
    fuer = _field_start(tokens, i)
    if fuer is not None:
        # "des Ministers für Außenhandel Helmut Schaarschmidt", "Minister für Auswärtige Angelegenheiten X":
        # the field of a German office, capitalised as German nouns are, ends the role
        j = fuer
        while j < len(tokens) and (_field_word(tokens[j].group()) or tokens[j].group() == "und"):
            j += 1
        if j == len(tokens):
            return text.strip(), "", len(text)  # "Minister für Volksbildung": an office, no name
        if j > fuer and tokens[j - 1].group() != "und":
            i = max(i, j)
    if 0 < i < len(tokens) - 1 and tokens[i].group() == "Staff" and tokens[i - 1].group() == "of":
        i += 1  # "the Chinese Chief of (General) Staff Luo Ruiqing": the office ends at "Staff"
    if 0 < i < len(tokens) - 1 and tokens[i].group() == "Union" and tokens[i - 1].group() == "Soviet":
        i += 1  # "the Marshal of the Soviet Union Zakharov": the rank ends at the state's name
    if 0 < i < len(tokens) - 1 and state_ends_role([t.group() for t in tokens], i, is_role_word):
        i += 1  # "с министром иностранных дел Японии Сигемицу Мамору": the state's name ends the role
    elif 0 < i < len(tokens) - 1 and latin_state_ends_role([t.group() for t in tokens], i, is_role_word):
        i += 1  # "s ministrem zahraničních věcí Egypta Mahmúdem Fauzím": likewise in Czech, Polish, German
    i = _czech_instrumental_name(tokens, i)
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
