"""Conventions of real footnotes of the genre (issue #3, docs/real-conventions.md): the titles
the Wilson Center Digital Archive gives its documents, the source lines under them, and the
way a Russian monograph cites embassy papers. Every example is written again with other
people, dates and invented call numbers; each test failed before the rule it names."""

from __future__ import annotations

import pytest

from kg1956.extract.citations import extract_note
from kg1956.extract.locators import parse_locator
from kg1956.models import Note
from kg1956.pipeline import build

_DA = "History and Public Policy Program Digital Archive"


def _comms(text: str) -> list[tuple[str, str | None, set[str]]]:
    extraction = extract_note(Note("real", 1, text, 1))
    return [
        (c.kind, c.date.iso if c.date else None, {p.mention.text for p in c.participants})
        for citation in extraction.citations
        for c in citation.communications
    ]


def _roles(text: str) -> dict[str, str | None]:
    extraction = extract_note(Note("real", 1, text, 1))
    return {
        p.mention.text: p.mention.role
        for citation in extraction.citations
        for c in citation.communications
        for p in c.participants
    }


@pytest.mark.parametrize(
    ("title", "date", "expected"),
    [
        # the parties, then what the message is about, in the archive's title case
        (
            "Cable Telegram no. 41178 from Kovalev to Stalin, containing a message from Gao Gang",
            "May 3, 1949",
            ("telegram", "1949-05-03", {"Kovalev", "Stalin"}),
        ),
        (
            "Report from P. F. Yudin to I. V. Stalin on Meetings with the Leaders of the Party",
            "March 2, 1952",
            ("report", "1952-03-02", {"P. F. Yudin", "I. V. Stalin"}),
        ),
        # the channel a message went through takes no part
        (
            "Ciphered Telegram No. 6020 from Filippov [Stalin] to Zhou Enlai via Roshchin",
            "June 5, 1950",
            ("telegram", "1950-06-05", {"Filippov", "Zhou Enlai"}),
        ),
        # a paper with no heading, one writer whose role takes "to"
        (
            "Untitled report from Jan Kowalczyk, Polish Ambassador to the DPRK, concerning the harvest",
            "May 4, 1961",
            ("report", "1961-05-04", {"Jan Kowalczyk"}),
        ),
        # the registry number and the secrecy grade after the title's own date
        (
            "Telegram from the Bulgarian Embassy in Pyongyang to the Ministry of Foreign Affairs, "
            "April 2, 1969, 041190, Secret",
            "April 2, 1969",
            ("telegram", "1969-04-02", {"Bulgarian Embassy in Pyongyang"}),
        ),
        # which part was translated is no party
        (
            "Report, Hungarian Foreign Ministry to the Embassy of Hungary in Mongolia (Excerpt)",
            "June 1, 1958",
            ("report", "1958-06-01", {"Hungarian Foreign Ministry", "Embassy of Hungary in Mongolia"}),
        ),
        # the hours of a meeting after its day; a farewell visit of one with another
        (
            "Note on the Farewell Visit of the Romanian Ambassador to the DPRK, Comrade Petrescu, with "
            "Comrade Weiss on 2 July 1964 between 9:00 and 10:30 hours",
            "July 6, 1964",
            ("conversation", "1964-07-02", {"Petrescu", "Weiss"}),
        ),
        # "with Y by X": X wrote the record of his talk with Y; an office noun is no part of a name
        (
            "Record of a conversation with DPRK Minister of Trade Ri Ju-yeon by Soviet Embassy Counsellor "
            "in the DPRK B.K. Pimenov, 9 May 1957",
            "May 9, 1957",
            ("conversation", "1957-05-09", {"Ri Ju-yeon", "B.K. Pimenov"}),
        ),
        # a journal's record quoted in the title is no subject
        (
            "Journal of First Secretary at the Soviet Embassy in the DPRK E.L. Titorenko, 'Record of a "
            "Conversation with Pak Yong-bin, Chief of the KWP CC Organizational Department'",
            "June 4, 1958",
            ("conversation", "1958-06-04", {"E.L. Titorenko", "Pak Yong-bin"}),
        ),
        # a name in the capitals of the Russian original
        (
            "From the Journal of S.F. Antonov, 'Record of a Conversation with ZHANG WENTIAN, Deputy "
            "Minister of Foreign Affairs of the PRC'",
            "May 7, 1957",
            ("conversation", "1957-05-07", {"S.F. Antonov", "Zhang Wentian"}),
        ),
        # X's own diary on his talk with Y, the subject and "(Fragments)" after it
        (
            "Excerpts from Damba's diary on his conversation with Soviet leader Lazar Kaganovich on Wool (Fragments)",
            "March 1, 1955",
            ("conversation", "1955-03-01", {"Damba", "Lazar Kaganovich"}),
        ),
        # a title with no kind word: the writer to a named body
        ("A. Kuznetsov to the CPSU CC", "May 2, 1960", ("letter", "1960-05-02", {"A. Kuznetsov", "CPSU CC"})),
        # the office with its holder's name in brackets; a Politburo that says not whose names no one
        (
            "Report, Zhou Enlai to the Chairman [Mao Zedong] and the Politburo",
            "May 9, 1951",
            ("report", "1951-05-09", {"Zhou Enlai", "Mao Zedong"}),
        ),
        # a talk over two days in the title, dated by the month they share
        (
            "Notes from a Conversation between the 1st Secretary of the PRL Embassy in the DPRK with the "
            "Counsellor of the Embassy of the USSR, Comrade Pelishenko of 14-15.V.1957",
            "May 20, 1957",
            ("conversation", "1957-05", {"Pelishenko"}),
        ),
        # a role that takes "to" before the name, then the addressee
        (
            "Telegram from USSR Ambassador to the DPRK A.M. Puzanov to N.S. Khrushchev, 'The Situation'",
            "May 5, 1958",
            ("telegram", "1958-05-05", {"A.M. Puzanov", "N.S. Khrushchev"}),
        ),
        # where the writer was, then the subject; a title with no kind word and "Cde." before the addressee
        (
            "Cable from Cde. Mikoyan from Beijing concerning the Congress",
            "September 20, 1956",
            ("telegram", "1956-09-20", {"Mikoyan"}),
        ),
        ("L. Beria to Cde. V.M. Molotov", "May 2, 1946", ("letter", "1946-05-02", {"L. Beria", "V.M. Molotov"})),
        # written for someone
        (
            "Report for General-Major Comrade Ignatiev on the Elections",
            "November 2, 1946",
            ("report", "1946-11-02", {"Ignatiev"}),
        ),
    ],
)
def test_a_digital_archive_title_is_read_as_the_archive_writes_it(title, date, expected):
    assert _comms(f'"{title}," {date}, {_DA}, AVPRF, fond 0102, opis 9, delo 3, listy 1-4.') == [expected]


def test_the_author_before_the_title_is_no_part_of_the_record():
    comms = _comms(
        'Marian Nowicki, "Record of a Conversation of the Embassy Counselor Com. J. Wolski with Deputy Director '
        'of the Far East Department of the MOFA of the USSR, Com. Sudarikov," May 4, 1964, '
        f"{_DA}, AMSZ, z. 11, w. 70, t. 1122."
    )
    assert comms == [("conversation", "1964-05-04", {"J. Wolski", "Sudarikov"})]


def test_a_rank_before_a_name_is_a_form_of_address():
    roles = _roles(
        'Col. Jan Rybak, "Record of Conversation conducted by Col. Rybak with USSR Military Attaché Col. Orlov," '
        f"May 3, 1967, {_DA}, AAN, KC PZPR, sygn. XI A/95, k. 3-5."
    )
    assert roles == {"Rybak": None, "Orlov": "USSR Military Attaché"}


@pytest.mark.parametrize(
    "title",
    [
        "Proposals to the Soviet Government",  # a title with no kind word and no person at either end
        "Report No. 2 of the Embassy of the Hungarian People's Republic in the DPRK for the Period of "
        "1 January 1955 to 31 March 1955",  # a periodic report is no communication
    ],
)
def test_a_title_that_names_no_message_gives_none(title):
    assert _comms(f'"{title}," April 1, 1955, {_DA}.') == []


def test_a_cryptonym_with_no_article_is_no_office(tmp_path):
    """ "Pavlov [I.A. Pliev] to Director [R.Ia. Malinovskii]": "Director" is a cryptonym, no role;
    the person is Malinovskii (his label), and the title word joins no second holder of it."""
    text = "Pavlov [I.A. Pliev] to Director [R.Ia. Malinovskii], ciphered telegram, 25 October 1962."
    assert _roles(text) == {"Pavlov": None, "R.Ia. Malinovskii": None}
    path = tmp_path / "notes.txt"
    path.write_text(
        f"Real\n\nNotes\n\n1. {text}\n2. Ivanov [N.V. Ogarkov] to Director [P.I. Ivashutin], ciphered telegram, "
        "14 August 1968.\n",
        encoding="utf-8",
    )
    people = {e.label: set(e.spellings) for e in build([path]).resolution.entities if not e.is_organization}
    assert people["R.Ia. Malinovskii"] == {"R.Ia. Malinovskii"}
    assert people["P.I. Ivashutin"] == {"P.I. Ivashutin"}
    assert "Director" not in people


def test_the_writer_as_a_sentence_then_the_kind_and_the_date():
    comms = _comms("Посольство Чехословакии в КНДР. Отчет, 3 апреля 1956, AMZV, TO-T 1955–1959, k. 2.")
    assert comms == [("report", "1956-04-03", {"Посольство Чехословакии в КНДР"})]
    assert _comms("Правда. Письмо, 5 мая 1957 г.") == []  # a newspaper is no writer


def test_a_service_diary_in_russian_gives_its_entry():
    comms = _comms("Служебный дневник С. Н. Филатова, советника посольства. Запись от 2 мая 1956 г.")
    assert comms == [("diary_entry", "1956-05-02", {"С. Н. Филатова"})]


def test_a_capital_t_before_another_initial_is_an_initial():
    comms = _comms("Телеграмма Т. Ф. Штыкова И. В. Сталину. 3 мая 1950 г.")
    assert comms == [("telegram", "1950-05-03", {"Т. Ф. Штыкова", "И. В. Сталину"})]


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("MOL, XIX-J-1-j Korea, 3. doboz, 2/b, 002290/ 1/1956.", "document", "002290/ 1/1956"),
        ("MOL, XIX-J-1-j Korea, 1957, 4. doboz, 5/a, 004101/ 1957.", "document", "004101/ 1957"),
        ("ГАРФ. Ф. Р-5446. Оп. 98 с. Д. 702. Л. 150.", "opis", "98 с"),
    ],
)
def test_a_call_number_with_a_space_inside_a_value_keeps_it(text, key, value):
    found = parse_locator(text, 0)
    assert found is not None and dict(found.fields)[key] == value


def _people(tmp_path, notes: list[str]) -> list[set[str]]:
    path = tmp_path / "notes.txt"
    body = "\n\n".join(f"{i}. {n}" for i, n in enumerate(notes, 1))
    path.write_text(f"Names\n\nNotes\n\n{body}\n", encoding="utf-8")
    return [set(e.spellings) for e in build([path]).resolution.entities if not e.is_organization]


_DIARY_TALK = (
    f'"From the Diary of S.V. Chervonenko, Memorandum of Conversation with Chen Yi on 2 May 1960," May 9, 1960, {_DA}.'
)
_TITLED = (
    '"Record of Conversation between Soviet Ambassador to China Stepan V. Chervonenko and Liu Xiao," '
    f"June 1, 1961, {_DA}."
)


def test_an_initial_agrees_with_the_given_name_written_out(tmp_path):
    people = _people(tmp_path, [_DIARY_TALK, _TITLED])
    assert any({"S.V. Chervonenko", "Stepan V. Chervonenko"} <= p for p in people)


def test_a_namesake_with_other_initials_keeps_them_apart(tmp_path):
    other = f'"Record of Conversation between Sergei A. Chervonenko and Kang Sheng," June 2, 1961, {_DA}.'
    people = _people(tmp_path, [_DIARY_TALK, _TITLED, other])
    assert not any({"Sergei A. Chervonenko", "Stepan V. Chervonenko"} <= p for p in people)
    assert not any({"Sergei A. Chervonenko", "S.V. Chervonenko"} <= p for p in people)


def test_an_excerpt_from_a_russian_record_with_roles_before_the_names():
    comms = _comms(
        "Из записи беседы заместителя заведующего отделом МИД СССР И. И. Тугаринова с советником посольства "
        "КНДР в СССР Ким Чу Боном. 4 марта 1957 г."
    )
    assert comms == [("conversation", "1957-03-04", {"И. И. Тугаринова", "Ким Чу Боном"})]


def test_a_russian_list_of_people_each_after_a_role_in_lower_case():
    roles = _roles(
        "Запись беседы товарища Микояна А. И. с Председателем ЦК КПК Мао Цзэдуном, заместителем Председателя "
        "ЦК КПК Чжу Дэ и членом Политбюро Чэнь Юнем 7 апреля 1956 года."
    )
    assert roles == {
        "Микояна А. И.": None,
        "Мао Цзэдуном": "Председателем ЦК КПК",
        "Чжу Дэ": "заместителем Председателя ЦК КПК",
        "Чэнь Юнем": "членом Политбюро",
    }


@pytest.mark.parametrize(
    "note",
    [
        # a talk between two parties' delegations names no one: the delegations are their people
        f"\"Discussion between the Delegations of the Korean Workers' Party and the Lao People's Party,\" "
        f"May 2, 1966, {_DA}.",
        # the body, then a periodic report with no date after the kind
        "Посольство Венгрии в КНДР. Отчет о работе за 1957 г. MOL, XIX-J-1-j Korea, 1958, 9. doboz, 1/a, 001210/1958.",
        # "for the Record" is no addressee
        "Memorandum for the Record, 14 July 1953, FRUS 1952–1954, vol. 15, part 2, 1401.",
    ],
)
def test_prose_and_delegations_around_real_citations_give_no_communication(note):
    assert _comms(note) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the author inside the archive's title, the paper's own title in single quotes
        (
            "Adam Lis, 'Record of a Conversation of the Embassy Counselor Com. B. Wolny with Deputy Director "
            "of the Far East Department of the MOFA of the USSR, Com. Kapitsa'",
            [("conversation", "1979-05-02", {"B. Wolny", "Kapitsa"})],
        ),
        # a report whose own title names no party is its author's
        ("N.G. Sudakov, 'Report about the Visit of a Trade Delegation'", [("report", "1979-05-02", {"N.G. Sudakov"})]),
        # an author and a subject only: no message named
        ("N.G. Sudakov, 'The Main Questions of the Foreign Policy of the DPRK'", []),
        # a head before the quoted subject is no author
        (
            "Cable from Ambassador Ogawa to the Foreign Minister, 'Conversation with Vice Minister Kapitsa'",
            [("telegram", "1979-05-02", {"Ogawa"})],
        ),
    ],
)
def test_an_author_inside_the_archive_title(title, expected):
    assert _comms(f'"{title}," May 2, 1979, {_DA}.') == expected


def test_a_delegation_the_place_and_undated_in_a_title_are_no_parties():
    comms = _comms(
        f'"Minutes, Zhou Enlai\'s Conversation with a Romanian Party Delegation, Beijing, [undated]," June, 1958, {_DA}.'
    )
    assert comms == [("conversation", "1958-06", {"Zhou Enlai"})]


def test_a_quoted_head_and_its_date_give_one_communication_not_two():
    """A Digital Archive title cited in a reader rather than the archive: the date after the
    closing quote is the record's own, not a second date."""
    note = '"Report from I. Kurdyukov to V.M. Molotov," May 11, 1955, in NKIDP Document Reader No. 2 (2009), 14.'
    extraction = extract_note(Note("real", 1, note, 1))
    assert [len(c.communications) for c in extraction.citations if c.communications] == [1]
