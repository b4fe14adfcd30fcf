"""Real document titles and record heads (issue #3, the first real set of session 17), on notes of our
own: the Wilson Center Digital Archive's title shapes ("KIND, X to Y", "Verbal Message", a bare "From
X to Y on …", a dashed pair's minutes, offices that begin like a body, an initial completed in
brackets, an author by office or a body before a record's quoted title, "Marked …", "Top Secret", the
hour), the historians' "Record of conversation, A-B" joined by a hyphen, and a scan's "JI." for "Л.".
Each rule has negative cases."""

from __future__ import annotations

import pytest
from conftest import communication_kinds, participant_roles, sorted_communications

from kg1956.extract.parties import pair_split
from kg1956.extract.text import ends_sentence

WCDA = ", Wilson Center Digital Archive."


def _wcda(title: str, date: str = "March 3, 1961") -> str:
    return f'"{title}," {date}{WCDA}'


@pytest.mark.parametrize(
    ("title", "people", "kind"),
    [
        (
            "Verbal Message from Nikita Khrushchev to John F. Kennedy",
            ["John F. Kennedy", "Nikita Khrushchev"],
            "letter",
        ),
        ("Oral Message from Chen Yi to Souvanna Phouma", ["Chen Yi", "Souvanna Phouma"], "letter"),
        ("From D. Dzhurov to T. Zhivkov on the Warsaw Pact Exercise", ["D. Dzhurov", "T. Zhivkov"], "letter"),
        ("Letter, A. A. Gromyko to Hossein Ala os-Saltaneh", ["A. A. Gromyko", "Hossein Ala os-Saltaneh"], "letter"),
    ],
)
def test_message_titles_name_both_ends(title, people, kind):
    assert sorted_communications(_wcda(title)) == [("1961-03-03", people)]
    assert communication_kinds(_wcda(title)) == [(kind, "1961-03-03")]


@pytest.mark.parametrize(
    "title",
    [
        "From Lenin to Stalin",  # a book's title: no ends a message has
        "From Warsaw to Moscow on the Eve of the Crisis",
        "From Revolution to Reform",
    ],
)
def test_from_titles_without_two_named_ends_name_no_message(title):
    assert sorted_communications(_wcda(title)) == []


def test_from_in_prose_or_a_book_citation_is_no_message():
    assert sorted_communications("From Stalin to Brezhnev the line held (Zubok, p. 7).") == []
    assert sorted_communications("Robert Service, From Lenin to Stalin (London, 1999), p. 9.") == []


@pytest.mark.parametrize(
    "title",
    [
        "Minutes of Todor Zhivkov – Leonid Brezhnev Meeting, Varna",
        "Minutes of Todor Zhivkov – Leonid Brezhnev Conversation in Moscow",
        "Minutes of Conversation between Todor Zhivkov – Leonid Brezhnev, Voden Residence [Bulgaria]",
    ],
)
def test_a_dashed_pair_in_minutes_is_the_two_parties(title):
    assert sorted_communications(_wcda(title, "August 1, 1975")) == [
        ("1975-08-01", ["Leonid Brezhnev", "Todor Zhivkov"])
    ]


def test_minutes_of_a_dashed_pair_in_an_endnote_with_its_place():
    text = "Minutes of Todor Zhivkov – János Kádár Meeting, Sofia, 3 June 1971, TsDA, f. 1B, op. 60, a.e. 81."
    assert sorted_communications(text) == [("1971-06-03", ["János Kádár", "Todor Zhivkov"])]


@pytest.mark.parametrize(
    "text",
    [
        "Notes of Soviet – Bulgarian talks, 3 June 1971, TsDA, f. 1B, op. 60, a.e. 81.",
        "On Moscow–Beijing relations see Lüthi, Sino-Soviet Split, p. 45.",
    ],
)
def test_a_dashed_pair_of_states_names_no_one(text):
    assert sorted_communications(text) == []


@pytest.mark.parametrize(
    ("head", "people"),
    [
        ("Mao Zedong-Yudin", ["Mao Zedong", "Yudin"]),
        ("Deng Xiaoping-Chervonenko", ["Chervonenko", "Deng Xiaoping"]),
        ("S. V. Chervonenko (Ambassador)-Chen Yi", ["Chen Yi", "S. V. Chervonenko"]),
        ("Soviet ambassador Stepan Chervonenko-Liu Shaoqi", ["Liu Shaoqi", "Stepan Chervonenko"]),
        ("Ivanov-Kim Il-sung", ["Ivanov", "Kim Il-sung"]),
        ("Kim Il-Sung-Ivanov", ["Ivanov", "Kim Il-Sung"]),
    ],
)
def test_a_hyphen_joins_the_two_parties_of_a_record(head, people):
    text = f"Record of conversation, {head}, May 4, 1960, AVPRF, f. 0100, op. 53, pa. 8, d. 454, ll. 1-5."
    assert sorted_communications(text) == [("1960-05-04", people)]


@pytest.mark.parametrize("name", ["Kim Il-Sung", "Pak Chang-Ok", "Mao Tse-Tung", "Nam Il-Song"])
def test_a_hyphened_east_asian_given_name_is_not_split(name):
    assert pair_split(name) is None


@pytest.mark.parametrize(
    ("title", "person", "role"),
    [
        (
            "Memorandum of Conversation, Soviet Ambassador P. F. Yudin with CC CCP Secretary Deng Xiaoping",
            "Deng Xiaoping",
            "CC CCP Secretary",
        ),
        (
            "Record of Conversation of A. I. Mikoyan with Politburo Members Zhu De and Chen Yun",
            "Zhu De",
            "Politburo Members",
        ),
        (
            "Record of Conversation of the Marshal of the Soviet Union Com. Malinovsky with Com. Peng Dehuai",
            "Malinovsky",
            "the Marshal of the Soviet Union",
        ),
    ],
)
def test_an_office_before_a_name_is_the_role(title, person, role):
    assert (person, role) in participant_roles(_wcda(title))


def test_a_body_whose_place_comes_last_stays_the_body():
    roles = participant_roles(_wcda("Report, Embassy of Hungary in North Vietnam to the Hungarian Foreign Ministry"))
    assert ("Embassy of Hungary in North Vietnam", None) in roles
    assert all(name != "Vietnam" for name, _ in roles)


def test_an_initial_completed_in_brackets_keeps_the_name_as_written():
    title = "Memorandum of Conversation between Comrade Hermann Axen and the Soviet Ambassador P[yotr] A. Abrasimov"
    assert sorted_communications(_wcda(title)) == [("1961-03-03", ["Hermann Axen", "P[yotr] A. Abrasimov"])]


def test_a_bracket_after_a_whole_name_is_still_its_gloss():
    assert participant_roles(_wcda("Letter from Zhou Enlai to Chairman Mao [Zedong]")) == [
        ("Zhou Enlai", None),
        ("Mao", "Chairman"),
    ]


@pytest.mark.parametrize(
    ("title", "people"),
    [
        ("Letter from Novotný to Brezhnev, Marked 'Personal'", ["Brezhnev", "Novotný"]),
        ("From the Journal of Molotov: Top Secret Memorandum of Conversation with Nam Il", ["Molotov", "Nam Il"]),
        ("Memorandum of Conversation between Erich Honecker and Pyotr Abrasimov at 9:15 a.m.", None),
    ],
)
def test_what_the_copy_bears_names_no_party(title, people):
    people = people or ["Erich Honecker", "Pyotr Abrasimov"]
    assert sorted_communications(_wcda(title)) == [("1961-03-03", sorted(people))]


@pytest.mark.parametrize(
    ("title", "date", "people"),
    [
        (
            "Embassy of the GDR in the DPRK, 'Note about a Conversation of the Ambassador of the GDR in the "
            "DPRK, Comrade Fischer, with the Deputy Foreign Minister of the DPRK, Ri Dong-geon, on 4 May 1961'",
            "1961-05-04",
            ["Fischer", "Ri Dong-geon"],
        ),
        (
            "Soviet Ambassador in Hanoi Tovmasyan, 'Note About a Conversation with the Premier of the DRV, "
            "Comrade Pham Van Dong, on 2 May 1961'",
            "1961-05-02",
            ["Pham Van Dong", "Tovmasyan"],
        ),
        (
            "Memorandum, Conversation of Liu Shaoqi and Soviet Ambassador P.F. Yudin on 7 May 1961",
            "1961-05-07",
            ["Liu Shaoqi", "P.F. Yudin"],
        ),
    ],
)
def test_a_quoted_record_title_dates_its_talk(title, date, people):
    assert sorted_communications(_wcda(title, "May 9, 1961")) == [(date, people)]


def test_a_body_before_a_subject_title_writes_no_report():
    title = "Embassy of the GDR in the DPRK, 'The Harvest in the Northern Provinces'"
    assert sorted_communications(_wcda(title)) == []


def test_ocr_ji_for_the_russian_initial_el():
    text = (
        "Запись беседы А. JI. Кириллова (советник посольства) с Ли Сан Чо (посол КНДР в СССР). "
        "5 июня 1956 г. АВП РФ. Ф. 0102. Оп. 12. Д. 6, папка 68."
    )
    assert sorted_communications(text) == [("1956-06-05", ["А. JI. Кириллова", "Ли Сан Чо"])]


def test_latin_ji_before_a_latin_word_ends_the_sentence():
    # "JI." stands for "Л." only before a Cyrillic word; before a Latin one its stop ends the sentence
    latin = "Report by Zhou JI. Minutes follow."
    cyrillic = "Запись беседы А. JI. Кириллова"
    assert ends_sentence(latin, latin.index("JI.") + 2)
    assert not ends_sentence(cyrillic, cyrillic.index("JI.") + 2)


@pytest.mark.parametrize(
    ("title", "date", "people"),
    [
        (
            "A Conversation Between Cdes. Mikoyan and Kosygin and the Governor Nelson Rockefeller which "
            "Took Place in the Kremlin on 3 July 1959",
            "1959-07-03",
            ["Kosygin", "Mikoyan", "Nelson Rockefeller"],
        ),
        (
            "The Record of Conversation between Premier Zhou Enlai and Premier Pham Van Dong",
            "1961-03-03",
            ["Pham Van Dong", "Zhou Enlai"],
        ),
        (
            "Reception by Soviet Deputy Foreign Minister V. A. Zorin for the Ambassador of Burma, Cde. U Hla Maung",
            "1961-03-03",
            ["U Hla Maung", "V. A. Zorin"],
        ),
    ],
)
def test_more_talk_heads_of_the_archive(title, date, people):
    assert sorted_communications(_wcda(title)) == [(date, people)]


@pytest.mark.parametrize(
    ("title", "kind", "people"),
    [
        ("Memorandum for the Record from Helmut Sonnenfeldt, 'Soviet Views on Berlin'", "memo", ["Helmut Sonnenfeldt"]),
        ("Report of Cde. Chen Yi about the Situation in Shanghai", "report", ["Chen Yi"]),
        ("Report from Károly Pásztor, 'The KWP’s Views on the Border War'", "report", ["Károly Pásztor"]),
        (
            "Czechoslovak Ambassador in Beijing Jaroslav Stejskal, Report to the Czechoslovak Foreign Ministry on Trade",
            "report",
            ["Czechoslovak Foreign Ministry", "Jaroslav Stejskal"],
        ),
    ],
)
def test_a_writer_named_as_the_archive_names_him(title, kind, people):
    assert sorted_communications(_wcda(title)) == [("1961-03-03", people)]
    assert communication_kinds(_wcda(title)) == [(kind, "1961-03-03")]


@pytest.mark.parametrize(
    "title",
    [
        "Hanoi, Report to the Foreign Ministry",  # a place before the kind: no writer
        "Draft, Report to the CC CPSU Plenum, 'About the Visit of the Delegation'",  # the paper's state
        "Report of the Conference on Disarmament",  # "of" a meeting with no subject after it
    ],
)
def test_no_writer_where_none_is_named(title):
    assert sorted_communications(_wcda(title)) == []


def test_an_envoys_post_is_no_addressee():
    title = "Cable from Soviet Ambassador to the DPRK V. I. Ivanov re meeting with Kim Il Sung"
    assert participant_roles(_wcda(title)) == [("V. I. Ivanov", "Soviet Ambassador to the DPRK")]


def test_an_addressee_after_the_envoy_is_still_read():
    title = "Report from Soviet Ambassador to the DPRK V. I. Ivanov to the CC CPSU"
    assert participant_roles(_wcda(title)) == [("V. I. Ivanov", "Soviet Ambassador to the DPRK"), ("CC CPSU", None)]


def test_a_letter_of_an_envoy_named_after_his_post():
    title = "Excerpt from a Letter of the Acting Ambassador of Poland to North Vietnam, Comrade Siedlecki"
    assert participant_roles(_wcda(title)) == [("Siedlecki", "Acting Ambassador of Poland to North Vietnam")]


def test_a_named_writer_before_to_writes_to_the_envoy():
    title = "Letter from Foreign Minister Chen Yi to Ambassador Wang Bingnan"
    assert participant_roles(_wcda(title)) == [("Chen Yi", "Foreign Minister"), ("Wang Bingnan", "Ambassador")]


@pytest.mark.parametrize(
    ("title", "people"),
    [
        (
            "Record of Conversation between Premier Pham Van Dong and President Sukarno of Indonesia",
            [("Pham Van Dong", "Premier"), ("Sukarno", "President")],
        ),
        (
            "Record of Conversation between Foreign Minister of Mongolia and Premier Kim Il Sung of the DPRK",
            [("Kim Il Sung", "Premier")],
        ),
    ],
)
def test_the_state_after_an_office_holders_name_is_no_part_of_it(title, people):
    assert participant_roles(_wcda(title)) == people


def test_an_offices_own_state_stays_in_the_role():
    title = "Record of Conversation between Comrade Nam Il and the Minister of Foreign Affairs of the DRV, Xuan Thuy"
    assert ("Xuan Thuy", "Minister of Foreign Affairs of the DRV") in participant_roles(_wcda(title))


@pytest.mark.parametrize(
    "title",
    [
        "Conversation from [Liu Shaoqi's] Reception of the Members of the Cultural Delegation of Ghana",
        "Record of Conversation from Premier Zhou Enlai's Reception of the Ambassador of Mali",
    ],
)
def test_a_reception_of_unnamed_guests_is_the_hosts_talk(title):
    talks = sorted_communications(_wcda(title))
    assert len(talks) == 1 and len(talks[0][1]) == 1 and talks[0][1][0] in ("Liu Shaoqi", "Zhou Enlai")


def test_a_bare_letter_dated_without_a_comma():
    text = "RGASPI 558.11.99.3, Stalin to Molotov and A. I. Mikoyan 2 Dec. 1945. The answer is lost."
    assert sorted_communications(text) == [("1945-12-02", ["A. I. Mikoyan", "Molotov", "Stalin"])]


@pytest.mark.parametrize(
    "text",
    [
        "Power passed from Lenin to Stalin 6 Nov. 1927, as Service tells it.",
        "From Khrushchev to Brezhnev, 14 Oct. 1964, little changed (Taubman, p. 9).",
        "RGASPI 558.11.99.3, Stalin, Molotov to Beria, Malenkov 2 Dec. 1945.",
    ],
)
def test_no_bare_letter_from_a_span_of_time_or_a_list_without_commas(text):
    assert sorted_communications(text) == []


def test_a_states_own_name_before_of_stays_in_the_role():
    title = "Record of a Conversation between A. N. Kosygin and Chen Yi, Vice Premier of the People's Republic of China"
    assert ("Chen Yi", "Vice Premier of the People's Republic of China") in participant_roles(_wcda(title))
