"""Record heads in Italian, French, Spanish and Portuguese, as the parties' and foreign ministries'
archives of Western Europe and Latin America title them (the English translation in brackets after
the head is read by `eu_glosses`):

    "Nota sul colloquio del compagno Longo con il compagno Suslov, Mosca, 23 novembre 1960"
    "Appunti sul colloquio tra Togliatti e l'ambasciatore sovietico Kozyrev, 30 agosto 1962"
    "Compte rendu de l'entretien entre Maurice Thorez et Teng Siao-ping, 9 novembre 1960"
    "Note sur l'entretien de Waldeck Rochet avec le camarade Souslov, 14 juillet 1963"
    "Memorándum de la conversación del compañero Raúl Roa con el embajador Kudriávtsev, …"
    "Lettera di Togliatti a Chruščëv, …", "Lettre de Thorez à Khrouchtchev, …", "Carta de Castro a …"

A record noun (note, minutes, record) and the talk noun, or the talk noun alone; then "between A
and B" ("tra/fra … e", "entre … et/y/e"), "A's talk with B" ("del/di/de/du … con/avec/com …") or
"with B" alone. Articles and forms of address ("il compagno", "le camarade", "el compañero") are
no part of a name; an office before the name is its role. Only a date to the day or month makes a
record: "Entretiens avec Mao, 1970" is a book.
"""

from __future__ import annotations

import re

from kg1956.extract.parties import RuleResult, conversation_sides, people_until_date, side, split_top
from kg1956.extract.places import is_place
from kg1956.models import Communication, Participant, Span

_APO = r"['’]"
# the record's noun, Italian, French, Spanish and Portuguese
_RECORD = (
    r"(?:nota|note|notes|notas|appunt[oi]|verbale|resoconto|promemoria|stenogramma|trascrizione|memoria"
    r"|relazione|informazione|compte[\s-]rendu|procès[\s-]verbal|proces[\s-]verbal|m[ée]morandum|r[ée]sum[ée]"
    r"|sténogramme|transcription|relevé|memor[áa]ndum|memorando|acta|ata|versi[óo]n|minuta|resumen|informe"
    r"|apuntes|transcripci[óo]n|registro|resumo|relat[óo]rio|informa[çc][ãa]o|informaci[óo]n)"
)
# what joins it to the talk: "sul", "del", "de l'", "sur l'", "de la", "sobre la", "da"
_JOIN = (
    rf"(?:sul|sui|sulla|sulle|sugli|del|dei|della|delle|dello|degli|di|su|sull{_APO}|dell{_APO}"
    rf"|de\s+l{_APO}|de\s+la|de\s+las|de\s+los|du|des|de|sur\s+l{_APO}|sur\s+la|sur\s+les|sur\s+le|sur"
    rf"|sobre\s+la|sobre\s+el|sobre\s+las|sobre\s+los|sobre\s+a|sobre\s+o|sobre|da|do|das|dos|d{_APO})\s*"
)
_TALK = (
    r"(?:colloqui[oi]?|conversazion[ei]|incontr[oi]|udienza|discussion[ei]|intervista"
    r"|entretiens?|conversations?|entrevues?|rencontres?|audience|discussions?"
    r"|conversaci[óo]n|conversaciones|entrevistas?|reuni[óo]n|encuentro|pl[áa]tica|audiencia"
    r"|conversa|conversa[çc][ãa]o)"
)
_TALK_HEAD = re.compile(rf"^(?:(?P<record>{_RECORD})\s+{_JOIN})?(?P<talk>{_TALK})\b\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"^(?:tra|fra|entre)\s+", re.IGNORECASE)
_OF = re.compile(rf"^(?:del|della|dello|dell{_APO}|di|d{_APO}|de\s+la|de|du|des|da|do)\s*", re.IGNORECASE)
_WITH = re.compile(r"\s+(?:con|avec|com)\s+")
_WITH_ONLY = re.compile(r"^(?:con|avec|com)\s+", re.IGNORECASE)
_AND = re.compile(r"\s+(?:e|ed|et|y)\s+")
# articles before a side, and forms of address before a name: no part of it, no role
_ARTICLE = re.compile(
    rf"(?:il|lo|la|l{_APO}|i|gli|le|les|el|los|las|o|os|del|della|dello|dell{_APO}|du|de\s+la|al|alla|au|aux)(?:\s+|(?<=['’]))",
)  # lowercase only: "Le Duan", "La Malfa", "Lo Jui-ching", "O Jin U" are names
_ADDRESS = re.compile(
    r"(?:compagn[oaie]|camarades?|compa[ñn]er[oa]s?|camaradas?|signor[ea]?|sig\.|monsieur|m\.|señor|sr\.|senhor"
    r"|on\.|dott\.|dr\.|don)\s+(?=[A-ZÀ-Ý])",
    re.IGNORECASE,
)


# what introduces the date after the parties ("del 23 novembre", "le 14 juillet", "el 4 de …")
_DATE_WORD = re.compile(r"[\s,]+(?:del|il|in\s+data|du|le|en\s+date\s+du|el|de\s+fecha|em|no\s+dia)\s*$", re.IGNORECASE)
# where the talk was held: ", Mosca", "a Mosca", "à Moscou", "en Moscú", "in Vaticano"
_HELD = re.compile(r"(?:,\s*|\s+(?:a|à|in|en|em|au|aux|nel|nella)\s+)(?P<p>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w-]+)?)$")


# a lowercase preposition after a side's names: where ("a Jalta", "à Rambouillet", "in Vaticano") or with
# whom else ("en présence de Ponomarev", "alla presenza di"): the side ends there
_SIDE_END = re.compile(
    r"\s+(?:a|à|in|en|em|au|aux|nel|nella|na|no|alla|presso|durante|pendant|chez|dans|sur|lors)\s+.*$", re.S
)
# states and cities in these languages, and the shape of a Romance place-name ("San Francisco", "Punta del
# Este"): never a party, a writer or a diarist
_ROMANCE_PLACE_NAMES = frozenset(
    w.strip()
    for w in (
        "rusia, russie, russia, unión soviética, union soviétique, unione sovietica, urss, estados unidos, "
        "états-unis, stati uniti, eeuu, francia, france, italia, italie, españa, espagne, spagna, hongrie, "
        "hungría, ungheria, pologne, polonia, tchécoslovaquie, checoslovaquia, cecoslovacchia, yougoslavie, "
        "yugoslavia, jugoslavia, chine, china, cina, corée, corea, vietnam, cuba, bolivia, méxico, mexique, "
        "brasil, brésil, brasile, argentina, allemagne, alemania, germania, angleterre, inglaterra, "
        "inghilterra, genève, ginevra, ginebra, londres, londra, roma, rome, madrid, parís, paris, washington, "
        "la habana, la havane, nueva york, centro america, centro américa, centroamérica, américa latina, "
        "amérique latine"
    ).split(",")
)
_PLACE_SHAPE = re.compile(
    r"^(?:San|Santa|Santo|São|Saint|Sainte|St\.|Punta|Puerto|Porto|Port|Ciudad|Cidade|Villa|Playa|Bahía|Costa)\s"
)


def is_romance_place(text: str) -> bool:
    bare = " ".join(text.split()).strip(" ,.")
    return is_place(bare) or bare.lower() in _ROMANCE_PLACE_NAMES or bool(_PLACE_SHAPE.match(bare))


def _address_blanked(text: str) -> str:
    """`text` with the articles and forms of address before each party blanked (offsets kept)."""
    out = text
    for m in re.finditer(r"(?:^|(?<=\s))(?=\S)", text):
        pos = m.start()
        first = not text[:pos].strip()  # an article only at the side's start ("Bureau politique du PCF")
        while found := ((_ARTICLE.match(text, pos) if first else None) or _ADDRESS.match(text, pos)):
            if found.end() == pos:
                break
            out = out[:pos] + " " * (found.end() - pos) + out[found.end() :]
            pos = found.end()
    return out


def _body(text: str, offset: int, at: int) -> tuple[str, object] | None:
    """The parties before the date (the date word and the place blanked) and the cut."""
    cut = people_until_date(text[at:], offset)
    if cut.date is None or cut.date.value is None or cut.date.value.precision == "year":
        return None
    body = _DATE_WORD.sub("", cut.body).rstrip(" ,")
    held = _HELD.search(body)
    if held and (is_place(held.group("p")) or held.group(0).startswith(",") and _named_before(body[: held.start()])):
        body = body[: held.start()]
    return body, cut


def _named_before(before: str) -> bool:
    """ "… con il compagno Suslov, Zavidovo": one capitalised word after a comma that closes a named
    person is where they met (a list of people ends in "e"/"et"/"y", never in a comma)."""
    last = before.split()[-1:] if before.split() else []
    return bool(last) and last[0][:1].isupper() and "," not in before


def read_romance_talk(text: str, offset: int) -> RuleResult | None:
    """A conversation record titled in Italian, French, Spanish or Portuguese (see the module docstring)."""
    m = _TALK_HEAD.match(text)
    if m is None:
        return None
    found = _body(text, offset, m.end())
    if found is None:
        return None
    body, cut = found
    at = offset + m.end()
    end = m.end() + cut.end
    between = _BETWEEN.match(body)
    with_only = _WITH_ONLY.match(body)
    if with_only and m.group("record") is None:
        return None  # "Conversaciones con Fidel Castro, 12 de mayo de 1965, en: Granma": an interview's title
    if with_only:  # "Note sur l'entretien avec le camarade Souslov": the other side alone
        other = side(_address_blanked(_SIDE_END.sub("", body[with_only.end() :])), at + with_only.end())
        if other is None or not other[0] or any(is_romance_place(x.text) for x in other[0]):
            return None
        parts = tuple(Participant(x, "interlocutor") for x in other[0])
        comm = Communication("conversation", cut.date.value, parts, Span(offset, offset + end), tuple(other[1]))
        return RuleResult(comm, end, cut.more)
    if between:
        rest, shift, joint = body[between.end() :], between.end(), _AND
    else:
        of = _OF.match(body)
        if of is None:
            return None
        rest, shift, joint = body[of.end() :], of.end(), _WITH
    split = split_top(rest, joint)
    if split is None or not split[0].strip() or not split[2].strip():
        return None
    left, right = _address_blanked(_SIDE_END.sub("", split[0])), _address_blanked(_SIDE_END.sub("", split[2]))
    if not left.strip() or not right.strip():
        return None
    sides = conversation_sides(left, at + shift, right, at + shift + split[3], False)
    if sides is None or len(sides[0]) < 2 and not sides[1]:
        return None
    if any(is_romance_place(p.mention.text) for p in sides[0]):
        return None  # "Conversación entre Rusia y Estados Unidos", "… e Hruščov a Jalta"
    comm = Communication("conversation", cut.date.value, tuple(sides[0]), Span(offset, offset + end), tuple(sides[1]))
    return RuleResult(comm, end, cut.more)


_KINDS = {
    "lettera": "letter",
    "lettre": "letter",
    "carta": "letter",
    "telegramma": "telegram",
    "cifrato": "telegram",
    "dispaccio": "telegram",
    "télégramme": "telegram",
    "telegramme": "telegram",
    "dépêche": "telegram",
    "telegrama": "telegram",
    "cable": "telegram",
    "cablegrama": "telegram",
    "rapporto": "report",
    "relazione": "report",
    "rapport": "report",
    "informe": "report",
    "relatório": "report",
    "promemoria": "memo",
    "mémorandum": "memo",
    "memorándum": "memo",
    "memorando": "memo",
}
_MESSAGE_HEAD = re.compile(
    r"^(?P<kind>" + "|".join(sorted(_KINDS, key=len, reverse=True)) + r")\b"
    r"(?:\s+(?:n\.|no\.|nr\.|núm\.|n°)\s*[\w/.-]*\d)?\s+"
    rf"(?P<of>del|della|dello|dell{_APO}|di|d{_APO}|de\s+la|de|du|da|do)\s*",
    re.IGNORECASE,
)
_TO = re.compile(
    rf"\s+(?:a|al|alla|allo|ai|alle|agli|all{_APO}|à|au|aux|à\s+la|à\s+l{_APO}|a\s+la|para|ao)(?:\s+|(?<=['’]))"
)
# what a message is about: "sulla situazione", "sur la situation", "sobre la situación"
_ABOUT = re.compile(
    r"\s+(?:sul|sulla|sui|sulle|circa|riguardo|in\s+merito|sur|concernant|relatif|sobre|acerca|acerca\s+de"
    r"|relativa|relativo|relative)\b.*$",
    re.IGNORECASE | re.S,
)


# the words of a body ("Direzione", "Bureau politique", "Ministerio de Relaciones Exteriores")
_BODY = re.compile(
    r"^\s*(?:direzione|segreteria|comitato|ministero|ambasciata|ufficio|bureau|comité|ministère|ambassade"
    r"|secrétariat|direction|dirección|ministerio|embajada|secretariado|buró|governo|gouvernement|gobierno"
    r"|centro|centre|partito|parti|partido)\b",
    re.IGNORECASE,
)


def _whose_not(text: str) -> bool:
    """A body named by its kind alone, with no party's or state's initials to say whose."""
    return bool(_BODY.match(text)) and not re.search(r"\b[A-ZÀ-Ý]{2,}\b", text)


# a title printed in a paper or a book: ", in «Rinascita»", ", in: …"
_PUBLISHED = re.compile(r"(?:^|[\s,])(?:in|en|dans|em)\s*:?\s*[«“\"]|,\s*in\s*:")


def _senders(text: str, at: int) -> tuple[list, list[str]] | None:
    """The writers: "Longo e Berlinguer", "Fidel Castro y Che Guevara", "Thorez et Duclos" are two."""
    split = split_top(text, _AND)
    if split is None:
        return side(text, at)
    first = side(split[0], at)
    rest = _senders(split[2], at + split[3])
    if first is None or rest is None or not first[0] or not rest[0]:
        return side(text, at)
    return first[0] + rest[0], first[1] + rest[1]


def read_romance_message(text: str, offset: int) -> RuleResult | None:
    """ "Lettera di Togliatti a Chruščëv, 10 agosto 1964", "Lettre de Maurice Thorez au Bureau
    politique, 20 août 1963", "Carta de Fidel Castro a Nikita Jruschov, 26 de octubre de 1962",
    "Rapporto dell'ambasciatore Quaroni, 3 marzo 1955": the kind, its writer, whom it went to."""
    m = _MESSAGE_HEAD.match(text)
    if m is None or _TALK_HEAD.match(text):
        return None
    found = _body(text, offset, m.end())
    if found is None:
        return None
    body, cut = found
    about = _ABOUT.search(body)
    if about and re.search(rf"\b{_TALK}\b", about.group(0), re.IGNORECASE):
        return None  # "Rapport de X sur son entretien avec Y du 14 juillet": the talk's date, the talk's party
    if _PUBLISHED.search(body):
        return None  # "Promemoria di Togliatti, in «Rinascita», 5 settembre 1964": the date is the paper's
    body = _ABOUT.sub("", body)
    at = offset + m.end()
    split = split_top(body, _TO)
    left, right, right_at = (split[0], split[2], split[3]) if split else (body, "", len(body))
    left, right = _address_blanked(left), _address_blanked(right)
    if _whose_not(right):
        right = ""  # "alla Direzione", "au Comité central": a body that says not whose is no party
    if _whose_not(left) or is_romance_place(left):
        return None  # "Informe de la Embajada": a body that says not whose; "Carta de Punta del Este"
    sender = _senders(left, at) if left.strip() else None
    if sender is None or not sender[0]:
        return None
    recipient = side(right, at + right_at) if right.strip() else ([], [])
    if recipient is None:
        recipient = ([], [])
    if any(is_romance_place(p.text) for p in sender[0]):
        return None  # "Carta de Punta del Este", "Lettre de Genève": a charter, a letter from a place
    parts = tuple(Participant(x, "sender") for x in sender[0]) + tuple(
        Participant(x, "recipient") for x in recipient[0] if not is_place(x.text)
    )
    end = m.end() + cut.end
    kind = _KINDS[m.group("kind").lower()]
    comm = Communication(kind, cut.date.value, parts, Span(offset, offset + end), tuple(sender[1] + recipient[1]))
    return RuleResult(comm, end, cut.more)
