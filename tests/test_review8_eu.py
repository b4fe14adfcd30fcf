"""Counter-examples from review 8a to the East European rules, each in notes of its own: a
bracketed translation pairs its people with the head's by name, never by function, and a pairing
from a translation is never a strong merge; a state's name after an office; Arabic newspapers;
Hungarian heads; the label of a merged person."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in, talks_in, together


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


# --- finding 1: the translation puts the two parties the other way round ---------------------

SWAPPED = """
1. Vermerk über die Unterredung des Botschafters Rüdiger mit Ministerpräsident Kim Ir Sen am 4.6.1958 [Note on Premier Kim Il Sung's talk with Ambassador Rüdiger], PA AA, MfAA, A 8101, Bl. 2–6.

2. Záznam o rozhovoru velvyslance Hořeny s předsedou vlády Kim Ir Senem dne 14.3.1958 [Record of Premier Kim Il Sung's conversation with Ambassador Hořena], AMZV, TO-T 1955–1959, KLDR, k. 3.

3. Notatka z rozmowy ambasadora Wolskiego z ministrem Nam Ilem, 9 IV 1958 [Note on Foreign Minister Nam Il's conversation with Ambassador Wolski], AMSZ, z. 17, w. 33, t. 410, k. 2–7.

4. Letter from Rüdiger to Winzer, 12 June 1958, PA AA, MfAA, A 8101, Bl. 11.

5. Záznam o rozhovoru velvyslance Hořeny s Kim Ir Senem, 21.3.1958, AMZV, TO-T 1955–1959, KLDR, k. 3.
"""


def test_a_swapped_translation_keeps_both_parties_apart(tmp_path):
    built = build_notes(tmp_path, SWAPPED)
    people = [set(e.spellings) for e in built.resolution.entities if not e.is_organization]
    for envoy in ("Rüdiger", "Hořeny", "Wolskiego"):
        assert _apart(people, envoy, "Kim Il Sung")
        assert _apart(people, envoy, "Kim Ir Sen")
        assert _apart(people, envoy, "Nam Il")
    assert not any(m.strength == "strong" and "translation" in m.reason for m in built.resolution.merges)
    assert not any(m.reason.startswith("cryptonym") for m in built.resolution.merges)
    # each talk keeps two people; the letter without a translation keeps its sender

    assert all(len(t) == 2 for t in talks_in(built))
    assert talks_in(built, 4) == [["Rüdiger", "Winzer"]]
    # the translation's offices go to the right man
    roles = participant_roles(SWAPPED.strip().split("\n\n")[1][3:])
    assert ("Kim Ir Senem", "předsedou vlády") in roles


def test_a_swapped_translation_gives_each_office_to_its_holder():
    from kg1956.extract.citations import extract_note
    from kg1956.models import Note

    text = SWAPPED.strip().split("\n\n")[0][3:]
    (comm,) = [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]
    by_name = {p.mention.text: p.mention for p in comm.participants}
    assert by_name["Kim Ir Sen"].alias == "Kim Il Sung"
    assert by_name["Rüdiger"].alias is None
    takers = {(t.text, t.role) for t in comm.note_takers}
    assert ("Kim Ir Sen", "Premier") in takers and ("Rüdiger", "Ambassador") in takers
    assert ("Kim Ir Sen", "Ambassador") not in takers and ("Rüdiger", "Premier") not in takers


# --- finding 2: a translation naming someone else, or part of a name -------------------------

OTHER_NAME = """
1. 'Notatka z rozmowy z Kim Ilem, 9 VII 1958' [Note on a conversation with Kim Il Sung, 9 July 1958], AMSZ, z. 17, w. 33, t. 411, k. 1–4.

2. 'Záznam o rozhovoru s Kim Ir Senem, 7.9.1957' [Record of a conversation with Kim Il, 7 Sept. 1957], AMZV, TO-T 1955–1959, KLDR, k. 4.

3. 'Záznam o rozhovoru s Abdelem Nasserem, 14.1.1958' [Record of a conversation with Ali Sabri, 14 Jan. 1958], AMZV, TO-T 1955–1959, Egypt, k. 7.

4. Feljegyzés. Kim Ir Szen miniszterelnökkel folytatott beszélgetésről, 1959. június 2., MOL, XIX-J-1-j, Korea, 5. doboz.
"""


def test_a_translation_naming_another_person_joins_no_one(tmp_path):
    built = build_notes(tmp_path, OTHER_NAME)
    people = [set(e.spellings) for e in built.resolution.entities if not e.is_organization]
    assert _apart(people, "Kim Ilem", "Kim Il Sung")
    assert _apart(people, "Kim Ir Senem", "Kim Il")
    assert _apart(people, "Kim Il", "Kim Il Sung")
    assert _apart(people, "Abdelem Nasserem", "Ali Sabri")
    assert not any(m.strength == "strong" and m.reason.startswith("cryptonym") for m in built.resolution.merges)
    labels = {e.label for e in built.resolution.entities if "Kim Ir Szen" in e.spellings}
    assert "Kim Il" not in labels


def test_a_translation_of_another_official_adds_no_office(tmp_path):
    text = (
        "Bericht des Botschafters Lange über seinen Antrittsbesuch bei Minister Bolz, 8.7.1956 "
        "[Report of the Ambassador, Schreiber, on his first call on Minister Bolz], PA AA, MfAA, A 9020, Bl. 3."
    )
    from kg1956.extract.citations import extract_note
    from kg1956.models import Note

    people = people_in(tmp_path, "1. " + text)
    assert _apart(people, "Lange", "Schreiber")
    comms = [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]
    assert not any(p.mention.alias == "Schreiber" for c in comms for p in c.participants)


def test_a_translation_of_the_same_name_still_joins(tmp_path):
    text = (
        "Notatka z rozmowy ambasadora Wolskiego z ministrem Nam Ilem, 9 IV 1958 [Note on Ambassador Wolski's "
        "conversation with Foreign Minister Nam Il], AMSZ, z. 17, w. 33, t. 410, k. 2–7."
    )
    people = people_in(tmp_path, "1. " + text)
    assert together(people, "Wolskiego", "Wolski")
    assert _apart(people, "Wolskiego", "Nam Il")


# --- finding 3: surnames that begin like a state's name ------------------------------------


def test_surnames_that_begin_like_a_state_are_people():
    assert note_communications(
        "Letter from Ambassador Jordan to Secretary Herter, 4 July 1959, NARA, RG 59, box 7."
    ) == [("1959-07-04", ["Herter", "Jordan"])]
    assert note_communications(
        "Záznam o rozhovoru tajemníka Kubeše s Nam Ilem, 9.6.1958, AMZV, TO-T 1955–1959, KLDR, k. 5."
    ) == [("1958-06-09", ["Kubeše", "Nam Ilem"])]
    assert note_communications(
        "Záznam o rozhovoru velvyslance Kubíka s Nam Ilem, 6.6.1958, AMZV, TO-T 1955–1959, KLDR, k. 5."
    ) == [("1958-06-06", ["Kubíka", "Nam Ilem"])]
    assert note_communications(
        "Record of conversation with Minister Tunisi, 3 Aug. 1958, AVPRF, f. 0087, op. 4, p. 6, d. 7, l. 2."
    ) == [("1958-08-03", ["Tunisi"])]


def test_a_state_in_a_slavic_case_after_an_office_is_still_no_one():
    text = (
        "'Notatka z rozmowy wiceministra Winiewicza z ambasadorem Indonezji, 5 IV 1958', AMSZ, z. 10, w. 2, t. 9, k. 1."
    )
    assert all("Indonezji" not in names for _, names in note_communications(text))


# --- finding 4: Arab papers ---------------------------------------------------------------


def test_arab_papers_are_no_people():
    assert all(
        "al-Akhbar" not in names
        for _, names in note_communications(
            "Letter from Nasser to al-Akhbar, 2 July 1958, AMZV, TO-T 1955–1959, Egypt, k. 8."
        )
    )
    assert note_communications("Interview with an-Nahar, 3 July 1958, AMZV, TO-T 1955–1959, Egypt, k. 8.") == []
    assert note_communications("Conversation with al-Thawra, 4 July 1958, AMZV, TO-T 1955–1959, Egypt, k. 8.") == []


def test_an_arabic_name_with_a_given_name_is_still_read():
    assert note_communications(
        "Record of conversation with Khalid al-Azm, 5 July 1958, AVPRF, f. 0128, op. 4, p. 6, d. 7, l. 3."
    ) == [("1958-07-05", ["Khalid al-Azm"])]


# --- finding 7: Hungarian heads -------------------------------------------------------------


def test_a_hungarian_body_described_in_words_is_no_person():
    text = (
        "Feljegyzés. A Kínai Nagykövetség titkára beszélgetése Szabó Lajos ügyvivővel, 1962. június 4., "
        "MOL, XIX-J-1-j, Korea, 1962, 9. doboz."
    )
    assert all("Nagykövetség" not in " ".join(names) for _, names in note_communications(text))
    text = (
        "Feljegyzés. Szabó Lajos ügyvivő beszélgetése Kínai nagykövettel, 1962. június 5., "
        "MOL, XIX-J-1-j, Korea, 1962, 9. doboz."
    )
    assert all("Kínai" not in names for _, names in note_communications(text))


def test_a_hungarian_instrumental_and_party_office_leave_the_name():
    text = (
        "Feljegyzés. Szabó Lajos ügyvivő beszélgetése Pak Kum Csol PB-taggal, 1962. június 6., "
        "MOL, XIX-J-1-j, Korea, 1962, 9. doboz."
    )
    assert note_communications(text) == [("1962-06-06", ["Pak Kum Csol", "Szabó Lajos"])]
    assert ("Pak Kum Csol", "PB-taggal") in participant_roles(text)
    text = (
        "Feljegyzés. Szabó Lajos ügyvivő beszélgetése Pak Hion Jonggal, 1962. június 7., "
        "MOL, XIX-J-1-j, Korea, 1962, 9. doboz."
    )
    assert note_communications(text) == [("1962-06-07", ["Pak Hion Jong", "Szabó Lajos"])]


# --- finding 8: the label of a merged person ----------------------------------------------


def test_a_merged_person_is_labelled_by_the_standard_spelling(tmp_path):
    notes = """
1. Record of conversation with Kim lr, 3 June 1960, AVPRF, f. 0102, op. 16, p. 85, d. 8, l. 4.

2. Record of conversation with Kim Il, 4 June 1960, AVPRF, f. 0102, op. 16, p. 85, d. 8, l. 5.

3. Vermerk über eine Unterredung mit Kim Dschong Ho, 5.6.1960, PA AA, MfAA, A 7115, Bl. 2.

4. Record of conversation with Kim Jong-ho, 6 June 1960, AVPRF, f. 0102, op. 16, p. 85, d. 8, l. 6.
"""
    built = build_notes(tmp_path, notes)
    labels = {e.label for e in built.resolution.entities if not e.is_organization}
    assert "Kim lr" not in labels and "Kim Dschong Ho" not in labels


def test_a_translation_in_other_letters_still_names_the_same_man():
    from kg1956.extract.eu_glosses import same_person

    assert same_person("Mahmúdem Fauzím", "Mahmud Fawzi")
    assert same_person("Liu Šao-čchi", "Liu Shaoqi")
    assert same_person("Kim Ir Senem", "Kim Il Sung")
    assert not same_person("Kim Ilem", "Kim Il Sung")
    assert not same_person("Kim Ir Senem", "Kim Il")
    assert not same_person("Liu Šao-čchi", "Zhou Enlai")
    assert not same_person("Komzaly", "Kim Il Sung")
