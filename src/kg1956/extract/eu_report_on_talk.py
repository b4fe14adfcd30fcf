"""A writer's report on his own talk, titled in the writer's language: two communications, the talk
(dated inside the title) and the report (dated after it).

    "Informare a tovarăşului Emil Bodnăraş privind convorbirea din 3 august 1966 cu ambasadorul
     R.P. Chineze Liu Fang, 4 august 1966"
    "Informace s. Václava Davida o rozhovoru s Čou En-lajem dne 3. 3. 1966, 5. 3. 1966"
    "Informacja tow. Adama Rapackiego o rozmowie z Czou En-lajem w dniu 3 III 1966, 5 III 1966"
    "Доклад на Тодор Живков пред Политбюро за разговора си с Чжоу Енлай на 9.XI.1964 г., 16.XI.1964 г."
    "Relazione del compagno Longo sul suo colloquio con Suslov del 23 novembre 1960, 25 novembre 1960"
    "Rapport de Waldeck Rochet sur son entretien avec Souslov du 14 juillet 1963, 16 juillet 1963"
    "Informe de Raúl Roa sobre su entrevista con Kudriávtsev el 3 de octubre de 1960, 5 de octubre …"

The report's noun, its writer (in the genitive, maybe "before the Politburo"), "on (his) talk", the
talk's date before or after its other party, then the report's own date. A title with one date is
left to the record readers (the talk's and the report's day cannot be told apart). German titles of
this shape ("Bericht des Botschafters X über seine Unterredung mit Y am D, D2") are read by `records_eu`
as the record of the talk alone, dated by the talk, as the German golds have them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.eu_head_parts import gloss_end
from kg1956.extract.parties import RuleResult, people_until_date, side, split_top
from kg1956.extract.records_ro_bg import ro_bg_side
from kg1956.models import Communication, Participant, Span

# (the report's nouns and their kind, what marks the writer, his address, "on", "his", the talk, "with", the date word)
_LANGUAGES = (
    (  # Romanian
        {"informare": "report", "informarea": "report", "raport": "report", "raportul": "report", "notă": "report"},
        r"(?:(?:a|al)\s+)?",  # "Informare a tovarășului X", "Informarea tovarășului X"
        r"(?:(?:tovarăşului|tovarășului|tov\.|lui)\s+)?",
        r"(?:privind|despre|asupra|cu\s+privire\s+la)",
        r"(?:sa|sale|avută|purtată)?",
        r"(?:convorbirea|convorbirile|discuţia|discuția|discuţiile|discuțiile|întrevederea|întâlnirea)(?:\s+(?:sa|sale))?",
        r"cu",
        r"(?:din|de\s+la|în\s+ziua\s+de)",
    ),
    (  # Czech and Slovak
        {"informace": "report", "informácia": "report", "zpráva": "report", "správa": "report"},
        r"",
        r"(?:(?:s\.|soudruha|súdruha)\s+)?",
        r"o",
        r"(?:svém|svojom)?",
        r"(?:rozhovoru|rozhovore|rozhovorech|jednání|rokovaní)",
        r"(?:s|se|so)",
        r"(?:dne|dňa)",
    ),
    (  # Polish
        {"informacja": "report", "sprawozdanie": "report", "notatka": "report"},
        r"",
        r"(?:(?:tow\.|towarzysza|ob\.)\s+)?",
        r"(?:o|z)",
        r"(?:swojej|swoich)?",
        r"(?:rozmowie|rozmowach|rozmowy|rozmów)",
        r"(?:z|ze)",
        r"(?:w\s+dniu|dnia|dn\.)",
    ),
    (  # Bulgarian
        {"информация": "report", "доклад": "report"},
        r"(?:на|от)\s+",
        r"(?:(?:др\.|другаря)\s+)?",
        r"за",
        r"(?:си|му)?",
        r"(?:разговора|разговорите|срещата|срещите)(?:\s+(?:си|му))?",
        r"(?:с|със)",
        r"(?:на|от)",
    ),
    (  # Italian, French, Spanish
        {
            "relazione": "report",
            "informazione": "report",
            "rapporto": "report",
            "rapport": "report",
            "informe": "report",
        },
        r"(?:del|della|di|de|du|d['’])\s*",
        r"(?:(?:compagno|compagna|camarade|compañero|compañera)\s+)?",
        r"(?:sul|sulla|sui|sur|sobre)",
        r"(?:suo|sua|suoi|son|ses|su|sus)?",
        r"(?:colloquio|colloqui|incontro|entretien|entretiens|conversation|conversación|entrevista)",
        r"(?:con|avec)",
        r"(?:del|il|du|le|el)",
    ),
)
# "пред Политбюро", "before the Politburo": to whom the writer reported, no party of the talk
_BEFORE = r"(?:\s+(?:пред|vor|przed|před|înaintea|davanti\s+a|devant|ante)\s+[^,;]{2,40}?)?"


def _compile(lang: tuple) -> re.Pattern[str]:
    kinds, gen, address, about, own, talk, with_, date_word = lang
    kind = "|".join(sorted(kinds, key=len, reverse=True))
    return (
        re.compile(
            rf"(?P<kind>{kind})\s+{gen}{address}(?P<w>[^,;:()\[\]]{{3,60}}?){_BEFORE}\s+{about}\s+(?:{own}\s+)?"
            rf"{talk}\b(?P<mid>[^;]{{0,40}}?)\s+{with_}\s+(?P<rest>.+)$",
            re.IGNORECASE | re.S,
        ),
        re.compile(rf"^\s*{date_word}\s*", re.IGNORECASE),
        re.compile(rf"\s+{date_word}\s*$", re.IGNORECASE),
        kinds,
    )


_HEADS = tuple(_compile(lang) for lang in _LANGUAGES)


_QUOTES = re.compile(r"^[“\"„«](?P<inner>[^“”\"„«»]{10,300})[”\"“»]")


# "s Chruščovem a Brežněvem", "z Chruszczowem i Breżniewem", "cu Hrușciov și Brejnev": each named
_JOINED = re.compile(r"\s+(?:a|i|e|et|y|și|şi|и|und|and)\s+")


def _sides(text: str, at: int) -> tuple[list, list[str]] | None:
    """The people of `text`, those joined by "a"/"i"/"și"/"и"/… each one of them."""
    split = split_top(text, _JOINED)
    if split is not None:
        first, rest = side(split[0], at), _sides(split[2], at + split[3])
        if first and rest and first[0] and rest[0]:
            return first[0] + rest[0], first[1] + rest[1]
    return side(text, at)


def read_report_on_own_talk(text: str, offset: int) -> RuleResult | None:
    """The writer's report on his talk (see the module docstring): the talk, and the report after it;
    the title maybe quoted with the report's date after the quotes, and translated in brackets."""
    quoted = _QUOTES.match(text)
    if quoted:
        text = " " + quoted.group("inner") + " " + text[quoted.end() :]
    for head, date_lead, date_tail, kinds in _HEADS:
        m = head.match(text.lstrip())
        if m is not None:
            lead = len(text) - len(text.lstrip())
            m = head.match(text, lead)
            return _read(text, offset, m, date_lead, date_tail, kinds[m.group("kind").lower()])
    return None


def _read(text: str, offset: int, m: re.Match, date_lead: re.Pattern, date_tail: re.Pattern, kind: str):
    writer = side(m.group("w"), offset + m.start("w"))
    if writer is None or len(writer[0]) != 1 or writer[0][0].is_organization:
        return None
    talk_date = None
    mid = m.group("mid")
    if mid.strip():  # "privind convorbirea din 3 august 1966 cu …": the talk's date before its other party
        lead = date_lead.match(mid)
        dated = find_dates(mid)
        if lead is None or not dated or dated[0].value is None or mid[dated[0].span.end :].strip(" ,"):
            return None
        talk_date = dated[0].value
    rest_at = m.start("rest")
    cut = people_until_date(text[rest_at:], offset)
    if cut.date is None or cut.date.value is None:
        return None
    body = date_tail.sub("", cut.body).rstrip(" ,")
    record_date = cut.date.value
    end = rest_at + cut.end
    if talk_date is None:  # "… mit Le Duan am 3.3.1966, 5.3.1966": the talk's date, then the report's
        talk_date = record_date
        after = re.match(r"\s*,\s*", text[end:])
        second = find_dates(text[end + after.end() : end + after.end() + 40]) if after else []
        if not second or second[0].span.start != 0 or second[0].value is None:
            return None
        record_date = second[0].value
        end += after.end() + second[0].span.end
    other = _sides(body, offset + rest_at)
    if re.search(r"[ăâîşșţțА-Яа-я]", m.group(0)):  # a Romanian or Bulgarian title: their offices and states
        one = ro_bg_side(body, offset + rest_at)
        other = (one, []) if one else other
    if other is None or not other[0]:
        return None
    # an office the title gives is attested on the report's date, not the talk's: left unread here
    others = [replace(x, role=None) for x in other[0]]
    talk = Communication(
        "conversation",
        talk_date,
        (
            Participant(replace(writer[0][0], role=None), "interlocutor"),
            *(Participant(x, "interlocutor") for x in others),
        ),
        Span(offset, offset + end),
        tuple(other[1]),
    )
    end = gloss_end(text, end)  # "[Information from X on his conversation with Y]": the title translated
    report = Communication(kind, record_date, (Participant(writer[0][0], "sender"),), Span(offset, offset + end))
    return RuleResult(report, end, (), also=(talk,))
