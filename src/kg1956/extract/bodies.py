"""Bodies: whether a phrase names a body ("the CPSU Central Committee", "ЦК КПСС") rather than a
person, whether it says whose body it is, and the body's name as written."""

from __future__ import annotations

import re

from kg1956.extract.brackets import split_brackets
from kg1956.extract.lexicon import ORGANIZATION_HEADS, PRESS_NAMES
from kg1956.extract.memo import of_words
from kg1956.extract.name_shape import INITIAL, looks_like_name
from kg1956.extract.roles import is_role_word, reads_as_office
from kg1956.models import NameMention
from kg1956.romanize import fold

_ORG_WORDS = frozenset(
    """
    committee ministry embassy department presidium politburo council secretariat government
    cabinet bureau legation consulate commission directorate mid mfa mfaa cc staff
    tsk posol'stvo posol'stva ministerstva
    центральный центрального центральному центральным комитет комитета комитету комитетом
    цк мид министерство посольство посольства посольству посольством президиум политбюро секретариат правительство
    правительства правительству правительством министерству министерством министерства
    совет совета совету советом госплан госплана госплану госпланом
    botschaft gesandtschaft ministerium zentralkomitee zk abteilung hauptabteilung sektor politbüro
    agency agencja agencji agencją agentur агентство агентства
    velvyslanectví vyslanectví ministerstvo mzv úv ambasada poselstwo ministerstwo msz kc
    nagykövetség követség minisztérium külügyminisztérium
    bizottság bizottságnak bizottsághoz bizottságának titkárság předsednictvo předsednictvu předsednictva
    """.split()
)
# Words that describe a body or a group rather than name one ("the Soviet embassy",
# "руководством АПТ", the leadership): such a party is unnamed.
BODY_DESCRIBING_WORDS = _ORG_WORDS | frozenset(
    "руководство руководства руководством leadership delegation делегация делегации делегацией".split()
)
# Bodies named without saying whose they are ("the Ministry of Foreign Affairs", "the Foreign
# Ministry", "MFA", "the Centre"): a cable's addressee, not a body one could name.
_GENERIC_BODY_WORDS = frozenset(
    """
    ministry foreign affairs defence defense interior national trade embassy legation department centre center
    mfa mid office the of for мвнр msz
    state politburo presidium ministère quai d'orsay
    biuro biura biuru politycznego polityczne politbüro politbüros
    secretariat sekretariat secrétariat segreteria direzione directorate
    """.split()
)
_ORG_TAIL = re.compile(r"\s+(?:on|about|concerning|regarding|enclosing|with|о|об)\s.*$", re.IGNORECASE)


@of_words
def is_organization(text: str) -> bool:
    """Whether `text` names a body ("the CPSU Central Committee", "the PRC Foreign
    Ministry", "ЦК КПСС") rather than a person."""
    bare = re.sub(r"^(?:the|das|die|den|dem|der)\s+", "", split_brackets(text)[0].strip(), flags=re.IGNORECASE)
    if any(bare.startswith(head) for head in ORGANIZATION_HEADS):
        return True
    head = bare.split(",")[0].strip()
    if head != bare and looks_like_name(head):
        return False  # "Pak Ŭi-wan, Vice-Premier of the DPRK Cabinet": a person and a role
    if bare.split() and is_role_word(bare.split()[0]):
        return False  # "Vice-Premier of the DPRK Cabinet", "Chairman of the … Committee": a role
    first = bare.split()[0].lower() if bare.split() else ""
    if first in _ORG_WORDS and re.search(r"(?<!\w)[A-ZА-ЯЁČŘŠŽ]{2,}", bare):
        return True  # "посольства СССР в КНДР", "velvyslanectví ČSR": the common noun in lower case
    if re.search(rf"{INITIAL}", bare) or not bare[:1].isupper():
        return False
    # The body's own noun written with a capital ("the Soviet Embassy in Pyongyang") or as an
    # acronym ("MID USSR") names it; "the Soviet embassy" only describes it.
    words = [w.strip(".,") for w in _ORG_TAIL.sub("", bare).split()]
    staff = _STAFF.search(bare)
    if staff and (staff.group("chief") or looks_like_name(staff.group("after").strip(" ,"))):
        # "the Chinese Chief of Staff Luo Ruiqing": an office, then its holder; only "the Joint
        # Chiefs of Staff", "the General Staff" standing alone are bodies
        words = [w for w in words if w.lower() != "staff"]
    return any(w.lower() in _ORG_WORDS and (w[:1].isupper() or not w[:1].isalpha()) for w in words)


_STAFF = re.compile(r"(?P<chief>\bChief\s+of\s+(?:the\s+)?(?:General\s+)?)?\bStaff\b(?P<after>.*)$", re.IGNORECASE)


# the press in its declined forms too ("z korespondentem „Prawdy”", "Pravdy", "Trybuny Ludu")
_PRESS_EXTRA = frozenset(
    {"prawda", "izwiestia", "rude pravo", "zycie warszawy", "pravda vostoka"}
    # Arab papers
    | {"al-ahram", "al-akhbar", "al-hayat", "al-ba'th", "al-baath", "ash-shaab", "al-shaab", "al-thawra"}
    | {"al-jumhuriyya", "al-gumhuriyya", "an-nahar", "al-nahar", "al-ayyam", "al-masaa", "al-sha'b"}
)


@of_words
def is_press(text: str) -> bool:
    """Whether `text` is a newspaper, news agency or radio station ("Pravda", "Prawdy", "TASS",
    "Radio Pyongyang"), which is no person and no party to a talk."""
    low = re.sub(r"\s+", " ", text.strip(" ,.;:" + "‘’“”„'\"«»")).lower()
    low = re.sub(r"^the\s+", "", low)
    if not low:
        return False
    forms = {low, fold(low)}
    for form in list(forms):
        first, _, rest = form.partition(" ")
        stem = re.sub(r"(?:zie|ie|oi|oj|ой|ы|и|е|у|ę|ą|y|i|e|u)$", "", first)
        forms |= {f"{stem}{end}{' ' + rest if rest else ''}" for end in ("a", "ia", "а", "ия")}
    names = PRESS_NAMES | _PRESS_EXTRA
    if len(low) <= 4 and low in names and not text.strip(" ,.;:").isupper():
        return False  # "Pap", "Ata": a surname; the agencies PAP, ATA are written in capitals
    return any(f in names for f in forms) or low.startswith(("radio ", "радио ")) or low.endswith((" sinmun", " ribao"))


def starts_with_body(text: str) -> bool:
    """Whether `text` opens with a body's word ("ЦК КПСС …", "МИД СССР", "the Ministry …")."""
    bare = re.sub(r"^(?:the|das|die|den|dem|der)\s+", "", text.strip(), flags=re.IGNORECASE)
    first = bare.split()[0].strip(".,").lower() if bare.split() else ""
    return first in _ORG_WORDS or any(bare.startswith(head) for head in ORGANIZATION_HEADS)


@of_words
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
    bare = re.sub(r",\s*['‘](?=[A-Z]).*$", "", bare)  # "to CC CPSU, 'On the frontier question'": in single quotes
    return _ORG_TAIL.sub("", bare).strip(" ,")


def plainly_person(mention: NameMention) -> bool:
    """A mention that is plainly a person: an office before the name ("ambasadora H.
    Grochulskiego"), initials, or a name of two capitalised words; never a body or the press
    ("Depesza Reutera z Moskwy"). One bare word is too easily an agency, a paper or a body."""
    if mention.is_organization or mention.text.lower() in PRESS_NAMES:
        return False
    if mention.role and reads_as_office(mention.role):
        return True
    words = mention.text.split()
    return bool(re.search(r"\b[^\W\d_]{1,2}\.", mention.text)) or (
        len(words) >= 2 and all(w[:1].isupper() for w in words)
    )
