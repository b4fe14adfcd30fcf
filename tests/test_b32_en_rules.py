"""English notes and European titles in them, conventions first read from blind sets 32 and 33 (issue
#3), on notes of our own: an Ibid. with keys of its own and a new record; Czech letters and replies; a
Polish note for someone and a submission with who submitted it; a report signed by someone; a talk told
with its call number after a colon, or a subject taken up with someone; who else took part, said after
the record; German and Polish talks with an adjective or an occasion; "X in conversation with Y";
Hungarian talks titled by their parties; an English head with the original title in brackets. Each rule
has negative cases."""

from __future__ import annotations

import pytest
from conftest import build_notes, built_locators, note_communications, participant_roles, talks_in

_AMZV = "AMZV, TO-T 1960–1964, Ghana, k. 2, obal 3, č.j. 0412/62"
_AAN = "AAN, KC PZPR, sygn. XI/209, k. 4–9"


# --- an Ibid. whose own keys are followed by a new record ------------------------------------------


def test_an_ibid_with_keys_then_a_record_cites_that_record_in_the_file_before(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. MOL, XIX-J-1-j, Ghána, 1962, 5. doboz, 4/b, 004410/1962, 'Feljegyzés Kende István és Ako Adjei beszélgetéséről' [Memorandum on the conversation of István Kende and Ako Adjei], 3.3.1962.

2. Ibid., 004415/1962, Kende to Péter, cipher telegram, 5.3.1962.

3. NA, f. KSČ-ÚV-02/1, sv. 20, a.j. 30, b. 4, 'Záznam o rozhovoru s. Davida s presidentem Nkrumahem' [Record of Cde. David's conversation with President Nkrumah], 2.4.1962.

4. Ibid., b. 5, 'Záznam o rozhovoru s. Davida s ministrem Botsiem' [Record of Cde. David's conversation with Minister Botsio], 4.4.1962.
""",
    )
    assert talks_in(built, 2) == [["Kende", "Péter"]]
    assert built_locators(built, 2) == [{"fond": "XIX-J-1-j", "box": "5", "folder": "4/b", "document": "004415/1962"}]
    assert talks_in(built, 4) == [["Botsiem", "Davida"]]
    assert built_locators(built, 4)[0]["document"] == "5"


def test_an_ibid_with_keys_then_a_head_naming_no_one_does_not_repeat_the_record_before(tmp_path):
    built = build_notes(
        tmp_path,
        f"""
1. {_AMZV}, 'Záznam o rozhovoru velvyslance s ministrem Kojo Botsiem' [Record of the ambassador's conversation with Minister Kojo Botsio], 3.5.1962.

2. Ibid., č.j. 0419/62, 'Šifrovaný telegram z Akkry' [Cipher telegram from Accra], 6.5.1962.

3. Ibid., k. 2.
""",
    )
    assert talks_in(built, 2) == []
    assert built_locators(built, 2)[0]["document"] == "0419/62"
    assert talks_in(built, 3) == []  # the Ibid. points back to the telegram, which names no one


# --- Czech letters and replies; a Polish note for someone; a paper with who submitted it -----------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (f"Dopis předsedy Modiba Keïty s. A. Novotnému, 3.7.1962, {_AMZV}.", ["A. Novotnému", "Modiba Keïty"]),
        (f"Odpověď s. V. Davida velvyslanci K. Vaňkovi, 20.9.1962, {_AMZV}.", ["K. Vaňkovi", "V. Davida"]),
        (f"Notatka A. Rapackiego dla W. Gomułki, 12 X 1962, {_AAN}.", ["A. Rapackiego", "W. Gomułki"]),
        (
            f"Vorlage für das Politbüro des ZK der SED, vorgelegt von Hermann Axen, 4.5.1966, {_AAN}.",
            ["Hermann Axen", "Politbüro des ZK der SED"],
        ),
        (
            f"Notatka dla Biura Politycznego KC PZPR, opracowana przez A. Starewicza, 5 IX 1966, {_AAN}.",
            ["A. Starewicza", "Biura Politycznego KC PZPR"],
        ),
    ],
)
def test_a_letter_a_note_or_a_submission_names_its_writer_and_addressee(text, parties):
    assert [parts for _, parts in note_communications(text)] == [parties]


def test_the_office_before_a_czech_writer_is_his_role_and_an_initial_opens_the_addressee():
    roles = participant_roles(f"Dopis presidenta Sékou Tourého s. A. Novotnému, 15.5.1962, {_AMZV}.")
    assert roles == [("Sékou Tourého", "presidenta"), ("A. Novotnému", None)]


@pytest.mark.parametrize(
    "text",
    [
        f"Notatka w sprawie handlu z Ghaną, 2 XI 1962, {_AAN}.",  # a subject, no one
        f"Vorlage für das Politbüro, 5.9.1967, {_AAN}.",  # a body that says not whose
        f"Zpráva o situaci v Ghaně, 2.6.1962, {_AMZV}.",
    ],
)
def test_a_paper_naming_no_one_yields_nothing(text):
    assert note_communications(text) == []


# --- a report signed by someone ---------------------------------------------------------------------


def test_the_signer_with_his_office_after_him_or_after_the_date():
    text = f"Report of the GKES mission on the Bhilai site, signed by S.A. Skachkov, chairman of the GKES, 2 May 1959, {_AMZV}."
    assert participant_roles(text) == [("S.A. Skachkov", "chairman of the GKES")]
    text = f"{_AMZV}, 'Zpráva o cestě delegace do Akkry' [Report on the delegation's journey to Accra], 8.1.1963, signed by Lt-Col. Jan Novák."
    assert note_communications(text) == [("1963-01-08", ["Jan Novák"])]
    assert participant_roles(text) == [("Jan Novák", "Lt-Col.")]


@pytest.mark.parametrize(
    "text",
    [
        "'Politická zpráva za rok 1962' [Political report for 1962], 20.2.1963, signed by the ambassador.",
        "The treaty of friendship was initialled on 3 March 1963 and signed by Novotný and Nkrumah in Prague.",
        "Ghana's trade with the bloc, 1962, signed by no one, is summarised in the annual tables.",
    ],
)
def test_a_signer_unnamed_or_a_treaty_signed_is_no_record(text):
    assert note_communications(text) == []


# --- a talk told in prose with its call number after a colon; a subject taken up with someone -------


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        (
            f"Nkrumah told his Czechoslovak colleague on 11 April 1963 that the advisers could stay: {_AMZV}.",
            ("1963-04-11", ["Nkrumah"]),
        ),
        (
            f"Hájek raised the question of the unpaid credits with Ako Adjei on 22 April 1963 ({_AMZV}).",
            ("1963-04-22", ["Ako Adjei", "Hájek"]),
        ),
        (
            f"Vaněk had taken up the training programme with Botsio in Accra in 1963, without result: {_AMZV}.",
            ("1963", ["Botsio", "Vaněk"]),
        ),
        (
            f"Amer discussed the second stage of the dam with Marshal R.Ia. Malinovskii on 9 May 1961 ({_AMZV}).",
            ("1961-05-09", ["Amer", "R.Ia. Malinovskii"]),
        ),
    ],
)
def test_a_talk_told_with_its_call_number_after_a_colon_or_a_subject_taken_up(text, talk):
    assert note_communications(text) == [talk]


@pytest.mark.parametrize(
    "text",
    [
        f"Novotný discussed the matter in his speech to the congress on 4 December 1962: {_AMZV}.",
        f"Nkrumah told the National Assembly on 5 May 1963 that Ghana would stay non-aligned: {_AMZV}.",
        f"Vaněk had taken up the question with Botsio in his letters in 1963: {_AMZV}.",
        "Nkrumah told his colleagues on 5 May 1963 that the plan would fail: the tables are in the appendix.",
    ],
)
def test_a_speech_an_assembly_or_a_colon_before_no_call_number_is_no_talk(text):
    assert note_communications(text) == []


# --- who else took part, said after the record -------------------------------------------------------


def test_people_said_to_have_taken_part_after_the_record_join_its_talk():
    text = (
        "Record of conversation between Iu.V. Andropov and Kádár János, 3 April 1963, RGANI, f. 5, op. 55, d. 40, "
        "ll. 11–20. Károly Erdélyi, the deputy foreign minister, and Lajos Cséby, head of department, also took part."
    )
    assert note_communications(text) == [
        ("1963-04-03", ["Iu.V. Andropov", "Kádár János", "Károly Erdélyi", "Lajos Cséby"])
    ]
    text = (
        f"{_AMZV}, 'Záznam o rozhovoru s ministrem Kojo Botsiem' [Record of a conversation with Minister Kojo "
        "Botsio], 14.6.1963. The talk was led by the chargé d'affaires, Jiří Hájek."
    )
    assert ("Jiří Hájek", "chargé d'affaires") in participant_roles(text)


def test_someone_present_after_a_telegram_joins_no_one():
    text = f"Kende to Péter, cipher telegram, 19 June 1963, {_AMZV}. Madeira Keïta was also present."
    assert note_communications(text) == [("1963-06-19", ["Kende", "Péter"])]


# --- German and Polish talks with an adjective or an occasion ---------------------------------------


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        (
            f"Vermerk über ein längeres Gespräch des Botschafters Kiesewetter mit Präsident Modibo Keita beim Abendessen am 2.7.1963, {_AAN}.",
            ("1963-07-02", ["Kiesewetter", "Modibo Keita"]),
        ),
        (
            f"Aktenvermerk über ein kurzes Gespräch mit Ministerpräsident Tschou En-lai auf dem Empfang am 1.10.1965, {_AAN}.",
            ("1965-10-01", ["Tschou En-lai"]),
        ),
        (
            f"Notatka z krótkiej rozmowy z ministrem Ousmane Ba na przyjęciu w dniu 22 IX 1963, {_AAN}.",
            ("1963-09-22", ["Ousmane Ba"]),
        ),
        (
            f"Aktenvermerk über die Unterredung des Geschäftsträgers a.i. mit dem Außenminister Ousmane Ba am 19.7.1963, {_AAN}.",
            ("1963-07-19", ["Ousmane Ba"]),
        ),
    ],
)
def test_a_talk_with_an_adjective_or_an_occasion_and_an_office_for_no_one(text, talk):
    assert note_communications(text) == [talk]


def test_a_reception_that_names_no_one_is_no_talk():
    assert note_communications(f"Vermerk über den Empfang in der Botschaft am 7.10.1963, {_AAN}.") == []


# --- "X in conversation with Y" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        (
            f"Jiří Hájek (Deputy Foreign Minister) in conversation with Madeira Keïta, Prague, 15 October 1963, {_AMZV}.",
            ("1963-10-15", ["Jiří Hájek", "Madeira Keïta"]),
        ),
        (
            f"Paul Verner im Gespräch mit Zenon Kliszko, 21.10.1963, {_AAN}.",
            ("1963-10-21", ["Paul Verner", "Zenon Kliszko"]),
        ),
        (f"Z. Kliszko w rozmowie z P. Vernerem, 22 X 1963, {_AAN}.", ("1963-10-22", ["P. Vernerem", "Z. Kliszko"])),
    ],
)
def test_a_talk_titled_by_one_party_in_conversation_with_the_other(text, talk):
    assert note_communications(text) == [talk]


def test_in_conversation_with_a_group_undated_or_without_a_call_number_is_none():
    assert note_communications("Hermann Axen im Gespräch mit Artur Starewicz, Berlin, 4. Mai 2001.") == []
    assert (
        note_communications("Ulbricht in conversation with journalists, Leipzig, 3 March 1964; Neues Deutschland.")
        == []
    )
    assert note_communications(f"Kádár in conversation with Nkrumah, a film by the Hungarian newsreel, {_AMZV}.") == []


# --- Hungarian talks titled by their parties ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Péter János és Ousmane Ba budapesti tárgyalása, 1964. február 11., MOL, XIX-J-1-j, 1. doboz.",
            ["Ousmane Ba", "Péter János"],
        ),
        (
            "Feljegyzés Kende István és Modibo Keita Bamako-i beszélgetéséről, 1964. február 20., MOL, XIX-J-1-j, 1. doboz.",
            ["Kende István", "Modibo Keita"],
        ),
        (
            "MOL, XIX-J-1-j, Mali, 1964, 1. doboz, 4/c, 001102/1964, 'Sík Endre és Ousmane Ba tárgyalása' [Talks], 11.2.1964.",
            ["Ousmane Ba", "Sík Endre"],
        ),
    ],
)
def test_a_hungarian_talk_titled_by_its_parties(text, parties):
    assert [p for _, p in note_communications(text)] == [parties]


def test_a_hungarian_talk_of_two_governments_names_no_one():
    assert (
        note_communications("A magyar és a mali kormány tárgyalása, 1964. március 3., MOL, XIX-J-1-j, 1. doboz.") == []
    )


# --- an English head with the original title in brackets --------------------------------------------


def test_an_english_head_with_the_original_title_in_brackets():
    text = (
        "Note on the conversation of Foreign Minister Adam Rapacki with the Malian ambassador in Warsaw "
        f"[Notatka z rozmowy ministra A. Rapackiego z ambasadorem Mali], 9 April 1964, {_AAN}."
    )
    assert note_communications(text) == [("1964-04-09", ["Adam Rapacki"])]
    assert participant_roles(text) == [("Adam Rapacki", "Foreign Minister")]


def test_a_bracketed_original_title_of_a_book_is_no_record():
    text = "Notes on the Polish mission in Bamako [Notatki o misji w Bamako] (Warszawa: PWN, 1990), 14–20."
    assert note_communications(text) == []


def test_people_not_named_who_were_present_join_no_talk():
    text = (
        "Record of conversation between Iu.V. Andropov and Kádár János, 3 April 1963, RGANI, f. 5, op. 55, d. 40, "
        "ll. 11–20. Other members of both delegations were present."
    )
    assert note_communications(text) == [("1963-04-03", ["Iu.V. Andropov", "Kádár János"])]


# --- a call on someone in German; the OCR's u for ü; a paper submitted by someone to a body ---------


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        (
            f"Vermerk über die Vorsprache beim Außenminister Ousmane Ba am 7.11.1962, {_AAN}.",
            ("1962-11-07", ["Ousmane Ba"]),
        ),
        (
            f"Vermerk über einen Besuch beim malischen Ministerpräsidenten Modibo Keita am 3.2.1963, {_AAN}.",
            ("1963-02-03", ["Modibo Keita"]),
        ),
        (
            f"Aktenvermerk uber ein Gesprach mit dem Außenminister der Republik Mali, Ousmane Ba, am 9.4.1963, {_AAN}.",
            ("1963-04-09", ["Ousmane Ba"]),
        ),
    ],
)
def test_a_german_call_on_someone_or_a_head_the_ocr_spelt_without_umlauts(text, talk):
    assert note_communications(text) == [talk]


def test_a_visit_to_a_place_or_another_man_s_visit_is_no_call_of_the_writer():
    assert note_communications(f"Vermerk über einen Besuch beim Hafen am 3.2.1963, {_AAN}.") == []
    assert note_communications(f"Vermerk über die Vorsprache beim Ministerium am 7.11.1962, {_AAN}.") == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            f"“Bericht über die Reise der Delegation nach Mali,” submitted by Axen to the Politbüro des ZK der SED, 4 May 1966, {_AAN}.",
            ["Axen", "Politbüro des ZK der SED"],
        ),
        (f"Report on the delegation's journey to Accra, submitted by Hájek, 9 March 1965, {_AMZV}.", ["Hájek"]),
    ],
)
def test_a_report_submitted_by_someone_to_a_body(text, parties):
    assert [p for _, p in note_communications(text)] == [parties]


def test_a_report_submitted_to_a_capital_names_no_addressee():
    text = f"Report on the journey, submitted by Hájek to Moscow, 9 March 1965, {_AMZV}."
    assert [p for _, p in note_communications(text)] == [["Hájek"]]


# --- where the talk was held, after the last name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        (
            f"Minutes of the talks of Zhou Enlai with Ho Chi Minh and Vo Nguyen Giap at Liuzhou, 3–5 July 1954, {_AAN}.",
            ("1954-07", ["Ho Chi Minh", "Vo Nguyen Giap", "Zhou Enlai"]),
        ),
        (
            f"Record of the conversation of Kádár with Nkrumah at Lake Balaton, 12 August 1961, {_AAN}.",
            ("1961-08-12", ["Kádár", "Nkrumah"]),
        ),
    ],
)
def test_the_place_of_a_talk_after_the_last_name_is_no_part_of_it(text, talk):
    assert note_communications(text) == [talk]


def test_an_office_at_a_place_stays_an_unnamed_party():
    text = f"Record of conversation with the Chinese ambassador at Geneva, 26 September 1960, {_AAN}."
    assert note_communications(text) == []


def test_an_office_its_holder_and_the_place_after_them():
    text = (
        "Record of conversation between A.A. Gromyko and the Ghanaian Minister of Finance, Dr Kwesi Amoako-Atta, "
        f"Accra, 14 May 1964, {_AAN}."
    )
    assert note_communications(text) == [("1964-05-14", ["A.A. Gromyko", "Kwesi Amoako-Atta"])]
    assert ("Kwesi Amoako-Atta", "Ghanaian Minister of Finance") in participant_roles(text)


def test_dr_is_no_part_of_the_name_but_a_courtesy_title_or_a_name_that_begins_so_stays():
    assert note_communications(f"Dr Botsio to Mr Verner, letter, 4 May 1964, {_AAN}.") == [
        ("1964-05-04", ["Botsio", "Mr Verner"])
    ]
    assert note_communications(f"Drake to Rapacki, letter, 4 May 1964, {_AAN}.") == [
        ("1964-05-04", ["Drake", "Rapacki"])
    ]


# --- a talk the prose says someone reported in a message it names, the call number in brackets -------


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            f"Grudziński reported a brief exchange with Modibo Keïta at the Independence Day reception on 22 September 1964 in cipher telegram no. 5120 of 23 September ({_AAN}).",
            [("1964-09-22", ["Grudziński", "Modibo Keïta"]), ("1964-09-23", ["Grudziński"])],
        ),
        (
            f"Hájek described his talk with Nkrumah on 3 May 1964 in his report dated 6 May ({_AMZV}).",
            [("1964-05-03", ["Hájek", "Nkrumah"]), ("1964-05-06", ["Hájek"])],
        ),
    ],
)
def test_a_talk_reported_in_a_message_the_prose_names(text, talks):
    assert note_communications(text) == talks


def test_a_talk_reported_in_memoirs_or_a_message_before_the_talk_is_not_read():
    assert (
        note_communications(
            f"Hájek reported a conversation with Nkrumah on 3 May 1964 in his memoirs of 1990 ({_AMZV})."
        )
        == []
    )
    assert (
        note_communications(
            f"Hájek reported a conversation with Nkrumah on 3 May 1964 in his cable of 1 May ({_AMZV})."
        )
        == []
    )
