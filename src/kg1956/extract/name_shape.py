"""Name shapes: whether a word or a phrase could be a personal name (capitalised words or
initials, not a role, stop word, nationality, form of address or acronym)."""

from __future__ import annotations

import re
import unicodedata

from kg1956.extract.lexicon import NAME_PARTICLE_ARTICLES, NAME_PARTICLES, OFFICE_NOUNS
from kg1956.extract.memo import of_words
from kg1956.extract.roles import is_role_word

QUOTES = "‘’“”„'\"«»"  # „…” the Polish and German quotes
# Polish Ł., Ś., Ż. too; "Dzh." (Дж.) in Latin letters; a scan's "JI." for "Л." after a Cyrillic initial
INITIAL = r"(?:(?:[A-ZŁŚŻŹĆА-ЯЁ][a-zа-яёł]?|Dzh|JI)\.\s?)"
_INITIALS_RE = re.compile(rf"^{INITIAL}+$")
NATIONALITY = frozenset(
    """
    soviet korean north south chinese hungarian polish czechoslovak czech german east
    mongolian vietnamese albanian romanian bulgarian yugoslav american british japanese
    dprk prc ussr cpsu kwp ccp sed мид кндр кнр ссср советский советского корейский
    корейского китайский китайского
    """.split()
)
_STOP = frozenset("the a an of for to in on at and with by from de la von van der его её de ком".split())
SENTENCE_WORDS = frozenset("as see cf after before when while but if also as per ср см как по".split())
# "Idem to Rapacki", "Ibid.": the writer or record cited before, never a name
_BACK_WORDS = frozenset("idem id. id ibid ibid. ibidem".split())
# Month names that are no one's name either ("on 11 September"; May, June and August can be)
_MONTH_WORDS = frozenset(
    "january february april july september october november december januar februar juli oktober dezember".split()
)


# Forms of address between a role and a name or after a name ("dem sowjetischen Botschafter
# Genossen Puzanow", "velvyslancem SSSR s. Ivanovem", "Kádár János elvtárs"), and titles of rank
# ("Prince"): not part of either. (Courtesy titles — "Mr Lloyd", "Mrs. Roosevelt", "Mme. Nhu", "Dr.
# Adenauer" — stay with the name: "Mrs." and "Mme." tell a wife from her husband.)
COMRADE = re.compile(
    r"^(?:comrades?|cde\.?|tov\.|tow\.|тов\.|(?-i:т\.)|товарищ(?:[аеуи]|ем|ам|ами|ей)?|genossen?|genossin|towarzysz[a-ząęóćńśźż]*|"
    r"soudruh[a-zěščřžýáíéů]*|soudružk[a-zěščřžýáíéů]*|(?-i:s\.)|elvtárs[a-záéíóöőúüű]*"
    # a title of rank ("Prince Souvanna Phouma", "с принцем Суванна Фумой"): a form of address, no office
    r"|shok(?:u|ut|un|ë|ët|ëve)|drug(?:a|u|om)?|druže"  # Albanian and Serbo-Croatian "comrade"
    r"|tovarăș(?:ul|ului|ii|ilor|e)?|tovarăş(?:ul|ului|ii|ilor|e)?|tovarasul"  # Romanian
    # ("King" is left out: a surname too, as in Mackenzie King)
    r"|princes?|prinz(?:en)?|принц(?:а|у|ем|е)?|princ(?:a|u|em|i)?|короля?|королю|королём|королем|emperor|императора?)$",
    re.IGNORECASE,
)


@of_words
def _name_shaped(token: str) -> bool:
    """A capitalised word (any script: Ŭi-wan, Ким) or initials joined to a surname (V.I.Pelishenko);
    not an acronym ("ЦК", "КПК", "CPSU")."""
    token = re.sub(r"^\.", "", token)  # OCR's stray space before a stop: "A. M .Puzanov"
    if _INITIALS_RE.match(token):
        return True
    rest = re.sub(rf"^{INITIAL}+", "", token)
    # the Arabic article ("al-Azm") and its Persian and Urdu sounds ("Qavam os-Saltaneh", "Nasir ud-Din")
    rest = re.sub(r"^(?:al|el|ad|ed|as|ash|an|ar|at|az|os|ol|od|ud|ul|us|es)-(?=[A-Z])", "", rest)
    if re.fullmatch(r"l[bcdfghjkmnpqrstvwxz][a-z’'-]{2,}", rest):
        return True  # OCR's "l" for a capital "I" no vowel follows: "V.I. lvanov"
    if rest == "lr":
        return True  # the same in the Korean syllable "Ir" ("Kim lr Sen")
    if not rest or not rest[0].isupper():
        return False
    if len(rest) > 1 and rest.isupper() and rest.isalpha() and rest != "II":  # "II": OCR's "Il"
        return False
    rest = re.sub(r"(?<=[^\W\d_])[01]|[01](?=[^\W\d_])", "l", rest)  # OCR: "Pe1ishenko", "Ch0e"
    return all(ch.isalpha() or ch in "’'ʻ-" or unicodedata.combining(ch) for ch in rest)


@of_words
def is_name_part(token: str) -> bool:
    """Whether one word could be part of a name, a capitalised function word ("On") included."""
    bare = token.strip(QUOTES + ",")
    if not bare or bare.lower() in NATIONALITY or bare in _STOP or bare in ("The", "A") or COMRADE.match(bare):
        return False
    if bare.lower() in _BACK_WORDS | _MONTH_WORDS:
        return False
    if is_role_word(bare) and not _INITIALS_RE.match(bare):
        return False
    if bare.lower() in OFFICE_NOUNS:
        return False
    return _name_shaped(bare)


def is_name_token(token: str) -> bool:
    """Whether one word could be part of a personal name (not a role, stop word or acronym,
    nor a function word capitalised at the start of a sentence: "On", "In", "См.")."""
    return is_name_part(token) and token.strip(QUOTES + ",.").lower() not in _STOP | SENTENCE_WORDS


def _without_particles(tokens: list[str]) -> list[str]:
    """The name's capitalised words, a surname's particles left out where they stand as in a
    name: first ("de Gaulle") or after a given name ("Charles de Gaulle"), before a last word."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        particle = t in NAME_PARTICLES or (t in NAME_PARTICLE_ARTICLES and i > 0 and tokens[i - 1] in ("van", "von"))
        if particle and i < len(tokens) - 1 and (i == 0 or out or tokens[i - 1] in ("van", "von")):
            continue
        out.append(t)
    return out


@of_words
def looks_like_name(text: str) -> bool:
    """Whether `text` is a personal name: capitalised tokens (with a surname's particles before
    the last of them: "Charles de Gaulle"), no role or stop words."""
    tokens = text.split()
    if not tokens or len(tokens) > 5:
        return False
    tokens = _without_particles(tokens)
    if not all(is_name_part(t) for t in tokens):
        return False
    letters = [t for t in tokens if not _INITIALS_RE.match(t)]
    words = [i for i, t in enumerate(tokens) if not _INITIALS_RE.match(t)]
    if words and any(
        _INITIALS_RE.match(t) and words[0] < i < words[-1] and not _middle_initial(tokens, i)
        for i, t in enumerate(tokens)
    ):
        return False  # "Филиппова Т.Ф. Штыкову": a surname, then another person's initials and surname
    return bool(letters) and any(len(t.strip(QUOTES + ".")) > 1 for t in letters)


def _middle_initial(tokens: list[str], i: int) -> bool:
    """ "George F. Kennan": one Latin initial between a given name and a surname."""
    return (
        len(tokens) == 3
        and i == 1
        and bool(re.fullmatch(r"[A-Z]\.", tokens[1]))
        and bool(re.fullmatch(r"[A-Z][a-z]{1,14}", tokens[0]))
        and bool(re.fullmatch(r"[A-Z][a-z’'-]+", tokens[2]))
    )
