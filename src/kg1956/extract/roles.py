"""Role and office words: whether a word names an office ("Ambassador", "послом", "posla"), and
whether the words before a name are an office or a piece of the sentence."""

from __future__ import annotations

import re

from kg1956.extract.kinds import KINDS
from kg1956.extract.lexicon import OFFICE_NOUNS, ROLE_WORDS
from kg1956.extract.memo import of_words

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
    "президент",  # "президенту Индонезии Сукарно"
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
    "управляващ",  # Bulgarian "временно управляващия посолството": the chargé d'affaires
)
# a head of government or state and his deputies as Russian writes them before a name ("федеральным
# канцлером Ю. Раабом, вице-канцлером А. Шерфом и статс-секретарём Б. Крейским", "королём Захир Шахом",
# "верховным комиссаром", "вице-президентом"): only in lower case, as Russian writes offices, for the
# same letters begin surnames ("С.П. Королёвым", "Комиссаровым"; test_review19_ru H1); the king by the
# word's own forms ("королём", "королевы"), never "королёв-"/"королев-" with a case ending of a surname
_RU_LOWER_ROLE = re.compile(
    r"(?:канцлер|вице-|статс-секретар|комиссар(?:а|у|ом|е|ы|ов|ам|ами|ах)?$"
    r"|корол(?:ь|я|ю|ём|ем|е|и|ей|ям|ями|ях|ева|евы|еве|еву|евой|евою)$"
    r"|(?:крон)?принц(?:а|у|ем|е|ы|ев|ам|ами)?$|наследник(?:а|у|ом|е)?$)"
)


@of_words
def is_role_word(token: str) -> bool:
    """ "Ambassador", "Vice-Premier", "зав.", "послом" — any hyphen-part a role word
    (Russian ones in any case)."""
    bare = token.lower().strip(".,’'()")
    if bare in ROLE_WORDS or any(part in ROLE_WORDS for part in bare.split("-") if part):
        return True
    if _DE_COMPOUND_OFFICE.fullmatch(bare):
        return True
    if re.match(r"[а-яё]", token.strip(".,’'()")) and _RU_LOWER_ROLE.match(bare):
        return True
    return (bool(re.match(r"[а-яё]", bare)) and bare.startswith(_RU_ROLE_STEMS)) or bool(_RU_LATIN_ROLE.fullmatch(bare))


# a German compound whose last part is an office ("Wirtschaftsminister", "Handelsrat",
# "Verteidigungsministers", "Generalsekretär", "Handelsattaché"): an office, never a surname; the
# umlaut may be written without its dots or as "ae", as typed and OCR'd notes write it ("Ministerprasident")
_DE_COMPOUND_OFFICE = re.compile(
    r"[a-zäöüß]{3,}(?:s|n|e)?(?:minister|ministers|ministern|botschafter|botschafters|sekret(?:ä|a|ae)rs?"
    r"|staatssekret(?:ä|a|ae)r|pr(?:ä|a|ae)sident(?:en)?|vorsitzende|vorsitzenden|vorsitzender|attaché|attachés"
    r"|gesandte|gesandten)"
)


# The same Russian role words in Library of Congress transliteration, in any case ("posla SSSR
# v Vengrii", "s poslom VNR v KNDR", "sovetnikom posol'stva").
_RU_LATIN_ROLE = re.compile(
    r"posol|posl(?:a|u|om|e|y|ov|am|ami)|sovetnik(?:a|u|om|i|ov)?|sekretar(?:'|ia|iu|em|i)"
    r"|ministr(?:a|u|om)|zaveduiushch(?:ii|ego|emu|im)|zamestitel(?:'|ia|iu|em)|predsedatel(?:'|ia|iu|em)"
    r"|poverenn(?:yi|ogo|omu|ym)|konsul(?:a|u|om)?|attashe|chlen(?:a|u|om)?|pervogo|pervym|pervyi|vtorogo|vtorym|vtoroi"
)


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
    return any(is_role_word(p) and not _QUALIFIERS.fullmatch(p) for p in parts)


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
