"""Romanian and Bulgarian record heads, read in their own language, quoted or not, with the
English translation in square brackets after them giving the same people's English spellings:

- "Stenograma convorbirii tovarăşului X cu tovarăşul Y, 22 iunie 1960" (X's talk with Y);
  "Stenograma convorbirii dintre X şi Y, Moscova, 25 noiembrie 1960"; "Nota convorbirii tov. X
  cu ambasadorul R.P. Chineze, Y, 11 septembrie 1963" (the role before the name, a comma between);
- "Scrisoarea lui X către Y, 7 iulie 1963", "Scrisoarea CC al PCUS către CC al PMR, …",
  "Telegrama nr. 20.145 a lui X către MAE, …", "Raport al tov. X, secretar al CC al PMR, către
  Biroul Politic, …" (a body that does not say whose, MAE or the Politburo, is no party);
- "Информация за разговора на другаря X с китайския посланик Y, 14 септември 1960 г."
  (the role before the name, lower-case words; "другаря", comrade, is no role).
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from kg1956.extract.dates import find_dates
from kg1956.extract.eu_glosses import same_person
from kg1956.extract.eu_head_parts import with_gloss_spellings
from kg1956.extract.lexicon import TETE_A_TETE
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date, side, split_top
from kg1956.extract.places import is_place as _is_place
from kg1956.extract.places import is_place_any_case
from kg1956.extract.records_en import read_record
from kg1956.extract.roles import is_role_word, reads_as_office
from kg1956.models import Communication, NameMention, Participant, Span
from kg1956.romanize import fold

_RO_TALK = re.compile(
    r"^(?:(?:stenograma|stenogramele|nota|notă|informarea|informare)\s+"
    r"(?:privind\s+)?"  # "Notă privind convorbirea …": a note on the conversation
    r"(?:convorbirea|convorbirii|convorbirilor|discuţiei|discuției|discuţiilor|discuțiilor|întrevederii|întâlnirii)\s+"
    r"|not[aă]\s+de\s+convorbire\s+(?=între|intre|dintre|cu\s)"  # "Notă de convorbire între X și Y"
    r"|convorbirea\s+(?=tov)"  # "Convorbirea tovarășului X cu Y": the head is the talk itself
    r")(?:oficiale\s+)?(?P<between>(?:dintre|între|intre)\s+)?",
    re.IGNORECASE,
)
# "Gh. Gheorghiu-Dej, I.G. Maurer și N.S. Hrușciov": a list of parties, by commas and "și"
# "însărcinatul cu afaceri" (chargé d'affaires): an office whose "cu" joins no two sides
_RO_CU = re.compile(r"\s+cu\s+(?!afaceri\b)")
_RO_LIST = re.compile(r",\s+|\s+(?:şi|și)\s+")
_RO_WITH = re.compile(r"\s+(?:cu(?!\s+afaceri\b)|şi|și)\s+")
_BG_TALK = re.compile(
    r"^(?:информация|запис|протокол|стенограма|бележка)\s+(?:за|от|на)\s+"
    r"(?:разговора|разговорите|разговор|беседата|беседа|срещата)\s+(?:на\s+|между\s+)?",
    re.IGNORECASE,
)
_BG_WITH = re.compile(r"\s+(?:с|със|и)\s+")
# the word that introduces the date ("din 22 iunie", "în ziua de", Bulgarian "на", "от") and a talk
# held in private ("între patru ochi", "на четири очи"), left after the parties: no one's name
_DATE_WORD = re.compile(r"\s+(?:din(?:\s+ziua)?|în\s+ziua(?:\s+de)?|на|от)\s*$", re.IGNORECASE)
# the occasion said after the last party, in lower-case words: "… и Чжоу Енлай при първото му
# посещение", "… și Ciu En-lai cu ocazia vizitei sale", "… în timpul vizitei": when, not who
_OCCASION = re.compile(
    r"\s+(?:при|по\s+време\s+на|по\s+повод|cu\s+ocazia|în\s+timpul|in\s+timpul|cu\s+prilejul)"
    r"(?:\s+[a-zăâîșşțţа-яё][\w-]*){1,5}\s*$"
)
_IN_PRIVATE = re.compile(rf"[\s,]+(?:{TETE_A_TETE})[\s,]*$", re.IGNORECASE)
# where the talk was held, said after the last party: Romanian "la"/"în", Bulgarian "в"/"във"
_HELD_IN = re.compile(r"[\s,]+(?:la|în|in|в|във)\s+(?P<p>[^\W\d][\w-]+)$")
_RO_MESSAGE = re.compile(
    r"^(?P<kind>scrisoarea|scrisoare|telegrama|telegramă|raportul|raport|informarea|informare)"
    r"(?:\s+(?:nr\.?|no\.)\s*[\d.,/-]*\d)?\s+(?:(?:a|al|ale)\s+)?",
    re.IGNORECASE,
)
_RO_TO = re.compile(r",?\s+(?:către|catre)\s+")
# what the message is about, after its recipient: "… către CC al PCR privind vizita în R.D. Vietnam",
# "referitor la …", "cu privire la …", "despre …", Bulgarian "относно …", "по въпроса за …": no party
_ABOUT = re.compile(
    r"[\s,]+(?:privind|referitor\s+la|cu\s+privire\s+la|despre|asupra|относно|по\s+въпроса|във\s+връзка\s+с)\s.*$",
    re.IGNORECASE,
)
_BG_MESSAGE = re.compile(r"^(?P<kind>писмо|доклад|телеграма|шифрограма|информация)\s+(?:от|на)\s+", re.IGNORECASE)
_BG_TO = re.compile(r"\s+(?:до|пред)\s+")  # "Доклад на X пред Политбюро": before (to) a body
_KINDS = {
    "scrisoarea": "letter",
    "scrisoare": "letter",
    "telegrama": "telegram",
    "telegramă": "telegram",
    "raportul": "report",
    "raport": "report",
    "informarea": "report",
    "informare": "report",
    "писмо": "letter",
    "доклад": "report",
    "телеграма": "telegram",
    "шифрограма": "telegram",
    "информация": "report",
}
# "tovarăşului", "tov.", "lui" (the Romanian genitive article), "другаря": forms of address, no role
_ADDRESS = re.compile(
    r"^(?:(?:tovarăşul|tovarășul|tovarăşului|tovarășului|tovarăşa|tovarășa|tovarăşei|tovarășei|tov\.|lui"
    r"|другаря|другарите|другарката|др\.)\s+)+",
    re.IGNORECASE,
)
# "ambasadorul R.P. Chineze, Hsü Cien-kuo": a lower-case office, its state, a comma, the name
# "delegaţiei PMR conduse de I. Gh. Maurer": the delegation led by X is X's side, no role of his
_LED_BY = re.compile(
    r"^(?:delegaţiei|delegației|delegaţia|delegația|делегацията)\s+[^,;]{0,40}?,?\s+(?:conduse|condusă|condusa|водена)\s+(?:de|от)\s+",
    re.IGNORECASE,
)
# "ambasadorul R.P. Chineze Liu Fang": the office, the state by its initials, the name, no comma between
_ROLE_STATE_NAME = re.compile(
    r"^(?P<role>[a-zăâîşșţț][\w-]+(?:\s+[a-zăâîşșţț][\w-]+){0,3}\s+"
    r"(?:R\.\s?P\.(?:\s?D\.)?\s?[A-ZĂÂÎȘŞȚŢ][\w-]+|U\.R\.S\.S\.|URSS|RPC|RPDC))\s+(?P<name>[A-Z][^,;]{2,40})$"
)
_ROLE_COMMA_NAME = re.compile(r"^(?P<role>\w[^,;]{2,60}?),\s+(?P<name>[^,;]{3,60})$")
# "N. Ceauşescu, secretar al CC al PMR": the name, then his office in lower case after a comma
_NAME_COMMA_ROLE = re.compile(r"^(?P<name>[^,;]{3,60}?),\s+(?P<role>[a-zăâîşșţț][^,;]{2,80})$")
# Romanian and Bulgarian office words an office after a name starts with ("secretar al CC al
# PMR", "prim-secretar …", "ambasadorul R.P. Chineze", "първи секретар на ЦК на БКП")
_RO_BG_OFFICE = re.compile(
    r"^(?:prim-|vice-?)?(?:ambasador|secretar|ministr|consilier|preşedinte|președinte|presedinte|preşedintel"
    r"|președintel|membru|membrul|şef|șef|însărcinat|ataşat|atașat|adjunct|director|general|mareşal|mareșal"
    r"|prim-ministru|premier|посланик|секретар|министър|председател|член|съветник|завеждащ|първи|втори"
    r"|заместник|генерален|посланика|управляващ|шарже|аташе)",
    re.IGNORECASE,
)
# "ambasadorul român la Hanoi", "временно управляващия посолството в Пекин", "новия посланик на НРБ
# в Пекин": a side named only by its office (lower-case words, an office word among them, any
# capitalised word a place or a state's initials): the other side's talk alone
_STATE_INITIALS = re.compile(r"^(?:[A-ZĂÂÎȘŞȚŢА-Я]\.?){2,5}$")


# "ambasadorul R.P. Chineze": a state by its initials (Republica Populară …) is no person
_STATE = re.compile(r"^(?:R\.\s?P\.|R\.\s?S\.|R\.\s?D\.|U\.R\.S\.S\.|URSS|RPC|RPDC|RPR|RSR)(?:\s|$)")


# "ambasadorul R.P. Chineze", "ambasadorul chinez", "însărcinatul cu afaceri al URSS": a state's envoy, unnamed
_ENVOY_OF_STATE = re.compile(
    r"^(?:ambasadorul|ambasadorului|însărcinatul\s+cu\s+afaceri|însărcinatului\s+cu\s+afaceri)\s+(?:al\s+|a\.i\.\s+)?"
    r"(?:R\.\s?P\.(?:\s?D\.)?\s?[A-ZĂÂÎȘŞȚŢ]\w+|U\.?R\.?S\.?S\.?|[a-zăâîșşțţ]+|[A-ZĂÂÎȘŞȚŢ][a-zăâîșşțţ]+ei)$"
)


# a state in the Romanian genitive: "însărcinatul cu afaceri al Iugoslaviei", "ambasadorul Franței"
_RO_STATE_OF = re.compile(
    r"^(?:Iugoslaviei|Franței|Franţei|Ungariei|Chinei|Poloniei|Cehoslovaciei|Bulgariei|Albaniei|Germaniei"
    r"|Italiei|Austriei|Angliei|Britanii|Indiei|Indoneziei|Coreei|Mongoliei|Turciei|Greciei|Spaniei|Belgiei"
    r"|Olandei|Suediei|Norvegiei|Finlandei|Danemarcei|Elveției|Elveţiei|Japoniei|Cubei|Braziliei|Argentinei"
    r"|Canadei|Egiptului|Iranului|Irakului|Israelului|Vietnamului|Mexicului|Pakistanului|Afganistanului"
    r"|Laosului|Cambodgiei|Birmaniei|Ceylonului|Siriei|Libanului|Iordaniei|României|Uniunii|Sovietice"
    r"|SUA|S\.U\.A\.|Americii|Marii|Statelor|Unite)$"
)
# a clause said of the talk, not a party: "…, care nu a avut loc", "…, който не се състоя", "planificată
# pentru … dar anulată": a talk refused, cancelled or never held
_CLAUSE = re.compile(
    r"(?i)(?:^|[\s,])(?:care|ce|който|която|което|които|nu|не|planificat\w*|programat\w*|anulat\w*|amânat\w*"
    r"|отмен\w*|отложен\w*|планиран\w*|refuzat\w*)(?=[\s,]|$)"
)


def _unnamed_office(text: str) -> bool:
    """ "ambasadorul român la Hanoi", "новия посланик на НРБ в Пекин": an office without a name."""
    words = re.findall(r"[^\W\d][\w.-]*", text)
    if not words or not words[0][:1].islower() or len(words) > 10:
        return False
    if _CLAUSE.search(text):
        return False  # "ambasadorul sovietic, care nu a avut loc": a clause, no office
    if not any(_RO_BG_OFFICE.match(w) or is_role_word(w) for w in words):
        return False
    return all(
        w[:1].islower()
        or _STATE_INITIALS.match(w)
        or _STATE.match(w)
        or _RO_STATE_OF.match(w)
        or is_place_any_case(w.rstrip("."))
        for w in words
    )


def is_place(text: str) -> bool:
    """A place, also with the Romanian definite article ("Bucureștiul", "Moscovei"): no party."""
    bare = text.strip()
    return _is_place(bare) or bare[:1].isupper() and _is_place(re.sub(r"(?:ului|ul|lui|ei|a)$", "", bare))


def _is_office(role: str) -> bool:
    return bool(_RO_BG_OFFICE.match(role.strip())) or reads_as_office(role)


# a body that does not say whose: the Foreign Ministry, the Politburo, the Centre
_WHOSE_NOT = re.compile(
    r"^(?:MAE|M\.A\.E\.|Biroul\s+Politic|Centrala|Centru|Ministerul\s+Afacerilor\s+Externe|МВнР|МВР|Политбюро|Центъра)$",
    re.IGNORECASE,
)
# "Information on X's conversation with Y": the translation's kind before a possessive
_GLOSS_LEAD = re.compile(
    r"^(?:information|note|notes|transcripts?|record|minutes)\s+(?:on|of)\s+(?=(?-i:[A-Z])\S*\s)", re.IGNORECASE
)
# "… cu Mao Tzedun (3 martie 1964) şi cu Ciu En-lai (4 martie 1964)": a second talk of the first side
_AND_WITH = re.compile(r"^\s*(?:şi|și)\s+cu\s+(?P<who>[^()\[\],;]{3,60}?)\s*\((?P<date>[^()]{6,30})\)")
# its translation: "…, and with Zhou Enlai, March 4, 1964"
_GLOSS_AND_WITH = re.compile(r"\band\s+with\s+(?P<who>[A-Z][^,;()\[\]]{2,60}?),\s")
_QUOTED = re.compile(r"^[“\"„](?P<inner>[^”\"“„\[\]]{10,300}?)[,.]?[”\"“]")
_GLOSS = re.compile(r"\s*\[(?P<gloss>[^\[\]]{5,300})\]")
_ROUND_AFTER_QUOTE = re.compile(r"\s*\((?P<gloss>[^()\[\]]{1,300})\)")


def _one(text: str, at: int) -> list[NameMention] | None:
    """One side of a head: the named people in it, with a role before or after the name;
    None when a side names no one."""
    text = text.rstrip(" ,")  # "X, vicepreședinte al Consiliului de Miniștri, și Y": the apposition's comma
    bare = _ADDRESS.sub("", _LED_BY.sub("", text.strip()))
    at += len(text) - len(text.lstrip()) + len(text.strip()) - len(bare)
    if _WHOSE_NOT.match(bare):
        return []
    for rx, lower_role in ((_ROLE_COMMA_NAME, True), (_ROLE_STATE_NAME, True), (_NAME_COMMA_ROLE, False)):
        m = rx.match(bare)
        if m is None or (lower_role and not m.group("role")[:1].islower()):
            continue
        if not lower_role and not _is_office(m.group("role")):
            continue  # "Ciu En-lai, în timpul vizitei la Beijing": a circumstance, no office
        person = parse_participant(m.group("name"), at + m.start("name"))
        if person is None or person.is_organization or person.role:
            continue
        return [replace(person, role=m.group("role").strip())]
    found = side(bare, at)
    if found is None or not found[0]:
        return None
    if any(_STATE.match(p.text) for p in found[0]):
        return None  # "cu ambasadorul R.P. Chineze": the state's envoy, unnamed
    initial = re.fullmatch(r"(?P<i>[А-ЯЁ]\.\s?)(?P<s>[А-ЯЁ][а-яё]+)", bare)
    if initial and len(found[0]) == 1 and found[0][0].text == initial.group("s"):
        # "до Т. Живков": in a Bulgarian head a capital "Т." is Todor's initial, not "товарищ"
        return [NameMention(bare, Span(at, at + len(bare)))]
    return list(found[0])


def ro_bg_side(text: str, at: int) -> list[NameMention] | None:
    """One side of a Romanian or Bulgarian head (see `_one`), for the readers of other heads."""
    return _one(text, at)


def _head(text: str) -> tuple[str, int, str | None]:
    """The head without its quotation marks, where the quote and its translation end, and the
    bracketed translation after it (the quote's marks and the bracket blanked, offsets kept)."""
    m = _QUOTED.match(text)
    if m is None:
        g = _GLOSS.search(text)
        if g is None:
            return text, 0, None
        return text[: g.start()] + " " * (g.end() - g.start()) + text[g.end() :], g.end(), g.group("gloss")
    inner = m.group("inner")
    after = text[m.end() :]
    g = _GLOSS.match(after) or _ROUND_AFTER_QUOTE.match(after)  # '"…" (Copy), date': no part of a name
    if g is not None and g.re is _ROUND_AFTER_QUOTE and find_dates(g.group("gloss")):
        g = None  # '"…" (23 June 1960)': the record's date, no translation
    gloss = g.group("gloss") if g else None
    tail = after[g.end() :] if g else after
    # the date may stand inside the quotes or after them (and after the translation)
    return " " + inner + " " * (len(text) - len(tail) - len(inner) - 1) + tail, len(text) - len(tail), gloss


def _talk_aliases(parts: tuple[Participant, ...], gloss: str | None) -> tuple[Participant, ...]:
    """Two people of a talk, each with the spelling the translation gives for the person in the
    same place, when the translation reads as a talk of the same two named people and the
    crossed pairing is no closer in letters than the straight one."""
    if gloss is None or len(parts) != 2:
        return parts
    found = read_record(gloss, 0) or read_record(_GLOSS_LEAD.sub("", gloss), 0)
    if found is None:
        return parts
    other = [p for p in found.communication.participants if not p.mention.is_organization]
    if len(other) != 2 or len(found.communication.participants) != 2:
        return parts

    def near(a: str, b: str) -> float:
        return SequenceMatcher(None, fold(a), fold(b)).ratio()

    a, b = (p.mention.text for p in parts)
    x, y = (p.mention.text for p in other)
    if near(a, x) + near(b, y) <= near(a, y) + near(b, x):
        return parts
    out = []
    for p, q in zip(parts, other, strict=True):
        if (
            q.mention.text != p.mention.text
            and not p.mention.alias
            and not p.mention.is_organization
            and same_person(p.mention.text, q.mention.text)
        ):
            p = Participant(replace(p.mention, alias=q.mention.text, alias_translated=True), p.function)
        out.append(p)
    return tuple(out)


def _talk(bare: str, offset: int, m: re.Match[str], sep: re.Pattern[str], gloss: str | None) -> RuleResult | None:
    cut = people_until_date(bare[m.end() :], offset)
    if cut.date is None:
        return None
    body = _OCCASION.sub("", _IN_PRIVATE.sub("", _DATE_WORD.sub("", cut.body)).rstrip(" ,"))
    held = _HELD_IN.search(body)
    if held and (is_place_any_case(held.group("p")) or _after_name(body[: held.start()], held.group("p"))):
        body = body[: held.start()]  # "… с Дън Сяопин в Москва", "… cu Hrușciov la Moscova": where they met
    place = re.search(r"\s*,\s*(?P<p>[^\W\d][\w-]+)$", body)
    if place and (
        is_place(place.group("p"))
        or place.group("p")[:1].isupper()
        and _place_after_person(body[: place.start()], sep, offset)
    ):
        body = body[: place.start()]  # "…, Moscova, 25 noiembrie 1960": where, not who
    split = split_top(body, sep)
    if split is None:
        return None
    at = offset + m.end()
    first, second = _one(split[0], at), _one(split[2], at + split[3])
    listed = None
    if sep is _RO_WITH:
        listed = _listed(body, at, bool(m.group("between")))  # three or more parties
        if listed is not None:
            first, second = listed[:1], listed[1:]
    if sep is _RO_WITH and first and len(first) == 1 and listed is None and _ENVOY_OF_STATE.match(split[2].strip()):
        second, listed = [], first  # "… cu ambasadorul R.P. Chineze": the other side unnamed, the talk his alone
    if listed is None and sep in (_RO_WITH, _BG_WITH) and first is not None and second is not None:
        # "însărcinatul cu afaceri al Iugoslaviei și X": the state in the genitive is no person
        if _unnamed_office(split[0]):
            first = None
        elif _unnamed_office(split[2]):
            second = None
    if listed is None and sep in (_RO_WITH, _BG_WITH) and (first is None) != (second is None):
        named, office = (second, split[0]) if first is None else (first, split[2])
        if _CLAUSE.search(body):
            return None  # "… și X, care nu a avut loc", "…, planificată pentru … dar anulată": never held
        if named and all(not p.is_organization for p in named) and _unnamed_office(office):
            first, second, listed = named, [], named  # "între ambasadorul român și Ho Și Min": Ho's talk
    if not first or not second and listed is None or listed is None and (len(first) != 1 or len(second) != 1):
        return None
    if any(not p.is_organization and is_place(p.text) for p in (*first, *second)):
        return None
    parts = _talk_aliases(tuple(Participant(p, "interlocutor") for p in (*first, *second)), gloss)
    end = m.end() + cut.end
    comm = Communication("conversation", cut.date.value, parts, Span(offset, offset + end))
    second_talk = _second_talk(bare, offset, end, parts[0], gloss)
    if second_talk is not None:
        end = second_talk.span.end - offset
        return RuleResult(comm, end, cut.more, also=(second_talk,))
    return RuleResult(comm, end, cut.more)


def _after_name(before: str, word: str) -> bool:
    """ "… cu Mao Tzedun la Hangcijou": a capitalised word after "la"/"в" right after a capitalised
    name is where they met, known as a place or not (a name has no preposition inside it)."""
    last = before.split()[-1:] if before.split() else []
    return bool(last) and last[0][:1].isupper() and word[:1].isupper() and not _STATE.match(word)


def _place_after_person(before: str, sep: re.Pattern[str], at: int) -> bool:
    """ "… cu N.S. Hrușciov, Sinaia", "… și Mikoian, Kremlin": one capitalised word after a comma
    closing a side that is one named person with no office: where they met (a Romanian list of
    people ends in "și", never in a comma), whether or not the place is known."""
    if sep is not _RO_WITH:
        return False
    last = re.split(r",\s+|\s+(?:cu|şi|și)\s+", before)[-1]
    if not last.strip() or not last.strip()[:1].isupper():
        return False
    one = _one(last, at)
    return (
        bool(one) and len(one) == 1 and not one[0].is_organization and not one[0].role and looks_like_name(one[0].text)
    )


def _items(chunk: str, where: int) -> list[NameMention] | None:
    """ "A, B și C": each item exactly one named person (no body, no place, no office alone), or None."""
    pos, items = 0, []
    while (cut := split_top(chunk[pos:], _RO_LIST)) is not None:
        items.append((cut[0], where + pos))
        pos += cut[3]
    items.append((chunk[pos:], where + pos))
    if len(items) < 2:
        return None
    if not re.search(r"\s(?:şi|și)\s+\S+(?:\s+\S+){0,4}$", chunk.rstrip(" ,")) or re.search(
        r"(?:şi|și)\s[^,]*,", chunk
    ):
        return None  # "Hrușciov, Sinaia": a Romanian list of people ends in "și", never in a comma
    out = []
    for item, item_at in items:
        if item.strip()[:1].islower() and _is_office(item.strip()):
            return None  # "X, vicepreședinte al Consiliului de Miniștri, și Y": X's office, no third party
        one = _one(item, item_at)
        if not one or len(one) != 1 or one[0].is_organization or is_place(one[0].text):
            return None
        if not looks_like_name(one[0].text) or _STATE.match(one[0].text):
            return None
        out.extend(one)
    return out


_RO_AND = re.compile(r"\s+(?:şi|și)\s+")


def _two_lists(body: str, at: int) -> list[NameMention] | None:
    """ "dintre tov. A, B, C și tov. D, E, F": two sides, each a list of named people by commas
    alone, joined by the one "și" of the head; every party, or None."""
    cut = split_top(body, _RO_AND)
    if cut is None or split_top(cut[2], _RO_AND) is not None or "," not in cut[2]:
        return None
    out: list[NameMention] = []
    for chunk, where in ((cut[0], at), (cut[2], at + cut[3])):
        pos = 0
        for item in chunk.split(","):
            if re.search(r"(?:^|\s)[a-zăâîșşțţ]", _ADDRESS.sub("", item.strip())):
                return None  # "X, secretar al CC", "Y fiind însoțit de Z": an office or a clause, no list of names
            one = _one(item, where + pos)
            pos += len(item) + 1
            if not one or len(one) != 1 or one[0].is_organization or is_place(one[0].text):
                return None
            if not looks_like_name(one[0].text) or _STATE.match(one[0].text):
                return None
            out.extend(one)
    if len({p.text for p in out}) != len(out):
        return None  # a name twice: the second opens a clause of its own
    return out if len(out) >= 3 else None


def _listed(body: str, at: int, between: bool) -> list[NameMention] | None:
    """ "X cu A, B și C", "dintre A, B și C": three or more parties, a side either one person (a
    delegation led by him) or a list of people by commas and "și"; None otherwise."""
    with_ = split_top(body, _RO_CU)
    if with_ is None and not between:
        return None
    if with_ is None:
        two = _two_lists(body, at)
        if two is not None:
            return two
    chunks = [(body, at)] if with_ is None else [(with_[0], at), (with_[2], at + with_[3])]
    out: list[NameMention] = []
    for chunk, where in chunks:
        chunk = chunk.rstrip(" ,")
        listed = None if _LED_BY.match(chunk.strip()) else _items(chunk, where)
        if listed is None:
            if with_ is None:
                return None
            listed = _one(chunk, where)
            if not listed or len(listed) != 1:
                return None
        out.extend(listed)
    return out if len(out) >= 3 else None


def _given_agrees(a: str, b: str) -> bool:
    """Two spellings of a name whose words after the first (the given name of a Chinese name)
    are the same letters: "Ciu En-lai" and "Zhou Enlai"."""
    given = [re.sub(r"[^a-z]", "", fold(" ".join(x.split()[1:]))) for x in (a, b)]
    return len(given[0]) >= 3 and given[0] == given[1]


def _second_talk(bare: str, offset: int, end: int, first: Participant, gloss: str | None) -> Communication | None:
    """ "… cu Y (3 martie 1964) şi cu Z (4 martie 1964)": the first side's talk with Z on the
    second date (the first date closed by its bracket)."""
    rest = bare[end:]
    close = re.match(r"\s*\)", rest)
    if close is None:
        return None
    m = _AND_WITH.match(rest[close.end() :])
    if m is None:
        return None
    cut = people_until_date(m.group("date"), 0)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    found = _one(m.group("who"), offset + end + close.end() + m.start("who"))
    if not found or len(found) != 1 or found[0].is_organization:
        return None
    other = found[0]
    translated = _GLOSS_AND_WITH.search(gloss or "")
    if translated and _given_agrees(other.text, translated.group("who")) and other.text != translated.group("who"):
        other = replace(other, alias=translated.group("who"))
    span = Span(offset, offset + end + close.end() + m.end())
    return Communication("conversation", cut.date.value, (first, Participant(other, "interlocutor")), span)


_AND_END = re.compile(r"\s(?:şi|și|и)(?:[\s,]|$)")


def _recipients(text: str, at: int, to: re.Pattern[str]) -> list[NameMention] | None:
    """ "A" or "A despre Tito și către B", "A и, по въпроса за …, до B": each recipient with his
    subject cut, the ones before the last joined to the next by "și"/"и"; None when one names no one."""
    out: list[NameMention] = []
    while True:
        more = split_top(text, to)
        piece = text if more is None else more[0]
        if more is not None and not _AND_END.search(piece):
            return None  # "către A … către B" not joined by "și": no list of recipients
        bare = _ABOUT.sub("", piece).rstrip(" ,")
        bare = re.sub(r"[\s,]+(?:şi|și|и)$", "", bare)
        one = _one(bare, at)
        if one is None:
            return None
        out.extend(one)
        if more is None:
            return out
        text, at = more[2], at + more[3]


def _message(bare: str, offset: int, m: re.Match[str], to: re.Pattern[str], gloss: str | None) -> RuleResult | None:
    cut = people_until_date(bare[m.end() :], offset)
    if cut.date is None:
        return None
    split = split_top(cut.body.rstrip(" ,"), to)
    if split is None:
        return None
    at = offset + m.end()
    # the subject is cut on each side by itself, after the split at the recipient: "Raportul lui X
    # despre convorbirea cu Y, către Z" (Y no party), "către A despre Tito și către B" (B a recipient)
    sender = _one(_ABOUT.sub("", split[0]), at)
    recipient = _recipients(split[2], at + split[3], to)
    if recipient is None and is_place(split[2]):
        recipient = []  # "către Bucureşti": a capital standing for its government is no party
    if sender is None or recipient is None:
        return None
    sender = [p for p in sender if p.is_organization or not is_place(p.text)]
    recipient = [p for p in recipient if p.is_organization or not is_place(p.text)]
    if not sender:
        return None
    parts = tuple([Participant(p, "sender") for p in sender] + [Participant(p, "recipient") for p in recipient])
    if gloss is not None:
        parts = with_gloss_spellings(parts, gloss)
    end = m.end() + cut.end
    kind = _KINDS[m.group("kind").lower()]
    return RuleResult(Communication(kind, cut.date.value, parts, Span(offset, offset + end)), end, cut.more)


def read_romanian_bulgarian_record(text: str, offset: int) -> RuleResult | None:
    """A Romanian or Bulgarian record head (see the module docstring), quoted or not, with its
    date inside the quotes or after them; the English translation in brackets gives the same
    people's spellings."""
    bare, head_end, gloss = _head(text)
    lead = len(bare) - len(bare.lstrip())
    body = bare[lead:]
    for head, sep in ((_RO_TALK, _RO_WITH), (_BG_TALK, _BG_WITH)):
        m = head.match(body)
        if m is not None:
            return _shifted(_talk(body, offset + lead, m, sep, gloss), bare, lead, head_end, offset)
    for head, to in ((_RO_MESSAGE, _RO_TO), (_BG_MESSAGE, _BG_TO)):
        m = head.match(body)
        if m is not None:
            return _shifted(_message(body, offset + lead, m, to, gloss), bare, lead, head_end, offset)
    return None


def _shifted(found: RuleResult | None, bare: str, lead: int, head_end: int, offset: int) -> RuleResult | None:
    """The rule's result measured from the clause's start (the opening quote counted), through
    the closing quote and the translation when the date stood inside the quotes."""
    if found is None:
        return None
    end = found.consumed + lead
    if end < head_end and not bare[end:head_end].strip(" ,."):
        end = head_end
    comm = replace(found.communication, span=Span(offset, offset + end))
    return replace(found, communication=comm, consumed=end)
