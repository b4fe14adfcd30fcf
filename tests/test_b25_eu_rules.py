"""East European conventions first read from blind set 25 (issue #3), each checked on notes of its
own, with the phrasings that must stay as they were (prose, a capital, a state, a document label in
the name slot; namesakes kept apart):

- a call number written first, then a colon and the record it holds ("AQSH, Fondi 14/AP, …, fl.
  22–29: X to Y, letter, <date>");
- a Romanian or Albanian head in double quotes with its English translation in round brackets and
  the date after them ('"Notă privind convorbirea …" (Note on …), 23.VI.1960');
- Romanian talks of three or more ("dintre A, B și C", "delegației PMR, condusă de X, cu A, B și
  C"), "Notă de convorbire între X și Y", "Convorbirea tovarășului X cu ambasadorul R.P. Chineze";
- Albanian messages ("Telegram i shokut X nga Pekini drejtuar KQ të PPSh mbi …", "Letër e KQ të
  PPSh drejtuar KQ të PKBS", "Raport i X"); "fl." after Ibid. is a leaf of the file cited before.
"""

from __future__ import annotations

from conftest import build_notes, note_communications, note_locators, participant_roles, people_in

from kg1956.extract.citations import extract_note
from kg1956.extract.round_glossed import square_round_gloss
from kg1956.models import Note

AQSH = "AQSH, Fondi 14/AP, Viti 1961, Dosja 8, fl. 22–29"
ANIC = "ANIC, fond CC al PCR – Relații Externe, dosar 12/1960, f. 3–28"


# --- a call number, a colon, the record ---------------------------------------------------------


def test_a_call_number_before_a_colon_keeps_its_record_apart():
    text = f"{AQSH}: Mehmet Shehu to Zhou Enlai, letter, 3.II.1961."
    assert note_communications(text) == [("1961-02-03", ["Mehmet Shehu", "Zhou Enlai"])]
    assert note_locators(text) == [("AQSH", {"fond": "14/AP", "opis": "1961", "delo": "8", "list": "22–29"})]


def test_an_archive_named_in_a_sentence_is_no_call_number_first():
    """An archive named in a sentence before a colon is never the writer of what follows."""
    for text in (
        "AQSH holds the file: Mehmet Shehu to Zhou Enlai, letter, 3.II.1961.",
        "See AQSH, Fondi 14/AP, Viti 1961, Dosja 8: the letter.",
    ):
        assert all("AQSH" not in " ".join(people) for _, people in note_communications(text))


def test_prose_after_the_colon_invents_no_record():
    text = f"{AQSH}: the file is paginated twice and Shehu's letter to Zhou Enlai is missing from it."
    assert note_communications(text) == []
    assert note_locators(text)[0][0] == "AQSH"


# --- a quoted head and its translation in round brackets ----------------------------------------


def test_a_romanian_head_with_a_round_translation_gives_both_spellings():
    text = (
        f'{ANIC}: "Notă privind convorbirea tovarășului Gh. Gheorghiu-Dej cu N.S. Hrușciov" '
        "(Note on Comrade Gh. Gheorghiu-Dej's conversation with N.S. Khrushchev), 23.VI.1960."
    )
    assert note_communications(text) == [("1960-06-23", ["Gh. Gheorghiu-Dej", "N.S. Hrușciov"])]
    aliases = {
        p.mention.text: p.mention.alias
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
        for p in c.participants
    }
    assert aliases["N.S. Hrușciov"] == "N.S. Khrushchev"


def test_a_round_bracket_that_is_no_translation_stays_round():
    for text in (
        '"Notă" (Copy), 3.III.1964.',  # a document label
        '"Raport i Ramiz Alisë" (in Albanian), 3.XI.1964.',  # lower case: a remark
        '"Raport i Ramiz Alisë" (Tirana: 8 Nëntori, 1979), 12.',  # an imprint
        '"Report of Ramiz Alia to the Politburo" (Report by Ramiz Alia to the Politburo), 3.XI.1964.',  # English
        '"Raport i Ramiz Alisë" (Report of 3.XI.1964 to the Politburo), 5.XI.1964.',  # a date inside
    ):
        assert square_round_gloss(text) == text


def test_a_document_label_in_brackets_names_no_one():
    text = 'AMAE, fond 220/1964, China, dosar 1601, f. 2–4: "Notă" (Copy), 3.III.1964.'
    assert note_communications(text) == []


def test_a_quoted_title_in_prose_with_its_translation_is_no_talk():
    text = (
        'The Romanian note, "Notă de convorbire între tovarășul Emil Bodnăraș și tovarășul Kang Sheng" '
        "(Note of conversation between Comrade Emil Bodnăraș and Comrade Kang Sheng), was shown to the "
        "author in 1998 but is not yet open."
    )
    assert note_communications(text) == []


# --- Romanian talks -------------------------------------------------------------------------------


def test_three_parties_between_commas_and_si():
    text = (
        f'{ANIC}: "Stenograma convorbirilor dintre Gh. Gheorghiu-Dej, Chivu Stoica și Deng Xiaoping" '
        "(Transcript of the talks between Gheorghiu-Dej, Chivu Stoica and Deng Xiaoping), București, 9.IV.1963."
    )
    assert note_communications(text) == [("1963-04-09", ["Chivu Stoica", "Deng Xiaoping", "Gh. Gheorghiu-Dej"])]


def test_a_delegation_led_by_one_with_a_list_on_the_other_side():
    text = (
        f'{ANIC}: "Stenograma convorbirilor delegației PMR, condusă de Emil Bodnăraș, cu Liu Shaoqi, '
        'Deng Xiaoping și Peng Zhen" (Transcript of the talks of the RWP delegation led by Emil Bodnăraș '
        "with Liu Shaoqi, Deng Xiaoping and Peng Zhen), Peking, 2.VII.1963."
    )
    assert note_communications(text) == [("1963-07-02", ["Deng Xiaoping", "Emil Bodnăraș", "Liu Shaoqi", "Peng Zhen"])]


def test_a_place_after_the_translation_is_no_party():
    text = (
        f'{ANIC}: "Stenograma convorbirilor dintre Gh. Gheorghiu-Dej, I.G. Maurer și N.S. Hrușciov" '
        "(Transcript of the talks between Gheorghiu-Dej, Maurer and Khrushchev), Constanța, 25.VI.1962."
    )
    assert note_communications(text) == [("1962-06-25", ["Gh. Gheorghiu-Dej", "I.G. Maurer", "N.S. Hrușciov"])]


def test_a_list_with_a_capital_or_an_office_is_no_list_of_parties():
    for text in (
        '"Stenograma convorbirilor dintre Gh. Gheorghiu-Dej, Moscova și Peking" (Transcript of the talks '
        "between Gheorghiu-Dej, Moscow and Peking), 9.IV.1963, ANIC, fond CC al PCR, dosar 1/1963, f. 2.",
        '"Stenograma convorbirilor dintre Gh. Gheorghiu-Dej, ambasadorul sovietic și ambasadorul chinez" '
        "(Transcript of the talks between Gheorghiu-Dej, the Soviet ambassador and the Chinese ambassador), "
        "9.IV.1963, ANIC, fond CC al PCR, dosar 1/1963, f. 2.",
    ):
        for _date, people in note_communications(text):
            assert not {"Moscova", "Peking", "ambasadorul sovietic"} & set(people)
            assert len(people) < 3


def test_note_of_conversation_between():
    text = (
        '"Notă de convorbire între tovarășul Alexandru Moghioroș și tovarășul Kang Sheng" (Note of conversation '
        f"between Comrade Alexandru Moghioroș and Comrade Kang Sheng), 14.V.1963, {ANIC}."
    )
    assert note_communications(text) == [("1963-05-14", ["Alexandru Moghioroș", "Kang Sheng"])]


def test_a_talk_with_a_states_unnamed_envoy_is_the_named_mans_alone():
    text = (
        'AMAE, fond 220/1962, Albania, dosar 1482, f. 30–33: "Convorbirea tovarășului Ion Ciobanu cu '
        "ambasadorul R.P. Albania\" (Comrade Ion Ciobanu's conversation with the ambassador of the PR of "
        "Albania), 21.II.1962."
    )
    assert note_communications(text) == [("1962-02-21", ["Ion Ciobanu"])]
    assert all(p != "R.P. Albania" for _, people in note_communications(text) for p in people)


def test_a_talk_with_a_capital_names_no_second_party():
    text = (
        'AMAE, fond 220/1964, China, dosar 1601, f. 2–4: "Convorbirea tovarășului Ion Ciobanu cu Bucureștiul" '
        "(Comrade Ion Ciobanu's conversation with Bucharest), 3.III.1964."
    )
    assert all("Bucureștiul" not in people for _, people in note_communications(text))


def test_two_namesakes_in_one_list_stay_apart(tmp_path):
    notes = (
        f'1. {ANIC}: "Stenograma convorbirilor dintre Emil Bodnăraș, Petre Borilă și Petre Lupu" (Transcript '
        "of the talks between Emil Bodnăraș, Petre Borilă and Petre Lupu), 5.VIII.1963.\n"
    )
    people = people_in(tmp_path, notes)
    assert not any({"Petre Borilă", "Petre Lupu"} <= p for p in people)


# --- Albanian heads --------------------------------------------------------------------------------


def test_an_albanian_talk_with_its_date_after_the_translation():
    text = (
        'AQSH, F. 14/AP, OU, V. 1962, D. 19, fl. 7–12: "Procesverbal i bisedës së shokut Mehmet Shehu me '
        "ambasadorin kinez Hsü I-hsin\" (Minutes of Comrade Mehmet Shehu's conversation with the Chinese "
        "ambassador Xu Yixin), 3.VIII.1962."
    )
    assert note_communications(text) == [("1962-08-03", ["Hsü I-hsin", "Mehmet Shehu"])]
    assert ("Hsü I-hsin", "ambasadorin kinez") in participant_roles(text)


def test_comrade_is_no_role_and_the_shehus_stay_two(tmp_path):
    text = (
        'AQSH, F. 14/AP, OU, V. 1963, D. 40, fl. 2–5: "Procesverbal i bisedës së shoqes Fiqrete Shehu me '
        "shokun Mehmet Shehu\" (Minutes of Comrade Fiqrete Shehu's conversation with Comrade Mehmet Shehu), 9.IX.1963."
    )
    assert participant_roles(text) == [("Fiqrete Shehu", None), ("Mehmet Shehu", None)]
    people = people_in(tmp_path, f"1. {text}\n")
    assert not any({"Fiqrete Shehu", "Mehmet Shehu"} <= p for p in people)


def test_an_albanian_telegram_from_a_place_to_a_committee():
    text = (
        'AQSH, Fondi 14/AP, Viti 1962, Dosja 23, fl. 1–3: "Telegram i shokut Beqir Balluku nga Pekini drejtuar '
        "KQ të PPSh mbi bisedimet ushtarake\" (Comrade Beqir Balluku's telegram from Beijing to the CC of the "
        "PLA on the military talks), 14.X.1962."
    )
    assert note_communications(text) == [("1962-10-14", ["Beqir Balluku", "KQ të PPSh"])]


def test_an_albanian_letter_between_committees_and_a_report():
    text = (
        'AQSH, F. 14/AP, M-PKK, V. 1963, D. 5, fl. 20–24: "Letër e KQ të PPSh drejtuar KQ të PKBS" '
        "(Letter of the CC of the PLA to the CC of the CPSU), 27.III.1963."
    )
    assert note_communications(text) == [("1963-03-27", ["KQ të PKBS", "KQ të PPSh"])]
    text = f'{AQSH}: "Raport i Hysni Kapos" (Report by Hysni Kapo to the Politburo), 12.XI.1963.'
    assert note_communications(text) == [("1963-11-12", ["Hysni Kapos"])]


def test_capitals_as_writer_and_addressee_name_no_one():
    text = (
        'AQSH, F. 14/AP, OU, V. 1961, D. 50, fl. 2: "Telegram i Pekinit drejtuar Tiranës mbi ndihmën" '
        "(Beijing's telegram to Tirana on the aid), 9.XI.1961."
    )
    assert note_communications(text) == []


def test_a_quoted_albanian_title_in_prose_is_no_record():
    text = 'Lleshi, op. cit., 140: "Telegram i shokut Hysni Kapo" is the title he gives, though the file bears no date.'
    assert note_communications(text) == []
    text = (
        "AQSH holds the Albanian minutes of 5.V.1961, which Lleshi, op. cit., 88, calls "
        '"procesverbal i bisedës së shokut Enver Hoxha me shokët kinezë".'
    )
    assert note_communications(text) == []


def test_the_genitive_in_the_head_and_the_nominative_elsewhere_are_one_man(tmp_path):
    notes = (
        f'1. {AQSH}: "Raport i Hysni Kapos" (Report by Hysni Kapo to the Politburo), 12.XI.1963.\n\n'
        "2. AQSH, Fondi 14/AP, Viti 1963, Dosja 31, fl. 1–6: Hysni Kapo to Beqir Balluku, letter, 2.XII.1963.\n"
    )
    assert any({"Hysni Kapos", "Hysni Kapo"} <= p for p in people_in(tmp_path, notes))


def test_fl_after_ibid_is_a_leaf_of_the_albanian_file(tmp_path):
    notes = (
        '1. AQSH, F. 14/AP, OU, V. 1962, D. 19, fl. 7–12: "Procesverbal i bisedës së shokut Mehmet Shehu me '
        "ambasadorin kinez Hsü I-hsin\" (Minutes of Comrade Mehmet Shehu's conversation with the Chinese "
        "ambassador Xu Yixin), 3.VIII.1962.\n\n2. Ibid., fl. 13.\n"
    )
    built = build_notes(tmp_path, notes)
    second = next(ex for ex in built.extractions if ex.note.number == 2)
    locs = [dict(loc.fields) for cit in second.citations for loc in cit.locators]
    assert {"fond": "14/AP", "delo": "19", "list": "13"} in locs


def test_a_label_in_brackets_after_the_quote_is_no_cover_name_and_namesakes_stay_two(tmp_path):
    notes = (
        f'1. {AQSH}: "Notă de convorbire între tovarășul Ion Gheorghe Maurer și tovarășul Ion Gheorghe" (Note), '
        f'12.XI.1963.\n\n2. {AQSH}: "Stenograma convorbirii dintre tovarășul Emil Bodnăraș și tovarășul Ion '
        'Gheorghe" (Copy), 14.XI.1963.\n'
    )
    people = people_in(tmp_path, notes)
    assert not any({"Ion Gheorghe", "Ion Gheorghe Maurer"} <= p for p in people)
    assert not any(p & {"Note", "Copy"} for p in people)


def test_an_albanian_body_that_does_not_say_whose_is_no_writer_nor_addressee():
    for head in (
        '"Raport i Ministrisë së Punëve të Jashtme" (Report of the Foreign Ministry), 12.XI.1963.',
        '"Raport i Ambasadës Shqiptare në Pekin" (Report of the Albanian Embassy in Beijing), 12.XI.1963.',
        '"Telegram i Zërit të Popullit drejtuar redaksisë" (Telegram of Zëri i Popullit to the editors), 12.XI.1963.',
        '"Raport i tij drejtuar Byrosë Politike" (His report to the Politburo), 12.XI.1963.',
    ):
        assert note_communications(f"{AQSH}: {head}") == []
    head = '"Raport i shokut Ramiz Alia drejtuar Byrosë Politike" (Report of Comrade Ramiz Alia to the Politburo), 12.XI.1963.'
    assert note_communications(f"{AQSH}: {head}") == [("1963-11-12", ["Ramiz Alia"])]
