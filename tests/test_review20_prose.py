"""Review 20 of the PROSE branch (the loose reading of talks told with a party as the sentence's subject):
the harms a reviewer found (/work/review20/harms-prose.md), each with what must not be read and, beside
it, a variant that must still be read."""

from __future__ import annotations

import pytest
from conftest import sorted_communications

from kg1956.extract.citations import extract_note
from kg1956.models import Note

NO_DATE_GUARD = [
    # a24
    "Gomułka przyjął Ponomarenkę, jak donosił ambasador 5 października 1956 r. (AAN, KC PZPR, sygn. XI A/10, k. 14).",
    # a25
    "Novotný přijal Zimjanina, jak hlásil velvyslanec 14. května 1960, AMZV, TO-T 1960–1964, SSSR, k. 3, obal 2, č.j. 0213/60.",
    # a26
    "Ulbricht traf sich mit Perwuchin, wie dieser am 3. Februar 1961 meldete (SAPMO-BArch, DY 30/3386, Bl. 20).",
    # f11
    "Togliatti ricevette Ponomarev, come riferì l'ambasciatore il 14 ottobre 1962 (AVPRF, f. 098, op. 45, p. 170, d. 10, ll. 1–2).",
    # f12
    "Maurer a primit pe Liu Fang, potrivit telegramei din 4 martie 1962, ANIC, fond CC al PCR – Relații Externe, dosar 14/1962, f. 1–6.",
    # f1
    "Togliatti ricevette Ponomarev prima del congresso del 2 dicembre 1962 (AVPRF, f. 098, op. 45, p. 170, d. 9, ll. 1–2).",
    # f2
    "Dej a primit pe Jegalin înaintea plenarei din 23 aprilie 1964, ANIC, fond CC al PCR – Relații Externe, dosar 13/1964, f. 1–4.",
    # e13
    "Maurer a primit pe Liu Fang după plenara din 3 martie 1962, ANIC, fond CC al PCR – Relații Externe, dosar 12/1962, f. 1–6.",
    # f3
    "De Gaulle reçut Vinogradov à la veille du sommet du 16 mai 1960 (AVPRF, f. 0136, op. 44, p. 240, d. 5, ll. 1–5).",
    # f4
    "Ulbricht traf sich mit Perwuchin am Vorabend des Parteitags vom 15. Januar 1963 (SAPMO-BArch, DY 30/3386, Bl. 81).",
    # f6
    "Novotný přijal Zimjanina v předvečer sjezdu z 18. června 1962, AMZV, TO-T 1960–1964, SSSR, k. 3, obal 2, č.j. 0217/62.",
    # f10
    "Gomułka przyjął Ponomarenkę, gdy Chruszczow wylądował 19 października 1956 r. (AAN, KC PZPR, sygn. XI A/10, k. 58).",
    # f7
    "Novotný přijal Zimjanina, a Široký se setkal s Kozlovem 12. května 1960, AMZV, TO-T 1960–1964, SSSR, k. 3, obal 2, č.j. 0218/60.",
    # f8
    "Ulbricht traf sich mit Perwuchin in Pankow, und Grotewohl empfing Gromyko am 3. März 1961 (SAPMO-BArch, DY 30/3386, Bl. 82).",
    # d22
    "Gomułka przyjął Ponomarenkę w Belwederze, a Ochab spotkał się z Chruszczowem 19 października 1956 r. (AAN, KC PZPR, sygn. XI A/10, k. 42–50).",
]

THING_RECEIVED = [
    # a19
    "Gomułka przyjął Order Lenina 4 października 1962 r. (AAN, KC PZPR, sygn. XI A/20, k. 5).",
    # a21
    "Dej a primit Ordinul Lenin la 3 martie 1962, ANIC, fond CC al PCR – Relații Externe, dosar 9/1962, f. 1–2.",
    # b30
    "Nenni ricevette Premio Stalin il 21 dicembre 1951 (AVPRF, f. 098, op. 34, p. 150, d. 2, ll. 1–2).",
    # a20
    "Novotný přijal Chruščovův návrh 12. května 1960, AMZV, TO-T 1960–1964, SSSR, k. 3, obal 2, č.j. 0212/60.",
    # b40
    "Novotný přijal Chruščovovu nabídku 12. května 1960, AMZV, TO-T 1960–1964, SSSR, k. 3, obal 2, č.j. 0215/60.",
    # b28
    "Ulbricht traf sich mit Jugendfunktionären am 3. Mai 1961 (SAPMO-BArch, DY 30/3510, Bl. 9).",
    # d10
    "Ulbrichts Forderung traf sich mit Chruschtschows Plänen am 3. August 1961 (SAPMO-BArch, DY 30/3478, Bl. 10).",
]

IN_CONVERSATION = [
    # c5
    "Khrushchev, Ulbricht said in a conversation with Pervukhin on 2 February 1960, was impatient (SAPMO-BArch, DY 30/3386, Bl. 47).",
    # c6
    "Mao, according to Liu Shaoqi in a conversation with Chervonenko on 17 January 1962, had no wish to go to Moscow (AVPRF, f. 0100, op. 55, p. 480, d. 4, ll. 1–9).",
    # c8
    "Chruschtschow, so Ulbricht im Gespräch mit Perwuchin am 2. Februar 1960, dränge auf einen Vertrag (SAPMO-BArch, DY 30/3386, Bl. 48).",
    # c7
    "Stanowisko Gomułki, przedstawione przez Ochaba w rozmowie z Chruszczowem 10 listopada 1958 r., było twarde (AAN, KC PZPR, sygn. XI A/12, k. 33).",
    # a29
    "Sprawa Berlina w rozmowie z Chruszczowem 10 listopada 1958 r. zajęła Gomułkę długo (AAN, KC PZPR, sygn. XI A/12, k. 31).",
    # a30
    "Die Berlinfrage im Gespräch mit Perwuchin am 2. Februar 1960 blieb offen (SAPMO-BArch, DY 30/3386, Bl. 45).",
    # b34
    "Ulbrichts Plan, im Gespräch mit Perwuchin am 2. Februar 1960 erörtert, blieb offen (SAPMO-BArch, DY 30/3386, Bl. 46).",
    # g4
    "Die SED-Führung im Gespräch mit Perwuchin am 2. Februar 1960 drängte (SAPMO-BArch, DY 30/3386, Bl. 49).",
    # g6
    "Walter Ulbricht Papers, in conversation with Khrushchev, 3 August 1961, SAPMO-BArch, NY 4182/1206, Bl. 1–20.",
]

YEAR_BORROWED = [
    # a6
    "Gomułka received Ponomarenko on 19 October, as Ochab reminded the Politburo in November 1957 (AAN, KC PZPR, sygn. XI A/10, k. 5–9).",
    # b12
    "Mao saw Ambassador Yudin on 22 July, a talk Khrushchev still resented at the Moscow conference of November 1960 (AVPRF, f. 0100, op. 51, p. 432, d. 8, ll. 1–9).",
]

NEXT_SENTENCE_RECORD = [
    # a9
    "Tito received Firiubin at Brioni on 12 August 1956. Reports of Tito's displeasure reached Moscow only in September (AVPRF, f. 0144, op. 42, p. 170, d. 4, ll. 8–12).",
    # e7
    "Tito received Firiubin on 12 August 1956. Cables from Belgrade grew cooler after the Crimea meeting of September 1956 (AVPRF, f. 0144, op. 42, p. 170, d. 8, ll. 1–9).",
    # a10
    "Tito received Firiubin at Brioni on 12 August 1956. Minutes of the Presidium session of 16 August 1956 are in APRF, f. 3, op. 12, d. 1005, ll. 3–9.",
    # e4
    "Khrushchev received Harriman on 23 June 1959. The Presidium minutes are in APRF, f. 3, op. 12, d. 1006, ll. 1–3.",
    # e6
    "Gomułka przyjął Ponomarenkę 4 października 1956 r. Notatki Ochaba z tego okresu zaginęły (AAN, KC PZPR, sygn. XI A/10, k. 51).",
    # b24
    "Khrushchev received Harriman on 23 June 1959. Notes taken by Sukhodrev have not survived; APRF, f. 3, op. 64, d. 1222, ll. 1–4.",
]

SEEN = [
    # a14
    "Khrushchev saw President Kennedy as weak in June 1961 (AVPRF, f. 0129, op. 45, p. 330, d. 4, ll. 1–3).",
    # b17
    "Rákosi had seen Premier Nagy as a rival in June 1953 (RGANI, f. 5, op. 28, d. 394, ll. 1–4).",
    # b13
    "Khrushchev saw President Kennedy only on television on 22 October 1962 (APRF, f. 3, op. 65, d. 904, ll. 1–3).",
]

HELD_TALKS_WITH = [
    # a22
    "Mikoyan and Suslov held talks with Nagy on 24 October 1956 (APRF, f. 3, op. 64, d. 484, ll. 13–20).",
    # a23
    "Zorin and Kroll opened the talks with Adenauer on 6 March 1958: AVPRF, f. 0757, op. 3, p. 12, d. 5, ll. 1–14.",
]

BRACKET = [
    # a12
    "Mikoyan (with Suslov) received Nagy on 24 October 1956 (APRF, f. 3, op. 64, d. 484, ll. 10–12).",
    # e1
    "Gromyko (later Foreign Minister) received Kennan on 3 May 1952 (AVPRF, f. 0129, op. 36, p. 240, d. 2, ll. 1–5).",
]

COUNTED = [
    # d5
    "Rapacki had been received by Khrushchev twice in May 1960 (AMSZ, z. 6, w. 14, t. 111, k. 1–4).",
]

A7 = "Tito and Khrushchev met on 31 May and 5 June 1955 (AVPRF, f. 0144, op. 39, p. 160, d. 3, ll. 1–40)."
B7 = "Khrushchev and Tito met on 31 May, 1 June and 2 June 1955 (AVPRF, f. 0144, op. 39, p. 160, d. 5, ll. 1–30)."
B3 = "Kádár received Andropov in the early hours of 4 November 1956 (MOL, XIX-J-1-j, Szovjetunió, 1956, 4. doboz, 5/b, 004420/1956)."
B4 = "Gomułka and Khrushchev met in the second half of May 1957 (AAN, KC PZPR, sygn. XI A/11, k. 7–9)."
C1 = "Ulbricht received Pervukhin in the middle of August 1961 (SAPMO-BArch, DY 30/3386, Bl. 70–74)."
C2 = "Mikoyan received Nagy in the last days of October 1956 (APRF, f. 3, op. 64, d. 485, ll. 1–9)."
B6 = 'Nasser received Kiselev, his "old friend," on 2 February 1958; AVPRF, f. 087, op. 21, p. 43, d. 9, ll. 1–5.'
C4 = 'Nasser received Kiselev at the "Tahra" palace on 2 February 1958; AVPRF, f. 087, op. 21, p. 43, d. 12, ll. 1–5.'
B23 = "Khrushchev received Harriman on 23 June 1959. Records show that Nasser met Kiselev again on 20 February 1958 (AVPRF, f. 087, op. 21, p. 43, d. 10, ll. 1–5)."


def _located(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    """Each talk of one note with the repositories of the citation it joined."""
    return sorted(
        (
            c.date.iso if c.date else None,
            sorted(p.mention.text for p in c.participants),
            [loc.repository_text for loc in cit.locators],
        )
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    )


# group 1: the new verbs of other languages read a date only after a place at most
@pytest.mark.parametrize("text", NO_DATE_GUARD)
def test_another_languages_verb_takes_no_report_or_events_date(text):
    assert sorted_communications(text) == []


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Gomułka przyjął Ponomarenkę w Belwederze 19 października 1956 r. (AAN, KC PZPR, sygn. XI A/10, k. 42–50).",
            [("1956-10-19", ["Gomułka", "Ponomarenkę"])],
        ),
        (
            "Ulbricht traf sich mit Perwuchin in Pankow am 3. März 1961 (SAPMO-BArch, DY 30/3386, Bl. 82).",
            [("1961-03-03", ["Perwuchin", "Ulbricht"])],
        ),
        (
            "Maurer a primit pe Liu Fang la Snagov la 4 martie 1962, ANIC, fond CC al PCR – Relații Externe, "
            "dosar 14/1962, f. 1–6.",
            [("1962-03-04", ["Liu Fang", "Maurer"])],
        ),
        (
            "Gomułka spotkał się z Chruszczowem w Moskwie 10 listopada 1958 r. (AAN, KC PZPR, sygn. XI A/12, k. 34–40).",
            [("1958-11-10", ["Chruszczowem", "Gomułka"])],
        ),
        (
            "Couve de Murville reçut Vinogradov le 3 mai 1960 (AVPRF, f. 0136, op. 44, p. 240, d. 3, ll. 1–5).",
            [("1960-05-03", ["Couve de Murville", "Vinogradov"])],
        ),
    ],
)
def test_another_languages_verb_with_a_place_before_its_date(text, talks):
    assert sorted_communications(text) == talks


def test_an_italian_a_is_no_and():
    text = "Togliatti ricevette Ponomarev a Roma il 14 ottobre 1962 (AVPRF, f. 098, op. 45, p. 170, d. 10, ll. 1–2)."
    assert all("Roma" not in people for _, people in sorted_communications(text))


# group 2: a thing received or accepted, a group, a demand meeting a plan
@pytest.mark.parametrize("text", THING_RECEIVED)
def test_no_thing_received(text):
    assert sorted_communications(text) == []


def test_a_czech_accusative_is_a_man_received():
    text = "Novotný přijal Chruščova 12. května 1960, AMZV, TO-T 1960–1964, SSSR, k. 3, obal 2, č.j. 0212/60."
    assert sorted_communications(text) == [("1960-05-12", ["Chruščova", "Novotný"])]
    german = "Hermann Axen traf sich mit Perwuchin am 3. März 1961 (SAPMO-BArch, DY 30/3386, Bl. 82)."
    assert sorted_communications(german) == [("1961-03-03", ["Hermann Axen", "Perwuchin"])]


# group 3: "X, in conversation with Y": X the speaker, never someone spoken of, a thing, a body or a file
@pytest.mark.parametrize("text", IN_CONVERSATION)
def test_in_conversation_with_takes_no_one_spoken_of(text):
    assert sorted_communications(text) == []


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Ulbricht, First Secretary of the SED, in conversation with Pervukhin on 2 February 1960, was impatient "
            "(SAPMO-BArch, DY 30/3386, Bl. 47).",
            [("1960-02-02", ["Pervukhin", "Ulbricht"])],
        ),
        (
            "Dobrynin, in conversation with Robert Kennedy on 27 October 1962, warned of the generals (AVPRF, f. 0129, "
            "op. 46, p. 301, d. 1, ll. 1–9).",
            [("1962-10-27", ["Dobrynin", "Robert Kennedy"])],
        ),
        (
            "Kosygin, in talks with Zhou Enlai at Peking airport on 11 September 1969, agreed to border talks (AVPRF, "
            "f. 0100, op. 62, p. 540, d. 2, ll. 1–9).",
            [("1969-09-11", ["Kosygin", "Zhou Enlai"])],
        ),
    ],
)
def test_in_conversation_with_an_office_aside(text, talks):
    assert sorted_communications(text) == talks


# group 4: a list of days read whole; a year borrowed only across a plain coordination of days
def test_listed_days_are_all_read():
    assert sorted_communications(A7) == [
        ("1955-05-31", ["Khrushchev", "Tito"]),
        ("1955-06-05", ["Khrushchev", "Tito"]),
    ]
    assert [d for d, _ in sorted_communications(B7)] == ["1955-05-31", "1955-06-01", "1955-06-02"]


@pytest.mark.parametrize("text", YEAR_BORROWED)
def test_no_year_from_another_event(text):
    assert sorted_communications(text) == []


def test_a_year_across_a_coordination_of_days():
    text = "Mikoyan received Nagy on 24 October and again on 30 October 1956 (APRF, f. 3, op. 64, d. 484, ll. 1–9)."
    assert sorted_communications(text) == [("1956-10-24", ["Mikoyan", "Nagy"]), ("1956-10-30", ["Mikoyan", "Nagy"])]


# group 5: "of" a part of a day or month, and a quoted word, do not stop the talk
@pytest.mark.parametrize(
    ("text", "date"),
    [(B3, "1956-11-04"), (B4, "1957-05"), (C1, "1961-08"), (C2, "1956-10"), (B6, "1958-02-02"), (C4, "1958-02-02")],
)
def test_a_part_of_a_day_or_month_and_a_quoted_word(text, date):
    assert [d for d, _ in sorted_communications(text)] == [date]


def test_a_papers_date_still_stops():
    text = (
        "Kádár received Andropov in the early hours of 4 November, the Pravda of 6 November 1956 wrote (MOL, "
        "XIX-J-1-j, Szovjetunió, 1956, 4. doboz, 5/b, 004420/1956)."
    )
    assert sorted_communications(text) == []


# group 6: the next sentence's call number is the talk's only when that sentence names the talk's record
@pytest.mark.parametrize("text", NEXT_SENTENCE_RECORD)
def test_the_next_sentence_holds_another_record(text):
    assert sorted_communications(text) == []


def test_the_next_sentence_tells_another_talk():
    assert _located(B23) == [("1958-02-20", ["Kiselev", "Nasser"], ["AVPRF"])]


def test_the_next_sentence_names_the_soviet_record():
    text = (
        "Khrushchev received Harriman on 23 June 1959. The Soviet record is in APRF, f. 3, op. 64, d. 1221, ll. 1–18."
    )
    assert sorted_communications(text) == [("1959-06-23", ["Harriman", "Khrushchev"])]
    shows = "Khrushchev received Harriman on 23 June 1959. Records show that he was tired; APRF, f. 3, op. 64, d. 1221, ll. 1–18."
    assert sorted_communications(shows) == []


# groups 7–10: a judgement or a screen; "held talks with"; an aside in brackets; a counted talk
@pytest.mark.parametrize("text", SEEN + HELD_TALKS_WITH + BRACKET + COUNTED)
def test_no_talk(text):
    assert sorted_communications(text) == []


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Khrushchev saw Marilyn Monroe at Twentieth Century Fox on 19 September 1959 (RGANI, f. 52, op. 1, d. 560, "
            "ll. 5–9).",
            [("1959-09-19", ["Khrushchev", "Marilyn Monroe"])],
        ),
        (
            "Mikoyan (Deputy Premier) received Nagy on 24 October 1956 (APRF, f. 3, op. 64, d. 484, ll. 10–12).",
            [("1956-10-24", ["Mikoyan", "Nagy"])],
        ),
        (
            "Zhou Enlai (Chou En-lai) saw Ambassador Yudin on 5 August 1958 (AVPRF, f. 0100, op. 51, p. 432, d. 9, "
            "ll. 1–9).",
            [("1958-08-05", ["Yudin", "Zhou Enlai"])],
        ),
        (
            "Zorin and Kroll opened the talks in Bonn on 6 March 1958: AVPRF, f. 0757, op. 3, p. 12, d. 5, ll. 1–14.",
            [("1958-03-06", ["Kroll", "Zorin"])],
        ),
    ],
)
def test_still_read(text, talks):
    assert sorted_communications(text) == talks


def test_a_year_from_the_record_in_brackets_that_reports_the_talk():
    text = (
        "Rodriguez, in conversation with Stoichev on Nov. 20 (Stoichev's report of Nov. 22, 1962, AMVnR, op. 18, "
        "a.e. 1191, ll. 3–8), blamed the Soviet side."
    )
    assert ("1962-11-20", ["Rodriguez", "Stoichev"]) in sorted_communications(text)


def test_a_talk_whose_own_clause_holds_its_call_number():
    text = (
        "Qiao Guanhua and Kuznetsov met without their delegations on 6 and 14 November 1969: records in AVPRF, "
        "f. 0100, op. 62, p. 545, d. 10, ll. 1–18. Cf. the Chinese record of the second of these meetings, "
        "14 November 1969, PRC FMA 113-00542-03, 1–6."
    )
    assert sorted_communications(text) == [
        ("1969-11-06", ["Kuznetsov", "Qiao Guanhua"]),
        ("1969-11-14", ["Kuznetsov", "Qiao Guanhua"]),
    ]
