"""Focused checks of citation conventions read by the extractor (each named after what it reads)."""

from __future__ import annotations

import pytest
from conftest import note_communications

from kg1956.backrefs import resolve_back_references
from kg1956.extract.citations import extract_note
from kg1956.extract.dates import find_dates
from kg1956.extract.diaries import read_diary
from kg1956.models import Note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am 3. und 7.11.1956", ["1956-11-03", "1956-11-07"]),
        ("Oct. 28 and 30, 1956", ["1956-10-28", "1956-10-30"]),
        ("1957. május 3. és 17., MOL, 12. doboz", ["1957-05-03", "1957-05-17"]),
        ("1956. okt. 26., MOL", ["1956-10-26"]),
        ("1957.4.11, PRC FMA", ["1957-04-11"]),
        ("1956-07-30", ["1956-07-30"]),
        ("3/IV/1957", ["1957-04-03"]),
        ("14.XI.56", ["1956-11-14"]),
        ("12. 11. 1956", ["1956-11-12"]),
        ("30. Januar 1957", ["1957-01-30"]),
        ("am 4., 11. und 25. März 1959", ["1959-03-04", "1959-03-11", "1959-03-25"]),
        ("dne 3. a 9. května 1957", ["1957-05-03", "1957-05-09"]),
    ],
)
def test_east_european_date_forms(text, expected):
    first = find_dates(text)[0]
    assert [first.value.iso, *(v.iso for v in first.more)] == expected


def test_a_list_of_days_that_runs_backwards_is_no_date_list():
    assert all(not d.more for d in find_dates("am 7. und 3.11.1956"))


def test_dates_asked_for_twice_are_the_same_and_each_answer_is_the_callers_own():
    text = "Record of conversation, 16 June 1956; n.d."
    first = find_dates(text)
    first.clear()  # a caller that changes its list changes no one else's
    again = find_dates(text)
    assert [(d.value.iso if d.value else None, d.span.start) for d in again] == [("1956-06-16", 24), (None, 38)]


def test_without_a_digit_only_the_undated_forms_are_read():
    assert [d.value for d in find_dates("Letter of X to Y, n.d.")] == [None]
    assert find_dates("Letter of X to Y, June") == []


def test_a_lead_in_before_a_possessive_diary_is_not_part_of_the_diarist():
    diary = read_diary("cf. Zimianin's diary, entry of 14.XI.56 (AVPRF, f. 079)", 0)
    assert diary is not None and diary.diarist.text == "Zimianin" and diary.diarist.role is None
    assert [e.date.iso for e in diary.entries] == ["1956-11-14"]


def test_a_cryptonym_in_brackets_belongs_to_the_name_before_it_not_the_addressee():
    from kg1956.extract.records_ru import read_russian_message

    found = read_russian_message("Шифротелеграмма Фын Си [Сталина] И.В. Ковалеву, 14 мая 1949 г.", 0)
    assert found is not None
    people = [(p.mention.text, p.mention.alias, p.function) for p in found.communication.participants]
    assert people == [("Фын Си", "Сталина", "sender"), ("И.В. Ковалеву", None, "recipient")]


def test_a_surname_then_another_persons_initials_is_not_one_name():
    from kg1956.extract.name_shape import looks_like_name

    assert not looks_like_name("Филиппова Т.Ф. Штыкову")
    assert looks_like_name("Т.Ф. Штыкову") and looks_like_name("Samsonov G.Ie.")


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("dem sowjetischen Botschafter Genossen Puzanow", "Puzanow", "sowjetischen Botschafter"),
        ("velvyslancem SSSR v KLDR s. Ivanovem", "Ivanovem", "velvyslancem SSSR v KLDR"),
        ("Kádár János elvtárs", "Kádár János", None),
        ("ambasadorem ZSRR tow. A.M. Puzanowem", "A.M. Puzanowem", "ambasadorem ZSRR"),
        ("N. S. Khrushchev", "N. S. Khrushchev", None),
    ],
)
def test_forms_of_address_and_articles_are_neither_name_nor_role(phrase, name, role):
    from kg1956.extract.names import parse_participant

    found = parse_participant(phrase, 0)
    assert found is not None and (found.text, found.role) == (name, role)


def test_a_role_with_a_place_after_w_or_v_names_nobody():
    from kg1956.extract.names import parse_participant

    assert parse_participant("ambasadora PRL w Phenianie", 0) is None


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("ambasadora PRL w Phenianie Jerzego Sieradzkiego", "Jerzego Sieradzkiego", "ambasadora PRL w Phenianie"),
        ("velvyslance ČSSR v Pekingu Jaroslava Kratochvíla", "Jaroslava Kratochvíla", "velvyslance ČSSR v Pekingu"),
    ],
)
def test_a_role_with_a_place_then_a_name_names_that_person(phrase, name, role):
    from kg1956.extract.names import parse_participant

    found = parse_participant(phrase, 0)
    assert found is not None and (found.text, found.role) == (name, role)


@pytest.mark.parametrize(
    ("declined", "base"),
    [
        ("Kim Ir Senem", "Kim Ir Sen"),
        ("Nam Ilem", "Nam Il"),
        ("A.M. Puzanowem", "A.M. Puzanow"),
        ("A. Novotného", "A. Novotný"),
        ("A.M. Puzanova", "A.M. Puzanov"),
        ("Пэн Дэхуая", "Пэн Дэхуай"),
    ],
)
def test_declined_forms_offer_their_nominative(declined, base):
    from kg1956.romanize import base_forms

    assert base in base_forms(declined)


def test_a_bare_genitive_ending_is_not_taken_off_without_initials():
    from kg1956.romanize import base_forms

    assert "Ivanov" not in base_forms("Ivanova")


def _people(*names: str) -> list[set[str]]:
    from kg1956.models import NameMention, Note, Span
    from kg1956.resolve import resolve_mentions

    note = Note("x", 1, " ".join(names), 1)
    mentions = [(note, NameMention(n, Span(0, len(n)))) for n in names]
    found = resolve_mentions(mentions)
    return sorted((set(e.spellings) for e in found.entities), key=lambda s: sorted(s))


def test_a_bare_surname_joins_the_one_person_once_initials_and_given_name_are_joined():
    assert _people("W. Ulbricht", "Walter Ulbricht", "Ulbricht") == [{"W. Ulbricht", "Walter Ulbricht", "Ulbricht"}]


def test_a_bare_surname_shared_by_two_people_joins_neither():
    assert _people("A.M. Petrov", "I.A. Petrov", "Petrov") == [{"A.M. Petrov"}, {"I.A. Petrov"}, {"Petrov"}]


def test_a_bare_chinese_surname_joins_across_pinyin_and_wade_giles():
    assert _people("Zhou Enlai", "Chou") == [{"Zhou Enlai", "Chou"}]
    assert _people("Zhou Enlai", "Zhou Xiaozhou", "Chou") == [{"Chou"}, {"Zhou Enlai"}, {"Zhou Xiaozhou"}]


def test_a_word_beside_another_part_of_a_name_is_no_bare_surname():
    from kg1956.models import NameMention, Note, Span
    from kg1956.spellings import find_more_spellings

    text = "Kádár János; see János M. Rainer, eds., The 1956 Revolution."
    note = Note("x", 1, text, 1)
    found = find_more_spellings([note], [(note, NameMention("Kádár János", Span(0, 11)))])
    assert [m.text for _, m in found] == []


def _locators(*notes):
    extractions = [extract_note(Note("t.txt", i + 1, text, i + 1)) for i, text in enumerate(notes)]
    resolved, _ = resolve_back_references(extractions)
    return [[(loc.repository, dict(loc.fields)) for c in ex.citations for loc in c.locators] for ex in resolved]


def test_an_aan_signature_with_a_space_is_one_file():
    (found,) = _locators("Materiały, 1956, AAN, KC PZPR, sygn. XI A/21, k. 5–9.")
    assert found == [("AAN", {"fond": "KC PZPR", "file": "XI A/21", "list": "5–9"})]


def test_a_bare_mol_number_after_the_box_is_the_tetel():
    (found,) = _locators("Materials, 1957, MOL, XIX-J-1-j, Korea, 1957, 9. doboz, 27, 004410/1957.")
    assert found[0][1]["folder"] == "27" and found[0][1]["box"] == "9"


def test_an_ibid_reads_its_keys_as_the_archive_before_it():
    _, found = _locators("Draft, 1957, ANIC, fond CC al PCR, dosar 41/1957, f. 3–20.", "Ibid., f. 11.")
    assert found == [("ANIC", {"fond": "CC al PCR", "file": "41/1957", "list": "11"})]


def test_an_ibid_with_further_keys_keeps_the_archive_and_the_keys_above_them():
    _, found = _locators(
        "Отчет за 1957 г. // АВП РФ. Ф. 0102. Оп. 14. П. 76. Д. 8. Л. 1–30.",
        "Отчет за 1958 г. // Там же. Оп. 15. П. 81. Д. 3. Л. 12–40.",
    )
    assert found == [("AVPRF", {"fond": "0102", "opis": "15", "papka": "81", "delo": "3", "list": "12–40"})]


def test_ebd_inside_a_note_continues_the_call_number_before_it():
    (found,) = _locators("Statistik 1958, SAPMO-BArch, DY 30/IV 2/20/137, Bl. 4–9; Tabellen, ebd., Bl. 12–14.")
    assert found[1] == ("SAPMO-BArch", {"fond": "DY 30", "file": "IV 2/20/137", "list": "12–14"})


def test_an_ibid_page_of_a_book_is_no_call_number():
    _, found = _locators("Kim Il Sung, Works, vol. 11 (Pyongyang, 1982), 45.", "Ibid., vol. 12, p. 3.")
    assert found == []


@pytest.mark.parametrize(
    ("declined", "base"),
    [
        ("W. Gomułki", "W. Gomułka"),  # Polish genitive of a surname in -ka, after initials
        ("Władysława Gomułki", "Władysław Gomułka"),  # and with the given name declined
        ("Nguyen Duy Trinhs", "Nguyen Duy Trinh"),  # German genitive -s
    ],
)
def test_polish_and_german_genitives_offer_their_nominative(declined, base):
    from kg1956.romanize import base_forms

    assert base in base_forms(declined)


@pytest.mark.parametrize("nominative", ["J. Kowalski", "Z. Zawadzki", "Anna Kowalski", "Hans", "Otto Grotewohl"])
def test_a_nominative_in_ski_or_a_sibilant_s_is_not_taken_for_a_genitive(nominative):
    from kg1956.romanize import base_forms

    assert base_forms(nominative) == []


def test_stroked_letters_compare_as_plain_ones():
    from kg1956.romanize import name_key

    assert name_key("Phạm Văn Đồng").strong == name_key("Pham Van Dong").strong
    assert name_key("Gomułka").strong == name_key("Gomulka").strong


@pytest.mark.parametrize(
    "phrase", ["делегацией ДРВ во главе с Ле Зуаном", "delegația PMR condusă de Ion Gheorghe Maurer"]
)
def test_a_delegation_led_by_someone_gives_the_leader_no_role(phrase):
    from kg1956.extract.names import parse_participant

    found = parse_participant(phrase, 0)
    assert found is not None and found.role is None


def _comms(text: str) -> list[tuple[str | None, list[tuple[str, str]]]]:
    ex = extract_note(Note("t.txt", 1, text, 1))
    return [
        (c.date.iso if c.date else None, [(p.mention.text, p.function) for p in c.participants])
        for cit in ex.citations
        for c in cit.communications
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zapis' besedy A.M. Petrova s Pak Chang-okom i Nam Ilom, 2 i 5 avgusta 1956 g., AVPRF, f. 0102.",
            [
                (
                    "1956-08-02",
                    [("A.M. Petrova", "recorder"), ("Pak Chang-okom", "interlocutor"), ("Nam Ilom", "interlocutor")],
                ),
                (
                    "1956-08-05",
                    [("A.M. Petrova", "recorder"), ("Pak Chang-okom", "interlocutor"), ("Nam Ilom", "interlocutor")],
                ),
            ],
        ),
        (
            "Pis'mo Kim Ir Sena N.S. Khrushchevu, 14 sentiabria 1956 g., RGANI, f. 5, op. 28, d. 411.",
            [("1956-09-14", [("Kim Ir Sena", "sender"), ("N.S. Khrushchevu", "recipient")])],
        ),
        (
            "Telegramma posla SSSR v Vengrii Iu.V. Andropova v MID SSSR, 12 iiulia 1956 g., AVPRF, f. 059a.",
            [("1956-07-12", [("Iu.V. Andropova", "sender"), ("MID SSSR", "recipient")])],
        ),
        (
            "Iz dnevnika S.P. Suzdaleva. Zapis' besedy s poslom VNR v KNDR, 3 marta 1955 g., AVPRF, f. 0102.",
            [("1955-03-03", [("S.P. Suzdaleva", "recorder")])],
        ),
        (
            "Zapis' besedy s tov. Nam Ilom, 5 iiunia 1956 g. [Record of a conversation with Nam Il], "
            "Dnevnik V.I. Ivanova, AVPRF, f. 0102.",
            [("1956-06-05", [("V.I. Ivanova", "recorder"), ("Nam Ilom", "interlocutor")])],
        ),
    ],
)
def test_russian_titles_in_library_of_congress_transliteration(text, expected):
    assert _comms(text) == expected


@pytest.mark.parametrize(
    ("declined", "base"),
    [
        ("Kim Ir Sena", "Kim Ir Sen"),
        ("Kim Ir Senom", "Kim Ir Sen"),
        ("Pen Dekhuaia", "Pen Dekhuai"),
        ("Pen Dekhuaem", "Pen Dekhuai"),
    ],
)
def test_transliterated_russian_declensions_of_east_asian_names_offer_their_nominative(declined, base):
    from kg1956.romanize import base_forms

    assert base in base_forms(declined)


def test_a_transliterated_date_needs_its_month_and_year():
    assert [d.value.iso for d in find_dates("20 sentiabria 1956 g.") if d.value] == ["1956-09-20"]
    assert all(d.value is None for d in find_dates("Marta Ivanova wrote"))  # a given name, no month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a Hungarian owned letter, the addressee in the dative (a digraph initial "Sz." ends nothing)
            "Rákosi Mátyás levele N. Sz. Hruscsovnak, 1956. május 3., MOL, XIX-J-1-j, Szovjetunió, 2. doboz.",
            [("1956-05-03", [("Rákosi Mátyás", "sender"), ("N. Sz. Hruscsovnak", "recipient")])],
        ),
        (  # "elvtárs" (comrade) is not part of the addressee
            "Nagy Imre levele Kim Ir Szen elvtársnak, 1954. június 1.",
            [("1954-06-01", [("Nagy Imre", "sender"), ("Kim Ir Szen", "recipient")])],
        ),
        (  # German "X an Y, date" with no kind word is a letter between two named people …
            "Wilhelm Pieck an Kim Il Sung, 2.9.1957, SAPMO-BArch, NY 4036/621, Bl. 3.",
            [("1957-09-02", [("Wilhelm Pieck", "sender"), ("Kim Il Sung", "recipient")])],
        ),
        (  # … but a report titled by its kind stays a report (the title is no role)
            "Bericht des Botschafters Kurt Schneidewind an Walter Ulbricht, 15 VII 1957, PA AA, MfAA, A 5623.",
            [("1957-07-15", [("Kurt Schneidewind", "sender"), ("Walter Ulbricht", "recipient")])],
        ),
        (  # a visit: the visitor, then the host after "bei"
            "Vermerk über den Abschiedsbesuch des Gesandten Richard Fischer bei Kim Tu-bong am 2.8.1958, PA AA.",
            [("1958-08-02", [("Richard Fischer", "recorder"), ("Kim Tu-bong", "interlocutor")])],
        ),
        (  # a Polish cable: the kind, where from, the date, then the sender "do" an unnamed ministry
            "Szyfrogram z Pekinu, 3 IV 1959, ambasador S. Kiryluk do MSZ, AMSZ, z. 11, w. 78.",
            [("1959-04-03", [("S. Kiryluk", "sender")])],
        ),
        (  # a Russian head quoted whole, the date after the closing guillemet
            "«Письмо Н.С. Хрущева Ким Ир Сену о визите», 9 мая 1957 г., АП РФ, ф. 3, оп. 65, д. 5.",
            [("1957-05-09", [("Н.С. Хрущева", "sender"), ("Ким Ир Сену", "recipient")])],
        ),
    ],
)
def test_east_european_and_quoted_record_heads(text, expected):
    assert _comms(text) == expected


def test_ebd_with_a_subject_is_the_next_record_in_the_same_file():
    note = Note(
        "t.txt",
        1,
        "Vermerk über ein Gespräch des Genossen Otto Grotewohl mit Genossen Nam Il am 3.4.1958, "
        "SAPMO-BArch, DY 30/J IV 2/202/290, Bl. 1–8; ebd., Bl. 9–12, über das Gespräch Nam Ils mit "
        "Genossen Walter Ulbricht am 5.4.1958.",
        1,
    )
    (ex,), _ = resolve_back_references([extract_note(note)])
    dates = [c.date.iso for cit in ex.citations for c in cit.communications]
    lists = [dict(loc.fields).get("list") for cit in ex.citations for loc in cit.locators]
    assert dates == ["1958-04-03", "1958-04-05"]
    assert lists == ["1–8", "9–12"]


def test_a_country_after_the_mol_fond_is_not_part_of_it():
    from kg1956.extract.locators import parse_locator

    loc = parse_locator("MOL XIX-J-1-j Szovjetunió, 4. doboz, 1/a, 00412/1956", 0)
    assert dict(loc.fields)["fond"] == "XIX-J-1-j"


def _parties(text: str) -> list[list[tuple[str, str | None]]]:
    """Each communication of a one-note text as (name, role) pairs."""
    extraction = extract_note(Note("t", 1, text, 1))
    return [
        [(p.mention.text, p.mention.role) for p in comm.participants]
        for citation in extraction.citations
        for comm in citation.communications
    ]


def test_a_translated_title_in_brackets_is_read_but_attests_no_role():
    text = (
        "Chen Yi jiejian Sulian dashi tanhua jilu [Record of Chen Yi's conversation on receiving "
        "Soviet Ambassador S.V. Chervonenko], 4 May 1960, PRC FMA 109-00900-01."
    )
    assert _parties(text) == [[("Chen Yi", None), ("S.V. Chervonenko", None)]]


def test_a_translated_title_with_no_date_after_it_is_not_a_record():
    text = "Mao yu Jin tanhua [Record of Mao Zedong's conversation with Kim Il Sung] is quoted in Shen, Mao, 201."
    assert _parties(text) == []


def test_a_bracketed_title_after_a_name_is_not_a_role():
    text = "Letter from Kim Il Sung to N.S. Khrushchev [Letter of thanks], 2 October 1957, RGANI, f. 5, op. 28, d. 1."
    assert _parties(text) == [[("Kim Il Sung", None), ("N.S. Khrushchev", None)]]


def test_people_listed_after_the_date_by_side_take_part_and_the_delegations_do_not():
    text = (
        "Minutes of talks between the delegations of the CPSU and the CCP, Moscow, 5 July 1963, "
        "with M.A. Suslov and Yu.V. Andropov on the Soviet side and Deng Xiaoping on the Chinese. "
        "RGANI, f. 3, op. 16, d. 1096."
    )
    assert _parties(text) == [[("M.A. Suslov", None), ("Yu.V. Andropov", None), ("Deng Xiaoping", None)]]


def test_a_conversation_told_in_prose_counts_only_when_its_record_is_cited_in_brackets():
    told = (
        "On 3 May Kim Il Sung told Puzanov that the harvest was poor (Record of conversation, AVPRF, f. 0102, op. 14)."
    )
    assert _parties(told) == []  # no year anywhere: no date, nothing
    dated = told.replace("May", "May 1958", 1)
    assert _parties(dated) == [[("Kim Il Sung", None), ("Puzanov", None)]]
    extraction = extract_note(Note("t", 1, dated, 1))
    assert [c.date.iso for cit in extraction.citations for c in cit.communications] == ["1958-05-03"]
    assert _parties("On 3 May 1958 Kim Il Sung told Puzanov that the harvest was poor.") == []
    assert _parties("On 3 May Kim Il Sung told Puzanov that the harvest was poor (see Lankov, Crisis, 12).") == []


def test_a_told_conversation_whose_bracket_is_its_own_record_is_counted_once():
    text = (
        "Nam Il told Ivanov on 5 June 1956 that the talks had failed (Record of conversation of V.I. Ivanov "
        "with Nam Il, 5 June 1956, AVPRF, f. 0102, op. 12, d. 5, p. 68, ll. 90–92)."
    )
    assert _parties(text) == [[("V.I. Ivanov", None), ("Nam Il", None)]]


def test_a_note_taker_of_a_conversation_between_others_attests_a_role_but_takes_no_part():
    text = (
        "Record of conversation between A.M. Puzanov and Nam Il, 3 June 1958; recorded by "
        "E.L. Titorenko, second secretary of the embassy. AVPRF, f. 0102, op. 14, d. 6."
    )
    comms = [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]
    assert [[p.mention.text for p in c.participants] for c in comms] == [["A.M. Puzanov", "Nam Il"]]
    assert [(t.text, t.role) for t in comms[0].note_takers] == [("E.L. Titorenko", "second secretary of the embassy")]
    himself = text.replace("E.L. Titorenko, second secretary of the embassy", "Puzanov himself")
    comms = [c for cit in extract_note(Note("t", 1, himself, 1)).citations for c in cit.communications]
    assert comms[0].note_takers == ()


def test_a_letter_between_two_parties_joined_by_a_dash_goes_from_the_first_to_the_second():
    text = "Letter CPSU CC–KWP CC, 9 July 1963, RGANI, f. 3, op. 16, d. 947."
    comms = [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]
    assert [(p.mention.text, p.function) for p in comms[0].participants] == [
        ("CPSU CC", "sender"),
        ("KWP CC", "recipient"),
    ]


def test_a_capital_with_a_translated_title_in_brackets_is_no_person():
    text = "A.M. Puzanov to Moscow [Information], 14 May 1958, AVPRF, f. 0102, op. 14."
    assert _parties(text) == [[("A.M. Puzanov", None)]]


@pytest.mark.parametrize(
    ("text", "start", "end", "talk_date", "diary_date"),
    [
        ("Oct. 22–25, 1962", "1962-10-22", "1962-10-25", "1962-10", "1962-10"),
        ("Oct. 22–Nov. 3, 1962", "1962-10-22", "1962-11-03", "1962", "1962"),
        ("October 22 to November 3, 1962", "1962-10-22", "1962-11-03", "1962", "1962"),
    ],
)
def test_a_us_style_span_of_days_keeps_both_ends(text, start, end, talk_date, diary_date):
    found = find_dates(f"cited {text}, AVPRF")
    assert [(d.range_start.iso, d.value.iso) for d in found if d.range_start and d.value] == [(start, end)]
    talk = f"Record of conversation, A.A. Gromyko–Zhou Enlai, {text}, AVPRF, f. 06, op. 4, d. 5, l. 3."
    assert note_communications(talk) == [(talk_date, ["A.A. Gromyko", "Zhou Enlai"])]
    diary = f"Diary of A.A. Gromyko, {text}, AVPRF, f. 06, op. 4, d. 5, l. 3."
    assert note_communications(diary) == [(diary_date, ["A.A. Gromyko"])]


def test_a_us_style_date_and_a_day_after_it_stay_one_date():
    # one day, then prose: no span
    assert [d.value.iso for d in find_dates("June 16, 1956 – 20 copies") if d.value] == ["1956-06-16"]
