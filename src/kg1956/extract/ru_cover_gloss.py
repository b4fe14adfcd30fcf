"""A Russian cover name explained in a bracket of its own words: "Донесение «Смирнова» (под этим
псевдонимом председатель КГБ И.А. Серов подписывал шифровки из Будапешта) Н.С. Хрущеву",
"«Вадима» (псевдоним посла А.М. Пузанова)", "«Друга» (так в шифровках именовался Ле Зуан)" is
written by one person, but "«Ивановой» (криптоним резидента И.П. Котова)": the bracket says the
quoted word is a cover name (псевдоним, криптоним, кодовое or условное имя, "под этим именем",
"так … подписывал(ся)/именовался") and names one man with his initials, in any case, maybe
after his office. The bracket is rewritten in place (same length, the name where the note writes
it) as "(И.А. Серов, председатель КГБ)", which the name reader takes as the real name and its
office beside the cover word; a bracket with no such words, or naming two men or none, is left
alone. The name must be the bracket's grammatical bearer: right after the words (maybe after his
office in the genitive, or "данное …" before the dative), never after a participle, a preposition,
"также" or a comma-clause ("криптоним агента, завербованного И.П. Котовым", "… передано через
Ю.В. Андропова"), and never in a bracket split by ";". The reader makes the bearer the party and
the cover word his alias for that note only (`NameMention.cover`), so the same word written plainly
elsewhere ("Записка Серова в ЦК КПСС") stays its own man's surname."""

from __future__ import annotations

import re

from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.roles import is_role_word

_COVER_WORDS = re.compile(
    r"(?:(?:оперативн|агентурн|служебн)[а-яё]+\s+)?(?:псевдоним|криптоним)[а-яё]*"
    r"|(?:кодов|условн)[а-яё]+\s+(?:им(?:я|ени|енем)|наименовани[а-яё]+|обозначени[а-яё]+)"
    r"|под\s+(?:этим|таким|данным)\s+(?:им(?:енем)|псевдонимом|криптонимом)"
    r"|так\s+(?:[а-яё]+\s+){0,3}?(?:подписывал(?:ся|ись)?|именовал(?:ся|и)|называл(?:ся|и)|обозначал(?:ся|и))",
    re.IGNORECASE,
)
_INITIALLED = re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?![\w])")
_OFFICE = re.compile(r"(?:[а-яё]+|[А-ЯЁ]{2,}|в|СССР)(?:\s+(?:[а-яё]+|[А-ЯЁ]{2,}[а-яё]?))*")


# the bearer without initials, then where the name was used: "Мао Цзэдуна в переписке со Сталиным"
_BEARER_BEFORE_CONTEXT = re.compile(
    r"(?P<name>[А-ЯЁ][а-яё]+(?:[\s-][А-ЯЁ][а-яё]+){0,2})\s+(?:в|во|при|для)\s+[а-яё][^А-ЯЁ]*(?:[А-ЯЁ][а-яё]+)?\s*$"
)
# "данное в шифровках": the man the cover name was given to follows in the dative
_GIVEN_TO = re.compile(r",?\s*данн(?:ое|ый|ая|ым)(?:\s+(?:в|во)\s+[а-яё]+)?")
# a preposition, a participle or "также" before the name: the bracket speaks of another man
_NOT_OFFICE = re.compile(
    r"(?:^|\s)(?:через|также|тоже|по|от|для|при|которы[а-яё]+|котор[а-яё]+)(?:\s|$)"
    r"|[а-яё]+(?:нного|вшего|ющего|щего|нным|вшим|емого|имого)(?:\s|$)"
)


def rewrite_cover_gloss(gloss: str) -> str | None:
    """The bracket's inside `gloss` rewritten as "office Name" or "Name, office" (same length, the
    name in its own place), or None when it does not explain a cover name."""
    cover = _COVER_WORDS.search(gloss)
    if cover is None or ";" in gloss:
        return None  # "(псевдоним резидента; сообщение передано через Ю.В. Андропова)": two clauses, no bearer
    names = list(_INITIALLED.finditer(gloss))
    if len(names) != 1:
        rest = gloss[cover.end() :].strip(" ,—–-:")
        # "(так в шифровках именовался Ле Зуан)": a name written in full, alone after the words;
        # "(псевдоним Мао Цзэдуна в переписке со Сталиным)": the bearer in the genitive right after them
        bearer = _BEARER_BEFORE_CONTEXT.match(rest)
        if bearer and not names:
            rest = bearer.group("name")
        if names or not rest or not looks_like_name(rest) or any(is_role_word(w) for w in rest.split()):
            return None
        at = cover.end() + gloss[cover.end() :].find(rest)
        return " " * at + rest + " " * (len(gloss) - at - len(rest))
    name = names[0]
    if name.start() < cover.end():
        return None  # "(кодовое имя, которое Ю.В. Андропов дал …)", a name before the words: no bearer said
    before = gloss[cover.end() : name.start()]
    office = before.strip(" ,—–-")
    if office and _GIVEN_TO.fullmatch(office):
        office = ""  # "(кодовое имя, данное в шифровках Ю.В. Андропову)": the man it was given to
    elif office and not (
        _OFFICE.fullmatch(office) and is_role_word(office.split()[0]) and not _NOT_OFFICE.search(office)
    ):
        # "(криптоним агента, завербованного И.П. Котовым)", "(псевдоним, которым пользовался также
        # посол …)", "(… передано через Ю.В. Андропова)": the name after a participle, a preposition or
        # a comma is someone else's, not the bearer's ("так в шифровках именовался X": nothing between)
        return None
    if office and is_role_word(office.split()[-1]):  # "посла А.М. Пузанова": the office's word right before
        at = name.start() - len(before.lstrip(" ,—–-"))
        out = " " * at + gloss[at : name.end()]
        return out + " " * (len(gloss) - len(out))
    out = " " * name.start() + name.group(0)
    if office and len(out) + 2 + len(office) <= len(gloss):  # "председатель КГБ И.А. Серов": after the name
        out += ", " + office
    return out + " " * (len(gloss) - len(out))
